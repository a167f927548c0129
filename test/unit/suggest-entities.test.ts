import * as assert from 'assert';
import { suggestEntities } from '../../src/core/suggest/entities/index';
import { locate, suggestByCompromise } from '../../src/core/suggest/entities/compromise';
import { prepare, toOriginal, trimSpan } from '../../src/core/suggest/entities/prepare';
import { suggestByRules } from '../../src/core/suggest/entities/rules';
import { suggestByWink, tokenOffsets } from '../../src/core/suggest/entities/wink';
import type { EntitySuggestion } from '../../src/core/suggest/types';

/** `TYPE text` of each suggestion, checking that every offset gives its text. */
function shown(text: string, suggestions: readonly EntitySuggestion[]): string[] {
  for (const s of suggestions) assert.strictEqual(text.slice(s.start, s.end), s.text, `offsets of ${JSON.stringify(s)}`);
  return suggestions.map((s) => `${s.type} ${s.text}`);
}
const has = (list: string[], item: string) => assert.ok(list.includes(item), `${item} not in ${JSON.stringify(list)}`);
const hasNot = (list: string[], item: string) => assert.ok(!list.includes(item), `${item} in ${JSON.stringify(list)}`);

describe('suggest: entity engines', () => {
  describe('prepare', () => {
    it('straightens curly quotes and title-cases capital headlines without moving offsets', () => {
      const text = 'TRUMP MEETS PUTIN IN ALASKA OVER UKRAINE\nHe said “yes” to Noem’s plan.';
      const p = prepare(text);
      assert.strictEqual(p.text.length, text.length);
      assert.ok(p.text.startsWith('Trump Meets Putin in Alaska over Ukraine\n'), p.text);
      assert.ok(p.text.endsWith('He said "yes" to Noem\'s plan.'));
    });
    it('splits glued scraped tokens and maps offsets back', () => {
      const text = 'PoliticsTrump visited NewsNation in Ohio.';
      const p = prepare(text);
      assert.strictEqual(p.text, 'Politics Trump visited NewsNation in Ohio.');
      const at = p.text.indexOf('Trump');
      assert.deepStrictEqual(toOriginal(p, at, at + 5), [8, 13]);
      assert.strictEqual(text.slice(...toOriginal(p, p.text.indexOf('Ohio'), p.text.indexOf('Ohio') + 4)), 'Ohio');
    });
    it('trims quotes, punctuation and possessives but keeps initials', () => {
      const t = '“Biden’s, U.S.';
      assert.deepStrictEqual(trimSpan(t, 0, 8), [1, 6]);
      assert.strictEqual(t.slice(...trimSpan(t, 10, 14)), 'U.S.');
    });
  });

  describe('rules', () => {
    it('organisations: acronyms after a name, "Department of", heads, and the acronym elsewhere', () => {
      const text = 'Officers of U.S. Customs and Border Protection (CBP) met the Department of Justice. Later, CBP and the Sinaloa Cartel and Apple Inc. were named.';
      const got = shown(text, suggestByRules(text));
      has(got, 'ORG U.S. Customs and Border Protection');
      assert.strictEqual(got.filter((g) => g === 'ORG CBP').length, 2);
      has(got, 'ORG Department of Justice');
      has(got, 'ORG Sinaloa Cartel');
      has(got, 'ORG Apple Inc.');
      hasNot(got, 'ORG the Sinaloa Cartel');
    });
    it('laws, events, GPE vs LOC, NORP, FAC, titles, quantities', () => {
      const text =
        'Under the Affordable Care Act, Operation Midway Blitz began in Texas near the Rio Grande and the Colorado River. Mexican and Canadian officials met Secretary Kristi Noem at El Paso International Airport, 3 miles from Eagle Pass, Texas.';
      const got = shown(text, suggestByRules(text));
      for (const item of ['LAW Affordable Care Act', 'EVENT Operation Midway Blitz', 'GPE Texas', 'LOC Rio Grande', 'LOC Colorado River', 'NORP Mexican', 'NORP Canadian', 'PERSON Kristi Noem', 'FAC El Paso International Airport', 'QUANTITY 3 miles', 'GPE Eagle Pass']) has(got, item);
      hasNot(got, 'PERSON Secretary Kristi Noem');
    });
    it('possessives and curly quotes keep exact offsets', () => {
      const text = 'The court backed Mexico’s claim and the “Sinaloa Cartel” ties of Texas\'s governor.';
      const got = shown(text, suggestByRules(text));
      has(got, 'GPE Mexico');
      has(got, 'ORG Sinaloa Cartel');
      has(got, 'GPE Texas');
    });
    it('all-caps headlines are matched title-cased with their original text', () => {
      const text = 'FBI RAIDS OFFICES IN CHICAGO AND NEW YORK\nBody.';
      const got = shown(text, suggestByRules(text));
      has(got, 'ORG FBI');
      has(got, 'GPE CHICAGO');
      has(got, 'GPE NEW YORK');
    });
    it('two names joined by "and" stay two; a sentence-initial word alone is not a name', () => {
      const text = 'Texas and California sued. Agents said so.';
      const got = shown(text, suggestByRules(text));
      has(got, 'GPE Texas');
      has(got, 'GPE California');
      assert.ok(!got.some((g) => g.includes('Agents')));
    });
    it('ranges restrict the output', () => {
      const text = 'Chicago is big. Boston is old.';
      const got = shown(text, suggestByRules(text, [[16, text.length]]));
      assert.deepStrictEqual(got, ['GPE Boston']);
    });
  });

  describe('compromise', () => {
    it('finds a match again by its words when the offset skips a leading quote', () => {
      const text = 'He said “Joe Biden” won.';
      const span = locate(text, { text: '“Joe Biden”', offset: { start: 9, length: 10 }, terms: [{ text: 'Joe' }, { text: 'Biden' }] });
      assert.deepStrictEqual(span, [9, 18]);
      assert.strictEqual(locate(text, { text: 'x', offset: { start: 0, length: 1 }, terms: [{ text: 'Nobody' }] }), undefined);
    });
    it('people, places and nationalities with exact offsets (curly quotes, possessives, glued tokens)', async () => {
      const text = 'PoliticsJoe Biden’s aides met “Emmanuel Macron” in Paris, and Mexican officials in Denver.';
      const got = shown(text, await suggestByCompromise(text));
      has(got, 'PERSON Joe Biden');
      has(got, 'PERSON Emmanuel Macron');
      has(got, 'GPE Paris');
      has(got, 'NORP Mexican');
    });
  });

  describe('compromise: titles', () => {
    it('a title is never a place, and the person is named without it', async () => {
      const text = 'State Sen. Rachel Ortiz met State Rep. Dale Ward in Austin.';
      const got = shown(text, await suggestByCompromise(text));
      has(got, 'PERSON Rachel Ortiz');
      has(got, 'PERSON Dale Ward');
      assert.ok(!got.some((g) => /^GPE .*(?:Sen|Rep)\b/.test(g)), JSON.stringify(got));
    });
  });

  describe('wink', () => {
    it('token offsets are rebuilt and checked against the text', () => {
      assert.deepStrictEqual(tokenOffsets('a  bc.', ['a', 'bc', '.'], ['', '  ', '']), [[0, 1], [3, 5], [5, 6]]);
      assert.deepStrictEqual(tokenOffsets('a bc', ['a', 'zz'], ['', ' ']), [[0, 1], undefined]);
    });
    it('dates, money, percentages and quantities; plain cardinals are not suggested', async () => {
      const text = 'On Nov. 27 they paid “$50,000” and 12% more for 40 miles of road, and six people came on Thursday.';
      const got = shown(text, await suggestByWink(text));
      has(got, 'DATE Nov. 27');
      has(got, 'MONEY $50,000');
      has(got, 'PERCENT 12%');
      has(got, 'QUANTITY 40 miles');
      has(got, 'DATE Thursday');
      assert.ok(!got.some((g) => g.includes('six')), JSON.stringify(got));
    });
  });

  describe('suggestEntities (combined)', () => {
    it('combines the engines, one suggestion per span, surnames and repeated names found again', async () => {
      const text = 'Secretary Kristi Noem said the Department of Homeland Security (DHS) paid $2,000 on Monday. Noem said DHS agents in Chicago were targeted. Later Chicago police agreed.';
      const all = await suggestEntities(text);
      const got = shown(text, all);
      for (const item of ['PERSON Kristi Noem', 'PERSON Noem', 'ORG Department of Homeland Security', 'ORG DHS', 'MONEY $2,000', 'DATE Monday', 'GPE Chicago']) has(got, item);
      assert.strictEqual(got.filter((g) => g === 'GPE Chicago').length, 2);
      for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.end <= all[i]!.start, `overlap: ${JSON.stringify([all[i - 1], all[i]])}`);
      for (const s of all) assert.ok(s.score > 0 && s.score <= 1);
    });
    it('respects ranges (document bodies minus boilerplate)', async () => {
      const text = 'Skip to content Berlin\nParis hosted Germany.\nSubscribe to Reuters';
      const body: [number, number] = [text.indexOf('Paris'), text.indexOf('\nSubscribe')];
      const got = shown(text, await suggestEntities(text, [body]));
      has(got, 'GPE Paris');
      has(got, 'GPE Germany');
      assert.ok(got.every((g) => !g.includes('Berlin') && !g.includes('Reuters')), JSON.stringify(got));
    });
  });
});
