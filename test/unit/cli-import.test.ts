// seed-annotator import over exports of the samples: a dry run writes nothing; --write fills empty sidecars with
// the same spans and labels; a second import merges everything; a conflicting label is skipped unless --replace.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readSidecar } from '../../src/core/sidecar/read';
import { cliIn } from './helpers/cli';

const root = path.resolve(__dirname, '../..');
const S0 = '000_ada6b8799641a7d2';

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-import-'));
  fs.cpSync(path.join(root, 'samples'), path.join(dir, 'annotated'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'fresh'));
  for (const f of fs.readdirSync(path.join(root, 'samples'))) if (f.endsWith('.txt')) fs.copyFileSync(path.join(root, 'samples', f), path.join(dir, 'fresh', f));
  return dir;
}

const spans = (yaml: string) => {
  const s = readSidecar(yaml).sidecar!;
  return [...s.entities.map((e) => `${e.start}-${e.end} ${e.type}`), ...s.claims.map((c) => `${c.start}-${c.end} claim ${c.status}`)].sort();
};

for (const format of ['brat', 'jsonl', 'doccano', 'labelstudio', 'w3c']) {
  describe(`seed-annotator import --format ${format}`, () => {
    it('brings back every span and label of the samples into fresh sidecars, then merges on a second run', async () => {
      const dir = workspace();
      const folder = format === 'brat' || format === 'labelstudio';
      const out = path.join(dir, folder ? 'export' : 'export.out');
      const exported = await cliIn(dir, ['export', '--format', format, '--out', out, 'annotated']);
      assert.strictEqual(exported.code, 0, exported.err);
      const dry = await cliIn(dir, ['import', '--format', format, '--into', 'fresh', out]);
      assert.strictEqual(dry.code, 0, dry.err);
      assert.ok(!fs.existsSync(path.join(dir, 'fresh', `${S0}.annotations.yaml`)), 'a dry run writes nothing');
      const written = await cliIn(dir, ['import', '--format', format, '--into', 'fresh', '--write', out]);
      assert.strictEqual(written.code, 0, written.err);
      const want = spans(fs.readFileSync(path.join(dir, 'annotated', `${S0}.annotations.yaml`), 'utf8'));
      const got = spans(fs.readFileSync(path.join(dir, 'fresh', `${S0}.annotations.yaml`), 'utf8'));
      // doccano and jsonl carry no claim status: claims come back unverified.
      const norm = (list: string[]) => (format === 'doccano' || format === 'jsonl' ? list.map((s) => s.replace(/ claim \S+$/, ' claim')) : list);
      assert.deepStrictEqual(norm(got), norm(want));
      const again = await cliIn(dir, ['import', '--format', format, '--into', 'fresh', out]);
      assert.match(again.err, /: 0 imported, \d+ merged, 0 skipped/);
    });
  });
}

describe('seed-annotator import: conflicts and unmatched documents', () => {
  it('an entity whose span has another label is skipped and reported; --replace relabels it; unknown names exit 1', async () => {
    const dir = workspace();
    const sidecar = fs.readFileSync(path.join(dir, 'annotated', `${S0}.annotations.yaml`), 'utf8');
    const first = readSidecar(sidecar).sidecar!.entities[0]!;
    const text = fs.readFileSync(path.join(dir, 'annotated', `${S0}.txt`), 'utf8');
    const other = first.type === 'ORG' ? 'GPE' : 'ORG';
    fs.writeFileSync(path.join(dir, 'in.jsonl'), JSON.stringify({ text, spans: [{ start: first.start, end: first.end, label: other }], meta: { document: S0, offsets: 'utf16' } }) + '\n' + JSON.stringify({ text: 'nowhere', spans: [], meta: { document: '999_ffffffffffffffff' } }) + '\n');
    const skipped = await cliIn(dir, ['import', '--format', 'jsonl', '--into', 'annotated', 'in.jsonl']);
    assert.strictEqual(skipped.code, 1, 'an unmatched document');
    assert.match(skipped.out, new RegExp(`skipped “${first.text}”: .*${first.type}`));
    const replaced = await cliIn(dir, ['import', '--format', 'jsonl', '--into', 'annotated', '--replace', '--write', 'in.jsonl']);
    assert.match(replaced.out, /1 relabelled/);
    const after = readSidecar(fs.readFileSync(path.join(dir, 'annotated', `${S0}.annotations.yaml`), 'utf8')).sidecar!;
    assert.strictEqual(after.entities.find((e) => e.id === first.id)?.type, other);
    assert.match(fs.readFileSync(path.join(dir, 'annotated', `${S0}.annotations.yaml`), 'utf8'), /^# /m, 'comments of the hand-made sidecar kept');
  });

  it('a brat export inside the target folder is read, never imported into (its .txt files are named like the seeds)', async () => {
    const dir = workspace();
    assert.strictEqual((await cliIn(dir, ['export', '--format', 'brat', '--out', 'fresh/brat', 'annotated'])).code, 0);
    const result = await cliIn(dir, ['import', '--format', 'brat', '--into', 'fresh', '--write', 'fresh/brat']);
    assert.strictEqual(result.code, 0, result.err);
    assert.ok(fs.existsSync(path.join(dir, 'fresh', `${S0}.annotations.yaml`)));
    assert.ok(!fs.existsSync(path.join(dir, 'fresh', 'brat', `${S0}.annotations.yaml`)));
  });
});
