// seed-annotator suggest: the JSON shape of the issue, UTF-16 offsets that slice to the text, nothing from page
// chrome or already annotated, --learn-from teaching a text's label, --write into the sidecars, bad usage.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { recognize } from '../../src/core/documents';
import { readSidecar } from '../../src/core/sidecar/read';
import { validateSidecar } from '../../src/core/sidecar/validate';
import { cliIn } from './helpers/cli';

const root = path.resolve(__dirname, '../..');
type Line = { file: string; entities: Array<{ start: number; end: number; text: string; type: string; score: number }>; claims: Array<{ start: number; end: number; text: string; source: string | null; cue: string | null; score: number }> };

describe('seed-annotator suggest', function () {
  this.timeout(120000);

  it('prints one JSON line per file; spans slice to their text, outside page chrome and annotations', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-suggest-'));
    fs.cpSync(path.join(root, 'samples'), dir, { recursive: true });
    const { code, out, err } = await cliIn(dir, ['suggest', '--json', '001_dc080621945f1249.txt']);
    assert.strictEqual(code, 0, err);
    const [line] = out.trim().split('\n').map((l) => JSON.parse(l) as Line);
    assert.strictEqual(line!.file, '001_dc080621945f1249.txt');
    const text = fs.readFileSync(path.join(dir, '001_dc080621945f1249.txt'), 'utf8');
    const chrome = recognize(text, { fileName: '001_dc080621945f1249.txt', boilerplate: DEFAULT_CONFIG.boilerplate }).documents.flatMap((d) => d.boilerplate);
    const sidecar = readSidecar(fs.readFileSync(path.join(dir, '001_dc080621945f1249.annotations.yaml'), 'utf8')).sidecar!;
    assert.ok(line!.entities.length > 0 && line!.claims.length > 0);
    for (const s of [...line!.entities, ...line!.claims]) {
      assert.strictEqual(text.slice(s.start, s.end), s.text);
      assert.ok(s.score >= 0.5 && s.score <= 1);
      assert.ok(!chrome.some(([a, b]) => s.start < b && a < s.end), `${s.text} is in page chrome`);
    }
    for (const e of line!.entities) assert.ok(!sidecar.entities.some((a) => a.start === e.start && a.end === e.end), `${e.text} is annotated already`);
    for (const c of line!.claims) assert.ok(!sidecar.claims.some((a) => a.start < c.end && c.start < a.end), `${c.text.slice(0, 40)} is annotated already`);
  });

  it('--learn-from: an entity annotated elsewhere is suggested with its label wherever its text occurs', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-suggest-'));
    fs.mkdirSync(path.join(dir, 'done'));
    fs.writeFileSync(path.join(dir, 'done', '300_0000000000000001.txt'), 'Quorvex Dynamics said on Monday it would hire.\n');
    fs.writeFileSync(path.join(dir, 'done', '300_0000000000000001.annotations.yaml'), 'schema: seed-annotator/v1\nentities:\n  - {id: e1, type: ORG, start: 0, end: 16, text: Quorvex Dynamics}\n');
    fs.writeFileSync(path.join(dir, '301_0000000000000002.txt'), 'Shares of Quorvex Dynamics rose sharply after the news.\n');
    const without = JSON.parse((await cliIn(dir, ['suggest', '--json', '301_0000000000000002.txt'])).out) as Line;
    const learned = await cliIn(dir, ['suggest', '--json', '--learn-from', 'done', '301_0000000000000002.txt']);
    const withIt = JSON.parse(learned.out) as Line;
    assert.match(learned.err, /learned from 1 annotated file/);
    assert.ok(!without.entities.some((e) => e.text === 'Quorvex Dynamics' && e.type === 'ORG') || withIt.entities.length >= without.entities.length);
    assert.ok(withIt.entities.some((e) => e.start === 10 && e.end === 26 && e.type === 'ORG'), JSON.stringify(withIt.entities));
  });

  describe('--write', () => {
    const SEED = '001_dc080621945f1249';

    it('adds the suggestions to the sidecar as its suggestions list, every other byte kept; a second run changes nothing', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-suggest-'));
      fs.cpSync(path.join(root, 'samples'), dir, { recursive: true });
      const file = path.join(dir, `${SEED}.annotations.yaml`);
      const before = fs.readFileSync(file, 'utf8');
      const { code, out, err } = await cliIn(dir, ['suggest', '--write', `${SEED}.txt`]);
      assert.strictEqual(code, 0, err);
      const after = fs.readFileSync(file, 'utf8');
      assert.ok(after.startsWith(before) && after.slice(before.length).startsWith('suggestions:\n'), after.slice(before.length, before.length + 200));
      const text = fs.readFileSync(path.join(dir, `${SEED}.txt`), 'utf8');
      const v = validateSidecar(after, text, `${SEED}.txt`, DEFAULT_CONFIG);
      assert.deepStrictEqual(v.problems.filter((p) => p.path.startsWith('suggestions')), []);
      const written = v.read.sidecar!.suggestions!;
      const entities = written.filter((x) => x.kind === 'entity').length;
      assert.ok(entities > 0 && written.length > entities);
      assert.match(out, new RegExp(`wrote ${written.length} suggestions \\(${entities} entities, ${written.length - entities} claims\\) to ${SEED}\\.annotations\\.yaml`));
      // What --json prints is what was written.
      const json = await cliIn(dir, ['suggest', '--json', '--write', `${SEED}.txt`]);
      const line = JSON.parse(json.out) as Line;
      assert.strictEqual(written.length, line.entities.length + line.claims.length);
      for (const e of line.entities) assert.ok(written.some((x) => x.kind === 'entity' && x.type === e.type && x.start === e.start && x.end === e.end && x.score === e.score));
      for (const c of line.claims) assert.ok(written.some((x) => x.kind === 'claim' && x.start === c.start && x.end === c.end && (x.source?.text ?? null) === c.source && (x.cue?.text ?? null) === c.cue));
      assert.match(json.err, /already holds these \d+ suggestions .*: unchanged/);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), after);
      assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
    });

    it('replaces the previous list, keeping comments and everything else; nothing left to suggest empties it', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-suggest-'));
      fs.writeFileSync(path.join(dir, '302_0000000000000003.txt'), 'Maria Lopez said the plant in Ohio would close on Monday, according to Acme Corp.\n');
      const head = '# checked by hand\nschema: seed-annotator/v1\nentities: []   # none yet\nclaims: []\nrejected: []\nsuggestions:   # from last night\n';
      const file = path.join(dir, '302_0000000000000003.annotations.yaml');
      fs.writeFileSync(file, `${head}  - {kind: entity, type: LAW, start: 0, end: 5, text: Maria, score: 0.5, engine: old}\nnotes: keep me\n`);
      assert.strictEqual((await cliIn(dir, ['suggest', '--write', '.'])).code, 0);
      const after = fs.readFileSync(file, 'utf8');
      assert.ok(after.startsWith(head) && after.endsWith('\nnotes: keep me\n'), after);
      assert.ok(!after.includes('engine: old'));
      const suggestions = readSidecar(after).sidecar!.suggestions!;
      assert.ok(suggestions.some((x) => x.kind === 'entity' && x.text === 'Maria Lopez'), after);
      assert.ok(suggestions.some((x) => x.kind === 'claim' && x.cue?.text === 'according to'), after);

      // --threshold 1 leaves nothing: the list is emptied, not removed.
      assert.strictEqual((await cliIn(dir, ['suggest', '--write', '--threshold', '1', '.'])).code, 0);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), `${head.replace('suggestions:   # from last night\n', 'suggestions: []   # from last night\n')}notes: keep me\n`);
    });

    it('creates the sidecar of a file without one, which validates; none when there is nothing to suggest', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-suggest-'));
      fs.writeFileSync(path.join(dir, '303_0000000000000004.txt'), 'Shares of Acme Corp rose in Ohio on Monday, the company said.\n');
      fs.writeFileSync(path.join(dir, '304_0000000000000005.txt'), 'and then it rained\n');
      const { code, out } = await cliIn(dir, ['suggest', '--write', '.']);
      assert.strictEqual(code, 0);
      const yaml = fs.readFileSync(path.join(dir, '303_0000000000000004.annotations.yaml'), 'utf8');
      assert.match(yaml, /^schema: seed-annotator\/v1\ndocument: "303_0000000000000004.txt"\nentities: \[\]\nclaims: \[\]\nrejected: \[\]\nsuggestions:\n {2}- \{kind: /);
      const text = fs.readFileSync(path.join(dir, '303_0000000000000004.txt'), 'utf8');
      assert.deepStrictEqual(validateSidecar(yaml, text, '303_0000000000000004.txt', DEFAULT_CONFIG).problems, []);
      assert.ok(!fs.existsSync(path.join(dir, '304_0000000000000005.annotations.yaml')));
      assert.match(out, /no suggestions: 304_0000000000000005\.annotations\.yaml not created/);
    });

    it('a JSON sidecar stays one flow mapping, which reads back', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-suggest-'));
      fs.writeFileSync(path.join(dir, '307_0000000000000008.txt'), 'Maria Lopez said the plant in Ohio would close on Monday.\n');
      const json = JSON.stringify({ schema: 'seed-annotator/v1', entities: [{ id: 'e1', type: 'PERSON', start: 0, end: 11, text: 'Maria Lopez', suffix: ' said the plant in Ohio would cl' }], claims: [], rejected: [] }, null, 2) + '\n';
      const file = path.join(dir, '307_0000000000000008.annotations.yaml');
      fs.writeFileSync(file, json);
      const { code, err } = await cliIn(dir, ['suggest', '--write', '.']);
      assert.strictEqual(code, 0, err);
      const after = fs.readFileSync(file, 'utf8');
      assert.ok(after.startsWith(json.slice(0, json.indexOf('"rejected": []') + 14) + ', suggestions: [{kind: '), after);
      const read = readSidecar(after);
      assert.deepStrictEqual(read.problems, []);
      assert.ok(read.sidecar!.suggestions!.length > 0);
      assert.deepStrictEqual(read.sidecar!.entities, readSidecar(json).sidecar!.entities);
    });

    it('never writes over a sidecar with errors: reports it and exits 1', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-suggest-'));
      fs.writeFileSync(path.join(dir, '305_0000000000000006.txt'), 'Maria Lopez said the plant would close on Monday.\n');
      const broken = 'schema: seed-annotator/v1\nentities:\n  - {id: e1, type: HERO, start: 0, end: 5, text: Maria}\n';
      fs.writeFileSync(path.join(dir, '305_0000000000000006.annotations.yaml'), broken);
      const { code, err } = await cliIn(dir, ['suggest', '--write', '305_0000000000000006.txt']);
      assert.strictEqual(code, 1);
      assert.match(err, /305_0000000000000006\.annotations\.yaml not written: it has errors/);
      assert.strictEqual(fs.readFileSync(path.join(dir, '305_0000000000000006.annotations.yaml'), 'utf8'), broken);
    });

    it('leaves out entity suggestions whose label the settings do not allow', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-suggest-'));
      fs.mkdirSync(path.join(dir, '.vscode'));
      fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'seedAnnotator.labels': ['PERSON'] }));
      fs.writeFileSync(path.join(dir, '306_0000000000000007.txt'), 'Maria Lopez said Acme Corp would close its plant in Ohio on Monday.\n');
      assert.strictEqual((await cliIn(dir, ['suggest', '--write', '.'])).code, 0);
      const yaml = fs.readFileSync(path.join(dir, '306_0000000000000007.annotations.yaml'), 'utf8');
      const read = readSidecar(yaml, { labels: ['PERSON'] });
      assert.deepStrictEqual(read.problems, []);
      assert.ok(read.sidecar!.suggestions!.every((x) => x.kind === 'claim' || x.type === 'PERSON'), yaml);
    });
  });

  it('bad usage exits 2', async () => {
    assert.strictEqual((await cliIn(root, ['suggest'])).code, 2);
    assert.strictEqual((await cliIn(root, ['suggest', '--threshold', '7', 'samples'])).code, 2);
  });
});
