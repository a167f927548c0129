// The tree views at scale: a workspace of 10,000 seeds (100 outlet folders of 100), each with a sidecar (a few
// entities and claims; some marked done or skipped; 10 bigger ones). Listing them (names only), the counts of
// one folder and of all, the memory the cached summaries hold, and expanding one document of 10,000 annotations.
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_CONFIG, isSeedTextFile, sidecarPathFor } from '../../src/core/config';
import type { DocumentState } from '../../src/core/model';
import { serializeSidecar } from '../../src/core/sidecar/write';
import { SeedCatalog } from '../../src/core/workspace/catalog';
import { SummaryCache } from '../../src/core/workspace/summaries';
import { countStates, summarize, type AnnotationRef, type FileSummary } from '../../src/core/workspace/summary';
import { makeCorpus } from '../corpus';
import { figure, medianMs, now, quantile, type Figure } from '../measure';

// Run bundled (see bench/run.ts): the project root and the memory script come from the environment.
const root = process.env['BENCH_ROOT'] ?? path.resolve(__dirname, '../..');

export const TREE_FOLDERS = 100;
export const TREE_PER_FOLDER = 100;

/** The i-th seed's path, relative to the workspace: `outlet-042/123_0123456789abcdef.txt`. */
function seedPath(folder: number, index: number): string {
  const hex = createHash('sha256').update(`${folder}/${index}`).digest('hex').slice(0, 16);
  return `outlet-${String(folder).padStart(3, '0')}/${String(index).padStart(3, '0')}_${hex}.txt`;
}

/** Writes the workspace: 10,000 seeds of ~2 KB with 4–12 annotations (every 13th none), 10 of ~100 KB with 1,000. */
export function writeTreeWorkspace(dir: string): { files: number; bytes: number } {
  let bytes = 0;
  for (let f = 0; f < TREE_FOLDERS; f++) {
    fs.mkdirSync(path.join(dir, `outlet-${String(f).padStart(3, '0')}`), { recursive: true });
    for (let i = 0; i < TREE_PER_FOLDER; i++) {
      const n = f * TREE_PER_FOLDER + i;
      const big = n % 1000 === 500;
      // Every 13th seed is not annotated yet (to do).
      const { text, sidecar } = makeCorpus(n + 1, big ? 100_000 : 2_000, big ? 1_000 : n % 13 === 7 ? 0 : 4 + (n % 9));
      const progress: DocumentState | undefined = n % 5 === 0 ? 'done' : n % 17 === 0 ? 'skipped' : undefined;
      const rel = seedPath(f, i);
      const yaml = serializeSidecar({ ...sidecar, document: path.posix.basename(rel), ...(progress ? { progress } : {}) });
      fs.writeFileSync(path.join(dir, rel), text);
      fs.writeFileSync(path.join(dir, sidecarPathFor(rel, DEFAULT_CONFIG)), yaml);
      bytes += text.length + yaml.length;
    }
  }
  return { files: TREE_FOLDERS * TREE_PER_FOLDER, bytes };
}

/** What the Documents view does first: walk the folders reading names only, keep the seed files, build the tree. */
export function listSeeds(dir: string): SeedCatalog {
  const catalog = new SeedCatalog();
  const visit = (rel: string) => {
    for (const entry of fs.readdirSync(rel ? path.join(dir, rel) : dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(child);
      else if (entry.name.endsWith('.txt') && isSeedTextFile(child, DEFAULT_CONFIG)) catalog.add(child);
    }
  };
  visit('');
  return catalog;
}

/** A summary cache reading sidecars through Node's fs, as the Node host's file system does. */
export function nodeSummaryCache(dir: string): SummaryCache {
  return new SummaryCache(async (textPath) => {
    try {
      return await fs.promises.readFile(path.join(dir, sidecarPathFor(textPath, DEFAULT_CONFIG)), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }, DEFAULT_CONFIG.labels);
}

/** Expanding a document: its annotations under entities (by label), claims (by status) and orphans, labels sorted. */
function groupByLabel(refs: readonly AnnotationRef[]): Map<string, Array<[string, AnnotationRef[]]>> {
  const groups = new Map<string, Map<string, AnnotationRef[]>>([
    ['entities', new Map()],
    ['claims', new Map()],
    ['orphans', new Map()],
  ]);
  for (const a of refs) {
    const group = groups.get(a.orphan ? 'orphans' : a.kind === 'entity' ? 'entities' : 'claims')!;
    let list = group.get(a.label);
    if (!list) group.set(a.label, (list = []));
    list.push(a);
  }
  return new Map([...groups].map(([name, byLabel]) => [name, [...byLabel].sort((x, y) => x[0].localeCompare(y[0]))]));
}

async function medianAsync(fn: (run: number) => Promise<unknown>, runs: number, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    await fn(i);
    samples.push(now() - t);
  }
  return quantile(samples, 0.5);
}

export async function treeFigures(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bench-tree-'));
  try {
    const t = now();
    const { files, bytes } = writeTreeWorkspace(dir);
    const note = `${files.toLocaleString('en-US')} seeds with sidecars, ${(bytes / 1048576).toFixed(0)} MB, generated in ${((now() - t) / 1000).toFixed(1)} s`;

    // (a) Listing: names only.
    let catalog = listSeeds(dir);
    if (catalog.size !== files) throw new Error(`listed ${catalog.size} seeds, expected ${files}`);
    const listMs = medianMs(() => (catalog = listSeeds(dir)), 5, 1);
    const folders = catalog.subfolders('');

    // (b) Counts of one folder (a fresh cache each time, a different folder each run), then of all 10,000.
    const folderMs = await medianAsync(async (run) => {
      const paths = catalog.files(folders[(run + folders.length) % folders.length]!);
      const summaries = await nodeSummaryCache(dir).getMany(paths);
      return countStates(summaries.values());
    }, 7);
    const all = catalog.under('');
    let states: ReturnType<typeof countStates> | undefined;
    const allMs = await medianAsync(async () => {
      const summaries = await nodeSummaryCache(dir).getMany(all);
      states = countStates(summaries.values());
    }, 3, 0); // the folder runs warmed the code up
    if (states?.total !== files) throw new Error(`counted ${states?.total} documents, expected ${files}`);

    // (c) Memory of the cached summaries, in a process of its own.
    const memory = treeMemory(dir);

    // (d) Expanding one document of 10,000 annotations: summarize it, group its annotations by label.
    const { sidecar } = makeCorpus(7, 1_000_000, 10_000);
    const expandMs = medianMs(() => groupByLabel(summarize(sidecar, 'bench.txt').documents[0]!.annotations), 7, 2);

    const fmt = (n: number) => n.toLocaleString('en-US');
    return [
      figure({ name: 'tree: list 10,000 seeds in 100 folders (read names, filter, build the catalog)', value: listMs, unit: 'ms', target: 1000, note }),
      figure({ name: 'tree: counts of one folder (100 sidecars read and summarized, Node fs, cold cache)', value: folderMs, unit: 'ms' }),
      figure({
        name: 'tree: counts of all 10,000 seeds (every sidecar read and summarized, countStates)',
        value: allMs,
        unit: 'ms',
        note: `states: ${fmt(states.todo)} to do, ${fmt(states['in-progress'])} in progress, ${fmt(states.done)} done, ${fmt(states.skipped)} skipped`,
      }),
      figure({
        name: 'tree: memory of 10,000 cached summaries, heap (after GC, above the catalog)',
        value: memory.heapMb,
        unit: 'MB',
        note: `the same summaries as a flat copy: ${memory.flatHeapMb.toFixed(1)} MB (the rest is sidecar texts kept alive by strings sliced from them)`,
      }),
      figure({ name: 'tree: memory of 10,000 cached summaries, RSS (above the catalog)', value: memory.rssMb, unit: 'MB', note: `${fmt(memory.annotations)} annotation refs held; peak RSS of the process ${memory.maxRssMb.toFixed(0)} MB` }),
      figure({ name: 'tree: expand one document of 10,000 annotations (summarize, group by label)', value: expandMs, unit: 'ms' }),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function treeMemory(dir: string): TreeMemory {
  const script = process.env['BENCH_MEMORY_SCRIPT'];
  const args = script ? ['--expose-gc', script, 'tree', dir] : ['--expose-gc', '--import', 'tsx', path.join(__dirname, '../memory.ts'), 'tree', dir];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`memory tree: ${r.stderr}`);
  return JSON.parse(r.stdout) as TreeMemory;
}

/**
 * In the memory process: the catalog, then every summary cached; heap and RSS growth from one to the other. Then
 * the same summaries as a flat copy (a JSON round trip makes every string its own): what they hold when no
 * string is a slice keeping a whole sidecar's text alive.
 */
export async function measureTreeMemory(dir: string): Promise<TreeMemory> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const catalog = listSeeds(dir);
  gc?.();
  const before = process.memoryUsage();
  const cache = nodeSummaryCache(dir);
  const summaries: Map<string, FileSummary> = await cache.getMany(catalog.under(''));
  gc?.();
  const after = process.memoryUsage();
  let annotations = 0;
  for (const s of cache.entries()) for (const d of s[1].documents) annotations += d.annotations.length;
  if (summaries.size !== catalog.size) throw new Error('every summary should be cached');
  const flat = JSON.parse(JSON.stringify([...summaries])) as Array<[string, FileSummary]>;
  summaries.clear();
  for (const [p] of [...cache.entries()]) cache.invalidate(p);
  gc?.();
  const flatHeap = process.memoryUsage().heapUsed - before.heapUsed;
  if (flat.length !== catalog.size) throw new Error('the copy should hold every summary');
  const mb = (b: number) => b / 1048576;
  return { heapMb: mb(after.heapUsed - before.heapUsed), rssMb: mb(after.rss - before.rss), flatHeapMb: mb(flatHeap), maxRssMb: process.resourceUsage().maxRSS / 1024, annotations };
}

interface TreeMemory {
  readonly heapMb: number;
  readonly rssMb: number;
  readonly flatHeapMb: number;
  readonly maxRssMb: number;
  readonly annotations: number;
}
