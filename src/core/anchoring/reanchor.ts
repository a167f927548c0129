// Finding annotations again when the text on disk is not the text their offsets were saved against.
// Per annotation, cheapest first: its text where it was (exact); the same text elsewhere, near where the
// neighbours moved to and agreeing with its context (moved); an approximate match of its text, scored on the
// text, its context and nothing else (fuzzy); or nothing (orphan). Fuzzy search runs only for what exact
// search could not settle, and near where the annotation should be.
import search from 'approx-string-match';
import { contextOf, CONTEXT_LENGTH } from '../context';
import { documentAt, type RecognizedFile } from '../documents';
import type { Claim, Cue, Entity, Sidecar } from '../model';
import { similarity } from './similarity';

export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphan';

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

/** Below these, a match is not accepted: better an orphan than an annotation on the wrong text. */
export const THRESHOLDS = {
  /** A moved annotation's context must agree at least this much (average of prefix and suffix). */
  movedContext: 0.5,
  /** ... unless its text is this long, when an exact copy of it is evidence enough with a weaker context. */
  longQuote: 40,
  longQuoteContext: 0.25,
  /** A fuzzy match near where the neighbours say it should be: its text this alike, its context this alike... */
  fuzzyQuote: 0.75,
  fuzzyContext: 0.5,
  /** ...and their weighted score at least this. */
  fuzzyScore: 0.75,
  /** A match far from there (a lookalike sentence elsewhere?) needs the context on both sides to agree this much. */
  farSideContext: 0.6,
  /** Shorter texts are never matched approximately (too many lookalikes). */
  fuzzyMinLength: 4,
} as const;

/** How far from the expected place exact and approximate matches count as "near". */
const EXACT_WINDOW = 512;
const fuzzyWindow = (quoteLength: number) => 128 + (quoteLength >> 2);
const MAX_CANDIDATES = 200;

interface Item {
  readonly kind: 'entity' | 'claim';
  readonly annotation: Entity | Claim;
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly status: AnchorStatus;
  readonly score?: number;
}

export interface ReanchorOutcome {
  readonly sidecar: Sidecar;
  readonly results: AnchorResult[];
}

export function reanchor(sidecar: Sidecar, text: string, file?: RecognizedFile): ReanchorOutcome {
  const items: Item[] = [
    ...sidecar.entities.map((annotation) => ({ kind: 'entity' as const, annotation })),
    ...sidecar.claims.map((annotation) => ({ kind: 'claim' as const, annotation })),
  ].sort((x, y) => x.annotation.start - y.annotation.start);

  // Pass 1: everything still where it was, in its context (the same short text landing on the old offset by
  // chance is not "still there"). These anchor the estimate of where the others went.
  const found = new Map<Item, Found>();
  for (const item of items) {
    const a = item.annotation;
    if (a.text.length > 0 && text.startsWith(a.text, a.start) && contextScore(a, text, a.start, a.end) >= contextNeeded(a)) {
      found.set(item, { start: a.start, end: a.end, status: 'exact' });
    }
  }
  // Pass 2, in text order: the rest, expected where the nearest anchored neighbour before it moved to.
  let shift = 0;
  for (const item of items) {
    const settled = found.get(item);
    if (settled) {
      shift = settled.start - item.annotation.start;
      continue;
    }
    const result = locate(item.annotation, text, item.annotation.start + shift);
    if (result) {
      found.set(item, result);
      shift = result.start - item.annotation.start;
    }
  }

  const results: AnchorResult[] = [];
  const place = <T extends Entity | Claim>(item: Item, a: T): T => {
    const f = found.get(item);
    const from = { start: a.start, end: a.end, text: a.text };
    if (!f) {
      results.push({ id: a.id, kind: item.kind, status: 'orphan', from });
      return { ...a, orphan: true };
    }
    const newText = text.slice(f.start, f.end);
    const doc = file ? documentAt(file, f.start, f.end) : undefined;
    const { prefix, suffix } = contextOf(text, f.start, f.end, doc ? { start: doc.bodyStart, end: doc.bodyEnd } : undefined);
    const { orphan: _o, prefix: _p, suffix: _s, ...rest } = a as T & { orphan?: boolean };
    let placed = {
      ...(rest as T),
      start: f.start,
      end: f.end,
      text: newText,
      ...(prefix ? { prefix } : {}),
      ...(suffix ? { suffix } : {}),
      ...(file?.kind === 'bundle' && doc ? { doc: doc.id } : {}),
    } as T;
    let cueLost = false;
    if (item.kind === 'claim' && (a as Claim).cue) {
      const cue = relocateCue((a as Claim).cue!, f.start - a.start, text, f.start, f.end);
      if (cue) placed = { ...placed, cue } as T;
      else {
        const { cue: _c, ...withoutCue } = placed as Claim;
        placed = withoutCue as T;
        cueLost = true;
      }
    }
    results.push({ id: a.id, kind: item.kind, status: f.status, from, to: { start: f.start, end: f.end, text: newText }, ...(f.score !== undefined ? { score: f.score } : {}), ...(cueLost ? { cueLost } : {}) });
    return placed;
  };
  const byAnnotation = new Map(items.map((i) => [i.annotation, i]));
  const entities = sidecar.entities.map((e) => place(byAnnotation.get(e)!, e));
  const claims = sidecar.claims.map((c) => place(byAnnotation.get(c)!, c));
  results.sort((x, y) => x.from.start - y.from.start || x.from.end - y.from.end);
  return { sidecar: { ...sidecar, entities, claims }, results };
}

/** How well the text around [start, end) agrees with the annotation's stored context (0..1). */
function contextScore(a: Entity | Claim, text: string, start: number, end: number): number {
  const { prefix, suffix } = contextSides(a, text, start, end);
  return (prefix + suffix) / 2;
}

/** Agreement of the text before and after [start, end) with the stored prefix and suffix (0..1 each). */
function contextSides(a: Entity | Claim, text: string, start: number, end: number): { prefix: number; suffix: number } {
  const prefix = a.prefix ?? '';
  const suffix = a.suffix ?? '';
  const before = text.slice(Math.max(0, start - (prefix.length || CONTEXT_LENGTH)), start);
  const after = text.slice(end, end + (suffix.length || CONTEXT_LENGTH));
  // An empty stored context means the span stood at the edge of its document: it agrees with an edge only.
  return {
    prefix: prefix === '' ? (before === '' || /\n$/.test(before) ? 1 : 0) : similarity(prefix, before.slice(-prefix.length)),
    suffix: suffix === '' ? (after === '' || /^\r?\n/.test(after) ? 1 : 0) : similarity(suffix, after.slice(0, suffix.length)),
  };
}

function locate(a: Entity | Claim, text: string, expected: number): Found | undefined {
  if (a.text.length === 0) return undefined;
  return locateExact(a, text, expected) ?? locateFuzzy(a, text, expected);
}

function locateExact(a: Entity | Claim, text: string, expected: number): Found | undefined {
  const near = occurrences(text, a.text, Math.max(0, expected - EXACT_WINDOW), expected + a.text.length + EXACT_WINDOW);
  const far = near.length === 0;
  const candidates = far ? occurrences(text, a.text, 0, text.length) : near;
  let best: { start: number; context: number; distance: number } | undefined;
  for (const start of candidates) {
    const context = contextScore(a, text, start, start + a.text.length);
    const distance = Math.abs(start - expected);
    if (!best || context > best.context + 1e-9 || (Math.abs(context - best.context) <= 1e-9 && distance < best.distance)) best = { start, context, distance };
  }
  // A copy far away must agree with the context even when the quote is long: it may be a repeated sentence.
  if (!best || best.context < (far ? THRESHOLDS.movedContext : contextNeeded(a))) return undefined;
  return { start: best.start, end: best.start + a.text.length, status: best.start === a.start ? 'exact' : 'moved' };
}

function contextNeeded(a: Entity | Claim): number {
  return a.text.length >= THRESHOLDS.longQuote ? THRESHOLDS.longQuoteContext : THRESHOLDS.movedContext;
}

function occurrences(text: string, needle: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle, from); at >= 0 && at + needle.length <= to && out.length < MAX_CANDIDATES; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

function locateFuzzy(a: Entity | Claim, text: string, expected: number): Found | undefined {
  const quote = a.text;
  if (quote.length < THRESHOLDS.fuzzyMinLength) return undefined;
  const maxErrors = Math.floor(quote.length * (1 - THRESHOLDS.fuzzyQuote));
  // Near the expected place first; then wherever a piece of the quote survives unchanged (filter, then verify),
  // where only a match whose context agrees on both sides is taken.
  const w = fuzzyWindow(quote.length);
  const best = bestFuzzy(a, text, [[expected - w, expected + quote.length + w]], maxErrors, expected, false);
  if (best) return best;
  return bestFuzzy(a, text, seedWindows(quote, text, maxErrors), maxErrors, expected, true);
}

/** Windows around exact occurrences of pieces of the quote: an approximate match must contain one of them. */
function seedWindows(quote: string, text: string, maxErrors: number): Array<[number, number]> {
  // With k errors, one of k+1 disjoint pieces of the quote survives intact (pigeonhole).
  const pieces = Math.min(maxErrors + 1, 8);
  const size = Math.floor(quote.length / pieces);
  if (size < 4) return [];
  const windows: Array<[number, number]> = [];
  for (let p = 0; p < pieces; p++) {
    const offset = p * size;
    for (const at of occurrences(text, quote.slice(offset, offset + size), 0, text.length).slice(0, 20)) {
      windows.push([at - offset - maxErrors, at - offset + quote.length + maxErrors]);
    }
  }
  return windows;
}

function bestFuzzy(a: Entity | Claim, text: string, windows: ReadonlyArray<[number, number]>, maxErrors: number, expected: number, far: boolean): Found | undefined {
  let best: Found | undefined;
  const seen = new Set<number>();
  for (const [from, to] of windows) {
    const start = Math.max(0, from);
    const end = Math.min(text.length, to);
    if (end <= start) continue;
    for (const m of search(text.slice(start, end), a.text, maxErrors)) {
      const s = start + m.start;
      const e = start + m.end;
      if (seen.has(s * 31 + e) || e <= s) continue;
      seen.add(s * 31 + e);
      const quote = 1 - m.errors / a.text.length;
      const sides = contextSides(a, text, s, e);
      const context = (sides.prefix + sides.suffix) / 2;
      if (quote < THRESHOLDS.fuzzyQuote || context < THRESHOLDS.fuzzyContext) continue;
      if (far && (sides.prefix < THRESHOLDS.farSideContext || sides.suffix < THRESHOLDS.farSideContext)) continue;
      // The quote counts most; a small penalty for distance breaks ties between equally good matches.
      const score = 0.6 * quote + 0.4 * context - Math.min(0.05, Math.abs(s - expected) / 1e6);
      if (score >= THRESHOLDS.fuzzyScore && (!best || score > best.score!)) best = { start: s, end: e, status: 'fuzzy', score: Math.round(score * 1000) / 1000 };
    }
  }
  return best;
}

/** The cue where the claim's move puts it, or its text near the claim; undefined when it is gone. */
function relocateCue(cue: Cue, shift: number, text: string, claimStart: number, claimEnd: number): Cue | undefined {
  const start = cue.start + shift;
  if (text.startsWith(cue.text, start)) return { ...cue, start, end: start + cue.text.length };
  const near = occurrences(text, cue.text, Math.max(0, claimStart - 200), claimEnd + 200);
  if (near.length === 0) return undefined;
  const at = near.reduce((x, y) => (Math.abs(y - start) < Math.abs(x - start) ? y : x));
  return { ...cue, start: at, end: at + cue.text.length };
}
