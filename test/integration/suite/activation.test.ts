import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, api, openInEditor, waitFor, workspaceFolder } from './helpers';

describe('Seed Annotator in real VS Code: activation and language', () => {
  before(() => {
    const uiKind = vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop';
    const extensionHost = typeof process !== 'undefined' && typeof process.versions?.node === 'string' ? 'node' : 'webworker';
    // One line per run that says which VS Code this is (read by people and by CI logs).
    console.log(
      `HOST product="${vscode.env.appName}" version=${vscode.version} uiKind=${uiKind} extensionHost=${extensionHost} workspace=${workspaceFolder().uri.scheme}:`,
    );
  });

  it('is installed and not yet active before a seed document opens', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    assert.strictEqual(ext.isActive, false, 'activation should wait for a seed document');
  });

  it('opening samples/000_ada6b8799641a7d2.txt gives it the seed language and activates the extension', async () => {
    const editor = await openInEditor('000_ada6b8799641a7d2.txt');
    assert.strictEqual(editor.document.languageId, 'seed');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await waitFor('activation', () => (ext.isActive ? true : undefined));
    const { activationMs } = await api();
    assert.ok(activationMs > 0 && activationMs < 10000, `activation took ${activationMs} ms`);
    // Read by test/host/run-tests.mjs, which hands it to `npm run bench`.
    console.log(`BENCH activation ${JSON.stringify({ ms: activationMs, product: vscode.env.appName, version: vscode.version })}`);
  });

  it('shows the status bar item on a seed document and hides it elsewhere', async () => {
    const seedApi = await api();
    await openInEditor('000_ada6b8799641a7d2.txt');
    // samples/ has a hand-made sidecar for seed 000: 17 entities, 4 claims.
    assert.strictEqual(await waitFor('status bar', () => (seedApi.statusBarText()?.includes(' 17 ') ? seedApi.statusBarText() : undefined)), '$(tag) 17 $(comment-discussion) 4');
    const plain = await openInEditor('notes.txt');
    assert.strictEqual(plain.document.languageId, 'plaintext');
    await waitFor('status bar hidden', () => (seedApi.statusBarText() === undefined ? true : undefined));
  });

  it('opens bundles by their default names as seed documents', async () => {
    const editor = await openInEditor('bundle-tail.txt');
    assert.strictEqual(editor.document.languageId, 'seed');
  });

  it('switches a file that matches a glob added to seedAnnotator.bundleGlobs to the seed language', async () => {
    await api();
    const config = vscode.workspace.getConfiguration('seedAnnotator');
    await config.update('bundleGlobs', [...config.get<string[]>('bundleGlobs', []), '**/*.collected.txt'], vscode.ConfigurationTarget.Workspace);
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'week-48.collected.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('==> 000_ada6b8799641a7d2.txt <==\nText.\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const doc = await waitFor('bundle language', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === editor.document.uri.toString() && d.languageId === 'seed'),
    );
    assert.strictEqual(doc.languageId, 'seed');
  });

  it('contributes the seed language', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('seed'), `languages: ${languages.join(', ')}`);
  });
});
