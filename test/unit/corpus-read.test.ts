import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readCorpus } from '../../src/core/corpus/read';
import { CRLF_BOM, EXPECTED, HAND, fixtures } from './helpers/corpusFixtures';

const HEAD = 'schema: seed-annotator/corpus/v1\n';
const errorsOf = (text: string) => readCorpus(text).problems.filter((p) => p.severity === 'error');

describe('corpus.yaml: reading', () => {
  for (const [name, text] of fixtures()) {
    it(`reads ${name} into the same data, without problems`, () => {
      const { corpus, problems, layout } = readCorpus(text);
      assert.deepStrictEqual(problems, []);
      assert.deepStrictEqual(corpus, EXPECTED);
      assert.ok(layout);
    });
  }

  it('keeps the line ending of the file, and offsets count the byte order mark', () => {
    assert.strictEqual(readCorpus(CRLF_BOM).layout!.eol, '\r\n');
    assert.strictEqual(readCorpus(HAND).layout!.eol, '\n');
    const bad = readCorpus(CRLF_BOM.replace('status: unverified', 'status: maybe'));
    const p = bad.problems[0]!;
    assert.strictEqual(CRLF_BOM.replace('status: unverified', 'status: maybe').slice(p.start, p.end), 'maybe');
    assert.deepStrictEqual([p.line, p.col, p.path], [25, 13, 'claims[0].status']);
  });

  it('reads the samples’ corpus.yaml', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../samples/corpus.yaml'), 'utf8');
    const { corpus, problems } = readCorpus(text);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(corpus!.entities.map((e) => e.id), ['us-border-patrol', 'us-cbp', 'us-dhs', 'us-ice', 'sinaloa-cartel', 'kristi-noem', 'chicago', 'san-diego']);
    assert.deepStrictEqual(corpus!.claims.map((c) => [c.id, c.status]), [['chicago-agent-bounties', 'unverified']]);
  });

  it('keeps unknown keys at every level', () => {
    const text = `${HEAD}owner: team\nentities:\n  - id: a\n    name: A\n    kb: {gnd: "123"}\n    tags: [x]\nclaims:\n  - id: c\n    statement: S\n    evidence:\n      - {url: u, archived: true}\n    reviewer: ann\n`;
    const { corpus, problems } = readCorpus(text);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(corpus, {
      schema: 'seed-annotator/corpus/v1',
      entities: [{ id: 'a', name: 'A', extra: { kb: { gnd: '123' }, tags: ['x'] } }],
      claims: [{ id: 'c', statement: 'S', evidence: [{ url: 'u', extra: { archived: true } }], extra: { reviewer: 'ann' } }],
      extra: { owner: 'team' },
    });
  });

  it('empty lists in every spelling', () => {
    for (const lists of ['entities: []\nclaims: []\n', 'entities:\nclaims: ~\n', '']) {
      const { corpus, problems } = readCorpus(HEAD + lists);
      assert.deepStrictEqual(problems, [], lists);
      assert.deepStrictEqual(corpus, { schema: 'seed-annotator/corpus/v1', entities: [], claims: [] });
    }
  });

  it('reports a duplicate id at the second item, and leaves that item out', () => {
    const text = `${HEAD}entities:\n  - id: a\n    name: A\n  - id: b\n    name: B\n  - id: a\n    name: Again\n`;
    const { corpus, problems } = readCorpus(text);
    assert.deepStrictEqual(problems.map((p) => [p.severity, p.line, p.col, p.path, p.message]), [['error', 7, 9, 'entities[2].id', 'duplicate id "a": entities[0] has it too (ids must be unique across entities)']]);
    assert.deepStrictEqual(corpus!.entities.map((e) => e.name), ['A', 'B']);
  });

  it('the same id for an entity and a claim is allowed (links are typed by the annotation)', () => {
    assert.deepStrictEqual(readCorpus(`${HEAD}entities: [{id: x, name: X}]\nclaims: [{id: x, statement: S}]\n`).problems, []);
  });

  it('reports missing and mistyped fields with their paths and places', () => {
    const text = `${HEAD}entities:\n  - name: No id\n  - id: b\n  - id: c\n    name: C\n    aliases: USBP\n    type: 12\nclaims:\n  - id: d\n    status: maybe\n  - {id: e, statement: S, evidence: {url: x}}\n  - just text\n`;
    const { corpus, problems } = readCorpus(text);
    assert.deepStrictEqual(
      problems.map((p) => [p.line, p.col, p.path, p.message]),
      [
        [3, 5, 'entities[0].id', 'missing (required for every canonical entity)'],
        [4, 5, 'entities[1].name', 'missing (required for every canonical entity)'],
        [7, 14, 'entities[2].aliases', 'expected a list of names such as [Border Patrol, USBP], found "USBP"'],
        [8, 11, 'entities[2].type', 'expected a string, found 12 (put it in quotes to make it text)'],
        [10, 5, 'claims[0].statement', 'missing (required for every canonical claim)'],
        [11, 13, 'claims[0].status', 'expected one of unverified, supported, refuted, mixed, not-enough-info, opinion, found "maybe"'],
        [12, 37, 'claims[1].evidence', 'expected a list of {url: ..., note: ...}, found a mapping'],
        [13, 5, 'claims[2]', 'expected a mapping such as {id: dhs-bounty, statement: ..., status: unverified}, found "just text"'],
      ],
    );
    assert.deepStrictEqual(corpus, { schema: 'seed-annotator/corpus/v1', entities: [], claims: [] });
  });

  it('a missing or wrong schema is an error; a sidecar is recognised as one', () => {
    assert.deepStrictEqual(errorsOf('entities: []\n').map((p) => [p.path, p.message]), [['schema', 'missing: the first line should be "schema: seed-annotator/corpus/v1"']]);
    const wrong = readCorpus('schema: seed-annotator/v1\nentities: []\n');
    assert.strictEqual(wrong.corpus, undefined);
    assert.match(wrong.problems[0]!.message, /^unsupported schema "seed-annotator\/v1": .*that is a sidecar/);
    assert.strictEqual(readCorpus('schema: seed-annotator/corpus/v2\n').problems[0]!.col, 9);
  });

  it('warns about ids that are not recommended and Wikidata ids that are not item ids', () => {
    const { corpus, problems } = readCorpus(`${HEAD}entities:\n  - {id: Border_Patrol, name: B, wikidata: "1140532"}\n`);
    assert.deepStrictEqual(problems.map((p) => [p.severity, p.path]), [['warning', 'entities[0].id'], ['warning', 'entities[0].wikidata']]);
    assert.strictEqual(corpus!.entities.length, 1);
  });

  it('checks types against the labels when given (a warning)', () => {
    const text = `${HEAD}entities:\n  - {id: a, name: A, type: AGENCY}\n`;
    assert.deepStrictEqual(readCorpus(text).problems, []);
    const { problems } = readCorpus(text, { labels: ['ORG', 'PERSON'] });
    assert.deepStrictEqual(problems.map((p) => [p.severity, p.path, p.message]), [['warning', 'entities[0].type', 'unknown label "AGENCY" (labels: ORG, PERSON)']]);
  });

  it('follows aliases, and refuses alias bombs quickly', () => {
    const ok = readCorpus(`${HEAD}entities:\n  - &a {id: a, name: A, note: &n shared}\n  - {id: b, name: B, note: *n}\n`);
    assert.deepStrictEqual(ok.corpus!.entities.map((e) => e.note), ['shared', 'shared']);
    let bomb = `${HEAD}x0: &x0 [a, a, a, a, a, a, a, a, a, a]\n`;
    for (let i = 1; i < 9; i++) bomb += `x${i}: &x${i} [${Array(10).fill(`*x${i - 1}`).join(', ')}]\n`;
    const started = Date.now();
    const r = readCorpus(bomb);
    assert.ok(Date.now() - started < 2000, 'fast');
    assert.strictEqual(r.corpus, undefined);
    assert.match(r.problems[0]!.message, /^YAML aliases expand to more than 10000 values: not loaded$/);
  });

  it('refuses nesting bombs before parsing', () => {
    const r = readCorpus(`${HEAD}entities: ${'['.repeat(5000)}`);
    assert.strictEqual(r.corpus, undefined);
    assert.deepStrictEqual([r.problems[0]!.line, r.problems[0]!.message], [2, 'nested deeper than 256 levels: not loaded']);
  });

  it('malformed files give problems, never exceptions', () => {
    const inputs = ['', ' ', '[', ':', '- a\n- b\n', 'schema: [\n', '"unclosed\n', `${HEAD}entities: {a: 1}\n`, `${HEAD}entities:\n  - 1\n  - [x]\n  -\n`, `${HEAD}schema: again\n`, '\u0000\u0001\u0002', `${HEAD}entities:\n\t- id: a\n`, `${HEAD}? [complex, key]\n: value\n`, '%YAML 1.1\n---\na: 1\n---\nb: 2\n'];
    for (const text of inputs) {
      const r = readCorpus(text);
      assert.ok(r.problems.some((p) => p.severity === 'error'), JSON.stringify(text));
      for (const p of r.problems) assert.ok(p.line >= 1 && p.col >= 1 && p.start <= p.end, JSON.stringify(p));
    }
  });

  it('every truncation of a hand-written file reads without throwing', () => {
    for (let i = 0; i <= HAND.length; i++) {
      const r = readCorpus(HAND.slice(0, i));
      assert.ok(r.corpus !== undefined || r.problems.length > 0, `cut at ${i}`);
    }
  });
});
