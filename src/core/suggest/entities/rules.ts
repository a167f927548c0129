// Rules and data lists: capitalised name chunks classified by their first and last words and by place,
// organisation, nationality, event and facility lists (entities/data/*.ts); acronyms in parentheses after a
// name; titles before a name; quantities. Runs on the prepared text (see prepare.ts), offsets mapped back.
import type { EntitySuggestion, TextRange } from '../types';
import { EVENT_HEADS, EVENT_STARTS, EVENTS, LAW_HEADS, LAW_STARTS } from './data/events';
import { NATIONALITIES, NORP_AMBIGUOUS } from './data/norp';
import { ORG_HEADS, ORG_LOWER_HEADS, ORG_NAMES, ORG_STARTS } from './data/orgs';
import { NOT_NAMES, TITLES } from './data/people';
import { AMBIGUOUS_PLACES, CITIES, COUNTRIES, FAC_HEADS, FACILITIES, LOC_HEADS, LOC_STARTS, REGIONS, US_STATES } from './data/places';
import { prepare, toOriginal, type Prepared } from './prepare';

interface Token {
  start: number;
  end: number;
  text: string;
  cap: boolean;
  /** Ends with 's or s' (the possessive is not part of `end`). */
  possessive: boolean;
}

interface Classified {
  type: string;
  score: number;
}

const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'de', 'del', 'la', 'on', '&', 'du', 'des', 'van', 'von', 'al', 'bin']);
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'\-&][\p{L}\p{M}\p{N}]+)*/gu;
const ABBREV = new Set(['Inc', 'Corp', 'Ltd', 'Co', 'Jr', 'Sr', 'St', 'Mt', 'Bros', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Cmdr', 'Prop', 'No']);

function setOf(...lists: ReadonlyArray<readonly string[]>): Set<string> {
  return new Set(lists.flat());
}

const GPE = setOf(COUNTRIES, US_STATES, CITIES);
const AMBIGUOUS = setOf(AMBIGUOUS_PLACES);
const US_STATE_OR_COUNTRY = setOf(US_STATES, COUNTRIES);
const LOC = setOf(REGIONS);
const ORG = setOf(ORG_NAMES);
const FAC = setOf(FACILITIES);
const EVENT = setOf(EVENTS);
const NORP = setOf(NATIONALITIES);
const NORP_WEAK = setOf(NORP_AMBIGUOUS);
const NOT_NAME = setOf(NOT_NAMES);
const TITLE = setOf(TITLES);

/** Heads, longest first, each with its type and score. */
const HEADS: Array<{ words: string; type: string; score: number }> = [
  ...ORG_HEADS.map((words) => ({ words, type: 'ORG', score: 0.8 })),
  ...FAC_HEADS.map((words) => ({ words, type: 'FAC', score: 0.75 })),
  ...LOC_HEADS.map((words) => ({ words, type: 'LOC', score: 0.7 })),
  ...EVENT_HEADS.map((words) => ({ words, type: 'EVENT', score: 0.7 })),
  ...LAW_HEADS.map((words) => ({ words, type: 'LAW', score: 0.8 })),
].sort((a, b) => b.words.length - a.words.length);
const STARTS: Array<{ words: string; type: string; score: number }> = [
  ...ORG_STARTS.map((w) => ({ words: `${w} of`, type: 'ORG', score: 0.85 })),
  ...LOC_STARTS.map((words) => ({ words, type: 'LOC', score: 0.75 })),
  ...EVENT_STARTS.map((words) => ({ words, type: 'EVENT', score: 0.8 })),
  ...LAW_STARTS.map((words) => ({ words, type: 'LAW', score: 0.7 })),
].sort((a, b) => b.words.length - a.words.length);

/** The rules engine on the whole text, or on `ranges` of it. */
export function suggestByRules(original: string, ranges?: ReadonlyArray<readonly [number, number]>): EntitySuggestion[] {
  return rulesOnPrepared(original, prepare(original), ranges);
}

export function rulesOnPrepared(original: string, prepared: Prepared, ranges?: ReadonlyArray<readonly [number, number]>): EntitySuggestion[] {
  const text = prepared.text;
  const tokens = tokenize(text);
  const found: Array<{ start: number; end: number; type: string; score: number }> = [];
  const acronyms = new Map<string, Classified>();

  for (const chunk of chunks(text, tokens)) {
    for (const piece of classifyChunk(text, chunk)) {
      found.push(piece);
      // "Full Name (ACR)": the acronym has the name's type, here and wherever else it occurs.
      const after = /^ \(([A-Z][A-Za-z&]{1,9})\)/.exec(text.slice(piece.end, piece.end + 14));
      const last = chunk[chunk.length - 1]!;
      if (after && piece.end === last.end && chunk.length >= 2 && isAcronymOf(after[1]!, text.slice(piece.start, piece.end))) {
        const acronym = after[1]!;
        const type = piece.type === 'PERSON' ? 'ORG' : piece.type;
        acronyms.set(acronym, { type, score: 0.85 });
      }
    }
  }
  // Unclassified "Full Name (ACR)" names: organisations.
  for (const m of text.matchAll(/((?:[A-Z][\w.'&-]* +(?:(?:of|and|for|the|on) +)*){1,8})\(([A-Z][A-Za-z&]{1,9})\)/g)) {
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
    if (!found.some((f) => f.start === start && f.end === end)) found.push({ start, end, type: 'ORG', score: 0.8 });
    if (!acronyms.has(acronym)) acronyms.set(acronym, { type: 'ORG', score: 0.8 });
  }
  for (const [acronym, c] of acronyms) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(acronym)}(?![\\p{L}\\p{N}])`, 'gu'))) {
      found.push({ start: m.index, end: m.index + acronym.length, type: c.type, score: c.score });
    }
  }
  // "<Name> administration/government": an organisation.
  const lowerHeads = new RegExp(`\\b([A-Z][\\p{L}'-]+) (${ORG_LOWER_HEADS.join('|')})\\b`, 'gu');
  for (const m of text.matchAll(lowerHeads)) {
    if (NOT_NAME.has(m[1]!) || m.index === sentenceStart(text, m.index)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, type: 'ORG', score: 0.6 });
  }
  // "Eagle Pass, Texas": a capitalised name before a comma and a state or country is a place.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'.-]+ ){0,2}\p{Lu}[\p{L}'.-]+), ((?:\p{Lu}[\p{L}.]+ ?){1,3})(?![\p{L}])/gu)) {
    const place = m[1]!;
    const region = m[2]!.trimEnd();
    if (!(US_STATE_OR_COUNTRY.has(region) || US_STATE_OR_COUNTRY.has(region.replace(/\.$/, ''))) || NOT_NAME.has(place.split(' ')[0]!) || GPE.has(place) || ORG.has(place)) continue;
    const start = m.index;
    found.push({ start, end: start + place.length, type: 'GPE', score: 0.65 });
  }
  found.push(...quantities(text));

  const out: EntitySuggestion[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    const [start, end] = toOriginal(prepared, f.start, f.end);
    if (end <= start || (ranges && !inRanges(ranges, start, end))) continue;
    const key = `${start}:${end}:${f.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start, end, text: original.slice(start, end), type: f.type, score: f.score, engine: 'rules' });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function inRanges(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  return ranges.some(([a, b]) => start >= a && end <= b);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const whole of text.matchAll(TOKEN)) {
    // "San Diego-Mexico": capitalised parts joined by hyphens are separate tokens (not "Guinea-Bissau").
    const parts = /-\p{Lu}/u.test(whole[0]) && !GPE.has(whole[0]) && !ORG.has(whole[0]) ? [...whole[0].matchAll(/[^-]+/g)].map((p) => ({ index: whole.index + p.index, 0: p[0] })) : [{ index: whole.index, 0: whole[0] }];
    for (const m of parts) {
    let end = m.index + m[0].length;
    let word = m[0];
    // A final period belongs to initials ("U.S.") and abbreviations ("Inc.").
    if (text[end] === '.' && (/^(?:\p{L}\.)+\p{L}$/u.test(word) || ABBREV.has(word) || /^\p{Lu}$/u.test(word))) {
      end++;
      word += '.';
    }
    let possessive = false;
    if (/['’]s$/u.test(word) && word.length > 2) {
      possessive = true;
      end -= 2;
      word = word.slice(0, -2);
    } else if (/s$/.test(word) && (text[end] === "'" || text[end] === '’') && !/\p{L}/u.test(text[end + 1] ?? '')) {
      possessive = true;
    }
    tokens.push({ start: m.index, end, text: word, cap: /^[\p{Lu}\p{N}]/u.test(word) && !/^\p{N}+$/u.test(word), possessive });
    }
  }
  return tokens;
}

/** Runs of capitalised tokens separated by one space (or a connector word between capitalised ones). */
function* chunks(text: string, tokens: readonly Token[]): Generator<Token[]> {
  let current: Token[] = [];
  let pendingConnectors: Token[] = [];
  const flush = function* (): Generator<Token[]> {
    if (current.length) yield current;
    current = [];
    pendingConnectors = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = pendingConnectors[pendingConnectors.length - 1] ?? current[current.length - 1];
    const gap = prev ? text.slice(prev.end + (prev.possessive ? 2 : 0), t.start) : '';
    const joined = prev !== undefined && /^[ \u00a0]$/.test(gap) && !prev.possessive;
    if (t.cap) {
      if (!joined) yield* flush();
      else {
        current.push(...pendingConnectors);
        pendingConnectors = [];
      }
      current.push(t);
      if (t.possessive && !/^(?:Office|Court|Department)$/.test(tokens[i + 1]?.text ?? '')) yield* flush();
    } else if (current.length && joined && CONNECTORS.has(t.text) && pendingConnectors.length < 2) {
      pendingConnectors.push(t);
    } else {
      yield* flush();
    }
  }
  yield* flush();
}

function sentenceStart(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && /[\s"'(“‘]/.test(text[i]!)) i--;
  return i < 0 || /[.!?:\n]/.test(text[i]!) || text[i + 1] === '\n' ? at : -1;
}

interface Piece {
  start: number;
  end: number;
  type: string;
  score: number;
}

/** The entities of one chunk: the whole chunk when it classifies, else its parts split at connectors. */
function classifyChunk(text: string, tokens: readonly Token[]): Piece[] {
  let chunk = tokens;
  while (chunk.length > 1 && (NOT_NAME.has(chunk[0]!.text) || CONNECTORS.has(chunk[0]!.text))) chunk = chunk.slice(1);
  // "Texas and California": two names when both sides are names on their own.
  const and = chunk.findIndex((t) => t.text === 'and' || t.text === '&');
  if (and > 0) {
    const left = classifyChunk(text, chunk.slice(0, and));
    const right = classifyChunk(text, chunk.slice(and + 1));
    const covers = (ps: Piece[], ts: readonly Token[]): boolean => {
      const named = ts.filter((t, k) => !(k === 0 && (NOT_NAME.has(t.text) || CONNECTORS.has(t.text))));
      return named.length > 0 && ps.some((p) => p.start === named[0]!.start) && ps.some((p) => p.end === ts[ts.length - 1]!.end);
    };
    // "Department of Health and Human Services": one name when "of" comes before "and".
    const ofBefore = chunk.slice(0, and).some((t) => t.text === 'of');
    if (!ofBefore && covers(left, chunk.slice(0, and)) && covers(right, chunk.slice(and + 1))) return [...left, ...right];
  }
  // Titles before a name: "Secretary Kristi Noem" -> PERSON "Kristi Noem".
  let i = 0;
  while (i < chunk.length - 1 && (TITLE.has(chunk[i]!.text) || TITLE.has(`${chunk[i]!.text} ${chunk[i + 1]!.text}`))) {
    i += TITLE.has(`${chunk[i]!.text} ${chunk[i + 1]!.text}`) ? 2 : 1;
  }
  if (i > 0 && i < chunk.length) {
    const rest = chunk.slice(i);
    const whole = classify(text, rest, true);
    if (whole) return [{ start: rest[0]!.start, end: rest[rest.length - 1]!.end, ...whole }];
    if (rest.every((t) => t.cap && !CONNECTORS.has(t.text)) && rest.length <= 4 && !rest.some((t) => NOT_NAME.has(t.text))) {
      return [{ start: rest[0]!.start, end: rest[rest.length - 1]!.end, type: 'PERSON', score: 0.75 }];
    }
  }
  const atStart = sentenceStart(text, chunk[0]!.start) === chunk[0]!.start;
  const whole = classify(text, chunk, !atStart);
  if (whole) return [{ start: chunk[0]!.start, end: chunk[chunk.length - 1]!.end, ...whole }];
  // Split at connectors and at words that are never names, classify the parts.
  const pieces: Piece[] = [];
  let part: Token[] = [];
  const done = (): void => {
    while (part.length && NOT_NAME.has(part[0]!.text)) part.shift();
    if (part.length) {
      const partAtStart = part[0] === chunk[0] && atStart;
      const c = part.length < chunk.length ? classify(text, part, !partAtStart) : undefined;
      if (c) pieces.push({ start: part[0]!.start, end: part[part.length - 1]!.end, ...c });
      else if (part.length > 1) {
        // A longest known name inside: "Texas Governor" -> Texas.
        let prefix = 0;
        for (let k = part.length - 1; k >= 1 && !prefix; k--) {
          const sub = classify(text, part.slice(0, k), !partAtStart);
          if (sub) {
            pieces.push({ start: part[0]!.start, end: part[k - 1]!.end, ...sub });
            prefix = k;
          }
        }
        // And a known name at its end: "Raids Chicago".
        for (let k = Math.max(1, prefix); k < part.length; k++) {
          const sub = classify(text, part.slice(k), true);
          if (sub) {
            pieces.push({ start: part[k]!.start, end: part[part.length - 1]!.end, ...sub });
            break;
          }
        }
      }
    }
    part = [];
  };
  for (const t of chunk) {
    if (CONNECTORS.has(t.text) || NOT_NAME.has(t.text)) done();
    else part.push(t);
  }
  done();
  return pieces;
}

function isAcronymOf(acronym: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  const letters = acronym.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return false;
  // Every letter of the acronym appears in order among the name's capitals (US Customs and Border Protection -> CBP).
  let j = 0;
  const capitals = name.replace(/[^\p{Lu}]/gu, '');
  for (const ch of capitals) if (ch === letters[j]) j++;
  return j === letters.length && initials.length >= 2;
}

function classify(text: string, tokens: readonly Token[], midSentence: boolean): Classified | undefined {
  if (tokens.length === 0) return undefined;
  const name = text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
  const words = name.split(/\s+/);
  if (ORG.has(name)) return { type: 'ORG', score: 0.85 };
  if (FAC.has(name)) return { type: 'FAC', score: 0.85 };
  if (EVENT.has(name)) return { type: 'EVENT', score: 0.8 };
  if (GPE.has(name)) return { type: 'GPE', score: AMBIGUOUS.has(name) ? 0.55 : 0.85 };
  if (LOC.has(name)) return { type: 'LOC', score: 0.8 };
  if (words.length === 1 || (words.length === 2 && NORP.has(name))) {
    const singular = NORP.has(name) ? name : name.replace(/(?:e?s)$/, '');
    if (NORP.has(singular) || NORP.has(name)) {
      if (NORP_WEAK.has(singular) && !midSentence) return undefined;
      return { type: 'NORP', score: NORP_WEAK.has(singular) ? 0.5 : 0.8 };
    }
  }
  if (words.length < 2) return undefined;
  if (NOT_NAME.has(words[0]!) && tokens.length === 2) return undefined;
  for (const s of STARTS) {
    if (name.startsWith(`${s.words} `) || (s.type === 'ORG' && name.includes(` ${s.words} `))) return { type: s.type, score: s.score };
  }
  for (const h of HEADS) {
    if (name.endsWith(` ${h.words}`) && !CONNECTORS.has(words[words.length - 1 - h.words.split(' ').length] ?? '')) {
      return { type: h.type, score: h.score };
    }
  }
  return undefined;
}

const UNITS = [
  'miles?', 'kilometers?', 'kilometres?', 'km', 'meters?', 'metres?', 'feet', 'foot', 'ft', 'inches', 'inch', 'yards?', 'pounds?',
  'lbs?', 'kilograms?', 'kg', 'grams?', 'tons?', 'tonnes?', 'ounces?', 'oz', 'gallons?', 'liters?', 'litres?', 'barrels?',
  'acres?', 'hectares?', 'square (?:miles?|feet|kilometers?|kilometres?|meters?)', 'degrees?', 'mph', 'km/h', 'megawatts?',
  'gigawatts?', 'kilowatts?', 'MW', 'GW', 'kWh', 'calories', 'bushels?', 'cubic (?:feet|meters?|metres?)',
];
const NUMBER = String.raw`(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a few|several|dozens of|hundreds of|thousands of)(?:[ -](?:hundred|thousand|million|billion))?`;
const QUANTITY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:about |nearly |almost |more than |over |some |up to |roughly |around )?${NUMBER}[ -](?:${UNITS.join('|')})(?![\p{L}])`, 'giu');

function quantities(text: string): Piece[] {
  const out: Piece[] = [];
  for (const m of text.matchAll(QUANTITY)) out.push({ start: m.index, end: m.index + m[0].length, type: 'QUANTITY', score: 0.7 });
  return out;
}

export type { TextRange };
