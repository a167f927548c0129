// Saving a sidecar: patched over the file as last read (comments and hand formatting survive) or written new,
// replaced atomically, and read back so that the next save patches what is now on disk. Shared by the editor
// and the crash test, so that what the test kills is the code that runs.
import type { Sidecar } from '../model';
import { hasErrors } from '../problems';
import { loadSidecar } from '../sidecar/load';
import { LIST_KEYS, type ReadResult } from '../sidecar/read';
import { patchSidecar, serializeSidecar } from '../sidecar/write';
import { decodeUtf8, encodeUtf8 } from '../text';
import type { FileStore } from './fileStore';

export interface SavedSidecar {
  /** The sidecar text now on disk. */
  readonly text: string;
  /** That text as read (what the next save patches). */
  readonly read: ReadResult;
  /** False when the output equalled the previous text, so nothing was written. */
  readonly written: boolean;
}

/**
 * Writes `next` over the sidecar at `path`, which `previous` is the last read of (undefined when there is no
 * sidecar yet). Refuses to go over a sidecar with errors: what could not be read in it would be lost.
 */
export async function saveSidecar(
  store: FileStore,
  path: string,
  previous: { readonly text: string; readonly read: ReadResult } | undefined,
  next: Sidecar,
  labels: readonly string[],
): Promise<SavedSidecar> {
  if (previous && hasErrors(previous.read.problems)) throw new Error(`refusing to save over ${path}: it has problems to fix first`);
  const read = previous?.read;
  let text = read?.sidecar && read.layout ? patchSidecar({ sidecar: read.sidecar, layout: read.layout }, next) : serializeSidecar(next);
  let readBack = loadSidecar(text, { labels });
  if (read?.sidecar && hasErrors(readBack.problems)) {
    // A layout the in-place writer does not handle (it made something that does not read): written anew in
    // the writer's own layout, which loses that file's formatting but none of its data.
    const fresh = serializeSidecar(next);
    const freshRead = loadSidecar(fresh, { labels });
    if (!hasErrors(freshRead.problems)) [text, readBack] = [fresh, freshRead];
  }
  const written = text !== previous?.text;
  if (written) await store.replace(path, encodeUtf8(text));
  return { text, read: readBack, written };
}

/** The sidecar's text, or undefined when there is no such file. Throws when it is not UTF-8. */
export async function readSidecarFile(store: FileStore, path: string): Promise<string | undefined> {
  const bytes = await store.read(path);
  return bytes === undefined ? undefined : decodeUtf8(bytes);
}

/**
 * Whether `text` is a whole sidecar as saving writes one (for recovering a leftover temp): it reads without
 * errors, ends with a line break, and has all three lists, which saving always writes. A write cut short
 * often still parses (`text: Bord`), but the lists that follow the cut are missing.
 */
export function isCompleteSidecar(text: string, labels: readonly string[]): boolean {
  if (!text.endsWith('\n')) return false;
  const read = loadSidecar(text, { labels });
  const top = read.layout?.top;
  return read.sidecar !== undefined && top !== undefined && !hasErrors(read.problems) && LIST_KEYS.every((key) => top.has(key));
}
