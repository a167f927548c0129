// What the end-to-end scripts do through VS Code's UI in code-server: start a workbench on a fresh copy of
// samples/, open a file with Quick Open, select text with Find, run a command from the palette.
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, codeServerUrl, freePort, launchChromium, prepareWorkspace, startCodeServer } from '../host/hosts.mjs';

export const STATUS_ITEM = '.statusbar-item[id="seed-annotator.seed-annotator.seedAnnotator.status"]';

export function fail(message) {
  throw new Error(message);
}

/** code-server on a fresh workspace, with a calm, legible frame (no minimap, no chat, a fixed theme). */
export async function startWorkbench(name, cleanups) {
  const folder = prepareWorkspace(name);
  const stateDir = path.join(cacheDir, `code-server-${name}`);
  fs.rmSync(stateDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(stateDir, 'user-data/User'), { recursive: true });
  fs.writeFileSync(
    path.join(stateDir, 'user-data/User/settings.json'),
    JSON.stringify({
      'editor.minimap.enabled': false,
      'workbench.colorTheme': 'Default Dark Modern',
      'workbench.startupEditor': 'none',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'chat.disableAIFeatures': true,
      'editor.fontSize': 13,
      'files.autoSave': 'off', // unsaved text stays unsaved (code-server saves after a delay by default)
    }),
  );
  const server = await startCodeServer({ port: await freePort(), stateDir });
  cleanups.push(server.dispose);
  const { browser, page } = await launchChromium({ width: 1400, height: 860 });
  cleanups.push(() => browser.close());
  await page.goto(codeServerUrl(server.url, folder));
  await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  return { folder, stateDir, page };
}

/** Quick Open, then waits for a line of the file and for our status bar item. */
export async function openFile(page, fileName, lineText) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(fileName);
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 30000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.monaco-editor .view-line:has-text("${lineText}")`, { timeout: 30000 });
  await page.waitForSelector(STATUS_ITEM, { timeout: 30000 });
}

/** Find puts the selection on the first match after the cursor; Escape closes the widget and keeps it. */
export async function selectWithFind(page, text) {
  await page.keyboard.press('Control+F');
  await page.waitForSelector('.find-widget.visible textarea, .find-widget.visible input', { timeout: 10000 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.waitForTimeout(400);
  await page.keyboard.press('Escape');
}

/** A command from the palette (F1), by its title. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${title.replace(/^.*: /, '')}")`, { timeout: 15000 });
  await page.keyboard.press('Enter');
}

/** Annotate Entity from the palette, then the label by its key. */
export async function annotateEntity(page, key) {
  await runCommand(page, 'Seed Annotator: Annotate Entity');
  await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("PERSON")', { timeout: 15000 });
  await page.keyboard.type(key);
}

/** Polls `probe` every 200 ms until it returns something other than undefined. */
export async function waitFor(what, probe, timeoutMs = 15000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Moves the mouse out of the way, lets the UI settle, and saves a screenshot to `out`. */
export async function saveScreenshot(page, out) {
  await page.mouse.move(1300, 820);
  await page.waitForTimeout(1200);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
}
