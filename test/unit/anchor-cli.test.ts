import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cliIn } from './helpers/cli';
import { readOk } from './helpers/sidecars';

const fixture = path.resolve(__dirname, '../fixtures/anchor');
const NAME = '000_ada6b8799641a7d2';


describe('seed-annotator anchor', () => {
  let dir: string;
  beforeEach(() => {
    // The fixture: seed 000 with a paragraph pasted at the top, "US Customs" changed to "U.S. Customs" inside an
    // entity, and the sentence of one claim deleted; its sidecar is samples/' unchanged.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-anchor-'));
    for (const f of fs.readdirSync(fixture)) fs.copyFileSync(path.join(fixture, f), path.join(dir, f));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints moved, fuzzy and orphan as the edits make them, and exits 3 for the orphan', async () => {
    const r = await cliIn(dir, ['anchor', `${NAME}.txt`]);
    assert.strictEqual(r.code, 3, r.err);
    const line = (text: string) => r.out.split('\n').find((l) => l.includes(text)) ?? '';
    assert.match(line('"Border Patrol"'), /^ {2}moved {2}entity \w+ +63\.\.76 -> 159\.\.172 "Border Patrol"$/);
    assert.match(line('U.S. Customs'), /^ {2}fuzzy {2}entity \w+ +1334\.\.1366 -> 1430\.\.1464 "U\.S\. Customs and Border Protection" \(was "US Customs and Border Protection", score 0\.9\d+\)$/);
    assert.match(line('the agent driving'), /^ {2}orphan claim +\w+ +1594\.\.1729 "the agent driving the car, .*" not found: kept as an orphan$/);
    assert.match(r.out, /\nanchor: 21 annotations: 0 exact, 19 moved, 1 fuzzy, 1 orphan\n$/);
  });

  it('--write updates the sidecar in place (comments kept), and then validate passes and anchor finds all exact', async () => {
    const before = fs.readFileSync(path.join(dir, `${NAME}.annotations.yaml`), 'utf8');
    const r = await cliIn(dir, ['anchor', `${NAME}.annotations.yaml`, '--write']);
    assert.strictEqual(r.code, 3);
    assert.match(r.out, /wrote 000_ada6b8799641a7d2\.annotations\.yaml\n$/);
    const after = fs.readFileSync(path.join(dir, `${NAME}.annotations.yaml`), 'utf8');
    assert.ok(after.startsWith(before.split('\n').slice(0, 2).join('\n')), 'the header comments survive');
    const { sidecar } = readOk(after);
    const orphan = sidecar.claims.find((c) => c.orphan)!;
    assert.ok(orphan.text.startsWith('the agent driving the car'));
    assert.strictEqual(sidecar.entities.find((e) => e.text.startsWith('U.S. Customs'))!.start, 1430);
    const validate = await cliIn(dir, ['validate', '.']);
    assert.strictEqual(validate.code, 0, validate.out);
    assert.match(validate.out, /0 errors, 0 warnings/);
    const again = await cliIn(dir, ['anchor', `${NAME}.txt`, '--json']);
    const [report] = JSON.parse(again.out) as Array<{ summary: Record<string, number> }>;
    assert.deepStrictEqual(report!.summary, { exact: 20, moved: 0, fuzzy: 0, orphan: 1, cueLost: 0, rejectedDropped: 0 });
  });

  it('refuses to touch a sidecar it cannot read', async () => {
    const file = path.join(dir, `${NAME}.annotations.yaml`);
    const broken = fs.readFileSync(file, 'utf8').replace('type: ORG', 'type: [');
    fs.writeFileSync(file, broken);
    const r = await cliIn(dir, ['anchor', `${NAME}.txt`, '--write']);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /cannot be read; it is left as it is/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), broken);
  });
});
