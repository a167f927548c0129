// The few file operations that saving needs, so that the same saving code runs over Node's fs (the Node
// extension host on `file:` URIs, the CLI, the crash test) and over vscode.workspace.fs (web, virtual).
// Paths are '/'-separated strings: file system paths for Node, URI paths for the editor's adapter.

export interface FileInfo {
  readonly name: string;
  /** Milliseconds since the epoch. */
  readonly mtime: number;
}

export interface FileStore {
  /** The file's bytes, or undefined when there is no such file. */
  read(path: string): Promise<Uint8Array | undefined>;
  /**
   * Replaces (or creates) the file so that readers, and a crash at any moment, see either the old or the new
   * content whole, never none or part of it. A symlink stays a symlink (its target is replaced); the file's
   * mode is kept.
   */
  replace(path: string, data: Uint8Array): Promise<void>;
  /** Removes the file; no error when it is not there. */
  remove(path: string): Promise<void>;
  /** The files directly in a folder ([] when there is no such folder). */
  list(folder: string): Promise<FileInfo[]>;
  /** The file's modification time, or undefined when there is no such file. */
  stat(path: string): Promise<FileInfo | undefined>;
}

export function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '.') : path.slice(0, i);
}

export function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function joinPath(folder: string, name: string): string {
  return folder.endsWith('/') ? folder + name : `${folder}/${name}`;
}
