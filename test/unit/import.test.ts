// Importing what other tools annotated: each parser on input written the way the tool writes it, offsets in
// code points or UTF-16, bad lines as warnings; merging into a sidecar (placement, conflicts, duplicates,
// bundles); and round trips through our own exports.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_LABELS, emptySidecar, type Sidecar } from '../../src/core/model';
import { recognize } from '../../src/core/documents';
import { decodeUtf8 } from '../../src/core/text';
import { parseBrat } from '../../src/core/import/brat';
import { parseJsonl } from '../../src/core/import/jsonl';
import { parseDoccano } from '../../src/core/import/doccano';
import { parseLabelStudio } from '../../src/core/import/labelstudio';
import { parseW3c } from '../../src/core/import/w3c';
import { matchDocument } from '../../src/core/import/match';
import { importIntoSidecar } from '../../src/core/import/merge';
import type { ImportedDocument } from '../../src/core/import/types';
import { SAMPLES, UNICODE_FIXTURE } from './helpers/exportFixtures';

const FIXTURES = path.join(__dirname, '../fixtures/import');
const read = (file: string) => fs.readFileSync(path.join(FIXTURES, file), 'utf8');
const unicodeText = decodeUtf8(fs.readFileSync(UNICODE_FIXTURE));
/** Code point offsets of a UTF-16 span of `text`, as Python would count them. */
const cp = (text: string, start: number, end: number): [number, number] => [[...text.slice(0, start)].length, [...text.slice(0, end)].length];
const spans = (list: ReadonlyArray<{ start: number; end: number; label?: string; type?: string }>) => list.map((a) => [a.start, a.end, a.label ?? a.type]);

describe('import: brat standoff', () => {
  const txt = 'Sony said North and South America will grow.\nAnalysts at Sony agree.\n';
  const ann = read('brat/sony.ann');

  it('reads T, A, R, # and N lines; joins a discontinuous span; warns about bad lines by file and line', () => {
    const [doc] = parseBrat([
      { path: 'out/sony.ann', content: ann },
      { path: 'out/sony.txt', content: txt },
      { path: 'out/annotation.conf', content: '[entities]\nORG\n' },
    ]);
    assert.ok(doc);
    assert.strictEqual(doc.name, 'sony');
    assert.strictEqual(doc.text, txt);
    assert.deepStrictEqual(spans(doc.entities), [
      [0, 4, 'ORG'],
      [10, 33, 'LOC'],
      [57, 61, 'ORG'],
    ]);
    assert.strictEqual(doc.entities[0]!.link, 'sony-corp');
    assert.strictEqual(doc.entities[1]!.text, 'North and South America');
    assert.strictEqual(doc.entities[2]!.link, 'Wikidata:Q41187');
    assert.strictEqual(doc.entities[2]!.note, 'the company, not the brand');
    const [claim] = doc.claims;
    assert.deepStrictEqual([claim!.start, claim!.end, claim!.text, claim!.status], [10, 43, 'North and South America will grow', 'supported']);
    assert.deepStrictEqual(claim!.source, { entityIndex: 0 });
    assert.deepStrictEqual(claim!.cue, { start: -1, end: -1, text: 'said' });
    assert.strictEqual(claim!.note, 'forecast');
    assert.strictEqual(claim!.attribution, 'indirect');
    assert.ok(doc.warnings.some((w) => w.startsWith('out/sony.ann:2:') && /fragments/.test(w)), doc.warnings.join('\n'));
    assert.ok(doc.warnings.some((w) => w.startsWith('out/sony.ann:4:')), 'the bad T line');
    assert.ok(doc.warnings.some((w) => w.startsWith('out/sony.ann:12:') && /T99/.test(w)), 'a note on a missing T');
  });

  it('without the .txt, offsets stay in code points for the import to convert; a BOM in the .txt counts in brat', () => {
    const [alone] = parseBrat([{ path: 'sony.ann', content: ann }]);
    assert.strictEqual(alone!.text, undefined);
    assert.strictEqual(alone!.unit, 'codepoints');
    assert.strictEqual(alone!.entities[0]!.text, 'Sony');

    const raw = fs.readFileSync(UNICODE_FIXTURE, 'utf8');
    assert.ok(raw.startsWith('\uFEFF'));
    const ana = unicodeText.indexOf('Ana');
    const [s, e] = cp(unicodeText, ana, ana + 13);
    // brat counts the BOM: one more than Python over the decoded text.
    const [doc] = parseBrat([
      { path: '210_00000000000000e1.ann', content: `T1\tPERSON ${s + 1} ${e + 1}\tAna \u{1F1F5}\u{1F1F9} Lima\n` },
      { path: '210_00000000000000e1.txt', content: raw },
    ]);
    assert.deepStrictEqual(doc!.warnings, []);
    assert.strictEqual(doc!.text, unicodeText);
    assert.deepStrictEqual([doc!.entities[0]!.start, doc!.entities[0]!.end], [ana, ana + 13]);
  });
});

describe('import: Prodigy / spaCy JSONL', () => {
  it('skips rejected tasks, reads spans and claims, and warns about bad lines', () => {
    const docs = parseJsonl([{ path: 'db-out.jsonl', content: read('prodigy.jsonl') }]);
    assert.deepStrictEqual(
      docs.map((d) => d.name),
      ['news-1', 'db-out:4'],
    );
    const [first, second] = docs;
    assert.deepStrictEqual(spans(first!.entities), [[0, 5, 'ORG']]);
    assert.strictEqual(first!.entities[0]!.text, 'Apple');
    assert.deepStrictEqual(spans(second!.entities), [[0, 2, 'ORG']]);
    assert.ok(first!.warnings.some((w) => w.startsWith('db-out.jsonl:3:') && /not JSON/.test(w)), first!.warnings.join('\n'));
    assert.ok(second!.warnings.some((w) => w.startsWith('db-out.jsonl:4:') && /spans\[1\]/.test(w)), second!.warnings.join('\n'));
  });

  it('counts code points unless meta.offsets says utf16 (a text with emoji)', () => {
    const ana = unicodeText.indexOf('Ana');
    const [s, e] = cp(unicodeText, ana, ana + 13);
    assert.notDeepStrictEqual([s, e], [ana, ana + 13]);
    const line = (start: number, end: number, meta: object) => JSON.stringify({ text: unicodeText, spans: [{ start, end, label: 'PERSON' }], meta });
    const [points, units] = parseJsonl([{ path: 'x.jsonl', content: `${line(s, e, { document: 'a' })}\n${line(ana, ana + 13, { document: 'b', offsets: 'utf16' })}\n` }]);
    assert.deepStrictEqual([points!.entities[0]!.start, points!.entities[0]!.end], [ana, ana + 13]);
    assert.deepStrictEqual([units!.entities[0]!.start, units!.entities[0]!.end], [ana, ana + 13]);
    assert.strictEqual(points!.entities[0]!.text, 'Ana \u{1F1F5}\u{1F1F9} Lima');
    // Asked for UTF-16, a span whose text only fits in code points is read in code points, with a warning.
    const [fixed] = parseJsonl([{ path: 'y.jsonl', content: JSON.stringify({ text: unicodeText, spans: [{ start: s, end: e, label: 'PERSON', text: 'Ana \u{1F1F5}\u{1F1F9} Lima' }] }) }], { unit: 'utf16' });
    assert.deepStrictEqual([fixed!.entities[0]!.start, fixed!.entities[0]!.end], [ana, ana + 13]);
    assert.strictEqual(fixed!.warnings.length, 1);
  });
});

describe('import: doccano', () => {
  it('reads `label`, `labels` and the relation format; CLAIM spans become claims', () => {
    const docs = parseDoccano([{ path: 'admin.jsonl', content: read('doccano.jsonl') }]);
    assert.strictEqual(docs.length, 3);
    assert.deepStrictEqual(spans(docs[0]!.entities), [
      [0, 2, 'ORG'],
      [11, 17, 'MISC'],
    ]);
    assert.deepStrictEqual(spans(docs[1]!.entities), [[0, 5, 'PERSON']]);
    const rel = docs[2]!;
    assert.strictEqual(rel.name, '42');
    assert.deepStrictEqual(spans(rel.entities), [[0, 3, 'ORG']]);
    assert.deepStrictEqual([rel.claims[0]!.start, rel.claims[0]!.end], [9, 32]);
    assert.deepStrictEqual(rel.claims[0]!.source, { entityIndex: 0 });
    assert.ok(docs[0]!.warnings.some((w) => w.startsWith('admin.jsonl:2:')), docs[0]!.warnings.join('\n'));
    assert.ok(docs[1]!.warnings.some((w) => w.startsWith('admin.jsonl:3:') && /labels\[1\]/.test(w)), 'the malformed triple');
  });
});

describe('import: Label Studio', () => {
  it('skips cancelled annotations and predictions; per-region choices give claims their status; source relations', () => {
    const docs = parseLabelStudio([{ path: 'export.json', content: read('labelstudio.json') }]);
    assert.strictEqual(docs.length, 2);
    const [doc, second] = docs;
    assert.strictEqual(doc!.name, '000_ada6b8799641a7d2');
    assert.deepStrictEqual(spans(doc!.entities), [[0, 4, 'ORG']]);
    assert.deepStrictEqual([doc!.claims[0]!.start, doc!.claims[0]!.end, doc!.claims[0]!.status], [10, 32, 'refuted']);
    assert.deepStrictEqual(doc!.claims[0]!.source, { entityIndex: 0 });
    assert.strictEqual(doc!.entities[0]!.note, 'the company');
    assert.deepStrictEqual(spans(second!.entities), [], 'a cancelled annotation, and predictions not asked for');
    const withPredictions = parseLabelStudio([{ path: 'export.json', content: read('labelstudio.json') }], { predictions: true });
    assert.deepStrictEqual(spans(withPredictions[1]!.entities), [[0, 5, 'PERSON']]);
    assert.ok(doc!.warnings.some((w) => w.startsWith('export.json:1 (task 1)') && /whole task/.test(w)), doc!.warnings.join('\n'));
  });
});

describe('import: W3C Web Annotation', () => {
  const text = fs.readFileSync(path.join(SAMPLES, '000_ada6b8799641a7d2.txt'), 'utf8');

  it('reads a collection with position and quote-only selectors; names documents by their source', () => {
    const [doc, ...rest] = parseW3c([{ path: 'anno.jsonld', content: read('w3c.jsonld') }]);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(doc!.name, '000_ada6b8799641a7d2');
    assert.strictEqual(doc!.unit, 'codepoints');
    assert.deepStrictEqual(
      doc!.entities.map((e) => [e.start, e.end, e.label, e.text]),
      [
        [63, 76, 'ORG', 'Border Patrol'],
        [-1, -1, 'GPE', 'San Diego'],
        [-1, -1, 'ORG', 'Border Patrol'],
      ],
    );
    assert.strictEqual(doc!.claims[0]!.status, 'unverified');
    assert.ok(doc!.warnings.some((w) => /no tagging body/.test(w)), doc!.warnings.join('\n'));

    // Quote-only spans are found by their text and context: the second Border Patrol, not the first.
    const { sidecar, report } = importIntoSidecar(undefined, text, '000_ada6b8799641a7d2.txt', doc!, { labels: DEFAULT_LABELS });
    assert.deepStrictEqual(report.skipped, []);
    const second = text.indexOf('Border Patrol', 100);
    assert.deepStrictEqual(spans(sidecar.entities), [
      [63, 76, 'ORG'],
      [87, 96, 'GPE'],
      [second, second + 13, 'ORG'],
    ]);
    assert.strictEqual(sidecar.claims[0]!.text, text.slice(0, 155));
  });

  it('bad JSON is a warning, not an exception', () => {
    const [doc] = parseW3c([{ path: 'broken.json', content: '{"type": "Annotation", ' }]);
    assert.match(doc!.warnings[0]!, /^broken\.json: not JSON/);
  });
});

describe('import: merging into a sidecar', () => {
  const name = '000_ada6b8799641a7d2.txt';
  const text = fs.readFileSync(path.join(SAMPLES, name), 'utf8');
  const patrol = text.indexOf('Border Patrol');
  const diego = text.indexOf('San Diego');
  const imported = (over: Partial<ImportedDocument> = {}): ImportedDocument => ({
    name: '000_ada6b8799641a7d2',
    text,
    entities: [
      { start: patrol, end: patrol + 13, label: 'ORG', link: 'us-border-patrol' },
      { start: diego, end: diego + 9, label: 'GPE' },
    ],
    claims: [{ start: 0, end: 155, status: 'supported', source: { entityIndex: 0 }, cue: { start: 157, end: 169 } }],
    warnings: [],
    ...over,
  });

  it('the same text: exact places, fresh ids, context, a claim linked to its source entity and its cue', () => {
    const { sidecar, report } = importIntoSidecar(undefined, text, name, imported(), { labels: DEFAULT_LABELS });
    assert.deepStrictEqual([report.imported, report.merged, report.placed], [3, 0, { exact: 3, moved: 0, fuzzy: 0 }]);
    const [e1, e2] = sidecar.entities;
    assert.match(e1!.id, /^e[0-9a-z]{6}$/);
    assert.deepStrictEqual([e1!.text, e1!.prefix, e1!.suffix, e1!.link], ['Border Patrol', text.slice(patrol - 32, patrol), text.slice(patrol + 13, patrol + 45), 'us-border-patrol']);
    assert.strictEqual(e2!.text, 'San Diego');
    const claim = sidecar.claims[0]!;
    assert.match(claim.id, /^c[0-9a-z]{6}$/);
    assert.deepStrictEqual(claim.source, { entity: e1!.id });
    assert.deepStrictEqual(claim.cue, { start: 157, end: 169, text: 'according to' });
    assert.strictEqual(claim.status, 'supported');
  });

  it('a sentence inserted before: spans are found where the text moved to', () => {
    const inserted = 'EDITOR’S NOTE: this story was updated.\n' + text;
    const { sidecar, report } = importIntoSidecar(undefined, inserted, name, imported(), { labels: DEFAULT_LABELS });
    assert.deepStrictEqual(report.skipped, []);
    assert.strictEqual(report.placed.exact, 0);
    assert.strictEqual(report.placed.moved, 3);
    for (const a of [...sidecar.entities, ...sidecar.claims]) assert.strictEqual(inserted.slice(a.start, a.end), a.text);
    assert.deepStrictEqual(sidecar.entities.map((e) => e.text), ['Border Patrol', 'San Diego']);
    assert.strictEqual(sidecar.claims[0]!.cue?.text, 'according to');
    // Text the target does not have is skipped, never put somewhere else.
    const missing = imported({ text: 'Nothing of the sort.\n' + text.slice(0, 20), entities: [{ start: 0, end: 7, label: 'ORG' }], claims: [] });
    const none = importIntoSidecar(undefined, inserted, name, missing, { labels: DEFAULT_LABELS });
    assert.deepStrictEqual(none.report.skipped, [{ text: 'Nothing', reason: 'text not found' }]);
  });

  it('duplicates are merged (details filled in), a conflicting label is skipped and reported, an unknown label too', () => {
    const first = importIntoSidecar(undefined, text, name, imported({ claims: [] }), { labels: DEFAULT_LABELS }).sidecar;
    const withoutLink: Sidecar = { ...first, entities: first.entities.map(({ link: _l, ...e }) => e) };
    const again = imported({
      entities: [
        { start: patrol, end: patrol + 13, label: 'ORG', link: 'us-border-patrol', note: 'the agency' },
        { start: diego, end: diego + 9, label: 'LOC' },
        { start: 0, end: 7, label: 'ETHNICITY' },
      ],
      claims: [],
    });
    const { sidecar, report } = importIntoSidecar(withoutLink, text, name, again, { labels: DEFAULT_LABELS });
    assert.deepStrictEqual([report.imported, report.merged], [0, 1]);
    assert.deepStrictEqual(report.skipped, [
      { text: 'San Diego', reason: 'conflicts with GPE already there' },
      { text: 'Mexican', reason: 'unknown label "ETHNICITY" (not one of the labels)' },
    ]);
    assert.strictEqual(sidecar.entities.length, 2);
    assert.deepStrictEqual([sidecar.entities[0]!.id, sidecar.entities[0]!.link, sidecar.entities[0]!.note], [first.entities[0]!.id, 'us-border-patrol', 'the agency']);
    // Asked to, the conflicting label replaces the one there (same id).
    const replaced = importIntoSidecar(withoutLink, text, name, again, { labels: DEFAULT_LABELS, conflicts: 'replace' });
    assert.strictEqual(replaced.report.replaced, 1);
    assert.deepStrictEqual([replaced.sidecar.entities[1]!.id, replaced.sidecar.entities[1]!.type], [first.entities[1]!.id, 'LOC']);
    // Claims: the same span is merged, its status kept.
    const withClaim = importIntoSidecar(undefined, text, name, imported(), { labels: DEFAULT_LABELS }).sidecar;
    const twice = importIntoSidecar(withClaim, text, name, imported({ claims: [{ start: 0, end: 155, status: 'refuted', note: 'n' }] }), { labels: DEFAULT_LABELS });
    assert.deepStrictEqual([twice.report.merged, twice.sidecar.claims.length, twice.sidecar.claims[0]!.status, twice.sidecar.claims[0]!.note], [3, 1, 'supported', 'n']);
  });

  it('offsets without a text are the document body’s, code points converted against it', () => {
    const ana = unicodeText.indexOf('Ana');
    const [s, e] = cp(unicodeText, ana, ana + 13);
    const doc: ImportedDocument = { name: 'x', unit: 'codepoints', entities: [{ start: s, end: e, label: 'PERSON', text: 'Ana \u{1F1F5}\u{1F1F9} Lima' }], claims: [], warnings: [] };
    const { sidecar } = importIntoSidecar(undefined, unicodeText, '210_00000000000000e1.txt', doc, { labels: DEFAULT_LABELS });
    assert.deepStrictEqual(spans(sidecar.entities), [[ana, ana + 13, 'PERSON']]);
  });

  it('bundles: the named document (offsets relative to its body), `doc` set; matchDocument by name or text', () => {
    const bundleText = fs.readFileSync(path.join(SAMPLES, 'bundle-tail.txt'), 'utf8');
    const file = recognize(bundleText, { fileName: 'bundle-tail.txt' });
    const second = file.documents[1]!;
    const body = bundleText.slice(second.bodyStart, second.bodyEnd);
    const at = body.indexOf('Chicago');
    const doc: ImportedDocument = { name: 'bundle-tail__001_dc080621945f1249', text: body, entities: [{ start: at, end: at + 7, label: 'GPE', text: 'Chicago' }], claims: [], warnings: [] };
    const candidates = file.documents.map((d) => ({ file: 'samples/bundle-tail.txt', documentId: d.id, text: bundleText.slice(d.bodyStart, d.bodyEnd) }));
    const seeds = ['000_ada6b8799641a7d2', '001_dc080621945f1249'].map((id) => ({ file: `samples/${id}.txt`, documentId: id, text: fs.readFileSync(path.join(SAMPLES, `${id}.txt`), 'utf8') }));
    assert.strictEqual(matchDocument(doc, [...seeds, ...candidates]), candidates[1]);
    assert.strictEqual(matchDocument({ ...doc, name: '001_dc080621945f1249' }, [...seeds, ...candidates]), seeds[1]);
    assert.strictEqual(matchDocument({ ...doc, name: 'unknown' }, candidates), candidates[1], 'by text');
    assert.strictEqual(matchDocument({ ...doc, name: 'unknown', text: 'other' }, candidates), undefined);

    const { sidecar, report } = importIntoSidecar(emptySidecar('bundle-tail.txt'), bundleText, 'bundle-tail.txt', doc, { documentId: second.id, labels: DEFAULT_LABELS });
    assert.strictEqual(report.imported, 1);
    const [e] = sidecar.entities;
    assert.deepStrictEqual([e!.start, e!.text, e!.doc], [second.bodyStart + at, 'Chicago', '001_dc080621945f1249']);
    // Without a document id, the document is found by the import's name.
    assert.strictEqual(importIntoSidecar(undefined, bundleText, 'bundle-tail.txt', doc, { labels: DEFAULT_LABELS }).sidecar.entities[0]!.doc, '001_dc080621945f1249');
    const nowhere = importIntoSidecar(undefined, bundleText, 'bundle-tail.txt', doc, { documentId: 'nope', labels: DEFAULT_LABELS });
    assert.deepStrictEqual(nowhere.report.skipped, [{ text: 'Chicago', reason: 'no document "nope" in bundle-tail.txt' }]);
  });
});
