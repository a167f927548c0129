// Suggestions as the editor holds them, and what accepting or rejecting them changes: accepting makes ordinary
// annotations (the same operations as annotating by hand, so undo takes them back); rejecting adds `rejected`
// entries, which keep them from being suggested again.
import { makeClaim, makeEntity, type IdsInUse } from '../annotate';
import type { RecognizedFile } from '../documents';
import type { Change, Operation } from '../edit/operations';
import type { Entity, Rejected } from '../model';
import type { ClaimSuggestion, EntitySuggestion } from './types';

/** The `type` of a rejected claim suggestion in the sidecar's `rejected` list. */
export const CLAIM_TYPE = 'CLAIM';

export type Suggestion = (EntitySuggestion & { readonly kind: 'entity' }) | (ClaimSuggestion & { readonly kind: 'claim'; readonly type: typeof CLAIM_TYPE });

/** Identifies a suggestion while it is shown (its place, kind and label). */
export function suggestionKey(s: Pick<Suggestion, 'kind' | 'type' | 'start' | 'end'>): string {
  return `${s.kind}:${s.type}:${s.start}:${s.end}`;
}

export function asSuggestions(found: { readonly entities: readonly EntitySuggestion[]; readonly claims: readonly ClaimSuggestion[] }): Suggestion[] {
  const entities = found.entities.map((e): Suggestion => ({ ...e, kind: 'entity' }));
  const claims = found.claims.map((c): Suggestion => ({ ...c, kind: 'claim', type: CLAIM_TYPE }));
  return [...entities, ...claims].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Ids taken by the annotations made so far in this change, on top of those of the document. */
function growingIds(ids: IdsInUse): IdsInUse & { add(id: string, entity: boolean): void } {
  const made = new Map<string, boolean>();
  return {
    has: (id) => made.has(id) || ids.has(id),
    isEntity: (id) => made.get(id) ?? ids.isEntity(id),
    add: (id, entity) => void made.set(id, entity),
  };
}

/**
 * The change that accepts suggestions: entities first (a claim's source may be one of them), then claims, whose
 * source names the entity that covers it exactly when there is one. Suggestions whose text is no longer at their
 * place are left out (the caller says so).
 */
export function acceptChange(text: string, file: RecognizedFile, ids: IdsInUse, entities: readonly Entity[], accepted: readonly Suggestion[], label: string): Change {
  const taken = growingIds(ids);
  const operations: Operation[] = [];
  const made: Entity[] = [];
  for (const s of accepted) {
    if (s.kind !== 'entity' || text.slice(s.start, s.end) !== s.text) continue;
    const entity = makeEntity(text, file, taken, { start: s.start, end: s.end, type: s.type, ...(s.link !== undefined ? { link: s.link } : {}) });
    taken.add(entity.id, true);
    made.push(entity);
    operations.push({ op: 'add', kind: 'entity', annotation: entity });
  }
  for (const s of accepted) {
    if (s.kind !== 'claim' || text.slice(s.start, s.end) !== s.text) continue;
    const source = s.source && [...made, ...entities].find((e) => !e.orphan && e.start === s.source!.start && e.end === s.source!.end);
    const claim = makeClaim(text, file, taken, {
      start: s.start,
      end: s.end,
      ...(s.source ? { source: { ...(source ? { entity: source.id } : {}), text: s.source.text } } : {}),
      ...(s.cue && text.slice(s.cue.start, s.cue.end) === s.cue.text ? { cue: { start: s.cue.start, end: s.cue.end } } : {}),
      ...(s.attribution ? { attribution: s.attribution } : {}),
    });
    taken.add(claim.id, false);
    operations.push({ op: 'add', kind: 'claim', annotation: claim });
  }
  return { label, operations };
}

/** The change that rejects suggestions: one `rejected` entry each. */
export function rejectChange(rejected: readonly Suggestion[], label: string): Change {
  const add: Rejected[] = rejected.map((s) => ({ type: s.type, start: s.start, end: s.end, text: s.text }));
  return { label, operations: [], rejected: { add, remove: [] } };
}

/** Whether a suggestion is one of those a rejected entry names (the same place, label and text). */
export function isRejected(s: Pick<Suggestion, 'type' | 'start' | 'end' | 'text'>, rejected: readonly Rejected[]): boolean {
  return rejected.some((r) => r.start === s.start && r.end === s.end && r.type === s.type && r.text === s.text);
}

/**
 * Rejected entries whose text is no longer at their place (the text was edited since) moved to the nearest
 * place where their text is, so that an edit does not bring back what was rejected.
 */
export function relocateRejected(text: string, rejected: readonly Rejected[]): Rejected[] {
  return rejected.map((r) => {
    if (text.slice(r.start, r.end) === r.text || r.text === '') return r;
    let best: number | undefined;
    for (let at = text.indexOf(r.text); at >= 0; at = text.indexOf(r.text, at + 1)) {
      if (best === undefined || Math.abs(at - r.start) < Math.abs(best - r.start)) best = at;
      if (at > r.start) break;
    }
    return best === undefined ? r : { ...r, start: best, end: best + r.text.length };
  });
}

/** Whole-word occurrences of `needle` in `text` within `ranges` (for Accept All Like This in other documents). */
export function occurrences(text: string, needle: string, ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (needle.length === 0) return out;
  const word = /[\p{L}\p{N}_]/u;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if ((at > 0 && word.test(text[at - 1]!)) || (end < text.length && word.test(text[end]!))) continue;
    if (ranges.some(([a, b]) => a <= at && end <= b)) out.push([at, end]);
  }
  return out;
}
