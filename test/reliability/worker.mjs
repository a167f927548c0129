// Runs `seed-annotator validate FILE` in-process (the built CLI's main(), as the binary runs it) for each
// message, and posts back the exit code and what it printed.
import { createRequire } from 'module';
import { parentPort, workerData } from 'worker_threads';

const { main } = createRequire(import.meta.url)(workerData.bin);

parentPort.on('message', async ({ id, file }) => {
  let out = '';
  let err = '';
  const started = performance.now();
  let code;
  let thrown;
  try {
    code = await main(['validate', file], { out: (s) => (out += s), err: (s) => (err += s) });
  } catch (e) {
    thrown = String(e?.stack ?? e);
  }
  parentPort.postMessage({ id, code, out, err, thrown, ms: performance.now() - started });
});
