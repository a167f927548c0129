import * as assert from 'assert';
import { numbers } from '../../src/core/suggest/entities/numbers';

/** `TYPE text` of each piece. */
function shown(text: string): string[] {
  return numbers(text).map((p) => `${p.type} ${text.slice(p.start, p.end)}`);
}

describe('suggest: dates, money, percentages and quantities (rules)', () => {
  it('dates: days, months with and without a day, years, relative dates, periods and ages', () => {
    const text =
      'On Nov. 27, 2024 and on Thursday night, since late January and through March, in 2022 and the 1990s, last week and earlier this year, over the next few days, for 18 months, three decades ago, a 24-year-old signed a four-year deal; the second quarter.';
    assert.deepStrictEqual(shown(text).filter((x) => x.startsWith('DATE')), [
      'DATE Nov. 27, 2024', 'DATE Thursday night', 'DATE late January', 'DATE March', 'DATE 2022', 'DATE 1990s', 'DATE last week',
      'DATE earlier this year', 'DATE the next few days', 'DATE 18 months', 'DATE three decades ago', 'DATE 24-year-old', 'DATE four-year',
      'DATE the second quarter',
    ]);
  });
  it('"May" and "March" are dates only with a day, a year or a preposition; clock times and hours are not dates', () => {
    const got = shown('Officials may March on May 5 and in May. The fire burned for three hours until 3 a.m.');
    assert.deepStrictEqual(got, ['DATE May 5', 'DATE May']);
  });
  it('money: symbols with scales and country letters, amounts in words, two amounts in a range', () => {
    const got = shown('They paid $50,000, US$5 million and €40 million, between $5,000 and $10,000, or two million dollars.');
    assert.deepStrictEqual(got, ['MONEY $50,000', 'MONEY US$5 million', 'MONEY €40 million', 'MONEY $5,000', 'MONEY $10,000', 'MONEY two million dollars']);
  });
  it('percentages and quantities (the shortest span: no "over"); bare counts and years in amounts are not suggested', () => {
    const got = shown('Prices rose 2.9% and 20 percent, 3 percentage points, over 1,040 feet and 99.4 degrees Fahrenheit, 40,000 acres; 146 cases and $2024.');
    assert.deepStrictEqual(got, ['PERCENT 2.9%', 'PERCENT 20 percent', 'PERCENT 3 percentage points', 'QUANTITY 1,040 feet', 'QUANTITY 99.4 degrees Fahrenheit', 'QUANTITY 40,000 acres', 'MONEY $2024']);
  });
});
