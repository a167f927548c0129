// Suggestions for one seed file: every document's body without its page chrome, entities ranked against what
// is annotated or rejected already, claims not already annotated. What `seed-annotator suggest` prints.
import type { RecognizedFile } from '../documents';
import { suggestionRanges } from './ranges';
import type { Sidecar } from '../model';
import { CLAIM_TYPE, isRejected, relocateRejected } from './accept';
import { suggestClaims } from './claims/index';
import { suggestEntities } from './entities/index';
import type { LearnedModel } from './learn';
import type { ClaimSuggestion, EntitySuggestion } from './types';

export { suggestionRanges };

export interface FileSuggestions {
  readonly entities: EntitySuggestion[];
  readonly claims: ClaimSuggestion[];
}

/** What a file's sidecar says about suggestions: what is annotated (not suggested again) and what was rejected. */
export interface SuggestionContext {
  readonly entities: ReadonlyArray<{ readonly start: number; readonly end: number; readonly type: string; readonly orphan?: boolean }>;
  readonly claims: ReadonlyArray<{ readonly start: number; readonly end: number; readonly orphan?: boolean }>;
  readonly rejected: Sidecar['rejected'];
}

export interface SuggestOptions {
  readonly threshold?: number;
  readonly learned?: LearnedModel;
}

export async function suggestForFile(text: string, file: RecognizedFile, sidecar: Sidecar | undefined, options: SuggestOptions = {}): Promise<FileSuggestions> {
  return suggestInRanges(text, suggestionRanges(file), sidecar, options);
}

/** Suggestions within `ranges` (document bodies without page chrome), given what the sidecar holds. */
export async function suggestInRanges(text: string, ranges: Array<[number, number]>, sidecar: SuggestionContext | undefined, options: SuggestOptions = {}): Promise<FileSuggestions> {
  const placed = <T extends { orphan?: boolean }>(list: readonly T[]) => list.filter((a) => !a.orphan);
  // Rejections made before the text was edited still hold where their text went.
  const rejected = relocateRejected(text, sidecar?.rejected ?? []);
  const entities = await suggestEntities(text, ranges, {
    threshold: options.threshold ?? 0.5,
    existing: placed(sidecar?.entities ?? []),
    rejected,
    ...(options.learned ? { learned: options.learned } : {}),
  });
  const annotatedClaims = placed(sidecar?.claims ?? []);
  const claims = suggestClaims(text, ranges).filter(
    (c) => c.score >= (options.threshold ?? 0.5) && !annotatedClaims.some((a) => a.start < c.end && c.start < a.end) && !isRejected({ ...c, type: CLAIM_TYPE }, rejected),
  );
  return { entities, claims };
}
