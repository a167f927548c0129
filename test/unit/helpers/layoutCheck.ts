// Random changes to a sidecar, as re-anchoring and editing make them, and the checks every patched file must pass.
import * as assert from 'assert';
import fc from 'fast-check';
import * as jsYaml from 'js-yaml';
import { parseDocument } from 'yaml';
import { compareSpans, type Claim, type Entity, type Rejected, type Sidecar } from '../../../src/core/model';
import { fastReadSidecar } from '../../../src/core/sidecar/fastRead';
import { loadSidecar } from '../../../src/core/sidecar/load';
import { readSidecar, type SidecarLayout } from '../../../src/core/sidecar/read';
import { patchSidecar } from '../../../src/core/sidecar/write';
import { identityOf, textArb, type CommentOwner } from './layoutGen';

export type Change =
  | { readonly kind: 'shift'; readonly target: number; readonly by: number }
  | { readonly kind: 'move'; readonly target: number; readonly to: number }
  | { readonly kind: 'text' | 'note' | 'cue-text'; readonly target: number; readonly value: string }
  | { readonly kind: 'drop'; readonly target: number; readonly field: string }
  | { readonly kind: 'status' | 'delete' | 'add'; readonly target: number };

export const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('shift' as const), target: fc.nat(), by: fc.integer({ min: -40, max: 40 }) }),
  fc.record({ kind: fc.constant('move' as const), target: fc.nat(), to: fc.nat(5000) }),
  fc.record({ kind: fc.constantFrom('text' as const, 'note' as const, 'cue-text' as const), target: fc.nat(), value: textArb }),
  fc.record({ kind: fc.constant('drop' as const), target: fc.nat(), field: fc.constantFrom('note', 'prefix', 'suffix', 'link', 'source', 'cue', 'attribution', 'checkworthy', 'evidence') }),
  fc.record({ kind: fc.constantFrom('status' as const, 'delete' as const, 'add' as const), target: fc.nat() }),
);

type Item = Entity | Claim | Rejected;
type Lists = { entities: Item[]; claims: Item[]; rejected: Item[] };

/** `s` with `changes` made, in order; each change picks its item by `target` among all items. */
export function applyChanges(s: Sidecar, changes: readonly Change[]): Sidecar {
  const lists: Lists = { entities: [...s.entities], claims: [...s.claims], rejected: [...s.rejected] };
  let fresh = 0;
  for (const change of changes) {
    const all = (['entities', 'claims', 'rejected'] as const).flatMap((list) => lists[list].map((item, i) => ({ list, i, item })));
    const picked = all[change.target % Math.max(1, all.length)];
    if (!picked) continue;
    const { list, i, item } = picked;
    const set = (next: Item | undefined) => (next ? lists[list].splice(i, 1, next) : lists[list].splice(i, 1));
    const claim = list === 'claims' ? (item as Claim) : undefined;
    switch (change.kind) {
      case 'shift': {
        const start = Math.max(0, item.start + change.by);
        set({ ...item, start, end: start + (item.end - item.start), ...(claim?.cue ? { cue: { ...claim.cue, start: Math.max(0, claim.cue.start + change.by), end: Math.max(0, claim.cue.start + change.by) + claim.cue.end - claim.cue.start } } : {}) });
        break;
      }
      case 'move':
        set({ ...item, start: change.to, end: change.to + (item.end - item.start) });
        break;
      case 'text':
        set({ ...item, text: change.value });
        break;
      case 'note':
        if (list !== 'rejected') set({ ...item, note: change.value });
        break;
      case 'cue-text':
        if (claim) set({ ...claim, cue: { start: claim.cue?.start ?? 3, end: claim.cue?.end ?? 9, text: change.value } });
        break;
      case 'drop':
        if (list !== 'rejected') {
          const { [change.field]: _dropped, ...rest } = item as unknown as Record<string, unknown>;
          set(rest as unknown as Item);
        }
        break;
      case 'status':
        if (claim) set({ ...claim, status: claim.status === 'refuted' ? 'supported' : 'refuted' });
        break;
      case 'delete':
        set(undefined);
        break;
      case 'add':
        if (list === 'rejected') lists.rejected.push({ type: 'DATE', start: 9000 + fresh, end: 9001 + fresh, text: 'new' });
        else if (list === 'claims') lists.claims.push({ id: `cnew${fresh}`, start: item.start + 1, end: item.end + 1, text: 'new claim', status: 'unverified', cue: { start: 1, end: 2, text: 'x' } });
        else lists.entities.push({ id: `enew${fresh}`, type: 'ORG', start: item.start, end: item.end + 1, text: 'new one' });
        fresh++;
        break;
    }
  }
  return { ...s, entities: lists.entities as Entity[], claims: lists.claims as Claim[], rejected: lists.rejected as Rejected[] };
}

/** What a sidecar reads back as: lists sorted as the writer writes them. */
export function sortedSidecar(s: Sidecar): Sidecar {
  const rejectedKey = (r: Rejected) => identityOf('rejected', r);
  return {
    ...s,
    entities: [...s.entities].sort((a, b) => compareSpans(a, b) || a.id.localeCompare(b.id)),
    claims: [...s.claims].sort((a, b) => compareSpans(a, b) || a.id.localeCompare(b.id)),
    rejected: [...s.rejected].sort((a, b) => compareSpans(a, b) || rejectedKey(a).localeCompare(rejectedKey(b))),
  };
}

/** Reads `text` as the editor does (the fast reader when it can), which must be a sound sidecar. */
export function readSound(text: string): { sidecar: Sidecar; layout: SidecarLayout } {
  const r = loadSidecar(text);
  assert.deepStrictEqual(r.problems, [], text);
  return { sidecar: r.sidecar!, layout: r.layout! };
}

/**
 * Patches the file read as `previous` to `next` and checks the result: both YAML libraries parse it (the `yaml`
 * package through readSidecar), both our readers read exactly `next`, and saving the same data again changes
 * nothing. Returns the patched text.
 */
export function patchChecked(previous: { readonly sidecar: Sidecar; readonly layout: SidecarLayout }, next: Sidecar, context = ''): string {
  const out = patchSidecar(previous, next);
  const where = `${context}\n--- input:\n${previous.layout.text}\n--- output:\n${out}`;
  assert.doesNotThrow(() => jsYaml.load(out), where);
  const expected = sortedSidecar(next);
  const read = readSidecar(out);
  assert.deepStrictEqual(read.problems, [], where);
  assert.deepStrictEqual(read.sidecar, expected, where);
  const fast = fastReadSidecar(out);
  if (fast) assert.deepStrictEqual(fast.sidecar, expected, `the fast reader differs${where}`);
  assert.strictEqual(patchSidecar({ sidecar: read.sidecar!, layout: read.layout! }, expected), out, `saving unchanged data changed the file${where}`);
  return out;
}

/** Parses `text` with the `yaml` package on its own (the readers parse it too; this names the library's verdict). */
export function yamlErrors(text: string): string[] {
  return parseDocument(text, { uniqueKeys: true }).errors.map((e) => e.message);
}

/** The items of `s` by identity. */
export function itemsById(s: Sidecar): Map<string, Item> {
  const out = new Map<string, Item>();
  for (const list of ['entities', 'claims', 'rejected'] as const) for (const item of s[list] as readonly Item[]) out.set(identityOf(list, item), item);
  return out;
}

/**
 * The comments of the input that must still be in the output: those of the file and of lists that keep items,
 * of surviving items, and of their unchanged fields.
 */
export function commentsToKeep(comments: ReadonlyMap<string, CommentOwner>, before: Sidecar, after: Sidecar): string[] {
  const was = itemsById(before);
  const now = itemsById(after);
  const keep: string[] = [];
  for (const [marker, owner] of comments) {
    if (owner.kind === 'top') keep.push(marker);
    else if (owner.kind === 'list' && (after[owner.list as 'entities'] as readonly Item[]).length > 0) keep.push(marker);
    else if (owner.kind === 'item' && now.has(owner.item)) keep.push(marker);
    else if (owner.kind === 'field' && now.has(owner.item)) {
      const a = (was.get(owner.item) as unknown as Record<string, unknown>)[owner.field];
      const b = (now.get(owner.item) as unknown as Record<string, unknown>)[owner.field];
      if (JSON.stringify(a) === JSON.stringify(b)) keep.push(marker);
    }
  }
  return keep;
}

/** The text of each item of the input that `after` keeps unchanged: from its `-` line to its last line. */
export function unchangedBlocks(layout: SidecarLayout, before: Sidecar, after: Sidecar): string[] {
  const now = itemsById(after);
  const out: string[] = [];
  for (const list of ['entities', 'claims', 'rejected'] as const) {
    for (const item of layout.lists[list]?.items ?? []) {
      const value = item.value!;
      const kept = now.get(identityOf(list, value));
      if (kept && JSON.stringify(kept) === JSON.stringify(value)) out.push(layout.text.slice(item.dashLine, item.blockEnd).replace(/\r?\n$/, ''));
    }
  }
  return out;
}
