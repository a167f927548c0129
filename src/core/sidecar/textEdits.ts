// Text edits of a YAML file: spans replaced in one pass, and a key's value replaced where it is written.
import type { KeyLayout } from './read';

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error('internal error: overlapping sidecar edits');
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

export function needsBreakBefore(text: string, offset: number): boolean {
  return offset > 0 && text[offset - 1] !== '\n';
}

/**
 * Replaces a key's value with one-line `written`. A value on the key's line alone is replaced in place (a
 * comment after it stays); a value that spans lines (a block mapping, a block scalar, a folded quoted string)
 * is replaced from the key's colon to the end of its last line, so the next key keeps its own line.
 */
export function valueEdit(text: string, at: KeyLayout, written: string): Edit {
  let last = at.valueEnd;
  while (last > at.valueStart && /\s/.test(text[last - 1]!)) last--;
  const spansLines = text.lastIndexOf('\n', last - 1) >= at.keyStart;
  if (!spansLines) return { start: at.valueStart, end: at.valueEnd, text: written };
  return { start: colonAfterKey(text, at.keyStart) + 1, end: contentEnd(text, Math.max(last - 1, at.keyStart)), text: ` ${written}` };
}

/** The `:` that ends the key at `keyStart` (keys may be quoted). */
function colonAfterKey(text: string, keyStart: number): number {
  const q = text[keyStart];
  let i = keyStart;
  if (q === '"' || q === "'") {
    for (i++; i < text.length && text[i] !== q; i++) if (q === '"' && text[i] === '\\') i++;
  }
  return text.indexOf(':', i);
}

/** End of the line holding `offset`, before its line break. */
export function contentEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}
