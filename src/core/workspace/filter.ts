// What the Documents view shows: a filter (labels, claim statuses, text, document states) and a sort order,
// applied to summaries. Pure, so that the view and its tests agree.
import { STATE_TITLES } from '../progress';
import type { DocumentState } from '../model';
import type { AnnotationRef, DocumentSummary } from './summary';

export interface DocumentFilter {
  /** Entity labels and claim statuses to show (annotations of others are hidden). */
  readonly labels?: readonly string[];
  readonly statuses?: readonly string[];
  /** Shown: annotations whose text contains this (case and accents ignored). */
  readonly text?: string;
  readonly states?: readonly DocumentState[];
}

export type SortOrder = 'name' | 'progress' | 'annotations';

export function isEmptyFilter(f: DocumentFilter): boolean {
  return !f.labels?.length && !f.statuses?.length && !f.text && !f.states?.length;
}

/** Whether the filter says anything about annotations (then documents without a matching one are hidden). */
function filtersAnnotations(f: DocumentFilter): boolean {
  return Boolean(f.labels?.length || f.statuses?.length || f.text);
}

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function matchesAnnotation(f: DocumentFilter, a: AnnotationRef): boolean {
  const kindFilter = a.kind === 'entity' ? f.labels : f.statuses;
  const otherFilter = a.kind === 'entity' ? f.statuses : f.labels;
  // Filtering by labels only hides claims, and by statuses only hides entities; by both, each by its own list.
  if (kindFilter?.length) {
    if (!kindFilter.includes(a.label)) return false;
  } else if (otherFilter?.length) return false;
  return !f.text || fold(a.text).includes(fold(f.text));
}

export function matchesDocument(f: DocumentFilter, d: DocumentSummary): boolean {
  if (f.states?.length && !f.states.includes(d.state)) return false;
  return !filtersAnnotations(f) || d.annotations.some((a) => matchesAnnotation(f, a));
}

export function describeFilter(f: DocumentFilter): string {
  const parts: string[] = [];
  if (f.states?.length) parts.push(f.states.map((s) => STATE_TITLES[s]).join(' or '));
  if (f.labels?.length) parts.push(f.labels.join(', '));
  if (f.statuses?.length) parts.push(f.statuses.join(', '));
  if (f.text) parts.push(`“${f.text}”`);
  return parts.join(' · ');
}

const STATE_ORDER: Readonly<Record<DocumentState, number>> = { 'in-progress': 0, todo: 1, done: 2, skipped: 3 };

/**
 * Sorts items by the order asked for; `summary` gives what is known of each (undefined while unread: those go
 * last, by name). By progress: in progress first, then to do, done, skipped.
 */
export function sortBy<T>(items: readonly T[], order: SortOrder, name: (t: T) => string, documents: (t: T) => readonly DocumentSummary[] | undefined): T[] {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const byName = (a: T, b: T) => collator.compare(name(a), name(b));
  if (order === 'name') return [...items].sort(byName);
  const key = (t: T): number | undefined => {
    const docs = documents(t);
    if (!docs) return undefined;
    if (order === 'annotations') return -docs.reduce((n, d) => n + d.entities + d.claims, 0);
    return Math.min(...docs.map((d) => STATE_ORDER[d.state]), 9);
  };
  const keyed = items.map((t) => ({ t, k: key(t) }));
  keyed.sort((a, b) => (a.k === undefined ? (b.k === undefined ? 0 : 1) : b.k === undefined ? -1 : a.k - b.k) || byName(a.t, b.t));
  return keyed.map((x) => x.t);
}
