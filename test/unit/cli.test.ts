import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';

const root = path.resolve(__dirname, '../..');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('seed-annotator command line', () => {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

  it('--version prints the package version', async () => {
    assert.deepStrictEqual(await run(['--version']), { code: 0, out: `${version}\n`, err: '' });
  });

  it('--help lists usage and exits 0; no arguments prints it and exits 2', async () => {
    const help = await run(['--help']);
    assert.strictEqual(help.code, 0);
    assert.match(help.out, /^seed-annotator \d+\.\d+\.\d+/);
    assert.match(help.out, /Usage: seed-annotator <command>/);
    assert.strictEqual((await run([])).code, 2);
  });

  it('an unknown command is an error with a hint, not a stack trace', async () => {
    const r = await run(['frobnicate']);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /unknown command "frobnicate"; see seed-annotator --help/);
  });

  it('the built bundle runs as an executable (bin entry)', function () {
    this.timeout(60000);
    execFileSync('node', ['esbuild.js'], { cwd: root });
    const bin = path.join(root, 'dist/cli/seed-annotator.js');
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, `${version}\n`);
  });
});
