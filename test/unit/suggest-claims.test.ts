import * as assert from 'assert';
import { suggestClaims } from '../../src/core/suggest/claims/index';
import type { ClaimSuggestion } from '../../src/core/suggest/types';

const one = (text: string): ClaimSuggestion => {
  const cs = suggestClaims(text);
  assert.strictEqual(cs.length, 1, JSON.stringify(cs));
  const c = cs[0]!;
  assert.strictEqual(text.slice(c.start, c.end), c.text);
  assert.ok(c.score > 0 && c.score <= 1);
  return c;
};

describe('claims engine', () => {
  it('X said that Y', () => {
    const c = one('The mayor said that the bridge would reopen in May after repairs.');
    assert.strictEqual(c.text, 'the bridge would reopen in May after repairs');
    assert.strictEqual(c.source?.text, 'The mayor');
    assert.strictEqual(c.cue?.text, 'said');
    assert.strictEqual(c.attribution, 'indirect');
  });
  it('X said Y (no "that"), with a title and a name', () => {
    const c = one('Secretary Kristi Noem said the agency had received credible threats against officers.');
    assert.strictEqual(c.source?.text, 'Secretary Kristi Noem');
    assert.strictEqual(c.text, 'the agency had received credible threats against officers');
  });
  it('Y, X said. and Y, said X.', () => {
    let c = one('Prices rose by four percent in the year to July, the agency said on Friday.');
    assert.strictEqual(c.text, 'Prices rose by four percent in the year to July');
    assert.strictEqual(c.source?.text, 'the agency');
    c = one('The plant will close next year, said John Smith, a spokesman for the company.');
    assert.strictEqual(c.source?.text, 'John Smith');
    assert.strictEqual(c.text, 'The plant will close next year');
  });
  it('according to X, Y and Y, according to X', () => {
    let c = one('According to the police, two men were arrested near the station.');
    assert.strictEqual(c.text, 'two men were arrested near the station');
    assert.strictEqual(c.cue?.text, 'According to');
    c = one('Two men were arrested near the station, according to the police.');
    assert.strictEqual(c.text, 'Two men were arrested near the station');
    assert.strictEqual(c.source?.text, 'the police');
  });
  it('claims / warned / told / confirmed that', () => {
    assert.strictEqual(one('Officials warned that the river could flood the lower town by Sunday.').cue?.text, 'warned');
    const t = one('Smith told reporters on Monday that the company had lost its biggest customer.');
    assert.strictEqual(t.text, 'the company had lost its biggest customer');
    assert.strictEqual(t.source?.text, 'Smith');
    const c = one('US Customs and Border Protection (CBP) confirmed in a statement that two people were arrested.');
    assert.strictEqual(c.source?.text, 'US Customs and Border Protection');
    assert.strictEqual(c.text, 'two people were arrested');
  });
  it('X says / X has said / it was reported that', () => {
    assert.strictEqual(one('The ministry says exports fell sharply in the first quarter.').cue?.text, 'says');
    const h = one('The White House has said the tariffs will raise more money.');
    assert.strictEqual(h.source?.text, 'The White House');
    const p = one('It was reported that the factory had been sold to a rival.');
    assert.strictEqual(p.text, 'the factory had been sold to a rival');
    assert.strictEqual(p.source, undefined);
  });
  it('quoted speech with the speaker after, curly quotes: the inside of the quote is the content', () => {
    const c = one('“We are not in a hurry to change anything at all,” she said.');
    assert.strictEqual(c.text, 'We are not in a hurry to change anything at all,');
    assert.strictEqual(c.source?.text, 'she');
    assert.strictEqual(c.attribution, 'direct');
    const s = one('"The council made the wrong call on this one," said Maria Lopez.');
    assert.strictEqual(s.source?.text, 'Maria Lopez');
  });
  it('quoted speech with the speaker before (He said: “…”)', () => {
    const c = one('He said: “The numbers do not add up and everyone knows it.”');
    assert.strictEqual(c.text, 'The numbers do not add up and everyone knows it.');
    assert.strictEqual(c.source?.text, 'He');
    assert.strictEqual(c.cue?.text, 'said');
  });
  it('multi-sentence quotes, a quote continuing the speaker, and a quote over two paragraphs', () => {
    const text = '“This is the first sentence of it. This is the second one,” the memo said. “And a third sentence follows here.”\r\n“A paragraph that goes on\r\n“and ends here in the next one.”';
    const cs = suggestClaims(text);
    assert.strictEqual(cs[0]!.text, 'This is the first sentence of it. This is the second one,');
    assert.strictEqual(cs[1]!.text, 'And a third sentence follows here.');
    assert.strictEqual(cs[1]!.source?.text, 'the memo');
    assert.strictEqual(cs.length, 3);
    assert.ok(cs[2]!.text.startsWith('A paragraph that goes on') && cs[2]!.text.endsWith('next one.'));
  });
  it('no claim in plain narration or scare quotes', () => {
    const text = 'The vehicle then zooms by and hits the man. The incident is being reviewed by the “proper authorities” today.\nThe company announced a new phone on Tuesday. He did not say whether he would run again.';
    assert.deepStrictEqual(suggestClaims(text), []);
  });
  it('ranges are respected and offsets stay offsets into the whole text (CRLF, bundles)', () => {
    const a = '==> a.txt <==\r\nThe mayor said the bridge would reopen in May.\r\n';
    const b = '==> b.txt <==\r\nPolice said two men were arrested on Friday night.\r\n';
    const text = a + b;
    const onlyB = suggestClaims(text, [[a.length, text.length]]);
    assert.strictEqual(onlyB.length, 1);
    assert.strictEqual(onlyB[0]!.text, 'two men were arrested on Friday night');
    assert.strictEqual(text.slice(onlyB[0]!.start, onlyB[0]!.end), onlyB[0]!.text);
    assert.strictEqual(suggestClaims(text).length, 2);
  });
});
