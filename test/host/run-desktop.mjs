// npm run test:desktop — the same integration suite in desktop VS Code (Electron) through @vscode/test-electron.
// It downloads VS Code from Microsoft, so it needs internet (and a display, or xvfb-run, on Linux).
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { prepareWorkspace, root } from './hosts.mjs';

const workspace = prepareWorkspace('integration-desktop', [path.join(root, 'test/integration/workspace')]);
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'dist/test/node/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--disable-workspace-trust'],
  });
} catch (err) {
  console.error(`desktop run failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
