// The text the entity engines read: curly quotes made straight, all-caps headlines title-cased, glued scraped
// tokens ("PoliticsTrump") split by a space. Offsets in it map back to the original text.
import { ORG_NAMES } from './data/orgs';
import { COUNTRIES } from './data/places';

export interface Prepared {
  /** The text the engines read. */
  readonly text: string;
  /** The original offset of each position of `text` (length `text.length + 1`); absent when they are the same. */
  readonly map?: Int32Array;
}

/** Camel-case names that are one word, never glued tokens. Extend as needed. */
export const CAMEL_WORDS: readonly string[] = [
  'JavaScript', 'TypeScript', 'LinkedIn', 'WhatsApp', 'PlayStation', 'BlackRock', 'GlaxoSmithKline', 'SmackDown', 'NewsNation',
  'PricewaterhouseCoopers', 'DreamWorks', 'SoundCloud', 'WikiLeaks', 'GoFundMe', 'MasterCard', 'ExxonMobil', 'SpaceX',
  'DeSantis', 'McDonald', 'MacArthur', 'LaGuardia', 'DiCaprio', 'McConnell', 'McCarthy', 'FedEx', 'PayPal', 'YouTube', 'TikTok',
  'iPhone', 'iPad', 'eBay', 'OpenAI', 'DeepMind', 'SharePoint', 'PowerPoint', 'BuzzFeed', 'HuffPost', 'PolitiFact', 'FactCheck',
];

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'but', 'de', 'del', 'la', 'van', 'von', 'after', 'over', 'into', 'amid', 'vs', 'via']);
const KEEP_CAPS = new Set<string>([...ORG_NAMES, ...COUNTRIES, 'AI', 'CEO', 'GOP', 'II', 'III', 'IV', 'LGBT', 'LGBTQ', 'COVID', 'DC', 'D.C.', 'NYC', 'LA', 'EU', 'UN'].filter((w) => /^[A-Z.&-]+$/.test(w)));
const CAMEL = new Set(CAMEL_WORDS.concat(ORG_NAMES.filter((w) => /^\S+$/.test(w))));
const CAMEL_LIST = [...CAMEL];

const GLUE = /([\p{Lu}][\p{Ll}]*[\p{Ll}]{3})([\p{Lu}][\p{Ll}]+)/uy;
/** Where a glued token can be: three lower-case letters, then a capital and a lower-case letter. */
const GLUE_SEAM = /\p{Ll}{3}\p{Lu}\p{Ll}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CAPS_WORD = /[\p{L}][\p{L}.'’&-]*/gu;

/**
 * `ordinaryWord` (from the lexicon) tells the words of a Title Case headline that are not names ("Says",
 * "Wins", "Plant"): they are written in lower case, so that "Mark Ellison Says Tariffs Will Rise" reads as a name
 * and a sentence.
 */
export function prepare(original: string, ordinaryWord?: (word: string) => boolean): Prepared {
  // Same-length changes first: quotes, then all-caps lines, then Title Case lines.
  let text = original.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"');
  text = titleCaseHeadlines(text);
  if (ordinaryWord) text = sentenceCaseHeadlines(text, ordinaryWord);
  // Glued tokens: insert a space, with a map back to the original offsets.
  const inserts: number[] = [];
  for (const seam of text.matchAll(GLUE_SEAM)) {
    let start = seam.index;
    while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
    GLUE.lastIndex = start;
    const m = GLUE.exec(text);
    if (!m || start + m[1]!.length !== seam.index + 3 || inserts[inserts.length - 1] === seam.index + 3) continue;
    const whole = m[0];
    if (CAMEL.has(whole) || CAMEL_LIST.some((c) => c.length > whole.length && text.startsWith(c, start))) continue;
    inserts.push(start + m[1]!.length);
  }
  if (inserts.length === 0) return { text };
  const parts: string[] = [];
  const map = new Int32Array(text.length + inserts.length + 1);
  let from = 0;
  let out = 0;
  for (const at of inserts) {
    parts.push(text.slice(from, at), ' ');
    for (let i = from; i < at; i++) map[out++] = i;
    map[out++] = at; // the inserted space maps to the character after it
    from = at;
  }
  parts.push(text.slice(from));
  for (let i = from; i <= text.length; i++) map[out++] = i;
  return { text: parts.join(''), map };
}

/** The original offsets of a span [start, end) of the prepared text. */
export function toOriginal(p: Prepared, start: number, end: number): [number, number] {
  if (!p.map) return [start, end];
  const s = p.map[start]!;
  // end is exclusive: map the last character and step past it.
  const e = end > start ? p.map[end - 1]! + 1 : s;
  return [s, e];
}

/** The original ranges mapped into the prepared text. */
export function toPrepared(p: Prepared, ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  if (!p.map) return ranges.map(([a, b]) => [a, b]);
  const map = p.map;
  const find = (offset: number): number => {
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return ranges.map(([a, b]) => [find(a), find(b)]);
}

/** Lines written in capitals (three words or more, at least 80% of letters upper case) are title-cased in place. */
function titleCaseHeadlines(text: string): string {
  let out: string[] | undefined;
  let from = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start && isCapsLine(text.slice(start, end))) {
      out ??= [];
      out.push(text.slice(from, start), titleCase(text.slice(start, end)));
      from = end;
    }
    start = end + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}

/** Lines of four or more longer words nearly all capitalised, with no full stop inside: Title Case headlines. */
function sentenceCaseHeadlines(text: string, ordinaryWord: (word: string) => boolean): string {
  let out: string[] | undefined;
  let from = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > 20 && end - start < 200 && isTitleCaseLine(text, start, end)) {
      let first = true;
      const line = text.slice(start, end).replace(TITLE_WORD, (word) => {
        const keep = first;
        first = false;
        return !keep && ordinaryWord(word) ? word.toLowerCase() : word;
      });
      out ??= [];
      out.push(text.slice(from, start), line);
      from = end;
    }
    start = end + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}

const TITLE_WORD = /(?<![\p{L}\p{N}'.-])\p{Lu}\p{Ll}+(?![\p{L}\p{N}'.-])/gu;
const LONG_WORD = /(?<![\p{L}])\p{L}{4,}/gu;

function isTitleCaseLine(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end);
  if (/[.!?]\s+\p{L}/u.test(line)) return false;
  let words = 0;
  let capitalised = 0;
  for (const m of line.matchAll(LONG_WORD)) {
    words++;
    if (/^\p{Lu}\p{Ll}/u.test(m[0])) capitalised++;
  }
  return words >= 4 && capitalised >= 0.8 * words;
}

function isCapsLine(line: string): boolean {
  // Most lines are prose: stop as soon as lower-case letters rule the line out.
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) {
      if (4 * ++lower > line.length) return false;
    } else if (c > 127) {
      const ch = line[i]!;
      if (/\p{Lu}/u.test(ch)) upper++;
      else if (/\p{Ll}/u.test(ch) && 4 * ++lower > line.length) return false;
    }
  }
  if (upper < 8 || upper < 4 * lower) return false;
  const words = line.match(/\p{Lu}{2,}/gu);
  return (words?.length ?? 0) >= 3;
}

function titleCase(line: string): string {
  let first = true;
  return line.replace(CAPS_WORD, (word) => {
    const isFirst = first;
    first = false;
    if (KEEP_CAPS.has(word) || KEEP_CAPS.has(word.replace(/['’]S$/, ''))) return word;
    const lower = word.toLowerCase();
    if (lower.length !== word.length) return word;
    if (!isFirst && STOP_WORDS.has(lower)) return lower;
    const titled = lower.replace(/(^|[-.])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    return titled.length === word.length ? titled : word;
  });
}

/** Trims quotes, punctuation, spaces and a possessive 's / s' from a span of `text`. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  const edge = /[\s"'“”‘’«»()[\]{},;:!?*_|—–-]/u;
  while (s < e && edge.test(text[s]!)) s++;
  for (;;) {
    while (e > s && (edge.test(text[e - 1]!) || (text[e - 1] === '.' && !isAbbreviationEnd(text, s, e)))) e--;
    const tail = text.slice(Math.max(s, e - 2), e);
    if (e - s > 2 && (tail === "'s" || tail === '’s')) e -= 2;
    else break;
  }
  return [s, e];
}

const ABBREVIATIONS = /(?:^|[\s(])(?:(?:\p{L}\.)+|Inc\.|Corp\.|Ltd\.|Co\.|Jr\.|Sr\.|St\.|Mt\.|Bros\.|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)$/u;

function isAbbreviationEnd(text: string, s: number, e: number): boolean {
  return ABBREVIATIONS.test(text.slice(Math.max(s, e - 8), e)) || (e - s <= 8 && /^(?:\p{L}\.)+$/u.test(text.slice(s, e)));
}
