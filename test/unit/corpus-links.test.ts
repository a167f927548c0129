import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkLinks, claimLink, mentionsOf, type SidecarRef } from '../../src/core/corpus/links';
import { matchCanonicalEntities, normalizeMention } from '../../src/core/corpus/match';
import type { Corpus } from '../../src/core/corpus/model';
import { readCorpus } from '../../src/core/corpus/read';
import { readSidecar } from '../../src/core/sidecar/read';

const samples = path.resolve(__dirname, '../../samples');
const NAMES = ['000_ada6b8799641a7d2', '001_dc080621945f1249', 'bundle-tail'];
const sampleCorpus = (): Corpus => readCorpus(fs.readFileSync(path.join(samples, 'corpus.yaml'), 'utf8')).corpus!;

function sidecarRef(file: string, yaml: string): SidecarRef {
  const r = readSidecar(yaml);
  assert.ok(r.sidecar && r.layout, file);
  return { file, sidecar: r.sidecar, layout: r.layout };
}
const sampleSidecars = (edit: (name: string, yaml: string) => string = (_, y) => y): SidecarRef[] =>
  NAMES.map((n) => sidecarRef(`samples/${n}.annotations.yaml`, edit(n, fs.readFileSync(path.join(samples, `${n}.annotations.yaml`), 'utf8'))));

describe('corpus.yaml: links from sidecars', () => {
  it('the samples link only to canonical items that exist, with matching types', () => {
    assert.deepStrictEqual(checkLinks(sampleCorpus(), sampleSidecars()), []);
  });

  it('warns about links naming nothing, or an item of the other kind, at the link in the sidecar', () => {
    const sidecars = sampleSidecars((name, yaml) =>
      name === '000_ada6b8799641a7d2' ? yaml.replace('link: us-cbp', 'link: us-cbpx').replace('link: san-diego', 'link: chicago-agent-bounties') : name === 'bundle-tail' ? yaml.replace('link: chicago-agent-bounties', 'link: chicago') : yaml,
    );
    const problems = checkLinks(sampleCorpus(), sidecars);
    assert.deepStrictEqual(
      problems.map((p) => [p.severity, p.file, p.line, p.col, p.path, p.annotationId, p.message]),
      [
        ['warning', 'samples/000_ada6b8799641a7d2.annotations.yaml', 35, 11, 'entities[3].link', 'e3v4tl2', 'no canonical entity "chicago-agent-bounties" in corpus.yaml (that is a canonical claim)'],
        ['warning', 'samples/000_ada6b8799641a7d2.annotations.yaml', 64, 11, 'entities[7].link', 'elz1enz', 'no canonical entity "us-cbpx" in corpus.yaml'],
        ['warning', 'samples/bundle-tail.annotations.yaml', 73, 11, 'claims[0].link', 'c9y8rxh', 'no canonical claim "chicago" in corpus.yaml (that is a canonical entity)'],
      ],
    );
    const p = problems[1]!;
    const text = fs.readFileSync(path.join(samples, '000_ada6b8799641a7d2.annotations.yaml'), 'utf8').replace('link: us-cbp', 'link: us-cbpx').replace('link: san-diego', 'link: chicago-agent-bounties');
    assert.strictEqual(text.slice(p.start, p.end), 'us-cbpx');
  });

  it('warns when an annotation’s label differs from its canonical entity’s type; without a layout, at 1:1', () => {
    const corpus = readCorpus('schema: seed-annotator/corpus/v1\nentities: [{id: noem, name: Kristi Noem, type: PERSON}]\n').corpus!;
    const { sidecar } = readSidecar('schema: seed-annotator/v1\nentities:\n  - {id: e1, type: ORG, start: 0, end: 4, text: Noem, link: noem}\n  - {id: e2, type: PERSON, start: 5, end: 9, text: Noem, link: noem}\n');
    assert.deepStrictEqual(
      checkLinks(corpus, [{ file: 'x.annotations.yaml', sidecar: sidecar! }]).map((p) => [p.line, p.col, p.path, p.message]),
      [[1, 1, 'entities[0].link', 'the annotation is ORG, the canonical entity "noem" is PERSON']],
    );
  });

  it('a claim’s link is read from the model, or from its unknown keys', () => {
    const base = { id: 'c1', start: 0, end: 1, text: 'x', status: 'unverified' as const };
    assert.strictEqual(claimLink({ ...base, link: 'a' }), 'a');
    assert.strictEqual(claimLink({ ...base, extra: { link: 'b' } }), 'b');
    assert.strictEqual(claimLink(base), undefined);
  });
});

describe('corpus.yaml: mentions across documents', () => {
  it('counts every canonical item’s mentions and documents in the samples', () => {
    const m = mentionsOf(sampleCorpus(), sampleSidecars());
    assert.deepStrictEqual(
      m.entities.map((e) => [e.entity.id, e.mentions.length, e.documents]),
      [['us-border-patrol', 2, 2], ['us-cbp', 3, 2], ['us-dhs', 3, 2], ['us-ice', 1, 1], ['sinaloa-cartel', 2, 2], ['kristi-noem', 2, 2], ['chicago', 2, 2], ['san-diego', 2, 2]],
    );
    assert.deepStrictEqual(m.entities[1]!.mentions.map((x) => [x.file.replace('samples/', ''), x.id, x.text]), [
      ['000_ada6b8799641a7d2.annotations.yaml', 'elz1enz', 'US Customs and Border Protection'],
      ['000_ada6b8799641a7d2.annotations.yaml', 'e05583w', 'CBP'],
      ['001_dc080621945f1249.annotations.yaml', 'e6r5trq', 'Customs and Border Patrol'],
    ]);
    assert.deepStrictEqual(m.claims.map((c) => [c.claim.id, c.mentions.map((x) => [x.id, x.doc ?? null, x.start, x.end]), c.documents]), [
      ['chicago-agent-bounties', [['cezlp11', null, 189, 271], ['c9y8rxh', '001_dc080621945f1249', 2644, 2726]], 2],
    ]);
    assert.strictEqual(m.unlinked.length, 27);
    assert.deepStrictEqual(m.unlinked[0], {
      key: 'mexican',
      label: 'NORP',
      texts: ['Mexican'],
      mentions: [
        { file: 'samples/000_ada6b8799641a7d2.annotations.yaml', id: 'ekpdepo', start: 0, end: 7, text: 'Mexican', type: 'NORP' },
        { file: 'samples/001_dc080621945f1249.annotations.yaml', id: 'ev1sv2a', start: 273, end: 280, text: 'Mexican', type: 'NORP' },
      ],
      documents: 2,
    });
  });

  it('groups unlinked texts by normalised text and label; documents of a bundle count one by one', () => {
    const { sidecar } = readSidecar(
      [
        'schema: seed-annotator/v1',
        'entities:',
        '  - {id: e1, type: ORG, start: 0, end: 13, text: Border Patrol, doc: a}',
        '  - {id: e2, type: ORG, start: 20, end: 36, text: "border  patrol’s", doc: b}',
        '  - {id: e3, type: PERSON, start: 40, end: 53, text: Border Patrol, doc: b}',
        '  - {id: e4, type: ORG, start: 60, end: 73, text: Border Patrol, doc: b, link: gone}',
        '',
      ].join('\n'),
    );
    const m = mentionsOf({ schema: 'seed-annotator/corpus/v1', entities: [], claims: [] }, [{ file: 'f', sidecar: sidecar! }]);
    assert.deepStrictEqual(
      m.unlinked.map((g) => [g.key, g.label, g.texts, g.mentions.map((x) => x.id), g.documents]),
      [
        ['border patrol', 'ORG', ['Border Patrol', 'border  patrol’s'], ['e1', 'e2', 'e4'], 2],
        ['border patrol', 'PERSON', ['Border Patrol'], ['e3'], 1],
      ],
    );
  });
});

describe('corpus.yaml: matching canonical entities', () => {
  it('normalises texts: NFKC, case, white space, quotes, possessives', () => {
    assert.strictEqual(normalizeMention('  Border \n Patrol’s '), 'border patrol');
    assert.strictEqual(normalizeMention('Ismael ‘El Mayo’ Zambada'), normalizeMention("Ismael 'El Mayo' Zambada"));
    assert.strictEqual(normalizeMention('Ismael ‘El Mayo’ Zambada'), 'ismael el mayo zambada');
    assert.strictEqual(normalizeMention('ＣＢＰ'), 'cbp');
    assert.strictEqual(normalizeMention('Straße'), normalizeMention('STRASSE'));
    assert.strictEqual(normalizeMention('the agents’'), 'the agents');
    assert.strictEqual(normalizeMention('“Operation Midway Blitz”'), 'operation midway blitz');
  });

  it('offers exact matches first, then prefixes, then whole words inside', () => {
    const corpus = sampleCorpus();
    const ids = (text: string, label?: string) => matchCanonicalEntities(corpus, text, label).map((x) => [x.entity.id, x.kind, x.matched]);
    assert.deepStrictEqual(ids('Border Patrol’s'), [['us-border-patrol', 'exact', 'Border Patrol'], ['us-cbp', 'contains', 'Customs and Border Patrol']]);
    assert.deepStrictEqual(ids('cbp'), [['us-cbp', 'exact', 'CBP']]);
    assert.deepStrictEqual(ids('Border'), [['us-border-patrol', 'prefix', 'Border Patrol'], ['us-cbp', 'contains', 'U.S. Customs and Border Protection']]);
    assert.deepStrictEqual(ids('Homeland'), [['us-dhs', 'prefix', 'Homeland Security']]);
    assert.deepStrictEqual(ids('US'), [['us-border-patrol', 'prefix', 'US Border Patrol'], ['us-cbp', 'prefix', 'US Customs and Border Protection']]);
    assert.deepStrictEqual(ids('stoms'), [], 'whole words only: not "stoms" in "customs"');
    assert.deepStrictEqual(ids('   '), []);
  });

  it('with a label, entities of that type come first, then untyped ones', () => {
    const corpus = readCorpus('schema: seed-annotator/corpus/v1\nentities:\n  - {id: a, name: Washington, type: PERSON}\n  - {id: b, name: Washington, type: GPE}\n  - {id: c, name: Washington}\n').corpus!;
    assert.deepStrictEqual(matchCanonicalEntities(corpus, 'washington', 'GPE').map((x) => x.entity.id), ['b', 'c', 'a']);
    assert.deepStrictEqual(matchCanonicalEntities(corpus, 'washington', 'PERSON').map((x) => x.entity.id), ['a', 'c', 'b']);
  });
});
