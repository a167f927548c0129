// The annotation model (sidecar schema v1): entities, claims and rejected suggestions of one text file.

export const SCHEMA_V1 = 'seed-annotator/v1';

export const DEFAULT_LABELS: readonly string[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'LAW', 'DATE', 'MONEY', 'QUANTITY', 'PERCENT'];

export const CLAIM_STATUSES = ['unverified', 'supported', 'refuted', 'mixed', 'not-enough-info', 'opinion'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Where annotating a document stands. `in-progress` is also what a document with annotations and no state is. */
export const DOCUMENT_STATES = ['todo', 'in-progress', 'done', 'skipped'] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];

/**
 * The `progress` of a sidecar: one state for a file that is one document, or a state per document id (bundles).
 * Documents without a state are `todo`, or `in-progress` once they have annotations.
 */
export type Progress = DocumentState | Readonly<Record<string, DocumentState>>;

export const ATTRIBUTIONS = ['direct', 'indirect'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

/** Keys this version does not know, kept in their order so that newer files survive a save. */
export type Extra = Readonly<Record<string, unknown>>;

/** Context kept with every span so that it can be found again after the text changes. */
export interface Anchored {
  readonly id: string;
  /** UTF-16 offsets into the file, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The exact text at [start, end). */
  readonly text: string;
  /** Up to CONTEXT_LENGTH characters before and after the span. */
  readonly prefix?: string;
  readonly suffix?: string;
  /** In bundles: the id of the document the span is in. */
  readonly doc?: string;
  /** Set when the span could not be found in the current text; `text` and `start` are its last known place. */
  readonly orphan?: boolean;
  readonly note?: string;
  readonly extra?: Extra;
}

export interface Entity extends Anchored {
  readonly type: string;
  /** A canonical entity (entities registry). */
  readonly link?: string;
}

export interface ClaimSource {
  /** An entity id of the same file. */
  readonly entity?: string;
  readonly text?: string;
  readonly extra?: Extra;
}

export interface Cue {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * Its text is gone and it could not be found again with its claim: kept where it last was, so that the
   * annotator sees what it was and sets it again. Lost cues are not drawn nor checked against the text.
   */
  readonly lost?: boolean;
  readonly extra?: Extra;
}

export interface Evidence {
  readonly url?: string;
  readonly note?: string;
  readonly extra?: Extra;
}

export interface Claim extends Anchored {
  readonly source?: ClaimSource;
  readonly cue?: Cue;
  readonly attribution?: Attribution;
  readonly checkworthy?: boolean;
  readonly status: ClaimStatus;
  readonly evidence?: readonly Evidence[];
  /** A canonical claim (corpus.yaml): the same statement reported by other documents. */
  readonly link?: string;
}

/** A suggestion the annotator rejected: never suggested again. */
export interface Rejected {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly extra?: Extra;
}

export const SUGGESTION_KINDS = ['entity', 'claim'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** A span a suggested claim points at (its source, its cue): UTF-16 offsets and the text there. */
export interface SuggestionSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly extra?: Extra;
}

/**
 * A suggestion kept in the sidecar (written by `seed-annotator suggest --write`): not an annotation until the
 * annotator accepts it (into entities or claims) or rejects it (into rejected).
 */
export interface SuggestionItem {
  readonly kind: SuggestionKind;
  /** The entity label; claims have none, or `CLAIM`. */
  readonly type?: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** 0..1 */
  readonly score: number;
  /** Which engine suggested it. */
  readonly engine: string;
  readonly link?: string;
  /** Claims: who made the statement, and the attribution cue. */
  readonly source?: SuggestionSpan;
  readonly cue?: SuggestionSpan;
  readonly extra?: Extra;
}

export interface Sidecar {
  readonly schema: string;
  /** The text file's name, informational only: never used as a path. */
  readonly document?: string;
  /** `sha256-<hex>` of the UTF-8 text the offsets refer to. */
  readonly textHash?: string;
  /** Where annotating stands (set by Mark Document Done / Skip Document). */
  readonly progress?: Progress;
  readonly entities: readonly Entity[];
  readonly claims: readonly Claim[];
  readonly rejected: readonly Rejected[];
  /** Suggestions waiting for the annotator. Absent when the file has no `suggestions` key. */
  readonly suggestions?: readonly SuggestionItem[];
  readonly extra?: Extra;
}

export type Annotation = Entity | Claim;

export function isClaim(a: Annotation): a is Claim {
  return 'status' in a;
}

export function emptySidecar(document?: string): Sidecar {
  return { schema: SCHEMA_V1, ...(document !== undefined ? { document } : {}), entities: [], claims: [], rejected: [] };
}

/** Sort order of the file: by start, then end, then id so that the order is total. */
export function compareSpans(a: { start: number; end: number; id?: string }, b: { start: number; end: number; id?: string }): number {
  return a.start - b.start || a.end - b.end || (a.id ?? '').localeCompare(b.id ?? '');
}
