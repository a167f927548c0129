// People, places, organisations and nationalities from compromise. Its match offsets are checked against the
// text: it skips a leading quote but counts it in the length, so each match is found again by its words near
// the reported offset and trimmed of quotes, punctuation and a possessive 's.
import type { EntitySuggestion } from '../types';
import { REGIONS, LOC_HEADS } from './data/places';
import { NOT_NAMES, TITLES } from './data/people';
import { loadCompromise, type CompromiseMatch } from './libraries';
import { prepare, toOriginal, trimSpan, type Prepared } from './prepare';
import { inRanges } from './rules';

const REGION = new Set(REGIONS);
const LOC_HEAD = new RegExp(`\\s(?:${LOC_HEADS.join('|')})$`);
const NOT_NAME = new Set(NOT_NAMES);
const TITLE = new Set(TITLES);

export async function suggestByCompromise(original: string, ranges?: ReadonlyArray<readonly [number, number]>): Promise<EntitySuggestion[]> {
  return compromiseOnPrepared(original, prepare(original), ranges);
}

export async function compromiseOnPrepared(original: string, prepared: Prepared, ranges?: ReadonlyArray<readonly [number, number]>): Promise<EntitySuggestion[]> {
  const nlp = await loadCompromise();
  const text = prepared.text;
  const out: EntitySuggestion[] = [];
  const seen = new Set<string>();
  const doc = nlp(text);
  const groups: Array<[CompromiseMatch[], string, number]> = [
    [doc.people().json({ offset: true }), 'PERSON', 0.7],
    [doc.places().json({ offset: true }), 'GPE', 0.65],
    [doc.organizations().json({ offset: true }), 'ORG', 0.55],
    [doc.match('#Demonym').json({ offset: true }), 'NORP', 0.7],
  ];
  for (const [matches, label, score] of groups) {
    for (const m of matches) {
      const span = locate(text, m);
      if (!span) continue;
      let [start, end] = trimSpan(text, span[0], span[1]);
      // A leading word that is never a name ("The", a weekday) is not part of it.
      const first = /^\S+/.exec(text.slice(start, end))?.[0] ?? '';
      if (NOT_NAME.has(first)) {
        const cut = text.indexOf(' ', start);
        if (cut < 0 || cut >= end) continue;
        [start, end] = trimSpan(text, cut + 1, end);
      }
      if (end <= start || !/\p{Lu}/u.test(text[start]!)) continue;
      // "Sen" alone is a title, never a place; "State Rep. Dale Ward" is the person after the title.
      let label2 = label;
      const words = text.slice(start, end).split(' ');
      const isTitle = (w: string) => TITLE.has(w) || TITLE.has(`${w}.`);
      if (isTitle(words[words.length - 1]!)) continue;
      let lastTitle = -1;
      words.forEach((w, i) => {
        if (isTitle(w)) lastTitle = i;
      });
      if (lastTitle >= 0) {
        start += words.slice(0, lastTitle + 1).join(' ').length + 1;
        label2 = 'PERSON';
      }
      // compromise stops a name before a possessive surname ("Joe Biden's" -> "Joe"): take it.
      const possessive = label2 === 'PERSON' ? /^ (\p{Lu}[\p{L}-]+)'s(?![\p{L}])/u.exec(text.slice(end, end + 40)) : null;
      if (possessive && !NOT_NAME.has(possessive[1]!)) end += 1 + possessive[1]!.length;
      const name = text.slice(start, end);
      // "San Diego-Mexico": two names joined by a hyphen; the rules find each.
      if (/\p{Ll}-\p{Lu}/u.test(name)) continue;
      const type = label2 === 'GPE' && (REGION.has(name) || LOC_HEAD.test(name)) ? 'LOC' : label2;
      const [s, e] = toOriginal(prepared, start, end);
      if (ranges && !inRanges(ranges, s, e)) continue;
      const key = `${s}:${e}:${type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ start: s, end: e, text: original.slice(s, e), type, score, engine: 'compromise' });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The span of a match's words in the text, found near the offset compromise reports; undefined if not found. */
export function locate(text: string, m: CompromiseMatch): [number, number] | undefined {
  const words = m.terms.map((t) => t.text).filter((w) => w.length > 0);
  if (words.length === 0) return undefined;
  const from = Math.max(0, m.offset.start - 4);
  const first = text.indexOf(words[0]!, from);
  if (first < 0 || first > m.offset.start + 4) return undefined;
  let at = first + words[0]!.length;
  for (const w of words.slice(1)) {
    const next = text.indexOf(w, at);
    if (next < 0 || next - at > 4) return undefined;
    at = next + w.length;
  }
  return [first, at];
}
