// Accepting and rejecting suggestions: ordinary annotations and `rejected` entries, through the same operations
// as every other change (undoable, merged with the sidecar on disk), and rejections that survive text edits.
import * as assert from 'assert';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { recognize } from '../../src/core/documents';
import { apply, invert } from '../../src/core/edit/operations';
import { emptySidecar, type Sidecar } from '../../src/core/model';
import { AnnotationSession } from '../../src/core/session/session';
import { loadSidecar } from '../../src/core/sidecar/load';
import { readSidecar } from '../../src/core/sidecar/read';
import { validateSidecar } from '../../src/core/sidecar/validate';
import { acceptChange, asSuggestions, CLAIM_TYPE, occurrences, rejectChange, relocateRejected, suggestionKey, type Suggestion } from '../../src/core/suggest/accept';
import { suggestForFile } from '../../src/core/suggest/file';
import { MemoryStore } from './helpers/memoryStore';

const TEXT = 'Maria Silva said the bridge would reopen in May. The ministry disagreed.\n';
const FILE = recognize(TEXT, { fileName: '000_aaaaaaaaaaaaaaaa.txt' });
const noIds = { has: () => false, isEntity: () => false };

const person: Suggestion = { kind: 'entity', start: 0, end: 11, text: 'Maria Silva', type: 'PERSON', score: 0.9, engine: 'rules' };
const claim: Suggestion = {
  kind: 'claim',
  type: CLAIM_TYPE,
  start: 17,
  end: 47,
  text: TEXT.slice(17, 47),
  score: 0.8,
  engine: 'claims',
  source: { start: 0, end: 11, text: 'Maria Silva' },
  cue: { start: 12, end: 16, text: 'said' },
  attribution: 'indirect',
};

describe('suggestions: accepting', () => {
  it('makes an entity and a claim whose source is that entity, with context and fresh ids', () => {
    const change = acceptChange(TEXT, FILE, noIds, [], [claim, person], 'Accept Suggestions');
    assert.deepStrictEqual(change.operations.map((o) => [o.op, o.kind]), [['add', 'entity'], ['add', 'claim']]);
    const [e, c] = change.operations.map((o) => (o.op === 'add' ? o.annotation : undefined)) as [Sidecar['entities'][0], Sidecar['claims'][0]];
    assert.deepStrictEqual([e.type, e.start, e.end, e.text, e.suffix !== undefined], ['PERSON', 0, 11, 'Maria Silva', true]);
    assert.notStrictEqual(c.id, e.id);
    assert.deepStrictEqual(c.source, { entity: e.id, text: 'Maria Silva' });
    assert.deepStrictEqual(c.cue, { start: 12, end: 16, text: 'said' });
    assert.strictEqual(c.status, 'unverified');
    const after = apply(emptySidecar(), change).sidecar;
    assert.strictEqual(after.entities.length + after.claims.length, 2);
    assert.deepStrictEqual(apply(after, invert(change)).sidecar.entities, []);
  });

  it('leaves out a suggestion whose text is no longer at its place', () => {
    const moved = { ...person, start: 1, end: 12 };
    assert.deepStrictEqual(acceptChange(TEXT, FILE, noIds, [], [moved], 'x').operations, []);
  });

  it('keys and orders suggestions by place', () => {
    const list = asSuggestions({ entities: [{ ...person, start: 50, end: 53, text: 'The' }, person], claims: [claim] });
    assert.deepStrictEqual(list.map((s) => s.start), [0, 17, 50]);
    assert.strictEqual(suggestionKey(list[1]!), 'claim:CLAIM:17:47');
  });
});

describe('suggestions: rejecting', () => {
  it('adds rejected entries once; undo removes them', () => {
    const change = rejectChange([person, claim], 'Reject Suggestion');
    const once = apply(emptySidecar(), change).sidecar;
    assert.deepStrictEqual(once.rejected, [
      { type: 'PERSON', start: 0, end: 11, text: 'Maria Silva' },
      { type: 'CLAIM', start: 17, end: 47, text: claim.text },
    ]);
    assert.deepStrictEqual(apply(once, change).sidecar.rejected, once.rejected);
    assert.deepStrictEqual(apply(once, invert(change)).sidecar.rejected, []);
  });

  it('a rejected suggestion is not suggested again, also after the text before it was edited', async () => {
    const text = 'Officials met in Lisbon. Ana Costa said the plan "will not change," according to the ministry.\n';
    const file = recognize(text, { fileName: '000_aaaaaaaaaaaaaaaa.txt' });
    const first = asSuggestions(await suggestForFile(text, file, undefined));
    const lisbon = first.find((s) => s.text === 'Lisbon');
    const quote = first.find((s) => s.kind === 'claim');
    assert.ok(lisbon && quote, `suggested: ${first.map((s) => s.text).join(' | ')}`);
    const sidecar = apply(emptySidecar(), rejectChange([lisbon, quote], 'x')).sidecar;
    const again = asSuggestions(await suggestForFile(text, file, sidecar)).map(suggestionKey);
    assert.ok(!again.includes(suggestionKey(lisbon)) && !again.includes(suggestionKey(quote)), again.join(', '));
    // Three characters typed at the start: the rejection's offsets are stale, its text moved by 3.
    const edited = `So ${text}`;
    const later = asSuggestions(await suggestForFile(edited, recognize(edited, { fileName: '000_aaaaaaaaaaaaaaaa.txt' }), sidecar));
    assert.ok(!later.some((s) => s.text === 'Lisbon' && s.type === lisbon.type), later.map((s) => `${s.type}:${s.text}`).join(', '));
  });

  it('relocates a stale rejection to the nearest place of its text', () => {
    const r = { type: 'GPE', start: 10, end: 16, text: 'Lisbon' };
    assert.deepStrictEqual(relocateRejected('Lisbon... Lisbon ... Lisbon', [r])[0], { ...r, start: 10, end: 16 });
    assert.deepStrictEqual(relocateRejected('xx Lisbon, Porto and Lisbon', [r])[0], { ...r, start: 3, end: 9 });
    assert.deepStrictEqual(relocateRejected('no such city', [r])[0], r);
  });

  it('through a session: written to the sidecar, undone, redone', async () => {
    const store = new MemoryStore();
    const sidecarPath = '/w/000_aaaaaaaaaaaaaaaa.annotations.yaml';
    store.put(sidecarPath, 'schema: seed-annotator/v1\n# kept\nentities: []\n');
    const session = new AnnotationSession(
      { uri: 'file:///w/000_aaaaaaaaaaaaaaaa.txt', fileName: '/w/000_aaaaaaaaaaaaaaaa.txt', text: () => TEXT, isDirty: () => false, readDiskText: async () => TEXT },
      DEFAULT_CONFIG,
      { files: store, sidecarPath, resolveConflicts: async () => 'mine', changed: () => undefined, problems: () => undefined, notify: () => undefined, failed: (e) => assert.fail(e) },
    );
    await session.open();
    session.perform(rejectChange([person], 'Reject Suggestion'));
    await session.sync.write();
    const written = store.text(sidecarPath)!;
    assert.match(written, /# kept/);
    assert.deepStrictEqual(readSidecar(written).sidecar!.rejected, [{ type: 'PERSON', start: 0, end: 11, text: 'Maria Silva' }]);
    // A rejected claim's type is CLAIM, which both readers and validate take (it is no entity label).
    session.perform(rejectChange([claim], 'Reject Suggestion'));
    await session.sync.write();
    const both = store.text(sidecarPath)!;
    assert.deepStrictEqual(readSidecar(both).problems, []);
    assert.deepStrictEqual(loadSidecar(both).sidecar!.rejected.map((r) => r.type), ['PERSON', 'CLAIM']);
    assert.deepStrictEqual(validateSidecar(both, TEXT, '000_aaaaaaaaaaaaaaaa.txt', DEFAULT_CONFIG).problems.filter((p) => p.severity === 'error'), []);
    assert.strictEqual(session.undo(), 'Reject Suggestion');
    assert.strictEqual(session.undo(), 'Reject Suggestion');
    await session.sync.write();
    assert.deepStrictEqual(readSidecar(store.text(sidecarPath)!).sidecar!.rejected, []);
    session.redo();
    await session.sync.write();
    assert.strictEqual(readSidecar(store.text(sidecarPath)!).sidecar!.rejected.length, 1);
  });
});

describe('suggestions: occurrences for Accept All Like This', () => {
  it('finds whole words inside the ranges only', () => {
    const text = 'Lisbon, Lisbonese, in Lisbon. Lisbon';
    assert.deepStrictEqual(occurrences(text, 'Lisbon', [[0, 29]]), [[0, 6], [22, 28]]);
    assert.deepStrictEqual(occurrences(text, '', [[0, 36]]), []);
  });
});
