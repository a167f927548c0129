// seed-annotator export over a copy of the samples: formats to stdout and to files/folders, the offsets unit,
// chrome cut out, only done, a broken sidecar left out and named (exit 1), bad usage (exit 2).
// Expected counts from the samples' sidecars (see cli-stats.test.ts): 45 entities and 9 claims in 4 documents.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse as parseCsv } from 'csv-parse/sync';
import { cliIn } from './helpers/cli';

const root = path.resolve(__dirname, '../..');

function copySamples(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-export-'));
  fs.cpSync(path.join(root, 'samples'), dir, { recursive: true });
  return dir;
}

describe('seed-annotator export', () => {
  it('csv to stdout: one row per annotation of the samples, with the summary on stderr', async () => {
    const dir = copySamples();
    const { code, out, err } = await cliIn(dir, ['export', '--format', 'csv', '.']);
    assert.strictEqual(code, 0, err);
    const rows = parseCsv(out, { columns: true }) as Array<Record<string, string>>;
    assert.strictEqual(rows.length, 54);
    assert.strictEqual(rows.filter((r) => r['kind'] === 'claim').length, 9);
    assert.match(err, /exported 4 documents \(45 entities, 9 claims\)/);
  });

  it('jsonl in code points by default, utf16 when asked; --out writes the file', async () => {
    const dir = copySamples();
    fs.cpSync(path.join(root, 'test/fixtures/export'), dir, { recursive: true });
    const out = path.join(dir, 'out', 'all.jsonl');
    assert.strictEqual((await cliIn(dir, ['export', '--format', 'jsonl', '--out', out, '210_00000000000000e1.txt'])).code, 0);
    const line = JSON.parse(fs.readFileSync(out, 'utf8').trim()) as { text: string; spans: Array<{ start: number; end: number; label: string }>; meta: { offsets: string } };
    assert.strictEqual(line.meta.offsets, 'codepoints');
    const ana = line.spans.find((s) => [...line.text].slice(s.start, s.end).join('') === 'Ana \u{1F1F5}\u{1F1F9} Lima');
    assert.ok(ana, JSON.stringify(line.spans));
    const utf16 = await cliIn(dir, ['export', '--format', 'jsonl', '--offsets', 'utf16', '210_00000000000000e1.txt']);
    const again = JSON.parse(utf16.out.trim()) as typeof line;
    assert.ok(again.spans.some((s) => again.text.slice(s.start, s.end) === 'Ana \u{1F1F5}\u{1F1F9} Lima'));
    assert.notDeepStrictEqual(again.spans, line.spans);
  });

  it('--include-boilerplate=false cuts chrome out of the texts; --only-done keeps documents marked done', async () => {
    const dir = copySamples();
    const kept = JSON.parse((await cliIn(dir, ['export', '--format', 'json', '001_dc080621945f1249.txt'])).out) as { documents: Array<{ text: string }> };
    const cut = JSON.parse((await cliIn(dir, ['export', '--format', 'json', '--include-boilerplate=false', '001_dc080621945f1249.txt'])).out) as typeof kept;
    assert.ok(cut.documents[0]!.text.length < kept.documents[0]!.text.length);
    assert.ok(!cut.documents[0]!.text.includes('Skip to content'));
    const sidecar = path.join(dir, '000_ada6b8799641a7d2.annotations.yaml');
    fs.writeFileSync(sidecar, fs.readFileSync(sidecar, 'utf8').replace('schema: seed-annotator/v1\n', 'schema: seed-annotator/v1\nprogress: done\n'));
    const done = await cliIn(dir, ['export', '--format', 'doccano', '--only-done', '.']);
    assert.strictEqual(done.out.trim().split('\n').length, 1);
    assert.match(done.err, /3 documents not marked done/);
  });

  it('a broken sidecar is left out and named (exit 1); bad usage exits 2', async () => {
    const dir = copySamples();
    fs.writeFileSync(path.join(dir, '001_dc080621945f1249.annotations.yaml'), 'schema: seed-annotator/v1\nentities: [oops\n');
    const broken = await cliIn(dir, ['export', '--format', 'csv', '.']);
    assert.strictEqual(broken.code, 1);
    assert.match(broken.err, /left out 001_dc080621945f1249\.txt: its sidecar has 1 error/);
    assert.strictEqual((parseCsv(broken.out, { columns: true }) as unknown[]).length, 54 - 26);
    assert.strictEqual((await cliIn(dir, ['export', '--format', 'nope', '.'])).code, 2);
    assert.strictEqual((await cliIn(dir, ['export', '.'])).code, 2);
    assert.strictEqual((await cliIn(dir, ['export', '--format', 'labelstudio', '.'])).code, 2, 'a folder format needs --out');
  });
});
