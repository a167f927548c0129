import * as assert from 'assert';
import { LiveAnnotations } from '../../src/core/anchoring/live';
import { applyChange } from '../../src/core/anchoring/shift';
import { apply, force, invert, type Change } from '../../src/core/edit/operations';
import { cuesIn, occurrencesOf, sentenceAt, wordAt } from '../../src/core/edit/text';
import { claim, entity, sidecar } from './helpers/sidecars';

describe('editing: operations, undo and merge', () => {
  const e1 = entity('e1', 0, 'Lyon', { type: 'GPE' });
  const e2 = entity('e2', 10, 'Paris', { type: 'GPE' });
  const base = sidecar({ entities: [e1, e2] });

  it('applies and inverts a change (undo, then redo)', () => {
    const change: Change = { label: 'retype', operations: [{ op: 'update', kind: 'entity', before: e1, after: { ...e1, type: 'LOC' } }, { op: 'remove', kind: 'entity', annotation: e2 }] };
    const done = apply(base, change);
    assert.deepStrictEqual(done.conflicts, []);
    assert.deepStrictEqual(done.sidecar.entities, [{ ...e1, type: 'LOC' }]);
    const undone = apply(done.sidecar, invert(change));
    assert.deepStrictEqual(undone.sidecar.entities, [e1, e2]);
    assert.deepStrictEqual(apply(undone.sidecar, change).sidecar, done.sidecar);
  });

  it('replays local changes over a sidecar changed on disk, merging by id, reporting true conflicts', () => {
    const mine: Change = { label: 'mine', operations: [{ op: 'add', kind: 'claim', annotation: claim('c1', 0, 'Lyon said so') }, { op: 'update', kind: 'entity', before: e1, after: { ...e1, note: 'city' } }] };
    // A colleague moved everything by 5 (edited text), and changed e2: no conflict with mine.
    const theirs = sidecar({ entities: [{ ...e1, start: 5, end: 9 }, { ...e2, start: 15, end: 20, type: 'LOC' }] });
    const merged = apply(theirs, mine);
    assert.deepStrictEqual(merged.conflicts, []);
    assert.strictEqual(merged.sidecar.entities[0]!.note, 'city');
    assert.strictEqual(merged.sidecar.entities[1]!.type, 'LOC');
    assert.strictEqual(merged.sidecar.claims.length, 1);
    // They retyped e1 too: my note update meets a different e1, a conflict, and nothing of it is applied.
    const clash = apply(sidecar({ entities: [{ ...e1, type: 'ORG' }] }), mine);
    assert.strictEqual(clash.conflicts.length, 1);
    assert.strictEqual(clash.sidecar.entities[0]!.type, 'ORG');
    assert.strictEqual(force(clash.sidecar, clash.conflicts[0]!).entities[0]!.note, 'city');
  });
});

describe('editing: text helpers', () => {
  const text = 'The mayor of Saint-Étienne said on Monday that the bridge “will reopen.” Officials in Lyon disagreed, according to a report.\nNext paragraph.';

  it('finds the word at a place', () => {
    const w = wordAt(text, text.indexOf('Étienne') + 2)!;
    assert.strictEqual(text.slice(w.start, w.end), 'Saint-Étienne');
    assert.deepStrictEqual(wordAt(text, text.indexOf(' said')), { start: text.indexOf('Saint'), end: text.indexOf(' said') }, 'just after a word: that word');
    assert.strictEqual(wordAt('a  b', 2), undefined);
  });

  it('finds the sentence at a place, within its paragraph', () => {
    const s = sentenceAt(text, text.indexOf('Lyon'));
    assert.strictEqual(text.slice(s.start, s.end), 'Officials in Lyon disagreed, according to a report.');
    const first = sentenceAt(text, 3);
    assert.strictEqual(text.slice(first.start, first.end), 'The mayor of Saint-Étienne said on Monday that the bridge “will reopen.”');
    const last = sentenceAt(text, text.length - 2);
    assert.strictEqual(text.slice(last.start, last.end), 'Next paragraph.');
  });

  it('finds attribution cues in a sentence, the last first', () => {
    assert.deepStrictEqual(cuesIn(text, 0, text.indexOf('\n')).map((c) => c.text), ['according to', 'said']);
  });

  it('finds whole-word occurrences only', () => {
    const t = 'Lyon, Lyonnais and Lyon; LYON';
    assert.deepStrictEqual(occurrencesOf(t, 'Lyon').map((o) => o.start), [0, t.indexOf('Lyon;')]);
  });
});

describe('anchoring: undo brings orphans back', () => {
  it('deleting an annotated phrase orphans it; undoing the deletion restores it', () => {
    const text = 'The Border Patrol agents said so.';
    const e = entity('e1', 4, 'Border Patrol');
    const live = new LiveAnnotations(sidecar({ entities: [e] }));
    const deletion = { rangeOffset: 0, rangeLength: 24, text: '' }; // "The Border Patrol agents"
    assert.deepStrictEqual(live.apply([deletion]).orphaned, ['e1']);
    const after = applyChange(text, deletion);
    const undo = { rangeOffset: 0, rangeLength: 0, text: text.slice(0, 24) };
    assert.deepStrictEqual(live.apply([undo]).restored, ['e1']);
    assert.strictEqual(applyChange(after, undo), text);
    assert.deepStrictEqual(live.entities.get('e1'), { key: 'e1', start: 4, end: 17, text: 'Border Patrol' });
  });

  it('an edit at the place in between, or different text put back, does not resurrect it', () => {
    const e = entity('e1', 4, 'Border Patrol');
    const live = new LiveAnnotations(sidecar({ entities: [e] }));
    live.apply([{ rangeOffset: 4, rangeLength: 13, text: '' }]);
    assert.deepStrictEqual(live.apply([{ rangeOffset: 4, rangeLength: 0, text: 'Coast Guard' }]).restored, []);
    assert.strictEqual(live.entities.get('e1'), undefined);
  });
});
