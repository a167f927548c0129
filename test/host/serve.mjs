// Serves VS Code with Seed Annotator loaded and samples/ open, for a person; prints the URL; Ctrl-C stops it.
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, codeServerUrl, ensureNodeHost, ensureWebHost, freePort, root, startCodeServer, startWebServer } from './hosts.mjs';

const mode = process.argv[2] ?? 'node';
const samples = path.join(root, 'samples');

async function portFrom(preferred) {
  const wanted = Number(process.env.PORT || preferred);
  const net = await import('node:net');
  const free = await new Promise((resolve) => {
    const probe = net.createServer().once('error', () => resolve(false));
    probe.listen(wanted, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
  return free ? wanted : freePort();
}

let server;
if (mode === 'node') {
  ensureNodeHost();
  const stateDir = path.join(cacheDir, 'serve');
  fs.mkdirSync(stateDir, { recursive: true });
  server = await startCodeServer({ port: await portFrom(8080), stateDir });
  console.log(`\nSeed Annotator in VS Code (code-server, Node extension host), samples/ open. Annotations are saved to disk.\n\n  ${codeServerUrl(server.url, samples)}\n\nCtrl-C stops it.`);
} else if (mode === 'web') {
  ensureWebHost();
  const port = await portFrom(3000);
  server = await startWebServer({ folder: samples, port });
  console.log(`\nSeed Annotator in VS Code for the Web (web worker extension host), samples/ open.\nFile changes stay in the browser's memory in this mode; use "npm start" to save to disk.\n\n  ${server.url}\n\nCtrl-C stops it.`);
} else {
  console.error('usage: serve.mjs node|web');
  process.exit(2);
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.dispose();
    process.exit(0);
  });
}
