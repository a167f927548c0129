// The workspace as the tree views see it: seed files as a folder tree (from paths only), and each file's
// documents, states and counts from its sidecar, read once and read again only when told.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { recognize } from '../../src/core/documents';
import { readSidecar } from '../../src/core/sidecar/read';
import { SeedCatalog } from '../../src/core/workspace/catalog';
import { describeFilter, matchesAnnotation, matchesDocument, sortBy } from '../../src/core/workspace/filter';
import { SummaryCache } from '../../src/core/workspace/summaries';
import { countStates, summarize } from '../../src/core/workspace/summary';

const samples = path.join(__dirname, '../../samples');
const sample = (name: string) => fs.readFileSync(path.join(samples, name), 'utf8');

describe('SeedCatalog', () => {
  it('lists folders and files in name order, and follows additions and removals', () => {
    const c = new SeedCatalog(['b/002_x.txt', 'a/deep/001_y.txt', '000_z.txt', 'b/010_w.txt', 'b/009_v.txt']);
    assert.deepStrictEqual(c.subfolders(''), ['a', 'b']);
    assert.deepStrictEqual(c.files('b'), ['b/002_x.txt', 'b/009_v.txt', 'b/010_w.txt']);
    assert.deepStrictEqual(c.under(), ['a/deep/001_y.txt', 'b/002_x.txt', 'b/009_v.txt', 'b/010_w.txt', '000_z.txt']);
    assert.strictEqual(c.add('a/deep/er/003_u.txt'), 'a/deep');
    assert.deepStrictEqual(c.subfolders('a/deep'), ['a/deep/er']);
    assert.strictEqual(c.remove('a/deep/er/003_u.txt'), 'a/deep');
    assert.deepStrictEqual(c.subfolders('a/deep'), []);
    assert.strictEqual(c.remove('a/deep/001_y.txt'), '');
    assert.deepStrictEqual(c.subfolders(''), ['b']);
    assert.strictEqual(c.remove('nope.txt'), undefined);
    assert.deepStrictEqual(c.removeFolder('b'), ['b/002_x.txt', 'b/009_v.txt', 'b/010_w.txt']);
    assert.strictEqual(c.size, 1);
  });
});

describe('summarize', () => {
  it('a seed file is one document with its counts; in progress once annotated', () => {
    const sidecar = readSidecar(sample('000_ada6b8799641a7d2.annotations.yaml')).sidecar!;
    const s = summarize(sidecar, 'samples/000_ada6b8799641a7d2.txt');
    assert.strictEqual(s.documents.length, 1);
    const d = s.documents[0]!;
    assert.strictEqual(d.id, '000_ada6b8799641a7d2');
    assert.strictEqual(d.entities, sidecar.entities.length);
    assert.strictEqual(d.claims, sidecar.claims.length);
    assert.strictEqual(d.state, 'in-progress');
    assert.strictEqual(Object.values(d.labels).reduce((a, b) => a + b, 0), sidecar.entities.length);
    assert.strictEqual(d.annotations.length, sidecar.entities.length + sidecar.claims.length);
    assert.ok(d.annotations.every((a, i) => i === 0 || d.annotations[i - 1]!.start <= a.start));
  });

  it("a bundle's documents come from the text when given, else from the annotations' doc and the states", () => {
    const text = sample('bundle-tail.txt');
    const sidecar = readSidecar(sample('bundle-tail.annotations.yaml')).sidecar!;
    const file = recognize(text, { fileName: 'bundle-tail.txt' });
    const withText = summarize({ ...sidecar, progress: { [file.documents[1]!.id]: 'done' } }, 'bundle-tail.txt', file);
    assert.deepStrictEqual(withText.documents.map((d) => d.id), file.documents.map((d) => d.id));
    assert.strictEqual(withText.documents[1]!.state, 'done');
    const total = withText.documents.reduce((n, d) => n + d.entities + d.claims, 0);
    assert.strictEqual(total, sidecar.entities.length + sidecar.claims.length);
    const withoutText = summarize(sidecar, 'bundle-tail.txt');
    const annotated = new Set([...sidecar.entities, ...sidecar.claims].map((a) => a.doc));
    assert.deepStrictEqual(new Set(withoutText.documents.map((d) => d.id)), annotated);
  });

  it('a file without a sidecar is one todo document; states are counted over files', () => {
    const none = summarize(undefined, 'x/001_dc080621945f1249.txt');
    assert.deepStrictEqual(none.documents.map((d) => [d.id, d.state]), [['001_dc080621945f1249', 'todo']]);
    const done = summarize({ schema: 'seed-annotator/v1', progress: 'done', entities: [], claims: [], rejected: [] }, '002_a.txt');
    assert.deepStrictEqual(countStates([none, done]), { todo: 1, 'in-progress': 0, done: 1, skipped: 0, total: 2 });
  });
});

describe('SummaryCache', () => {
  it('reads each sidecar once, again after invalidation, and never caches a read that an invalidation overtook', async () => {
    const files = new Map([['a.txt', 'schema: seed-annotator/v1\nprogress: done\n'], ['b.txt', 'not: [valid']]);
    const reads: string[] = [];
    let release: (() => void) | undefined;
    const cache = new SummaryCache(async (p) => {
      reads.push(p);
      if (release === undefined && p === 'a.txt' && reads.length > 3) await new Promise<void>((r) => (release = r));
      return files.get(p);
    }, ['ORG']);
    const all = await cache.getMany(['a.txt', 'b.txt', 'c.txt']);
    assert.strictEqual(all.get('a.txt')!.documents[0]!.state, 'done');
    assert.strictEqual(all.get('b.txt')!.errors > 0, true);
    assert.strictEqual(all.get('c.txt')!.documents[0]!.state, 'todo');
    await cache.get('a.txt');
    assert.deepStrictEqual(reads, ['a.txt', 'b.txt', 'c.txt']);
    cache.invalidate('a.txt');
    const slow = cache.get('a.txt');
    while (!release) await new Promise((r) => setTimeout(r, 1));
    files.set('a.txt', 'schema: seed-annotator/v1\nprogress: skipped\n');
    cache.invalidate('a.txt');
    release();
    await slow;
    assert.strictEqual(cache.peek('a.txt'), undefined);
    assert.strictEqual((await cache.get('a.txt')).documents[0]!.state, 'skipped');
  });
});

describe('Documents view filter and sort', () => {
  const ref = (kind: 'entity' | 'claim', label: string, text: string) => ({ id: text, kind, label, start: 0, end: 1, text, orphan: false });
  const doc = (id: string, state: 'todo' | 'in-progress' | 'done' | 'skipped', annotations: ReturnType<typeof ref>[]) => ({ id, stored: undefined, state, entities: annotations.filter((a) => a.kind === 'entity').length, claims: annotations.filter((a) => a.kind === 'claim').length, orphans: 0, labels: {}, statuses: {}, annotations });

  it('labels filter entities (and hide claims), statuses filter claims, text ignores case and accents', () => {
    const org = ref('entity', 'ORG', 'Sécurité Publique');
    const claim = ref('claim', 'refuted', 'They said so');
    assert.strictEqual(matchesAnnotation({ labels: ['ORG'] }, org), true);
    assert.strictEqual(matchesAnnotation({ labels: ['ORG'] }, claim), false);
    assert.strictEqual(matchesAnnotation({ statuses: ['refuted'] }, claim), true);
    assert.strictEqual(matchesAnnotation({ statuses: ['refuted'] }, org), false);
    assert.strictEqual(matchesAnnotation({ labels: ['ORG'], statuses: ['refuted'] }, claim), true);
    assert.strictEqual(matchesAnnotation({ text: 'securite' }, org), true);
    assert.strictEqual(matchesAnnotation({ text: 'police' }, org), false);
    assert.strictEqual(describeFilter({ states: ['done'], labels: ['ORG'], text: 'x' }), 'done · ORG · “x”');
  });

  it('documents by state, and by having a matching annotation', () => {
    const d = doc('a', 'done', [ref('entity', 'PERSON', 'Ana')]);
    assert.strictEqual(matchesDocument({ states: ['done'] }, d), true);
    assert.strictEqual(matchesDocument({ states: ['todo'] }, d), false);
    assert.strictEqual(matchesDocument({ labels: ['ORG'] }, d), false);
    assert.strictEqual(matchesDocument({}, doc('b', 'todo', [])), true);
  });

  it('sorts by name (numbers in order), by progress and by most annotations; unknown ones last', () => {
    const files = ['f10', 'f2', 'f1', 'unknown'];
    const docs: Record<string, ReturnType<typeof doc>[]> = {
      f1: [doc('f1', 'done', [])],
      f2: [doc('f2', 'todo', [ref('entity', 'ORG', 'x')])],
      f10: [doc('f10', 'in-progress', [ref('entity', 'ORG', 'x'), ref('entity', 'ORG', 'y')])],
    };
    const names = (x: string) => x;
    assert.deepStrictEqual(sortBy(files, 'name', names, (f) => docs[f]), ['f1', 'f2', 'f10', 'unknown']);
    assert.deepStrictEqual(sortBy(files, 'progress', names, (f) => docs[f]), ['f10', 'f2', 'f1', 'unknown']);
    assert.deepStrictEqual(sortBy(files, 'annotations', names, (f) => docs[f]), ['f10', 'f2', 'f1', 'unknown']);
  });
});
