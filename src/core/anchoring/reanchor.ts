// Finding annotations again when the text on disk is not the text their offsets were saved against.
// Per annotation, cheapest first: its text where it was (exact); the same text elsewhere, near where the
// neighbours moved to and agreeing with its context (moved); an approximate match of its text, scored on the
// text, its context and nothing else (fuzzy); or nothing (orphan). Fuzzy search runs only for what exact
// search could not settle, and near where the annotation should be.
import { contextOf } from '../context';
import { documentAt, type RecognizedFile } from '../documents';
import type { Claim, Cue, Entity, Sidecar } from '../model';
import { farNeedles, locateFar, locateNear, stillThere, type AnchorStatus, type Found } from './locate';
import { findMany } from './multiSearch';

export { THRESHOLDS, type AnchorStatus } from './locate';

export interface AnchorResult {
  readonly id: string;
  readonly kind: 'entity' | 'claim';
  readonly status: AnchorStatus;
  /** Where the sidecar had it, and where it is now (absent for orphans). */
  readonly from: { readonly start: number; readonly end: number; readonly text: string };
  readonly to?: { readonly start: number; readonly end: number; readonly text: string };
  /** For fuzzy matches: how alike the found text and context are (0..1). */
  readonly score?: number;
  /** A claim whose cue could not be found again (the cue is dropped). */
  readonly cueLost?: boolean;
}

interface Item {
  readonly kind: 'entity' | 'claim';
  readonly annotation: Entity | Claim;
  /** Its position in the sidecar's list of its kind. */
  readonly index: number;
}

/** Entities and claims together, by start: each list is usually in file order already, so merge them. */
function inTextOrder(sidecar: Sidecar): Item[] {
  const byStart = (x: Item, y: Item) => x.annotation.start - y.annotation.start;
  const sorted = (list: readonly Item[]) => (list.every((item, i) => i === 0 || list[i - 1]!.annotation.start <= item.annotation.start) ? list : [...list].sort(byStart));
  const entities = sorted(sidecar.entities.map((annotation, index) => ({ kind: 'entity' as const, annotation, index })));
  const claims = sorted(sidecar.claims.map((annotation, index) => ({ kind: 'claim' as const, annotation, index })));
  const out: Item[] = [];
  let i = 0;
  let j = 0;
  while (i < entities.length || j < claims.length) {
    if (j >= claims.length || (i < entities.length && entities[i]!.annotation.start <= claims[j]!.annotation.start)) out.push(entities[i++]!);
    else out.push(claims[j++]!);
  }
  return out;
}

export interface ReanchorOutcome {
  readonly sidecar: Sidecar;
  readonly results: AnchorResult[];
}

export function reanchor(sidecar: Sidecar, text: string, file?: RecognizedFile): ReanchorOutcome {
  const items = inTextOrder(sidecar);
  const found: Array<Found | undefined> = new Array(items.length);

  // Pass 1: everything still where it was, in its context (the same short text landing on the old offset by
  // chance is not "still there"). These anchor the estimate of where the others went.
  items.forEach((item, i) => {
    const a = item.annotation;
    if (stillThere(a, text)) found[i] = { start: a.start, end: a.end, status: 'exact' };
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
    expected[i] = a.start + shift;
    const result = locateNear(a, text, a.start + shift);
    if (result) {
      found[i] = result;
      shift = result.start - a.start;
    }
  });
  // Pass 3: what is still lost, anywhere in the text, with one scan for all of them.
  const lost = items.map((_, i) => i).filter((i) => !found[i]);
  if (lost.length > 0) {
    const hits = findMany(text, lost.flatMap((i) => farNeedles(items[i]!.annotation)));
    for (const i of lost) found[i] = locateFar(items[i]!.annotation, text, expected[i]!, hits);
  }
  const where = { entity: new Array<Found | undefined>(sidecar.entities.length), claim: new Array<Found | undefined>(sidecar.claims.length) };
  items.forEach((item, i) => (where[item.kind][item.index] = found[i]));

  const results: AnchorResult[] = [];
  const place = <T extends Entity | Claim>(kind: Item['kind'], a: T, index: number): T => {
    const f = where[kind][index];
    const from = { start: a.start, end: a.end, text: a.text };
    if (!f) {
      results.push({ id: a.id, kind, status: 'orphan', from });
      return { ...a, orphan: true };
    }
    const newText = f.status === 'fuzzy' ? text.slice(f.start, f.end) : a.text;
    const doc = file ? documentAt(file, f.start, f.end) : undefined;
    // The stored context, when it is still there around the new place; else the text's own.
    const intact = a.prefix !== undefined && a.suffix !== undefined && text.startsWith(a.prefix, f.start - a.prefix.length) && text.startsWith(a.suffix, f.end);
    const docId = file?.kind === 'bundle' && doc ? doc.id : a.doc;
    let placed: T;
    if (intact && f.status !== 'fuzzy' && !a.orphan && docId === a.doc) {
      // The common case, kept cheap: the same annotation at a new offset.
      placed = f.start === a.start ? a : { ...a, start: f.start, end: f.end };
    } else {
      const { prefix, suffix } = intact ? { prefix: a.prefix!, suffix: a.suffix! } : contextOf(text, f.start, f.end, doc ? { start: doc.bodyStart, end: doc.bodyEnd } : undefined);
      const { orphan: _o, prefix: _p, suffix: _s, doc: _d, ...rest } = a as T & { orphan?: boolean };
      placed = {
        ...(rest as T),
        start: f.start,
        end: f.end,
        text: newText,
        ...(prefix ? { prefix } : {}),
        ...(suffix ? { suffix } : {}),
        ...(docId !== undefined ? { doc: docId } : {}),
      } as T;
    }
    let cueLost = false;
    if (kind === 'claim' && (a as Claim).cue) {
      const cue = relocateCue((a as Claim).cue!, f.start - a.start, text, f.start, f.end);
      if (cue) placed = { ...placed, cue } as T;
      else {
        const { cue: _c, ...withoutCue } = placed as Claim;
        placed = withoutCue as T;
        cueLost = true;
      }
    }
    const result: { -readonly [K in keyof AnchorResult]: AnchorResult[K] } = { id: a.id, kind, status: f.status, from, to: { start: f.start, end: f.end, text: newText } };
    if (f.score !== undefined) result.score = f.score;
    if (cueLost) result.cueLost = true;
    results.push(result);
    return placed;
  };
  const entities = sidecar.entities.map((e, i) => place('entity', e, i));
  const claims = sidecar.claims.map((c, i) => place('claim', c, i));
  results.sort((x, y) => x.from.start - y.from.start || x.from.end - y.from.end);
  return { sidecar: { ...sidecar, entities, claims }, results };
}

/** The cue where the claim's move puts it, or its text near the claim; undefined when it is gone. */
export function relocateCue(cue: Cue, shift: number, text: string, claimStart: number, claimEnd: number): Cue | undefined {
  const start = cue.start + shift;
  if (text.startsWith(cue.text, start)) return { ...cue, start, end: start + cue.text.length };
  const from = Math.max(0, claimStart - 200);
  const around = text.slice(from, claimEnd + 200);
  let best: number | undefined;
  for (let at = around.indexOf(cue.text); at >= 0; at = around.indexOf(cue.text, at + 1)) {
    if (best === undefined || Math.abs(from + at - start) < Math.abs(best - start)) best = from + at;
  }
  return best === undefined ? undefined : { ...cue, start: best, end: best + cue.text.length };
}
