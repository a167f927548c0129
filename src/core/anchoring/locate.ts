// Finding one annotation in changed text: near where its neighbours moved to first, anywhere else after.
import search from 'approx-string-match';
import { CONTEXT_LENGTH } from '../context';
import type { Claim, Entity } from '../model';
import { similarity } from './similarity';

export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphan';

export interface Found {
  readonly start: number;
  readonly end: number;
  readonly status: AnchorStatus;
  readonly score?: number;
}

/** Below these, a match is not accepted: better an orphan than an annotation on the wrong text. */
export const THRESHOLDS = {
  /** A moved annotation's context must agree at least this much (average of prefix and suffix). */
  movedContext: 0.5,
  /** ... unless its text is this long, when an exact copy of it near its place is evidence enough with a weaker context. */
  longQuote: 40,
  longQuoteContext: 0.25,
  /** A fuzzy match near where the neighbours say it should be: its text this alike, its context this alike... */
  fuzzyQuote: 0.75,
  fuzzyContext: 0.5,
  /** ...and their weighted score at least this. */
  fuzzyScore: 0.75,
  /** A match away from there (a lookalike sentence elsewhere?) needs the context on both sides to agree this much. */
  farSideContext: 0.6,
  /** How far from the expected place a match may be and still count as "there": further off, the stricter rule. */
  nearDistance: 64,
  /** Shorter texts are never matched approximately (too many lookalikes). */
  fuzzyMinLength: 4,
} as const;

/** How far from the expected place exact and approximate matches count as "near". */
const EXACT_WINDOW = 256;
const fuzzyWindow = (quoteLength: number) => 32 + (quoteLength >> 2);
const MAX_CANDIDATES = 200;

type Annotation = Entity | Claim;

/** Its text, in its context, exactly where it was: still there. */
export function stillThere(a: Annotation, text: string): boolean {
  return a.text.length > 0 && text.startsWith(a.text, a.start) && contextScore(a, text, a.start, a.end) >= contextNeeded(a);
}

/** Looks near `expected` (where its anchored neighbour's move puts it): the same text, then an approximate one. */
export function locateNear(a: Annotation, text: string, expected: number): Found | undefined {
  if (a.text.length === 0) return undefined;
  // Most annotations moved exactly as far as their neighbour: the text is where it predicts, and the context
  // on at least one side is untouched (an edit next to it changes one side at most, as a rule).
  if (text.startsWith(a.text, expected) && contextIntact(a, text, expected, expected + a.text.length)) {
    return { start: expected, end: expected + a.text.length, status: expected === a.start ? 'exact' : 'moved' };
  }
  const near = occurrences(text, a.text, expected - EXACT_WINDOW, expected + a.text.length + EXACT_WINDOW);
  const exact = bestCopy(a, text, near, expected, contextNeeded(a));
  if (exact) return exact;
  if (a.text.length < THRESHOLDS.fuzzyMinLength) return undefined;
  const w = fuzzyWindow(a.text.length);
  return bestFuzzy(a, text, [[expected - w, expected + a.text.length + w]], expected, false);
}

/** What to look for anywhere in the text for an annotation not found near its place: its text and pieces of it. */
export function farNeedles(a: Annotation): string[] {
  return [a.text, ...seedPieces(a.text).map((p) => p.piece)];
}

/**
 * Looks anywhere, given where its text and pieces of it occur (`hits`, from one scan of the text for every lost
 * annotation): an exact copy whose context agrees, else an approximate match containing an intact piece whose
 * context agrees on both sides (a lookalike sentence elsewhere has the quote but not the surroundings).
 */
export function locateFar(a: Annotation, text: string, expected: number, hits: ReadonlyMap<string, readonly number[]>): Found | undefined {
  if (a.text.length === 0) return undefined;
  const exact = bestCopy(a, text, hits.get(a.text) ?? [], expected, THRESHOLDS.movedContext);
  if (exact) return exact;
  if (a.text.length < THRESHOLDS.fuzzyMinLength) return undefined;
  const maxErrors = Math.floor(a.text.length * (1 - THRESHOLDS.fuzzyQuote));
  // Each intact piece votes for where the quote would start; places with the most votes are verified first.
  const votes = new Map<number, { start: number; count: number }>();
  for (const { piece, offset } of seedPieces(a.text)) {
    for (const at of hits.get(piece) ?? []) {
      const start = at - offset;
      const key = Math.round(start / (maxErrors + 1));
      const vote = votes.get(key);
      if (vote) vote.count++;
      else votes.set(key, { start, count: 1 });
    }
  }
  const best = [...votes.values()].sort((x, y) => y.count - x.count || Math.abs(x.start - expected) - Math.abs(y.start - expected)).slice(0, 8);
  return bestFuzzy(a, text, best.map((v): [number, number] => [v.start - maxErrors, v.start + a.text.length + maxErrors]), expected, true);
}

/** The copy of the text among `candidates` whose context agrees best, if it agrees at least `needed`. */
function bestCopy(a: Annotation, text: string, candidates: readonly number[], expected: number, needed: number): Found | undefined {
  // Rank copies cheaply (how many characters of context agree right at their edges, then nearness), and score
  // only the best few carefully: the edit distance of contexts is the costly part, and a text can hold
  // thousands of copies of a name.
  if (candidates.length === 0) return undefined;
  // A copy whose context disagrees right at both edges is not scored, unless it is the nearest one.
  const ranked = candidates
    .map((start) => ({ start, edge: edgeAgreement(a, text, start, start + a.text.length), distance: Math.abs(start - expected) }))
    .sort((x, y) => y.edge - x.edge || x.distance - y.distance);
  const nearest = ranked.reduce<{ start: number; distance: number } | undefined>((n, c) => (!n || c.distance < n.distance ? c : n), undefined);
  const worthScoring = ranked.filter((c, i) => i < 8 && (c.edge >= 0.15 || c === nearest));
  let best: { start: number; context: number } | undefined;
  for (const { start, distance } of worthScoring) {
    // Away from the expected place, a copy is another mention unless the context agrees on both sides.
    const away = distance > THRESHOLDS.nearDistance;
    const sides = contextSides(a, text, start, start + a.text.length, away ? THRESHOLDS.farSideContext : 0);
    const context = (sides.prefix + sides.suffix) / 2;
    if (away && (sides.prefix < THRESHOLDS.farSideContext || sides.suffix < THRESHOLDS.farSideContext || context < THRESHOLDS.movedContext)) continue;
    if (!away && context < needed) continue;
    if (!best || context > best.context + 1e-9) best = { start, context };
    if (context >= 0.9) break;
  }
  if (!best) return undefined;
  return { start: best.start, end: best.start + a.text.length, status: best.start === a.start ? 'exact' : 'moved' };
}

function contextNeeded(a: Annotation): number {
  return a.text.length >= THRESHOLDS.longQuote ? THRESHOLDS.longQuoteContext : THRESHOLDS.movedContext;
}

/** How well the text around [start, end) agrees with the annotation's stored context (0..1). */
function contextScore(a: Annotation, text: string, start: number, end: number): number {
  const { prefix, suffix } = contextSides(a, text, start, end);
  return (prefix + suffix) / 2;
}

/**
 * Agreement of the text before and after [start, end) with the stored prefix and suffix (0..1 each). With
 * `floor`, a side below it reads as 0, and once the prefix is below it the suffix is not looked at.
 */
function contextSides(a: Annotation, text: string, start: number, end: number, floor = 0): { prefix: number; suffix: number } {
  const prefix = a.prefix ?? '';
  const suffix = a.suffix ?? '';
  const before = text.slice(Math.max(0, start - (prefix.length || CONTEXT_LENGTH)), start);
  // An empty stored context means the span stood at the edge of its document: it agrees with an edge only.
  const p = prefix === '' ? (before === '' || /\n$/.test(before) ? 1 : 0) : similarity(prefix, before.slice(-prefix.length), floor);
  if (floor > 0 && p < floor) return { prefix: p, suffix: 0 };
  const after = text.slice(end, end + (suffix.length || CONTEXT_LENGTH));
  const s = suffix === '' ? (after === '' || /^\r?\n/.test(after) ? 1 : 0) : similarity(suffix, after.slice(0, suffix.length), floor);
  return { prefix: p, suffix: s };
}

/** How many characters of the stored prefix and suffix agree right next to [start, end), as a share (0..1). */
function edgeAgreement(a: Annotation, text: string, start: number, end: number): number {
  const prefix = a.prefix ?? '';
  const suffix = a.suffix ?? '';
  let p = 0;
  while (p < prefix.length && start - p - 1 >= 0 && prefix.charCodeAt(prefix.length - 1 - p) === text.charCodeAt(start - p - 1)) p++;
  let q = 0;
  while (q < suffix.length && end + q < text.length && suffix.charCodeAt(q) === text.charCodeAt(end + q)) q++;
  return prefix.length + suffix.length === 0 ? 0 : (p + q) / (prefix.length + suffix.length);
}

/** The stored context is there, unchanged, on at least one side of [start, end) (cheap: no edit distance). */
function contextIntact(a: Annotation, text: string, start: number, end: number): boolean {
  const prefix = a.prefix ?? '';
  const suffix = a.suffix ?? '';
  if (prefix.length < 8 || suffix.length < 8) return false; // spans at a document's edge go the careful way
  return text.startsWith(prefix, start - prefix.length) || text.startsWith(suffix, end);
}

/** Start offsets of `needle` within [from, to) of `text` (at most MAX_CANDIDATES). */
function occurrences(text: string, needle: string, from: number, to: number): number[] {
  const start = Math.max(0, from);
  const end = Math.min(text.length, to);
  // Search a copy of the window: indexOf on the whole text would run on to its end when the window lacks the needle.
  const hay = text.slice(start, end);
  const out: number[] = [];
  for (let at = hay.indexOf(needle); at >= 0 && out.length < MAX_CANDIDATES; at = hay.indexOf(needle, at + 1)) out.push(start + at);
  return out;
}

/** Disjoint pieces of a quote: with k errors, one of k+1 pieces survives intact (pigeonhole). */
function seedPieces(quote: string): Array<{ piece: string; offset: number }> {
  const maxErrors = Math.floor(quote.length * (1 - THRESHOLDS.fuzzyQuote));
  const count = Math.min(maxErrors + 1, 8);
  const size = Math.floor(quote.length / count);
  if (quote.length < THRESHOLDS.fuzzyMinLength || size < 4) return [];
  return Array.from({ length: count }, (_, p) => ({ piece: quote.slice(p * size, (p + 1) * size), offset: p * size }));
}

function bestFuzzy(a: Annotation, text: string, windows: ReadonlyArray<[number, number]>, expected: number, far: boolean): Found | undefined {
  const maxErrors = Math.floor(a.text.length * (1 - THRESHOLDS.fuzzyQuote));
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
      if (quote < THRESHOLDS.fuzzyQuote || (best && 0.6 * quote + 0.4 < best.score!)) continue; // cannot win: skip the context
      const away = far || Math.abs(s - expected) > THRESHOLDS.nearDistance;
      const sides = contextSides(a, text, s, e, away ? THRESHOLDS.farSideContext : 0);
      const context = (sides.prefix + sides.suffix) / 2;
      if (context < THRESHOLDS.fuzzyContext) continue;
      if (away && (sides.prefix < THRESHOLDS.farSideContext || sides.suffix < THRESHOLDS.farSideContext)) continue;
      // The quote counts most; a small penalty for distance breaks ties between equally good matches.
      const score = 0.6 * quote + 0.4 * context - Math.min(0.05, Math.abs(s - expected) / 1e6);
      if (score >= THRESHOLDS.fuzzyScore && (!best || score > best.score!)) best = { start: s, end: e, status: 'fuzzy', score: Math.round(score * 1000) / 1000 };
    }
  }
  return best;
}
