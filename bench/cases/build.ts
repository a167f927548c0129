// Bundle sizes (production build) and activation time (written by the integration runs).
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeOpenCase } from './open';
import { makeReanchorCase, writeReanchorCase } from './reanchor';
import { figure, type Figure } from '../measure';

// Run bundled (see bench/run.ts): the project root and the memory script come from the environment.
const root = process.env['BENCH_ROOT'] ?? path.resolve(__dirname, '../..');

export function bundleSizes(): Figure[] {
  execFileSync('node', ['esbuild.js', '--production'], { cwd: root, stdio: 'ignore' });
  return (['node', 'web'] as const).map((host) => {
    const kb = fs.statSync(path.join(root, `dist/${host}/extension.js`)).size / 1024;
    return figure({ name: `bundle size, ${host === 'node' ? 'Node' : 'web worker'} extension (production)`, value: kb, unit: 'KB', target: 400 });
  });
}

export function activation(): Figure[] {
  const out: Figure[] = [];
  for (const host of ['web', 'node']) {
    const file = path.join(root, '.vscode-test', `bench-activation-${host}.json`);
    if (!fs.existsSync(file)) continue;
    const { ms, product, version } = JSON.parse(fs.readFileSync(file, 'utf8')) as { ms: number; product: string; version: string };
    out.push(figure({ name: `activation in ${product} ${version} (${host === 'web' ? 'web worker' : 'Node'} host, last integration run)`, value: ms, unit: 'ms' }));
  }
  return out;
}

export function memory(): Figure[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bench-mem-'));
  try {
    writeOpenCase(dir);
    writeReanchorCase(dir, makeReanchorCase());
    const peak = (mode: string) => {
      const script = process.env['BENCH_MEMORY_SCRIPT'];
      const r = script
        ? spawnSync(process.execPath, [script, mode, dir], { cwd: root, encoding: 'utf8' })
        : spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, '../memory.ts'), mode, dir], { cwd: root, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`memory ${mode}: ${r.stderr}`);
      return (JSON.parse(r.stdout) as { maxRssMb: number }).maxRssMb;
    };
    const idle = peak('idle');
    return [
      figure({ name: 'peak memory, open 1 MB / 10k annotations (above an idle process)', value: peak('open') - idle, unit: 'MB' }),
      figure({ name: 'peak memory, re-anchor 1 MB / 10k annotations (above an idle process)', value: peak('reanchor') - idle, unit: 'MB' }),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
