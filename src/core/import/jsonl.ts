// spaCy / Prodigy JSON Lines: one task a line with `text` and `spans` [{start, end, label}]; Seed Annotator's own
// export adds `claims` and `meta` (file, document, offsets). Rejected and ignored tasks are skipped. Offsets count
// code points (Python) unless `meta.offsets` says UTF-16.
import { ATTRIBUTIONS, type Attribution } from '../model';
import type { ImportedClaim, ImportedDocument, ImportedEntity, ImportFile, ImportOptions } from './types';
import { at, claimStatusOf, isClaimLabel, isObject, nonEmpty, records, show, sourceOf, SpanReader, stemOf, str, unitOf } from './util';

export function parseJsonl(files: ReadonlyArray<ImportFile>, options: ImportOptions = {}): ImportedDocument[] {
  const documents: ImportedDocument[] = [];
  for (const f of files) {
    const fileWarnings: string[] = [];
    const first = documents.length;
    for (const { line, value } of records(f.path, f.content, fileWarnings)) {
      const answer = str(value['answer']);
      if (answer === 'reject' || answer === 'ignore') continue;
      const doc = parseTask(f.path, line, value, options);
      if (doc) documents.push(doc);
      else fileWarnings.push(`${at(f.path, line)}: no "text": not a task`);
    }
    attachWarnings(documents, first, fileWarnings, f.path);
  }
  return documents;
}

/**
 * Warnings about lines that made no document go to the file's first document (`documents[first]`), or to an
 * empty document named after the file when it made none.
 */
export function attachWarnings(documents: ImportedDocument[], first: number, warnings: string[], path: string): void {
  if (warnings.length === 0) return;
  const doc = documents[first];
  if (doc) doc.warnings.unshift(...warnings);
  else documents.push({ name: stemOf(path), entities: [], claims: [], warnings });
}

function parseTask(path: string, line: number, task: Record<string, unknown>, options: ImportOptions): ImportedDocument | undefined {
  const text = str(task['text']);
  if (text === undefined) return undefined;
  const meta = isObject(task['meta']) ? task['meta'] : {};
  const where = at(path, line);
  const warnings: string[] = [];
  const unit = unitOf(meta['offsets']) ?? unitOf(task['offsets']) ?? options.unit ?? 'codepoints';
  const reader = new SpanReader(text, unit, warnings);
  const entities: ImportedEntity[] = [];
  const byRef = new Map<unknown, number>();
  const claimSpans: Array<{ item: Record<string, unknown>; n: number }> = [];
  // Seed Annotator's export puts entities that overlap others (spaCy refuses them) in "overlapping_spans".
  for (const key of ['spans', 'overlapping_spans'] as const) {
    const list = task[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      warnings.push(`${where}: "${key}" is not a list`);
      continue;
    }
    list.forEach((item: unknown, n) => {
      const what = `${key}[${n}]`;
      if (!isObject(item)) return void warnings.push(`${where}: ${what} is not an object`);
      const label = nonEmpty(item['label']);
      if (label === undefined) return void warnings.push(`${where}: ${what} has no label`);
      if (isClaimLabel(label)) return void claimSpans.push({ item, n });
      const span = reader.read(where, what, item['start'], item['end'], item['text']);
      if (!span) return;
      if (key === 'spans') byRef.set(n, entities.length);
      if (typeof item['id'] === 'string') byRef.set(item['id'], entities.length);
      entities.push({ ...span, label: label.trim(), ...extras(item) });
    });
  }
  const entityIndexOf = (ref: unknown) => (isObject(ref) ? byRef.get(ref['index']) : byRef.get(ref));
  const claims: ImportedClaim[] = [];
  const claimItems: Array<{ item: unknown; what: string }> = [...claimSpans.map(({ item, n }) => ({ item, what: `spans[${n}]` }))];
  if (Array.isArray(task['claims'])) task['claims'].forEach((item: unknown, n) => claimItems.push({ item, what: `claims[${n}]` }));
  else if (task['claims'] !== undefined) warnings.push(`${where}: "claims" is not a list`);
  for (const { item, what } of claimItems) {
    if (!isObject(item)) {
      warnings.push(`${where}: ${what} is not an object`);
      continue;
    }
    const span = reader.read(where, what, item['start'], item['end'], item['text']);
    if (!span) continue;
    const claim: ImportedClaim = { ...span, ...extras(item) };
    const status = item['status'] ?? item['label_status'];
    if (status !== undefined) {
      const s = claimStatusOf(status);
      if (s) claim.status = s;
      else warnings.push(`${where}: ${what}: ${show(status)} is not a claim status`);
    }
    const source = sourceOf(item['source'], entityIndexOf);
    if (source) claim.source = source;
    else if (item['source'] !== undefined) warnings.push(`${where}: ${what}: its source names no span of this task`);
    if (isObject(item['cue'])) {
      const cue = reader.read(where, `${what}.cue`, item['cue']['start'], item['cue']['end'], item['cue']['text']);
      if (cue) claim.cue = cue;
    }
    const attribution = str(item['attribution']);
    if (attribution !== undefined && (ATTRIBUTIONS as readonly string[]).includes(attribution)) claim.attribution = attribution as Attribution;
    claims.push(claim);
  }
  const document = nonEmpty(meta['document']) ?? nonEmpty(task['document']);
  const file = nonEmpty(meta['file']) ?? nonEmpty(task['file']);
  const name = document ?? (file !== undefined ? stemOf(file) : undefined) ?? nonEmpty(meta['name']) ?? (meta['id'] !== undefined ? String(meta['id']) : undefined) ?? `${stemOf(path)}:${line}`;
  return { name, ...(file !== undefined && document !== undefined ? { file } : {}), text, entities, claims, warnings };
}

/** A note and a link, when an item carries them. */
export function extras(item: Record<string, unknown>): { note?: string; link?: string } {
  const note = nonEmpty(item['note']);
  const link = nonEmpty(item['link']) ?? nonEmpty(item['kb_id']);
  return { ...(note !== undefined ? { note } : {}), ...(link !== undefined ? { link } : {}) };
}
