// The native model as one JSON document: every document's text with its entities and claims (source, cue,
// status, evidence, links resolved against corpus.yaml), what was left out, and the corpus itself. Offsets in
// UTF-16 code units by default (as in sidecars and JavaScript), code points on request; the unit is named at
// the top (`offsets`).
import type { CanonicalClaim, CanonicalEntity, Corpus } from '../corpus';
import { claimStatus } from '../corpus';
import type { Evidence } from '../model';
import { OffsetConverter } from './offsets';
import type { ExportClaim, ExportDocument, ExportEntity, ExportFormat, ExportOptions, ExportSet, OffsetUnit } from './types';

/** The value of the export's `format` key; a reader that sees another one should refuse the file. */
export const JSON_EXPORT_FORMAT = 'seed-annotator/export/v1';

export const jsonFormat: ExportFormat = {
  name: 'json',
  description: 'Seed Annotator JSON: every document with its text, entities, claims (source, cue, status, evidence) and corpus links resolved; UTF-16 offsets unless --offsets codepoints',
  folder: false,
  extension: '.json',
  defaultUnit: 'utf16',
  export(set: ExportSet, options: ExportOptions) {
    const unit = options.unit ?? 'utf16';
    const corpus = set.corpus;
    const out = {
      format: JSON_EXPORT_FORMAT,
      offsets: unit,
      ...(options.created !== undefined ? { created: options.created } : {}),
      documents: set.documents.map((d) => jsonDocument(d, unit, corpus)),
      corpus: {
        entities: (corpus?.entities ?? []).map(canonicalEntity),
        claims: (corpus?.claims ?? []).map(canonicalClaim),
      },
    };
    return [{ path: '', content: JSON.stringify(out, null, 2) + '\n' }];
  },
};

function jsonDocument(d: ExportDocument, unit: OffsetUnit, corpus: Corpus | undefined) {
  const conv = new OffsetConverter(d.text, unit);
  const entities = new Map((corpus?.entities ?? []).map((e) => [e.id, e]));
  const claims = new Map((corpus?.claims ?? []).map((c) => [c.id, c]));
  return {
    file: d.file,
    id: d.id,
    bundle: d.bundle,
    textHash: d.textHash,
    state: d.state,
    text: d.text,
    boilerplate: d.boilerplate.map(([s, e]) => conv.span(s, e)),
    entities: sorted(d.entities).map((e) => jsonEntity(e, conv, entities)),
    claims: sorted(d.claims).map((c) => jsonClaim(c, conv, claims)),
    leftOut: { orphans: d.leftOut.orphans, inBoilerplate: d.leftOut.inBoilerplate },
  };
}

function jsonEntity(e: ExportEntity, conv: OffsetConverter, corpus: ReadonlyMap<string, CanonicalEntity>) {
  const [start, end] = conv.span(e.start, e.end);
  const canonical = e.link !== undefined ? corpus.get(e.link) : undefined;
  return {
    id: e.id,
    type: e.type,
    start,
    end,
    text: e.text,
    ...(e.link !== undefined ? { link: e.link } : {}),
    ...(canonical ? { canonical: { name: canonical.name, ...(canonical.type !== undefined ? { type: canonical.type } : {}), ...(canonical.wikidata !== undefined ? { wikidata: canonical.wikidata } : {}) } } : {}),
    ...(e.note !== undefined ? { note: e.note } : {}),
  };
}

function jsonClaim(c: ExportClaim, conv: OffsetConverter, corpus: ReadonlyMap<string, CanonicalClaim>) {
  const [start, end] = conv.span(c.start, c.end);
  const canonical = c.link !== undefined ? corpus.get(c.link) : undefined;
  return {
    id: c.id,
    start,
    end,
    text: c.text,
    status: c.status,
    // collectDocuments gives a source only with an entity or a text, and nothing else in it.
    ...(c.source ? { source: c.source } : {}),
    ...(c.cue ? { cue: cueOf(c.cue, conv) } : {}),
    ...(c.attribution !== undefined ? { attribution: c.attribution } : {}),
    ...(c.checkworthy !== undefined ? { checkworthy: c.checkworthy } : {}),
    ...(c.evidence !== undefined && c.evidence.length > 0 ? { evidence: c.evidence.map(evidence) } : {}),
    ...(c.link !== undefined ? { link: c.link } : {}),
    ...(canonical ? { canonical: { statement: canonical.statement, status: claimStatus(canonical) } } : {}),
    ...(c.note !== undefined ? { note: c.note } : {}),
  };
}

function cueOf(cue: { start: number; end: number; text: string }, conv: OffsetConverter) {
  const [start, end] = conv.span(cue.start, cue.end);
  return { start, end, text: cue.text };
}

function evidence(e: Evidence) {
  return { ...(e.url !== undefined ? { url: e.url } : {}), ...(e.note !== undefined ? { note: e.note } : {}) };
}

function canonicalEntity(e: CanonicalEntity) {
  return {
    id: e.id,
    name: e.name,
    ...(e.type !== undefined ? { type: e.type } : {}),
    ...(e.aliases !== undefined && e.aliases.length > 0 ? { aliases: [...e.aliases] } : {}),
    ...(e.wikidata !== undefined ? { wikidata: e.wikidata } : {}),
    ...(e.note !== undefined ? { note: e.note } : {}),
    ...(e.extra !== undefined && Object.keys(e.extra).length > 0 ? { extra: e.extra } : {}),
  };
}

function canonicalClaim(c: CanonicalClaim) {
  return {
    id: c.id,
    statement: c.statement,
    status: claimStatus(c),
    ...(c.evidence !== undefined && c.evidence.length > 0 ? { evidence: c.evidence.map(evidence) } : {}),
    ...(c.note !== undefined ? { note: c.note } : {}),
    ...(c.extra !== undefined && Object.keys(c.extra).length > 0 ? { extra: c.extra } : {}),
  };
}

/** Annotations by start, then end, then id: the order sidecars keep, made certain for hand-edited ones. */
export function sorted<T extends { start: number; end: number; id: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Who makes a claim, as text: its free text, or else the text of its source entity in the same document. */
export function sourceText(c: ExportClaim, d: ExportDocument): string | undefined {
  if (c.source?.text !== undefined) return c.source.text;
  const id = c.source?.entity;
  return id !== undefined ? d.entities.find((e) => e.id === id)?.text : undefined;
}
