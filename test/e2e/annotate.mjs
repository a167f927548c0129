// End-to-end, through the UI of real VS Code (code-server, Node extension host) in chromium: open seed 001,
// select "White House" with the Find widget, run "Seed Annotator: Annotate Entity" from the command palette,
// pick ORG with its key (2), then check the sidecar on disk and take a screenshot of the annotated seed.
//   node test/e2e/annotate.mjs [--screenshot FILE]     (default FILE: .vscode-test/e2e-annotate.png)
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, codeServerUrl, freePort, launchChromium, prepareWorkspace, root, startCodeServer, withWatchdog } from '../host/hosts.mjs';

const flag = process.argv.indexOf('--screenshot');
const out = path.resolve(flag > 0 ? process.argv[flag + 1] : path.join(cacheDir, 'e2e-annotate.png'));
const SEED = '001_dc080621945f1249';

function fail(message) {
  throw new Error(message);
}

const cleanups = [];
const code = await withWatchdog(300000, cleanups, async () => {
  const folder = prepareWorkspace('e2e');
  const sidecar = path.join(folder, `${SEED}.annotations.yaml`);
  const before = fs.readFileSync(sidecar, 'utf8');
  if (before.includes('White House')) fail('the sample sidecar already annotates "White House"; pick another phrase');
  const stateDir = path.join(cacheDir, 'code-server-e2e');
  fs.rmSync(stateDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(stateDir, 'user-data/User'), { recursive: true });
  // A calm, legible frame: no minimap, no chat, a fixed theme.
  fs.writeFileSync(
    path.join(stateDir, 'user-data/User/settings.json'),
    JSON.stringify({
      'editor.minimap.enabled': false,
      'workbench.colorTheme': 'Default Dark Modern',
      'workbench.startupEditor': 'none',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'chat.disableAIFeatures': true,
      'editor.fontSize': 13,
    }),
  );
  const server = await startCodeServer({ port: await freePort(), stateDir });
  cleanups.push(server.dispose);
  const { browser, page } = await launchChromium({ width: 1400, height: 860 });
  cleanups.push(() => browser.close());
  await page.goto(codeServerUrl(server.url, folder));
  await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });

  // Open the seed with Quick Open.
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(`${SEED}.txt`);
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 30000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-editor .view-line:has-text("Homeland Security")', { timeout: 30000 });
  await page.waitForSelector('.statusbar-item[id="seed-annotator.seed-annotator.seedAnnotator.status"]', { timeout: 30000 });

  // Select "White House": Find puts the selection on the match; Escape closes the widget and keeps it.
  await page.click('.monaco-editor .view-line:has-text("Homeland Security")');
  await page.keyboard.press('Control+F');
  await page.waitForSelector('.find-widget.visible textarea, .find-widget.visible input', { timeout: 10000 });
  await page.keyboard.type('White House');
  await page.waitForTimeout(400);
  await page.keyboard.press('Escape');

  // Annotate Entity from the command palette, then the label by its key.
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('Seed Annotator: Annotate Entity');
  await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("Annotate Entity")', { timeout: 15000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("PERSON")', { timeout: 15000 });
  await page.keyboard.type('2');

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
  await page.mouse.move(1300, 820);
  await page.waitForTimeout(1200);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`e2e: screenshot ${path.relative(root, out)}`);
  return 0;
});
process.exit(code);
