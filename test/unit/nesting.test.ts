// Flow collections nested past any sidecar's need are refused before the parser, in linear time.
import * as assert from 'assert';
import { MAX_NESTING, tooDeepAt } from '../../src/core/sidecar/nesting';
import { loadSidecar } from '../../src/core/sidecar/load';

describe('nesting guard', () => {
  it('refuses a flow sequence nested a million deep quickly, with a problem at the place', () => {
    const text = `schema: seed-annotator/v1\nentities: ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}\n`;
    const started = Date.now();
    const read = loadSidecar(text, {});
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    assert.strictEqual(read.sidecar, undefined);
    const p = read.problems.find((x) => /nested deeper than/.test(x.message));
    assert.ok(p, JSON.stringify(read.problems));
    assert.strictEqual(p.line, 2);
    assert.strictEqual(p.col, 'entities: '.length + MAX_NESTING + 1);
  });

  it('does not count brackets in quoted values or comments, nor apostrophes inside plain text', () => {
    const deepText = '['.repeat(MAX_NESTING + 5);
    assert.strictEqual(tooDeepAt(`text: "${deepText}"\n`), undefined);
    assert.strictEqual(tooDeepAt(`text: '${deepText}'\n`), undefined);
    assert.strictEqual(tooDeepAt(`note: fine # ${deepText}\n`), undefined);
    assert.notStrictEqual(tooDeepAt(`note: don't ${deepText}\n`), undefined, 'an apostrophe in plain text opens no quote');
    assert.strictEqual(tooDeepAt('entities: [{id: e1, cue: {start: 1, end: 2}}]\n'), undefined);
  });
});
