import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SeedAnnotatorApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'seed-annotator.seed-annotator';

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run has no workspace folder');
  return folder;
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...segments);
}

export async function openInEditor(...segments: string[]): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(...segments));
  return vscode.window.showTextDocument(doc);
}

export async function api(): Promise<SeedAnnotatorApi> {
  const ext = vscode.extensions.getExtension<SeedAnnotatorApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  return ext.activate();
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
