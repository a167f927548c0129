// Finding annotations again when the text on disk is not the text their offsets were saved against.
// Per annotation, cheapest first: its text where it was (exact); the same text elsewhere, near where the
// neighbours moved to and agreeing with its context (moved); an approximate match of its text, scored on the
// text, its context and nothing else (fuzzy); or nothing (orphan). Fuzzy search runs only for what exact
// search could not settle, and near where the annotation should be. In a bundle an annotation is looked for
// only in its own document. Rejected suggestions follow the text the same way (they have no context).
import { contextOf } from '../context';
import { documentAt, type RecognizedFile } from '../documents';
import type { Claim, Entity, Rejected, Sidecar } from '../model';
import { relocateCue } from './cue';
import { farNeedles, hasContext, locateFar, locateNear, stillThere, type Annotation, type AnchorStatus, type Found, type Scope } from './locate';
import { findMany } from './multiSearch';

export { THRESHOLDS, type AnchorStatus } from './locate';

export interface AnchorResult {
  /** The annotation's id; for a rejected suggestion, `rejected[i]` (its place in the sidecar's list). */
  readonly id: string;
  readonly kind: 'entity' | 'claim' | 'rejected';
  /** `orphan` for a rejected suggestion: not found, so dropped from the sidecar. */
  readonly status: AnchorStatus;
  /** Where the sidecar had it, and where it is now (absent for orphans). */
  readonly from: { readonly start: number; readonly end: number; readonly text: string };
  readonly to?: { readonly start: number; readonly end: number; readonly text: string };
  /** For fuzzy matches: how alike the found text and context are (0..1). */
  readonly score?: number;
  /** A claim whose cue could not be found again with it (kept in the claim marked `lost`; it was at `lostCue`). */
  readonly cueLost?: boolean;
  readonly lostCue?: { readonly start: number; readonly end: number; readonly text: string };
}

type Kind = AnchorResult['kind'];

interface Item {
  readonly kind: Kind;
  readonly annotation: Annotation & { readonly doc?: string };
  /** Its position in the sidecar's list of its kind. */
  readonly index: number;
}

/** Two lists of items by start, merged: each list is usually in file order already. */
function merged(x: readonly Item[], y: readonly Item[]): Item[] {
  if (y.length === 0) return [...x];
  const out: Item[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (j >= y.length || (i < x.length && x[i]!.annotation.start <= y[j]!.annotation.start)) out.push(x[i++]!);
    else out.push(y[j++]!);
  }
  return out;
}

/** Entities, claims and rejected suggestions together, by start. */
function inTextOrder(sidecar: Sidecar): Item[] {
  const byStart = (x: Item, y: Item) => x.annotation.start - y.annotation.start;
  const sorted = (list: readonly Item[]) => (list.every((item, i) => i === 0 || list[i - 1]!.annotation.start <= item.annotation.start) ? list : [...list].sort(byStart));
  const entities = sorted(sidecar.entities.map((a, index) => ({ kind: 'entity' as const, annotation: edgeImplied(a), index })));
  const claims = sorted(sidecar.claims.map((a, index) => ({ kind: 'claim' as const, annotation: edgeImplied(a), index })));
  const rejected = sorted(sidecar.rejected.map((r, index) => ({ kind: 'rejected' as const, annotation: { start: r.start, end: r.end, text: r.text }, index })));
  return merged(merged(entities, claims), rejected);
}

/** A span that started the text had nothing before it: editors leave that empty prefix out, but it is known. */
function edgeImplied<T extends Entity | Claim>(a: T): T {
  return a.start === 0 && a.prefix === undefined ? { ...a, prefix: '' } : a;
}

export interface ReanchorOutcome {
  readonly sidecar: Sidecar;
  /** One per entity and claim, by their old place. */
  readonly results: AnchorResult[];
  /** One per rejected suggestion (kind `rejected`); those not found are dropped from `sidecar`. */
  readonly rejected: AnchorResult[];
}

export function reanchor(sidecar: Sidecar, text: string, file?: RecognizedFile): ReanchorOutcome {
  const items = inTextOrder(sidecar);
  const found: Array<Found | undefined> = new Array(items.length);
  const scopes = scopesOf(items, text, file);

  // Pass 1: everything still where it was, in its context (the same short text landing on the old offset by
  // chance is not "still there"). These anchor the estimate of where the others went.
  items.forEach((item, i) => {
    const a = item.annotation;
    const scope = scopes[i];
    if (scope && stillThere(a, text, scope)) found[i] = { start: a.start, end: a.start + a.text.length, status: 'exact' };
  });
  // Pass 2, in text order: the rest, near where the nearest anchored neighbour before it moved to.
  let shift = 0;
  const expected = new Float64Array(items.length);
  items.forEach((item, i) => {
    const a = item.annotation;
    const settled = found[i];
    if (settled) {
      shift = settled.start - a.start;
      return;
    }
    const scope = scopes[i];
    if (!scope) return;
    expected[i] = a.start + shift;
    const result = locateNear(a, text, a.start + shift, scope);
    if (result) {
      found[i] = result;
      shift = result.start - a.start;
    }
  });
  // Pass 3: what is still lost, anywhere in its document, with one scan for all of them. Only a context can
  // tell a copy far away from another mention: spans without one are not looked for there.
  const lost = items.map((_, i) => i).filter((i) => !found[i] && scopes[i] && hasContext(items[i]!.annotation));
  if (lost.length > 0) {
    const hits = findMany(text, lost.flatMap((i) => farNeedles(items[i]!.annotation)));
    for (const i of lost) found[i] = locateFar(items[i]!.annotation, text, expected[i]!, hits, scopes[i]!);
  }
  const where = { entity: new Array<Found | undefined>(sidecar.entities.length), claim: new Array<Found | undefined>(sidecar.claims.length), rejected: new Array<Found | undefined>(sidecar.rejected.length) };
  items.forEach((item, i) => (where[item.kind][item.index] = found[i]));

  const results: AnchorResult[] = [];
  const place = <T extends Entity | Claim>(kind: 'entity' | 'claim', a: T, index: number): T => {
    const f = where[kind][index];
    const from = { start: a.start, end: a.end, text: a.text };
    if (!f) {
      results.push({ id: a.id, kind, status: 'orphan', from });
      return { ...a, orphan: true };
    }
    const newText = f.status === 'fuzzy' ? text.slice(f.start, f.end) : a.text;
    // Its document never changes; one without (a file that was not a bundle) takes the one it is in now.
    const doc = bundleOf(file) ? (a.doc !== undefined ? firstDocument(file!, a.doc) : documentAt(file!, f.start, f.end)) : undefined;
    const docId = a.doc ?? doc?.id;
    const bounds = doc ? { start: doc.bodyStart, end: doc.bodyEnd } : { start: 0, end: text.length };
    let placed: T;
    if (f.status !== 'fuzzy' && !a.orphan && docId === a.doc && contextHolds(a, text, f, bounds)) {
      // The common case, kept cheap: the same annotation at a new offset.
      placed = f.start === a.start ? a : { ...a, start: f.start, end: f.end };
    } else {
      // The text's own context (an annotation without one gets it here: `anchor --write` stores it). An empty
      // one says "at the edge of the document"; where none was stored, the edge is implied and left unsaid.
      const { prefix, suffix } = contextOf(text, f.start, f.end, bounds);
      const { orphan: _o, prefix: _p, suffix: _s, doc: _d, ...rest } = a as T & { orphan?: boolean };
      placed = {
        ...(rest as T),
        start: f.start,
        end: f.end,
        text: newText,
        ...(prefix !== '' || a.prefix !== undefined ? { prefix } : {}),
        ...(suffix !== '' || a.suffix !== undefined ? { suffix } : {}),
        ...(docId !== undefined ? { doc: docId } : {}),
      } as T;
    }
    const result: { -readonly [K in keyof AnchorResult]: AnchorResult[K] } = { id: a.id, kind, status: f.status, from, to: { start: f.start, end: f.end, text: newText } };
    if (f.score !== undefined) result.score = f.score;
    const oldCue = kind === 'claim' ? (a as Claim).cue : undefined;
    if (oldCue && !oldCue.lost) {
      const cue = relocateCue(oldCue, a, f, text);
      if (cue) placed = { ...placed, cue } as T;
      else {
        // Never on another word: the claim keeps its cue, marked lost, where it was.
        placed = { ...placed, cue: { ...oldCue, lost: true } } as T;
        result.cueLost = true;
        result.lostCue = { start: oldCue.start, end: oldCue.end, text: oldCue.text };
      }
    }
    results.push(result);
    return placed;
  };
  const entities = sidecar.entities.map((e, i) => place('entity', e, i));
  const claims = sidecar.claims.map((c, i) => place('claim', c, i));
  const rejectedResults: AnchorResult[] = [];
  const rejected = sidecar.rejected.flatMap((r, i): Rejected[] => {
    const f = where.rejected[i];
    const from = { start: r.start, end: r.end, text: r.text };
    const id = `rejected[${i}]`;
    if (!f) return rejectedResults.push({ id, kind: 'rejected', status: 'orphan', from }), [];
    const newText = text.slice(f.start, f.end);
    rejectedResults.push({ id, kind: 'rejected', status: f.status, from, to: { start: f.start, end: f.end, text: newText }, ...(f.score !== undefined ? { score: f.score } : {}) });
    return [f.start === r.start && newText === r.text ? r : { ...r, start: f.start, end: f.end, text: newText }];
  });
  results.sort((x, y) => x.from.start - y.from.start || x.from.end - y.from.end);
  return { sidecar: { ...sidecar, entities, claims, rejected }, results, rejected: rejectedResults };
}

function bundleOf(file: RecognizedFile | undefined): file is RecognizedFile {
  return file?.kind === 'bundle';
}

/** The first document of that id (the one annotations naming it refer to). */
function firstDocument(file: RecognizedFile, id: string) {
  return file.documents.find((d) => d.id === id);
}

/**
 * Where each item may be found: in a bundle, the body of the document it names. When that document is gone
 * (its delimiter line was edited), only the text that is in no document (before the first delimiter): never
 * another document. Else the whole text.
 */
function scopesOf(items: readonly Item[], text: string, file: RecognizedFile | undefined): Array<Scope | undefined> {
  const whole: Scope = { start: 0, end: text.length };
  if (!bundleOf(file)) return items.map(() => whole);
  const bodies = new Map<string, Scope>();
  for (const d of file.documents) if (!bodies.has(d.id)) bodies.set(d.id, { start: d.bodyStart, end: d.bodyEnd });
  const outside: Scope | undefined = file.documents[0]!.start > 0 ? { start: 0, end: file.documents[0]!.start } : undefined;
  return items.map((item) => (item.annotation.doc === undefined ? whole : (bodies.get(item.annotation.doc) ?? outside)));
}

/** The stored context is still the text's own around the new place: nothing to rewrite. */
function contextHolds(a: Entity | Claim, text: string, at: Found, bounds: Scope): boolean {
  // An empty or missing side holds only at the document's edge (where the text's own is empty too).
  const prefix = a.prefix ? text.startsWith(a.prefix, at.start - a.prefix.length) : at.start <= bounds.start;
  return prefix && (a.suffix ? text.startsWith(a.suffix, at.end) : at.end >= bounds.end);
}
