import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { MAX_SIDECAR_BYTES, readSidecar } from '../../src/core/sidecar/read';
import { textHashAsync } from '../../src/core/sha256';
import { validateSidecar } from '../../src/core/sidecar/validate';

const root = path.resolve(__dirname, '../..');

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const cwd = process.cwd();
  process.chdir(root); // paths in messages are relative to the current folder
  try {
    const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  } finally {
    process.chdir(cwd);
  }
}

describe('validate', () => {
  it('`validate samples` passes: every sample sidecar matches its text', async () => {
    const r = await cli(['validate', 'samples']);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.match(r.out, /^validate: 3 sidecars and 1 corpus checked, 0 seed files without one: 0 errors, 0 warnings\n$/);
  });

  const brokenRoot = path.join(root, 'test/fixtures/broken');
  for (const name of fs.readdirSync(brokenRoot).sort()) {
    it(`broken fixture "${name}" exits 1 with its expected FILE:LINE:COL message`, async () => {
      const expected = fs.readFileSync(path.join(brokenRoot, name, 'expected.txt'), 'utf8').trim().split('\n');
      const r = await cli(['validate', `test/fixtures/broken/${name}`]);
      assert.strictEqual(r.code, 1, r.out);
      const lines = r.out.trim().split('\n');
      assert.deepStrictEqual(lines.slice(0, -1), expected);
      assert.match(lines[lines.length - 1]!, /^validate: 1 sidecar checked, .*[1-9]\d* errors?, /);
      assert.strictEqual(r.err, '', 'no stack traces or noise on stderr');
    });
  }

  it('reports every problem of a sidecar, not just the first', async () => {
    const yaml = fs.readFileSync(path.join(root, 'samples/000_ada6b8799641a7d2.annotations.yaml'), 'utf8')
      .replace('type: NORP', 'type: NOPE')
      .replace('end: 76', 'end: 6')
      .replace(/status: unverified/, 'status: maybe');
    const text = fs.readFileSync(path.join(root, 'samples/000_ada6b8799641a7d2.txt'), 'utf8');
    const { problems } = validateSidecar(yaml, text, '000_ada6b8799641a7d2.txt', DEFAULT_CONFIG);
    assert.deepStrictEqual(problems.map((p) => p.path), ['entities[0].type', 'entities[2].end', 'claims[0].status']);
    assert.ok(problems.every((p) => p.line > 1 && p.col > 1));
  });

  it('refuses sidecars over 20 MB without parsing them', async () => {
    const huge = 'schema: seed-annotator/v1\nnote: "' + 'x'.repeat(MAX_SIDECAR_BYTES) + '"\n';
    const r = readSidecar(huge);
    assert.strictEqual(r.sidecar, undefined);
    assert.match(r.problems[0]!.message, /^the sidecar is 20\.0 MB, over the 20 MB limit: not loaded$/);
  });

  it('warns when the text changed since the sidecar was saved (textHash)', async () => {
    const yaml = fs.readFileSync(path.join(root, 'samples/000_ada6b8799641a7d2.annotations.yaml'), 'utf8');
    const text = fs.readFileSync(path.join(root, 'samples/000_ada6b8799641a7d2.txt'), 'utf8') + '\nA new paragraph.';
    const { problems } = validateSidecar(yaml, text, '000_ada6b8799641a7d2.txt', DEFAULT_CONFIG, await textHashAsync(text));
    assert.deepStrictEqual(problems.map((p) => [p.severity, p.path]), [['warning', 'textHash']]);
  });

  it('a sidecar without its text file is an error; a missing path is a usage error', async () => {
    const r = await cli(['validate', 'test/fixtures/orphan-sidecar/gone.annotations.yaml']);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /gone\.annotations\.yaml:1:1: no text file test\/fixtures\/orphan-sidecar\/gone\.txt for this sidecar/);
    const missing = await cli(['validate', 'no/such/folder']);
    assert.strictEqual(missing.code, 2);
    assert.strictEqual(missing.err, 'seed-annotator validate: no such file or folder: no/such/folder\n');
  });
});

describe('docs', () => {
  it('`docs samples/bundle-tail.txt --json` lists two documents whose bodies are the two seed files', async () => {
    const r = await cli(['docs', 'samples/bundle-tail.txt', '--json']);
    assert.strictEqual(r.code, 0, r.err);
    const [file] = JSON.parse(r.out) as Array<{ file: string; kind: string; documents: Array<{ id: string; bodyStart: number; bodyEnd: number; boilerplate: number[][] }> }>;
    assert.strictEqual(file!.kind, 'bundle');
    const bundle = fs.readFileSync(path.join(root, 'samples/bundle-tail.txt'), 'utf8');
    assert.deepStrictEqual(file!.documents.map((d) => d.id), ['000_ada6b8799641a7d2', '001_dc080621945f1249']);
    for (const d of file!.documents) {
      assert.strictEqual(bundle.slice(d.bodyStart, d.bodyEnd), fs.readFileSync(path.join(root, `samples/${d.id}.txt`), 'utf8'));
    }
    assert.strictEqual(file!.documents[1]!.boilerplate.length, 2);
  });

  it('prints a readable summary with line numbers', async () => {
    const r = await cli(['docs', 'samples/001_dc080621945f1249.txt']);
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /^samples\/001_dc080621945f1249\.txt: seed, 1 document\n {2}001_dc080621945f1249 {2}body 0\.\.5342 \(lines 1-57\)\n {4}boilerplate 0\.\.23 \(lines 1-5\) "Skip to content _ _ _ _"\n/);
  });

  it('bad input gets a one-line message and exit 2', async () => {
    assert.deepStrictEqual(await cli(['docs']), { code: 2, out: '', err: 'seed-annotator docs: docs needs at least one FILE\n' });
    assert.deepStrictEqual(await cli(['docs', 'nope.txt']), { code: 2, out: '', err: 'seed-annotator docs: cannot read nope.txt: no such file\n' });
    assert.deepStrictEqual(await cli(['docs', '--frob', 'x']), { code: 2, out: '', err: 'seed-annotator docs: unknown option --frob\n' });
  });
});
