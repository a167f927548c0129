// seed-annotator suggest: the JSON shape of the issue, UTF-16 offsets that slice to the text, nothing from page
// chrome or already annotated, --learn-from teaching a text's label, bad usage.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { recognize } from '../../src/core/documents';
import { readSidecar } from '../../src/core/sidecar/read';
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

  it('bad usage exits 2', async () => {
    assert.strictEqual((await cliIn(root, ['suggest'])).code, 2);
    assert.strictEqual((await cliIn(root, ['suggest', '--threshold', '7', 'samples'])).code, 2);
  });
});
