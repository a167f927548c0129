// The reliability suite: over a thousand generated hostile sidecars (syntax errors, wrong types, bad offsets,
// duplicate ids, alias bombs, 50 MB files, deep nesting, lone surrogates, path-like `document:` values, binary
// garbage), each checked by `seed-annotator validate` in-process (the built CLI's main() in worker threads, so
// that a hang can be cut off) and a few by the real binary as a child process. Counts crashes (anything but a
// clean problem report: exit status other than 0 or 1, output on stderr, a thrown exception, a dead worker),
// hangs (over the time limit), files modified (every input hashed before and after, no file added or removed)
// and printed problems not of the form FILE:LINE:COL: message. Prints its figures and `N passed, N failed`;
// exits 1 on any failure. RELIABILITY_SEED sets the generator's seed, RELIABILITY_TIMEOUT_MS the limit per input.
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { Worker } from 'worker_threads';
import { generate, writeCases } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const bin = path.join(root, 'dist/cli/seed-annotator.js');
const SEED = Number(process.env.RELIABILITY_SEED ?? 20261129);
const TIMEOUT_MS = Number(process.env.RELIABILITY_TIMEOUT_MS ?? 8000);
const LANES = Math.max(1, Math.min(2, os.availableParallelism()));
const started = Date.now();

if (!fs.existsSync(bin)) {
  console.error(`reliability: ${path.relative(root, bin)} is missing: run \`node esbuild.js\` first (npm run test:reliability does)`);
  process.exit(1);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-reliability-'));
const cases = generate(SEED, path.join(root, 'samples'));
const sidecars = writeCases(cases, path.join(root, 'samples'), tmp);
process.chdir(tmp); // the CLI prints paths relative to the current folder (workers share it)

const hashAll = () => {
  const out = new Map();
  const visit = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else out.set(path.relative(tmp, p), createHash('sha256').update(fs.readFileSync(p)).digest('hex'));
    }
  };
  visit(tmp);
  return out;
};
const before = hashAll();

const figures = {
  inputs: cases.length,
  byCategory: {},
  inProcess: 0,
  childProcess: 0,
  crashes: 0,
  hangs: 0,
  modified: 0,
  badLines: 0,
  missed: 0,
  unclear: 0,
  accepted: 0,
  maxMs: 0,
  maxCase: '',
};
for (const c of cases) figures.byCategory[c.category] = (figures.byCategory[c.category] ?? 0) + 1;
const failures = [];

/** Checks one run's result; returns the failure reasons (none: passed). */
function judge(n, result) {
  const c = cases[n];
  const file = sidecars[n];
  const reasons = [];
  if (result.hang) {
    figures.hangs++;
    return [`hang: no answer within ${TIMEOUT_MS} ms`];
  }
  if (result.thrown || result.workerError || (result.code !== 0 && result.code !== 1) || result.err !== '') {
    figures.crashes++;
    reasons.push(`crash: exit ${result.code}${result.thrown ? `, threw ${result.thrown}` : ''}${result.workerError ? `, worker ${result.workerError}` : ''}${result.err ? `, stderr ${JSON.stringify(result.err.slice(0, 400))}` : ''}`);
    return reasons;
  }
  const lines = result.out.split('\n').filter((l) => l !== '');
  const summary = lines.pop() ?? '';
  if (!/^validate: 1 sidecar checked, /.test(summary)) reasons.push(`no summary line: ${JSON.stringify(summary.slice(0, 200))}`);
  const dir = path.posix.dirname(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const form = new RegExp(`^${dir}/[^/:]+:\\d+:\\d+: \\S`);
  const bad = lines.filter((l) => !form.test(l));
  if (bad.length > 0) {
    figures.badLines += bad.length;
    reasons.push(`not FILE:LINE:COL: ${JSON.stringify(bad[0].slice(0, 200))}`);
  }
  if (result.code === 1 && lines.length === 0) reasons.push('exit 1 without a problem printed');
  if (result.code === 0 && lines.some((l) => !/: warning: /.test(l))) reasons.push('exit 0 with an error printed');
  if (result.code === 0) figures.accepted++;
  if (c.expect === 'problem' && result.code === 0) {
    figures.missed++;
    reasons.push('wrong by construction, yet validate passed it');
  }
  if (c.mustSay && !result.out.includes(c.mustSay)) {
    figures.unclear++;
    reasons.push(`the message should say "${c.mustSay}"`);
  }
  if (result.ms > figures.maxMs) {
    figures.maxMs = result.ms;
    figures.maxCase = `${file} (${c.category})`;
  }
  return reasons;
}

// In-process, in worker threads: a worker that does not answer in time is terminated and replaced.
async function runInProcess(indexes) {
  let next = 0;
  const lane = async () => {
    let worker;
    const fresh = () => new Worker(path.join(here, 'worker.mjs'), { workerData: { bin } });
    while (next < indexes.length) {
      const n = indexes[next++];
      worker ??= fresh();
      const result = await new Promise((resolve) => {
        const t0 = performance.now();
        const timer = setTimeout(() => resolve({ hang: true }), TIMEOUT_MS);
        const done = (r) => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
          resolve(r);
        };
        const onMessage = (m) => done(m);
        const onError = (e) => done({ workerError: String(e?.stack ?? e), ms: performance.now() - t0 });
        const onExit = (code) => done({ workerError: `exited with ${code}`, ms: performance.now() - t0 });
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage({ id: n, file: sidecars[n] });
      });
      if (result.hang || result.workerError) {
        await worker.terminate().catch(() => undefined);
        worker = undefined;
      }
      figures.inProcess++;
      const reasons = judge(n, result);
      if (reasons.length > 0) failures.push({ n, how: 'in-process', reasons });
    }
    await worker?.terminate();
  };
  await Promise.all(Array.from({ length: LANES }, lane));
}

// The real binary, as a child process, for a few inputs of each kind that matters most.
function runChild(n) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, 'validate', sidecars[n]], { encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  figures.childProcess++;
  const result = r.error?.code === 'ETIMEDOUT' ? { hang: true } : { code: r.status, out: r.stdout, err: r.stderr, ms, ...(r.signal ? { workerError: `killed by ${r.signal}` } : {}) };
  const reasons = judge(n, result);
  if (reasons.length > 0) failures.push({ n, how: 'child process', reasons });
}

const all = cases.map((_, n) => n);
await runInProcess(all);
const childCategories = ['huge', 'alias-bomb', 'deep-nesting', 'binary', 'lone-surrogate', 'path-document', 'syntax', 'yaml11-boolean'];
for (const category of childCategories) {
  const of = all.filter((n) => cases[n].category === category);
  for (const n of category === 'huge' ? of.slice(0, 3) : of.slice(0, 2)) runChild(n);
}

const after = hashAll();
const changed = (file, how) => {
  figures.modified++;
  failures.push({ n: -1, how: 'files', reasons: [`${file} was ${how}`] });
};
for (const [file, hash] of before) if (after.get(file) !== hash) changed(file, after.has(file) ? 'modified' : 'removed');
for (const file of after.keys()) if (!before.has(file)) changed(file, 'created');
if (cases.length < 1000) failures.push({ n: -1, how: 'generator', reasons: [`only ${cases.length} inputs generated (at least 1000 wanted)`] });

fs.rmSync(tmp, { recursive: true, force: true });

for (const f of failures.slice(0, 30)) {
  const what = f.n >= 0 ? `${sidecars[f.n]} (${cases[f.n].category}, ${f.how})` : f.how;
  console.log(`FAIL ${what}: ${f.reasons.join('; ')}`);
}
if (failures.length > 30) console.log(`... and ${failures.length - 30} more`);
// Every run is one check, and so are "no file changed" and "enough inputs".
const failedRuns = new Set(failures.filter((f) => f.n >= 0).map((f) => `${f.n}/${f.how}`)).size;
const failedGlobal = new Set(failures.filter((f) => f.n < 0).map((f) => f.how)).size;
const checks = figures.inProcess + figures.childProcess + 2;
console.log(`reliability: seed ${SEED}, ${figures.inputs} hostile sidecars, ${figures.inProcess} runs in-process + ${figures.childProcess} through the binary, ${((Date.now() - started) / 1000).toFixed(1)} s on ${LANES} lane(s)`);
console.log(`  by kind: ${Object.entries(figures.byCategory).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`  crashes ${figures.crashes}, hangs ${figures.hangs} (limit ${TIMEOUT_MS} ms), files modified ${figures.modified}, problem lines not FILE:LINE:COL ${figures.badLines}`);
console.log(`  wrong by construction but passed ${figures.missed}, unclear messages ${figures.unclear}, inputs found valid ${figures.accepted}`);
console.log(`  slowest input ${figures.maxMs.toFixed(0)} ms: ${figures.maxCase}`);
console.log(`${checks - failedRuns - failedGlobal} passed, ${failedRuns + failedGlobal} failed`);
process.exitCode = failures.length > 0 ? 1 : 0;
