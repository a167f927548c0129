// doccano JSONL: `text` with `label` (or `labels`) [[start, end, LABEL]], or the relation export's `entities`
// [{id, label, start_offset, end_offset}] with `relations` [{from_id, to_id, type}]. A CLAIM label makes a claim
// (a `source` relation names its source, a `cue` relation its CUE span). Offsets count code points.
import type { ImportedClaim, ImportedDocument, ImportedEntity, ImportFile, ImportOptions } from './types';
import { attachWarnings, extras } from './jsonl';
import { at, claimStatusOf, isClaimLabel, isCueLabel, isObject, nonEmpty, records, SpanReader, stemOf, str, unitOf } from './util';

export function parseDoccano(files: ReadonlyArray<ImportFile>, options: ImportOptions = {}): ImportedDocument[] {
  const documents: ImportedDocument[] = [];
  for (const f of files) {
    const fileWarnings: string[] = [];
    const first = documents.length;
    for (const { line, value } of records(f.path, f.content, fileWarnings)) {
      const doc = parseLine(f.path, line, value, options);
      if (doc) documents.push(doc);
      else fileWarnings.push(`${at(f.path, line)}: no "text": not a doccano example`);
    }
    attachWarnings(documents, first, fileWarnings, f.path);
  }
  return documents;
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly label: string;
  readonly item?: Record<string, unknown>;
}

function parseLine(path: string, line: number, value: Record<string, unknown>, options: ImportOptions): ImportedDocument | undefined {
  const text = str(value['text']) ?? str(value['data']);
  if (text === undefined) return undefined;
  const where = at(path, line);
  const warnings: string[] = [];
  const meta = isObject(value['meta']) ? value['meta'] : {};
  const reader = new SpanReader(text, unitOf(meta['offsets']) ?? options.unit ?? 'codepoints', warnings);
  const spans = new Map<unknown, Span>();
  const order: Span[] = [];
  const add = (key: unknown, span: Span) => {
    order.push(span);
    spans.set(key, span);
  };
  for (const column of ['label', 'labels'] as const) {
    const list = value[column];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      warnings.push(`${where}: "${column}" is not a list`);
      continue;
    }
    list.forEach((item: unknown, n) => {
      const what = `${column}[${n}]`;
      // Text classification labels (a plain string) are not spans.
      if (typeof item === 'string') return void warnings.push(`${where}: ${what}: a document label (${JSON.stringify(item)}), not a span: not imported`);
      if (!Array.isArray(item) || item.length < 3) return void warnings.push(`${where}: ${what} is not [start, end, label]`);
      const label = nonEmpty(item[2]);
      if (label === undefined) return void warnings.push(`${where}: ${what} has no label`);
      const span = reader.read(where, what, item[0], item[1]);
      if (span) add(`${column}${n}`, { ...span, label: label.trim() });
    });
  }
  if (value['entities'] !== undefined) {
    const list = Array.isArray(value['entities']) ? value['entities'] : (warnings.push(`${where}: "entities" is not a list`), []);
    list.forEach((item: unknown, n) => {
      const what = `entities[${n}]`;
      if (!isObject(item)) return void warnings.push(`${where}: ${what} is not an object`);
      const label = nonEmpty(item['label']);
      if (label === undefined) return void warnings.push(`${where}: ${what} has no label`);
      const span = reader.read(where, what, item['start_offset'], item['end_offset'], item['text']);
      if (span) add(item['id'] ?? `entities${n}`, { ...span, label: label.trim(), item });
    });
  }

  const entities: ImportedEntity[] = [];
  const claims: ImportedClaim[] = [];
  const entityIndex = new Map<Span, number>();
  const claimIndex = new Map<Span, number>();
  const cues = new Set<Span>();
  for (const span of order) {
    const { start, end, text: spanText, label, item } = span;
    if (isClaimLabel(label) || /^claim[:/]/i.test(label)) {
      claimIndex.set(span, claims.length);
      // CLAIM:supported carries the status in the label.
      const status = claimStatusOf(label.slice(label.search(/[:/]/) + 1)) ?? claimStatusOf(item?.['status']);
      claims.push({ start, end, text: spanText, ...(status ? { status } : {}), ...(item ? extras(item) : {}) });
    } else if (isCueLabel(label)) cues.add(span);
    else {
      entityIndex.set(span, entities.length);
      entities.push({ start, end, text: spanText, label, ...(item ? extras(item) : {}) });
    }
  }
  const relations = value['relations'];
  if (relations !== undefined && !Array.isArray(relations)) warnings.push(`${where}: "relations" is not a list`);
  const usedCues = new Set<Span>();
  (Array.isArray(relations) ? relations : []).forEach((r: unknown, n) => {
    const what = `relations[${n}]`;
    if (!isObject(r)) return void warnings.push(`${where}: ${what} is not an object`);
    const type = str(r['type']) ?? str(r['label']) ?? '';
    const a = spans.get(r['from_id']);
    const b = spans.get(r['to_id']);
    if (!a || !b) return void warnings.push(`${where}: ${what} links ids that are no imported span`);
    const claimEnd = claimIndex.has(a) ? a : claimIndex.has(b) ? b : undefined;
    const other = claimEnd === a ? b : a;
    const claim = claimEnd ? claims[claimIndex.get(claimEnd)!]! : undefined;
    if (claim && /^source$/i.test(type) && entityIndex.has(other)) claim.source = { ...claim.source, entityIndex: entityIndex.get(other)! };
    else if (claim && /^cue$/i.test(type) && cues.has(other)) {
      claim.cue = { start: other.start, end: other.end, text: other.text };
      usedCues.add(other);
    } else warnings.push(`${where}: ${what} (${type || 'no type'}) is not a claim's source or cue: not imported`);
  });
  if (cues.size > usedCues.size) warnings.push(`${where}: ${cues.size - usedCues.size} CUE span(s) linked to no claim: not imported`);
  const document = nonEmpty(meta['document']) ?? nonEmpty(value['document']);
  const file = nonEmpty(meta['file']) ?? nonEmpty(value['file']) ?? nonEmpty(value['filename']);
  const id = value['id'] ?? meta['id'];
  const name = document ?? (file !== undefined ? stemOf(file) : undefined) ?? (typeof id === 'string' || typeof id === 'number' ? String(id) : `${stemOf(path)}:${line}`);
  return { name, ...(file !== undefined && document !== undefined ? { file } : {}), text, entities, claims, warnings };
}
