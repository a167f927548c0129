// npm run bench: every figure with its target, as a table and in bench/results.json.
import { spawnSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Figure } from './measure';
import { SECTIONS } from './section';

// The figures are taken on bundled code, as the extension ships it (one scope, no module interop in hot loops).
const root = path.resolve(__dirname, '..');
const outdir = path.join(root, '.vscode-test', 'bench');
esbuild.buildSync({ entryPoints: { section: path.join(__dirname, 'section.ts'), memory: path.join(__dirname, 'memory.ts') }, bundle: true, platform: 'node', target: 'node20', format: 'cjs', outdir, logLevel: 'error' });
const childEnv = { ...process.env, BENCH_ROOT: root, BENCH_MEMORY_SCRIPT: path.join(outdir, 'memory.js') };

const started = Date.now();
console.log(`Seed Annotator bench: Node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'cpu'})`);
console.log('Each figure is the median of several runs after a warm-up (p99 where named). Inputs are generated, seeded.\n');

const figures: Figure[] = [];
for (const name of Object.keys(SECTIONS)) {
  const t = Date.now();
  const child = spawnSync(process.execPath, [path.join(outdir, 'section.js'), name], { encoding: 'utf8', maxBuffer: 1 << 24, env: childEnv, cwd: root });
  if (child.status !== 0) {
    console.error(`bench section "${name}" failed:\n${child.stderr}`);
    process.exit(1);
  }
  const got = JSON.parse(child.stdout) as Figure[];
  figures.push(...got);
  for (const f of got) print(f);
  console.log(`  (${name}: ${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
if (!figures.some((f) => f.name.startsWith('activation'))) {
  console.log('  activation: not measured yet; npm run test:web and npm run test:node record it');
}

function print(f: Figure): void {
  const target = f.target === undefined ? '' : `${(f.better ?? 'lower') === 'lower' ? '≤' : '≥'} ${round(f.target)} ${f.unit}`;
  const met = f.met === undefined ? '' : f.met ? 'met' : 'MISSED';
  const base = f.baseline === undefined ? '' : `baseline ${f.baseline} ${f.unit}${f.ratio !== undefined && f.unit !== '%' ? ` (${f.ratio}x)` : ''}`;
  console.log(`${f.name.padEnd(78)} ${String(f.value).padStart(9)} ${f.unit.padEnd(3)} ${target.padEnd(14)} ${met.padEnd(7)} ${base}`);
  if (f.note) console.log(`    ${f.note}`);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

const out = path.join(__dirname, 'results.json');
fs.writeFileSync(out, JSON.stringify(figures, null, 2) + '\n');
const missed = figures.filter((f) => f.met === false).length;
console.log(`\n${figures.length} figures, ${figures.filter((f) => f.met).length} targets met, ${missed} missed; wrote ${path.relative(process.cwd(), out)} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
