// Document progress (todo, in progress, done, skipped): read from every layout, written in place, merged per
// document, undone like any other change.
import * as assert from 'assert';
import { recognize } from '../../src/core/documents';
import { apply, invert, type Change } from '../../src/core/edit/operations';
import { effectiveState, stateChange, storedState, withState } from '../../src/core/progress';
import { AnnotationSession } from '../../src/core/session/session';
import { MemoryStore } from './helpers/memoryStore';
import { fastReadSidecar } from '../../src/core/sidecar/fastRead';
import { loadSidecar } from '../../src/core/sidecar/load';
import { readSidecar } from '../../src/core/sidecar/read';
import { validateSidecar } from '../../src/core/sidecar/validate';
import { patchSidecar, serializeSidecar } from '../../src/core/sidecar/write';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { emptySidecar, type Sidecar } from '../../src/core/model';

const HEAD = 'schema: seed-annotator/v1\ndocument: bundle-a.txt\n';
const LISTS = 'entities: []\nclaims: []\nrejected: []\n';
const BUNDLE_TEXT = '==> 000_aaaaaaaaaaaaaaaa.txt <==\nFirst story.\n\n==> 001_bbbbbbbbbbbbbbbb.txt <==\nSecond story.\n';
const bundle = recognize(BUNDLE_TEXT, { fileName: 'bundle-a.txt' });
const single = recognize('A story.', { fileName: '000_aaaaaaaaaaaaaaaa.txt' });

function saveOver(yaml: string, edit: (s: Sidecar) => Sidecar): string {
  const read = readSidecar(yaml);
  assert.deepStrictEqual(read.problems, []);
  return patchSidecar({ sidecar: read.sidecar!, layout: read.layout! }, edit(read.sidecar!));
}

describe('progress: reading', () => {
  it('reads one state, a block mapping and a flow mapping of states', () => {
    assert.strictEqual(readSidecar(`${HEAD}progress: done\nentities: []\n`).sidecar!.progress, 'done');
    const block = readSidecar(`${HEAD}progress:\n  # reviewed on Monday\n  "000_aaaaaaaaaaaaaaaa": done\n  001_bbbbbbbbbbbbbbbb: skipped\n`);
    assert.deepStrictEqual(block.problems, []);
    assert.deepStrictEqual(block.sidecar!.progress, { '000_aaaaaaaaaaaaaaaa': 'done', '001_bbbbbbbbbbbbbbbb': 'skipped' });
    assert.deepStrictEqual(readSidecar(`${HEAD}progress: {x: in-progress}\n`).sidecar!.progress, { x: 'in-progress' });
  });

  it('the fast reader gives what the full reader gives, and leaves mappings to it', () => {
    const yaml = `${HEAD}progress: skipped\nentities: []\nclaims: []\n`;
    assert.deepStrictEqual(fastReadSidecar(yaml)!.sidecar, readSidecar(yaml).sidecar);
    assert.strictEqual(fastReadSidecar(`${HEAD}progress:\n  a: done\n`), undefined);
    assert.deepStrictEqual(loadSidecar(`${HEAD}progress:\n  a: done\n`).sidecar!.progress, { a: 'done' });
  });

  it('a bad state is an error at its place, and old files without progress stay valid', () => {
    const bad = readSidecar(`${HEAD}progress:\n  a: finished\n  b: done\n`);
    assert.strictEqual(bad.problems.length, 1);
    assert.strictEqual(bad.problems[0]!.path, 'progress.a');
    assert.strictEqual(bad.problems[0]!.line, 4);
    assert.match(bad.problems[0]!.message, /todo, in-progress, done, skipped/);
    assert.deepStrictEqual(bad.sidecar!.progress, { b: 'done' });
    assert.strictEqual(readSidecar(`${HEAD}progress: 3\n`).problems[0]!.path, 'progress');
    assert.deepStrictEqual(readSidecar(`${HEAD}entities: []\n`).problems, []);
  });

  it('validate warns about a state for a document the bundle does not have', () => {
    const yaml = `${HEAD}progress:\n  000_aaaaaaaaaaaaaaaa: done\n  009_cccccccccccccccc: done\n`;
    const { problems } = validateSidecar(yaml, BUNDLE_TEXT, 'bundle-a.txt', DEFAULT_CONFIG);
    assert.deepStrictEqual(
      problems.map((p) => [p.severity, p.path, p.line]),
      [['warning', 'progress.009_cccccccccccccccc', 5]],
    );
  });
});

describe('progress: writing', () => {
  it('a new file has one line for a single document and one line per document for a bundle', () => {
    assert.match(serializeSidecar({ ...emptySidecar('x.txt'), progress: 'done' }), /^document: x.txt\nprogress: done\nentities: \[\]$/m);
    assert.match(serializeSidecar({ ...emptySidecar('b.txt'), progress: { '000_a': 'done', '001_b': 'skipped' } }), /\nprogress:\n {2}"000_a": done\n {2}"001_b": skipped\nentities: \[\]/);
  });

  it('is inserted after the top scalars, changed in place, and removed, leaving comments alone', () => {
    const yaml = `# mine\n${HEAD}textHash: sha256-${'0'.repeat(64)}   # hash\nentities: []  # none yet\nclaims: []\nrejected: []\n`;
    const added = saveOver(yaml, (s) => ({ ...s, progress: 'done' }));
    assert.strictEqual(added, `# mine\n${HEAD}textHash: sha256-${'0'.repeat(64)}   # hash\nprogress: done\nentities: []  # none yet\nclaims: []\nrejected: []\n`);
    const changed = saveOver(added.replace('progress: done', 'progress: done # by Ana'), (s) => ({ ...s, progress: 'skipped' }));
    assert.match(changed, /\nprogress: skipped # by Ana\n/);
    const removed = saveOver(changed, ({ progress: _p, ...s }) => s);
    assert.strictEqual(removed, yaml);
  });

  it("a bundle's mapping is patched entry by entry: comments and other entries stay", () => {
    const yaml = `${HEAD}progress:\n  # Ana's\n  "000_aaaaaaaaaaaaaaaa": done   # checked twice\n  001_bbbbbbbbbbbbbbbb: skipped\n${LISTS}`;
    const next = saveOver(yaml, (s) => ({ ...s, progress: { ...(s.progress as object), '001_bbbbbbbbbbbbbbbb': 'done', '002_cccccccccccccccc': 'skipped' } }));
    assert.strictEqual(next, `${HEAD}progress:\n  # Ana's\n  "000_aaaaaaaaaaaaaaaa": done   # checked twice\n  001_bbbbbbbbbbbbbbbb: done\n  "002_cccccccccccccccc": skipped\n${LISTS}`);
    const fewer = saveOver(next, (s) => ({ ...s, progress: { '000_aaaaaaaaaaaaaaaa': 'done' } }));
    assert.strictEqual(fewer, `${HEAD}progress:\n  # Ana's\n  "000_aaaaaaaaaaaaaaaa": done   # checked twice\n${LISTS}`);
    assert.deepStrictEqual(readSidecar(fewer).sidecar!.progress, { '000_aaaaaaaaaaaaaaaa': 'done' });
  });

  it('unchanged progress gives back the same bytes, whatever its layout', () => {
    for (const yaml of [`${HEAD}progress: {a: done,  b: skipped}\n${LISTS}`, `${HEAD}progress:   done\n${LISTS}`]) assert.strictEqual(saveOver(yaml, (s) => ({ ...s })), yaml);
  });
});

describe('progress: states and changes', () => {
  it('a document is todo, in progress once annotated, or as marked', () => {
    assert.strictEqual(effectiveState(undefined, 0), 'todo');
    assert.strictEqual(effectiveState(undefined, 3), 'in-progress');
    assert.strictEqual(effectiveState('done', 0), 'done');
    assert.strictEqual(effectiveState('skipped', 5), 'skipped');
    assert.strictEqual(storedState('done', 'whatever'), 'done');
    assert.strictEqual(storedState({ a: 'done' }, 'b'), undefined);
    assert.strictEqual(storedState({ toString: 'done' } as never, 'constructor'), undefined);
  });

  it('a single document keeps one state; a bundle one per document, spreading a shared state first', () => {
    assert.strictEqual(withState(undefined, single, '000_aaaaaaaaaaaaaaaa', 'done'), 'done');
    assert.strictEqual(withState('done', single, '000_aaaaaaaaaaaaaaaa', undefined), undefined);
    assert.deepStrictEqual(withState(undefined, bundle, '001_bbbbbbbbbbbbbbbb', 'skipped'), { '001_bbbbbbbbbbbbbbbb': 'skipped' });
    assert.deepStrictEqual(withState('done', bundle, '001_bbbbbbbbbbbbbbbb', undefined), { '000_aaaaaaaaaaaaaaaa': 'done' });
  });

  it('merges per document over a sidecar someone else changed, and inverts for undo', () => {
    const change: Change = { label: 'Mark Document Done', operations: [], progress: { before: { a: 'done' }, after: { a: 'done', b: 'done' } } };
    const theirs: Sidecar = { ...emptySidecar(), progress: { a: 'skipped', c: 'done' } };
    assert.deepStrictEqual(apply(theirs, change).sidecar.progress, { a: 'skipped', c: 'done', b: 'done' });
    const undone = apply(apply(theirs, change).sidecar, invert(change)).sidecar;
    assert.deepStrictEqual(undone.progress, { a: 'skipped', c: 'done' });
    const unmark: Change = { label: 'x', operations: [], progress: { before: 'done', after: undefined } };
    assert.strictEqual('progress' in apply({ ...emptySidecar(), progress: 'done' }, unmark).sidecar, false);
  });
});

describe('progress: through a session', () => {
  it('marking done writes the state (even with no annotation), undo takes it back', async () => {
    const store = new MemoryStore();
    const sidecarPath = '/w/bundle-a.annotations.yaml';
    const session = new AnnotationSession(
      { uri: 'file:///w/bundle-a.txt', fileName: '/w/bundle-a.txt', text: () => BUNDLE_TEXT, isDirty: () => false, readDiskText: async () => BUNDLE_TEXT },
      DEFAULT_CONFIG,
      { files: store, sidecarPath, resolveConflicts: async () => 'mine', changed: () => undefined, problems: () => undefined, notify: () => undefined, failed: (e) => assert.fail(e) },
    );
    await session.open();
    session.perform(stateChange(session.store.current.progress, session.store.file, '001_bbbbbbbbbbbbbbbb', 'skipped'));
    await session.sync.write();
    const written = store.text(sidecarPath)!;
    assert.match(written, /\nprogress:\n {2}"001_bbbbbbbbbbbbbbbb": skipped\n/);
    assert.strictEqual(session.undo(), 'Skip Document');
    await session.sync.write();
    assert.strictEqual(readSidecar(store.text(sidecarPath)!).sidecar!.progress, undefined);
    assert.strictEqual(session.redo(), 'Skip Document');
    await session.sync.write();
    assert.deepStrictEqual(readSidecar(store.text(sidecarPath)!).sidecar!.progress, { '001_bbbbbbbbbbbbbbbb': 'skipped' });
  });
});
