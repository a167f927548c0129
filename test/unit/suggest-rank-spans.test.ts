import * as assert from 'assert';
import { overlapTest, rankEntities } from '../../src/core/suggest/rank';
import { inRanges, rangeTest } from '../../src/core/suggest/entities/rules';
import type { EntitySuggestion } from '../../src/core/suggest/types';

/** A small seeded generator, so that a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('suggest: span look-ups of the ranker and the engines', () => {
  it('overlapTest answers as a scan over every span would (random spans, nested and touching ones)', () => {
    const next = rng(7);
    for (let round = 0; round < 50; round++) {
      const spans = Array.from({ length: 1 + Math.floor(next() * 30) }, () => {
        const start = Math.floor(next() * 200);
        return { start, end: start + 1 + Math.floor(next() * 40) };
      });
      const test = overlapTest(spans);
      for (let q = 0; q < 100; q++) {
        const start = Math.floor(next() * 240);
        const end = start + 1 + Math.floor(next() * 20);
        assert.strictEqual(test(start, end), spans.some((s) => s.start < end && start < s.end), JSON.stringify({ spans, start, end }));
      }
    }
    assert.strictEqual(overlapTest([])(0, 10), false);
  });
  it('rangeTest answers as inRanges does (a span inside one range, not across two)', () => {
    const next = rng(11);
    for (let round = 0; round < 50; round++) {
      const ranges = Array.from({ length: 1 + Math.floor(next() * 10) }, (): [number, number] => {
        const a = Math.floor(next() * 300);
        return [a, a + Math.floor(next() * 60)];
      });
      const test = rangeTest(ranges);
      for (let q = 0; q < 100; q++) {
        const start = Math.floor(next() * 340);
        const end = start + 1 + Math.floor(next() * 30);
        assert.strictEqual(test(start, end), inRanges(ranges, start, end), JSON.stringify({ ranges, start, end }));
      }
    }
  });
  it('ranks 100,000 suggestions in linear time: each overlap check costs the span’s length, not the number chosen', () => {
    const many: EntitySuggestion[] = [];
    for (let i = 0; i < 100_000; i++) {
      many.push({ start: i * 10, end: i * 10 + 6, text: 'xxxxxx', type: 'GPE', score: 0.7, engine: 'rules' });
      if (i % 3 === 0) many.push({ start: i * 10 + 2, end: i * 10 + 9, text: 'xxxxxxx', type: 'ORG', score: 0.8, engine: 'rules' });
    }
    const t = performance.now();
    const got = rankEntities(many, { existing: [{ start: 5, end: 8, type: 'ORG' }], boilerplate: [[999_990, 1_000_000]] });
    const ms = performance.now() - t;
    assert.strictEqual(got.length, 100_000 - 1 - 1);
    for (let i = 1; i < got.length; i++) assert.ok(got[i - 1]!.end <= got[i]!.start);
    // A quadratic check took minutes here; linear work is well under this bound even on a busy machine.
    assert.ok(ms < 5_000, `${Math.round(ms)} ms`);
  });
});
