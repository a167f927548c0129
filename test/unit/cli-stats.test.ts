// seed-annotator stats: documents by state, annotations per label and status, orphans, canonical mentions; over
// the samples, a bundle, a seed file without a sidecar, a broken sidecar, and the --json shape.
//
// The expected numbers were counted by hand from the files (grep over samples/*.annotations.yaml, e.g.
// `grep -c 'type: ORG'`), not with the code under test:
//   000 (a seed): 17 entities (PERSON 2, ORG 6, GPE 5, NORP 1, DATE 3), 4 claims (unverified 3, supported 1);
//       links: us-cbp ×2, us-border-patrol, san-diego, sinaloa-cartel
//   001 (a seed): 22 entities (PERSON 2, ORG 10, GPE 6, NORP 1, EVENT 1, MONEY 2), 4 claims (unverified 2,
//       not-enough-info 1, opinion 1); links: us-dhs ×2, us-cbp, us-ice, chicago, kristi-noem, chicago-agent-bounties
//   bundle-tail: document 000 with 3 entities (ORG 2, GPE 1), document 001 with 3 entities (GPE 1, ORG 1,
//       PERSON 1) and 1 claim (unverified); links: one each of us-border-patrol, san-diego, sinaloa-cartel,
//       chicago, us-dhs, kristi-noem, chicago-agent-bounties
//   corpus.yaml: 8 entities, 1 claim.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cliIn } from './helpers/cli';

const root = path.resolve(__dirname, '../..');
const S0 = '000_ada6b8799641a7d2';
const S1 = '001_dc080621945f1249';
const S2 = '002_0123456789abcdef';

interface StatsJson {
  documents: { total: number; todo: number; 'in-progress': number; done: number; skipped: number };
  labels: Record<string, number>;
  statuses: Record<string, number>;
  orphans: number;
  files: Array<{ file: string; sidecar: string | null; documents: Array<{ id: string; state: string; entities: number; claims: number; orphans: number; labels: Record<string, number>; statuses: Record<string, number> }> }>;
  errors: Array<{ file: string; errors: number }>;
  canonical: { corpus: string; entities: Array<{ id: string; name: string; mentions: number; documents: number }>; claims: Array<{ id: string; statement: string; status: string; mentions: number; documents: number }>; unknownLinks: number } | null;
}

function copySamples(to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const f of fs.readdirSync(path.join(root, 'samples'))) fs.copyFileSync(path.join(root, 'samples', f), path.join(to, f));
}

/** Writes `progress: STATE` after the sidecar's textHash line. */
function markState(sidecar: string, state: string): void {
  const yaml = fs.readFileSync(sidecar, 'utf8');
  const next = yaml.replace(/^(textHash: .*\n)/m, `$1progress: ${state}\n`);
  assert.notStrictEqual(next, yaml, 'the sample should have a textHash line');
  fs.writeFileSync(sidecar, next);
}

/** A row of the human table, its cells split on runs of two or more spaces. */
function row(out: string, first: string): string[] {
  const line = out.split('\n').find((l) => l.trimStart().startsWith(first));
  assert.ok(line, `no row for ${first} in:\n${out}`);
  return line.trim().split(/ {2,}/);
}

/** A bundle of three documents, as `tail -n +1` prints them. */
const BUNDLE = [
  '==> alpha.txt <==',
  'Maria Lopez said the port of Lyon was closed on Monday.',
  '',
  '==> beta.txt <==',
  'Officials in Kyiv denied the report.',
  '',
  '==> gamma.txt <==',
  'Nothing annotated here.',
  '',
].join('\n');

function bundleSidecar(text: string): string {
  const at = (s: string) => text.indexOf(s);
  return [
    'schema: seed-annotator/v1',
    'progress:',
    '  beta: skipped',
    'entities:',
    `  - {id: e1, type: PERSON, start: ${at('Maria Lopez')}, end: ${at('Maria Lopez') + 11}, text: Maria Lopez, doc: alpha}`,
    `  - {id: e2, type: GPE, start: ${at('Lyon')}, end: ${at('Lyon') + 4}, text: Lyon, doc: alpha}`,
    `  - {id: e3, type: GPE, start: 3, end: 7, text: Gone, doc: alpha, orphan: true}`,
    'claims:',
    `  - {id: c1, start: ${at('the port')}, end: ${at('the port') + 'the port of Lyon was closed on Monday'.length}, text: the port of Lyon was closed on Monday, doc: alpha, source: {entity: e1}, status: refuted}`,
    'rejected: []',
    '',
  ].join('\n');
}

describe('seed-annotator stats', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cli-stats-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the samples, one marked done: states, labels, statuses per document and in total, canonical mentions', async () => {
    copySamples(dir);
    markState(path.join(dir, `${S0}.annotations.yaml`), 'done');
    const r = await cliIn(dir, ['stats', '.']);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.strictEqual(r.err, '');
    const header = row(r.out, 'FILE / DOCUMENT');
    // Columns: the labels in the configured order, then the statuses in their order; only those that occur.
    assert.deepStrictEqual(header, ['FILE / DOCUMENT', 'STATE', 'ENTITIES', 'CLAIMS', 'ORPHANS', 'PERSON', 'ORG', 'GPE', 'NORP', 'EVENT', 'DATE', 'MONEY', 'unverified', 'supported', 'not-enough-info', 'opinion']);
    assert.deepStrictEqual(row(r.out, `${S0}.txt`), [`${S0}.txt`, 'done', '17', '4', '0', '2', '6', '5', '1', '-', '3', '-', '3', '1', '-', '-']);
    assert.deepStrictEqual(row(r.out, `${S1}.txt`), [`${S1}.txt`, 'in progress', '22', '4', '0', '2', '10', '6', '1', '1', '-', '2', '2', '-', '1', '1']);
    // The bundle: its file on a line of its own, then one row per document.
    assert.deepStrictEqual(row(r.out, 'bundle-tail.txt'), ['bundle-tail.txt']);
    const lines = r.out.split('\n');
    const bundleAt = lines.findIndex((l) => l === 'bundle-tail.txt');
    assert.deepStrictEqual(lines[bundleAt + 1]!.trim().split(/ {2,}/), [S0, 'in progress', '3', '0', '0', '-', '2', '1', '-', '-', '-', '-', '-', '-', '-', '-']);
    assert.deepStrictEqual(lines[bundleAt + 2]!.trim().split(/ {2,}/), [S1, 'in progress', '3', '1', '0', '1', '1', '1', '-', '-', '-', '-', '1', '-', '-', '-']);
    assert.deepStrictEqual(row(r.out, 'total:'), ['total: 4 documents', '1 done', '45', '9', '0', '5', '19', '13', '2', '1', '3', '2', '6', '1', '1', '1']);
    assert.match(r.out, /^documents: 1 of 4 done; 0 to do, 3 in progress, 0 skipped$/m);
    assert.match(r.out, /^annotations: 45 entities, 9 claims, 0 orphans$/m);
    // Every row of the table has its columns at the same places.
    const table = lines.slice(0, lines.indexOf('')).filter((t) => t !== 'bundle-tail.txt');
    const state = table[0]!.indexOf('STATE');
    const entitiesEnd = table[0]!.indexOf('ENTITIES') + 'ENTITIES'.length - 1;
    for (const l of table) {
      assert.strictEqual(l.slice(state - 2, state + 1).replace(/\S$/, 'x'), '  x', l);
      assert.match(l.slice(entitiesEnd, entitiesEnd + 3), /^\S {2}/, l);
    }
    // The corpus at the folder's root: mentions and distinct documents (a bundle's documents count apart).
    assert.match(r.out, /^canonical \(corpus\.yaml\):$/m);
    assert.deepStrictEqual(row(r.out, 'us-cbp'), ['us-cbp', 'U.S. Customs and Border Protection', '3', '2']);
    assert.deepStrictEqual(row(r.out, 'us-dhs'), ['us-dhs', 'U.S. Department of Homeland Security', '3', '2']);
    assert.deepStrictEqual(row(r.out, 'us-ice'), ['us-ice', 'U.S. Immigration and Customs Enforcement', '1', '1']);
    assert.deepStrictEqual(row(r.out, 'us-border-patrol'), ['us-border-patrol', 'U.S. Border Patrol', '2', '2']);
    assert.deepStrictEqual(row(r.out, 'chicago-agent-bounties').slice(2), ['2', '2']);
  });

  it('--json: one object of the documented shape, with the same figures', async () => {
    copySamples(dir);
    markState(path.join(dir, `${S0}.annotations.yaml`), 'done');
    markState(path.join(dir, `${S1}.annotations.yaml`), 'skipped');
    const r = await cliIn(dir, ['stats', '--json', '.']);
    assert.strictEqual(r.code, 0, r.err);
    const json = JSON.parse(r.out) as StatsJson;
    assert.deepStrictEqual(Object.keys(json), ['documents', 'labels', 'statuses', 'orphans', 'files', 'errors', 'canonical']);
    assert.deepStrictEqual(json.documents, { total: 4, todo: 0, 'in-progress': 2, done: 1, skipped: 1 });
    assert.deepStrictEqual(Object.keys(json.documents), ['total', 'todo', 'in-progress', 'done', 'skipped']);
    assert.deepStrictEqual(json.labels, { PERSON: 5, ORG: 19, GPE: 13, NORP: 2, EVENT: 1, DATE: 3, MONEY: 2 });
    assert.deepStrictEqual(json.statuses, { unverified: 6, supported: 1, 'not-enough-info': 1, opinion: 1 });
    assert.strictEqual(json.orphans, 0);
    assert.deepStrictEqual(json.errors, []);
    assert.deepStrictEqual(
      json.files.map((f) => f.file),
      [`${S0}.txt`, `${S1}.txt`, 'bundle-tail.txt'],
    );
    assert.deepStrictEqual(json.files[0], {
      file: `${S0}.txt`,
      sidecar: `${S0}.annotations.yaml`,
      documents: [{ id: S0, state: 'done', entities: 17, claims: 4, orphans: 0, labels: { PERSON: 2, ORG: 6, GPE: 5, NORP: 1, DATE: 3 }, statuses: { unverified: 3, supported: 1 } }],
    });
    assert.deepStrictEqual(json.files[1]!.documents[0]!.state, 'skipped');
    assert.deepStrictEqual(json.files[2]!.documents, [
      { id: S0, state: 'in-progress', entities: 3, claims: 0, orphans: 0, labels: { ORG: 2, GPE: 1 }, statuses: {} },
      { id: S1, state: 'in-progress', entities: 3, claims: 1, orphans: 0, labels: { PERSON: 1, ORG: 1, GPE: 1 }, statuses: { unverified: 1 } },
    ]);
    const canonical = json.canonical!;
    assert.strictEqual(canonical.corpus, 'corpus.yaml');
    assert.strictEqual(canonical.unknownLinks, 0);
    const entities = Object.fromEntries(canonical.entities.map((e) => [e.id, [e.name, e.mentions, e.documents]]));
    assert.deepStrictEqual(entities, {
      'us-border-patrol': ['U.S. Border Patrol', 2, 2],
      'us-cbp': ['U.S. Customs and Border Protection', 3, 2],
      'us-dhs': ['U.S. Department of Homeland Security', 3, 2],
      'us-ice': ['U.S. Immigration and Customs Enforcement', 1, 1],
      'sinaloa-cartel': ['Sinaloa Cartel', 2, 2],
      'kristi-noem': ['Kristi Noem', 2, 2],
      chicago: ['Chicago', 2, 2],
      'san-diego': ['San Diego', 2, 2],
    });
    // Most mentioned first.
    assert.deepStrictEqual(
      canonical.entities.map((e) => e.mentions),
      [3, 3, 2, 2, 2, 2, 2, 1],
    );
    assert.deepStrictEqual(canonical.claims, [
      { id: 'chicago-agent-bounties', statement: 'Mexican criminal organizations offer up to $50,000 for actions against immigration officers in Chicago', status: 'unverified', mentions: 2, documents: 2 },
    ]);
  });

  it('a bundle: every document of the text is listed, those without annotations as to do; progress per document', async () => {
    fs.writeFileSync(path.join(dir, 'bundle-three.txt'), BUNDLE);
    fs.writeFileSync(path.join(dir, 'bundle-three.annotations.yaml'), bundleSidecar(BUNDLE));
    fs.writeFileSync(path.join(dir, 'bundle-bare.txt'), BUNDLE);
    const r = await cliIn(dir, ['stats', '--json', '.']);
    assert.strictEqual(r.code, 0, r.out + r.err);
    const json = JSON.parse(r.out) as StatsJson;
    assert.deepStrictEqual(json.files, [
      {
        file: 'bundle-bare.txt',
        sidecar: null,
        documents: ['alpha', 'beta', 'gamma'].map((id) => ({ id, state: 'todo', entities: 0, claims: 0, orphans: 0, labels: {}, statuses: {} })),
      },
      {
        file: 'bundle-three.txt',
        sidecar: 'bundle-three.annotations.yaml',
        documents: [
          { id: 'alpha', state: 'in-progress', entities: 3, claims: 1, orphans: 1, labels: { PERSON: 1, GPE: 2 }, statuses: { refuted: 1 } },
          { id: 'beta', state: 'skipped', entities: 0, claims: 0, orphans: 0, labels: {}, statuses: {} },
          { id: 'gamma', state: 'todo', entities: 0, claims: 0, orphans: 0, labels: {}, statuses: {} },
        ],
      },
    ]);
    assert.deepStrictEqual(json.documents, { total: 6, todo: 4, 'in-progress': 1, done: 0, skipped: 1 });
    assert.deepStrictEqual(json.labels, { PERSON: 1, GPE: 2 });
    assert.deepStrictEqual(json.statuses, { refuted: 1 });
    assert.strictEqual(json.orphans, 1);
    assert.strictEqual(json.canonical, null, 'no corpus.yaml here');

    const human = await cliIn(dir, ['stats', 'bundle-three.txt']);
    assert.strictEqual(human.code, 0, human.err);
    assert.deepStrictEqual(row(human.out, 'alpha'), ['alpha', 'in progress', '3', '1', '1', '1', '2', '1']);
    assert.deepStrictEqual(row(human.out, 'beta'), ['beta', 'skipped', '0', '0', '0', '-', '-', '-']);
    assert.deepStrictEqual(row(human.out, 'gamma'), ['gamma', 'to do', '0', '0', '0', '-', '-', '-']);
    assert.match(human.out, /^documents: 0 of 3 done; 1 to do, 1 in progress, 1 skipped$/m);
    assert.match(human.out, /^annotations: 3 entities, 1 claim, 1 orphan$/m);
    assert.doesNotMatch(human.out, /canonical/);
  });

  it('a seed file without a sidecar is one document to do', async () => {
    fs.copyFileSync(path.join(root, 'samples', `${S0}.txt`), path.join(dir, `${S2}.txt`));
    const r = await cliIn(dir, ['stats', `${S2}.txt`]);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.deepStrictEqual(row(r.out, S2), [`${S2}.txt`, 'to do', '0', '0', '0']);
    assert.match(r.out, /^documents: 0 of 1 done; 1 to do, 0 in progress, 0 skipped$/m);
    const json = JSON.parse((await cliIn(dir, ['stats', '--json', '.'])).out) as StatsJson;
    assert.deepStrictEqual(json.files, [{ file: `${S2}.txt`, sidecar: null, documents: [{ id: S2, state: 'todo', entities: 0, claims: 0, orphans: 0, labels: {}, statuses: {} }] }]);
  });

  it('a broken sidecar: exit 1, named on stderr and under the table, the other files still counted', async () => {
    copySamples(dir);
    fs.writeFileSync(path.join(dir, `${S1}.annotations.yaml`), 'schema: seed-annotator/v1\nentities: [\n');
    const r = await cliIn(dir, ['stats', '.']);
    assert.strictEqual(r.code, 1, r.out + r.err);
    assert.match(r.err, new RegExp(`^seed-annotator stats: ${S1}\\.annotations\\.yaml has \\d+ errors? \\(seed-annotator validate shows them\\): not counted$`, 'm'));
    assert.match(r.out, new RegExp(`^not counted, the sidecar has errors: ${S1}\\.annotations\\.yaml$`, 'm'));
    // 000 and the bundle's two documents.
    assert.match(r.out, /^documents: 0 of 3 done; 0 to do, 3 in progress, 0 skipped$/m);
    assert.match(r.out, /^annotations: 23 entities, 5 claims, 0 orphans$/m);
    assert.doesNotMatch(r.out, new RegExp(`^${S1}\\.txt`, 'm'));

    const json = await cliIn(dir, ['stats', '--json', '.']);
    assert.strictEqual(json.code, 1);
    const parsed = JSON.parse(json.out) as StatsJson;
    assert.strictEqual(parsed.errors.length, 1);
    assert.strictEqual(parsed.errors[0]!.file, `${S1}.annotations.yaml`);
    assert.ok(parsed.errors[0]!.errors >= 1);
    assert.deepStrictEqual(parsed.documents, { total: 3, todo: 0, 'in-progress': 3, done: 0, skipped: 0 });
    assert.deepStrictEqual(parsed.labels, { PERSON: 3, ORG: 9, GPE: 7, NORP: 1, DATE: 3 });
    // us-cbp: 000 links it twice; 001 (the third) is not counted.
    assert.deepStrictEqual(parsed.canonical!.entities.find((e) => e.id === 'us-cbp'), { id: 'us-cbp', name: 'U.S. Customs and Border Protection', mentions: 2, documents: 1 });
  });

  it('finds corpus.yaml in a folder above the paths (up to the current folder), or named', async () => {
    copySamples(path.join(dir, 'texts'));
    fs.renameSync(path.join(dir, 'texts/corpus.yaml'), path.join(dir, 'corpus.yaml'));
    const above = JSON.parse((await cliIn(dir, ['stats', '--json', `texts/${S0}.txt`])).out) as StatsJson;
    assert.strictEqual(above.canonical!.corpus, 'corpus.yaml');
    assert.strictEqual(above.canonical!.entities.find((e) => e.id === 'us-cbp')!.mentions, 2);
    // Run from the folder: corpus.yaml is above the current folder, so not looked for.
    const inside = JSON.parse((await cliIn(path.join(dir, 'texts'), ['stats', '--json', '.'])).out) as StatsJson;
    assert.strictEqual(inside.canonical, null);
    const named = JSON.parse((await cliIn(path.join(dir, 'texts'), ['stats', '--json', '.', '../corpus.yaml'])).out) as StatsJson;
    assert.strictEqual(named.canonical!.corpus, '../corpus.yaml', 'named: the only corpus, it counts every path');
    assert.strictEqual(named.canonical!.entities.find((e) => e.id === 'us-cbp')!.mentions, 3);
    const namedHere = JSON.parse((await cliIn(dir, ['stats', '--json', 'texts', 'corpus.yaml'])).out) as StatsJson;
    assert.strictEqual(namedHere.canonical!.entities.find((e) => e.id === 'us-cbp')!.mentions, 3);
  });

  it('usage: no PATH, an unknown option or a missing path exit 2; --help prints its usage', async () => {
    const none = await cliIn(dir, ['stats']);
    assert.strictEqual(none.code, 2);
    assert.match(none.err, /stats needs at least one PATH/);
    assert.strictEqual((await cliIn(dir, ['stats', '--frob', '.'])).code, 2);
    const missing = await cliIn(dir, ['stats', 'no/such/folder']);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.err, /no such file or folder: no\/such\/folder/);
    const help = await cliIn(dir, ['stats', '--help']);
    assert.strictEqual(help.code, 0);
    assert.match(help.out, /^Usage: seed-annotator stats PATH\.\.\. /);
    assert.match(help.out, /Exit status:\n {2}0 {2}.*\n {2}1 {2}.*\n {2}2 {2}bad usage/);
    assert.match((await cliIn(dir, ['--help'])).out, /^ {2}stats {6}/m);
  });
});
