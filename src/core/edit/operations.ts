// Annotation changes as operations: applied to a sidecar, inverted for undo, replayed over a sidecar that
// changed on disk (merging by id), with conflicts reported instead of dropped.
import { compareSpans, type Claim, type DocumentState, type Entity, type Progress, type Rejected, type Sidecar } from '../model';

export type AnnotationKind = 'entity' | 'claim';
type Item = Entity | Claim;

export type Operation =
  | { readonly op: 'add'; readonly kind: AnnotationKind; readonly annotation: Item }
  | { readonly op: 'remove'; readonly kind: AnnotationKind; readonly annotation: Item }
  | { readonly op: 'update'; readonly kind: AnnotationKind; readonly before: Item; readonly after: Item };

/** A document's state set (Mark Document Done): the sidecar's whole `progress` before and after. */
export interface ProgressChange {
  readonly before: Progress | undefined;
  readonly after: Progress | undefined;
}

/** Suggestions rejected (added to the sidecar's `rejected`) or taken back (removed from it, by undo). */
export interface RejectedChange {
  readonly add: readonly Rejected[];
  readonly remove: readonly Rejected[];
}

/** A change to several annotations at once (annotate all occurrences): undone and redone as one. */
export interface Change {
  readonly label: string;
  readonly operations: readonly Operation[];
  readonly progress?: ProgressChange;
  readonly rejected?: RejectedChange;
}

const listOf = (kind: AnnotationKind) => (kind === 'entity' ? 'entities' : 'claims');

export function invert(change: Change): Change {
  const inverse = (o: Operation): Operation =>
    o.op === 'add' ? { op: 'remove', kind: o.kind, annotation: o.annotation } : o.op === 'remove' ? { op: 'add', kind: o.kind, annotation: o.annotation } : { op: 'update', kind: o.kind, before: o.after, after: o.before };
  const progress = change.progress ? { progress: { before: change.progress.after, after: change.progress.before } } : {};
  const rejected = change.rejected ? { rejected: { add: change.rejected.remove, remove: change.rejected.add } } : {};
  return { label: change.label, operations: [...change.operations].reverse().map(inverse), ...progress, ...rejected };
}

export interface Applied {
  readonly sidecar: Sidecar;
  /** Operations that met a different state than they expect: nothing of them was applied. */
  readonly conflicts: Operation[];
}

/**
 * Applies a change. An operation is applied only over the state it was made from: `add` needs its id free,
 * `remove` and `update` need the annotation as they saw it (`update` also accepts a target already equal to
 * its result). Anything else is a conflict, left for the user to decide.
 */
export function apply(sidecar: Sidecar, change: Change): Applied {
  const entities: Item[] = [...sidecar.entities];
  const claims: Item[] = [...sidecar.claims];
  const conflicts: Operation[] = [];
  for (const o of change.operations) {
    const list = o.kind === 'entity' ? entities : claims;
    const id = o.op === 'update' ? o.before.id : o.annotation.id;
    const at = list.findIndex((a) => a.id === id);
    const current = at >= 0 ? list[at] : undefined;
    if (o.op === 'add') {
      if (current && !same(current, o.annotation)) conflicts.push(o);
      else if (!current) list.push(o.annotation);
    } else if (o.op === 'remove') {
      if (current && same(current, o.annotation)) list.splice(at, 1);
      else if (current) conflicts.push(o);
    } else if (!current) conflicts.push(o);
    else if (same(current, o.before) || same(current, o.after)) list[at] = o.after;
    else conflicts.push(o);
  }
  const progress = change.progress ? progressAfter(sidecar.progress, change.progress) : sidecar.progress;
  const { progress: _old, ...rest } = sidecar;
  const rejected = change.rejected ? rejectedAfter(sidecar.rejected, change.rejected) : sidecar.rejected;
  return { sidecar: { ...rest, ...(progress !== undefined ? { progress } : {}), entities: (entities as Entity[]).sort(compareSpans), claims: (claims as Claim[]).sort(compareSpans), rejected }, conflicts };
}

const rejectedKey = (r: Rejected) => `${r.type}\u0000${r.start}\u0000${r.end}\u0000${r.text}`;

/** The `rejected` list after a change: entries already there are not doubled, entries already gone are no conflict. */
export function rejectedAfter(current: readonly Rejected[], change: RejectedChange): readonly Rejected[] {
  if (change.add.length === 0 && change.remove.length === 0) return current;
  const removed = new Set(change.remove.map(rejectedKey));
  const kept = current.filter((r) => !removed.has(rejectedKey(r)));
  const present = new Set(kept.map(rejectedKey));
  const added = change.add.filter((r) => !present.has(rejectedKey(r)) && present.add(rejectedKey(r)));
  return [...kept, ...added];
}

/**
 * States are merged per document: over a sidecar someone else changed, only the documents this change set are
 * set (the last one to mark a document wins: a state is not worth a conflict dialog).
 */
export function progressAfter(current: Progress | undefined, change: ProgressChange): Progress | undefined {
  const { before, after } = change;
  if (typeof after !== 'object' || after === null || typeof current !== 'object' || current === null) return after;
  const merged: Record<string, DocumentState> = { ...current };
  const was = typeof before === 'object' && before !== null ? before : {};
  for (const id of new Set([...Object.keys(was), ...Object.keys(after)])) {
    if (was[id] === after[id]) continue;
    if (after[id] === undefined) delete merged[id];
    else merged[id] = after[id]!;
  }
  return Object.keys(merged).length === 0 ? undefined : merged;
}

/** Forces a conflicting operation: the local version wins (used when the user chooses "keep mine"). */
export function force(sidecar: Sidecar, o: Operation): Sidecar {
  const key = listOf(o.kind);
  const id = o.op === 'update' ? o.after.id : o.annotation.id;
  const rest = (sidecar[key] as readonly Item[]).filter((a) => a.id !== id);
  const next = o.op === 'remove' ? rest : [...rest, o.op === 'update' ? o.after : o.annotation];
  return { ...sidecar, [key]: next.sort(compareSpans) };
}

/** Equal as annotations: offsets may differ (the text moved), the rest may not. */
export function same(a: Item, b: Item): boolean {
  const strip = ({ start: _s, end: _e, prefix: _p, suffix: _x, ...rest }: Item & { cue?: unknown }) => {
    const copy: Record<string, unknown> = { ...rest };
    if (copy['cue']) {
      const { start: _cs, end: _ce, ...cue } = copy['cue'] as Record<string, unknown>;
      copy['cue'] = cue;
    }
    return JSON.stringify(copy, Object.keys(copy).sort());
  };
  return strip(a) === strip(b);
}
