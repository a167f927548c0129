// Tokens and capitalised chunks of the prepared text for the rules: runs of capitalised tokens separated by
// one space, with connector words ("of", "and", "the") between capitalised ones.

export interface Token {
  start: number;
  end: number;
  text: string;
  cap: boolean;
  /** Ends with 's or s' (the possessive is not part of `end`). */
  possessive: boolean;
}

export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'de', 'del', 'la', 'on', '&', 'du', 'des', 'van', 'von', 'al', 'bin']);
/** Capitalised words (and words starting with a digit); the lower-case words between them are only looked at as gaps. */
const CAP_TOKEN = /[\p{Lu}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'\-&][\p{L}\p{M}\p{N}]+)*/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const JOINER = /[.'\-&]/;
const ABBREV = new Set(['Inc', 'Corp', 'Ltd', 'Co', 'Jr', 'Sr', 'St', 'Mt', 'Bros', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Cmdr', 'Prop', 'No', 'Sens', 'Reps', 'Supt', 'Insp', 'Det', 'Cpl', 'Pvt', 'Atty', 'Ft', 'Ave', 'Blvd', 'Brig', 'Gens',
  // US state abbreviations (AP style)
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Fla', 'Ga', 'Kan', 'Ky', 'Md', 'Mass', 'Mich', 'Minn', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo']);
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const CAPITAL = /^[\p{Lu}\p{N}]/u;
const DIGITS = /^\p{N}+$/u;

/**
 * Capitalised tokens (the words of names; lower-case words and plain numbers are not names and are only seen as
 * the gaps between tokens). `keepWhole` tells hyphenated capitalised words that are one name
 * ("Guinea-Bissau") from two names joined by a hyphen ("San Diego-Mexico"), which become separate tokens.
 */
export function tokenize(text: string, keepWhole: (word: string) => boolean): Token[] {
  const tokens: Token[] = [];
  for (const whole of text.matchAll(CAP_TOKEN)) {
    const at = whole.index;
    // Inside a word ("iPhone", "x-Ray", "U.S" after "U."): not a token of its own.
    const before = text[at - 1];
    if (before !== undefined && (WORD_CHAR.test(before) || (JOINER.test(before) && WORD_CHAR.test(text[at - 2] ?? '')))) continue;
    const w = whole[0];
    if (DIGITS.test(w)) continue;
    if (w.includes('-') && /-\p{Lu}/u.test(w) && !keepWhole(w)) {
      for (const p of w.matchAll(/[^-]+/g)) push(text, tokens, at + p.index, p[0]);
    } else push(text, tokens, at, w);
  }
  return tokens;
}

function push(text: string, tokens: Token[], start: number, word: string): void {
  let end = start + word.length;
  const next = text[end];
  // A final period belongs to initials ("U.S.") and abbreviations ("Inc.").
  if (next === '.' && (ABBREV.has(word) || (word.length === 1 && /\p{Lu}/u.test(word)) || INITIALS.test(word))) {
    end++;
    word += '.';
  }
  let possessive = false;
  const last = word[word.length - 1];
  if (last === 's' && word.length > 2 && (word[word.length - 2] === "'" || word[word.length - 2] === '’')) {
    possessive = true;
    end -= 2;
    word = word.slice(0, -2);
  } else if (last === 's' && (next === "'" || next === '’') && !/\p{L}/u.test(text[end + 1] ?? '')) {
    possessive = true;
  }
  tokens.push({ start, end, text: word, cap: CAPITAL.test(word) && !DIGITS.test(word), possessive });
}

const GAP_CONNECTORS = new RegExp(`^[ \u00a0](${[...CONNECTORS].filter((c) => /^\p{L}+$/u.test(c)).join('|')})(?: (${[...CONNECTORS].filter((c) => /^\p{L}+$/u.test(c)).join('|')}))? $`, 'u');

/**
 * Runs of capitalised tokens separated by one space, or by one or two connector words ("of", "and", "the")
 * between capitalised ones. A possessive ends a run unless `joinsPossessive` keeps it in a name ("Covenant
 * Children's Hospital").
 */
export function* chunks(text: string, tokens: readonly Token[], joinsPossessive: (possessive: Token, next: Token) => boolean = () => false): Generator<Token[]> {
  let current: Token[] = [];
  for (const t of tokens) {
    const prev = current[current.length - 1];
    if (prev && t.cap && (!prev.possessive || joinsPossessive(prev, t))) {
      const gapStart = prev.end + (prev.possessive ? 2 : 0);
      const gapLength = t.start - gapStart;
      if (gapLength === 1 && (text[gapStart] === ' ' || text[gapStart] === '\u00a0')) {
        current.push(t);
        continue;
      }
      const connectors = gapLength > 2 && gapLength < 14 && !prev.possessive ? GAP_CONNECTORS.exec(text.slice(gapStart, t.start)) : null;
      if (connectors) {
        let at = gapStart + 1;
        for (const word of [connectors[1], connectors[2]]) {
          if (!word) continue;
          current.push({ start: at, end: at + word.length, text: word, cap: false, possessive: false });
          at += word.length + 1;
        }
        current.push(t);
        continue;
      }
    }
    if (current.length) yield current;
    current = t.cap ? [t] : [];
  }
  if (current.length) yield current;
}

/** `at` when it starts a sentence, a line or a quotation, else -1. */
export function sentenceStart(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && /[\s"'(“‘]/.test(text[i]!)) i--;
  return i < 0 || /[.!?:\n]/.test(text[i]!) || text[i + 1] === '\n' ? at : -1;
}
