// Renders media/icon.svg to media/icon.png (256×256) in Debian's chromium. Run after editing the SVG.
import path from 'node:path';
import { launchChromium, root } from '../test/host/hosts.mjs';

const { browser, page } = await launchChromium({ width: 256, height: 256 });
try {
  await page.goto(`file://${path.join(root, 'media/icon.svg')}`);
  await page.screenshot({ path: path.join(root, 'media/icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
