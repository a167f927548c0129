// Making new annotations: the span's text, its context for re-anchoring, a fresh id and, in bundles, its document.
import { contextOf, newId } from './context';
import { documentAt, type RecognizedFile } from './documents';
import type { Anchored, Attribution, Claim, ClaimSource, ClaimStatus, Cue, Entity, Sidecar } from './model';

export class SpanError extends Error {}

/** Every id in use, so that a new one never repeats an existing one. */
export function takenIds(sidecar: Sidecar): Set<string> {
  return new Set([...sidecar.entities.map((e) => e.id), ...sidecar.claims.map((c) => c.id)]);
}

/** The ids a new annotation must not take, and which of them are entities (an open session has them indexed). */
export interface IdsInUse {
  has(id: string): boolean;
  isEntity(id: string): boolean;
}

function lookup(ids: IdsInUse | Sidecar): IdsInUse {
  if (!('entities' in ids)) return ids;
  const taken = takenIds(ids);
  const entities = new Set(ids.entities.map((e) => e.id));
  return { has: (id) => taken.has(id), isEntity: (id) => entities.has(id) };
}

type Placed = Pick<Anchored, 'start' | 'end' | 'text' | 'prefix' | 'suffix' | 'doc'>;

/** Checks [start, end) against the text and the file's documents; throws SpanError with a clear message. */
export function place(text: string, file: RecognizedFile, start: number, end: number): Placed {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new SpanError(`the span ${start}..${end} is not inside the text (0..${text.length}) or is empty`);
  }
  const doc = documentAt(file, start, end);
  if (!doc) throw new SpanError(`the span ${start}..${end} is not inside one document${file.kind === 'bundle' ? ' (it crosses a delimiter or lies before the first one)' : ''}`);
  const { prefix, suffix } = contextOf(text, start, end, { start: doc.bodyStart, end: doc.bodyEnd });
  return {
    start,
    end,
    text: text.slice(start, end),
    ...(prefix ? { prefix } : {}),
    ...(suffix ? { suffix } : {}),
    ...(file.kind === 'bundle' ? { doc: doc.id } : {}),
  };
}

export function makeEntity(text: string, file: RecognizedFile, ids: IdsInUse | Sidecar, span: { start: number; end: number; type: string; link?: string; note?: string }): Entity {
  const placed = place(text, file, span.start, span.end);
  return {
    id: newId('e', lookup(ids)),
    type: span.type,
    ...placed,
    ...(span.link !== undefined ? { link: span.link } : {}),
    ...(span.note !== undefined ? { note: span.note } : {}),
  };
}

export interface ClaimInput {
  readonly start: number;
  readonly end: number;
  readonly status?: ClaimStatus;
  readonly source?: ClaimSource;
  /** The attribution cue's span; its text is read from the document. */
  readonly cue?: { readonly start: number; readonly end: number };
  readonly attribution?: Attribution;
  readonly checkworthy?: boolean;
  readonly note?: string;
}

export function makeClaim(text: string, file: RecognizedFile, ids: IdsInUse | Sidecar, input: ClaimInput): Claim {
  const used = lookup(ids);
  const placed = place(text, file, input.start, input.end);
  let cue: Cue | undefined;
  if (input.cue) {
    const c = place(text, file, input.cue.start, input.cue.end);
    cue = { start: c.start, end: c.end, text: c.text };
  }
  if (input.source?.entity !== undefined && !used.isEntity(input.source.entity)) {
    throw new SpanError(`no entity with id "${input.source.entity}" to be the claim's source`);
  }
  // A source names an entity, a text, or both; an empty one ("no source") is no source at all.
  let source: ClaimSource | undefined;
  if (input.source) {
    const { text: sourceText, ...rest } = input.source;
    const named = sourceText?.trim();
    if (rest.entity !== undefined || named) source = { ...rest, ...(named ? { text: named } : {}) };
  }
  return {
    id: newId('c', used),
    ...placed,
    ...(source ? { source } : {}),
    ...(cue ? { cue } : {}),
    ...(input.attribution ? { attribution: input.attribution } : {}),
    ...(input.checkworthy !== undefined ? { checkworthy: input.checkworthy } : {}),
    status: input.status ?? 'unverified',
    ...(input.note !== undefined ? { note: input.note } : {}),
  };
}
