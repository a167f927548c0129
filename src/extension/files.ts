// File access: through vscode.workspace.fs, so that the same code works in remote and virtual workspaces and
// on the web; on the Node host, `file:` URIs go through Node's fs instead, for the one thing workspace.fs
// cannot do (replace a file atomically: its rename deletes the target first).
import * as vscode from 'vscode';
import { sidecarPathFor } from '../core/config';
import type { FileInfo, FileStore } from '../core/persist/fileStore';
import { tempNameFor } from '../core/persist/tempFiles';
import { decodeUtf8 } from '../core/text';
import { nodeFileStore } from './env';
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

/** The store for files under `uri`'s scheme and authority: Node's fs for `file:` on the Node host. */
export function storeFor(uri: vscode.Uri): FileStore {
  if (uri.scheme === 'file' && nodeFileStore) return nodeFileStore;
  return new WorkspaceFileStore(uri);
}

/** The path a store takes for `uri`. */
export function storePath(uri: vscode.Uri): string {
  return uri.scheme === 'file' && nodeFileStore ? uri.fsPath.replace(/\\/g, '/') : uri.path;
}

/** vscode.workspace.fs, for web and virtual workspaces: the replace is a write and a rename (the best there is). */
class WorkspaceFileStore implements FileStore {
  constructor(private readonly base: vscode.Uri) {}

  private uri(path: string): vscode.Uri {
    return this.base.with({ path });
  }

  async read(path: string): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(this.uri(path));
    } catch (err) {
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
      throw err;
    }
  }

  async replace(path: string, data: Uint8Array): Promise<void> {
    const name = path.slice(path.lastIndexOf('/') + 1);
    // Named as the core names temp files, so that recovery on the next open finds one left by a crash.
    const temp = this.uri(`${path.slice(0, -name.length)}${tempNameFor(name)}`);
    await vscode.workspace.fs.writeFile(temp, data);
    try {
      await vscode.workspace.fs.rename(temp, this.uri(path), { overwrite: true });
    } catch (err) {
      await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
      throw err;
    }
  }

  async remove(path: string): Promise<void> {
    await vscode.workspace.fs.delete(this.uri(path)).then(undefined, (err) => {
      if (!(err instanceof vscode.FileSystemError && err.code === 'FileNotFound')) throw err;
    });
  }

  async list(folder: string): Promise<FileInfo[]> {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(this.uri(folder));
    } catch {
      return [];
    }
    const files = entries.filter(([, type]) => type & vscode.FileType.File).map(([name]) => name);
    const infos = await Promise.all(files.map((name) => this.stat(`${folder.replace(/\/$/, '')}/${name}`)));
    return infos.filter((i): i is FileInfo => i !== undefined);
  }

  async stat(path: string): Promise<FileInfo | undefined> {
    try {
      const s = await vscode.workspace.fs.stat(this.uri(path));
      return { name: path.slice(path.lastIndexOf('/') + 1), mtime: s.mtime };
    } catch {
      return undefined;
    }
  }
}
