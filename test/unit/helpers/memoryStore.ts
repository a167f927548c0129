// An in-memory FileStore for unit tests of the session (the real ones are tested in persist.test.ts).
import type { FileInfo, FileStore } from '../../../src/core/persist/fileStore';
import { decodeUtf8, encodeUtf8 } from '../../../src/core/text';

export class MemoryStore implements FileStore {
  readonly files = new Map<string, { data: Uint8Array; mtime: number }>();
  private clock = 1;

  text(path: string): string | undefined {
    const f = this.files.get(path);
    return f && decodeUtf8(f.data);
  }

  put(path: string, text: string): void {
    this.files.set(path, { data: encodeUtf8(text), mtime: this.clock++ });
  }

  async read(path: string): Promise<Uint8Array | undefined> {
    return this.files.get(path)?.data;
  }

  async replace(path: string, data: Uint8Array): Promise<void> {
    this.files.set(path, { data, mtime: this.clock++ });
  }

  async remove(path: string): Promise<void> {
    this.files.delete(path);
  }

  async list(folder: string): Promise<FileInfo[]> {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    return [...this.files].filter(([p]) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/')).map(([p, f]) => ({ name: p.slice(prefix.length), mtime: f.mtime }));
  }

  async stat(path: string): Promise<FileInfo | undefined> {
    const f = this.files.get(path);
    return f && { name: path.slice(path.lastIndexOf('/') + 1), mtime: f.mtime };
  }
}
