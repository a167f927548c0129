// Rules and data lists: capitalised name chunks classified by their words, the data lists and compromise's
// lexicon (classify.ts); acronyms in parentheses after a name; datelines; the words around a name
// (context.ts); dates, money, percentages and quantities (numbers.ts). Runs on the prepared text (see
// prepare.ts), offsets mapped back. Every step is one pass over the text or over its chunks.
import type { EntitySuggestion, TextRange } from '../types';
import { chunks, sentenceStart, tokenize } from './chunks';
import { classify, classifyChunk, GPE, isAcronymOf, joinsPossessive, NOT_NAME, ORG, US_STATE_OR_COUNTRY, type Classified, type Piece } from './classify';
import { datelines, nicknames, orgByContext, placeByContext, retype } from './context';
import { ORG_LOWER_HEADS, THE_NAMES } from './data/orgs';
import type { Lexicon } from './lexicon';
import { numbers } from './numbers';
import { prepare, toOriginal, type Prepared } from './prepare';

const LOWER_HEADS = new RegExp(String.raw`\b([A-Z][\p{L}'-]+) (${ORG_LOWER_HEADS.join('|')})\b`, 'gu');
/** ", Texas": a capitalised region after a comma; the place before it is looked at only then. */
const COMMA_REGION = /, ((?:\p{Lu}[\p{L}.]+ ?){1,3})(?![\p{L}])/gu;
const PLACE_BEFORE = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'.-]+ ){0,2}\p{Lu}[\p{L}'.-]+)$/u;
const NAME_ACRONYM = /((?:[A-Z][\w.'&-]* +(?:(?:of|and|for|the|on) +)*){1,8})\(([A-Z][A-Za-z&]{1,9})\)/g;
const keepWhole = (word: string): boolean => GPE.has(word) || ORG.has(word);
/** Names with a number, which the capitalised chunks leave out: "S&P 500", "Interstate 40", "Title 42". */
const KNOWN_WITH_NUMBER = [...ORG].filter((n) => /\s\d/.test(n));
const NUMBERED = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(${KNOWN_WITH_NUMBER.map(escape).join('|')})|((?:Interstate|I-|U\.S\. Route|Route|Highway|State Route) ?\d{1,3})|((?:Title|Article|Section|Proposition|Prop\.) \d{1,4}[A-Z]?))(?![\p{L}\p{N}])`, 'gu');
/** Names that include their article: "The Associated Press" (docs/annotation-guidelines.md). */
const WITH_THE = new RegExp(String.raw`The (?:${THE_NAMES.map(escape).join('|')})(?![\p{L}])`, 'g');

/** The rules engine on the whole text, or on `ranges` of it; `lexicon` (compromise's word lists) adds names. */
export function suggestByRules(original: string, ranges?: ReadonlyArray<readonly [number, number]>, lexicon?: Lexicon): EntitySuggestion[] {
  return rulesOnPrepared(original, prepare(original), ranges, lexicon);
}

export function rulesOnPrepared(original: string, prepared: Prepared, ranges?: ReadonlyArray<readonly [number, number]>, lexicon?: Lexicon): EntitySuggestion[] {
  const text = prepared.text;
  const found: Piece[] = [];
  const acronyms = new Map<string, Classified>();

  for (const chunk of chunks(text, tokenize(text, keepWhole), joinsPossessive)) {
    const pieces = classifyChunk(text, chunk, lexicon);
    // A single unknown word that the words around it make an organisation: "shares of Norvata".
    for (const t of chunk) {
      if (!t.cap || NOT_NAME.has(t.text) || pieces.some((p) => p.start < t.end && t.start < p.end)) continue;
      const alone = chunk.filter((u) => !NOT_NAME.has(u.text)).length === 1;
      const c = orgByContext(text, t.start, t.end) ?? (alone ? placeByContext(text, t.start, t.end, lexicon) : undefined);
      if (c) pieces.push({ start: t.start, end: t.end, ...c });
    }
    for (const piece of pieces) {
      found.push(retype(text, piece));
      // "Full Name (ACR)": the acronym has the name's type, here and wherever else it occurs.
      const after = /^ \(([A-Z][A-Za-z&]{1,9})\)/.exec(text.slice(piece.end, piece.end + 14));
      const last = chunk[chunk.length - 1]!;
      if (after && piece.end === last.end && chunk.length >= 2 && isAcronymOf(after[1]!, text.slice(piece.start, piece.end))) {
        acronyms.set(after[1]!, { type: piece.type === 'PERSON' ? 'ORG' : piece.type, score: 0.85 });
      }
    }
  }
  // Unclassified "Full Name (ACR)" names: organisations.
  for (const m of text.matchAll(NAME_ACRONYM)) {
    let name = m[1]!.trimEnd();
    let start = m.index;
    const acronym = m[2]!;
    // Start at the word the acronym starts with, keeping a country before it ("U.S. Customs ... (CBP)").
    let kept = '';
    for (let first = /^\S+/.exec(name)![0]; (NOT_NAME.has(first) || first[0] !== acronym[0]) && name.includes(' '); first = /^\S+/.exec(name)![0]) {
      const cut = name.indexOf(' ') + 1;
      kept = first;
      name = name.slice(cut);
      start += cut;
    }
    if (GPE.has(kept) && kept[0] !== acronym[0]) {
      start -= kept.length + 1;
      name = `${kept} ${name}`;
    }
    if (!isAcronymOf(acronym, name) || name.split(/\s+/).length < 2) continue;
    const end = start + name.length;
    if (!found.some((f) => f.start === start && f.end === end && f.type === 'ORG')) found.push({ start, end, type: 'ORG', score: 0.85 });
    if (!acronyms.has(acronym)) acronyms.set(acronym, { type: 'ORG', score: 0.85 });
  }
  if (acronyms.size) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...acronyms.keys()].map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, ...acronyms.get(m[0])! });
  }
  // "<Name> administration/government": an organisation.
  for (const m of text.matchAll(LOWER_HEADS)) {
    if (NOT_NAME.has(m[1]!) || m.index === sentenceStart(text, m.index)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, type: 'ORG', score: 0.6 });
  }
  // "Eagle Pass, Texas": a capitalised name before a comma and a state or country is a place.
  for (const m of text.matchAll(COMMA_REGION)) {
    const region = m[1]!.trimEnd();
    if (!(US_STATE_OR_COUNTRY.has(region) || US_STATE_OR_COUNTRY.has(region.replace(/\.$/, '')))) continue;
    const p = PLACE_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (!p) continue;
    const place = p[1]!;
    const start = m.index - place.length;
    if (NOT_NAME.has(place.split(' ')[0]!) || GPE.has(place) || ORG.has(place)) continue;
    const c = classify(text, tokensOf(start, place.split(' ')), true, lexicon);
    if (c && c.type !== 'GPE' && c.type !== 'PERSON') continue;
    found.push({ start, end: m.index, type: 'GPE', score: 0.7 });
  }
  for (const m of text.matchAll(NUMBERED)) {
    const [type, score] = m[1] ? ['ORG', 0.85] : m[2] ? ['FAC', 0.8] : ['LAW', 0.7];
    found.push({ start: m.index, end: m.index + m[0].length, type, score });
  }
  for (const m of text.matchAll(WITH_THE)) found.push({ start: m.index, end: m.index + m[0].length, type: 'ORG', score: 0.9 });
  found.push(...datelines(text, (region) => US_STATE_OR_COUNTRY.has(region)));
  found.push(...nicknames(text, lexicon));
  found.push(...numbers(text));

  const inside = ranges ? rangeTest(ranges) : undefined;
  // One suggestion per span and type, with the best score any rule gave it.
  const best = new Map<string, EntitySuggestion>();
  for (const f of found) {
    const [start, end] = toOriginal(prepared, f.start, f.end);
    if (end <= start || (inside && !inside(start, end))) continue;
    const key = `${start}:${end}:${f.type}`;
    const known = best.get(key);
    if (known && known.score >= f.score) continue;
    best.set(key, { start, end, text: original.slice(start, end), type: f.type, score: f.score, engine: 'rules' });
  }
  return [...best.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Tokens of consecutive words starting at `start` (separated by one space). */
function tokensOf(start: number, words: readonly string[]): Array<{ start: number; end: number; text: string; cap: boolean; possessive: boolean }> {
  const out = [];
  let at = start;
  for (const w of words) {
    out.push({ start: at, end: at + w.length, text: w, cap: true, possessive: false });
    at += w.length + 1;
  }
  return out;
}

export function inRanges(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  return ranges.some(([a, b]) => start >= a && end <= b);
}

/**
 * Whether [start, end) lies inside one of `ranges`: a binary search over the ranges sorted by start, with the
 * largest end so far (the spans looked up are short, the ranges many in a corpus file).
 */
export function rangeTest(ranges: ReadonlyArray<readonly [number, number]>): (start: number, end: number) => boolean {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const maxEnd: number[] = [];
  let max = -Infinity;
  for (const [, b] of sorted) maxEnd.push((max = Math.max(max, b)));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! >= end;
  };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type { TextRange };
