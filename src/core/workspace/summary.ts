// What the tree views and `stats` show of one seed file, from its sidecar alone (the text is not read): its
// documents' states and counts, and a light record of each annotation (for the groups and the cross-document
// views). Bundles' annotations carry their document's id (`doc`); the text is only needed to list documents
// that have neither annotations nor a state.
import { documentAt, type RecognizedFile } from '../documents';
import { isClaim, type Claim, type ClaimStatus, type DocumentState, type Entity, type Sidecar } from '../model';
import { effectiveState, storedState } from '../progress';
import { documentIdFromName } from '../seedName';
import type { AnnotationSummary } from '../session/store';

/** An annotation as the views list it (label: the entity type or the claim status), with its link and source. */
export interface AnnotationRef extends AnnotationSummary {
  /** The canonical entity or claim it names. */
  readonly link?: string;
  /** A claim's source as written (its text, or the text of the entity it names). */
  readonly source?: string;
}

export interface DocumentSummary {
  readonly id: string;
  /** As marked in the sidecar, if at all. */
  readonly stored: DocumentState | undefined;
  /** What is shown: done and skipped as marked, else in progress once annotated, else todo. */
  readonly state: DocumentState;
  readonly entities: number;
  readonly claims: number;
  readonly orphans: number;
  readonly labels: Readonly<Record<string, number>>;
  readonly statuses: Readonly<Partial<Record<ClaimStatus, number>>>;
  /** Its annotations, by place. */
  readonly annotations: readonly AnnotationRef[];
}

export interface FileSummary {
  /** The documents known from the sidecar (and from the text, when it was given), in the file's order. */
  readonly documents: readonly DocumentSummary[];
  /** Errors that kept the sidecar (or part of it) from being read. */
  readonly errors: number;
}

/**
 * Sums up a sidecar. `fileName` gives a single document's id; `file` (the recognised text, when read) lists
 * a bundle's documents in order and places annotations that do not name their document.
 */
export function summarize(sidecar: Sidecar | undefined, fileName: string, file?: RecognizedFile, errors = 0): FileSummary {
  const single = file ? file.kind !== 'bundle' : !isBundleSidecar(sidecar);
  const singleId = file?.documents[0]?.id ?? documentIdFromName(fileName);
  const byDoc = new Map<string, Array<Entity | Claim>>();
  const order: string[] = file ? file.documents.map((d) => d.id) : [];
  for (const id of order) byDoc.set(id, []);
  const add = (id: string, a: Entity | Claim) => {
    let list = byDoc.get(id);
    if (!list) {
      byDoc.set(id, (list = []));
      order.push(id);
    }
    list.push(a);
  };
  for (const a of [...(sidecar?.entities ?? []), ...(sidecar?.claims ?? [])]) {
    if (single) add(singleId, a);
    else add(a.doc ?? (file ? documentAt(file, a.start, a.end)?.id : undefined) ?? '', a);
  }
  if (single && !byDoc.has(singleId)) {
    byDoc.set(singleId, []);
    order.push(singleId);
  }
  const progress = sidecar?.progress;
  if (!single && typeof progress === 'object') {
    for (const id of Object.keys(progress)) {
      if (byDoc.has(id)) continue;
      byDoc.set(id, []);
      order.push(id);
    }
  }
  const entityText = new Map((sidecar?.entities ?? []).map((e) => [e.id, e.text]));
  return { documents: order.map((id) => documentSummary(id, byDoc.get(id)!, storedState(progress, id), entityText)), errors };
}

/** A sidecar whose annotations name documents, or whose progress is per document. */
function isBundleSidecar(sidecar: Sidecar | undefined): boolean {
  if (!sidecar) return false;
  return (typeof sidecar.progress === 'object' && sidecar.progress !== null) || sidecar.entities.some((e) => e.doc !== undefined) || sidecar.claims.some((c) => c.doc !== undefined);
}

/**
 * A string of its own: strings read from a sidecar may be slices of the whole file's text, and a cached summary
 * holding one would keep every sidecar's text alive (3x the memory, measured by the bench at 10,000 seeds).
 */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

function documentSummary(id: string, annotations: ReadonlyArray<Entity | Claim>, stored: DocumentState | undefined, entityText: ReadonlyMap<string, string>): DocumentSummary {
  const labels: Record<string, number> = {};
  const statuses: Partial<Record<ClaimStatus, number>> = {};
  let entities = 0;
  let claims = 0;
  let orphans = 0;
  const refs: AnnotationRef[] = [];
  for (const a of annotations) {
    if (a.orphan) orphans++;
    if (isClaim(a)) {
      claims++;
      statuses[a.status] = (statuses[a.status] ?? 0) + 1;
      const source = a.source?.text ?? (a.source?.entity !== undefined ? entityText.get(a.source.entity) : undefined);
      refs.push({ id: own(a.id), kind: 'claim', label: a.status, start: a.start, end: a.end, text: own(a.text), orphan: Boolean(a.orphan), ...(a.link !== undefined ? { link: own(a.link) } : {}), ...(source !== undefined ? { source: own(source) } : {}) });
    } else {
      entities++;
      labels[a.type] = (labels[a.type] ?? 0) + 1;
      refs.push({ id: own(a.id), kind: 'entity', label: own(a.type), start: a.start, end: a.end, text: own(a.text), orphan: Boolean(a.orphan), ...(a.link !== undefined ? { link: own(a.link) } : {}) });
    }
  }
  refs.sort((x, y) => x.start - y.start || x.end - y.end);
  return { id, stored, state: effectiveState(stored, entities + claims), entities, claims, orphans, labels, statuses, annotations: refs };
}

/** Documents by state, over many files. */
export function countStates(summaries: Iterable<FileSummary>): Record<DocumentState, number> & { total: number } {
  const counts = { todo: 0, 'in-progress': 0, done: 0, skipped: 0, total: 0 };
  for (const s of summaries) {
    for (const d of s.documents) {
      counts[d.state]++;
      counts.total++;
    }
  }
  return counts;
}
