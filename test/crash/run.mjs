// The crash test: a writer process running the editor's save path (journal, atomic replace) is killed with
// SIGKILL at random moments, and after each kill the work folder is opened again as the editor would. Checks:
// the sidecar is always a complete old or new version; a leftover temp is recovered, discarded or kept, and
// reported; every change the writer acknowledged is there. Prints figures; exits 1 on any failure.
// CRASH_RUNS (default 200) sets the number of kills, CRASH_SEED the writers' seed, CRASH_LANES how many writers
// run at once, each over its own folder (default 2: Node takes 50-300 ms to start, most of a run).
import { spawn } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.env.CRASH_RUNS ?? 200);
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 1e9));
const LANES = Math.max(1, Number(process.env.CRASH_LANES ?? Math.min(2, os.availableParallelism())));
const started = Date.now();

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-crash-'));
const bin = path.join(tmp, 'bin');
// Bundled once, so that each spawn is a plain `node` process that starts fast.
await esbuild.build({
  entryPoints: { writer: path.join(root, 'test/crash/writer.ts'), reopen: path.join(root, 'test/crash/reopen.ts') },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outdir: bin,
  logLevel: 'warning',
});
const { reopen, stateOf, sidecarTemps, journalTemps, TEXT_NAME, SIDECAR_NAME } = createRequire(import.meta.url)(path.join(bin, 'reopen.js'));

const figures = {
  kills: { startup: 0, timer: 0, acks: 0, hang: 0 },
  runsWithAck: 0,
  acknowledged: 0,
  killedInSave: 0,
  sidecarTempLeft: 0,
  injectedTempLeft: 0,
  journalTempLeft: 0,
  recovery: { recovered: 0, 'removed-older': 0, 'removed-superseded': 0, 'kept-unreadable': 0 },
  recoveredInjected: 0,
  ready: 0,
  ms: { startup: 0, run: 0, reopen: 0 },
  incomplete: 0,
  losses: 0,
  other: 0,
};
const failures = [];

const same = (a, b) => a !== undefined && b !== undefined && a.digest === b.digest && JSON.stringify(a.ids) === JSON.stringify(b.ids);
const show = (s) => (s ? `${s.digest} ${JSON.stringify(s.ids)}` : '(none)');

/** Spawns the writer over `work` and kills it; resolves with what it printed. */
function killOne(work, run) {
  const r = Math.random();
  const mode = r < 0.1 ? 'startup' : r < 0.55 ? 'timer' : r < 0.9 ? 'acks' : 'hang';
  const ackTarget = 1 + Math.floor(Math.random() * 12);
  const hangAt = mode === 'hang' ? 1 + Math.floor(Math.random() * 4) : 0;
  const seed = SEED + run;
  const child = spawn(process.execPath, [path.join(bin, 'writer.js'), work, String(seed), String(hangAt)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { mode, seed, spawned: Date.now(), ready: undefined, closed: undefined, base: undefined, states: new Map(), acked: 0, saved: 0, hung: false, stderr: '', lines: [] };
  let killed = false;
  let readyTimer;
  const kill = () => {
    if (!killed) child.kill('SIGKILL');
    killed = true;
  };
  let pendingText = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    pendingText += chunk;
    let nl;
    while ((nl = pendingText.indexOf('\n')) >= 0) {
      const line = pendingText.slice(0, nl);
      pendingText = pendingText.slice(nl + 1);
      out.lines.push(line);
      const [kind, a, b, c] = line.split(' ');
      if (kind === 'base') {
        out.base = { ids: JSON.parse(a), digest: b };
        out.ready = Date.now();
        // Node starts in 40-300 ms depending on load: the timer starts when the writer is ready to write.
        if (mode === 'timer') readyTimer = setTimeout(kill, 5 + Math.random() * 145);
      }
      else if (kind === 'next') out.states.set(Number(a), { ids: JSON.parse(b), digest: c });
      else if (kind === 'ack') {
        out.acked = Number(a);
        if (!same(out.states.get(out.acked), { ids: JSON.parse(b), digest: c })) out.stderr += `ack ${a} differs from its next line\n`;
      } else if (kind === 'saved') out.saved = Number(a);
      else if (kind === 'hang') out.hung = true;
      if ((mode === 'acks' && out.acked >= ackTarget) || out.hung) kill();
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => (out.stderr += chunk));
  // 'startup' kills while the writer opens the folder (and may be recovering a temp itself); the others are
  // killed by their lines above, or after 5 s if something went wrong.
  const timer = setTimeout(kill, mode === 'startup' ? 5 + Math.random() * 145 : 5000);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(readyTimer);
      out.closed = Date.now();
      if (signal !== 'SIGKILL') out.stderr += `the writer ended by itself (exit code ${code})\n`;
      resolve(out);
    });
  });
}

/** Kills a writer, opens the folder again, and checks what is there against what the writer printed. */
async function checkOne(lane, run) {
  const { work, before } = lane;
  const out = await killOne(work, run);
  figures.kills[out.mode]++;
  if (out.acked > 0) figures.runsWithAck++;
  figures.acknowledged += out.acked;
  if (out.acked > out.saved) figures.killedInSave++;
  const temps = (await sidecarTemps(work)).filter((t) => !before.kept.has(t));
  if (temps.length > 0) figures.sidecarTempLeft++;
  if (temps.length > 0 && out.hung) figures.injectedTempLeft++;
  if ((await journalTemps(work)).length > 0) figures.journalTempLeft++;

  const reopening = Date.now();
  const opened = await reopen(work);
  figures.ms.reopen += Date.now() - reopening;
  figures.ms.run += out.closed - out.spawned;
  if (out.ready) {
    figures.ms.startup += out.ready - out.spawned;
    figures.ready++;
  }
  for (const step of opened.recovery) figures.recovery[step.action]++;
  if (out.hung && opened.recovery.some((s) => s.action === 'recovered')) figures.recoveredInjected++;
  const problems = [];
  if (out.stderr) problems.push(['other', `writer: ${out.stderr.trim()}`]);
  if (out.base && !same(out.base, before.restored)) problems.push(['other', `the writer opened ${show(out.base)}, expected ${show(before.restored)}`]);

  // (ii) The sidecar: complete and valid, and the version before or after the save that was under way.
  const sidecar = opened.read?.sidecar ? stateOf(opened.read.sidecar) : undefined;
  const sidecarOk = out.saved === 0 ? [before.sidecar, out.acked >= 1 ? out.states.get(1) : undefined] : [out.states.get(out.saved), out.acked > out.saved ? out.states.get(out.saved + 1) : undefined];
  if (opened.errors.length > 0) problems.push(['incomplete', `the sidecar has errors: ${opened.errors.slice(0, 3).join('; ')}`]);
  else if (!sidecarOk.some((s) => same(s, sidecar))) problems.push(['incomplete', `the sidecar is ${show(sidecar)}, expected one of ${sidecarOk.map(show).join(' | ')}`]);

  // (iii) What the editor restores (the journal, else the sidecar) has every acknowledged change.
  const restored = opened.restored ? stateOf(opened.restored) : undefined;
  const restoredOk = [out.acked === 0 ? before.restored : out.states.get(out.acked), out.states.get(out.acked + 1)];
  if (!restoredOk.some((s) => same(s, restored))) problems.push(['losses', `restored ${show(restored)} (journal: ${opened.journal ? 'yes' : 'no'}), expected ${restoredOk.map(show).join(' | ')}`]);

  // (iv) No temp left but those reported as kept.
  const kept = new Set(opened.recovery.filter((s) => s.action === 'kept-unreadable').map((s) => path.basename(s.temp)));
  const left = await sidecarTemps(work);
  const unreported = left.filter((t) => !kept.has(t));
  if (unreported.length > 0) problems.push(['other', `temps left without a report: ${unreported.join(', ')}`]);

  if (problems.length > 0) {
    for (const [kind] of problems) figures[kind]++;
    const keep = path.join(tmp, `failed-run-${run}`);
    fs.cpSync(work, keep, { recursive: true });
    failures.push(`run ${run} (${out.mode}, writer seed ${out.seed}, acked ${out.acked}, saved ${out.saved}; files in ${keep}):\n    ${problems.map((p) => p[1]).join('\n    ')}`);
  }
  // The lane's next run starts from what is on disk now.
  lane.before = { sidecar: sidecar ?? before.sidecar, restored: restored ?? before.restored, kept: new Set(left) };
}

let nextRun = 1;
async function runLane(index) {
  const work = path.join(tmp, `work-${index}`);
  fs.mkdirSync(work);
  for (const name of [TEXT_NAME, SIDECAR_NAME]) fs.copyFileSync(path.join(root, 'samples', name), path.join(work, name));
  const initial = await reopen(work);
  const lane = { work, before: { sidecar: stateOf(initial.read.sidecar), restored: stateOf(initial.restored), kept: new Set() } };
  while (nextRun <= RUNS) await checkOne(lane, nextRun++);
}
await Promise.all(Array.from({ length: LANES }, (_, i) => runLane(i + 1)));

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const f = figures;
console.log(`crash test: ${RUNS} runs, each killed with SIGKILL, in ${seconds} s (${LANES} at a time; CRASH_SEED=${SEED})`);
console.log(`  kills: ${f.kills.startup} at 5-150 ms after the spawn, ${f.kills.timer} at 5-150 ms after the writer opened the folder, ${f.kills.acks} after 1-12 acknowledged changes, ${f.kills.hang} with a complete temp not yet renamed`);
console.log(`  runs with an acknowledged change: ${f.runsWithAck}; acknowledged changes: ${f.acknowledged}; kills between a change's ack and its sidecar save: ${f.killedInSave}`);
console.log(`  kills during a write (a new sidecar temp left): ${f.sidecarTempLeft - f.injectedTempLeft}, plus ${f.injectedTempLeft} injected; kills during a journal write (a journal temp left): ${f.journalTempLeft}`);
console.log(`  temps recovered: ${f.recovery.recovered} (${f.recoveredInjected} of them injected before the rename), discarded as older: ${f.recovery['removed-older']}, discarded as superseded: ${f.recovery['removed-superseded']}, kept as not a complete sidecar: ${f.recovery['kept-unreadable']}`);
console.log(`  mean times: writer start to its first line ${(f.ms.startup / Math.max(1, f.ready)).toFixed(0)} ms, spawn to kill ${(f.ms.run / RUNS).toFixed(0)} ms, reopen ${(f.ms.reopen / RUNS).toFixed(0)} ms`);
console.log(`  sidecar-complete failures: ${f.incomplete}`);
console.log(`  acknowledged-change losses: ${f.losses}`);
console.log(`  other failures: ${f.other}`);
if (failures.length > 0) {
  console.log(`\nFAILED:\n  ${failures.slice(0, 10).join('\n  ')}${failures.length > 10 ? `\n  ... and ${failures.length - 10} more` : ''}`);
  process.exit(1);
}
fs.rmSync(tmp, { recursive: true, force: true });
