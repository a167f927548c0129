// Word lists taken from compromise's lexicon (first names, last names, cities, regions, countries,
// organisations, demonyms): the knowledge compromise brings, looked up per name instead of parsing the whole
// text with it. Loaded lazily with the library; lookups are lower case without diacritics.
import { loadCompromise, type CompromiseLexicon } from './libraries';

export interface Lexicon {
  /** Given names ("laura", "ismael", "tomas"). */
  readonly firstNames: ReadonlySet<string>;
  readonly lastNames: ReadonlySet<string>;
  /** Cities, regions (states, provinces) and countries: GPE. */
  readonly places: ReadonlySet<string>;
  /** Companies, bodies, bands and sports teams. */
  readonly organizations: ReadonlySet<string>;
  readonly demonyms: ReadonlySet<string>;
  /** Plural nouns and roles ("officers", "residents", "analysts"): words, not names. */
  readonly commonNouns: ReadonlySet<string>;
  /** Verbs, nouns, adjectives, adverbs and function words that are not also names ("says", "wins", "plant"). */
  readonly plainWords: ReadonlySet<string>;
}

let lexicon: Promise<Lexicon> | undefined;

export function loadLexicon(): Promise<Lexicon> {
  lexicon ??= loadCompromise().then((nlp) => lexiconOf(nlp.world().model.one.lexicon));
  return lexicon;
}

/** Tags of the lexicon sorted into the sets the rules use. */
export function lexiconOf(words: CompromiseLexicon): Lexicon {
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  const places = new Set<string>();
  const organizations = new Set<string>();
  const demonyms = new Set<string>();
  const commonNouns = new Set<string>();
  const plainWords = new Set<string>();
  for (const [word, tag] of Object.entries(words)) {
    const tags = typeof tag === 'string' ? [tag] : tag;
    if (tags.every((t) => WORD_TAGS.has(t))) plainWords.add(word);
    // Words that are also ordinary words (a verb, a noun, a modal) are left out of the name lists.
    const plain = tags.some((t) => PLAIN_TAGS.has(t));
    for (const t of tags) {
      if ((t === 'FemaleName' || t === 'MaleName' || t === 'FirstName') && !plain) firstNames.add(word);
      else if (t === 'LastName' && !plain) lastNames.add(word);
      else if (t === 'City' || t === 'Country' || (t === 'Region' && word.length > 3)) places.add(word);
      else if ((t === 'Organization' && word.length > 3) || t === 'SportsTeam') organizations.add(word);
      else if (t === 'Demonym') demonyms.add(word);
      else if ((t === 'Plural' || t === 'Actor') && !tags.includes('Organization')) commonNouns.add(word);
    }
  }
  return { firstNames, lastNames, places, organizations, demonyms, commonNouns, plainWords };
}

const PLAIN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Modal', 'Adjective', 'Adverb', 'Preposition', 'Determiner', 'Month', 'WeekDay', 'Honorific', 'Abbreviation']);

/** Tags of ordinary words (a word with any other tag, such as a name or a place, is not one). */
const WORD_TAGS = new Set([...[...PLAIN_TAGS].filter((t) => !/^(?:Month|WeekDay|Honorific|Abbreviation)$/.test(t)), 'Gerund', 'Participle', 'Comparative', 'Superlative', 'Conjunction', 'Pronoun', 'Copula', 'Negative', 'Uncountable', 'Actor', 'PhrasalVerb', 'Expression', 'QuestionWord', 'Reflexive', 'Possessive', 'Condition', 'Imperative', 'Multiple', 'Cardinal', 'TextValue', 'Ordinal', 'Value', 'Fraction', 'Duration', 'Unit']);

/** The lookup key of a word or phrase: lower case, without diacritics. */
export function keyOf(name: string): string {
  const lower = name.toLowerCase();
  return /[^ -~]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}
