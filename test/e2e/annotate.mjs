// End-to-end, through the UI of real VS Code (code-server, Node extension host) in chromium: open seed 001,
// select "White House" with the Find widget, run "Seed Annotator: Annotate Entity" from the command palette,
// pick ORG with its key (2), then check the sidecar on disk and take a screenshot of the annotated seed.
//   node test/e2e/annotate.mjs [--screenshot FILE]     (default FILE: .vscode-test/e2e-annotate.png)
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, root, withWatchdog } from '../host/hosts.mjs';
import { annotateEntity, fail, openFile, saveScreenshot, selectWithFind, startWorkbench } from './ui.mjs';

const flag = process.argv.indexOf('--screenshot');
const out = path.resolve(flag > 0 ? process.argv[flag + 1] : path.join(cacheDir, 'e2e-annotate.png'));
const SEED = '001_dc080621945f1249';

const cleanups = [];
const code = await withWatchdog(300000, cleanups, async () => {
  const { folder, page } = await startWorkbench('e2e', cleanups);
  const sidecar = path.join(folder, `${SEED}.annotations.yaml`);
  const before = fs.readFileSync(sidecar, 'utf8');
  if (before.includes('White House')) fail('the sample sidecar already annotates "White House"; pick another phrase');
  await openFile(page, `${SEED}.txt`, 'Homeland Security');

  // Select "White House" with Find, then Annotate Entity from the palette and ORG by its key.
  await page.click('.monaco-editor .view-line:has-text("Homeland Security")');
  await selectWithFind(page, 'White House');
  await annotateEntity(page, '2');

  // The sidecar on disk gets the annotation (written once the change settles).
  let after = before;
  for (let i = 0; i < 50 && after === before; i++) {
    await page.waitForTimeout(200);
    after = fs.readFileSync(sidecar, 'utf8');
  }
  const entry = /- id: (e[0-9a-z]{6})\n {4}type: ORG\n {4}start: (\d+)\n {4}end: (\d+)\n {4}text: White House\n/.exec(after);
  if (!entry) fail(`the sidecar has no ORG "White House":\n${after}`);
  const text = fs.readFileSync(path.join(folder, `${SEED}.txt`), 'utf8');
  if (text.slice(Number(entry[2]), Number(entry[3])) !== 'White House') fail(`its offsets ${entry[2]}..${entry[3]} do not cover "White House"`);
  const kept = before.split('\n').filter((l) => l.startsWith('#'));
  if (!kept.every((l) => after.includes(l))) fail('the comments of the hand-made sidecar were not kept');
  console.log(`e2e: "White House" annotated as ORG (${entry[1]}, ${entry[2]}..${entry[3]}) through the command palette; the sidecar on disk has it`);

  // The screenshot: the top of the seed, chrome dimmed, entities and claims drawn.
  await page.keyboard.press('Control+Home');
  await saveScreenshot(page, out);
  console.log(`e2e: screenshot ${path.relative(root, out)}`);
  return 0;
});
process.exit(code);
