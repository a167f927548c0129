// End-to-end, through the UI of real VS Code (code-server, Node extension host) in chromium: open seed 001, wait
// for its suggestions (dashed outlines drawn by the worker's answer), put the cursor on one with Find, accept it
// with its key (Ctrl+; Y), and check the sidecar on disk. The suggestion is chosen with the CLI, which runs
// the same engines: the first entity suggestion that is the first occurrence of its text.
//   node test/e2e/suggest.mjs [--screenshot FILE]     (default FILE: .vscode-test/e2e-suggest.png)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, root, withWatchdog } from '../host/hosts.mjs';
import { fail, openFile, saveScreenshot, selectWithFind, startWorkbench, waitFor } from './ui.mjs';

const flag = process.argv.indexOf('--screenshot');
const out = path.resolve(flag > 0 ? process.argv[flag + 1] : path.join(cacheDir, 'e2e-suggest.png'));
const SEED = '001_dc080621945f1249';

const cleanups = [];
const code = await withWatchdog(300000, cleanups, async () => {
  const { folder, page } = await startWorkbench('e2e-suggest', cleanups);
  const seedPath = path.join(folder, `${SEED}.txt`);
  const sidecarPath = path.join(folder, `${SEED}.annotations.yaml`);
  const text = fs.readFileSync(seedPath, 'utf8');
  const cli = JSON.parse(execFileSync(process.execPath, [path.join(root, 'dist/cli/seed-annotator.js'), 'suggest', '--json', seedPath], { encoding: 'utf8' }));
  const target = cli.entities.find((s) => s.text.length >= 4 && text.indexOf(s.text) === s.start);
  if (!target) fail(`no entity suggestion to accept in ${SEED}: ${JSON.stringify(cli.entities.slice(0, 5))}`);
  const before = fs.readFileSync(sidecarPath, 'utf8');

  await openFile(page, `${SEED}.txt`, 'Homeland Security');
  // The suggestions' outlines are drawn once the worker has answered (libraries loaded on this first request).
  await page.waitForSelector('.monaco-editor .view-overlays div[class*="ced-"], .monaco-editor .view-line span[class*="ced-"]', { timeout: 60000 });
  await page.waitForTimeout(1500);
  await page.click('.monaco-editor .view-line:has-text("Homeland Security")');
  await page.keyboard.press('Control+Home');
  await selectWithFind(page, target.text);
  await page.keyboard.press('Control+Semicolon');
  await page.keyboard.press('y');

  const entry = await waitFor('the accepted suggestion in the sidecar', () => {
    const now = fs.readFileSync(sidecarPath, 'utf8');
    if (now === before) return undefined;
    const escaped = target.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`- id: (e[0-9a-z]+)\\n {4}type: (\\w+)\\n {4}start: ${target.start}\\n {4}end: ${target.end}\\n {4}text: "?${escaped}"?\\n`).exec(now) ?? undefined;
  }, 20000);
  if (entry[2] !== target.type) fail(`accepted as ${entry[2]}, suggested as ${target.type} by the CLI`);
  console.log(`e2e: the suggestion "${target.text}" (${target.type}, ${target.start}..${target.end}) accepted with Ctrl+; Y; the sidecar on disk has it as ${entry[1]}`);
  await page.keyboard.press('Control+Home');
  await saveScreenshot(page, out);
  console.log(`e2e: screenshot ${path.relative(root, out)}`);
  return 0;
});
process.exit(code);
