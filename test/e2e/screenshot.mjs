// Takes media/screenshot.png: the real extension in code-server (Node extension host) on a copy of samples/,
// seed 000 open through Quick Open, grammar colours and the status bar item visible.
//   npm run screenshot
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, codeServerUrl, freePort, launchChromium, prepareWorkspace, root, startCodeServer, withWatchdog } from '../host/hosts.mjs';

const out = path.join(root, 'media/screenshot.png');
const cleanups = [];
const code = await withWatchdog(240000, cleanups, async () => {
  const folder = prepareWorkspace('screenshot');
  const stateDir = path.join(cacheDir, 'code-server-screenshot');
  fs.rmSync(stateDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(stateDir, 'user-data/User'), { recursive: true });
  // A calm, legible frame: no minimap, wrapped prose, a fixed theme.
  fs.writeFileSync(
    path.join(stateDir, 'user-data/User/settings.json'),
    JSON.stringify({
      'editor.minimap.enabled': false,
      'workbench.colorTheme': 'Default Dark Modern',
      'workbench.startupEditor': 'none',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'chat.disableAIFeatures': true,
    }),
  );
  const server = await startCodeServer({ port: await freePort(), stateDir });
  cleanups.push(server.dispose);
  const { browser, page } = await launchChromium({ width: 1400, height: 860 });
  cleanups.push(() => browser.close());
  await page.goto(codeServerUrl(server.url, folder));
  await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('000_ada6b8799641a7d2.txt');
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 30000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-editor .view-line:has-text("Mexican cartel leaders")', { timeout: 30000 });
  const status = await page.waitForSelector('.statusbar-item[id="seed-annotator.seed-annotator.seedAnnotator.status"]', { timeout: 30000 });
  const languageItem = await page.waitForSelector('.statusbar-item:has-text("Seed Document")', { timeout: 30000 });
  await page.waitForTimeout(1500); // let tokenization and the status bar settle
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(root, out)} (status bar: "${(await status.innerText()).trim()}", language: "${(await languageItem.innerText()).trim()}")`);
  return 0;
});
process.exit(code);
