import * as assert from 'assert';
import { suggestEntities } from '../../src/core/suggest/entities/index';
import { chunks, tokenize } from '../../src/core/suggest/entities/chunks';
import { loadLexicon, type Lexicon } from '../../src/core/suggest/entities/lexicon';
import { suggestByRules } from '../../src/core/suggest/entities/rules';
import type { EntitySuggestion } from '../../src/core/suggest/types';

/** `TYPE text` of each suggestion, checking that every offset gives its text. */
function shown(text: string, suggestions: readonly EntitySuggestion[]): string[] {
  for (const s of suggestions) assert.strictEqual(text.slice(s.start, s.end), s.text, `offsets of ${JSON.stringify(s)}`);
  return suggestions.map((s) => `${s.type} ${s.text}`);
}
const has = (list: string[], ...items: string[]) => {
  for (const item of items) assert.ok(list.includes(item), `${item} not in ${JSON.stringify(list)}`);
};
const hasNot = (list: string[], ...items: string[]) => {
  for (const item of items) assert.ok(!list.includes(item), `${item} in ${JSON.stringify(list)}`);
};
const none = (list: string[], pattern: RegExp) => assert.ok(!list.some((x) => pattern.test(x)), `${pattern} in ${JSON.stringify(list)}`);

describe('suggest: entity rules (titles, organisations, places, context)', () => {
  let lexicon: Lexicon;
  before(async () => {
    lexicon = await loadLexicon();
  });
  const rules = (text: string) => shown(text, suggestByRules(text, undefined, lexicon));

  describe('titles and honorifics', () => {
    it('"Sen. Ted Cruz" is a PERSON without the title, never a GPE', async () => {
      const text = 'Sen. Ted Cruz said the bill would fail. Rep. Alexandria Ocasio-Cortez and Gov. Greg Abbott disagreed, as did Gen. Mark Milley and Dr. Helen Marsh.';
      const got = shown(text, await suggestEntities(text));
      has(got, 'PERSON Ted Cruz', 'PERSON Greg Abbott', 'PERSON Mark Milley', 'PERSON Helen Marsh');
      none(got, /^GPE (?:Sen|Rep|Gov|Gen|Dr)\b/);
      none(got, /(?:Sen|Rep|Gov|Gen|Dr)\. /);
    });
    it('words before a title: a place stays a place, office words are not entities', () => {
      const got = rules('State Rep. Dale Ward spoke. Arizona Gov. Maria Quintero replied. Treasury Secretary Mark Ellison and U.S. Sen. Rachel Ortiz agreed.');
      has(got, 'PERSON Dale Ward', 'GPE Arizona', 'PERSON Maria Quintero', 'PERSON Mark Ellison', 'PERSON Rachel Ortiz');
      hasNot(got, 'ORG Treasury', 'GPE State', 'PERSON Rep. Dale Ward');
    });
    it('a title before an organisation word is not a person ("Major League Baseball")', () => {
      const got = rules('Fans of Major League Baseball cheered.');
      none(got, /^PERSON/);
    });
  });

  describe('organisations', () => {
    it('"the Federal Bureau of Investigation (FBI)" is ORG for both spans, and the acronym later', () => {
      const text = 'Agents of the Federal Bureau of Investigation (FBI) arrived. Later the FBI said nothing.';
      const got = rules(text);
      has(got, 'ORG Federal Bureau of Investigation');
      assert.strictEqual(got.filter((g) => g === 'ORG FBI').length, 2, JSON.stringify(got));
    });
    it('widely known acronyms and "X of Y" names', () => {
      const got = rules('Officials from NATO, the WHO and the EU met the Ministry of Defence and the Office of Management and Budget.');
      has(got, 'ORG NATO', 'ORG WHO', 'ORG EU', 'ORG Ministry of Defence', 'ORG Office of Management and Budget');
    });
    it('names ending in an organisation or company word', () => {
      const got = rules('Officers of the Sinaloa Cartel met Apple Inc. and Kessler Chemical near the Imperial Irrigation District and the Labour Party.');
      has(got, 'ORG Sinaloa Cartel', 'ORG Apple Inc.', 'ORG Kessler Chemical', 'ORG Imperial Irrigation District', 'ORG Labour Party');
    });
    it('the words around an unknown name: workplaces, shares, "based in", organisation nouns', () => {
      const text = 'Shares of Norvata fell. Analysts at Morgan Stanley and the supporters’ group Harbor Ultras, said so. Zentrix, based in Ohio, agreed.';
      const got = rules(text);
      has(got, 'ORG Norvata', 'ORG Morgan Stanley', 'ORG Harbor Ultras', 'ORG Zentrix');
      hasNot(got, 'PERSON Morgan Stanley', 'PERSON Harbor Ultras');
    });
    it('possessives: inside a name they stay, after a known name they split it', () => {
      const text = 'The US Attorney’s Office and CBP’s Office of Professional Responsibility reviewed it; nurses at Covenant Children’s Hospital waited.';
      const got = rules(text);
      has(got, 'ORG US Attorney’s Office', 'ORG CBP', 'ORG Office of Professional Responsibility', 'FAC Covenant Children’s Hospital');
    });
    it('the White House: an ORG when it acts, a FAC when it is the place', () => {
      const got = rules('The White House said it would respond. Protesters gathered outside the White House.');
      assert.deepStrictEqual(got.filter((g) => g.endsWith('White House')), ['ORG White House', 'FAC White House']);
    });
  });

  describe('names with numbers and articles, "on" and "for" names', () => {
    it('"S&P 500", "Interstate 40", "Title 42", "The Associated Press", "Committee on ...", not "Work on the ..."', async () => {
      const text = 'The S&P 500 rose. Interstate 40 and Title 42 were closed, The Associated Press said. Work on the Mill River Bridge began. The Committee on Foreign Relations met.';
      const got = shown(text, await suggestEntities(text));
      has(got, 'ORG S&P 500', 'FAC Interstate 40', 'LAW Title 42', 'ORG The Associated Press', 'FAC Mill River Bridge', 'ORG Committee on Foreign Relations');
      hasNot(got, 'ORG S&P', 'ORG Associated Press', 'FAC Work on the Mill River Bridge');
    });
  });

  describe('people', () => {
    it('a given name from compromise’s lexicon makes a PERSON; reporting verbs and roles around unknown names too', () => {
      const text = 'Laura Chen met Ismael Zambada. “It will pass,” said Priya Natarajan, chief economist at Halden Capital. Club president Ron Baker agreed.';
      const got = rules(text);
      has(got, 'PERSON Laura Chen', 'PERSON Ismael Zambada', 'PERSON Priya Natarajan', 'ORG Halden Capital', 'PERSON Ron Baker');
    });
    it('nicknames in quotes belong to the name', () => {
      const got = rules('The cartel was led by Joaquín ‘El Chapo’ Guzmán and Ismael "El Mayo" Zambada.');
      has(got, 'PERSON Joaquín ‘El Chapo’ Guzmán', 'PERSON Ismael "El Mayo" Zambada');
    });
    it('surnames and names written in capitals are found again; a name inside a longer one is not', async () => {
      const text = 'RIVERTON, Ohio — Mayor Angela Brooks spoke in Riverton. Brooks said cases in West Texas rose, and Texas agreed.';
      const got = shown(text, await suggestEntities(text));
      has(got, 'GPE RIVERTON', 'GPE Ohio', 'GPE Riverton', 'PERSON Angela Brooks', 'PERSON Brooks', 'LOC West Texas', 'GPE Texas');
      assert.strictEqual(got.filter((g) => g === 'GPE Texas').length, 1, JSON.stringify(got));
    });
  });

  describe('places', () => {
    it('datelines, state abbreviations, counties, parts of places', () => {
      const text = 'MILLBROOK, Vt. — Farmers in Imperial County and residents of the East End met.\nWASHINGTON — Measles cases in West Texas rose.';
      const got = rules(text);
      has(got, 'GPE MILLBROOK', 'GPE Vt.', 'GPE Imperial County', 'LOC East End', 'GPE WASHINGTON', 'LOC West Texas');
    });
    it('an unknown name after "in" that ends the clause is a place (a low score); a given name is not', () => {
      const text = 'In Lubbock, nurses waited. Doctors in Riverton said so, unlike those in Laura.';
      const got = suggestByRules(text, undefined, lexicon);
      const lubbock = got.find((s) => s.text === 'Lubbock');
      assert.ok(lubbock && lubbock.type === 'GPE' && lubbock.score < 0.6, JSON.stringify(got));
      has(shown(text, got), 'GPE Riverton');
      hasNot(shown(text, got), 'GPE Laura');
    });
    it('"Eagle Pass, Texas": a name before a comma and a state is a place; a person before it is not', () => {
      const got = rules('Agents in Eagle Pass, Texas, met Dale Ward, Texas’ senator.');
      has(got, 'GPE Eagle Pass', 'GPE Texas');
    });
  });

  describe('headlines', () => {
    it('Title Case headlines: ordinary words are read in lower case, names and their heads stay', async () => {
      const text = 'Treasury Chief Mark Ellison Says Tariffs Will Raise $300 Billion\n\nLaura Chen Wins Award for Reporting on Chicago Police Department\n\nBody text here.';
      const got = shown(text, await suggestEntities(text));
      has(got, 'PERSON Mark Ellison', 'MONEY $300 Billion', 'PERSON Laura Chen', 'ORG Chicago Police Department');
      none(got, /Says|Wins|Award/);
    });
  });

  describe('chunks', () => {
    it('capitalised tokens only; words inside other words are not tokens; connectors join names', () => {
      const text = 'an iPhone and x-Ray for the Department of Health and Human Services in San Diego-Mexico';
      const tokens = tokenize(text, () => false);
      assert.deepStrictEqual(tokens.map((t) => t.text), ['Department', 'Health', 'Human', 'Services', 'San', 'Diego', 'Mexico']);
      const runs = [...chunks(text, tokens)].map((c) => c.map((t) => t.text).join(' '));
      assert.deepStrictEqual(runs, ['Department of Health and Human Services', 'San Diego', 'Mexico']);
    });
  });
});
