import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CanonicalClaim, CanonicalEntity } from '../../src/core/corpus/model';
import { emptyCorpus } from '../../src/core/corpus/model';
import { readCorpus } from '../../src/core/corpus/read';
import { addAlias, addCanonicalClaim, addCanonicalEntity, serializeCorpus, setCanonicalClaimStatus } from '../../src/core/corpus/write';
import { changedLines, comments, CRLF_BOM, EXPECTED, fixtures, HAND, PYYAML_FLOW } from './helpers/corpusFixtures';

const HEAD = 'schema: seed-annotator/corpus/v1\n';
const NEW_ENTITY: CanonicalEntity = { id: 'sinaloa-cartel', name: 'Sinaloa Cartel', type: 'ORG', aliases: ['El Cártel de Sinaloa', 'CDS'], extra: { founded: 1989 } };
const NEW_CLAIM: CanonicalClaim = { id: 'cbp-arrests', statement: 'Two people were arrested: "human smuggling"', status: 'supported', evidence: [{ url: 'https://www.cbp.gov/newsroom', note: 'statement #1' }] };

function read(text: string) {
  const r = readCorpus(text);
  assert.deepStrictEqual(r.problems, [], text);
  return r.corpus!;
}

/** Every comment of `before` is still in `after`, the BOM and the line ending are kept. */
function assertKept(before: string, after: string): void {
  const left = comments(after);
  for (const c of comments(before)) assert.ok(left.includes(c), `comment kept: ${c}`);
  assert.strictEqual(after.startsWith('\uFEFF'), before.startsWith('\uFEFF'));
  if (before.includes('\r\n')) assert.ok(!/[^\r]\n/.test(after), 'CRLF throughout');
}

describe('corpus.yaml: writing in place', () => {
  for (const [name, text] of fixtures()) {
    describe(name, () => {
      it('addCanonicalEntity appends the entity: only lines added (or one flow line changed)', () => {
        const after = addCanonicalEntity(text, NEW_ENTITY);
        assert.deepStrictEqual(read(after), { ...EXPECTED, entities: [...EXPECTED.entities, NEW_ENTITY] });
        assertKept(text, after);
        const { removed, added } = changedLines(text, after);
        assert.deepStrictEqual(removed, []);
        assert.strictEqual(added.length, 5);
        assert.match(added[0]!, /^ *- id: sinaloa-cartel\r?$/);
      });

      it('addCanonicalClaim appends the claim', () => {
        const after = addCanonicalClaim(text, NEW_CLAIM);
        assert.deepStrictEqual(read(after), { ...EXPECTED, claims: [...EXPECTED.claims, NEW_CLAIM] });
        assertKept(text, after);
        assert.deepStrictEqual(changedLines(text, after).removed, []);
        assert.ok(after.includes('statement: "Two people were arrested: \\"human smuggling\\""'));
      });

      it('setCanonicalClaimStatus changes the one line, keeping its comment; the same status changes nothing', () => {
        const after = setCanonicalClaimStatus(text, 'dhs-bounty', 'refuted');
        assert.strictEqual(read(after).claims[0]!.status, 'refuted');
        assertKept(text, after);
        const { removed, added } = changedLines(text, after);
        assert.deepStrictEqual(added, removed.map((l) => l.replace('unverified', 'refuted')));
        assert.strictEqual(added.length, 1);
        assert.strictEqual(setCanonicalClaimStatus(text, 'dhs-bounty', 'unverified'), text);
      });

      it('addAlias adds one alias to an existing list, and creates the list', () => {
        const after = addAlias(text, 'us-border-patrol', 'Patrulla Fronteriza');
        assert.deepStrictEqual(read(after).entities[0]!.aliases, ['Border Patrol', 'USBP', 'Patrulla Fronteriza']);
        assertKept(text, after);
        const first = changedLines(text, after);
        assert.ok(first.added.length === 1 && first.removed.length <= 1, JSON.stringify(first));
        const created = addAlias(after, 'cbp', 'CBP');
        assert.deepStrictEqual(read(created).entities[1]!.aliases, ['CBP']);
        assert.strictEqual(changedLines(after, created).added.length, 1);
        assert.strictEqual(addAlias(created, 'cbp', 'CBP'), created, 'an alias it has: same text');
        assert.strictEqual(addAlias(created, 'cbp', 'Customs: and Border Protection'), created, 'its name: same text');
      });

      it('several edits in a row read back as the same edits made to the data', () => {
        let t = addCanonicalEntity(text, NEW_ENTITY);
        t = addAlias(t, 'sinaloa-cartel', 'Sinaloa');
        t = addCanonicalClaim(t, NEW_CLAIM);
        t = setCanonicalClaimStatus(t, 'cbp-arrests', 'mixed');
        t = setCanonicalClaimStatus(t, 'dhs-bounty', 'not-enough-info');
        const corpus = read(t);
        assert.deepStrictEqual(corpus.entities[2]!.aliases, ['El Cártel de Sinaloa', 'CDS', 'Sinaloa']);
        assert.deepStrictEqual(corpus.claims.map((c) => c.status), ['not-enough-info', 'mixed']);
        assert.deepStrictEqual(corpus.entities.slice(0, 2), EXPECTED.entities);
        assertKept(text, t);
      });
    });
  }

  it('hand-written: the exact text of an added alias, entity and status', () => {
    const alias = addAlias(HAND, 'us-border-patrol', 'USBP agents');
    assert.strictEqual(alias, HAND.replace('      - "USBP"\n', '      - "USBP"\n      - USBP agents\n'));
    const status = setCanonicalClaimStatus(HAND, 'dhs-bounty', 'supported');
    assert.strictEqual(status, HAND.replace('status: unverified   # not checked yet', 'status: supported   # not checked yet'));
    const entity = addCanonicalEntity(HAND, { id: 'x', name: 'X' });
    assert.strictEqual(entity, HAND.replace('      type: *org\n', '      type: *org\n  - id: x\n    name: X\n'));
  });

  it('flow style stays flow style', () => {
    const after = addAlias(PYYAML_FLOW, 'us-border-patrol', 'Patrulla Fronteriza');
    assert.ok(after.includes('  aliases: [Border Patrol, USBP, Patrulla Fronteriza]\n'));
    const status = addAlias(PYYAML_FLOW, 'cbp', 'CBP');
    assert.ok(status.includes("- {id: cbp, name: 'Customs: and Border Protection', type: ORG, aliases: [CBP]}\n"));
    const list = `${HEAD}entities: [{id: a, name: A}]   # one\n`;
    assert.strictEqual(addCanonicalEntity(list, { id: 'b', name: 'B' }), `${HEAD}entities: [{id: a, name: A}, {id: b, name: B}]   # one\n`);
    assert.strictEqual(setCanonicalClaimStatus(`${HEAD}claims: [{id: c, statement: S}]\n`, 'c', 'opinion'), `${HEAD}claims: [{id: c, statement: S, status: opinion}]\n`);
  });

  it('creates the list key, and turns `[]`, `~` and nothing into a block list', () => {
    assert.strictEqual(addCanonicalEntity(HEAD, { id: 'a', name: 'A' }), `${HEAD}entities:\n  - id: a\n    name: A\n`);
    assert.strictEqual(addCanonicalEntity('schema: seed-annotator/corpus/v1', { id: 'a', name: 'A' }), `${HEAD}entities:\n  - id: a\n    name: A\n`);
    assert.strictEqual(addCanonicalEntity(`${HEAD}entities: []\nclaims: []\n`, { id: 'a', name: 'A' }), `${HEAD}entities:\n  - id: a\n    name: A\nclaims: []\n`);
    assert.strictEqual(addCanonicalClaim(`${HEAD}entities: []\nclaims: []  # later\n`, { id: 'c', statement: 'S' }), `${HEAD}entities: []\nclaims:  # later\n  - id: c\n    statement: S\n`);
    assert.strictEqual(addCanonicalEntity(`${HEAD}entities: ~\r\n`.replace(/\n/g, '\r\n').replace('\r\r', '\r'), { id: 'a', name: 'A' }), 'schema: seed-annotator/corpus/v1\r\nentities:\r\n  - id: a\r\n    name: A\r\n');
    assert.strictEqual(addCanonicalEntity(`${HEAD}entities:\n# end\n`, { id: 'a', name: 'A' }), `${HEAD}entities:\n  - id: a\n    name: A\n# end\n`);
    assert.strictEqual(addAlias(`${HEAD}entities:\n  - id: a\n    name: A\n    aliases: []\n`, 'a', 'B'), `${HEAD}entities:\n  - id: a\n    name: A\n    aliases: [B]\n`);
  });

  it('a file without a final line break gets one only where it adds', () => {
    const text = `${HEAD}entities:\n  - id: a\n    name: A`;
    assert.strictEqual(addCanonicalEntity(text, { id: 'b', name: 'B' }), `${text}\n  - id: b\n    name: B\n`);
    assert.strictEqual(addAlias(text, 'a', 'Z'), `${text}\n    aliases: [Z]\n`);
  });

  it('a value over several lines is replaced from its key to its last line', () => {
    const text = `${HEAD}claims:\n  - id: c\n    statement: S\n    status: >-\n      unverified\n    note: n\n`;
    assert.strictEqual(setCanonicalClaimStatus(text, 'c', 'mixed'), `${HEAD}claims:\n  - id: c\n    statement: S\n    status: mixed\n    note: n\n`);
  });

  it('refuses to edit a file with errors, an unknown id, a taken id or a bad status', () => {
    assert.throws(() => addCanonicalEntity(`${HEAD}entities:\n  - id: a\n`, { id: 'b', name: 'B' }), /^Error: refusing to edit corpus\.yaml: it has errors \(line 3: entities\[0\]\.name: missing/);
    assert.throws(() => addCanonicalEntity('schema: seed-annotator/v1\n', { id: 'b', name: 'B' }), /refusing to edit corpus\.yaml: it has errors/);
    assert.throws(() => addCanonicalEntity('entities: []\n', { id: 'b', name: 'B' }), /refusing to edit corpus\.yaml: it has errors \(line 1: schema: missing/);
    assert.throws(() => addCanonicalEntity('a: [', { id: 'b', name: 'B' }), /refusing to edit/);
    assert.throws(() => addCanonicalEntity(HAND, { id: 'cbp', name: 'B' }), /already has an entity with id "cbp"/);
    assert.throws(() => addCanonicalClaim(HAND, { id: 'dhs-bounty', statement: 'B' }), /already has a claim with id "dhs-bounty"/);
    assert.throws(() => setCanonicalClaimStatus(HAND, 'nope', 'mixed'), /no claim with id "nope"/);
    assert.throws(() => setCanonicalClaimStatus(HAND, 'dhs-bounty', 'maybe' as never), /not a claim status: maybe/);
    assert.throws(() => addAlias(HAND, 'nope', 'x'), /no entity with id "nope"/);
  });

  it('an item written through a YAML alias is not edited', () => {
    const text = `${HEAD}base: &e {id: a, name: A}\nentities:\n  - *e\n`;
    assert.deepStrictEqual(read(text).entities.map((e) => e.id), ['a']);
    assert.throws(() => addAlias(text, 'a', 'x'), /written as a YAML alias \(\*e\)/);
  });

  it('serializeCorpus: a new file that reads back the same, for awkward strings too', () => {
    const corpus = {
      ...EXPECTED,
      entities: [...EXPECTED.entities, { id: 'q', name: 'yes', aliases: ['#1', 'a: b', '[x]', "it's", 'null', ' lead', 'é😀\n"'], note: '- dash', extra: { 'odd key': [1, { x: null }] } }],
    };
    const text = serializeCorpus(corpus);
    assert.deepStrictEqual(read(text), corpus);
    assert.ok(text.startsWith('schema: seed-annotator/corpus/v1\nentities:\n  - id: us-border-patrol\n    name: U.S. Border Patrol\n    type: ORG\n    aliases: [Border Patrol, USBP]\n'));
    assert.strictEqual(serializeCorpus(emptyCorpus()), 'schema: seed-annotator/corpus/v1\nentities: []\nclaims: []\n');
    assert.ok(!/[^\r]\n/.test(serializeCorpus(corpus, '\r\n')));
  });

  it('round trip: read, edit, read gives the data edited; the samples’ corpus.yaml too', () => {
    const sample = fs.readFileSync(path.resolve(__dirname, '../../samples/corpus.yaml'), 'utf8');
    const before = read(sample);
    const after = read(addAlias(setCanonicalClaimStatus(sample, 'chicago-agent-bounties', 'mixed'), 'us-ice', 'Immigration and Customs Enforcement'));
    assert.deepStrictEqual(after, {
      ...before,
      entities: before.entities.map((e) => (e.id === 'us-ice' ? { ...e, aliases: ['ICE', 'Immigration and Customs Enforcement'] } : e)),
      claims: before.claims.map((c) => ({ ...c, status: 'mixed' as const })),
    });
    assert.deepStrictEqual(read(serializeCorpus(before)), before);
  });

  it('CRLF and BOM: an added entity is written with CRLF after the BOM', () => {
    const after = addCanonicalEntity(CRLF_BOM, { id: 'x', name: 'X' });
    assert.ok(after.startsWith('\uFEFF# Registry'));
    assert.ok(after.includes('      type: *org\r\n  - id: x\r\n    name: X\r\n'));
  });
});
