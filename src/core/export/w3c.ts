// W3C Web Annotation (w3.org/TR/annotation-model/): one AnnotationCollection with its one page embedded.
// Entities are tagging annotations (the label as a TextualBody; a canonical entity with a Wikidata id as an
// identifying SpecificResource); claims are describing annotations: the tag "claim", the status as a describing
// body (the model's `assessing` is not a term of anno.jsonld), the note as a commenting body. Targets name the
// seed file by an absolute IRI and select the span with a TextQuoteSelector and a TextPositionSelector counted
// in code points, as the model says; a bundle's document is selected first (a TextPositionSelector of its body
// in the file) and refined by the annotation's selectors, which are relative to the document. What the model
// has no term for (a claim's source and cue, attribution, evidence, our ids) is under the `sa:` prefix
// (https://seed-annotator.dev/ns#), declared by a second context entry so that JSON-LD processors keep it.
import type { CanonicalClaim, CanonicalEntity } from '../corpus';
import { claimStatus } from '../corpus';
import { sorted } from './brat';
import { OffsetConverter, safeSlice } from './offsets';
import type { ExportClaim, ExportDocument, ExportEntity, ExportFormat, ExportOptions, ExportSet, OffsetUnit } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our namespace, for the `sa:` terms. */
export const SA_NAMESPACE = 'https://seed-annotator.dev/ns#';
export const W3C_CONTEXT = [ANNO_CONTEXT, { sa: SA_NAMESPACE }] as const;

/** Characters of context before and after a quote (the model sets no limit; Hypothesis and others use 32). */
const QUOTE_CONTEXT = 32;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export const w3cFormat: ExportFormat = {
  name: 'w3c',
  description:
    'W3C Web Annotation: an AnnotationCollection (JSON-LD) with TextQuote and TextPosition selectors in code points; claims carry their status as a describing body, source and cue under sa:',
  folder: false,
  extension: '.jsonld',
  defaultUnit: 'codepoints',
  export(set: ExportSet, options: ExportOptions) {
    return [{ path: '', content: JSON.stringify(w3cCollection(set, options), null, 2) + '\n' }];
  },
};

/** The collection as a JSON value (what the export writes). */
export function w3cCollection(set: ExportSet, options: ExportOptions): JsonObject {
  const unit = options.unit ?? 'codepoints';
  const canonicalEntities = new Map((set.corpus?.entities ?? []).map((e) => [e.id, e]));
  const canonicalClaims = new Map((set.corpus?.claims ?? []).map((c) => [c.id, c]));
  const items: JsonObject[] = [];
  for (const doc of set.documents) {
    const target = new TargetMaker(doc, unit, options, set.documents);
    for (const e of sorted(doc.entities)) items.push(entityAnnotation(doc, e, target, options, canonicalEntities));
    for (const c of sorted(doc.claims)) items.push(claimAnnotation(doc, c, target, options, canonicalClaims));
  }
  const id = collectionIri(set, options);
  const label = `Seed Annotator annotations of ${set.documents.length} document${set.documents.length === 1 ? '' : 's'}`;
  const pageId = `${id}${id.includes('#') ? '-' : '#'}page1`;
  return {
    '@context': [...W3C_CONTEXT],
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    ...(options.created !== undefined ? { created: options.created } : {}),
    'sa:offsetUnit': unit,
    first: {
      id: pageId,
      type: 'AnnotationPage',
      partOf: { id, label, total: items.length },
      startIndex: 0,
      items,
    },
    last: pageId,
  };
}

/** An IRI with its path segments percent-encoded (`/` kept between them). */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** The seed file of a document as an absolute IRI: `baseIri` + its path, or its `file:` IRI. */
export function documentSourceIri(doc: ExportDocument, options: ExportOptions): string {
  if (options.baseIri !== undefined) return new URL(encodePath(doc.file), withSlash(options.baseIri)).href;
  return doc.fileIri;
}

/** An annotation's IRI: `urn:seed-annotator:<file>:<doc>:<id>` (each part percent-encoded), or under `baseIri`. */
export function annotationIri(doc: ExportDocument, annotationId: string, options: ExportOptions): string {
  if (options.baseIri !== undefined) {
    return new URL(`annotations/${encodePath(doc.file)}/${encodeURIComponent(doc.id)}/${encodeURIComponent(annotationId)}`, withSlash(options.baseIri)).href;
  }
  return `urn:seed-annotator:${encodePath(doc.file).replace(/:/g, '%3A')}:${encodeURIComponent(doc.id)}:${encodeURIComponent(annotationId)}`;
}

/** FNV-1a of the documents' files, ids and text hashes: the same export gets the same collection IRI. */
function collectionIri(set: ExportSet, options: ExportOptions): string {
  let h = 0x811c9dc5;
  for (const d of set.documents) {
    for (const ch of `${d.file}\u0000${d.id}\u0000${d.textHash}\u0000`) {
      h ^= ch.codePointAt(0)!;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  const key = h.toString(16).padStart(8, '0');
  if (options.baseIri !== undefined) return new URL(`annotations/collection-${key}`, withSlash(options.baseIri)).href;
  return `urn:seed-annotator:collection:${key}`;
}

class TargetMaker {
  private readonly conv: OffsetConverter;
  private readonly source: string;
  /** Where the document's body lies in the file, in the export's unit (bundles only). */
  private readonly body: [number, number] | undefined;

  constructor(
    private readonly doc: ExportDocument,
    unit: OffsetUnit,
    options: ExportOptions,
    all: readonly ExportDocument[],
  ) {
    this.conv = new OffsetConverter(doc.text, unit);
    this.source = documentSourceIri(doc, options);
    if (doc.bundle) {
      const start = fileOffsetIn(doc, unit, all);
      this.body = [start, start + new OffsetConverter(doc.text, unit).convert(doc.text.length, 'end')];
    }
  }

  selectors(start: number, end: number): JsonObject[] {
    const text = this.doc.text;
    const prefix = safeSlice(text, start - QUOTE_CONTEXT, start);
    const suffix = safeSlice(text, end, end + QUOTE_CONTEXT);
    const [s, e] = this.conv.span(start, end);
    return [
      { type: 'TextQuoteSelector', exact: text.slice(start, end), ...(prefix !== '' ? { prefix } : {}), ...(suffix !== '' ? { suffix } : {}) },
      { type: 'TextPositionSelector', start: s, end: e },
    ];
  }

  target(start: number, end: number): JsonObject {
    const selectors = this.selectors(start, end);
    if (!this.body) return { type: 'SpecificResource', source: this.source, selector: selectors, 'sa:textHash': this.doc.textHash };
    return {
      type: 'SpecificResource',
      source: this.source,
      selector: { type: 'TextPositionSelector', start: this.body[0], end: this.body[1], refinedBy: selectors },
      'sa:document': this.doc.id,
      'sa:textHash': this.doc.textHash,
    };
  }
}

/**
 * Where a bundle document's body starts in its file, in `unit`. The file's text before it is not part of the
 * export: in code points it is the UTF-16 offset less one per surrogate pair in the documents of the same file
 * before it (delimiter lines are assumed to have none).
 */
function fileOffsetIn(doc: ExportDocument, unit: OffsetUnit, all: readonly ExportDocument[]): number {
  if (unit === 'utf16') return doc.fileOffset;
  let pairs = 0;
  for (const d of all) {
    if (d.file !== doc.file || d.fileOffset >= doc.fileOffset) continue;
    pairs += d.text.length - new OffsetConverter(d.text, 'codepoints').convert(d.text.length, 'end');
  }
  return doc.fileOffset - pairs;
}

function base(doc: ExportDocument, id: string, options: ExportOptions): JsonObject {
  return {
    id: annotationIri(doc, id, options),
    type: 'Annotation',
    ...(options.created !== undefined ? { created: options.created } : {}),
  };
}

function entityAnnotation(doc: ExportDocument, e: ExportEntity, target: TargetMaker, options: ExportOptions, canonical: ReadonlyMap<string, CanonicalEntity>): JsonObject {
  const body: JsonObject[] = [{ type: 'TextualBody', value: e.type, purpose: 'tagging' }];
  const linked = e.link !== undefined ? canonical.get(e.link) : undefined;
  if (linked?.wikidata !== undefined) body.push({ type: 'SpecificResource', source: `http://www.wikidata.org/entity/${encodeURIComponent(linked.wikidata)}`, purpose: 'identifying' });
  if (e.note !== undefined) body.push({ type: 'TextualBody', value: e.note, purpose: 'commenting' });
  return {
    ...base(doc, e.id, options),
    motivation: 'tagging',
    body,
    target: target.target(e.start, e.end),
    'sa:id': e.id,
    'sa:kind': 'entity',
    ...(e.link !== undefined ? { 'sa:canonical': e.link } : {}),
    ...(linked ? { 'sa:canonicalName': linked.name } : {}),
  };
}

function claimAnnotation(doc: ExportDocument, c: ExportClaim, target: TargetMaker, options: ExportOptions, canonical: ReadonlyMap<string, CanonicalClaim>): JsonObject {
  const body: JsonObject[] = [
    { type: 'TextualBody', value: 'claim', purpose: 'tagging' },
    // The model's `assessing` is not a term of anno.jsonld (JSON-LD processors would make it a relative IRI).
    { type: 'TextualBody', value: c.status, purpose: 'describing' },
  ];
  if (c.note !== undefined) body.push({ type: 'TextualBody', value: c.note, purpose: 'commenting' });
  const linked = c.link !== undefined ? canonical.get(c.link) : undefined;
  const source: JsonObject = {};
  if (c.source?.entity !== undefined && doc.entities.some((e) => e.id === c.source?.entity)) source['sa:entity'] = { id: annotationIri(doc, c.source.entity, options) };
  if (c.source?.text !== undefined) source['sa:text'] = c.source.text;
  return {
    ...base(doc, c.id, options),
    motivation: 'describing',
    body,
    target: target.target(c.start, c.end),
    'sa:id': c.id,
    'sa:kind': 'claim',
    'sa:status': c.status,
    ...(Object.keys(source).length > 0 ? { 'sa:source': source } : {}),
    ...(c.cue ? { 'sa:cue': target.selectors(c.cue.start, c.cue.end) } : {}),
    ...(c.attribution !== undefined ? { 'sa:attribution': c.attribution } : {}),
    ...(c.checkworthy !== undefined ? { 'sa:checkworthy': c.checkworthy } : {}),
    ...(c.evidence && c.evidence.length > 0
      ? { 'sa:evidence': c.evidence.map((ev): JsonObject => ({ ...(ev.url !== undefined ? { 'sa:url': ev.url } : {}), ...(ev.note !== undefined ? { 'sa:note': ev.note } : {}) })) }
      : {}),
    ...(c.link !== undefined ? { 'sa:canonical': c.link } : {}),
    ...(linked ? { 'sa:canonicalStatement': linked.statement, 'sa:canonicalStatus': claimStatus(linked) } : {}),
  };
}
