// anchor over folders and several files, writing through the atomic store (symlinks and modes kept), lost cues
// and the exit statuses.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cliIn } from './helpers/cli';

const root = path.resolve(__dirname, '../..');
const S0 = '000_ada6b8799641a7d2';
const S1 = '001_dc080621945f1249';


function copySample(name: string, to: string, sidecarTo = to): void {
  fs.mkdirSync(to, { recursive: true });
  fs.mkdirSync(sidecarTo, { recursive: true });
  fs.copyFileSync(path.join(root, 'samples', `${name}.txt`), path.join(to, `${name}.txt`));
  fs.copyFileSync(path.join(root, 'samples', `${name}.annotations.yaml`), path.join(sidecarTo, `${name}.annotations.yaml`));
}

/** Moves the text down by a new first line, so that every annotation moves and --write has to write. */
function prependLine(file: string): void {
  fs.writeFileSync(file, 'A new first line.\n' + fs.readFileSync(file, 'utf8'));
}

describe('seed-annotator anchor: folders, several files, writing', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cli-anchor-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('`anchor .` re-anchors every pair under the folder, recursively, and the summary names the sidecars written', async () => {
    copySample(S0, path.join(dir, 'a'));
    copySample(S1, path.join(dir, 'b/c'));
    prependLine(path.join(dir, `a/${S0}.txt`));
    const r = await cliIn(dir, ['anchor', '.', '--write']);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.match(r.out, new RegExp(`^a/${S0}\\.annotations\\.yaml against a/${S0}\\.txt$`, 'm'));
    assert.match(r.out, new RegExp(`^b/c/${S1}\\.annotations\\.yaml against b/c/${S1}\\.txt$`, 'm'));
    assert.match(r.out, /^anchor: 2 of 2 sidecars re-anchored: \d+ annotations: /m);
    assert.match(r.out, new RegExp(`^anchor: wrote a/${S0}\\.annotations\\.yaml\\n`, 'm'), 'only the one whose text changed');
    const again = await cliIn(dir, ['validate', '.']);
    assert.strictEqual(again.code, 0, again.out);
  });

  it('finds sidecars kept in the sidecar folder (seedAnnotator.sidecarFolder, settings read as JSON with comments)', async () => {
    copySample(S0, path.join(dir, 'texts'), path.join(dir, 'notes/texts'));
    fs.mkdirSync(path.join(dir, '.vscode'));
    // A comment, a trailing comma, and ",}" inside a string, which must stay as it is.
    fs.writeFileSync(path.join(dir, '.vscode/settings.json'), '{\n  // where sidecars live\n  "seedAnnotator.sidecarFolder": "notes",\n  "other.setting": "a,}",\n}\n');
    prependLine(path.join(dir, `texts/${S0}.txt`));
    const r = await cliIn(dir, ['anchor', 'texts', '--write']);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.match(r.out, new RegExp(`^notes/texts/${S0}\\.annotations\\.yaml against texts/${S0}\\.txt$`, 'm'));
    assert.match(r.out, /; wrote notes\/texts\//);
  });

  it('writes through a symlinked sidecar: the link stays a link, its target is updated and keeps its mode', async function () {
    if (process.platform === 'win32') this.skip();
    copySample(S0, dir, path.join(dir, 'store'));
    fs.symlinkSync(path.join('store', `${S0}.annotations.yaml`), path.join(dir, `${S0}.annotations.yaml`));
    fs.chmodSync(path.join(dir, 'store', `${S0}.annotations.yaml`), 0o640);
    prependLine(path.join(dir, `${S0}.txt`));
    const r = await cliIn(dir, ['anchor', `${S0}.txt`, '--write']);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.ok(fs.lstatSync(path.join(dir, `${S0}.annotations.yaml`)).isSymbolicLink(), 'still a symlink');
    const target = path.join(dir, 'store', `${S0}.annotations.yaml`);
    assert.strictEqual(fs.statSync(target).mode & 0o777, 0o640);
    assert.match(fs.readFileSync(target, 'utf8'), /start: 18\n/, 'the target holds the new offsets');
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'store')), [`${S0}.annotations.yaml`], 'no temp file left');
  });

  it('one failing file does not stop the others; exit 2 for a missing file, 1 for a sidecar with errors', async () => {
    copySample(S0, dir);
    copySample(S1, dir);
    prependLine(path.join(dir, `${S0}.txt`));
    const broken = path.join(dir, `${S1}.annotations.yaml`);
    fs.writeFileSync(broken, fs.readFileSync(broken, 'utf8').replace(/start: \d+/, 'start: [oops'));
    const r = await cliIn(dir, ['anchor', `${S1}.txt`, 'missing.txt', `${S0}.txt`, '--write']);
    assert.strictEqual(r.code, 2, r.err);
    assert.match(r.err, /seed-annotator anchor: no such file or folder: missing\.txt/);
    assert.match(r.err, new RegExp(`anchor: ${S1}\\.annotations\\.yaml cannot be read; it is left as it is`));
    assert.match(r.out, new RegExp(`^anchor: wrote ${S0}\\.annotations\\.yaml$`, 'm'));
    assert.match(r.out, new RegExp(`^anchor: not processed: no such file or folder: missing\\.txt, ${S1}\\.annotations\\.yaml$`, 'm'));
    const withoutMissing = await cliIn(dir, ['anchor', `${S1}.txt`, `${S0}.txt`]);
    assert.strictEqual(withoutMissing.code, 1, 'a sidecar with errors: 1');
  });

  it('reports a claim whose cue was lost in its line, in --json and in the summary, and exits 3', async () => {
    copySample(S0, dir);
    const text = path.join(dir, `${S0}.txt`);
    fs.writeFileSync(text, fs.readFileSync(text, 'utf8').replace('” the memo said.', '” the memo stated.'));
    const r = await cliIn(dir, ['anchor', `${S0}.txt`]);
    assert.strictEqual(r.code, 3, r.out + r.err);
    assert.match(r.out, /^ {2}\w+ +claim +c7suxhx .*\(cue lost: not found with its claim; kept in the claim marked lost\)$/m);
    assert.match(r.out, /, 1 cue lost\n$/);
    const json = await cliIn(dir, ['anchor', `${S0}.txt`, '--json']);
    const [report] = JSON.parse(json.out) as Array<{ summary: Record<string, number>; results: Array<{ id: string; cueLost?: boolean }> }>;
    assert.strictEqual(report!.summary.cueLost, 1);
    assert.ok(report!.results.find((x) => x.id === 'c7suxhx')!.cueLost);
  });

  it('a seed file named without a sidecar is a file error; in a folder it is skipped', async () => {
    fs.copyFileSync(path.join(root, 'samples', `${S0}.txt`), path.join(dir, `${S0}.txt`));
    const named = await cliIn(dir, ['anchor', `${S0}.txt`]);
    assert.strictEqual(named.code, 2);
    assert.match(named.err, /no sidecar 000_ada6b8799641a7d2\.annotations\.yaml for 000_ada6b8799641a7d2\.txt/);
    assert.strictEqual((await cliIn(dir, ['anchor', '.'])).code, 0);
  });
  it('rejected suggestions follow the text; one whose text is gone is dropped, counted, and not an orphan', async () => {
    copySample(S0, dir);
    const sidecar = path.join(dir, `${S0}.annotations.yaml`);
    const text = fs.readFileSync(path.join(dir, `${S0}.txt`), 'utf8');
    const at = (w: string) => text.indexOf(w);
    const rejected = [
      `  - {type: GPE, start: ${at('Mexico')}, end: ${at('Mexico') + 6}, text: Mexico}`,
      `  - {type: ORG, start: ${at('retaliatory')}, end: ${at('retaliatory') + 11}, text: retaliatory}`,
    ].join('\n');
    fs.writeFileSync(sidecar, fs.readFileSync(sidecar, 'utf8').replace('rejected: []', `rejected:\n${rejected}`));
    // The text moves down a line, and the second rejected word is gone.
    const changed = 'A new first line.\n' + text.replace('a retaliatory shooting', 'a shooting');
    fs.writeFileSync(path.join(dir, `${S0}.txt`), changed);
    const r = await cliIn(dir, ['anchor', `${S0}.txt`, '--write']);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.match(r.out, /1 rejected suggestion no longer in the text, dropped/);
    const after = fs.readFileSync(sidecar, 'utf8');
    const moved = changed.indexOf('Mexico');
    assert.notStrictEqual(moved, at('Mexico'));
    assert.match(after, new RegExp(`start: ${moved}, end: ${moved + 6}, text: Mexico`));
    assert.ok(!after.includes('retaliatory}'));
  });
});
