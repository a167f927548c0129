// The cross-document registry (`corpus.yaml` at the workspace root): canonical entities and claims that the
// annotations of many sidecars link to by id. Pure data: no `vscode`, no file system.
import type { ClaimStatus, Evidence, Extra } from '../model';

export const CORPUS_SCHEMA_V1 = 'seed-annotator/corpus/v1';
export const CORPUS_FILE_NAME = 'corpus.yaml';

/** Recommended form of canonical ids (other strings are read, with a warning). */
export const CANONICAL_ID = /^[a-z0-9][a-z0-9._-]*$/;

/** One real-world entity, named by the `link` of entity annotations in any sidecar. */
export interface CanonicalEntity {
  readonly id: string;
  readonly name: string;
  /** An entity label (PERSON, ORG, GPE, ...). */
  readonly type?: string;
  /** Other names it goes by (abbreviations, short forms): used to offer it when annotating. */
  readonly aliases?: readonly string[];
  /** A Wikidata item id such as Q1140532. Other knowledge-base keys are kept as `extra`. */
  readonly wikidata?: string;
  readonly note?: string;
  /** Keys this version does not know, kept through every save. */
  readonly extra?: Extra;
}

/** One claim as reported by many documents, named by the `link` of claim annotations. */
export interface CanonicalClaim {
  readonly id: string;
  readonly statement: string;
  /** Absent means `unverified`. */
  readonly status?: ClaimStatus;
  readonly evidence?: readonly Evidence[];
  readonly note?: string;
  readonly extra?: Extra;
}

export interface Corpus {
  readonly schema: string;
  readonly entities: readonly CanonicalEntity[];
  readonly claims: readonly CanonicalClaim[];
  readonly extra?: Extra;
}

export function emptyCorpus(): Corpus {
  return { schema: CORPUS_SCHEMA_V1, entities: [], claims: [] };
}

/** The status of a canonical claim, `unverified` when the file leaves it out. */
export function claimStatus(claim: CanonicalClaim): ClaimStatus {
  return claim.status ?? 'unverified';
}
