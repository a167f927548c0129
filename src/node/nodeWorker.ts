// The suggestion worker of the Node extension host: a worker thread over dist/node/suggestWorker.js.
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { WorkerPort } from '../extension/env';

export function startNodeWorker(extensionPath: string): WorkerPort {
  const worker = new Worker(path.join(extensionPath, 'dist', 'node', 'suggestWorker.js'));
  worker.unref(); // never keeps the extension host alive
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => void worker.on('message', listener),
    onError: (listener) => {
      worker.on('error', (err) => listener(err.message));
      worker.on('exit', (code) => code !== 0 && listener(`the suggestion worker stopped (exit code ${code})`));
    },
    terminate: () => void worker.terminate(),
  };
}
