import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cliIn } from './helpers/cli';

const samples = path.resolve(__dirname, '../../samples');

describe('validate with corpus.yaml', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-cli-'));
    fs.mkdirSync(path.join(dir, 'w'));
    for (const f of fs.readdirSync(samples)) fs.copyFileSync(path.join(samples, f), path.join(dir, 'w', f));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('checks the corpus at the root of a folder and the links against it: links naming nothing are warnings', async () => {
    const sidecar = path.join(dir, 'w', '000_ada6b8799641a7d2.annotations.yaml');
    fs.writeFileSync(sidecar, fs.readFileSync(sidecar, 'utf8').replace('link: sinaloa-cartel', 'link: sinaloa'));
    const r = await cliIn(dir, ['validate', 'w']);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.strictEqual(r.out, 'w/000_ada6b8799641a7d2.annotations.yaml:94:11: warning: entities[11].link: no canonical entity "sinaloa" in corpus.yaml\nvalidate: 3 sidecars and 1 corpus checked, 0 seed files without one: 0 errors, 1 warning\n');
    assert.strictEqual((await cliIn(dir, ['validate', 'w', '--strict'])).code, 1);
  });

  it('a corpus.yaml named alone; its errors exit 1 and links are then not checked', async () => {
    fs.writeFileSync(path.join(dir, 'w', 'corpus.yaml'), '# broken\nschema: seed-annotator/corpus/v1\nentities:\n  - id: a\n    name: A\n  - id: a\n    name: B\nclaims:\n  - {id: c, statement: S, status: true}\n');
    const alone = await cliIn(dir, ['validate', 'w/corpus.yaml']);
    assert.strictEqual(alone.code, 1);
    assert.strictEqual(
      alone.out,
      [
        'w/corpus.yaml:6:9: entities[1].id: duplicate id "a": entities[0] has it too (ids must be unique across entities)',
        'w/corpus.yaml:9:35: claims[0].status: expected one of unverified, supported, refuted, mixed, not-enough-info, opinion, found true (put it in quotes to make it text)',
        'w/corpus.yaml:1:1: warning: the corpus has errors: sidecar links are not checked against it',
        'validate: 0 sidecars and 1 corpus checked, 0 seed files without one: 2 errors, 1 warning',
        '',
      ].join('\n'),
    );
    const missing = await cliIn(dir, ['validate', 'nowhere/corpus.yaml']);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.err, /cannot read nowhere\/corpus\.yaml: no such file/);
  });
});
