// The documents of one seed file as an export sees them: each document's text on its own, its annotations
// relative to it (re-anchored first when the text changed since the sidecar was saved), orphans left out and
// counted, page chrome kept or cut out.
import type { SeedConfig } from '../config';
import type { SeedDocument } from '../documents';
import { isClaim, type Claim, type Entity } from '../model';
import { openDocument } from '../open';
import type { Problem } from '../problems';
import { effectiveState, storedState } from '../progress';
import { textHashAsync } from '../sha256';
import type { ExportClaim, ExportDocument, ExportEntity } from './types';

export interface SeedFileInput {
  /** The file as the caller names it (relative path), and as an absolute IRI. */
  readonly file: string;
  readonly fileIri: string;
  /** Its text (without a byte order mark) and its sidecar's YAML (undefined: none). */
  readonly text: string;
  readonly sidecarYaml: string | undefined;
}

export interface CollectOptions {
  /** Keep page chrome in the exported text (default), or cut it out (annotations in it are then left out). */
  readonly includeBoilerplate?: boolean;
}

export interface Collected {
  readonly documents: ExportDocument[];
  /** The sidecar's errors: a file with any is left out of the export as a whole. */
  readonly problems: Problem[];
}

export async function collectDocuments(input: SeedFileInput, config: SeedConfig, options: CollectOptions = {}): Promise<Collected> {
  const opened = openDocument(input.text, input.sidecarYaml, input.file, config);
  if (opened.problems.length > 0) return { documents: [], problems: opened.problems };
  const { sidecar, file } = opened;
  const bundle = file.kind === 'bundle';
  const documents: ExportDocument[] = [];
  for (const doc of file.documents) {
    const inDoc = (a: { start: number; end: number; doc?: string }) => (bundle && a.doc !== undefined ? a.doc === doc.id : a.start >= doc.bodyStart && a.end <= doc.bodyEnd);
    const annotations = [...sidecar.entities, ...sidecar.claims].filter(inDoc);
    const orphans = annotations.filter((a) => a.orphan).length;
    const placed = annotations.filter((a) => !a.orphan && a.start >= doc.bodyStart && a.end <= doc.bodyEnd);
    const view = textView(input.text, doc, options.includeBoilerplate ?? true);
    const entities: ExportEntity[] = [];
    const claims: ExportClaim[] = [];
    let inBoilerplate = 0;
    for (const a of placed) {
      const span = view.map(a.start, a.end);
      if (!span) {
        inBoilerplate++;
        continue;
      }
      if (isClaim(a)) claims.push(exportClaim(a, span, view));
      else entities.push(exportEntity(a, span));
    }
    const entityIds = new Set(entities.map((e) => e.id));
    const annotationCount = annotations.length;
    documents.push({
      file: input.file,
      fileIri: input.fileIri,
      id: doc.id,
      bundle,
      text: view.text,
      fileOffset: doc.bodyStart,
      textHash: await textHashAsync(view.text),
      state: effectiveState(storedState(sidecar.progress, doc.id), annotationCount),
      boilerplate: view.boilerplate,
      entities,
      // A source entity left out (in chrome) leaves its claim with the source's text only.
      claims: claims.map((c) => (c.source?.entity !== undefined && !entityIds.has(c.source.entity) ? withoutSourceEntity(c, sidecar.entities) : c)),
      leftOut: { orphans, inBoilerplate },
    });
  }
  return { documents, problems: [] };
}

interface TextView {
  readonly text: string;
  readonly boilerplate: Array<[number, number]>;
  /** A file span as document offsets, or undefined when it touches chrome that was cut out. */
  map(start: number, end: number): [number, number] | undefined;
}

/** The document's body, whole or without its chrome; and how file offsets map into it. */
function textView(fileText: string, doc: SeedDocument, keepChrome: boolean): TextView {
  const base = doc.bodyStart;
  if (keepChrome || doc.boilerplate.length === 0) {
    return {
      text: fileText.slice(doc.bodyStart, doc.bodyEnd),
      boilerplate: doc.boilerplate.map(([s, e]) => [s - base, e - base]),
      map: (start, end) => [start - base, end - base],
    };
  }
  // Kept pieces of the body, each with the file offset it starts at and the document offset it moves to.
  const pieces: Array<{ from: number; to: number; at: number }> = [];
  let text = '';
  let cursor = doc.bodyStart;
  for (const [s, e] of [...doc.boilerplate].sort((a, b) => a[0] - b[0])) {
    if (s > cursor) {
      pieces.push({ from: cursor, to: s, at: text.length });
      text += fileText.slice(cursor, s);
    }
    cursor = Math.max(cursor, e);
  }
  if (cursor < doc.bodyEnd) {
    pieces.push({ from: cursor, to: doc.bodyEnd, at: text.length });
    text += fileText.slice(cursor, doc.bodyEnd);
  }
  return {
    text,
    boilerplate: [],
    map: (start, end) => {
      const piece = pieces.find((p) => start >= p.from && end <= p.to);
      return piece ? [piece.at + start - piece.from, piece.at + end - piece.from] : undefined;
    },
  };
}

function exportEntity(e: Entity, [start, end]: [number, number]): ExportEntity {
  return { id: e.id, type: e.type, start, end, text: e.text, ...(e.link !== undefined ? { link: e.link } : {}), ...(e.note !== undefined ? { note: e.note } : {}) };
}

function exportClaim(c: Claim, [start, end]: [number, number], view: TextView): ExportClaim {
  const cue = c.cue && !c.cue.lost ? view.map(c.cue.start, c.cue.end) : undefined;
  return {
    id: c.id,
    start,
    end,
    text: c.text,
    status: c.status,
    ...(c.source && (c.source.entity !== undefined || c.source.text !== undefined) ? { source: { ...(c.source.entity !== undefined ? { entity: c.source.entity } : {}), ...(c.source.text !== undefined ? { text: c.source.text } : {}) } } : {}),
    ...(cue && c.cue ? { cue: { start: cue[0], end: cue[1], text: c.cue.text } } : {}),
    ...(c.attribution !== undefined ? { attribution: c.attribution } : {}),
    ...(c.checkworthy !== undefined ? { checkworthy: c.checkworthy } : {}),
    ...(c.evidence !== undefined && c.evidence.length > 0 ? { evidence: c.evidence.map(({ url, note }) => ({ ...(url !== undefined ? { url } : {}), ...(note !== undefined ? { note } : {}) })) } : {}),
    ...(c.link !== undefined ? { link: c.link } : {}),
    ...(c.note !== undefined ? { note: c.note } : {}),
  };
}

function withoutSourceEntity(c: ExportClaim, entities: readonly Entity[]): ExportClaim {
  const text = c.source?.text ?? entities.find((e) => e.id === c.source?.entity)?.text;
  const { source: _s, ...rest } = c;
  return text !== undefined ? { ...rest, source: { text } } : rest;
}
