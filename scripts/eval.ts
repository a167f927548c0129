// npm run eval: the suggestion engines against the gold set (test/fixtures/gold): precision, recall and F1 per
// label and overall, exact and overlap (any overlap with the same label), and for claims (content spans).
// Usage: tsx scripts/eval.ts [GOLD_DIR] [--json] [--deep]   (--deep: entities with the full compromise and wink-nlp
// parsers too; test/fixtures/gold/heldout holds documents the rules were not tuned on)

import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { parse } from 'yaml';
import { recognize } from '../src/core/documents';
import { suggestClaims } from '../src/core/suggest/claims/index';
import { suggestionRanges } from '../src/core/suggest/file';
import type { EntitySuggestion } from '../src/core/suggest/types';

interface GoldSpan { start: number; end: number; text: string; type: string }
interface GoldDoc { file: string; text: string; ranges: Array<[number, number]>; entities: GoldSpan[]; claims: GoldSpan[] }
type SuggestEntities = (text: string, ranges?: Array<[number, number]>, options?: { deep?: boolean }) => Promise<EntitySuggestion[]>;

const args = process.argv.slice(2);
const json = args.includes('--json');
const deep = args.includes('--deep');
const goldDir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(__dirname, '../test/fixtures/gold'));

/** The parts of a file to look at: each document's body without its boilerplate (as `suggest` looks). */
export function rangesOf(text: string, fileName: string): Array<[number, number]> {
  return suggestionRanges(recognize(text, { fileName }));
}

export function loadGold(dir: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const side = path.join(dir, f.replace(/\.txt$/, '.annotations.yaml'));
    if (!fs.existsSync(side)) continue;
    const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, '');
    const y = parse(fs.readFileSync(side, 'utf8')) as { entities?: GoldSpan[]; claims?: GoldSpan[] };
    docs.push({
      file: f, text, ranges: rangesOf(text, f),
      entities: (y.entities ?? []).map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type })),
      claims: (y.claims ?? []).map((c) => ({ start: c.start, end: c.end, text: c.text, type: 'CLAIM' })),
    });
  }
  return docs;
}

export interface Counts { tp: number; fp: number; fn: number }
export interface Score { exact: Counts; overlap: Counts }

const zero = (): Score => ({ exact: { tp: 0, fp: 0, fn: 0 }, overlap: { tp: 0, fp: 0, fn: 0 } });

/** Adds one document's predictions against its gold spans to `by` (per label) and `all`. */
export function score(gold: readonly GoldSpan[], pred: readonly GoldSpan[], by: Map<string, Score>, all: Score): void {
  const labels = new Set([...gold.map((g) => g.type), ...pred.map((p) => p.type)]);
  for (const label of labels) {
    const g = gold.filter((x) => x.type === label);
    const p = pred.filter((x) => x.type === label);
    const s = by.get(label) ?? zero();
    by.set(label, s);
    const same = (a: GoldSpan, b: GoldSpan) => a.start === b.start && a.end === b.end;
    const over = (a: GoldSpan, b: GoldSpan) => a.start < b.end && b.start < a.end;
    for (const [kind, match] of [['exact', same], ['overlap', over]] as const) {
      // One to one: each gold span is matched by at most one prediction.
      const used = new Set<number>();
      let tp = 0;
      for (const x of p) {
        const i = g.findIndex((y, k) => !used.has(k) && match(x, y));
        if (i >= 0) {
          used.add(i);
          tp++;
        }
      }
      for (const t of [s[kind], all[kind]]) {
        t.tp += tp;
        t.fp += p.length - tp;
        t.fn += g.length - tp;
      }
    }
  }
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function table(title: string, by: Map<string, Score>, all: Score): string {
  const f = (x: number) => x.toFixed(3);
  const row = (name: string, s: Score) => {
    const e = prf(s.exact);
    const o = prf(s.overlap);
    const n = s.exact.tp + s.exact.fn;
    return `${name.padEnd(10)} ${String(n).padStart(5)}  ${f(e.p)} ${f(e.r)} ${f(e.f1)}   ${f(o.p)} ${f(o.r)} ${f(o.f1)}`;
  };
  const lines = [title, `${'label'.padEnd(10)} ${'gold'.padStart(5)}  exact P     R     F1      overlap P   R     F1`];
  for (const k of [...by.keys()].sort()) lines.push(row(k, by.get(k)!));
  lines.push(row('overall', all));
  return lines.join('\n');
}

async function loadEntityEngine(): Promise<SuggestEntities | undefined> {
  const file = path.join(__dirname, '../src/core/suggest/entities/index.ts');
  if (!fs.existsSync(file)) return undefined;
  try {
    const mod = (await import(pathToFileURL(file).href)) as { suggestEntities?: SuggestEntities; default?: { suggestEntities?: SuggestEntities } };
    return mod.suggestEntities ?? mod.default?.suggestEntities;
  } catch (e) {
    console.error(`entities: engine failed to load: ${(e as Error).message}`);
    return undefined;
  }
}

/**
 * Hook for the "learn from two documents of a story, suggest on the third" figure (`--learn-from`): the entity
 * engineer fills this in with the learning recommender. It gets the gold documents to learn from and the one to
 * suggest on and returns the suggestions; undefined means not available yet, and the figure is not printed.
 */
export async function learnFromHook(learn: readonly GoldDoc[], target: GoldDoc): Promise<EntitySuggestion[] | undefined> {
  const { learnFrom } = await import('../src/core/suggest/learn');
  const { suggestEntities } = await import('../src/core/suggest/entities/index');
  const { readSidecar } = await import('../src/core/sidecar/read');
  const taught = learn.map((d) => ({ text: d.text, sidecar: readSidecar(fs.readFileSync(path.join(goldDir, d.file.replace(/\.txt$/, '.annotations.yaml')), 'utf8')).sidecar! }));
  return suggestEntities(target.text, target.ranges, { learned: learnFrom(taught) });
}

async function main(): Promise<void> {
  const docs = loadGold(goldDir);
  const out: Record<string, unknown> = { gold: goldDir, documents: docs.length };
  console.log(`gold: ${docs.length} documents in ${path.relative(process.cwd(), goldDir) || '.'}\n`);

  const suggestEntities = await loadEntityEngine();
  if (!suggestEntities) {
    console.log('entities: engine not available yet\n');
  } else {
    const by = new Map<string, Score>();
    const all = zero();
    for (const d of docs) {
      const pred = (await suggestEntities(d.text, d.ranges, deep ? { deep } : {})).map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type }));
      score(d.entities, pred, by, all);
    }
    console.log(table(deep ? 'entities (deep: with the compromise and wink-nlp parsers)' : 'entities', by, all) + '\n');
    out.entities = { overall: { exact: prf(all.exact), overlap: prf(all.overlap) } };
  }

  const byC = new Map<string, Score>();
  const allC = zero();
  const perDoc: string[] = [];
  for (const d of docs) {
    const pred = suggestClaims(d.text, d.ranges).map((c) => ({ start: c.start, end: c.end, text: c.text, type: 'CLAIM' }));
    const one = zero();
    score(d.claims, pred, new Map(), one);
    score(d.claims, pred, byC, allC);
    perDoc.push(`  ${d.file.padEnd(28)} gold ${String(d.claims.length).padStart(2)}  suggested ${String(pred.length).padStart(2)}  overlap F1 ${prf(one.overlap).f1.toFixed(3)}  exact F1 ${prf(one.exact).f1.toFixed(3)}`);
  }
  console.log(table('claims (content spans)', byC, allC));
  console.log(perDoc.join('\n') + '\n');
  out.claims = { exact: prf(allC.exact), overlap: prf(allC.overlap) };

  // The story set: documents 110-112 (two to learn from, the third to suggest on).
  const story = docs.filter((d) => /^11\d_/.test(d.file));
  if (story.length >= 3) {
    const target = story[story.length - 1]!;
    const learned = await learnFromHook(story.slice(0, -1), target);
    if (learned) {
      const all = zero();
      score(target.entities, learned.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type })), new Map(), all);
      console.log(`learn-from (two of the story, suggest on ${target.file}): entity overlap F1 ${prf(all.overlap).f1.toFixed(3)}, exact F1 ${prf(all.exact).f1.toFixed(3)}`);
    } else {
      console.log('learn-from: hook learnFromHook() not implemented yet');
    }
  }
  if (json) console.log(JSON.stringify(out));
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
