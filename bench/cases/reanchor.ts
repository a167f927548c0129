// Re-anchoring 10,000 annotations after 1% of a 1 MB seed was edited, beside a baseline that runs
// approx-string-match over the whole text for every annotation (timed on a sample, then extrapolated).
import search from 'approx-string-match';
import * as fs from 'fs';
import * as path from 'path';
import { LiveAnnotations } from '../../src/core/anchoring/live';
import { reanchor, type AnchorResult } from '../../src/core/anchoring/reanchor';
import type { TextChange } from '../../src/core/anchoring/shift';
import type { Claim, Entity, Sidecar } from '../../src/core/model';
import { serializeSidecar } from '../../src/core/sidecar/write';
import { makeCorpus, rng } from '../corpus';
import { figure, medianMs, now, type Figure } from '../measure';

const WORDS = ['the ', 'a ', 'said ', 'new ', 'x', 'officials ', 'and ', 'in '];

/** Random edits (typing, deleting, replacing a few characters) until 1% of the text's characters changed. */
export function editOnePercent(text: string, seed: number): { text: string; changes: TextChange[] } {
  const random = rng(seed);
  const changes: TextChange[] = [];
  let out = text;
  let touched = 0;
  while (touched < text.length / 100) {
    const at = Math.floor(random() * out.length);
    const kind = random();
    const length = kind < 0.4 ? 0 : Math.min(out.length - at, 1 + Math.floor(random() * 8));
    const inserted = kind >= 0.4 && kind < 0.7 ? '' : WORDS[Math.floor(random() * WORDS.length)]!;
    const change = { rangeOffset: at, rangeLength: length, text: inserted };
    changes.push(change);
    out = out.slice(0, at) + inserted + out.slice(at + length);
    touched += Math.max(length, inserted.length);
  }
  return { text: out, changes };
}

export interface ReanchorCase {
  readonly sidecar: Sidecar;
  /** The text the sidecar was made for. */
  readonly original: string;
  readonly edited: string;
  /** Where live shifting put each annotation: the truth re-anchoring is measured against. */
  readonly truth: Map<string, { start: number; end: number } | 'orphan'>;
}

export function makeReanchorCase(): ReanchorCase {
  const { text, sidecar } = makeCorpus(13, 1_000_000, 10_000);
  const { text: edited, changes } = editOnePercent(text, 99);
  const live = new LiveAnnotations(sidecar);
  for (const change of changes) live.apply([change]);
  const snapshot = live.snapshot(edited);
  const truth = new Map([...snapshot.entities, ...snapshot.claims].map((a) => [a.id, a.orphan ? ('orphan' as const) : { start: a.start, end: a.end }]));
  return { sidecar, original: text, edited, truth };
}

export function writeReanchorCase(dir: string, c: ReanchorCase): void {
  fs.writeFileSync(path.join(dir, 'reanchor.txt'), c.edited);
  fs.writeFileSync(path.join(dir, 'reanchor.annotations.yaml'), serializeSidecar(c.sidecar));
}

function agrees(truth: ReanchorCase['truth'], r: Pick<AnchorResult, 'id' | 'status' | 'to'>): boolean {
  const t = truth.get(r.id);
  return r.status === 'orphan' ? t === 'orphan' : t !== 'orphan' && t !== undefined && t.start === r.to!.start && t.end === r.to!.end;
}

/** The baseline: approximate search of the whole text for each annotation, the best match nearest its old place. */
function baselineOne(a: Entity | Claim, text: string): Pick<AnchorResult, 'id' | 'status' | 'to'> {
  const matches = search(text, a.text, Math.floor(a.text.length * 0.25));
  if (matches.length === 0) return { id: a.id, status: 'orphan' };
  const fewest = Math.min(...matches.map((m) => m.errors));
  const best = matches.filter((m) => m.errors === fewest).reduce((x, y) => (Math.abs(y.start - a.start) < Math.abs(x.start - a.start) ? y : x));
  return { id: a.id, status: 'fuzzy', to: { start: best.start, end: best.end, text: text.slice(best.start, best.end) } };
}

export function reanchorFigures(): Figure[] {
  const c = makeReanchorCase();
  const all = [...c.sidecar.entities, ...c.sidecar.claims];
  let results: AnchorResult[] = [];
  const ours = medianMs(() => (results = reanchor(c.sidecar, c.edited).results), 7, 3);
  const ourRate = results.filter((r) => agrees(c.truth, r)).length / results.length;

  const random = rng(5);
  const sample = Array.from({ length: 30 }, () => all[Math.floor(random() * all.length)]!);
  const t = now();
  const baseline = sample.map((a) => baselineOne(a, c.edited));
  const perAnnotation = (now() - t) / sample.length;
  const baseRate = baseline.filter((r) => agrees(c.truth, r)).length / baseline.length;
  const ourOnSample = sample.filter((a) => agrees(c.truth, results.find((r) => r.id === a.id)!)).length / sample.length;
  const statuses = ['exact', 'moved', 'fuzzy', 'orphan'].map((s) => `${results.filter((r) => r.status === s).length} ${s}`).join(', ');
  // The same sidecar written by hand or imported: no prefix or suffix (missing context is unknown, not empty).
  const bare = <T extends Entity | Claim>(a: T): T => {
    const { prefix: _p, suffix: _s, ...rest } = a;
    return rest as T;
  };
  const contextless: Sidecar = { ...c.sidecar, entities: c.sidecar.entities.map(bare), claims: c.sidecar.claims.map(bare) };
  let bareResults: AnchorResult[] = [];
  const bareMs = medianMs(() => (bareResults = reanchor(contextless, c.edited).results), 5, 2);
  const bareRate = bareResults.filter((r) => agrees(c.truth, r)).length / bareResults.length;
  const unchanged = medianMs(() => reanchor(contextless, c.original), 3, 1);
  return [
    figure({ name: 're-anchor 10k annotations without prefix/suffix after 1% random edits', value: bareMs, unit: 'ms', note: `same place as live shifting: ${(bareRate * 100).toFixed(1)}%` }),
    figure({ name: 're-anchor 10k annotations without prefix/suffix, text unchanged', value: unchanged, unit: 'ms' }),
    figure({ name: 're-anchor 10k annotations after 1% random edits of 1 MB', value: ours, unit: 'ms', target: 50, baseline: perAnnotation * all.length, note: `baseline: approx-string-match per annotation over the whole text, ${perAnnotation.toFixed(1)} ms each on a sample of ${sample.length}, times ${all.length}; ours: ${statuses}` }),
    figure({ name: 're-anchor success rate (same place as live shifting), ours', value: ourRate * 100, unit: '%', target: baseRate * 100, better: 'higher', baseline: baseRate * 100, note: `ours on the baseline's sample: ${(ourOnSample * 100).toFixed(1)}%` }),
    figure({ name: 're-anchor success rate, baseline (on its sample)', value: baseRate * 100, unit: '%' }),
  ];
}
