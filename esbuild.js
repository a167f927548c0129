// Builds the extension (Node and web worker hosts), the command-line tool and, with --tests, the
// integration test bundles. `--production` minifies and drops source maps.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const withTests = process.argv.includes('--tests');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  format: 'cjs',
  target: 'es2022',
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  external: ['vscode'],
  logLevel: 'warning',
};

const DEEP_ONLY = ['wink-nlp', 'wink-eng-lite-web-model'];

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  // The editor never asks for `deep` suggestions (the full wink-nlp parser, 3.6 MB with its model): left out of
  // the extension's bundles; the CLI keeps it (`eval --deep`).
  { ...common, external: [...common.external, ...DEEP_ONLY], platform: 'node', entryPoints: { extension: 'src/extension/extension.node.ts', suggestWorker: 'src/extension/suggest/worker.node.ts' }, outdir: 'dist/node' },
  {
    ...common,
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    external: [...common.external, ...DEEP_ONLY],
    entryPoints: { extension: 'src/extension/extension.ts', suggestWorker: 'src/extension/suggest/worker.web.ts' },
    outdir: 'dist/web',
    define: { global: 'globalThis' },
  },
  {
    ...common,
    platform: 'node',
    target: 'node20',
    mainFields: ['module', 'main'], // jsonc-parser's UMD build requires its parts at run time: bundle its ES module build
    entryPoints: { 'seed-annotator': 'src/cli/main.ts' },
    outdir: 'dist/cli',
    banner: { js: '#!/usr/bin/env node' },
  },
];

if (withTests) {
  // The web worker host gives us only `require('vscode')`: mocha, assert and a `process` shim go in the bundle.
  builds.push(
    {
      ...common,
      minify: false,
      sourcemap: 'inline',
      platform: 'browser',
      entryPoints: { index: 'test/integration/index.web.ts' },
      outdir: 'dist/test/web',
      loader: { '.txt': 'text', '.yaml': 'text' }, // sample seeds and sidecars, as fixtures
      external: ['vscode', 'fs', 'path'], // required only by Node-host tests, which the web host skips
      inject: [path.join(__dirname, 'test/integration/process-shim.js')],
      define: { global: 'globalThis' },
    },
    {
      ...common,
      minify: false,
      sourcemap: 'inline',
      platform: 'node',
      external: ['vscode', 'mocha'], // mocha's Node build loads files at run time: resolved from node_modules
      loader: { '.txt': 'text', '.yaml': 'text' },
      entryPoints: { index: 'test/integration/index.node.ts' },
      outdir: 'dist/test/node',
    },
  );
}

async function main() {
  if (watch) {
    const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[esbuild] watching');
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.chmodSync(path.join(__dirname, 'dist/cli/seed-annotator.js'), 0o755); // the `bin` entry runs directly
  console.log(`[esbuild] built ${builds.length} bundles (${production ? 'production' : 'development'})`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
