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
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'\-&][\p{L}\p{M}\p{N}]+)*/gu;
const ABBREV = new Set(['Inc', 'Corp', 'Ltd', 'Co', 'Jr', 'Sr', 'St', 'Mt', 'Bros', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Cmdr', 'Prop', 'No', 'Sens', 'Reps', 'Supt', 'Insp', 'Det', 'Cpl', 'Pvt', 'Atty', 'Ft', 'Ave', 'Blvd',
  // US state abbreviations (AP style)
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Fla', 'Ga', 'Kan', 'Ky', 'Md', 'Mass', 'Mich', 'Minn', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo']);
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const CAPITAL = /^[\p{Lu}\p{N}]/u;
const DIGITS = /^\p{N}+$/u;

/**
 * Word tokens; `keepWhole` tells hyphenated capitalised words that are one name ("Guinea-Bissau") from two
 * names joined by a hyphen ("San Diego-Mexico"), which become separate tokens.
 */
export function tokenize(text: string, keepWhole: (word: string) => boolean): Token[] {
  const tokens: Token[] = [];
  for (const whole of text.matchAll(TOKEN)) {
    const w = whole[0];
    if (w.includes('-') && /-\p{Lu}/u.test(w) && !keepWhole(w)) {
      for (const p of w.matchAll(/[^-]+/g)) push(text, tokens, whole.index + p.index, p[0]);
    } else push(text, tokens, whole.index, w);
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

/**
 * Runs of capitalised tokens separated by one space (or a connector word between capitalised ones). A
 * possessive ends a run unless `joinsPossessive` keeps it in a name ("Covenant Children's Hospital").
 */
export function* chunks(text: string, tokens: readonly Token[], joinsPossessive: (possessive: Token, next: Token) => boolean = () => false): Generator<Token[]> {
  let current: Token[] = [];
  let pendingConnectors: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = pendingConnectors[pendingConnectors.length - 1] ?? current[current.length - 1];
    const gapStart = prev ? prev.end + (prev.possessive ? 2 : 0) : -1;
    const spaced = prev !== undefined && t.start === gapStart + 1 && (text[gapStart] === ' ' || text[gapStart] === '\u00a0');
    const joined = spaced && (!prev.possessive || (t.cap && joinsPossessive(prev, t)));
    if (t.cap) {
      if (!joined) {
        if (current.length) yield current;
        current = [];
        pendingConnectors = [];
      } else {
        current.push(...pendingConnectors);
        pendingConnectors = [];
      }
      current.push(t);
    } else if (current.length && joined && CONNECTORS.has(t.text) && pendingConnectors.length < 2) {
      pendingConnectors.push(t);
    } else {
      if (current.length) yield current;
      current = [];
      pendingConnectors = [];
    }
  }
  if (current.length) yield current;
}

/** `at` when it starts a sentence, a line or a quotation, else -1. */
export function sentenceStart(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && /[\s"'(“‘]/.test(text[i]!)) i--;
  return i < 0 || /[.!?:\n]/.test(text[i]!) || text[i + 1] === '\n' ? at : -1;
}
