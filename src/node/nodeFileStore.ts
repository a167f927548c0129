// FileStore over Node's fs: what the Node extension host (file: URIs), the CLI and the crash test save through.
// A replace is a temp file in the target's folder, written and fsynced, then renamed over the target (atomic
// on POSIX, and MoveFileEx with replace on Windows), then the folder fsynced so that the rename is durable too.
import { promises as fs, type Stats } from 'fs';
import * as path from 'path';
import type { FileInfo, FileStore } from '../core/persist/fileStore';
import { tempNameFor } from '../core/persist/tempFiles';

const MAX_LINKS = 40; // as Linux's ELOOP limit

export class NodeFileStore implements FileStore {
  async read(file: string): Promise<Uint8Array | undefined> {
    try {
      return await fs.readFile(file);
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  async replace(file: string, data: Uint8Array): Promise<void> {
    const target = await finalTarget(file);
    const folder = path.dirname(target);
    const existing = await statOrUndefined(target);
    const { temp, handle: opened } = await createTemp(folder, path.basename(target));
    let handle: fs.FileHandle | undefined = opened;
    try {
      // open() applies the umask; the existing file's mode is kept exactly.
      if (existing) await handle.chmod(existing.mode & 0o7777);
      await handle.writeFile(data);
      await handle.sync();
      await handle.close();
      handle = undefined;
      await fs.rename(temp, target);
    } catch (err) {
      await handle?.close().catch(() => undefined);
      await fs.unlink(temp).catch(() => undefined);
      throw err;
    }
    await syncFolder(folder);
  }

  async remove(file: string): Promise<void> {
    try {
      await fs.unlink(file);
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }

  async list(folder: string): Promise<FileInfo[]> {
    let entries: string[];
    try {
      entries = await fs.readdir(folder);
    } catch (err) {
      if (isMissing(err)) return [];
      throw err;
    }
    const infos = await Promise.all(entries.map((name) => this.stat(path.join(folder, name))));
    return infos.filter((info): info is FileInfo => info !== undefined);
  }

  async stat(file: string): Promise<FileInfo | undefined> {
    const stats = await statOrUndefined(file);
    return stats?.isFile() ? { name: path.basename(file), mtime: stats.mtimeMs } : undefined;
  }
}

/** The file a path ends at after symlinks; for a link to a file not created yet, where that file will be. */
async function finalTarget(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch (err) {
    if (!isMissing(err)) throw err;
  }
  // realpath fails on a dangling link: follow it by hand, so the new file goes where the link points.
  let current = file;
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    let link: string;
    try {
      link = await fs.readlink(current);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EINVAL' || isMissing(err)) return current; // a plain file, or nothing there yet
      throw err;
    }
    current = path.resolve(path.dirname(current), link);
  }
  throw Object.assign(new Error(`too many symbolic links: ${file}`), { code: 'ELOOP' });
}

/** Creates a temp for `name` in `folder` (never over an existing file), and the folder if it is not there yet. */
async function createTemp(folder: string, name: string): Promise<{ temp: string; handle: fs.FileHandle }> {
  for (let attempt = 0; ; attempt++) {
    const temp = path.join(folder, tempNameFor(name));
    try {
      return { temp, handle: await fs.open(temp, 'wx', 0o666) };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && attempt === 0) await fs.mkdir(folder, { recursive: true });
      else if (code !== 'EEXIST' || attempt >= 3) throw err; // another process's temp of the same name: draw again
    }
  }
}

/** Makes a rename in `folder` durable. Some platforms and file systems cannot sync a folder: then it is skipped. */
async function syncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EACCES', 'ENOTSUP', 'EOPNOTSUPP'].includes(code ?? '')) throw err;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(file);
  } catch (err) {
    if (isMissing(err)) return undefined;
    throw err;
  }
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
