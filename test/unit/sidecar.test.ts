import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readSidecar } from '../../src/core/sidecar/read';
import { patchSidecar, serializeSidecar } from '../../src/core/sidecar/write';
import { changedLines, claim, entity, readOk, sidecar } from './helpers/sidecars';

const sample = fs.readFileSync(path.resolve(__dirname, '../../samples/000_ada6b8799641a7d2.annotations.yaml'), 'utf8');

// A hand-edited file: comments everywhere, odd quoting, a flow item, an unknown key, keys out of the usual order.
const HAND_EDITED = `# Annotated by R. for the pilot.
schema: seed-annotator/v1
document: '000_ada6b8799641a7d2.txt'   # informational
textHash: sha256-${'a'.repeat(64)}
reviewer: r@example.org   # a key this version does not know
entities:
  # people first
  - id: e1
    start: 0
    end: 7
    type: NORP   # Mexican
    text: 'Mexican'
    confidence: 0.9
  - {id: e2, type: ORG, start: 63, end: 76, text: Border Patrol}
  # the report
  - id: e3
    type: ORG
    start: 438
    end: 448
    text: "NewsNation"
    note: >-
      folded note
      over two lines
claims:
  - id: c1
    start: 0
    end: 182
    text: Mexican cartel leaders have allegedly put out a hit
    source: {entity: e3, text: a new report}
    status: unverified
    evidence:
      - url: "https://example.org/a"
        note: first
rejected: []
`;

describe('sidecar YAML: reading and writing', () => {
  it('reads the hand-edited file, keeping unknown keys', () => {
    const { sidecar: s } = readOk(HAND_EDITED);
    assert.deepStrictEqual(s.extra, { reviewer: 'r@example.org' });
    assert.deepStrictEqual(s.entities.map((e) => e.id), ['e1', 'e2', 'e3']);
    assert.deepStrictEqual(s.entities[0]!.extra, { confidence: 0.9 });
    assert.strictEqual(s.entities[2]!.note, 'folded note over two lines');
    assert.deepStrictEqual(s.claims[0]!.evidence, [{ url: 'https://example.org/a', note: 'first' }]);
  });

  it('saving unchanged data gives the same bytes, for our own files and hand-edited ones', () => {
    for (const text of [sample, HAND_EDITED, HAND_EDITED.replace(/\n/g, '\r\n'), serializeSidecar(sidecar())]) {
      const read = readOk(text);
      assert.strictEqual(patchSidecar(read, read.sidecar), text);
    }
  });

  it('a new file is written sorted by start, then end, and reads back the same', () => {
    const s = sidecar({ document: 'x.txt', entities: [entity('e2', 10, 'b'), entity('e1', 0, 'a'), entity('e3', 0, 'ab')], claims: [claim('c1', 0, 'a b', { cue: { start: 0, end: 1, text: 'a' }, source: { text: 'x' } })] });
    const text = serializeSidecar(s);
    assert.deepStrictEqual(readOk(text).sidecar.entities.map((e) => e.id), ['e1', 'e3', 'e2']);
    assert.ok(text.includes('    cue: {start: 0, end: 1, text: a}\n'), text);
    assert.ok(text.includes('claims:\n  - id: c1\n'), text);
    assert.ok(text.endsWith('rejected: []\n'));
  });

  it('changing one annotation changes only its lines; comments and key order survive', () => {
    const read = readOk(HAND_EDITED);
    const next = { ...read.sidecar, entities: read.sidecar.entities.map((e) => (e.id === 'e1' ? { ...e, type: 'GPE' } : e)) };
    const out = patchSidecar(read, next);
    assert.deepStrictEqual(changedLines(HAND_EDITED, out), { removed: ['    type: NORP   # Mexican'], added: ['    type: GPE   # Mexican'] });
    assert.deepStrictEqual(readOk(out).sidecar, next);
  });

  it('adds a field at the end of its item and removes one without touching the others', () => {
    const read = readOk(HAND_EDITED);
    const e3 = read.sidecar.entities[2]!;
    const { note: _note, ...withoutNote } = e3;
    const next = { ...read.sidecar, entities: [read.sidecar.entities[0]!, { ...read.sidecar.entities[1]! }, { ...withoutNote, link: 'newsnation' }] };
    const out = patchSidecar(read, next);
    assert.deepStrictEqual(readOk(out).sidecar, next);
    assert.ok(out.includes('    text: "NewsNation"\n    link: newsnation\nclaims:'), out);
    assert.ok(out.includes('# the report') && out.includes('# people first') && out.includes('reviewer: r@example.org   # a key'));
  });

  it('inserts a new annotation in sorted place and deletes another with its comment', () => {
    const read = readOk(HAND_EDITED);
    const added = entity('e4', 100, 'hit', { type: 'EVENT' });
    const next = { ...read.sidecar, entities: [read.sidecar.entities[0]!, added, read.sidecar.entities[1]!] };
    const out = patchSidecar(read, next);
    const after = readOk(out).sidecar;
    assert.deepStrictEqual(after.entities.map((e) => e.id), ['e1', 'e2', 'e4']);
    assert.ok(!out.includes('# the report'), 'the comment above e3 went with it');
    assert.ok(out.includes('# people first'));
    assert.deepStrictEqual(after.entities[2], added);
  });

  it('moves an annotation whose start changed past its neighbours, keeping its comments', () => {
    const read = readOk(HAND_EDITED);
    const next = { ...read.sidecar, entities: read.sidecar.entities.map((e) => (e.id === 'e3' ? { ...e, start: 1, end: 11 } : e)) };
    const out = patchSidecar(read, next);
    assert.deepStrictEqual(readOk(out).sidecar.entities.map((e) => e.id), ['e1', 'e3', 'e2']);
    assert.ok(out.includes('# the report\n  - id: e3'), out);
  });

  it('fills an empty list and empties a full one', () => {
    const read = readOk(HAND_EDITED);
    const rejected = [{ type: 'PERSON', start: 2045, end: 2051, text: 'Mexico' }];
    const filled = patchSidecar(read, { ...read.sidecar, rejected, claims: [] });
    assert.ok(filled.includes('claims: []\n'), filled);
    assert.ok(filled.endsWith('rejected:\n  - {type: PERSON, start: 2045, end: 2051, text: Mexico}\n'), filled);
    assert.deepStrictEqual(readOk(filled).sidecar.rejected, rejected);
  });

  it('updates textHash in place and adds missing top-level keys', () => {
    const read = readOk(HAND_EDITED);
    const hash = `sha256-${'b'.repeat(64)}`;
    const out = patchSidecar(read, { ...read.sidecar, textHash: hash });
    assert.deepStrictEqual(changedLines(HAND_EDITED, out).added, [`textHash: ${hash}`]);
    const bare = readOk('schema: seed-annotator/v1\n');
    const full = patchSidecar(bare, { ...bare.sidecar, document: 'a.txt', textHash: hash, entities: [entity('e1', 0, 'A')] });
    assert.deepStrictEqual(readOk(full).sidecar, { ...bare.sidecar, document: 'a.txt', textHash: hash, entities: [entity('e1', 0, 'A')] });
  });

  it('refuses to patch over a file with unreadable items', () => {
    const r = readSidecar(HAND_EDITED.replace('end: 7', 'end: seven'));
    assert.ok(r.problems.length > 0);
    assert.throws(() => patchSidecar({ sidecar: r.sidecar!, layout: r.layout! }, r.sidecar!), /refusing to save/);
  });

  it('two annotators editing different annotations merge cleanly with git', function () {
    this.timeout(20000);
    const base = readOk(sample);
    const [e0, e1, e2, e3] = base.sidecar.entities;
    // Annotator A retypes one entity and adds a note to its neighbour; B changes a claim and adds an entity.
    const a = { ...base.sidecar, entities: base.sidecar.entities.map((e) => (e === e1 ? { ...e, type: 'LOC' } : e === e2 ? { ...e, note: 'the agency' } : e)) };
    const added = entity('enew001', 2000, 'new', { type: 'EVENT' });
    const b = { ...base.sidecar, entities: [...base.sidecar.entities, added], claims: base.sidecar.claims.map((c, i) => (i === 1 ? { ...c, status: 'supported' as const } : c)) };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-merge-'));
    const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
    write('base.yaml', sample);
    write('a.yaml', patchSidecar(base, a));
    write('b.yaml', patchSidecar(base, b));
    const merge = spawnSync('git', ['merge-file', '-p', 'a.yaml', 'base.yaml', 'b.yaml'], { cwd: dir, encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    assert.strictEqual(merge.status, 0, `git reported conflicts:\n${merge.stdout}`);
    const merged = readOk(merge.stdout).sidecar;
    assert.strictEqual(merged.entities.find((e) => e.id === e1!.id)!.type, 'LOC');
    assert.strictEqual(merged.entities.find((e) => e.id === e2!.id)!.note, 'the agency');
    assert.deepStrictEqual(merged.entities.find((e) => e.id === 'enew001'), added);
    assert.strictEqual(merged.claims[1]!.status, 'supported');
    assert.deepStrictEqual(merged.entities.find((e) => e.id === e0!.id), e0);
    assert.deepStrictEqual(merged.entities.find((e) => e.id === e3!.id), e3);
    execFileSync('git', ['--version']); // git is what users merge with; the test needs it
  });
});

describe('docs/sidecar-format.md', () => {
  it('its complete example reads without problems', () => {
    const doc = fs.readFileSync(path.resolve(__dirname, '../../docs/sidecar-format.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(doc)![1]!;
    const read = readSidecar(example);
    assert.deepStrictEqual(read.problems, []);
    assert.strictEqual(read.sidecar!.entities.length, 3);
    assert.strictEqual(read.sidecar!.claims.length, 2);
    assert.strictEqual(read.sidecar!.rejected.length, 1);
  });
});
