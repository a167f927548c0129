// The editor's suggestion worker as it ships (dist/node/suggestWorker.js, production build): how long the
// first answer takes (the worker starts and loads the NLP libraries then, not at activation), and the next ones.
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { recognize } from '../../src/core/documents';
import { suggestionRanges } from '../../src/core/suggest/ranges';
import type { SuggestRequest, WorkerReply } from '../../src/core/suggest/service';
import { figure, now, type Figure } from '../measure';

const root = process.env['BENCH_ROOT'] ?? path.resolve(__dirname, '../..');

export async function suggestWorkerFigures(): Promise<Figure[]> {
  const script = path.join(root, 'dist/node/suggestWorker.js');
  if (!fs.existsSync(script)) throw new Error(`${script} is missing: run node esbuild.js first`);
  const name = '001_dc080621945f1249.txt';
  const text = fs.readFileSync(path.join(root, 'samples', name), 'utf8');
  const request = (id: number): SuggestRequest => ({
    op: 'suggest',
    id,
    key: name,
    text,
    ranges: suggestionRanges(recognize(text, { fileName: name })),
    context: { entities: [], claims: [], rejected: [] },
    threshold: 0.5,
  });
  const worker = new Worker(script);
  try {
    const ask = (id: number) =>
      new Promise<number>((resolve, reject) => {
        const started = now();
        worker.once('message', (reply: WorkerReply) => ('error' in reply ? reject(new Error(reply.error)) : resolve(now() - started)));
        worker.postMessage(request(id));
      });
    const started = now();
    const first = await ask(1);
    const startup = now() - started;
    const next: number[] = [];
    for (let i = 2; i < 7; i++) next.push(await ask(i));
    next.sort((a, b) => a - b);
    const kb = text.length / 1024;
    return [
      figure({ name: `suggestion worker: first answer for sample 001 (${kb.toFixed(0)} KB), libraries loaded in it`, value: Math.max(first, startup), unit: 'ms' }),
      figure({ name: 'suggestion worker: next answers for the same document (median)', value: next[2]!, unit: 'ms' }),
    ];
  } finally {
    await worker.terminate();
  }
}
