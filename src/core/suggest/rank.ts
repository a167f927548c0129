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
  rules: ['ORG', 'LAW', 'EVENT', 'FAC'],
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
}

/** Merges, resolves and filters engine outputs; the result is sorted by start, then end. */
export function rankEntities(suggestions: readonly EntitySuggestion[], options: RankOptions = {}): EntitySuggestion[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  // 1. Same span: one suggestion, the type of the most trusted, most agreed-on engine, a combined score.
  const bySpan = new Map<string, EntitySuggestion[]>();
  for (const s of suggestions) {
    if (s.end <= s.start) continue;
    const key = `${s.start}:${s.end}`;
    const list = bySpan.get(key);
    if (list) list.push(s);
    else bySpan.set(key, [s]);
  }
  const merged: Merged[] = [];
  for (const group of bySpan.values()) merged.push(merge(group));

  // 2. Overlaps: greedy by tier, then score with agreement and length.
  const value = (m: Merged): number => m.best.score + 0.05 * (m.engines - 1) + 0.1 * Math.min(1, (m.best.end - m.best.start) / 40);
  merged.sort((a, b) => b.tier - a.tier || value(b) - value(a) || b.best.end - b.best.start - (a.best.end - a.best.start) || a.best.start - b.best.start);
  const chosen: EntitySuggestion[] = [];
  const taken: Span[] = [];
  for (const m of merged) {
    const s = m.best;
    if (taken.some((t) => t.start < s.end && s.start < t.end)) continue;
    taken.push(s);
    chosen.push(s);
  }

  // 3. Filters.
  const rejected = new Set((options.rejected ?? []).map((r) => `${r.start}:${r.end}:${r.type}:${r.text}`));
  const existing = options.existing ?? [];
  const boilerplate = options.boilerplate ?? [];
  return chosen
    .filter((s) => s.score >= threshold)
    .filter((s) => !rejected.has(`${s.start}:${s.end}:${s.type}:${s.text}`))
    .filter((s) => !existing.some((e) => (e.start === s.start && e.end === s.end) || (e.type === s.type && e.start < s.end && s.start < e.end)))
    .filter((s) => !boilerplate.some(([a, b]) => a < s.end && s.start < b))
    .sort((a, b) => a.start - b.start || a.end - b.end);
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
  return { best: result, engines: engines.size, tier: b.tier };
}
