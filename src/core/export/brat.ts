// brat standoff (brat.nlplab.org/standoff.html): a folder with `<name>.txt` (the document's text, UTF-8, no BOM)
// and `<name>.ann` per document, and one `annotation.conf` declaring every type used. Entities and claims are
// text-bound (`T`); a claim's status, check-worthiness and attribution are attributes (`A`), its source entity a
// `Source` relation (`R`), its cue, free-text source and evidence an annotator note (`#`) with the note; links
// to corpus.yaml are normalizations (`N`: `Wikidata:Q…` when the canonical entity has a Wikidata id, else
// `SeedCorpus:<id>`). Offsets count code points (brat is Python) unless asked otherwise; a span across a line
// break becomes discontinuous fragments (`start end;start end`), since brat reads `.ann` files line by line.
import type { CanonicalClaim, CanonicalEntity } from '../corpus';
import { claimStatus } from '../corpus';
import { CLAIM_STATUSES, DEFAULT_LABELS } from '../model';
import { OffsetConverter } from './offsets';
import type { ExportClaim, ExportDocument, ExportFile, ExportFormat, ExportOptions, ExportSet, OffsetUnit } from './types';

/** The entity type claims are written as. */
export const BRAT_CLAIM_TYPE = 'Claim';

/** Line boundaries as Python's `str.splitlines` (and so brat's readers) see them. */
// eslint-disable-next-line no-control-regex -- Python counts the separators U+001C–U+001E as line breaks
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

export const bratFormat: ExportFormat = {
  name: 'brat',
  description:
    'brat standoff: a .txt and .ann per document and an annotation.conf; claims as Claim spans with Status attributes and Source relations; code point offsets unless --offsets utf16',
  folder: true,
  extension: '.ann',
  defaultUnit: 'codepoints',
  export(set: ExportSet, options: ExportOptions): ExportFile[] {
    const unit = options.unit ?? 'codepoints';
    const canonicalEntities = new Map((set.corpus?.entities ?? []).map((e) => [e.id, e]));
    const canonicalClaims = new Map((set.corpus?.claims ?? []).map((c) => [c.id, c]));
    const used: Used = { types: new Set(), checkworthy: false, attribution: false };
    const files: ExportFile[] = [];
    const names = documentNames(set.documents);
    set.documents.forEach((doc, i) => {
      const name = names[i]!;
      files.push({ path: `${name}.txt`, content: doc.text });
      files.push({ path: `${name}.ann`, content: annFile(doc, unit, canonicalEntities, canonicalClaims, used) });
    });
    files.push({ path: 'annotation.conf', content: annotationConf(set, options, used) });
    return files;
  },
};

interface Used {
  readonly types: Set<string>;
  checkworthy: boolean;
  attribution: boolean;
}

/** A brat type name: letters, digits, `_` and `-` (brat's configuration parser splits on the rest). */
export function bratType(label: string): string {
  const t = label.replace(/[^A-Za-z0-9_-]+/g, '_');
  return t === '' ? 'Entity' : /^[0-9-]/.test(t) ? `_${t}` : t;
}

/**
 * Each document's file name (without extension): a seed's document id, a bundle's documents as
 * `<bundle file stem>__<doc id>`; only safe characters, unique within the export.
 */
export function documentNames(documents: readonly ExportDocument[]): string[] {
  const seen = new Set<string>();
  return documents.map((d) => {
    const stem = (d.file.split('/').pop() ?? d.file).replace(/\.[^.]*$/, '');
    const raw = d.bundle ? `${stem}__${d.id}` : d.id;
    const base = raw.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[.]+/, '_') || 'document';
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** The fragments of `[start, end)` (UTF-16) between line breaks, empty ones dropped. */
export function fragments(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const span = text.slice(start, end);
  let at = 0;
  for (const m of span.matchAll(LINE_BREAK)) {
    if (m.index > at) out.push([start + at, start + m.index]);
    at = m.index + m[0].length;
  }
  if (span.length > at) out.push([start + at, end]);
  // A span of line breaks only: keep a zero-length fragment at its start rather than nothing.
  return out.length > 0 ? out : [[start, start]];
}

/** Text for a field that ends a line: line breaks and tabs as spaces. */
function oneLine(s: string): string {
  return s.replace(LINE_BREAK, ' ').replace(/\t/g, ' ');
}

function annFile(
  doc: ExportDocument,
  unit: OffsetUnit,
  canonicalEntities: ReadonlyMap<string, CanonicalEntity>,
  canonicalClaims: ReadonlyMap<string, CanonicalClaim>,
  used: Used,
): string {
  const conv = new OffsetConverter(doc.text, unit);
  const lines: string[] = [];
  const tIds = new Map<string, string>();
  let t = 0;
  let a = 0;
  let r = 0;
  let note = 0;
  let n = 0;
  const textBound = (id: string, type: string, start: number, end: number) => {
    const tid = `T${++t}`;
    tIds.set(id, tid);
    const frags = fragments(doc.text, start, end);
    const offsets = frags.map(([s, e]) => conv.span(s, e).join(' ')).join(';');
    // brat checks a text-bound annotation's text against its fragments joined by one space.
    const text = frags.map(([s, e]) => doc.text.slice(s, e)).join(' ');
    lines.push(`${tid}\t${type} ${offsets}\t${oneLine(text)}`);
    return tid;
  };
  const annotatorNote = (tid: string, parts: readonly string[]) => {
    const text = oneLine(parts.filter((p) => p !== '').join(' | ')).trim();
    if (text !== '') lines.push(`#${++note}\tAnnotatorNotes ${tid}\t${text}`);
  };
  for (const e of sorted(doc.entities)) {
    const type = bratType(e.type);
    used.types.add(type);
    const tid = textBound(e.id, type, e.start, e.end);
    if (e.link !== undefined) {
      const c = canonicalEntities.get(e.link);
      const ref = c?.wikidata !== undefined ? `Wikidata:${c.wikidata}` : `SeedCorpus:${e.link}`;
      lines.push(`N${++n}\tReference ${tid} ${ref.replace(/\s+/g, '_')}\t${oneLine(c?.name ?? e.text)}`);
    }
    if (e.note !== undefined) annotatorNote(tid, [e.note]);
  }
  for (const c of sorted(doc.claims)) {
    const tid = textBound(c.id, BRAT_CLAIM_TYPE, c.start, c.end);
    lines.push(`A${++a}\tStatus ${tid} ${c.status}`);
    if (c.checkworthy === true) {
      used.checkworthy = true;
      lines.push(`A${++a}\tCheckworthy ${tid}`);
    }
    if (c.attribution !== undefined) {
      used.attribution = true;
      lines.push(`A${++a}\tAttribution ${tid} ${c.attribution}`);
    }
    const sourceTid = c.source?.entity !== undefined ? tIds.get(c.source.entity) : undefined;
    if (sourceTid !== undefined) {
      lines.push(`R${++r}\tSource Arg1:${tid} Arg2:${sourceTid}`);
    }
    if (c.link !== undefined) {
      const canonical = canonicalClaims.get(c.link);
      lines.push(`N${++n}\tReference ${tid} SeedCorpus:${c.link.replace(/\s+/g, '_')}\t${oneLine(canonical?.statement ?? c.text)}`);
    }
    annotatorNote(tid, claimNoteParts(c, canonicalClaims));
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/** Annotations by start, then end, then id (as every export orders them). */
export function sorted<T extends { readonly start: number; readonly end: number; readonly id: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function claimNoteParts(c: ExportClaim, canonicalClaims: ReadonlyMap<string, CanonicalClaim>): string[] {
  const parts: string[] = [];
  if (c.note !== undefined) parts.push(c.note);
  if (c.source?.text !== undefined) parts.push(`source: ${c.source.text}`);
  if (c.cue) parts.push(`cue: ${c.cue.text}`);
  for (const ev of c.evidence ?? []) parts.push(`evidence: ${[ev.url, ev.note !== undefined ? `(${ev.note})` : undefined].filter((x) => x !== undefined).join(' ')}`);
  const canonical = c.link !== undefined ? canonicalClaims.get(c.link) : undefined;
  if (canonical) parts.push(`canonical status: ${claimStatus(canonical)}`);
  return parts;
}

function annotationConf(set: ExportSet, options: ExportOptions, used: Used): string {
  const types = new Set<string>((options.labels ?? DEFAULT_LABELS).map(bratType));
  for (const e of set.corpus?.entities ?? []) if (e.type !== undefined) types.add(bratType(e.type));
  for (const type of used.types) types.add(type);
  types.delete(BRAT_CLAIM_TYPE);
  const entityTypes = [...types];
  const lines = [
    '# Written by Seed Annotator: the entity labels in use and configured, and claims (text-bound Claim spans).',
    '[entities]',
    ...entityTypes,
    BRAT_CLAIM_TYPE,
    '',
    '[relations]',
    '# A claim and the entity that makes it.',
    `Source\tArg1:${BRAT_CLAIM_TYPE}, Arg2:${entityTypes.join('|')}`,
    '',
    '[events]',
    '',
    '[attributes]',
    `Status\tArg:${BRAT_CLAIM_TYPE}, Value:${CLAIM_STATUSES.join('|')}`,
    ...(used.checkworthy ? [`Checkworthy\tArg:${BRAT_CLAIM_TYPE}`] : []),
    ...(used.attribution ? [`Attribution\tArg:${BRAT_CLAIM_TYPE}, Value:direct|indirect`] : []),
  ];
  return lines.join('\n') + '\n';
}
