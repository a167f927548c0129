// Finding canonical entities for a text: "Annotating an entity offers the canonical entities whose name or
// alias matches". Texts are compared normalised, so that "Border Patrol’s" finds "Border Patrol".
import type { CanonicalEntity, Corpus } from './model';

const QUOTES = /["'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a\u00ab\u00bb\u2032\u2033]/g;

/**
 * A text as compared: NFKC, a final possessive ('s, ’s, or the ’ of "agents’") dropped, quotes removed,
 * case-folded (ß and ss compare equal), runs of white space as one space, trimmed.
 */
export function normalizeMention(text: string): string {
  let s = text.normalize('NFKC').trim();
  s = s.replace(/['\u2019]s$/i, '').replace(/(s)['\u2019]$/i, '$1');
  s = s.replace(QUOTES, '');
  return s.toUpperCase().toLowerCase().normalize('NFKC').replace(/\s+/g, ' ').trim();
}

export type MatchKind = 'exact' | 'prefix' | 'contains';

export interface CanonicalMatch {
  readonly entity: CanonicalEntity;
  readonly kind: MatchKind;
  /** The name or alias that matched, as written in corpus.yaml. */
  readonly matched: string;
}

const RANK: Record<MatchKind, number> = { exact: 0, prefix: 1, contains: 2 };

/**
 * Canonical entities whose name or an alias matches `text`: exact (normalised) matches first, then one that
 * starts with the other (whole words: "Border" and "Border Patrol"), then one inside the other ("Patrol" in
 * "US Border Patrol"). With `label`, entities of that type come first within each kind, then untyped ones.
 */
export function matchCanonicalEntities(corpus: Corpus, text: string, label?: string): CanonicalMatch[] {
  const query = normalizeMention(text);
  if (query === '') return [];
  const words = query.split(' ');
  const out: CanonicalMatch[] = [];
  for (const entity of corpus.entities) {
    let best: CanonicalMatch | undefined;
    for (const candidate of [entity.name, ...(entity.aliases ?? [])]) {
      const kind = compare(words, normalizeMention(candidate).split(' '));
      if (kind && (!best || RANK[kind] < RANK[best.kind])) best = { entity, kind, matched: candidate };
    }
    if (best) out.push(best);
  }
  const labelRank = (e: CanonicalEntity) => (label === undefined || e.type === label ? 0 : e.type === undefined ? 1 : 2);
  return out.sort((a, b) => RANK[a.kind] - RANK[b.kind] || labelRank(a.entity) - labelRank(b.entity) || a.entity.name.localeCompare(b.entity.name) || a.entity.id.localeCompare(b.entity.id));
}

function compare(query: readonly string[], candidate: readonly string[]): MatchKind | undefined {
  if (candidate.length === 1 && candidate[0] === '') return undefined;
  if (query.length === candidate.length && query.every((w, i) => w === candidate[i])) return 'exact';
  const [short, long] = query.length < candidate.length ? [query, candidate] : [candidate, query];
  if (short.every((w, i) => w === long[i])) return 'prefix';
  for (let at = 1; at + short.length <= long.length; at++) {
    if (short.every((w, i) => w === long[at + i])) return 'contains';
  }
  return undefined;
}
