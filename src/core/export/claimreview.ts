// schema.org ClaimReview (schema.org/ClaimReview, as fact-checkers publish it): a JSON-LD array, one review per
// claim, of every status. The verdict is `reviewRating.alternateName` (True, Mixture, False, Unproven, Opinion,
// Unverified), with a 1–5 `ratingValue` only for the verdicts that have a place on that scale (supported 5,
// mixed 3, refuted 1). A claim's source entity is the Claim's author (Person for PERSON, Organization for ORG,
// NORP and FAC, else Thing); the document it appears in is its `appearance`; evidence URLs are citations. Claims
// linked to a canonical claim of corpus.yaml become one review of the canonical statement with the canonical
// status, listing every appearance. No offsets are written.
import type { CanonicalClaim, CanonicalEntity } from '../corpus';
import { claimStatus } from '../corpus';
import type { ClaimStatus, Evidence } from '../model';
import type { ExportClaim, ExportDocument, ExportFormat, ExportOptions, ExportSet } from './types';
import { annotationIri, documentSourceIri } from './w3c';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The verdict of each status: its name as fact-checkers write it, and its place on a 1–5 scale if it has one. */
export const CLAIMREVIEW_RATINGS: Readonly<Record<ClaimStatus, { readonly alternateName: string; readonly ratingValue?: number }>> = {
  supported: { alternateName: 'True', ratingValue: 5 },
  mixed: { alternateName: 'Mixture', ratingValue: 3 },
  refuted: { alternateName: 'False', ratingValue: 1 },
  'not-enough-info': { alternateName: 'Unproven' },
  opinion: { alternateName: 'Opinion' },
  unverified: { alternateName: 'Unverified' },
};

const PERSON_LABELS = new Set(['PERSON', 'PER']);
const ORGANIZATION_LABELS = new Set(['ORG', 'NORP', 'FAC', 'ORGANIZATION', 'ORGANISATION']);

interface Mention {
  readonly doc: ExportDocument;
  readonly claim: ExportClaim;
}

export const claimReviewFormat: ExportFormat = {
  name: 'claimreview',
  description:
    'schema.org ClaimReview (JSON-LD array): one review per claim with its verdict, author (the source), appearance and evidence; claims linked in corpus.yaml as one review of the canonical claim',
  folder: false,
  extension: '.jsonld',
  defaultUnit: 'codepoints',
  export(set: ExportSet, options: ExportOptions) {
    return [{ path: '', content: JSON.stringify(claimReviews(set, options), null, 2) + '\n' }];
  },
};

export function claimReviews(set: ExportSet, options: ExportOptions): JsonObject[] {
  const canonicalEntities = new Map((set.corpus?.entities ?? []).map((e) => [e.id, e]));
  const canonicalClaims = new Map((set.corpus?.claims ?? []).map((c) => [c.id, c]));
  // One group per canonical claim (in order of first mention), one per other claim.
  const groups: Array<{ canonical?: CanonicalClaim; mentions: Mention[] }> = [];
  const byCanonical = new Map<string, { canonical?: CanonicalClaim; mentions: Mention[] }>();
  for (const doc of set.documents) {
    for (const claim of doc.claims) {
      const canonical = claim.link !== undefined ? canonicalClaims.get(claim.link) : undefined;
      if (canonical) {
        let group = byCanonical.get(canonical.id);
        if (!group) {
          group = { canonical, mentions: [] };
          byCanonical.set(canonical.id, group);
          groups.push(group);
        }
        group.mentions.push({ doc, claim });
      } else {
        groups.push({ mentions: [{ doc, claim }] });
      }
    }
  }
  return groups.map((g) => review(g.mentions, g.canonical, canonicalEntities, options));
}

function review(mentions: readonly Mention[], canonical: CanonicalClaim | undefined, entities: ReadonlyMap<string, CanonicalEntity>, options: ExportOptions): JsonObject {
  const first = mentions[0]!;
  const status = canonical ? claimStatus(canonical) : first.claim.status;
  const statement = canonical ? canonical.statement : first.claim.text;
  const authors = dedupe(mentions.map((m) => author(m, entities)).filter((a): a is JsonObject => a !== undefined));
  const appearances = dedupe(
    mentions.map(({ doc }): JsonObject => ({ '@type': 'CreativeWork', url: documentSourceIri(doc, options), name: doc.id })),
  );
  const evidence = [...(canonical?.evidence ?? []), ...mentions.flatMap((m) => m.claim.evidence ?? [])];
  const citations = dedupe(evidence.filter((e): e is Evidence & { url: string } => e.url !== undefined).map((e): JsonObject => ({ '@type': 'CreativeWork', url: e.url, ...(e.note !== undefined ? { name: e.note } : {}) })));
  const rating = CLAIMREVIEW_RATINGS[status];
  const notes = canonical ? [canonical.note] : [first.claim.note];
  const note = notes.filter((n): n is string => n !== undefined).join(' ');
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: canonical ? `corpus:${canonical.id}` : annotationIri(first.doc, first.claim.id, options),
    claimReviewed: oneLine(statement),
    itemReviewed: {
      '@type': 'Claim',
      ...(authors.length === 1 ? { author: authors[0]! } : authors.length > 1 ? { author: authors } : {}),
      appearance: appearances.length === 1 ? appearances[0]! : appearances,
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: rating.alternateName,
      ...(rating.ratingValue !== undefined ? { ratingValue: rating.ratingValue, bestRating: 5, worstRating: 1 } : {}),
    },
    ...(citations.length > 0 ? { citation: citations } : {}),
    ...(options.created !== undefined ? { datePublished: options.created.slice(0, 10) } : {}),
    ...(note !== '' ? { reviewBody: oneLine(note) } : {}),
    ...(canonical
      ? { description: `The canonical claim "${canonical.id}" of corpus.yaml: its statement and status, reported by ${mentions.length} annotated claim${mentions.length === 1 ? '' : 's'} (${mentions.map((m) => m.claim.id).join(', ')}).` }
      : {}),
  };
}

/** Who makes the claim: its source entity (typed by its label, named as its canonical entity if linked), or its free-text source. */
function author({ doc, claim }: Mention, entities: ReadonlyMap<string, CanonicalEntity>): JsonObject | undefined {
  const entity = claim.source?.entity !== undefined ? doc.entities.find((e) => e.id === claim.source?.entity) : undefined;
  if (entity) {
    const canonical = entity.link !== undefined ? entities.get(entity.link) : undefined;
    const type = PERSON_LABELS.has(entity.type) ? 'Person' : ORGANIZATION_LABELS.has(entity.type) ? 'Organization' : 'Thing';
    return {
      '@type': type,
      name: oneLine(canonical?.name ?? entity.text),
      ...(canonical?.wikidata !== undefined ? { sameAs: `https://www.wikidata.org/wiki/${canonical.wikidata}` } : {}),
    };
  }
  if (claim.source?.text !== undefined) return { '@type': 'Thing', name: oneLine(claim.source.text) };
  return undefined;
}

function oneLine(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

function dedupe(values: JsonObject[]): JsonObject[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = JSON.stringify(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
