// Help on every command, exit statuses, and the messages for what people get wrong: two documents of one name
// in a bundle, `checkworthy: yes`, a sidecar that is not text, settings that are not JSON.
import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { firstInvalidUtf8 } from '../../src/cli/files';
import { cliIn } from './helpers/cli';
import { matchesGlob } from '../../src/core/glob';
import { sha256HexAsync, textHashAsync } from '../../src/core/sha256';

const root = path.resolve(__dirname, '../..');
const S0 = '000_ada6b8799641a7d2';


describe('seed-annotator help and exit statuses', () => {
  for (const command of ['docs', 'validate', 'anchor']) {
    for (const flag of ['-h', '--help']) {
      it(`${command} ${flag} prints its usage and exit statuses, exit 0 (even with other arguments)`, async () => {
        const r = await cliIn(root, [command, 'no/such/file', flag, '--unknown']);
        assert.strictEqual(r.code, 0, r.err);
        assert.strictEqual(r.err, '');
        assert.match(r.out, new RegExp(`^Usage: seed-annotator ${command} `));
        assert.match(r.out, /Exit status:\n {2}0 {2}.*\n(.*\n)* {2}2 {2}bad usage/);
      });
    }
  }

  it('a folder where a sidecar should be is a file error (2), not a crash', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cli-'));
    try {
      // A folder where a file is expected: a file error (2), not a crash.
      fs.mkdirSync(path.join(dir, `${S0}.annotations.yaml`));
      fs.copyFileSync(path.join(root, 'samples', `${S0}.txt`), path.join(dir, `${S0}.txt`));
      const r = await cliIn(dir, ['validate', `${S0}.txt`]);
      assert.strictEqual(r.code, 2, r.out + r.err);
      assert.match(r.err, /cannot read 000_ada6b8799641a7d2\.annotations\.yaml: it is a folder/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('seed-annotator messages', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cli-msg-'));
    for (const f of [`${S0}.txt`, `${S0}.annotations.yaml`, 'bundle-tail.txt', 'bundle-tail.annotations.yaml']) fs.copyFileSync(path.join(root, 'samples', f), path.join(dir, f));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('`checkworthy: yes` says that YAML 1.2 reads it as text and what to write', async () => {
    const file = path.join(dir, `${S0}.annotations.yaml`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('checkworthy: true', 'checkworthy: yes').replace('checkworthy: true', 'checkworthy: off # no'));
    const r = await cliIn(dir, ['validate', '.']);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /:139:18: claims\[0\]\.checkworthy: expected true or false: YAML 1\.2 reads yes as text, not as true; write true\n/);
    assert.match(r.out, /:150:18: claims\[1\]\.checkworthy: expected true or false: YAML 1\.2 reads off as text, not as false; write false\n/);
  });

  it('two documents of the same name in a bundle: docs, validate and anchor say so, with the line of the second', async () => {
    const file = path.join(dir, 'bundle-tail.txt');
    const text = fs.readFileSync(file, 'utf8');
    const second = text.indexOf('==> 001_dc080621945f1249.txt <==');
    fs.writeFileSync(file, text + '\n' + text.slice(0, second));
    const line = text.split('\n').length + 1;
    const warning = new RegExp(`bundle-tail\\.txt:${line}:1: warning: two documents are named "000_ada6b8799641a7d2": annotations naming it refer to the first`);
    const docs = await cliIn(dir, ['docs', 'bundle-tail.txt']);
    assert.match(docs.out, warning);
    const validate = await cliIn(dir, ['validate', 'bundle-tail.txt']);
    assert.match(validate.out, warning);
    assert.match(validate.out, /2 warnings\n$/, 'the textHash warning and this one');
    assert.strictEqual((await cliIn(dir, ['validate', 'bundle-tail.txt', '--strict'])).code, 1);
    const anchor = await cliIn(dir, ['anchor', 'bundle-tail.txt']);
    assert.match(anchor.out, warning);
  });

  it('a delimiter-like line read as text is a warning at its line', async () => {
    const file = path.join(dir, 'bundle-tail.txt');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text + '\n==> notes <==\nmore\n');
    const line = text.split('\n').length + 1;
    const r = await cliIn(dir, ['docs', 'bundle-tail.txt']);
    assert.match(r.out, new RegExp(`bundle-tail\\.txt:${line}:1: warning: line ${line} \\("==> notes <=="\\) looks like a delimiter`));
  });

  it('a sidecar that is not UTF-8 is a problem at its first bad byte (exit 1); the other paths are still checked', async () => {
    const file = path.join(dir, `${S0}.annotations.yaml`);
    fs.writeFileSync(file, Buffer.concat([Buffer.from('schema: seed-annotator/v1\nentities: '), Buffer.from([0xff, 0xfe, 0x00])]));
    const r = await cliIn(dir, ['validate', `${S0}.annotations.yaml`, 'bundle-tail.txt']);
    assert.strictEqual(r.code, 1, r.err);
    assert.match(r.out, /^000_ada6b8799641a7d2\.annotations\.yaml:2:11: the sidecar is not UTF-8 text \(byte 36\): not checked$/m);
    assert.match(r.out, /^validate: 2 sidecars checked/m);
    const missing = await cliIn(dir, ['validate', 'nope', 'bundle-tail.txt']);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.out, /^validate: 1 sidecar checked, .*; 1 path could not be read$/m);
  });

  it('settings that are not JSON name the place of the mistake', async () => {
    fs.writeFileSync(path.join(dir, 'settings.json'), '{\n  "seedAnnotator.labels": [\n}\n');
    const r = await cliIn(dir, ['validate', '.', '--config', 'settings.json']);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /^seed-annotator validate: settings\.json:3:1: not valid JSON: value expected\n$/);
  });

  it('finds the first byte that is not UTF-8', () => {
    assert.strictEqual(firstInvalidUtf8(Buffer.from('héllo')), 6);
    assert.strictEqual(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80])), 1, 'an encoded surrogate');
    assert.strictEqual(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80])), 1, 'an overlong form');
    assert.strictEqual(firstInvalidUtf8(Buffer.from([0xf0, 0x9f, 0x98])), 0, 'cut short');
  });
});

describe('hashing and globs', () => {
  it('Web Crypto SHA-256 agrees with Node; textHashAsync is sha256- and the hex of the UTF-8 bytes', async () => {
    for (const size of [0, 1, 55, 56, 64, 1000, 100_000]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 31 + size) & 0xff);
      const expected = createHash('sha256').update(bytes).digest('hex');
      assert.strictEqual(await sha256HexAsync(bytes), expected);
    }
    const text = 'Über “quotes” and 🙂\r\n';
    assert.strictEqual(await textHashAsync(text), `sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex')}`);
  });

  it('globs: [!x] is "not x", dot files match, braces and ** as in VS Code', () => {
    assert.ok(matchesGlob('a/b.txt', 'a/[!c].txt'));
    assert.ok(!matchesGlob('a/c.txt', 'a/[!c].txt'));
    assert.ok(matchesGlob('.hidden/bundle-1.txt', '**/bundle-*.txt'));
    assert.ok(matchesGlob('x/y/z.seeds.txt', '{x,w}/**/*.seeds.txt'));
    assert.ok(!matchesGlob('x/y/z.txt', '{x,w}/**/*.seeds.txt'));
    assert.ok(matchesGlob('C:\\data\\bundle-2.txt', '**/bundle-*.txt'));
  });
});
