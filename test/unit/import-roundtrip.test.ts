// Round trips through our own exports: the samples exported, the export parsed, and imported over empty sidecars
// give every document the same spans and labels (and claims the same source entities) as the samples.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readCorpus } from '../../src/core/corpus';
import { recognize } from '../../src/core/documents';
import { bratFormat } from '../../src/core/export/brat';
import { doccanoFormat } from '../../src/core/export/doccano';
import { jsonlFormat } from '../../src/core/export/jsonl';
import { labelstudioFormat } from '../../src/core/export/labelstudio';
import type { ExportDocument, ExportFormat, OffsetUnit } from '../../src/core/export/types';
import { w3cFormat } from '../../src/core/export/w3c';
import { parseBrat } from '../../src/core/import/brat';
import { parseDoccano } from '../../src/core/import/doccano';
import { parseJsonl } from '../../src/core/import/jsonl';
import { parseLabelStudio } from '../../src/core/import/labelstudio';
import { matchDocument } from '../../src/core/import/match';
import { importIntoSidecar } from '../../src/core/import/merge';
import type { ImportParser } from '../../src/core/import/types';
import { parseW3c } from '../../src/core/import/w3c';
import { DEFAULT_LABELS, type Sidecar } from '../../src/core/model';
import { decodeUtf8 } from '../../src/core/text';
import { sampleSet, SAMPLES, unicodeSet } from './helpers/exportFixtures';

const root = path.join(__dirname, '../..');

const FORMATS: ReadonlyArray<{ format: ExportFormat; parse: ImportParser; sources: boolean }> = [
  { format: bratFormat, parse: parseBrat, sources: true },
  { format: jsonlFormat, parse: parseJsonl, sources: true },
  { format: doccanoFormat, parse: parseDoccano, sources: false },
  { format: labelstudioFormat, parse: parseLabelStudio, sources: true },
  { format: w3cFormat, parse: parseW3c, sources: true },
];

interface Target {
  readonly file: string;
  readonly documentId: string;
  readonly text: string;
  readonly fileText: string;
}

function targetsOf(documents: readonly ExportDocument[]): Target[] {
  const files = [...new Set(documents.map((d) => d.file))];
  return files.flatMap((file) => {
    const fileText = decodeUtf8(fs.readFileSync(path.join(root, file)));
    return recognize(fileText, { fileName: file }).documents.map((d) => ({ file, documentId: d.id, text: fileText.slice(d.bodyStart, d.bodyEnd), fileText }));
  });
}

/** Entities and claims of one document of a sidecar, as comparable rows (file offsets). */
function rows(sidecar: Sidecar, doc: ExportDocument) {
  const inDoc = (a: { doc?: string }) => !doc.bundle || a.doc === doc.id;
  const entities = sidecar.entities.filter(inDoc);
  const spanOf = (id: string | undefined) => {
    const e = entities.find((x) => x.id === id);
    return e ? [e.start, e.end] : undefined;
  };
  return {
    entities: entities.map((e) => [e.start, e.end, e.type]).sort(),
    claims: sidecar.claims.filter(inDoc).map((c) => [c.start, c.end]).sort(),
    sources: sidecar.claims.filter(inDoc).map((c) => [c.start, spanOf(c.source?.entity), c.status, c.cue?.text]).sort(),
  };
}

function expectedRows(doc: ExportDocument) {
  const at = (n: number) => doc.fileOffset + n;
  const spanOf = (id: string | undefined) => {
    const e = doc.entities.find((x) => x.id === id);
    return e ? [at(e.start), at(e.end)] : undefined;
  };
  return {
    entities: doc.entities.map((e) => [at(e.start), at(e.end), e.type]).sort(),
    claims: doc.claims.map((c) => [at(c.start), at(c.end)]).sort(),
    sources: doc.claims.map((c) => [at(c.start), spanOf(c.source?.entity), c.status, c.cue?.text]).sort(),
  };
}

async function roundTrip(format: ExportFormat, parse: ImportParser, sources: boolean, set: Awaited<ReturnType<typeof sampleSet>>, unit?: OffsetUnit) {
  const files = format.export(set, { ...(unit ? { unit } : {}), created: '2025-01-01T00:00:00Z' }).map((f) => ({ path: f.path || `export${format.extension}`, content: f.content }));
  const imported = parse(files);
  assert.strictEqual(imported.length, set.documents.length, `${format.name}: one imported document per exported one`);
  const targets = targetsOf(set.documents);
  for (const doc of set.documents) {
    const target = targets.find((t) => t.file === doc.file && t.documentId === doc.id)!;
    const found = imported.filter((i) => matchDocument(i, targets) === target);
    assert.strictEqual(found.length, 1, `${format.name}: ${doc.file}#${doc.id} is matched by one imported document (${imported.map((i) => i.name).join(', ')})`);
    const [one] = found;
    const { sidecar, report } = importIntoSidecar(undefined, target.fileText, path.basename(doc.file), one!, { documentId: doc.id, labels: DEFAULT_LABELS, ...(set.corpus ? { corpus: set.corpus } : {}) });
    assert.deepStrictEqual(report.skipped, [], `${format.name}: ${doc.file}#${doc.id}`);
    assert.strictEqual(report.placed.fuzzy + report.placed.moved, 0, `${format.name}: every span exactly where it was`);
    const got = rows(sidecar, doc);
    const want = expectedRows(doc);
    assert.deepStrictEqual(got.entities, want.entities, `${format.name}: entities of ${doc.file}#${doc.id}`);
    assert.deepStrictEqual(got.claims, want.claims, `${format.name}: claims of ${doc.file}#${doc.id}`);
    // Claims' source entities, statuses and cues, where the format carries them (Label Studio's has no cues).
    const noCue = (r: unknown[]) => (format.name === 'labelstudio' ? r.slice(0, 3) : r);
    if (sources) assert.deepStrictEqual(got.sources.map(noCue), want.sources.map(noCue), `${format.name}: claim sources of ${doc.file}#${doc.id}`);
    for (const a of [...sidecar.entities, ...sidecar.claims]) assert.strictEqual(target.fileText.slice(a.start, a.end), a.text);
  }
}

describe('import: round trips through our exports', () => {
  for (const { format, parse, sources } of FORMATS) {
    it(`${format.name}: the samples come back with the same spans and labels`, async () => {
      await roundTrip(format, parse, sources, await sampleSet());
    });
    it(`${format.name}: emoji and a BOM, in code points and in UTF-16`, async () => {
      const set = await unicodeSet();
      await roundTrip(format, parse, sources, set);
      await roundTrip(format, parse, sources, set, 'utf16');
    });
  }

  it('links come back: corpus ids, and Wikidata ids through the corpus (brat)', async () => {
    const set = await sampleSet();
    const corpus = readCorpus(fs.readFileSync(path.join(SAMPLES, 'corpus.yaml'), 'utf8')).corpus!;
    const files = bratFormat.export(set, {});
    const docs = parseBrat(files);
    const doc = set.documents[0]!;
    const target = targetsOf([doc])[0]!;
    const imported = docs.find((d) => matchDocument(d, [target]) === target)!;
    const { sidecar } = importIntoSidecar(undefined, target.fileText, path.basename(doc.file), imported, { labels: DEFAULT_LABELS, corpus });
    const links = (list: ReadonlyArray<{ start: number; link?: string }>) => list.filter((e) => e.link !== undefined).map((e) => [e.start, e.link]).sort();
    assert.deepStrictEqual(links(sidecar.entities), links(doc.entities));
  });
});
