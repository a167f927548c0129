// Finding one annotation in changed text: near where its neighbours moved to first, anywhere else after.
import search from 'approx-string-match';
import { CONTEXT_LENGTH, isHighSurrogate, isLowSurrogate } from '../context';
import type { Anchored } from '../model';
import { FIND_MANY_CAP } from './multiSearch';
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
  /** The only copy of a text in its document, away from its place, needs its context on one side this alike. */
  uniqueSideContext: 0.8,
  /** Without any stored context, an approximate match near its place must be this alike (nothing else vouches for it). */
  fuzzyQuoteAlone: 0.9,
} as const;

/** How far from the expected place exact and approximate matches count as "near". */
const EXACT_WINDOW = 256;
const fuzzyWindow = (quoteLength: number) => 32 + (quoteLength >> 2);
const MAX_CANDIDATES = 200;

/** What is looked for: a span and its context. An absent prefix or suffix is unknown; an empty one, the document's edge. */
export type Annotation = Pick<Anchored, 'start' | 'end' | 'text' | 'prefix' | 'suffix'>;

/** Where a span may be found: its document's body in a bundle, else the whole text. */
export interface Scope {
  readonly start: number;
  readonly end: number;
}

/** Agreement of each side of the context (0..1); undefined for a side the annotation does not know. */
interface Sides {
  readonly prefix: number | undefined;
  readonly suffix: number | undefined;
}

export function hasContext(a: Annotation): boolean {
  return a.prefix !== undefined || a.suffix !== undefined;
}

/** Its text exactly where it was, in its context (when it has one): still there. */
export function stillThere(a: Annotation, text: string, scope: Scope): boolean {
  const end = a.start + a.text.length;
  if (a.text.length === 0 || a.start < scope.start || end > scope.end || !text.startsWith(a.text, a.start)) return false;
  const context = agreement(contextSides(a, text, a.start, end));
  return context === undefined || context >= contextNeeded(a);
}

/** Looks near `expected` (where its anchored neighbour's move puts it): the same text, then an approximate one. */
export function locateNear(a: Annotation, text: string, expected: number, scope: Scope): Found | undefined {
  if (a.text.length === 0) return undefined;
  const end = expected + a.text.length;
  // Most annotations moved exactly as far as their neighbour: the text is where it predicts, and the context
  // on at least one side is untouched (an edit next to it changes one side at most, as a rule).
  if (expected >= scope.start && end <= scope.end && text.startsWith(a.text, expected) && contextIntact(a, text, expected, end)) {
    return { start: expected, end, status: expected === a.start ? 'exact' : 'moved' };
  }
  const near = occurrences(text, a.text, Math.max(scope.start, expected - EXACT_WINDOW), Math.min(scope.end, end + EXACT_WINDOW));
  const exact = hasContext(a) ? bestCopy(a, text, near, expected, contextNeeded(a), false) : copyByPlace(a, near, expected);
  if (exact) return exact;
  if (a.text.length < THRESHOLDS.fuzzyMinLength) return undefined;
  const w = fuzzyWindow(a.text.length);
  return bestFuzzy(a, text, [[Math.max(scope.start, expected - w), Math.min(scope.end, end + w)]], expected, false);
}

/** Without context only the place vouches for a copy: where the neighbours' move puts it, or the only one near there. */
function copyByPlace(a: Annotation, near: readonly number[], expected: number): Found | undefined {
  const start = near.includes(expected) ? expected : near.length === 1 ? near[0]! : undefined;
  return start === undefined ? undefined : { start, end: start + a.text.length, status: start === a.start ? 'exact' : 'moved' };
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
export function locateFar(a: Annotation, text: string, expected: number, hits: ReadonlyMap<string, readonly number[]>, scope: Scope): Found | undefined {
  // Away from its place, a copy is another mention unless the context says otherwise: without one, nothing can.
  if (a.text.length === 0 || !hasContext(a)) return undefined;
  const inScope = (start: number) => start >= scope.start && start + a.text.length <= scope.end;
  const all = hits.get(a.text) ?? [];
  const copies = all.filter(inScope);
  const exact = bestCopy(a, text, copies, expected, THRESHOLDS.movedContext, copies.length === 1 && all.length < FIND_MANY_CAP);
  if (exact) return exact;
  if (a.text.length < THRESHOLDS.fuzzyMinLength) return undefined;
  const maxErrors = Math.floor(a.text.length * (1 - THRESHOLDS.fuzzyQuote));
  // Each intact piece votes for where the quote would start; places with the most votes are verified first.
  const votes = new Map<number, { start: number; count: number }>();
  for (const { piece, offset } of seedPieces(a.text)) {
    for (const at of hits.get(piece) ?? []) {
      const start = at - offset;
      if (!inScope(start)) continue;
      const key = Math.round(start / (maxErrors + 1));
      const vote = votes.get(key);
      if (vote) vote.count++;
      else votes.set(key, { start, count: 1 });
    }
  }
  const best = [...votes.values()].sort((x, y) => y.count - x.count || Math.abs(x.start - expected) - Math.abs(y.start - expected)).slice(0, 8);
  return bestFuzzy(a, text, best.map((v): [number, number] => [Math.max(scope.start, v.start - maxErrors), Math.min(scope.end, v.start + a.text.length + maxErrors)]), expected, true);
}

/**
 * The copy of the text among `candidates` whose context agrees best, if it agrees at least `needed`. `unique`: the
 * candidate is the only copy in the span's document.
 */
function bestCopy(a: Annotation, text: string, candidates: readonly number[], expected: number, needed: number, unique: boolean): Found | undefined {
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
    const sides = contextSides(a, text, start, start + a.text.length, away && !unique ? THRESHOLDS.farSideContext : 0);
    const context = agreement(sides) ?? 0;
    if (away) {
      const bothAgree = (sides.prefix ?? 0) >= THRESHOLDS.farSideContext && (sides.suffix ?? 0) >= THRESHOLDS.farSideContext && context >= THRESHOLDS.movedContext;
      // The only copy in its document, intact on one side: a moved paragraph that this span opens or closes.
      const oneSide = unique && Math.max(sides.prefix ?? 0, sides.suffix ?? 0) >= THRESHOLDS.uniqueSideContext;
      if (!bothAgree && !oneSide) continue;
    } else if (context < needed) continue;
    if (!best || context > best.context + 1e-9) best = { start, context };
    if (context >= 0.9) break;
  }
  if (!best) return undefined;
  return { start: best.start, end: best.start + a.text.length, status: best.start === a.start ? 'exact' : 'moved' };
}

function contextNeeded(a: Annotation): number {
  return a.text.length >= THRESHOLDS.longQuote ? THRESHOLDS.longQuoteContext : THRESHOLDS.movedContext;
}

/** How well the known sides agree, on average; undefined when the annotation knows neither side. */
function agreement(sides: Sides): number | undefined {
  if (sides.prefix === undefined) return sides.suffix;
  if (sides.suffix === undefined) return sides.prefix;
  return (sides.prefix + sides.suffix) / 2;
}

/**
 * Agreement of the text before and after [start, end) with the stored prefix and suffix (0..1 each, undefined
 * when not stored). With `floor`, a side below it reads as 0, and once the prefix is below it the suffix is not
 * looked at.
 */
function contextSides(a: Annotation, text: string, start: number, end: number, floor = 0): Sides {
  const { prefix, suffix } = a;
  let p: number | undefined;
  if (prefix !== undefined) {
    const before = text.slice(Math.max(0, start - (prefix.length || CONTEXT_LENGTH)), start);
    // An empty stored context means the span stood at the edge of its document: it agrees with an edge only.
    p = prefix === '' ? (before === '' || /\n$/.test(before) ? 1 : 0) : similarity(prefix, before.slice(-prefix.length), floor);
    if (floor > 0 && p < floor) return { prefix: p, suffix: suffix === undefined ? undefined : 0 };
  }
  if (suffix === undefined) return { prefix: p, suffix: undefined };
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
      // Never half of a surrogate pair at either end: such text is not valid Unicode (Python readers refuse it).
      const s = isLowSurrogate(text.charCodeAt(start + m.start)) && isHighSurrogate(text.charCodeAt(start + m.start - 1)) ? start + m.start + 1 : start + m.start;
      const e = isHighSurrogate(text.charCodeAt(start + m.end - 1)) && isLowSurrogate(text.charCodeAt(start + m.end)) ? start + m.end - 1 : start + m.end;
      if (seen.has(s * 31 + e) || e <= s) continue;
      seen.add(s * 31 + e);
      const errors = m.errors + (s - start - m.start) + (start + m.end - e);
      const quote = 1 - errors / a.text.length;
      if (quote < THRESHOLDS.fuzzyQuote || (best && 0.6 * quote + 0.4 < best.score!)) continue; // cannot win: skip the context
      const away = far || Math.abs(s - expected) > THRESHOLDS.nearDistance;
      const sides = contextSides(a, text, s, e, away ? THRESHOLDS.farSideContext : 0);
      const context = agreement(sides);
      // With no context at all, only a close likeness near its place is taken.
      if (context === undefined ? away || quote < THRESHOLDS.fuzzyQuoteAlone : context < THRESHOLDS.fuzzyContext) continue;
      if (away && ((sides.prefix ?? 0) < THRESHOLDS.farSideContext || (sides.suffix ?? 0) < THRESHOLDS.farSideContext)) continue;
      // The quote counts most; a small penalty for distance breaks ties between equally good matches.
      const score = (context === undefined ? quote : 0.6 * quote + 0.4 * context) - Math.min(0.05, Math.abs(s - expected) / 1e6);
      if (score >= THRESHOLDS.fuzzyScore && (!best || score > best.score!)) best = { start: s, end: e, status: 'fuzzy', score: Math.round(score * 1000) / 1000 };
    }
  }
  return best;
}
