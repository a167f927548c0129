// How sidecars link to corpus.yaml: an entity annotation's `link` names a canonical entity, a claim
// annotation's `link` a canonical claim. Checks for links that name nothing, and every canonical item's
// mentions across the documents, with the entity texts not linked yet grouped for linking.
import type { Claim, Entity, Sidecar } from '../model';
import type { Problem } from '../problems';
import type { SidecarLayout } from '../sidecar/read';
import { normalizeMention } from './match';
import type { CanonicalClaim, CanonicalEntity, Corpus } from './model';

export { matchCanonicalEntities, normalizeMention, type CanonicalMatch, type MatchKind } from './match';

/** One sidecar as read; its layout (when given) places problems at the `link` in the file. */
export interface SidecarRef {
  readonly file: string;
  readonly sidecar: Sidecar;
  readonly layout?: SidecarLayout;
}

export interface LinkProblem extends Problem {
  /** The sidecar the problem is in, and the annotation. */
  readonly file: string;
  readonly annotationId: string;
}

/**
 * The `link` of a claim annotation: the model's `link`, or (from a reader that did not know the key) the
 * unknown key kept in `extra`.
 */
export function claimLink(claim: Claim): unknown {
  return claim.link ?? claim.extra?.['link'];
}

/** Warnings for links naming no canonical item (or one of the other kind), and for entity types that differ. */
export function checkLinks(corpus: Corpus, sidecars: readonly SidecarRef[]): LinkProblem[] {
  const entities = new Map(corpus.entities.map((e) => [e.id, e]));
  const claims = new Map(corpus.claims.map((c) => [c.id, c]));
  const out: LinkProblem[] = [];
  for (const ref of sidecars) {
    const warn = (list: 'entities' | 'claims', index: number, id: string, message: string) => {
      const place = linkPlace(ref, list, id);
      out.push({ severity: 'warning', ...place, path: `${list}[${index}].link`, message, file: ref.file, annotationId: id });
    };
    ref.sidecar.entities.forEach((e, i) => {
      if (e.link === undefined) return;
      const canonical = entities.get(e.link);
      if (!canonical) warn('entities', i, e.id, `no canonical entity "${e.link}" in corpus.yaml${claims.has(e.link) ? ' (that is a canonical claim)' : ''}`);
      else if (canonical.type !== undefined && canonical.type !== e.type) {
        warn('entities', i, e.id, `the annotation is ${e.type}, the canonical entity "${e.link}" is ${canonical.type}`);
      }
    });
    ref.sidecar.claims.forEach((c, i) => {
      const link = claimLink(c);
      if (link === undefined) return;
      if (typeof link !== 'string') warn('claims', i, c.id, 'expected the id of a canonical claim');
      else if (!claims.has(link)) warn('claims', i, c.id, `no canonical claim "${link}" in corpus.yaml${entities.has(link) ? ' (that is a canonical entity)' : ''}`);
    });
  }
  return out;
}

/** Where an annotation's `link` value is in its sidecar (line 1, column 1 without a layout). */
function linkPlace(ref: SidecarRef, list: 'entities' | 'claims', id: string): Pick<Problem, 'line' | 'col' | 'start' | 'end'> {
  const item = ref.layout?.lists[list]?.items.find((i) => i.id === id);
  const key = item?.keys.get('link');
  const text = ref.layout?.text;
  if (!key || text === undefined) return { line: 1, col: 1, start: 0, end: 0 };
  const start = key.valueStart;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) line++;
  return { line, col: start - lineStart + 1, start, end: key.valueEnd };
}

/** One annotation of a canonical item (or of an unlinked group). */
export interface Mention {
  readonly file: string;
  /** The annotation's id in its sidecar. */
  readonly id: string;
  /** In bundles: the document of the file it is in. */
  readonly doc?: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The entity label (entities only). */
  readonly type?: string;
  /** Its text could not be found in the current text. */
  readonly orphan?: boolean;
}

export interface EntityMentions {
  readonly entity: CanonicalEntity;
  readonly mentions: readonly Mention[];
  /** Distinct documents (a file, or a document of a bundle) that mention it. */
  readonly documents: number;
}

export interface ClaimMentions {
  readonly claim: CanonicalClaim;
  readonly mentions: readonly Mention[];
  readonly documents: number;
}

/** Entity annotations with no link (or a link naming nothing), grouped by normalised text and label. */
export interface UnlinkedGroup {
  /** The normalised text (normalizeMention). */
  readonly key: string;
  readonly label: string;
  /** The texts as written, distinct, most frequent first. */
  readonly texts: readonly string[];
  readonly mentions: readonly Mention[];
  readonly documents: number;
}

export interface CorpusMentions {
  /** In corpus order. */
  readonly entities: readonly EntityMentions[];
  readonly claims: readonly ClaimMentions[];
  /** Most mentions first, then by text. */
  readonly unlinked: readonly UnlinkedGroup[];
}

export function mentionsOf(corpus: Corpus, sidecars: ReadonlyArray<Pick<SidecarRef, 'file' | 'sidecar'>>): CorpusMentions {
  const byEntity = new Map<string, Mention[]>(corpus.entities.map((e) => [e.id, []]));
  const byClaim = new Map<string, Mention[]>(corpus.claims.map((c) => [c.id, []]));
  const unlinked = new Map<string, { key: string; label: string; mentions: Mention[] }>();
  for (const { file, sidecar } of sidecars) {
    for (const e of sidecar.entities) {
      const m = mention(file, e);
      const list = e.link !== undefined ? byEntity.get(e.link) : undefined;
      if (list) list.push(m);
      else {
        const key = normalizeMention(e.text);
        const group = unlinked.get(`${e.type}\u0000${key}`) ?? { key, label: e.type, mentions: [] };
        group.mentions.push(m);
        unlinked.set(`${e.type}\u0000${key}`, group);
      }
    }
    for (const c of sidecar.claims) {
      const link = claimLink(c);
      if (typeof link === 'string') byClaim.get(link)?.push(mention(file, c));
    }
  }
  return {
    entities: corpus.entities.map((entity) => ({ entity, ...summary(byEntity.get(entity.id)!) })),
    claims: corpus.claims.map((claim) => ({ claim, ...summary(byClaim.get(claim.id)!) })),
    unlinked: [...unlinked.values()]
      .map((g) => ({ key: g.key, label: g.label, texts: surfaceForms(g.mentions), ...summary(g.mentions) }))
      .sort((a, b) => b.mentions.length - a.mentions.length || a.key.localeCompare(b.key) || a.label.localeCompare(b.label)),
  };
}

function mention(file: string, a: Entity | Claim): Mention {
  return {
    file,
    id: a.id,
    ...(a.doc !== undefined ? { doc: a.doc } : {}),
    start: a.start,
    end: a.end,
    text: a.text,
    ...('type' in a ? { type: a.type } : {}),
    ...(a.orphan ? { orphan: true } : {}),
  };
}

function summary(mentions: Mention[]): { mentions: Mention[]; documents: number } {
  const sorted = [...mentions].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.start - b.start || a.end - b.end);
  return { mentions: sorted, documents: new Set(sorted.map((m) => `${m.file}\u0000${m.doc ?? ''}`)).size };
}

function surfaceForms(mentions: readonly Mention[]): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([text]) => text);
}
