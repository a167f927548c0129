// The json, jsonl, csv, labelstudio and doccano exports, checked as their readers see them: CSV parsed back by
// csv-parse, spans sliced by code points as Python does, Label Studio's results against its parsed config XML.
import * as assert from 'assert';
import { parse } from 'csv-parse/sync';
import { csvFormat } from '../../src/core/export/csv';
import { doccanoFormat } from '../../src/core/export/doccano';
import { EXPORT_FORMATS, exportFormat } from '../../src/core/export/formats';
import { jsonFormat } from '../../src/core/export/json';
import { jsonlFormat } from '../../src/core/export/jsonl';
import { labelstudioFormat } from '../../src/core/export/labelstudio';
import { utf16Offset } from '../../src/core/export/offsets';
import type { ExportDocument, ExportFormat, ExportOptions, ExportSet } from '../../src/core/export/types';
import { CLAIM_STATUSES, DEFAULT_LABELS } from '../../src/core/model';
import { sampleSet, unicodeSet } from './helpers/exportFixtures';

/** What Python's `text[start:end]` gives. */
const cpSlice = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

function single(format: ExportFormat, set: ExportSet, options: ExportOptions = {}): string {
  const files = format.export(set, options);
  assert.deepStrictEqual(
    files.map((f) => f.path),
    [''],
  );
  return files[0]!.content;
}

function jsonLines(content: string): Array<Record<string, unknown>> {
  assert.ok(content.endsWith('\n'), 'the last line ends with a line break');
  return content
    .slice(0, -1)
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A document made by hand: two entities that overlap, one inside another, and a claim around them. */
function overlapSet(): ExportSet {
  const text = 'The New York Times said 😀 prices rose.';
  const at = (s: string) => text.indexOf(s);
  const doc: ExportDocument = {
    file: 'x/300_0000000000000001.txt',
    fileIri: 'file:///x/300_0000000000000001.txt',
    id: '300_0000000000000001',
    bundle: false,
    text,
    fileOffset: 0,
    textHash: 'sha256-' + '0'.repeat(64),
    state: 'done',
    boilerplate: [],
    entities: [
      { id: 'e1', type: 'ORG', start: at('The New York Times'), end: at('The New York Times') + 18, text: 'The New York Times' },
      { id: 'e2', type: 'GPE', start: at('New York'), end: at('New York') + 8, text: 'New York' },
      { id: 'e3', type: 'CUSTOM', start: at('prices'), end: at('prices') + 6, text: 'prices' },
    ],
    claims: [{ id: 'c1', start: at('😀 prices'), end: at(' rose.') + 5, text: '😀 prices rose', status: 'mixed', source: { entity: 'e1' }, cue: { start: at('said'), end: at('said') + 4, text: 'said' } }],
    leftOut: { orphans: 0, inBoilerplate: 0 },
  };
  return { documents: [doc] };
}

describe('export formats: the registry', () => {
  it('lists the formats in their order, each with its default unit', () => {
    const order = ['json', 'jsonl', 'csv', 'brat', 'w3c', 'conll', 'labelstudio', 'doccano', 'claimreview'];
    const names = EXPORT_FORMATS.map((f) => f.name);
    assert.deepStrictEqual(
      names.filter((n) => ['json', 'jsonl', 'csv', 'labelstudio', 'doccano'].includes(n)),
      ['json', 'jsonl', 'csv', 'labelstudio', 'doccano'],
    );
    assert.deepStrictEqual(names, order.filter((n) => names.includes(n)), 'every format at its place in the agreed order');
    assert.strictEqual(exportFormat('csv'), csvFormat);
    assert.strictEqual(exportFormat('nope'), undefined);
    assert.deepStrictEqual(
      [jsonFormat, jsonlFormat, csvFormat, labelstudioFormat, doccanoFormat].map((f) => [f.name, f.defaultUnit, f.folder, f.extension]),
      [
        ['json', 'utf16', false, '.json'],
        ['jsonl', 'codepoints', false, '.jsonl'],
        ['csv', 'utf16', false, '.csv'],
        ['labelstudio', 'codepoints', true, '.json'],
        ['doccano', 'codepoints', false, '.jsonl'],
      ],
    );
    assert.match(doccanoFormat.description, /overlapping/);
  });

  it('writes the same bytes twice', async () => {
    const set = await sampleSet();
    for (const f of [jsonFormat, jsonlFormat, csvFormat, labelstudioFormat, doccanoFormat]) {
      assert.deepStrictEqual(f.export(set, { created: '2025-01-02T03:04:05Z' }), f.export(await sampleSet(), { created: '2025-01-02T03:04:05Z' }), f.name);
    }
  });
});

describe('export formats: json', () => {
  it('holds every document, its annotations at UTF-16 offsets, and corpus links resolved', async () => {
    const set = await sampleSet();
    const out = JSON.parse(single(jsonFormat, set, { created: '2025-01-02T03:04:05Z' })) as JsonExport;
    assert.deepStrictEqual(Object.keys(out), ['format', 'offsets', 'created', 'documents', 'corpus']);
    assert.strictEqual(out.format, 'seed-annotator/export/v1');
    assert.strictEqual(out.offsets, 'utf16');
    assert.strictEqual(out.created, '2025-01-02T03:04:05Z');
    assert.deepStrictEqual(
      out.documents.map((d) => [d.file.split('/').pop(), d.id, d.entities.length, d.claims.length]),
      [
        ['000_ada6b8799641a7d2.txt', '000_ada6b8799641a7d2', 17, 4],
        ['001_dc080621945f1249.txt', '001_dc080621945f1249', 22, 4],
        ['bundle-tail.txt', '000_ada6b8799641a7d2', 3, 0],
        ['bundle-tail.txt', '001_dc080621945f1249', 3, 1],
      ],
    );
    for (const d of out.documents) {
      for (const a of [...d.entities, ...d.claims]) assert.strictEqual(d.text.slice(a.start, a.end), a.text);
      for (const c of d.claims) if (c.cue) assert.strictEqual(d.text.slice(c.cue.start, c.cue.end), c.cue.text);
      assert.deepStrictEqual(d.leftOut, { orphans: 0, inBoilerplate: 0 });
    }
    const cbp = out.documents[0]!.entities.find((e) => e.text === 'CBP')!;
    assert.deepStrictEqual([cbp.link, cbp.canonical], ['us-cbp', { name: 'U.S. Customs and Border Protection', type: 'ORG' }]);
    const chicago = out.documents[1]!.entities.find((e) => e.link === 'chicago')!;
    assert.deepStrictEqual(chicago.canonical, { name: 'Chicago', type: 'GPE', wikidata: 'Q1297' });
    const linked = out.documents[3]!.claims[0]!;
    assert.strictEqual(linked.link, 'chicago-agent-bounties');
    assert.deepStrictEqual(linked.canonical, { statement: 'Mexican criminal organizations offer up to $50,000 for actions against immigration officers in Chicago', status: 'unverified' });
    assert.strictEqual(out.corpus.entities.length, 8);
    assert.deepStrictEqual(out.corpus.claims.map((c) => c.id), ['chicago-agent-bounties']);
    assert.ok(out.documents[1]!.boilerplate.length > 0, "001's page chrome is listed");
  });

  it('round-trips its own numbers in code points: each converts back to the UTF-16 offset it came from', async () => {
    const set = await unicodeSet();
    const doc = set.documents[0]!;
    const out = JSON.parse(single(jsonFormat, set, { unit: 'codepoints' })) as JsonExport;
    assert.strictEqual(out.offsets, 'codepoints');
    assert.strictEqual('created' in out, false);
    const d = out.documents[0]!;
    assert.strictEqual(d.text, doc.text);
    assert.deepStrictEqual(
      d.entities.map((e) => [e.id, e.start, e.end]),
      [
        ['e1', 11, 22],
        ['e2', 34, 49],
        ['e3', 57, 67],
        ['e4', 82, 93],
      ],
    );
    for (const e of d.entities) {
      const original = doc.entities.find((o) => o.id === e.id)!;
      assert.deepStrictEqual([utf16Offset(d.text, e.start), utf16Offset(d.text, e.end)], [original.start, original.end], e.id);
      assert.strictEqual(cpSlice(d.text, e.start, e.end), e.text);
    }
    const c = d.claims[0]!;
    assert.deepStrictEqual([c.start, c.end, c.cue], [95, 120, { start: 69, end: 81, text: 'According to' }]);
    assert.deepStrictEqual([c.status, c.source, c.evidence, c.note, c.attribution], ['refuted', { entity: 'e4' }, [{ url: 'https://example.org/fact-check', note: 'checked' }], 'a test claim', 'indirect']);
    assert.deepStrictEqual(out.corpus, { entities: [], claims: [] });
    // The default unit: sidecar offsets unchanged.
    const utf16 = JSON.parse(single(jsonFormat, set)) as JsonExport;
    assert.deepStrictEqual([utf16.offsets, utf16.documents[0]!.entities[3]!.start, utf16.documents[0]!.entities[3]!.end], ['utf16', 83, 96]);
  });
});

describe('export formats: jsonl (spaCy / Prodigy)', () => {
  it('one line per document; every span is the code point slice of its text', async () => {
    const set = await sampleSet();
    const lines = jsonLines(single(jsonlFormat, set)) as unknown as JsonlLine[];
    assert.strictEqual(lines.length, 4);
    lines.forEach((line, i) => {
      const doc = set.documents[i]!;
      assert.deepStrictEqual(Object.keys(line), ['text', 'spans', 'claims', 'meta']);
      assert.deepStrictEqual(line.meta, { file: doc.file, document: doc.id, offsets: 'codepoints', state: 'in-progress' });
      assert.strictEqual(line.spans.length, doc.entities.length);
      assert.strictEqual(line.claims.length, doc.claims.length);
      assertNoOverlap(line.spans);
      for (const s of [...line.spans, ...line.claims]) assert.strictEqual(cpSlice(line.text, s.start, s.end), s.text);
      for (const c of line.claims) {
        assert.strictEqual(c.label, 'CLAIM');
        if (c.cue) assert.strictEqual(cpSlice(line.text, c.cue.start, c.cue.end), c.cue.text);
      }
    });
    const linked = lines[3]!.claims[0]!;
    assert.strictEqual(linked.status, 'unverified');
  });

  it('code point offsets differ from UTF-16 after an emoji; --offsets utf16 gives the UTF-16 ones', async () => {
    const set = await unicodeSet();
    const [line] = jsonLines(single(jsonlFormat, set)) as unknown as JsonlLine[];
    const ana = line!.spans.find((s) => s.id === 'e4')!;
    assert.deepStrictEqual(ana, { start: 82, end: 93, label: 'PERSON', text: 'Ana \u{1F1F5}\u{1F1F9} Lima', id: 'e4' });
    assert.strictEqual(cpSlice(line!.text, ana.start, ana.end), ana.text);
    assert.notStrictEqual(line!.text.slice(ana.start, ana.end), ana.text, 'a UTF-16 slice at code point offsets misses');
    assert.deepStrictEqual(line!.claims[0], {
      start: 95,
      end: 120,
      label: 'CLAIM',
      text: 'the païs will “never” pay',
      id: 'c1',
      status: 'refuted',
      source: { entity: 'e4', text: 'Ana \u{1F1F5}\u{1F1F9} Lima' },
      cue: { start: 69, end: 81, text: 'According to' },
    });
    const [utf16] = jsonLines(single(jsonlFormat, set, { unit: 'utf16' })) as unknown as JsonlLine[];
    assert.strictEqual(utf16!.meta.offsets, 'utf16');
    const ana16 = utf16!.spans.find((s) => s.id === 'e4')!;
    assert.deepStrictEqual([ana16.start, ana16.end], [83, 96]);
    assert.strictEqual(utf16!.text.slice(ana16.start, ana16.end), ana16.text);
  });

  it('keeps "spans" free of overlaps (spaCy refuses them) and puts the others under "overlapping_spans"', () => {
    const [line] = jsonLines(single(jsonlFormat, overlapSet())) as unknown as JsonlLine[];
    assert.deepStrictEqual(
      line!.spans.map((s) => [s.id, s.start, s.end]),
      [
        ['e1', 0, 18],
        ['e3', 26, 32],
      ],
    );
    assert.deepStrictEqual(line!.overlapping_spans, [{ start: 4, end: 12, label: 'GPE', text: 'New York', id: 'e2' }]);
    assert.deepStrictEqual([line!.claims[0]!.start, line!.claims[0]!.end], [24, 37]);
    for (const s of [...line!.spans, ...line!.overlapping_spans!, ...line!.claims]) assert.strictEqual(cpSlice(line!.text, s.start, s.end), s.text);
  });
});

describe('export formats: csv', () => {
  it('csv-parse reads back one row per annotation, text equal to the document slice', async () => {
    const set = await sampleSet();
    const content = single(csvFormat, set);
    assert.ok(content.startsWith('file,document,id,kind,label,start,end,text,source,cue,status,link,note\r\n'), 'the header, no BOM');
    assert.ok(content.endsWith('\r\n'));
    assert.ok(content.includes(',eb9dsr4,entity,MONEY,1232,1238,"$2,000",,,,,\r\n'), 'a field with a comma is quoted');
    // Records split on CRLF only: a bare LF outside quotes would break the row count.
    const rows = parse(content, { columns: true, record_delimiter: '\r\n' }) as CsvRow[];
    assert.deepStrictEqual(parse(content, { columns: true }), rows, 'the same with line ends detected');
    const total = set.documents.reduce((n, d) => n + d.entities.length + d.claims.length, 0);
    assert.strictEqual(rows.length, total);
    assert.strictEqual(total, 54);
    const texts = new Map(set.documents.map((d) => [`${d.file}#${d.id}`, d.text]));
    for (const r of rows) assert.strictEqual(texts.get(`${r.file}#${r.document}`)!.slice(Number(r.start), Number(r.end)), r.text, r.id);
    assert.ok(
      rows.some((r) => /[,"]/.test(r.text)),
      'texts with commas or quotes come back whole',
    );
    const claims = rows.filter((r) => r.kind === 'claim');
    assert.strictEqual(claims.length, 9);
    for (const r of claims) {
      assert.strictEqual(r.label, 'CLAIM');
      assert.ok((CLAIM_STATUSES as readonly string[]).includes(r.status), r.status);
    }
    for (const r of rows.filter((r) => r.kind === 'entity')) assert.strictEqual(r.status, '');
    const cbp = rows.find((r) => r.text === 'CBP')!;
    assert.deepStrictEqual([cbp.kind, cbp.label, cbp.link], ['entity', 'ORG', 'us-cbp']);
  });

  it('writes UTF-16 offsets by default and code points on request, with source and cue as text', async () => {
    const set = await unicodeSet();
    const text = set.documents[0]!.text;
    const rows16 = parse(single(csvFormat, set), { columns: true, record_delimiter: '\r\n' }) as CsvRow[];
    const rowsCp = parse(single(csvFormat, set, { unit: 'codepoints' }), { columns: true, record_delimiter: '\r\n' }) as CsvRow[];
    assert.deepStrictEqual(
      rows16.map((r) => [r.id, r.start, r.end]),
      [
        ['e1', '11', '22'],
        ['e2', '35', '50'],
        ['e3', '58', '68'],
        ['e4', '83', '96'],
        ['c1', '98', '123'],
      ],
    );
    assert.deepStrictEqual(
      rowsCp.map((r) => [r.id, r.start, r.end]),
      [
        ['e1', '11', '22'],
        ['e2', '34', '49'],
        ['e3', '57', '67'],
        ['e4', '82', '93'],
        ['c1', '95', '120'],
      ],
    );
    for (const r of rows16) assert.strictEqual(text.slice(Number(r.start), Number(r.end)), r.text);
    for (const r of rowsCp) assert.strictEqual(cpSlice(text, Number(r.start), Number(r.end)), r.text);
    const c1 = rowsCp.find((r) => r.id === 'c1')!;
    assert.deepStrictEqual([c1.source, c1.cue, c1.status, c1.note], ['Ana \u{1F1F5}\u{1F1F9} Lima', 'According to', 'refuted', 'a test claim']);
  });

  it('quotes a field with a line break, a comma or a quote; parses back exactly', () => {
    const set = overlapSet();
    const doc = set.documents[0]!;
    const withNote: ExportDocument = { ...doc, entities: [{ ...doc.entities[0]!, note: 'line one\r\nline "two", and\nthree' }] };
    const content = single(csvFormat, { documents: [withNote] });
    assert.ok(content.includes('"line one\r\nline ""two"", and\nthree"'));
    const rows = parse(content, { columns: true, record_delimiter: '\r\n' }) as CsvRow[];
    assert.strictEqual(rows.length, 2);
    assert.strictEqual(rows[0]!.note, 'line one\r\nline "two", and\nthree');
  });
});

describe('export formats: labelstudio', () => {
  it('writes tasks and a labeling config; every from_name/to_name names a tag of the parsed config', async () => {
    const set = await sampleSet();
    const files = labelstudioFormat.export(set, {});
    assert.deepStrictEqual(
      files.map((f) => f.path),
      ['tasks.json', 'labeling-config.xml'],
    );
    const config = await parseXml(files[1]!.content);
    const tasks = JSON.parse(files[0]!.content) as LsTask[];
    assert.deepStrictEqual(
      tasks.map((t) => t.id),
      [1, 2, 3, 4],
    );
    assert.deepStrictEqual(config.tags.get('Text'), [{ name: 'text', value: '$text' }]);
    const entityLabels = config.values.get('label')!;
    assert.deepStrictEqual(entityLabels.slice(0, DEFAULT_LABELS.length), [...DEFAULT_LABELS]);
    assert.deepStrictEqual(config.values.get('claim'), ['CLAIM']);
    assert.deepStrictEqual(config.values.get('status'), [...CLAIM_STATUSES]);
    assert.deepStrictEqual(config.relations, ['source']);
    assert.deepStrictEqual(config.tags.get('Choices'), [{ name: 'status', toName: 'text', perRegion: 'true', choice: 'single' }]);
    let results = 0;
    let relations = 0;
    tasks.forEach((t, i) => {
      const doc = set.documents[i]!;
      assert.deepStrictEqual(t.data, { text: doc.text, file: doc.file, document: doc.id, offsets: 'codepoints' });
      assert.strictEqual(t.annotations.length, 1);
      const result = t.annotations[0]!.result;
      const regionIds = new Set(result.filter((r) => r.type !== 'relation').map((r) => r.id));
      for (const r of result) {
        if (r.type === 'relation') {
          relations++;
          assert.ok(regionIds.has(r.from_id!) && regionIds.has(r.to_id!), `${r.from_id} -> ${r.to_id}`);
          assert.deepStrictEqual([r.direction, r.labels], ['right', ['source']]);
          continue;
        }
        results++;
        assert.ok(config.names.has(r.from_name!), `from_name ${r.from_name} is a tag of the config`);
        assert.ok(config.names.has(r.to_name!), `to_name ${r.to_name} is a tag of the config`);
        const v = r.value!;
        assert.strictEqual(cpSlice(doc.text, v.start, v.end), v.text);
        const chosen = r.type === 'labels' ? v.labels! : v.choices!;
        assert.strictEqual(chosen.length, 1);
        assert.ok(config.values.get(r.from_name!)!.includes(chosen[0]!), `${chosen[0]} is declared under ${r.from_name}`);
      }
      assert.strictEqual(result.filter((r) => r.type === 'labels').length, doc.entities.length + doc.claims.length);
      assert.strictEqual(result.filter((r) => r.type === 'choices').length, doc.claims.length);
    });
    assert.strictEqual(results, 54 + 9);
    assert.strictEqual(relations, set.documents.flatMap((d) => d.claims).filter((c) => c.source?.entity !== undefined).length);
    assert.ok(relations > 0);
  });

  it('code point offsets in the unicode document, UTF-16 on request; labels outside the defaults are declared', async () => {
    const set = await unicodeSet();
    const [task] = JSON.parse(labelstudioFormat.export(set, {})[0]!.content) as LsTask[];
    const ana = task!.annotations[0]!.result.find((r) => r.id === 'e4' && r.type === 'labels')!;
    assert.deepStrictEqual(ana, { id: 'e4', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 82, end: 93, text: 'Ana \u{1F1F5}\u{1F1F9} Lima', labels: ['PERSON'] } });
    const status = task!.annotations[0]!.result.find((r) => r.type === 'choices')!;
    assert.deepStrictEqual([status.id, status.value!.start, status.value!.end, status.value!.choices], ['c1', 95, 120, ['refuted']]);
    assert.deepStrictEqual(task!.annotations[0]!.result.at(-1), { from_id: 'c1', to_id: 'e4', type: 'relation', direction: 'right', labels: ['source'] });
    const [task16] = JSON.parse(labelstudioFormat.export(set, { unit: 'utf16' })[0]!.content) as LsTask[];
    const ana16 = task16!.annotations[0]!.result.find((r) => r.id === 'e4')!;
    assert.deepStrictEqual([task16!.data.offsets, ana16.value!.start, ana16.value!.end], ['utf16', 83, 96]);

    const custom = await parseXml(labelstudioFormat.export(overlapSet(), {})[1]!.content);
    assert.deepStrictEqual(custom.values.get('label'), [...DEFAULT_LABELS, 'CUSTOM']);
  });
});

describe('export formats: doccano', () => {
  it('one line per document, entities and CLAIM spans as [start, end, LABEL] code point triples', async () => {
    const set = await sampleSet();
    const lines = jsonLines(single(doccanoFormat, set)) as unknown as DoccanoLine[];
    assert.strictEqual(lines.length, 4);
    lines.forEach((line, i) => {
      const doc = set.documents[i]!;
      assert.deepStrictEqual(Object.keys(line), ['text', 'label', 'meta']);
      assert.deepStrictEqual(line.meta, { file: doc.file, document: doc.id, offsets: 'codepoints', state: 'in-progress' });
      const expected = [...doc.entities.map((e) => [e.text, e.type]), ...doc.claims.map((c) => [c.text, 'CLAIM'])].sort();
      assert.deepStrictEqual(line.label.map(([s, e, l]) => [cpSlice(line.text, s, e), l]).sort(), expected);
      for (let k = 1; k < line.label.length; k++) assert.ok(line.label[k - 1]![0] <= line.label[k]![0], 'sorted by start');
    });
  });

  it('the unicode document: code point offsets, UTF-16 on request', async () => {
    const set = await unicodeSet();
    const [line] = jsonLines(single(doccanoFormat, set)) as unknown as DoccanoLine[];
    assert.deepStrictEqual(line!.label, [
      [11, 22, 'PERSON'],
      [34, 49, 'ORG'],
      [57, 67, 'MONEY'],
      [82, 93, 'PERSON'],
      [95, 120, 'CLAIM'],
    ]);
    const [utf16] = jsonLines(single(doccanoFormat, set, { unit: 'utf16' })) as unknown as DoccanoLine[];
    assert.deepStrictEqual(utf16!.label.at(-2), [83, 96, 'PERSON']);
    assert.strictEqual(utf16!.meta.offsets, 'utf16');
  });
});

function assertNoOverlap(spans: ReadonlyArray<{ start: number; end: number }>): void {
  const s = [...spans].sort((a, b) => a.start - b.start);
  for (let i = 1; i < s.length; i++) assert.ok(s[i]!.start >= s[i - 1]!.end, `${JSON.stringify(s[i - 1])} overlaps ${JSON.stringify(s[i])}`);
}

interface Span {
  start: number;
  end: number;
  text: string;
}
interface JsonExport {
  format: string;
  offsets: string;
  created?: string;
  documents: Array<{
    file: string;
    id: string;
    text: string;
    boilerplate: Array<[number, number]>;
    entities: Array<Span & { id: string; type: string; link?: string; canonical?: object }>;
    claims: Array<Span & { id: string; status: string; source?: object; cue?: Span; evidence?: object[]; attribution?: string; link?: string; canonical?: object; note?: string }>;
    leftOut: object;
  }>;
  corpus: { entities: Array<{ id: string }>; claims: Array<{ id: string }> };
}
interface JsonlLine {
  text: string;
  spans: Array<Span & { label: string; id: string }>;
  overlapping_spans?: Array<Span & { label: string; id: string }>;
  claims: Array<Span & { label: string; id: string; status: string; source?: object; cue?: Span }>;
  meta: { file: string; document: string; offsets: string; state: string };
}
interface DoccanoLine {
  text: string;
  label: Array<[number, number, string]>;
  meta: { file: string; document: string; offsets: string; state: string };
}
type CsvRow = Record<'file' | 'document' | 'id' | 'kind' | 'label' | 'start' | 'end' | 'text' | 'source' | 'cue' | 'status' | 'link' | 'note', string>;
interface LsResult {
  id?: string;
  from_name?: string;
  to_name?: string;
  type: string;
  value?: { start: number; end: number; text: string; labels?: string[]; choices?: string[] };
  from_id?: string;
  to_id?: string;
  direction?: string;
  labels?: string[];
}
interface LsTask {
  id: number;
  data: { text: string; file: string; document: string; offsets: string };
  annotations: Array<{ result: LsResult[] }>;
}

/** The labeling config as Label Studio sees it: tag names, each control's label/choice values, relation values. */
interface LabelingConfig {
  names: Set<string>;
  tags: Map<string, Array<Record<string, string>>>;
  values: Map<string, string[]>;
  relations: string[];
}

interface SaxParser {
  onopentag: (node: { name: string; attributes: Record<string, string> }) => void;
  onclosetag: (name: string) => void;
  onerror: (err: Error) => void;
  write(xml: string): SaxParser;
  close(): void;
}

interface SaxModule {
  parser(strict: boolean): SaxParser;
}

/** Parses with sax in strict mode (a well-formedness error throws). */
async function parseXml(xml: string): Promise<LabelingConfig> {
  // sax has no type declarations here; it comes with @vscode/vsce (xml2js).
  const saxName: string = 'sax';
  const loaded = (await import(saxName)) as SaxModule & { default?: SaxModule };
  const sax = loaded.default ?? loaded;
  const parser = sax.parser(true);
  const config: LabelingConfig = { names: new Set(), tags: new Map(), values: new Map(), relations: [] };
  const open: string[] = [];
  let control: string | undefined;
  parser.onerror = (err) => {
    throw err;
  };
  parser.onopentag = ({ name, attributes }) => {
    if (open.length === 0) assert.strictEqual(name, 'View', 'the root is <View>');
    open.push(name);
    if (['Labels', 'Choices', 'Text'].includes(name)) {
      config.tags.set(name, [...(config.tags.get(name) ?? []), { ...attributes }]);
      assert.ok(attributes['name'] !== undefined && !config.names.has(attributes['name']), `${name} has a name of its own`);
      config.names.add(attributes['name']);
      if (name !== 'Text') {
        control = attributes['name'];
        config.values.set(control, []);
      }
    } else if (name === 'Label' || name === 'Choice') {
      assert.ok(control !== undefined && open.at(-2) === (name === 'Label' ? 'Labels' : 'Choices'));
      config.values.get(control)!.push(attributes['value']!);
    } else if (name === 'Relation') {
      assert.strictEqual(open.at(-2), 'Relations');
      config.relations.push(attributes['value']!);
    }
  };
  parser.onclosetag = (name) => {
    open.pop();
    if (name === 'Labels' || name === 'Choices') control = undefined;
  };
  parser.write(xml).close();
  assert.strictEqual(open.length, 0);
  return config;
}
