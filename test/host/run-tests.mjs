// Runs the integration suite (dist/test/*, built by `node esbuild.js --tests`) inside real VS Code.
//   node test/host/run-tests.mjs web    VS Code for the Web, web worker extension host
//   node test/host/run-tests.mjs node   code-server, Node extension host, real files on disk
// Exit code: mocha's result inside VS Code (0 = all passed). A watchdog fails a run that hangs.
import fs from 'node:fs';
import path from 'node:path';
import {
  cacheDir, codeServerUrl, ensureNodeHost, ensureWebHost, freePort, launchChromium, prepareWorkspace, root,
  runTestsInPage, startCodeServer, startWebServer, withWatchdog,
} from './hosts.mjs';

const mode = process.argv[2];
if (mode !== 'web' && mode !== 'node') {
  console.error('usage: run-tests.mjs web|node');
  process.exit(2);
}
const limitMs = Number(process.env.SEED_TEST_TIMEOUT_S || 600) * 1000;
const testsPath = path.join(root, 'dist/test', mode, 'index.js');
if (!fs.existsSync(testsPath)) {
  console.error(`${path.relative(root, testsPath)} is missing: run "node esbuild.js --tests" first`);
  process.exit(2);
}

// Installs are outside the watchdog: a first run downloads several hundred MB from the npm registry.
if (mode === 'web') ensureWebHost();
else ensureNodeHost();

const cleanups = [];
const started = Date.now();
// The page waits up to the limit for VS Code's verdict; the watchdog also covers a server or browser that hangs on start.
const code = await withWatchdog(limitMs + 60000, cleanups, async () => {
  const folder = prepareWorkspace(`integration-${mode}`, [path.join(root, 'test/integration/workspace')]);
  const port = await freePort();
  let url;
  if (mode === 'web') {
    const server = await startWebServer({ folder, extensionTestsPath: testsPath, port });
    cleanups.push(server.dispose);
    url = server.url;
  } else {
    const stateDir = path.join(cacheDir, 'code-server-test');
    fs.rmSync(stateDir, { recursive: true, force: true });
    const server = await startCodeServer({ port, stateDir });
    cleanups.push(server.dispose);
    url = codeServerUrl(server.url, folder, { extensionTestsPath: testsPath });
  }
  const { browser, page } = await launchChromium();
  cleanups.push(() => browser.close());
  // Figures the suite measured inside VS Code go to .vscode-test/ for `npm run bench`.
  const record = (line) => {
    const m = /^BENCH activation (\{.*\})$/.exec(line.trim());
    if (m) fs.writeFileSync(path.join(cacheDir, `bench-activation-${mode}.json`), m[1]);
  };
  return runTestsInPage(page, url, limitMs, record);
});
console.log(`[host] ${mode} run finished in ${Math.round((Date.now() - started) / 1000)} s with exit code ${code}`);
process.exit(code);
