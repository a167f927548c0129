// End-to-end, through the UI of real VS Code (code-server, Node extension host) in chromium: open the Seed
// Annotator views from the activity bar, expand seed 000 → Entities → ORG, click "NewsNation" and check that
// the editor opened the seed with exactly that text selected; then take a screenshot of the three views.
//   node test/e2e/tree.mjs [--screenshot FILE]     (default FILE: .vscode-test/e2e-tree.png)
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, root, withWatchdog } from '../host/hosts.mjs';
import { fail, runCommand, saveScreenshot, startWorkbench, waitFor } from './ui.mjs';

const flag = process.argv.indexOf('--screenshot');
const out = path.resolve(flag > 0 ? process.argv[flag + 1] : path.join(cacheDir, 'e2e-tree.png'));
const SEED = '000_ada6b8799641a7d2';
const TARGET = 'NewsNation';

const row = (text) => `.pane-body .monaco-list-row:has(.monaco-highlighted-label:text-is("${text}"))`;

/** Expands a tree row by its twistie (a click on the label runs the item's command instead). */
async function expand(page, label) {
  const selector = row(label);
  await page.waitForSelector(selector, { timeout: 15000 });
  if ((await page.getAttribute(selector, 'aria-expanded')) !== 'true') await page.click(`${selector} .monaco-tl-twistie`);
  await page.waitForSelector(`${selector}[aria-expanded="true"]`, { timeout: 15000 });
}

const cleanups = [];
const code = await withWatchdog(300000, cleanups, async () => {
  const { folder, page } = await startWorkbench('e2e-tree', cleanups);
  const sidecar = fs.readFileSync(path.join(folder, `${SEED}.annotations.yaml`), 'utf8');
  if (!new RegExp(`type: ORG\\n(?: {4}.*\\n)*? {4}text: ${TARGET}\\n`).test(sidecar)) fail(`the sample sidecar has no ORG "${TARGET}"`);

  // The activity bar icon opens the container; its Documents view lists the samples.
  await page.click('.activitybar .action-item a[aria-label^="Seed Annotator"]');
  await page.waitForSelector(row(`${SEED}.txt`), { timeout: 60000 });
  // A wider side bar, so that descriptions show (drag its edge).
  const box = await page.$eval('.part.sidebar', (el) => el.getBoundingClientRect().right).catch(() => 0);
  if (box > 0) {
    await page.mouse.move(box + 1, 400);
    await page.mouse.down();
    await page.mouse.move(box + 200, 400, { steps: 5 });
    await page.mouse.up();
  }
  console.log('e2e: the Documents view lists the samples');
  for (const label of [`${SEED}.txt`, 'Entities', 'ORG']) await expand(page, label);
  await page.waitForSelector(row(TARGET), { timeout: 15000 });
  await page.click(row(TARGET));

  // The seed opens with the annotation's text selected: the status bar says how many characters.
  await page.waitForSelector(`.tabs-container .tab:has-text("${SEED}.txt")`, { timeout: 15000 });
  const selected = await waitFor('the selection in the status bar', async () => {
    const text = await page.textContent('.statusbar-item[id="status.editor.selection"]').catch(() => null);
    return text && /\(\d+ selected\)/.test(text) ? text : undefined;
  });
  if (!selected.includes(`(${TARGET.length} selected)`)) fail(`the editor selection is "${selected}", not the ${TARGET.length} characters of "${TARGET}"`);
  console.log(`e2e: clicking "${TARGET}" in the view selected it in the editor (${selected.trim()})`);

  // The screenshot: the Documents view with the seed open, the Entities and Claims views below.
  await runCommand(page, 'Seed Annotator: Focus on Entities View');
  await page.waitForSelector(row('U.S. Border Patrol'), { timeout: 30000 });
  await page.click(row('U.S. Border Patrol'));
  await runCommand(page, 'Seed Annotator: Focus on Claims View');
  const claim = '.pane-body .monaco-list-row:has-text("Mexican criminal organizations offer")';
  await page.waitForSelector(claim, { timeout: 30000 });
  await page.click(claim);
  await saveScreenshot(page, out);
  console.log(`e2e: screenshot ${path.relative(root, out)}`);
  return 0;
});
process.exit(code);
