// File access through vscode.workspace.fs only: the same code works on disk, in remote and virtual workspaces and on the web.
import * as vscode from 'vscode';
import { sidecarPathFor } from '../core/config';
import { decodeUtf8, encodeUtf8 } from '../core/text';
import type { Settings } from './settings';

/** The sidecar of a text document: beside it, or under the sidecar folder of its workspace folder. */
export function sidecarUriFor(document: vscode.Uri, s: Settings): vscode.Uri {
  const folder = vscode.workspace.getWorkspaceFolder(document);
  if (s.core.sidecarFolder && folder) {
    const relative = document.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    return vscode.Uri.joinPath(folder.uri, sidecarPathFor(relative, s.core));
  }
  return document.with({ path: sidecarPathFor(document.path, { sidecarFolder: undefined }) });
}

/** The file's text, or undefined when there is no such file. */
export async function readTextFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decodeUtf8(await vscode.workspace.fs.readFile(uri));
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
    throw err;
  }
}

/** Writes through a temporary file and a rename, so that a crash never leaves half a sidecar. */
export async function writeTextFileAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const name = uri.path.split('/').pop()!;
  const temp = uri.with({ path: `${uri.path.slice(0, -name.length)}.${name}.${Date.now().toString(36)}.tmp` });
  await vscode.workspace.fs.writeFile(temp, encodeUtf8(text));
  try {
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (err) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw err;
  }
}
