// brat, W3C Web Annotation, CoNLL-2003 and ClaimReview exports, checked the way their readers check them: brat's
// standoff rules (code point offsets, declared types, existing ids), the Web Annotation Working Group's MUST
// tests (JSON Schema draft-04) and JSON-LD expansion against the published anno.jsonld, IOB2 validity.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import * as jsonld from 'jsonld';
import { bratFormat, documentNames, fragments } from '../../src/core/export/brat';
import { claimReviewFormat, CLAIMREVIEW_RATINGS } from '../../src/core/export/claimreview';
import { conllFormat, DOCSTART, tokenize } from '../../src/core/export/conll';
import type { ExportDocument, ExportEntity, ExportFile, ExportSet } from '../../src/core/export/types';
import { ANNO_CONTEXT, SA_NAMESPACE, w3cFormat } from '../../src/core/export/w3c';
import { sampleSet, unicodeSet } from './helpers/exportFixtures';

// A copy of ../shared/formats/w3c-annotation (the Working Group's MUST tests and the context): CI has only the repository.
const W3C_DIR = path.join(__dirname, '../fixtures/w3c-annotation');
const CREATED = '2026-11-29T12:00:00Z';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const cps = (s: string) => [...s];

/** A document made up for a test: the text, entities and claims given; the rest plain. */
function madeUp(text: string, entities: Array<Partial<ExportEntity> & { start: number; end: number; type: string }>, extra: Partial<ExportDocument> = {}): ExportDocument {
  return {
    file: 'made/up.txt',
    fileIri: 'file:///made/up.txt',
    id: 'up',
    bundle: false,
    text,
    fileOffset: 0,
    textHash: 'sha256-0',
    state: 'in-progress',
    boilerplate: [],
    entities: entities.map((e, i) => ({ id: `e${i + 1}`, text: text.slice(e.start, e.end), ...e })),
    claims: [],
    leftOut: { orphans: 0, inBoilerplate: 0 },
    ...extra,
  };
}

// ---------------------------------------------------------------------------------------------- brat

interface AnnotationConf {
  entities: Set<string>;
  relations: Map<string, { arg1: Set<string>; arg2: Set<string> }>;
  attributes: Map<string, { arg: Set<string>; values?: Set<string> }>;
  sections: string[];
}

function parseConf(conf: string): AnnotationConf {
  const out: AnnotationConf = { entities: new Set(), relations: new Map(), attributes: new Map(), sections: [] };
  let section = '';
  for (const raw of conf.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      section = header[1]!;
      out.sections.push(section);
      continue;
    }
    if (section === 'entities') {
      out.entities.add(line);
    } else if (section === 'relations') {
      const [name, args] = raw.split('\t');
      const a = new Map(args!.split(',').map((p) => p.trim().split(':') as [string, string]));
      out.relations.set(name!, { arg1: new Set(a.get('Arg1')!.split('|')), arg2: new Set(a.get('Arg2')!.split('|')) });
    } else if (section === 'attributes') {
      const [name, args] = raw.split('\t');
      const a = new Map(args!.split(',').map((p) => p.trim().split(':') as [string, string]));
      const values = a.get('Value');
      out.attributes.set(name!, { arg: new Set(a.get('Arg')!.split('|')), ...(values !== undefined ? { values: new Set(values.split('|')) } : {}) });
    } else {
      assert.fail(`a line in [${section}]: ${line}`);
    }
  }
  return out;
}

/** Checks one .ann against its .txt and the configuration as brat does; returns its text-bound annotations. */
function checkAnn(ann: string, txt: string, conf: AnnotationConf, where: string): Map<string, { type: string; spans: Array<[number, number]>; text: string }> {
  const chars = cps(txt);
  const textBound = new Map<string, { type: string; spans: Array<[number, number]>; text: string }>();
  if (ann === '') return textBound;
  assert.ok(ann.endsWith('\n'), `${where}: ends with a line break`);
  const lines = ann.slice(0, -1).split('\n');
  const later: string[] = [];
  const ids = new Set<string>();
  for (const line of lines) {
    assert.notStrictEqual(line.trim(), '', `${where}: no blank lines`);
    assert.ok(!line.includes('\r'), `${where}: no carriage return in ${JSON.stringify(line)}`);
    const id = /^([TARN#]\d+)\t/.exec(line)?.[1];
    assert.ok(id !== undefined, `${where}: an id and a tab start ${JSON.stringify(line)}`);
    assert.ok(!ids.has(id), `${where}: ${id} is unique`);
    ids.add(id);
    const t = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line);
    if (id.startsWith('T')) {
      assert.ok(t, `${where}: a text-bound line with tabs between its fields: ${JSON.stringify(line)}`);
      const spans = t[3]!.split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      for (const [s, e] of spans) {
        assert.ok(s <= e && e <= chars.length, `${where}: ${id} within the text`);
        assert.ok(!/[\n\r\u2028\u2029]/.test(chars.slice(s, e).join('')), `${where}: ${id}: no fragment crosses a line break`);
      }
      // brat's check: the text of the annotation is its fragments (code points) joined by a space.
      assert.strictEqual(t[4], spans.map(([s, e]) => chars.slice(s, e).join('')).join(' '), `${where}: ${id}'s text is the .txt at its offsets`);
      assert.ok(conf.entities.has(t[2]!), `${where}: ${t[2]} is declared in [entities]`);
      textBound.set(id, { type: t[2]!, spans, text: t[4]! });
    } else {
      later.push(line);
    }
  }
  for (const line of later) {
    const fields = line.split('\t');
    const [id, args] = [fields[0]!, fields[1]!.split(' ')];
    const ref = (x: string) => {
      assert.ok(textBound.has(x), `${where}: ${id} refers to ${x}, which exists`);
      return textBound.get(x)!;
    };
    if (id.startsWith('A')) {
      assert.strictEqual(fields.length, 2, `${where}: ${line}`);
      const attr = conf.attributes.get(args[0]!);
      assert.ok(attr, `${where}: attribute ${args[0]} declared`);
      assert.ok(attr.arg.has(ref(args[1]!).type), `${where}: ${args[0]} allowed on ${ref(args[1]!).type}`);
      if (attr.values) assert.ok(args[2] !== undefined && attr.values.has(args[2]), `${where}: ${line}: a declared value`);
      else assert.strictEqual(args.length, 2, `${where}: ${line}: a binary attribute has no value`);
    } else if (id.startsWith('R')) {
      assert.strictEqual(fields.length, 2, `${where}: ${line}`);
      const rel = conf.relations.get(args[0]!);
      assert.ok(rel, `${where}: relation ${args[0]} declared`);
      const [a1, a2] = [args[1]!.replace(/^Arg1:/, ''), args[2]!.replace(/^Arg2:/, '')];
      assert.ok(rel.arg1.has(ref(a1).type) && rel.arg2.has(ref(a2).type), `${where}: ${line}: argument types declared`);
    } else if (id.startsWith('#')) {
      assert.strictEqual(fields.length, 3, `${where}: ${line}`);
      assert.strictEqual(args[0], 'AnnotatorNotes');
      ref(args[1]!);
      assert.notStrictEqual(fields[2]!.trim(), '');
    } else if (id.startsWith('N')) {
      assert.strictEqual(fields.length, 3, `${where}: ${line}`);
      assert.strictEqual(args[0], 'Reference');
      ref(args[1]!);
      assert.match(args[2]!, /^(Wikidata:Q\d+|SeedCorpus:\S+)$/);
    }
  }
  return textBound;
}

function byPath(files: ExportFile[]): Map<string, string> {
  return new Map(files.map((f) => [f.path, f.content]));
}

/** Every .ann of a brat export checked; the text-bound annotations of each document by name. */
function checkBrat(set: ExportSet, files: ExportFile[]) {
  const map = byPath(files);
  const conf = parseConf(map.get('annotation.conf')!);
  assert.deepStrictEqual(conf.sections, ['entities', 'relations', 'events', 'attributes']);
  const names = documentNames(set.documents);
  assert.strictEqual(new Set(names).size, names.length);
  assert.strictEqual(files.length, 2 * set.documents.length + 1);
  return set.documents.map((doc, i) => {
    const txt = map.get(`${names[i]}.txt`)!;
    assert.strictEqual(txt, doc.text);
    assert.ok(!txt.startsWith('\uFEFF'), 'no BOM');
    const tb = checkAnn(map.get(`${names[i]}.ann`)!, txt, conf, names[i]!);
    assert.strictEqual(tb.size, doc.entities.length + doc.claims.length, `${names[i]}: every entity and claim`);
    return { name: names[i]!, tb, ann: map.get(`${names[i]}.ann`)! };
  });
}

describe('export: brat standoff', () => {
  it('samples: every span equals its .txt in code points, every id and type exists and is declared', async () => {
    const set = await sampleSet();
    const docs = checkBrat(set, bratFormat.export(set, {}));
    assert.deepStrictEqual(
      docs.map((d) => d.name),
      ['000_ada6b8799641a7d2', '001_dc080621945f1249', 'bundle-tail__000_ada6b8799641a7d2', 'bundle-tail__001_dc080621945f1249'],
    );
    const ann001 = docs[1]!.ann;
    assert.match(ann001, /^N\d+\tReference T\d+ Wikidata:Q1297\tChicago$/m, 'a canonical entity with a Wikidata id');
    assert.match(ann001, /^N\d+\tReference T\d+ SeedCorpus:us-dhs\tU\.S\. Department of Homeland Security$/m);
    assert.match(docs[0]!.ann, /^A\d+\tStatus T\d+ supported$/m);
    assert.match(docs[0]!.ann, /^R\d+\tSource Arg1:T\d+ Arg2:T\d+$/m);
    assert.match(docs[0]!.ann, /^A\d+\tCheckworthy T\d+$/m);
    assert.match(docs[0]!.ann, /^#\d+\tAnnotatorNotes T\d+\t.*cue: according to/m);
    // The configured labels are declared, in their order, before the ones only the documents or the corpus use.
    const conf = bratFormat.export(set, { labels: ['ORG', 'Work of art', 'PERSON'] }).find((f) => f.path === 'annotation.conf')!.content;
    const entities = [...parseConf(conf).entities];
    assert.deepStrictEqual(entities.slice(0, 3), ['ORG', 'Work_of_art', 'PERSON']);
    for (const type of new Set(set.documents.flatMap((d) => d.entities.map((e) => e.type)))) assert.ok(entities.includes(type), type);
  });

  it('unicode: offsets count code points (the flag counts two), so Python slices give the span', async () => {
    const set = await unicodeSet();
    const [doc] = checkBrat(set, bratFormat.export(set, {}));
    const ana = [...doc!.tb.values()].find((t) => t.text === 'Ana \u{1F1F5}\u{1F1F9} Lima')!;
    assert.deepStrictEqual(ana.spans, [[82, 93]]);
    // In UTF-16 (asked for) the same span starts three units later: the emoji before it is two units.
    const utf16 = bratFormat.export(set, { unit: 'utf16' }).find((f) => f.path.endsWith('.ann'))!.content;
    assert.match(utf16, /\tPERSON 83 96\tAna /);
    // The checker fails on UTF-16 offsets: it is able to fail.
    assert.throws(() => checkAnn(utf16, set.documents[0]!.text, parseConf(bratFormat.export(set, {}).find((f) => f.path === 'annotation.conf')!.content), 'utf16'));
  });

  it('a span across line breaks becomes fragments around them; a claim and its source stay linked', () => {
    const text = 'A \u{1F600} Border\nPatrol unit\r\n\r\nsaid so.\u2028End';
    const [b, p, end] = [text.indexOf('Border'), text.indexOf('Patrol'), text.indexOf('End') + 3];
    const doc = madeUp(text, [{ type: 'ORG', start: b, end: p + 6 }], {
      claims: [{ id: 'c1', start: b, end, text: text.slice(b, end), status: 'mixed', source: { entity: 'e1' }, checkworthy: true }],
    });
    assert.deepStrictEqual(fragments(text, b, p + 6), [
      [b, b + 6],
      [p, p + 6],
    ]);
    const set = { documents: [doc] };
    const files = bratFormat.export(set, {});
    const [checked] = checkBrat(set, files);
    // Code points: the emoji before the span counts one.
    assert.deepStrictEqual(checked!.tb.get('T1')!.spans, [
      [b - 1, b + 5],
      [p - 1, p + 5],
    ]);
    assert.deepStrictEqual(checked!.tb.get('T2')!.text, 'Border Patrol unit said so. End');
    assert.match(checked!.ann, /^T1\tORG 4 10;11 17\tBorder Patrol$/m);
    assert.match(checked!.ann, /^R1\tSource Arg1:T2 Arg2:T1$/m);
    assert.match(checked!.ann, /^A1\tStatus T2 mixed$/m);
  });

  it('bundle documents and clashing names get distinct, safe file names', () => {
    const a = madeUp('x', [], { file: 'a/b c.seeds.txt', id: 'doc one', bundle: true });
    const b = madeUp('y', [], { file: 'other/b c.seeds.txt', id: 'doc one', bundle: true });
    const names = documentNames([a, b]);
    assert.deepStrictEqual(names, ['b_c.seeds__doc_one', 'b_c.seeds__doc_one-2']);
  });
});

// ---------------------------------------------------------------------------------------------- W3C

const URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?[\]]|%[0-9A-Fa-f]{2})*(?:#(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/** The Working Group's MUST tests: each `.test`'s assertions, compiled with every definition resolved locally. */
function mustTests(): Map<string, Array<{ name: string; validate: ValidateFunction }>> {
  const root = path.join(W3C_DIR, 'web-annotation-tests');
  const base = 'https://web-annotation-tests.invalid/definitions/';
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
  ajv.addFormat('uri', URI);
  ajv.addFormat('date-time', DATE_TIME);
  for (const f of fs.readdirSync(path.join(root, 'definitions'))) {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'definitions', f), 'utf8')) as Obj;
    ajv.addSchema({ ...schema, id: base + f });
  }
  const tests = new Map<string, Array<{ name: string; validate: ValidateFunction }>>();
  for (const test of ['annotations/annotationMusts.test', 'collections/collectionMusts.test', 'collections/pages/pageMusts.test']) {
    const spec = JSON.parse(fs.readFileSync(path.join(root, test), 'utf8')) as { assertions: string[] };
    tests.set(
      test,
      spec.assertions.map((a) => {
        const { id: _id, $schema: _s, ...assertion } = JSON.parse(fs.readFileSync(path.join(root, a), 'utf8')) as Obj;
        assert.strictEqual(assertion['expectedResult'], 'valid');
        // A draft-04 `$ref` beside `id` ignores the `id`: wrapped, the assertion keeps a base URI where the definitions are.
        // Its own `#/definitions/...` stay reachable from the wrapper.
        const wrapper = { id: `${base}assertion-${path.basename(a)}`, ...(assertion['definitions'] ? { definitions: assertion['definitions'] } : {}), allOf: [assertion] };
        return { name: a, validate: ajv.compile(wrapper) };
      }),
    );
  }
  return tests;
}

let musts: ReturnType<typeof mustTests> | undefined;
function failedMusts(test: string, value: unknown): string[] {
  musts ??= mustTests();
  return musts
    .get(test)!
    .filter((t) => !t.validate(value))
    .map((t) => `${t.name}: ${JSON.stringify(t.validate.errors?.slice(0, 2))}`);
}

const ANNO = JSON.parse(fs.readFileSync(path.join(W3C_DIR, 'anno.jsonld'), 'utf8')) as Obj;
/** Serves the published anno.jsonld for its URL; anything else would be a network fetch, refused. */
const documentLoader = async (url: string) => {
  if (url === ANNO_CONTEXT || url === 'https://www.w3.org/ns/anno.jsonld') return { contextUrl: undefined, documentUrl: url, document: ANNO };
  throw new Error(`no network in tests: ${url}`);
};

async function expand(doc: Obj): Promise<Obj[]> {
  return (await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader: documentLoader as never })) as Obj[];
}

const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';

function nodes(value: Json, out: Obj[] = []): Obj[] {
  if (Array.isArray(value)) for (const v of value) nodes(v, out);
  else if (value !== null && typeof value === 'object') {
    out.push(value);
    for (const v of Object.values(value)) nodes(v, out);
  }
  return out;
}

function first(node: Obj, key: string): Obj {
  const v = node[key];
  assert.ok(Array.isArray(v) && v.length > 0, `expanded ${key} kept`);
  return v[0] as Obj;
}

function w3c(set: ExportSet, options = {}): Obj {
  const files = w3cFormat.export(set, { created: CREATED, ...options });
  assert.strictEqual(files.length, 1);
  return JSON.parse(files[0]!.content) as Obj;
}

function itemsOf(collection: Obj): Obj[] {
  return (collection['first'] as Obj)['items'] as Obj[];
}

/** The annotation's own selectors (refined, for bundle documents). */
function ownSelectors(a: Obj): Obj[] {
  const selector = (a['target'] as Obj)['selector'] as Json;
  return Array.isArray(selector) ? (selector as Obj[]) : ((selector as Obj)['refinedBy'] as Obj[]);
}

describe('export: W3C Web Annotation', () => {
  it("samples: the collection, its page and every annotation pass the Working Group's MUST tests", async () => {
    const collection = w3c(await sampleSet());
    const items = itemsOf(collection);
    assert.ok(items.length > 40, 'every annotation of the samples');
    assert.strictEqual(collection['total'], items.length);
    assert.deepStrictEqual(failedMusts('collections/collectionMusts.test', collection), []);
    assert.deepStrictEqual(failedMusts('collections/pages/pageMusts.test', collection), []);
    assert.deepStrictEqual(failedMusts('collections/pages/pageMusts.test', { '@context': collection['@context'], ...(collection['first'] as Obj) }), []);
    for (const a of items) assert.deepStrictEqual(failedMusts('annotations/annotationMusts.test', { '@context': collection['@context'], ...a }), [], String(a['id']));
    assert.strictEqual(new Set(items.map((a) => a['id'])).size, items.length, 'ids are unique');
    // The tests can fail: a relative source, a missing id, an unknown selector type.
    const a = items[0]!;
    const ctx = { '@context': collection['@context'] };
    assert.notDeepStrictEqual(failedMusts('annotations/annotationMusts.test', { ...ctx, ...a, id: undefined }), []);
    assert.notDeepStrictEqual(failedMusts('annotations/annotationMusts.test', { ...ctx, ...a, target: { source: 'relative/path.txt', selector: { type: 'LineSelector' } } }), []);
    assert.notDeepStrictEqual(failedMusts('collections/collectionMusts.test', { ...collection, first: undefined }), []);
  });

  it('bundle documents: the file, refined to the document, refined to the span', async () => {
    const set = await sampleSet();
    const items = itemsOf(w3c(set));
    const bundleDoc = set.documents[3]!;
    const inBundle = items.filter((a) => String(a['id']).includes('bundle-tail.txt:001_'));
    assert.strictEqual(inBundle.length, bundleDoc.entities.length + bundleDoc.claims.length);
    for (const a of inBundle) {
      const target = a['target'] as Obj;
      assert.strictEqual(target['source'], bundleDoc.fileIri);
      const outer = target['selector'] as Obj;
      assert.strictEqual(outer['type'], 'TextPositionSelector');
      // No astral characters in the samples: the document's body in the file, in code points, is its UTF-16 span.
      assert.deepStrictEqual([outer['start'], outer['end']], [bundleDoc.fileOffset, bundleDoc.fileOffset + bundleDoc.text.length]);
      const [quote, position] = ownSelectors(a);
      assert.strictEqual(bundleDoc.text.slice(Number(position!['start']), Number(position!['end'])), quote!['exact']);
    }
  });

  it('unicode: positions count code points and slice to the quote; prefixes and suffixes never cut a pair', async () => {
    const set = await unicodeSet();
    const text = set.documents[0]!.text;
    const items = itemsOf(w3c(set));
    assert.strictEqual(items.length, 5);
    for (const a of items) {
      const [quote, position] = ownSelectors(a);
      assert.strictEqual(cps(text).slice(Number(position!['start']), Number(position!['end'])).join(''), quote!['exact']);
      for (const k of ['prefix', 'suffix']) {
        const s = quote![k];
        if (typeof s !== 'string') continue;
        assert.ok(s.length <= 32 && !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(s), `${k} ${JSON.stringify(s)}`);
        assert.ok(text.includes(s), 'context from the text');
      }
    }
    const claim = items.find((a) => a['sa:kind'] === 'claim')!;
    assert.deepStrictEqual(claim['body'], [
      { type: 'TextualBody', value: 'claim', purpose: 'tagging' },
      { type: 'TextualBody', value: 'refuted', purpose: 'describing' },
      { type: 'TextualBody', value: 'a test claim', purpose: 'commenting' },
    ]);
    const ana = items.find((a) => a['sa:id'] === 'e4')!;
    assert.deepStrictEqual(ownSelectors(ana)[1], { type: 'TextPositionSelector', start: 82, end: 93 });
    assert.deepStrictEqual((claim['sa:source'] as Obj)['sa:entity'], { id: ana['id'] });
    // In UTF-16 the check fails (the emoji before the span counts two): it is able to fail.
    const utf16 = itemsOf(w3c(set, { unit: 'utf16' })).find((a) => a['sa:id'] === 'e4')!;
    const [q, p] = ownSelectors(utf16);
    assert.notStrictEqual(cps(text).slice(Number(p!['start']), Number(p!['end'])).join(''), q!['exact']);
  });

  it('JSON-LD expansion with the published context keeps every id, source, selector and sa: term', async () => {
    for (const set of [await sampleSet(), await unicodeSet()]) {
      const collection = w3c(set);
      const items = itemsOf(collection);
      // A key the contexts do not define is dropped by expansion: shows the check below can fail.
      const probe = { ...collection, first: { ...(collection['first'] as Obj), items: [{ ...items[0]!, undefinedTerm: 'dropped' }, ...items.slice(1)] } };
      const expanded = await expand(probe);
      const all = nodes(expanded as Json);
      const annotations = all.filter((n) => Array.isArray(n['@type']) && (n['@type'] as string[]).includes(`${OA}Annotation`));
      assert.strictEqual(annotations.length, items.length);
      assert.ok(!JSON.stringify(expanded).includes('undefinedTerm'), 'an undefined term is dropped');
      const root = expanded[0]!;
      assert.deepStrictEqual(root['@type'], [`${AS}OrderedCollection`]);
      assert.strictEqual(first(root, `${AS}totalItems`)['@value'], items.length);
      const page = first(root, `${AS}first`);
      assert.strictEqual((first(page, `${AS}items`)['@list'] as Obj[]).length, items.length);
      const byId = new Map(annotations.map((n) => [n['@id'], n]));
      for (const item of items) {
        const node = byId.get(item['id'] as string);
        assert.ok(node, `${String(item['id'])} kept its id`);
        const target = first(node, `${OA}hasTarget`);
        assert.strictEqual(first(target, `${OA}hasSource`)['@id'], (item['target'] as Obj)['source']);
        let selectors = target[`${OA}hasSelector`] as Obj[];
        if (selectors.length === 1 && selectors[0]![`${OA}refinedBy`]) selectors = selectors[0]![`${OA}refinedBy`] as Obj[];
        const types = selectors.map((s) => (s['@type'] as string[])[0]);
        assert.deepStrictEqual(types.sort(), [`${OA}TextPositionSelector`, `${OA}TextQuoteSelector`]);
        const quote = selectors.find((s) => (s['@type'] as string[])[0] === `${OA}TextQuoteSelector`)!;
        const position = selectors.find((s) => (s['@type'] as string[])[0] === `${OA}TextPositionSelector`)!;
        const [q, p] = ownSelectors(item);
        assert.strictEqual(first(quote, `${OA}exact`)['@value'], q!['exact']);
        assert.strictEqual(Number(first(position, `${OA}start`)['@value']), p!['start']);
        assert.strictEqual(Number(first(position, `${OA}end`)['@value']), p!['end']);
        assert.strictEqual(first(node, `${SA_NAMESPACE}id`)['@value'], item['sa:id']);
        for (const body of node[`${OA}hasBody`] as Obj[]) {
          const purpose = first(body, `${OA}hasPurpose`)['@id'];
          assert.ok(typeof purpose === 'string' && purpose.startsWith(OA), `purpose ${String(purpose)} is an oa: IRI`);
        }
        if (item['sa:kind'] === 'claim') {
          assert.strictEqual(first(node, `${SA_NAMESPACE}status`)['@value'], item['sa:status']);
          if (item['sa:source']) assert.ok(node[`${SA_NAMESPACE}source`], 'sa:source kept');
          if (item['sa:cue']) assert.ok(first(node, `${SA_NAMESPACE}cue`)['@type'], 'sa:cue kept');
        }
      }
    }
  });

  it('with a base IRI: sources and ids under it, still absolute and valid', async () => {
    const set = await sampleSet();
    const collection = w3c(set, { baseIri: 'https://corpus.example.org/seeds' });
    for (const a of itemsOf(collection)) {
      assert.match(String(a['id']), /^https:\/\/corpus\.example\.org\/seeds\/annotations\//);
      assert.match(String((a['target'] as Obj)['source']), /^https:\/\/corpus\.example\.org\/seeds\/samples\/[^/]+\.txt$/);
      assert.deepStrictEqual(failedMusts('annotations/annotationMusts.test', { '@context': collection['@context'], ...a }), []);
    }
  });
});

// ---------------------------------------------------------------------------------------------- CoNLL

interface ConllDoc {
  sentences: Array<Array<[string, string]>>;
}

/** Parses a CoNLL export as spaCy and nltk do: documents after -DOCSTART- lines, sentences between blank lines. */
function parseConll(content: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  const lines = content.split('\n');
  assert.strictEqual(lines.pop(), '', 'ends with a line break');
  let sentence: Array<[string, string]> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('-DOCSTART-')) {
      assert.strictEqual(line, DOCSTART);
      assert.strictEqual(lines[i + 1], '', 'a blank line after -DOCSTART-');
      assert.strictEqual(sentence.length, 0);
      docs.push({ sentences: [] });
      i++;
      continue;
    }
    if (line === '') {
      assert.ok(sentence.length > 0, 'no empty sentences');
      docs.at(-1)!.sentences.push(sentence);
      sentence = [];
      continue;
    }
    const cols = line.split(' ');
    assert.strictEqual(cols.length, 2, `two columns: ${JSON.stringify(line)}`);
    sentence.push([cols[0]!, cols[1]!]);
  }
  assert.strictEqual(sentence.length, 0, 'the last sentence is closed by a blank line');
  return docs;
}

// eslint-disable-next-line no-control-regex -- Python splits on U+001C–U+001F
const WS = /[\s\u00a0\u2007\u202f\u3000\x1c-\x1f\x85]/u;
// eslint-disable-next-line no-control-regex
const WS_ALL = /[\s\u00a0\u2007\u202f\u3000\x1c-\x1f\x85]+/gu;

function checkIob2(doc: ConllDoc, where: string) {
  for (const sentence of doc.sentences) {
    let prev = 'O';
    for (const [token, tag] of sentence) {
      assert.ok(token !== '' && !WS.test(token), `${where}: no whitespace in ${JSON.stringify(token)}`);
      assert.match(tag, /^(O|[BI]-\S+)$/);
      if (tag.startsWith('I-')) assert.ok(prev !== 'O' && prev.slice(2) === tag.slice(2), `${where}: ${token} ${tag} after ${prev}`);
      prev = tag;
    }
  }
}

function conll(set: ExportSet): ConllDoc[] {
  const files = conllFormat.export(set, {});
  assert.strictEqual(files.length, 1);
  return parseConll(files[0]!.content);
}

describe('export: CoNLL-2003', () => {
  it('samples: valid IOB2, one -DOCSTART- per document, tokens re-join to the text without its whitespace', async () => {
    const set = await sampleSet();
    const docs = conll(set);
    assert.strictEqual(docs.length, set.documents.length);
    docs.forEach((d, i) => {
      checkIob2(d, set.documents[i]!.id);
      const tokens = d.sentences.flat();
      assert.strictEqual(tokens.map(([t]) => t).join(''), set.documents[i]!.text.replace(WS_ALL, ''));
      // Every entity starts one B- (no sample entity overlaps another here), and only entities are tagged.
      assert.strictEqual(tokens.filter(([, tag]) => tag.startsWith('B-')).length, set.documents[i]!.entities.length);
      assert.ok(d.sentences.length > 5, 'sentences split');
    });
    const first = docs[0]!.sentences.flat();
    const border = first.findIndex(([t]) => t === 'Border');
    assert.deepStrictEqual(first.slice(border - 1, border + 2), [
      ['US', 'B-GPE'],
      ['Border', 'B-ORG'],
      ['Patrol', 'I-ORG'],
    ]);
  });

  it('unicode: emoji, combining accents and no-break spaces; entity edges inside a token split it; the outer entity wins', async () => {
    const set = await unicodeSet();
    const [doc] = conll(set);
    checkIob2(doc!, 'unicode');
    assert.strictEqual(doc!.sentences.flat().map(([t]) => t).join(''), set.documents[0]!.text.replace(WS_ALL, ''));
    assert.ok(doc!.sentences.flat().some(([t, tag]) => t === '\u{1F1F5}\u{1F1F9}' && tag === 'I-PERSON'));

    const text = 'Mr\u00a0Noem’s “ACME\u202fCorp.” deal (AcmeCo) is off.\u3000Really? Yes!\nNew line here';
    const acme = text.indexOf('ACME');
    const co = text.indexOf('AcmeCo');
    const made = madeUp(text, [
      { type: 'PERSON', start: 0, end: 7 },
      { type: 'ORG', start: acme, end: acme + 'ACME\u202fCorp'.length },
      { type: 'ORG', start: acme, end: acme + 4 },
      { type: 'ORG', start: co, end: co + 4 },
    ]);
    const [d] = conll({ documents: [made] });
    checkIob2(d!, 'made up');
    const tokens = d!.sentences.flat();
    assert.strictEqual(tokens.map(([t]) => t).join(''), text.replace(WS_ALL, ''));
    assert.deepStrictEqual(tokens.slice(0, 9), [
      ['Mr', 'B-PERSON'],
      ['Noem', 'I-PERSON'],
      ['’s', 'O'],
      ['“', 'O'],
      ['ACME', 'B-ORG'],
      ['Corp', 'I-ORG'],
      ['.', 'O'],
      ['”', 'O'],
      ['deal', 'O'],
    ]);
    assert.deepStrictEqual(tokens.slice(10, 12), [
      ['Acme', 'B-ORG'],
      ['Co', 'O'],
    ]);
    assert.deepStrictEqual(
      d!.sentences.map((s) => s.map(([t]) => t).join(' ')),
      ['Mr Noem ’s “ ACME Corp . ” deal ( Acme Co ) is off .', 'Really ?', 'Yes !', 'New line here'],
    );
  });

  it('the tokenizer keeps every token a substring, splits punctuation off, never splits a pair or a mark', () => {
    const text = 'U.S. officials said: "$50,000 (a lot)" — can\'t e\u0301 \u{1F44D}\u{1F3FD}...';
    const tokens = tokenize(text);
    for (const t of tokens) assert.strictEqual(text.slice(t.start, t.end), t.text);
    assert.deepStrictEqual(
      tokens.map((t) => t.text),
      ['U.S.', 'officials', 'said', ':', '"', '$', '50,000', '(', 'a', 'lot', ')', '"', '—', "can't", 'e\u0301', '\u{1F44D}\u{1F3FD}', '...'],
    );
  });

  it('claims are not tagged', async () => {
    const set = await unicodeSet();
    const withoutClaims = { documents: set.documents.map((d) => ({ ...d, claims: [] })) };
    assert.strictEqual(conllFormat.export(set, {})[0]!.content, conllFormat.export(withoutClaims, {})[0]!.content);
  });
});

// ---------------------------------------------------------------------------------------------- ClaimReview

function claimReviews(set: ExportSet): Obj[] {
  const files = claimReviewFormat.export(set, { created: CREATED });
  assert.strictEqual(files.length, 1);
  const parsed = JSON.parse(files[0]!.content) as Json;
  assert.ok(Array.isArray(parsed), 'a JSON array');
  return parsed as Obj[];
}

function checkReview(r: Obj) {
  assert.strictEqual(r['@context'], 'https://schema.org');
  assert.strictEqual(r['@type'], 'ClaimReview');
  assert.ok(typeof r['claimReviewed'] === 'string' && r['claimReviewed'] !== '', 'claimReviewed');
  const item = r['itemReviewed'] as Obj;
  assert.strictEqual(item['@type'], 'Claim');
  const appearances = ([] as Json[]).concat(item['appearance'] as Json) as Obj[];
  assert.ok(appearances.length > 0, 'an appearance');
  for (const a of appearances) {
    assert.strictEqual(a['@type'], 'CreativeWork');
    assert.ok(typeof a['name'] === 'string', 'appearance name');
    assert.match(String(a['url']), URI);
  }
  if (item['author'] !== undefined) for (const a of ([] as Json[]).concat(item['author']) as Obj[]) assert.ok(['Person', 'Organization', 'Thing'].includes(String(a['@type'])) && typeof a['name'] === 'string', `author ${JSON.stringify(a)}`);
  const rating = r['reviewRating'] as Obj;
  assert.strictEqual(rating['@type'], 'Rating');
  const expected = Object.values(CLAIMREVIEW_RATINGS).find((x) => x.alternateName === rating['alternateName']);
  assert.ok(expected, `a known verdict: ${String(rating['alternateName'])}`);
  if (expected.ratingValue !== undefined) assert.deepStrictEqual([rating['ratingValue'], rating['bestRating'], rating['worstRating']], [expected.ratingValue, 5, 1]);
  else assert.ok(!('ratingValue' in rating), `no numeric rating for ${String(rating['alternateName'])}`);
  assert.strictEqual(r['datePublished'], '2026-11-29');
}

describe('export: ClaimReview', () => {
  it('samples: one review per claim, or per canonical claim with every appearance; verdicts as mapped', async () => {
    const set = await sampleSet();
    const reviews = claimReviews(set);
    reviews.forEach(checkReview);
    const claims = set.documents.flatMap((d) => d.claims);
    const linked = claims.filter((c) => c.link === 'chicago-agent-bounties');
    assert.ok(linked.length >= 2, 'two mentions of the canonical claim');
    assert.strictEqual(reviews.length, claims.length - linked.length + 1);
    const canonical = reviews.find((r) => r['identifier'] === 'corpus:chicago-agent-bounties')!;
    assert.strictEqual(canonical['claimReviewed'], set.corpus!.claims.find((c) => c.id === 'chicago-agent-bounties')!.statement);
    assert.deepStrictEqual(
      ((canonical['itemReviewed'] as Obj)['appearance'] as Obj[]).map((a) => a['name']),
      ['001_dc080621945f1249', '001_dc080621945f1249'],
    );
    assert.deepStrictEqual((canonical['reviewRating'] as Obj)['alternateName'], 'Unverified');
    const verdicts = new Set(reviews.map((r) => (r['reviewRating'] as Obj)['alternateName']));
    for (const v of ['True', 'Unverified', 'Unproven', 'Opinion']) assert.ok(verdicts.has(v), v);
    const supported = reviews.find((r) => (r['reviewRating'] as Obj)['alternateName'] === 'True')!;
    assert.deepStrictEqual((supported['itemReviewed'] as Obj)['author'], { '@type': 'Organization', name: 'U.S. Customs and Border Protection' });
    assert.strictEqual(supported['reviewBody'], 'CBP statement quoted by several outlets');
    assert.ok(!('citation' in supported), 'no evidence, no citation');
  });

  it('unicode: a refuted claim by a person, with its evidence', async () => {
    const [r] = claimReviews(await unicodeSet());
    checkReview(r!);
    assert.strictEqual(r!['claimReviewed'], 'the païs will “never” pay');
    assert.deepStrictEqual(r!['reviewRating'], { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 });
    assert.deepStrictEqual((r!['itemReviewed'] as Obj)['author'], { '@type': 'Person', name: 'Ana \u{1F1F5}\u{1F1F9} Lima' });
    assert.deepStrictEqual(r!['citation'], [{ '@type': 'CreativeWork', url: 'https://example.org/fact-check', name: 'checked' }]);
    // The check is able to fail: a numeric rating on an unverified claim is refused.
    assert.throws(() => checkReview({ ...r!, reviewRating: { '@type': 'Rating', alternateName: 'Unverified', ratingValue: 3 } }));
  });
});
