// Learning from the annotator (a string-matching recommender, as INCEpTION has): every entity annotated in
// the workspace, and every canonical name and alias of corpus.yaml, is suggested wherever its text occurs
// (whole words, case-sensitive), with the label the annotator used most for that text and its link.
// Rejected suggestions teach too: a text and label rejected more often than annotated is not suggested.
import type { Sidecar } from '../model';
import type { EntitySuggestion } from './types';

export interface LearnedEntry {
  /** The label chosen for the text: the annotator's most used one, else the corpus's. */
  readonly type: string;
  readonly link?: string;
  /** How many times the annotator used the chosen label for this text (0: from the corpus only). */
  readonly count: number;
  readonly score: number;
}

export interface LearnedModel {
  /** Text -> what to suggest for it. */
  readonly entries: ReadonlyMap<string, LearnedEntry>;
  /** `type\u0000text` of suggestions rejected more often than annotated. */
  readonly rejected: ReadonlySet<string>;
}

export interface CorpusEntities {
  readonly entities: ReadonlyArray<{ readonly id: string; readonly name: string; readonly type: string; readonly aliases?: readonly string[] }>;
}

const MIN_LENGTH = 2;

export function learnFrom(sidecars: ReadonlyArray<{ readonly text: string; readonly sidecar: Sidecar }>, corpus?: CorpusEntities): LearnedModel {
  const counts = new Map<string, Map<string, number>>();
  const links = new Map<string, Map<string, number>>();
  const rejections = new Map<string, number>();
  const bump = <K>(map: Map<K, number>, key: K, by = 1): void => {
    map.set(key, (map.get(key) ?? 0) + by);
  };
  for (const { sidecar } of sidecars) {
    for (const e of sidecar.entities) {
      if (e.orphan || e.text.trim().length < MIN_LENGTH) continue;
      const text = e.text.trim();
      const labels = counts.get(text) ?? new Map<string, number>();
      counts.set(text, labels);
      bump(labels, e.type);
      if (e.link) {
        const l = links.get(text) ?? new Map<string, number>();
        links.set(text, l);
        bump(l, e.link);
      }
    }
    for (const r of sidecar.rejected) bump(rejections, `${r.type}\u0000${r.text.trim()}`);
  }

  const entries = new Map<string, LearnedEntry>();
  for (const [text, labels] of counts) {
    const [type, count] = [...labels].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const link = links.get(text) ? [...links.get(text)!].sort((a, b) => b[1] - a[1])[0]![0] : undefined;
    const total = [...labels.values()].reduce((a, b) => a + b, 0);
    // More annotations and a clearer majority: a higher score.
    const score = Math.min(0.99, 0.7 + 0.05 * Math.min(count, 4) + 0.1 * (count / total));
    entries.set(text, { type, count, score, ...(link !== undefined ? { link } : {}) });
  }
  for (const entity of corpus?.entities ?? []) {
    for (const name of [entity.name, ...(entity.aliases ?? [])]) {
      const text = name.trim();
      if (text.length < MIN_LENGTH) continue;
      const known = entries.get(text);
      if (!known) entries.set(text, { type: entity.type, link: entity.id, count: 0, score: 0.75 });
      else if (known.link === undefined && known.type === entity.type) entries.set(text, { ...known, link: entity.id });
    }
  }
  const rejected = new Set<string>();
  for (const [key, n] of rejections) {
    const [type, text] = key.split('\u0000') as [string, string];
    const entry = entries.get(text);
    if (!entry || entry.type !== type || n >= entry.count) rejected.add(key);
  }
  return { entries, rejected };
}

/**
 * Every learned text wherever it occurs in `text` (whole words, case-sensitive; the longest at each place),
 * within `ranges` when given. `rejected` (the document's own sidecar.rejected) are never suggested.
 */
export function suggestLearned(
  model: LearnedModel,
  text: string,
  ranges?: ReadonlyArray<readonly [number, number]>,
  rejected?: ReadonlyArray<{ readonly start: number; readonly end: number; readonly type: string; readonly text: string }>,
): EntitySuggestion[] {
  const names = [...model.entries.keys()].filter((t) => {
    const e = model.entries.get(t)!;
    return !model.rejected.has(`${e.type}\u0000${t}`);
  });
  if (names.length === 0) return [];
  names.sort((a, b) => b.length - a.length);
  const alternation = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation})(?![\\p{L}\\p{N}_])`, 'gu');
  const skip = new Set((rejected ?? []).map((r) => `${r.start}:${r.end}:${r.type}:${r.text}`));
  const out: EntitySuggestion[] = [];
  const scan = (from: number, to: number): void => {
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end > to) break;
      const entry = model.entries.get(m[0]) ?? model.entries.get(m[0].replace(/’/g, "'")) ?? model.entries.get(m[0].replace(/'/g, '’'));
      if (!entry) continue;
      if (skip.has(`${start}:${end}:${entry.type}:${m[0]}`)) continue;
      const s: EntitySuggestion = { start, end, text: m[0], type: entry.type, score: entry.score, engine: 'learned' };
      if (entry.link !== undefined) s.link = entry.link;
      out.push(s);
    }
  };
  if (ranges) for (const [a, b] of ranges) scan(a, b);
  else scan(0, text.length);
  return out;
}
