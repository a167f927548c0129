// What the quotation and reported-speech rules share: the cue vocabulary as sets, and finding a claim's source
// among the words around its cue.

import type { ClaimSuggestion, SuggestedSpan } from '../types';
import * as cues from './cues';
import { isCapitalised, isPunct, type Span, type Word } from './text';

export const CLAIMS_ENGINE = 'claims-rules';

const set = (xs: readonly string[]) => new Set(xs);
export const SAY = set(cues.SAY_VERBS);
export const THAT = set(cues.THAT_VERBS);
export const INVERTED = set(cues.INVERTED_VERBS);
export const QUOTE_ONLY = set(cues.QUOTE_ONLY_VERBS);
export const PASSIVE = set(cues.PASSIVE_VERBS);
export const AUX = set(cues.AUXILIARIES);
export const TIME = set(cues.TIME_WORDS);
export const AUDIENCES = cues.AUDIENCES.map((a) => a.split(' '));
export const SOURCE_NOUNS = set(cues.SOURCE_NOUNS);
export const PRONOUNS = set(cues.SOURCE_PRONOUNS);
export const DETERMINERS = set(cues.DETERMINERS);
export const NOT_IN_SOURCE = set([...cues.NOT_IN_SOURCE, 'has', 'have', 'had']);
export const CONNECTIVES = set(cues.CONNECTIVES.filter((c) => !c.includes(' ')));
export const NEGATORS = set(cues.NEGATORS);
export const MULTI_VERBS = [...cues.SAY_VERBS, ...cues.THAT_VERBS].filter((v) => v.includes(' ')).map((v) => v.split(' '));
export const NOMINAL = cues.NOMINAL_CUES.map((p) => p.split(' '));
export const PREPOSITIONS = cues.SOURCE_PREPOSITIONS.map((p) => p.split(' '));

export type Claim = ClaimSuggestion & { cover: Span };

export function span(text: string, start: number, end: number): SuggestedSpan {
  return { start, end, text: text.slice(start, end) };
}

export function content(text: string, s: Span): SuggestedSpan {
  return span(text, s.start, s.end);
}

export const lowerOf = (ws: readonly Word[]) => ws.map((w) => w.lower);

export function tailIsAdjunct(tail: readonly Word[], verb: string): boolean {
  if (tail.length === 0) return true;
  if (tail.length > 7) return false;
  const l = lowerOf(tail);
  if (l.some((x) => NOT_IN_SOURCE.has(x) && x !== 'to' && x !== 'as')) return false;
  const first = l[0]!;
  if (['on', 'in', 'at', 'last', 'this', 'earlier', 'later', 'during', 'via', 'through', 'to', 'from', 'before', 'after', 'afterward', 'afterwards', 'recently', 'yesterday', 'today', 'tonight', 'again', 'also', 'publicly', 'previously', 'repeatedly', 'bluntly', 'simply', 'then', 'once', 'when'].includes(first)) return true;
  if (verb.startsWith('tell') || verb === 'told') return true;
  return false;
}

/** The words between the last clause boundary and word j; past an appositive ("Smith, the mayor, said") when that is empty. */
export function segmentBefore(ws0: readonly Word[], j0: number): Word[] {
  // Parentheticals ("(CBP)", "(D-Texas)") are left out of the source.
  const ws: Word[] = [];
  let depth = 0;
  for (let i = 0; i < j0; i++) {
    const r = ws0[i]!.raw;
    if (r === '(') depth++;
    else if (r === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) ws.push(ws0[i]!);
  }
  const j = ws.length;
  const bounds: number[] = [-1];
  for (let i = 0; i < j; i++) if (/^[,;:—–(]$/.test(ws[i]!.raw) || ws[i]!.raw === '“' || ws[i]!.raw === '”') bounds.push(i);
  const lastB = bounds[bounds.length - 1]!;
  let seg = ws.slice(lastB + 1, j);
  seg = stripAux(seg);
  if (seg.length === 0 && bounds.length >= 3 && ws[lastB]!.raw === ',') {
    const a = bounds[bounds.length - 3]!;
    const b = bounds[bounds.length - 2]!;
    return ws.slice(a + 1, b);
  }
  return seg;
}

export function stripAux(seg: Word[]): Word[] {
  let e = seg.length;
  while (e > 0 && AUX.has(seg[e - 1]!.lower)) e--;
  return seg.slice(0, e);
}

export interface Src extends Span {
  pronoun: boolean;
}

/** The source noun phrase ending right before a cue, or nothing when the words do not look like one. */
export function sourceBefore(seg0: readonly Word[]): Src | undefined {
  let seg = stripAux([...seg0]);
  while (seg.length > 1 && CONNECTIVES.has(seg[0]!.lower) && !isCapitalisedName(seg)) seg = seg.slice(1);
  if (seg.length === 0 || seg.length > 9) return undefined;
  const l = lowerOf(seg);
  // "and" inside a name ("Customs and Border Protection") is part of it
  const inName = (i: number) => i > 0 && i < seg.length - 1 && isCapitalised(seg[i - 1]!) && isCapitalised(seg[i + 1]!);
  if (l.some((x, i) => NOT_IN_SOURCE.has(x) && !(x === 'and' && inName(i)))) return undefined;
  if (seg.some((w) => isPunct(w) && w.raw !== '’')) return undefined;
  if (NEGATORS.has(l[l.length - 1]!)) return undefined;
  const first = seg[0]!;
  const ok = isCapitalised(first) || DETERMINERS.has(first.lower) || PRONOUNS.has(first.lower) || SOURCE_NOUNS.has(first.lower) || /^\d/.test(first.raw);
  if (!ok) return undefined;
  if (seg.length === 1 && DETERMINERS.has(first.lower) && !PRONOUNS.has(first.lower)) return undefined;
  const lastW = seg[seg.length - 1]!;
  // A lower-case last word must be a noun-ish word: not a verb form the cue lists know, not an adverb.
  if (!isCapitalised(lastW) && (SAY.has(lastW.lower) || THAT.has(lastW.lower) || /ly$/.test(lastW.lower) && !SOURCE_NOUNS.has(lastW.lower))) return undefined;
  return { start: first.start, end: lastW.end, pronoun: seg.length === 1 && PRONOUNS.has(first.lower) };
}

export function isCapitalisedName(seg: readonly Word[]): boolean {
  return seg.length > 1 && isCapitalised(seg[0]!) && isCapitalised(seg[1]!) && !CONNECTIVES.has(seg[1]!.lower);
}

/** The source after an inverted cue: `said John Smith, a spokesman` → John Smith. */
export function sourceAfter(ws: readonly Word[], from: number): Src | undefined {
  let e = from;
  while (e < ws.length && !isPunct(ws[e]!) && e - from < 9) e++;
  if (e === from) return undefined;
  const seg = ws.slice(from, e);
  const l = lowerOf(seg);
  if (l.some((x) => NOT_IN_SOURCE.has(x) && x !== 'as')) return undefined;
  const first = seg[0]!;
  if (!(isCapitalised(first) || DETERMINERS.has(first.lower) || PRONOUNS.has(first.lower) || SOURCE_NOUNS.has(first.lower))) return undefined;
  return { start: first.start, end: seg[seg.length - 1]!.end, pronoun: seg.length === 1 && PRONOUNS.has(first.lower) };
}

/** "according to" (or another source preposition) starting at word i. */
export function accordingAt(ws: readonly Word[], i: number): { start: number; end: number; next: number } | undefined {
  for (const p of PREPOSITIONS) {
    if (p.every((x, k) => ws[i + k]?.lower === x)) return { start: ws[i]!.start, end: ws[i + p.length - 1]!.end, next: i + p.length };
  }
  return undefined;
}
