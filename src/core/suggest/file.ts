// Suggestions for one seed file: every document's body without its page chrome, entities ranked against what
// is annotated or rejected already, claims not already annotated. What `seed-annotator suggest` prints.
import type { RecognizedFile } from '../documents';
import type { Sidecar } from '../model';
import { CLAIM_TYPE, isRejected, relocateRejected } from './accept';
import { suggestClaims } from './claims/index';
import { suggestEntities } from './entities/index';
import type { LearnedModel } from './learn';
import type { ClaimSuggestion, EntitySuggestion } from './types';

/** Each document's body without its boilerplate: the parts suggestions may come from. */
export function suggestionRanges(file: RecognizedFile): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const doc of file.documents) {
    let pos = doc.bodyStart;
    for (const [s, e] of [...doc.boilerplate].sort((a, b) => a[0] - b[0])) {
      if (s > pos) out.push([pos, s]);
      pos = Math.max(pos, e);
    }
    if (doc.bodyEnd > pos) out.push([pos, doc.bodyEnd]);
  }
  return out;
}

export interface FileSuggestions {
  readonly entities: EntitySuggestion[];
  readonly claims: ClaimSuggestion[];
}

export async function suggestForFile(text: string, file: RecognizedFile, sidecar: Sidecar | undefined, options: { threshold?: number; learned?: LearnedModel } = {}): Promise<FileSuggestions> {
  const ranges = suggestionRanges(file);
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
