// Random edits of a text, as VS Code reports them (contentChanges), for property tests and the bench.
import fc from 'fast-check';
import type { TextChange } from '../../../src/core/anchoring/shift';

const INSERTS = ['a', 'e', ' ', 'the ', 'X', '\n', ', ', 'Border', '😀', 'é', '“', 'said ', 'not '];

/** An offset anywhere, or near a span edge (where the rules matter most). */
function offsetIn(length: number, edges: readonly number[]): fc.Arbitrary<number> {
  const any = fc.integer({ min: 0, max: length });
  if (edges.length === 0) return any;
  const edge = fc.tuple(fc.constantFrom(...edges), fc.integer({ min: -2, max: 2 })).map(([e, d]) => Math.min(length, Math.max(0, e + d)));
  return fc.oneof(any, edge);
}

/** One change: mostly small (typing, a typo fixed), sometimes a word or a sentence. */
export function changeArb(length: number, edges: readonly number[] = []): fc.Arbitrary<TextChange> {
  const size = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 3, arbitrary: fc.integer({ min: 0, max: 12 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 200 }) });
  const inserted = fc.oneof({ weight: 2, arbitrary: fc.constant('') }, { weight: 5, arbitrary: fc.constantFrom(...INSERTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) });
  return fc.tuple(offsetIn(length, edges), size, inserted).map(([at, n, text]) => ({ rangeOffset: at, rangeLength: Math.min(n, length - at), text }));
}

/** A multi-cursor edit: non-overlapping changes of the same text, last first (VS Code's order). */
export function batchArb(length: number, edges: readonly number[] = []): fc.Arbitrary<TextChange[]> {
  return fc.uniqueArray(offsetIn(length, edges), { minLength: 2, maxLength: 5 }).chain((offsets) => {
    const sorted = [...offsets].sort((a, b) => a - b);
    return fc.tuple(...sorted.map((at, i) => {
      const room = (sorted[i + 1] ?? length) - at;
      return fc.tuple(fc.integer({ min: 0, max: Math.min(room, 4) }), fc.constantFrom('', ...INSERTS)).map(([n, text]) => ({ rangeOffset: at, rangeLength: n, text }));
    })).map((changes) => changes.reverse());
  });
}

export function applyAll(text: string, changes: readonly TextChange[]): string {
  let out = text;
  for (const c of changes) out = out.slice(0, c.rangeOffset) + c.text + out.slice(c.rangeOffset + c.rangeLength);
  return out;
}

/** What annotators do to a seed: type, fix a typo, delete a word, delete a whole line, paste a paragraph. */
export type EditIntent =
  | { readonly kind: 'type'; readonly at: number; readonly text: string }
  | { readonly kind: 'fix'; readonly at: number; readonly length: number; readonly text: string }
  | { readonly kind: 'deleteWord'; readonly at: number; readonly length: number }
  | { readonly kind: 'deleteLine'; readonly at: number }
  | { readonly kind: 'pasteParagraph'; readonly at: number; readonly text: string };

export function intentArb(length: number): fc.Arbitrary<EditIntent> {
  const at = fc.integer({ min: 0, max: length });
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('type' as const), at, text: fc.constantFrom(...INSERTS) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('fix' as const), at, length: fc.integer({ min: 1, max: 3 }), text: fc.constantFrom('a', 'e', 'th', 'X', '’') }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteWord' as const), at, length: fc.integer({ min: 1, max: 12 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteLine' as const), at }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('pasteParagraph' as const), at, text: fc.constantFrom('A new paragraph, pasted in by the editor on Monday.\n', 'Correction: an earlier version of this story misstated the date.\n') }) },
  );
}

/** The change an intent makes to `text` (offsets clamped to it). */
export function resolveIntent(text: string, intent: EditIntent): TextChange {
  const at = Math.min(intent.at, text.length);
  switch (intent.kind) {
    case 'type':
      return { rangeOffset: at, rangeLength: 0, text: intent.text };
    case 'fix':
      return { rangeOffset: at, rangeLength: Math.min(intent.length, text.length - at), text: intent.text };
    case 'deleteWord':
      return { rangeOffset: at, rangeLength: Math.min(intent.length, text.length - at), text: '' };
    case 'deleteLine': {
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const nl = text.indexOf('\n', at);
      return { rangeOffset: start, rangeLength: (nl < 0 ? text.length : nl + 1) - start, text: '' };
    }
    case 'pasteParagraph': {
      const start = text.lastIndexOf('\n', at - 1) + 1;
      return { rangeOffset: start, rangeLength: 0, text: intent.text };
    }
  }
}
