// One ranker for the entity engines' outputs: suggestions of the same span are merged (their engines agreeing
// raise the score), overlapping ones resolved (the annotator's own labels, then the engine trusted for the
// type, then longer, higher-scored, agreed-on spans win), then the threshold, existing annotations, rejected
// suggestions and boilerplate filter the rest.
import type { EntitySuggestion } from './types';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface RankOptions {
  /** Suggestions scored below it are dropped (default 0.5). */
  readonly threshold?: number;
  /** Annotations already made: a suggestion of the same span, or overlapping one of the same label, is dropped. */
  readonly existing?: ReadonlyArray<Span & { readonly type: string }>;
  /** Rejected suggestions (sidecar `rejected`): the same span, type and text never comes back. */
  readonly rejected?: ReadonlyArray<Span & { readonly type: string; readonly text: string }>;
  /** Page chrome: nothing inside or across these ranges is suggested. */
  readonly boilerplate?: ReadonlyArray<readonly [number, number]>;
}

export const DEFAULT_THRESHOLD = 0.5;

/** Types an engine is trusted for over the others when they disagree. */
const TRUSTED: Readonly<Record<string, readonly string[]>> = {
  rules: ['ORG', 'LAW', 'EVENT', 'FAC', 'DATE', 'MONEY', 'PERCENT', 'QUANTITY'],
  wink: ['DATE', 'MONEY', 'PERCENT', 'QUANTITY'],
};

function tier(s: EntitySuggestion): number {
  if (s.engine === 'learned') return 3;
  return TRUSTED[s.engine]?.includes(s.type) ? 2 : 1;
}

interface Merged {
  readonly best: EntitySuggestion;
  readonly engines: number;
  readonly tier: number;
  /** The order of step 2: tier, score, agreement and length. */
  value: number;
  chosen: boolean;
}

/** Merges, resolves and filters engine outputs; the result is sorted by start, then end. */
export function rankEntities(suggestions: readonly EntitySuggestion[], options: RankOptions = {}): EntitySuggestion[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  // 1. Same span: one suggestion, the type of the most trusted, most agreed-on engine, a combined score.
  // Sorted by span, the suggestions of one span are neighbours (no key strings).
  const sorted = suggestions.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Merged[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.start === sorted[i]!.start && sorted[j]!.end === sorted[i]!.end) j++;
    merged.push(j === i + 1 ? single(sorted[i]!) : merge(sorted.slice(i, j)));
    i = j;
  }

  // 2. Overlaps: greedy by tier, then score with agreement and length (one number), then length and start.
  const bySpan = merged.slice();
  for (const m of merged) m.value = 10 * m.tier + m.best.score + 0.05 * (m.engines - 1) + 0.1 * Math.min(1, (m.best.end - m.best.start) / 40);
  merged.sort((a, b) => b.value - a.value || b.best.end - b.best.start - (a.best.end - a.best.start) || a.best.start - b.best.start);
  // Characters already taken by a chosen span: checking a span costs its length, not the number chosen.
  let size = 0;
  for (const m of merged) size = Math.max(size, m.best.end);
  const taken = new Uint8Array(size);
  next: for (const m of merged) {
    const s = m.best;
    for (let i = s.start; i < s.end; i++) if (taken[i]) continue next;
    taken.fill(1, s.start, s.end);
    m.chosen = true;
  }
  // In span order already: no sort at the end.
  const chosen = bySpan.filter((m) => m.chosen).map((m) => m.best);

  // 3. Filters (each only when it has something to filter by).
  const rejected = new Set((options.rejected ?? []).map((r) => `${r.start}:${r.end}:${r.type}:${r.text}`));
  const existing = options.existing ?? [];
  const sameSpan = new Set(existing.map((e) => `${e.start}:${e.end}`));
  const existingByType = new Map<string, Span[]>();
  for (const e of existing) {
    const list = existingByType.get(e.type);
    if (list) list.push(e);
    else existingByType.set(e.type, [e]);
  }
  const overlapsExisting = new Map([...existingByType].map(([type, list]) => [type, overlapTest(list)]));
  const inBoilerplate = overlapTest((options.boilerplate ?? []).map(([start, end]) => ({ start, end })));
  const out = chosen.filter(
    (s) =>
      s.score >= threshold &&
      (rejected.size === 0 || !rejected.has(`${s.start}:${s.end}:${s.type}:${s.text}`)) &&
      (existing.length === 0 || (!sameSpan.has(`${s.start}:${s.end}`) && !overlapsExisting.get(s.type)?.(s.start, s.end))) &&
      !inBoilerplate(s.start, s.end),
  );
  return out;
}

/** Whether [start, end) overlaps one of `spans`: a binary search over the spans sorted by start, with the
 * largest end so far (any span starting before `end` overlaps when its end passes `start`). */
export function overlapTest(spans: readonly Span[]): (start: number, end: number) => boolean {
  if (spans.length === 0) return () => false;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const maxEnd: number[] = [];
  let max = -Infinity;
  for (const s of sorted) maxEnd.push((max = Math.max(max, s.end)));
  return (start, end) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > start;
  };
}

/** A span only one engine suggested: as merge() would make it, without its bookkeeping. */
function single(s: EntitySuggestion): Merged {
  const result: EntitySuggestion = { start: s.start, end: s.end, text: s.text, type: s.type, score: Math.round(Math.max(0, Math.min(1, s.score)) * 1000) / 1000, engine: s.engine };
  if (s.link !== undefined) result.link = s.link;
  return { best: result, engines: 1, tier: tier(s), value: 0, chosen: false };
}

function merge(group: readonly EntitySuggestion[]): Merged {
  // Votes per type: the best tier, then the noisy-or of the scores of the engines that agree.
  const byType = new Map<string, EntitySuggestion[]>();
  for (const s of group) {
    const list = byType.get(s.type);
    if (list) list.push(s);
    else byType.set(s.type, [s]);
  }
  let best: { type: string; tier: number; score: number; members: EntitySuggestion[] } | undefined;
  for (const [type, members] of byType) {
    const t = Math.max(...members.map(tier));
    const engines = new Map<string, number>();
    for (const m of members) engines.set(m.engine, Math.max(engines.get(m.engine) ?? 0, m.score));
    let miss = 1;
    for (const score of engines.values()) miss *= 1 - Math.min(1, Math.max(0, score));
    const score = 1 - miss;
    if (!best || t > best.tier || (t === best.tier && score > best.score)) best = { type, tier: t, score, members };
  }
  const b = best!;
  const top = [...b.members].sort((x, y) => tier(y) - tier(x) || y.score - x.score)[0]!;
  const link = b.members.find((m) => m.link !== undefined)?.link;
  const engines = new Set(b.members.map((m) => m.engine));
  // Engines that disagree on the type lower the score a little.
  const dissent = group.length - b.members.length > 0 ? 0.05 : 0;
  const score = Math.round(Math.max(0, Math.min(1, b.score - dissent)) * 1000) / 1000;
  const result: EntitySuggestion = { start: top.start, end: top.end, text: top.text, type: b.type, score, engine: [...engines].join('+') };
  if (link !== undefined) result.link = link;
  return { best: result, engines: engines.size, tier: b.tier, value: 0, chosen: false };
}
