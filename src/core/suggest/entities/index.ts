// Entity suggestions: the rules and data lists with compromise's lexicon (people, places, organisations,
// nationalities, dates, money, percentages, quantities), combined by the ranker; a name found once is then
// suggested wherever else it occurs in the text, and a person's surname after their full name. The full
// compromise and wink-nlp parsers run too with `deep` (several times slower, for measuring them).
import { overlapTest, rankEntities, type RankOptions } from '../rank';
import { suggestLearned, type LearnedModel } from '../learn';
import type { EntitySuggestion } from '../types';
import { compromiseOnPrepared } from './compromise';
import { NOT_NAMES, TITLES } from './data/people';
import { prepare } from './prepare';
import { ordinaryWord } from './classify';
import { loadLexicon } from './lexicon';
import { rangeTest, rulesOnPrepared } from './rules';
import { winkOnPrepared } from './wink';

export { suggestByRules } from './rules';
export { suggestByCompromise } from './compromise';
export { suggestByWink } from './wink';

export interface SuggestEntitiesOptions extends RankOptions {
  /** What the annotator taught (learn.ts): suggested too, and their labels win. */
  readonly learned?: LearnedModel;
  /** Engines to leave out (for measuring each alone); `lexicon` is compromise's word lists used by the rules. */
  readonly skip?: ReadonlyArray<'compromise' | 'wink' | 'rules' | 'document' | 'lexicon'>;
  /** Also run the compromise and wink-nlp parsers over the text (default false: the rules with compromise's
   * lexicon find what they found, at many times the speed). */
  readonly deep?: boolean;
}

/** Texts are read in blocks of about this many characters, cut at line breaks. */
const BLOCK = 32_000;
const NAME_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'LAW']);
const NOT_NAME = new Set([...NOT_NAMES, ...TITLES]);
const TITLE_AFTER = new RegExp(`^ (?:${TITLES.map((t) => t.replace(/[.]/g, '\\.')).join('|')})(?![\\p{L}])`, 'u');

/**
 * Entity suggestions for `text` (UTF-16 offsets), only inside `ranges` when given (document bodies minus
 * boilerplate), deduplicated and resolved, sorted by start. With no threshold given every score is kept.
 */
export async function suggestEntities(text: string, ranges?: Array<[number, number]>, options: SuggestEntitiesOptions = {}): Promise<EntitySuggestion[]> {
  const skip = new Set(options.skip ?? []);
  const deep = options.deep === true;
  const lexicon = skip.has('lexicon') || skip.has('rules') ? undefined : await loadLexicon();
  const inside = ranges ? rangeTest(ranges) : undefined;
  const raw: EntitySuggestion[] = [];
  for (const [blockStart, blockEnd] of blocks(text, ranges)) {
    const slice = text.slice(blockStart, blockEnd);
    const prepared = prepare(slice, lexicon ? (word) => ordinaryWord(word, lexicon) : undefined);
    const local: EntitySuggestion[] = [];
    if (!skip.has('rules')) local.push(...rulesOnPrepared(slice, prepared, undefined, lexicon));
    if (deep && !skip.has('compromise')) local.push(...(await compromiseOnPrepared(slice, prepared)));
    if (deep && !skip.has('wink')) local.push(...(await winkOnPrepared(slice, prepared)));
    for (const s of local) {
      const start = s.start + blockStart;
      const end = s.end + blockStart;
      if (inside && !inside(start, end)) continue;
      raw.push({ ...s, start, end });
    }
  }
  if (options.learned) raw.push(...suggestLearned(options.learned, text, ranges, options.rejected));
  const first = rankEntities(raw, { threshold: 0 });
  if (!skip.has('document')) raw.push(...propagate(text, first, ranges));
  return rankEntities(raw, { ...options, threshold: options.threshold ?? 0 });
}

/** Blocks of the text (or of each range) of about BLOCK characters, cut at line breaks. */
function blocks(text: string, ranges?: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of ranges ?? [[0, text.length] as const]) {
    let start = Math.max(0, a);
    const end = Math.min(text.length, b);
    while (start < end) {
      let cut = Math.min(end, start + BLOCK);
      if (cut < end) {
        const nl = text.lastIndexOf('\n', cut);
        if (nl > start + BLOCK / 2) cut = nl + 1;
      }
      out.push([start, cut]);
      start = cut;
    }
  }
  return out;
}

/** Other occurrences of names already found, and surnames of people found with their full name. */
function propagate(text: string, found: readonly EntitySuggestion[], ranges?: ReadonlyArray<readonly [number, number]>): EntitySuggestion[] {
  const names = new Map<string, { type: string; score: number; link?: string }>();
  const add = (name: string, type: string, score: number, link?: string): void => {
    const known = names.get(name);
    if (!known || known.score < score) names.set(name, { type, score, ...(link !== undefined ? { link } : {}) });
  };
  for (const s of found) {
    if (!NAME_TYPES.has(s.type) || s.score < 0.5 || s.text.length < 2 || !/^\p{Lu}/u.test(s.text)) continue;
    add(s.text, s.type, s.score * 0.9, s.link);
    // A name found in capitals (a dateline, a headline) is found again as written in running text.
    if (/^\p{Lu}{4,}$/u.test(s.text)) add(s.text[0] + s.text.slice(1).toLowerCase(), s.type, s.score * 0.85, s.link);
    if (s.type === 'PERSON') {
      const words = s.text.split(/\s+/);
      const last = words[words.length - 1]!;
      if (words.length >= 2 && last.length >= 3 && /^\p{Lu}\p{Ll}/u.test(last) && !NOT_NAME.has(last)) add(last, 'PERSON', Math.min(0.7, s.score * 0.85));
    }
  }
  if (names.size === 0) return [];
  // Names by their first word, longest first: each capitalised word of the text is looked up once.
  const byFirst = new Map<string, string[]>();
  for (const name of names.keys()) {
    const first = FIRST_WORD.exec(name)?.[0] ?? name;
    const list = byFirst.get(first) ?? [];
    list.push(name);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const out: EntitySuggestion[] = [];
  // Names already found are kept: an occurrence inside one of them ("Texas" in "West Texas") is not another.
  const taken = overlapTest(found);
  const inside = ranges ? rangeTest(ranges) : undefined;
  for (const m of text.matchAll(WORD)) {
    const candidates = byFirst.get(m[0]);
    if (!candidates || /[\p{L}\p{N}_]/u.test(text[m.index - 1] ?? '')) continue;
    const start = m.index;
    const name = candidates.find((c) => text.startsWith(c, start) && !/[\p{L}\p{N}_]/u.test(text[start + c.length] ?? ''));
    if (!name) continue;
    const end = start + name.length;
    if (taken(start, end) || (inside && !inside(start, end))) continue;
    // "Treasury Secretary Mark Ellison": an office before a title is not the organisation.
    if (TITLE_AFTER.test(text.slice(end, end + 24))) continue;
    const n = names.get(name)!;
    const s: EntitySuggestion = { start, end, text: name, type: n.type, score: Math.round(n.score * 1000) / 1000, engine: 'document' };
    if (n.link !== undefined) s.link = n.link;
    out.push(s);
  }
  return out;
}

/** A name's first word, and the words of the text looked up (names start with a capital). */
const FIRST_WORD = /^[\p{L}\p{N}_]+/u;
const WORD = /\p{Lu}[\p{L}\p{N}_]*/gu;
