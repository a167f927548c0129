// The span index's look-up by key stays right through any mix of inserts, removals and edits (each key keeps a
// slot whose place is renumbered on every insert and removal: a slip would hide here).
import * as assert from 'assert';
import fc from 'fast-check';
import { SpanIndex } from '../../src/core/anchoring/spanIndex';

describe('SpanIndex look-ups by key', () => {
  it('agree with a plain map after random sets, deletes and edits (including more than a log full of them)', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key: fc.integer({ min: 0, max: 80 }), start: fc.integer({ min: 0, max: 500 }), length: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ kind: fc.constant('delete' as const), key: fc.integer({ min: 0, max: 80 }) }),
      fc.record({ kind: fc.constant('get' as const), key: fc.integer({ min: 0, max: 80 }) }),
      fc.record({ kind: fc.constant('edit' as const), at: fc.integer({ min: 0, max: 520 }), removed: fc.integer({ min: 0, max: 30 }), inserted: fc.integer({ min: 0, max: 5 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 50, maxLength: 300 }), (ops) => {
        const index = new SpanIndex([]);
        for (const o of ops) {
          if (o.kind === 'set') index.set({ key: `k${o.key}`, start: o.start, end: o.start + o.length, text: 'x'.repeat(o.length) });
          else if (o.kind === 'delete') index.delete(`k${o.key}`);
          else if (o.kind === 'edit') index.apply({ rangeOffset: o.at, rangeLength: o.removed, text: 'y'.repeat(o.inserted) });
          // Every key the iteration shows is found by get() at the same place, and no other key is.
          const listed = new Map([...index].map((s) => [s.key, s]));
          for (let k = 0; k <= 80; k++) assert.deepStrictEqual(index.get(`k${k}`), listed.get(`k${k}`));
        }
      }),
      { numRuns: 200 },
    );
  });
});
