// Classifying a capitalised chunk: known names (data lists and compromise's lexicon), first and last words
// ("Department of ...", "... Cartel"), titles before a person's name, a given name, and the words around it.
import { CONNECTORS, sentenceStart, type Token } from './chunks';
import { personOrOrgByContext } from './context';
import { EVENT_HEADS, EVENT_STARTS, EVENTS, LAW_HEADS, LAW_STARTS } from './data/events';
import { NATIONALITIES, NORP_AMBIGUOUS } from './data/norp';
import { COMPANY_HEADS, ORG_HEADS, ORG_NAMES, ORG_STARTS } from './data/orgs';
import { NOT_NAMES, TITLES } from './data/people';
import { AMBIGUOUS_PLACES, CITIES, COUNTRIES, FAC_HEADS, FACILITIES, GPE_HEADS, LOC_HEADS, LOC_STARTS, REGIONS, US_STATE_ABBREVIATIONS, US_STATES } from './data/places';
import { keyOf, type Lexicon } from './lexicon';

export interface Classified {
  type: string;
  score: number;
}

export interface Piece extends Classified {
  start: number;
  end: number;
}

function setOf(...lists: ReadonlyArray<readonly string[]>): Set<string> {
  return new Set(lists.flat());
}

export const GPE = setOf(COUNTRIES, US_STATES, CITIES, US_STATE_ABBREVIATIONS);
export const US_STATE_OR_COUNTRY = setOf(US_STATES, COUNTRIES, US_STATE_ABBREVIATIONS);
export const ORG = setOf(ORG_NAMES);
export const NOT_NAME = setOf(NOT_NAMES);
const AMBIGUOUS = setOf(AMBIGUOUS_PLACES);
const LOC = setOf(REGIONS);
const FAC = setOf(FACILITIES);
const EVENT = setOf(EVENTS);
const NORP = setOf(NATIONALITIES);
const NORP_WEAK = setOf(NORP_AMBIGUOUS);
const TITLE = setOf(TITLES);
/** Words before a title that belong to the office, not to a name: "State Sen.", "U.S. Rep.", "former President". */
const OFFICE_WORDS = new Set(['State', 'U.S.', 'US', 'Former', 'Acting', 'Deputy', 'Assistant', 'Senior', 'Interim', 'Vice', 'Then', 'Federal', 'County', 'City', 'District', 'Chief', 'Retired', 'Ret.', 'Lt.', 'Rear', 'First', 'Second', 'Associate', 'Executive', 'Special', 'Minority', 'Majority', 'House', 'Senate', 'Foreign', 'Defense', 'Interior', 'Treasury', 'Homeland', 'Security', 'Health', 'Energy', 'Commerce', 'Labor', 'Education', 'Agriculture', 'Transportation', 'Justice', 'Finance', 'Economy', 'Trade', 'Police', 'Fire']);
const DIRECTIONS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Far', 'Greater', 'Downtown', 'Rural', 'Coastal']);

interface Cue {
  type: string;
  score: number;
  /** Number of words of the cue. */
  length: number;
}
/** Last words of names, by their last word: "Inc.", "Border Patrol" (via "Patrol"), "International Airport". */
const HEADS = new Map<string, Array<Cue & { words: string }>>();
for (const [list, type, score] of [[ORG_HEADS, 'ORG', 0.8], [FAC_HEADS, 'FAC', 0.75], [LOC_HEADS, 'LOC', 0.7], [EVENT_HEADS, 'EVENT', 0.7], [LAW_HEADS, 'LAW', 0.8], [COMPANY_HEADS, 'ORG', 0.7], [GPE_HEADS, 'GPE', 0.75]] as const) {
  for (const words of list) {
    const parts = words.split(' ');
    const last = parts[parts.length - 1]!;
    const entry = HEADS.get(last) ?? [];
    if (!entry.some((e) => e.words === words)) entry.push({ words, type, score, length: parts.length });
    entry.sort((a, b) => b.length - a.length);
    HEADS.set(last, entry);
  }
}
/** First words of names: "Department of", "Operation", "Lake". */
const STARTS = new Map<string, Array<Cue & { words: string }>>();
const ON = ['Committee', 'Subcommittee', 'Commission', 'Council', 'Office', 'Center', 'Centre', 'Task Force', 'Panel'];
for (const [list, type, score] of [[[...ORG_STARTS.map((w) => `${w} of`), ...ON.map((w) => `${w} on`), ...ON.map((w) => `${w} for`)], 'ORG', 0.85], [LOC_STARTS, 'LOC', 0.75], [EVENT_STARTS, 'EVENT', 0.8], [LAW_STARTS, 'LAW', 0.7]] as const) {
  for (const words of list) {
    const first = words.split(' ')[0]!;
    const entry = STARTS.get(first) ?? [];
    entry.push({ words, type, score, length: words.split(' ').length });
    entry.sort((a, b) => b.length - a.length);
    STARTS.set(first, entry);
  }
}
const ORG_OF = new Set(ORG_STARTS);

/** "Officers of the Sinaloa Cartel" at the start of a sentence: a common noun (the lexicon's plurals and roles)
 * before a connector is not part of the name. */
function commonNounFirst(text: string, chunk: readonly Token[], lexicon: Lexicon | undefined): boolean {
  if (chunk.length <= 2 || !CONNECTORS.has(chunk[1]!.text) || sentenceStart(text, chunk[0]!.start) < 0) return false;
  const first = chunk[0]!.text;
  // "Work on the Mill River Bridge": "on" and "for" follow organisation words inside names ("Committee on ...").
  if ((chunk[1]!.text === 'on' || chunk[1]!.text === 'for') && !HEADS.has(first) && !STARTS.has(first)) return true;
  return lexicon !== undefined && lexicon.commonNouns.has(keyOf(first));
}

/** A capitalised word of a Title Case headline that is an ordinary word: not a name, a name's head or a title. */
export function ordinaryWord(word: string, lexicon: Lexicon): boolean {
  const key = word.toLowerCase();
  if (!lexicon.plainWords.has(key) || HEADS.has(word) || STARTS.has(word) || TITLE.has(word) || NORP.has(word) || DIRECTIONS.has(word)) return false;
  return !GPE.has(word) && !ORG.has(word) && !LOC.has(word) && !EVENT.has(word) && !lexicon.firstNames.has(key) && !lexicon.places.has(key) && !lexicon.organizations.has(key);
}

/**
 * A possessive inside a name: "Children's Hospital", "US Attorney's Office" go on; a known name or an acronym
 * before the possessive is a name of its own ("CBP's Office of ...", "Chicago's Police Department").
 */
export function joinsPossessive(possessive: Token, next: Token): boolean {
  if (/^[A-Z&.]+$/.test(possessive.text) || GPE.has(possessive.text) || ORG.has(possessive.text)) return false;
  return HEADS.has(next.text);
}

/** The entities of one chunk: the whole chunk when it classifies, else its parts split at connectors. */
export function classifyChunk(text: string, tokens: readonly Token[], lexicon?: Lexicon): Piece[] {
  let chunk = tokens;
  while (chunk.length > 1 && (NOT_NAME.has(chunk[0]!.text) || CONNECTORS.has(chunk[0]!.text) || commonNounFirst(text, chunk, lexicon))) chunk = chunk.slice(1);
  // "Texas and California": two names when both sides are names on their own.
  const and = chunk.findIndex((t) => t.text === 'and' || t.text === '&');
  if (and > 0) {
    const left = classifyChunk(text, chunk.slice(0, and), lexicon);
    const right = classifyChunk(text, chunk.slice(and + 1), lexicon);
    const covers = (ps: Piece[], ts: readonly Token[]): boolean => {
      const named = ts.filter((t, k) => !(k === 0 && (NOT_NAME.has(t.text) || CONNECTORS.has(t.text))));
      return named.length > 0 && ps.some((p) => p.start === named[0]!.start) && ps.some((p) => p.end === ts[ts.length - 1]!.end);
    };
    // "Department of Health and Human Services": one name when "of" comes before "and", unless "and the" starts
    // another name ("the Ministry of Defence and the Office of ...").
    const ofBefore = chunk.slice(0, and).some((t) => t.text === 'of') && chunk[and + 1]?.text !== 'the';
    if (!ofBefore && covers(left, chunk.slice(0, and)) && covers(right, chunk.slice(and + 1))) return [...left, ...right];
  }
  const titled = byTitle(text, chunk, lexicon);
  if (titled) return titled;
  const atStart = sentenceStart(text, chunk[0]!.start) === chunk[0]!.start;
  const whole = classify(text, chunk, !atStart, lexicon);
  if (whole) return [{ start: chunk[0]!.start, end: chunk[chunk.length - 1]!.end, ...whole }];
  // Split at connectors and at words that are never names, classify the parts.
  const pieces: Piece[] = [];
  let part: Token[] = [];
  const done = (): void => {
    while (part.length && NOT_NAME.has(part[0]!.text)) part.shift();
    if (part.length) {
      const partAtStart = part[0] === chunk[0] && atStart;
      const c = part.length < chunk.length ? classify(text, part, !partAtStart, lexicon) : undefined;
      if (c) pieces.push({ start: part[0]!.start, end: part[part.length - 1]!.end, ...c });
      else if (part.length > 1) {
        // A longest known name inside: "Texas Governor" -> Texas.
        let prefix = 0;
        for (let k = part.length - 1; k >= 1 && !prefix; k--) {
          const sub = classify(text, part.slice(0, k), !partAtStart, lexicon);
          if (sub) {
            pieces.push({ start: part[0]!.start, end: part[k - 1]!.end, ...sub });
            prefix = k;
          }
        }
        // And a known name at its end: "Raids Chicago".
        for (let k = Math.max(1, prefix); k < part.length; k++) {
          const sub = classify(text, part.slice(k), true, lexicon);
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

/**
 * A title inside the chunk: "Secretary Kristi Noem", "State Sen. Rachel Ortiz", "Arizona Gov. Maria Quintero"
 * -> the name after the titles is a PERSON (never a place), the words before them are classified on their own
 * (a place or a nationality; an office word such as "Interior" or "Treasury" is not an entity).
 */
function byTitle(text: string, chunk: readonly Token[], lexicon: Lexicon | undefined): Piece[] | undefined {
  for (let j = 0; j < chunk.length - 1; j++) {
    const two = `${chunk[j]!.text} ${chunk[j + 1]!.text}`;
    if (!TITLE.has(chunk[j]!.text) && !TITLE.has(two)) continue;
    let i = j;
    let strong = false;
    while (i < chunk.length - 1 && (TITLE.has(chunk[i]!.text) || TITLE.has(`${chunk[i]!.text} ${chunk[i + 1]!.text}`))) {
      const pair = TITLE.has(`${chunk[i]!.text} ${chunk[i + 1]!.text}`);
      strong ||= pair || STRONG_TITLE.test(chunk[i]!.text);
      i += pair ? 2 : 1;
    }
    if (i >= chunk.length) return undefined;
    // The name ends at a connector ("... Mark Ellison and U.S. Sen. Rachel Ortiz"); what follows is classified on its own.
    let k = i;
    while (k < chunk.length && !CONNECTORS.has(chunk[k]!.text)) k++;
    const rest = chunk.slice(i, k);
    if (rest.length === 0) return undefined;
    const out: Piece[] = [];
    const before = chunk.slice(0, j).filter((t) => !OFFICE_WORDS.has(t.text) && !NOT_NAME.has(t.text));
    if (before.length) {
      const c = classify(text, before, true, lexicon);
      if (c && (c.type !== 'ORG' || /^[A-Z&]{2,}$/.test(text.slice(before[0]!.start, before[before.length - 1]!.end)))) {
        out.push({ start: before[0]!.start, end: before[before.length - 1]!.end, ...c });
      }
    }
    const whole = classify(text, rest, true, lexicon);
    const span = { start: rest[0]!.start, end: rest[rest.length - 1]!.end };
    const words = rest.map((t) => t.text);
    if (whole && whole.type !== 'GPE' && whole.type !== 'LOC' && whole.type !== 'NORP') out.push({ ...span, ...whole });
    else if (rest.length <= 4 && !words.some((w) => NOT_NAME.has(w)) && !HEADS.has(words[words.length - 1]!) && (strong || looksLikePerson(words, lexicon))) {
      out.push({ ...span, type: 'PERSON', score: 0.8 });
    } else return undefined;
    // Names after the connector: "and U.S. Sen. Rachel Ortiz".
    let next = k + 1;
    while (next < chunk.length && CONNECTORS.has(chunk[next]!.text)) next++;
    if (next < chunk.length) out.push(...classifyChunk(text, chunk.slice(next), lexicon));
    return out;
  }
  return undefined;
}

/** Titles that come only before a name (abbreviations with a period, offices); "General", "Major", "Chief" also start other names. */
const STRONG_TITLE = /\.$|^(?:Secretary|Senator|Representative|Congressman|Congresswoman|Governor|Mayor|President|Chancellor|Minister|Sheriff|Detective|Ambassador|Spokes(?:man|woman|person)|Professor|Rabbi|Imam|Pope|Mr|Mrs|Ms|Council(?:or|lor|man|woman)|Alder(?:man|woman)|Assembly(?:man|woman|member)|Superintendent|Trooper|(?:Arch)?bishop)$/;

/** After a title that also starts other names: a known given name or surname. */
function looksLikePerson(words: readonly string[], lexicon: Lexicon | undefined): boolean {
  if (!lexicon) return true;
  return lexicon.firstNames.has(keyOf(words[0]!)) || lexicon.lastNames.has(keyOf(words[words.length - 1]!));
}

export function isAcronymOf(acronym: string, name: string): boolean {
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

export function classify(text: string, tokens: readonly Token[], midSentence: boolean, lexicon?: Lexicon): Classified | undefined {
  if (tokens.length === 0) return undefined;
  const name = text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
  const known = byName(name, tokens.length, midSentence, lexicon);
  if (known) return known;
  if (tokens.length < 2) return undefined;
  const words = tokens.map((t) => t.text);
  if (NOT_NAME.has(words[0]!) && tokens.length === 2) return undefined;
  for (const s of STARTS.get(words[0]!) ?? []) if (name.startsWith(`${s.words} `)) return { type: s.type, score: s.score };
  // "U.S. Department of Justice": an organisation word followed by "of" inside the name.
  for (let k = 1; k < words.length - 2; k++) if (words[k + 1] === 'of' && ORG_OF.has(words[k]!)) return { type: 'ORG', score: 0.85 };
  for (const h of HEADS.get(words[words.length - 1]!) ?? []) {
    if (h.length >= words.length) continue;
    if (h.length > 1 && !name.endsWith(` ${h.words}`)) continue;
    if (CONNECTORS.has(words[words.length - 1 - h.length] ?? '')) continue;
    return { type: h.type, score: h.score };
  }
  // "West Texas", "Northern California": a part of a place is a location.
  if (tokens.length === 2 && DIRECTIONS.has(words[0]!) && (GPE.has(words[1]!) || lexicon?.places.has(keyOf(words[1]!)))) return { type: 'LOC', score: 0.75 };
  const person = byGivenName(words, lexicon);
  if (person) return person;
  return personOrOrgByContext(text, tokens[0]!.start, tokens[tokens.length - 1]!.end, words);
}

/** Names in the data lists and in compromise's lexicon. */
function byName(name: string, count: number, midSentence: boolean, lexicon: Lexicon | undefined): Classified | undefined {
  if (ORG.has(name)) return { type: 'ORG', score: 0.85 };
  if (FAC.has(name)) return { type: 'FAC', score: 0.85 };
  if (EVENT.has(name)) return { type: 'EVENT', score: 0.8 };
  if (GPE.has(name)) return { type: 'GPE', score: AMBIGUOUS.has(name) ? 0.55 : 0.85 };
  if (LOC.has(name)) return { type: 'LOC', score: 0.8 };
  if (count === 1 || (count === 2 && NORP.has(name))) {
    const singular = NORP.has(name) ? name : name.replace(/(?:e?s)$/, '');
    if (NORP.has(singular)) {
      if (NORP_WEAK.has(singular) && !midSentence) return undefined;
      return { type: 'NORP', score: NORP_WEAK.has(singular) ? 0.5 : 0.8 };
    }
  }
  if (!lexicon || (count === 1 && !midSentence)) return undefined;
  const key = keyOf(name);
  if (lexicon.organizations.has(key)) return { type: 'ORG', score: 0.7 };
  if (lexicon.places.has(key)) return { type: 'GPE', score: count === 1 ? 0.65 : 0.75 };
  return undefined;
}

/** "Laura Chen", "Joaquín Guzmán López": a given name and capitalised words after it. */
function byGivenName(words: readonly string[], lexicon: Lexicon | undefined): Classified | undefined {
  if (!lexicon || words.length > 4) return undefined;
  if (words.some((w) => NOT_NAME.has(w) || ORG.has(w) || /^\p{N}/u.test(w) || /^[A-Z]{2,}$/.test(w))) return undefined;
  if (words.slice(1).some((w) => HEADS.has(w) || GPE.has(w))) return undefined;
  if (lexicon.firstNames.has(keyOf(words[0]!))) return { type: 'PERSON', score: 0.75 };
  if (words.length === 2 && lexicon.lastNames.has(keyOf(words[1]!)) && !lexicon.places.has(keyOf(words[0]!))) return { type: 'PERSON', score: 0.6 };
  return undefined;
}
