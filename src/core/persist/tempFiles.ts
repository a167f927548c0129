// Temporary files of atomic writes (`.NAME.<base36>.tmp` beside NAME), and what to do with one that an
// interrupted save left behind: it may hold the newest annotations, so it is recovered or shown, never ignored.
import { decodeUtf8 } from '../text';
import { folderOf, joinPath, nameOf, type FileInfo, type FileStore } from './fileStore';

let counter = 0;

/** A fresh temp name for NAME: the random part has a fixed width and the counter follows it, so two names never collide in one process. */
export function tempNameFor(name: string): string {
  const random = Math.floor(Math.random() * 36 ** 8)
    .toString(36)
    .padStart(8, '0');
  return `.${name}.${random}${(counter++).toString(36)}.tmp`;
}

/** Whether `candidate` is a temp of NAME: ours, or one of the older `Date.now().toString(36)` kind. */
export function isTempFor(name: string, candidate: string): boolean {
  const prefix = `.${name}.`;
  if (!candidate.startsWith(prefix) || !candidate.endsWith('.tmp')) return false;
  return /^[0-9a-z]+$/.test(candidate.slice(prefix.length, -'.tmp'.length));
}

export type RecoveryAction =
  /** A complete temp newer than the sidecar became the sidecar. */
  | 'recovered'
  /** A complete temp lost to a newer one that was recovered. */
  | 'removed-superseded'
  /** A temp no newer than the sidecar: the sidecar was written after it. */
  | 'removed-older'
  /** A newer temp that is not a complete sidecar: left on disk for the user. */
  | 'kept-unreadable';

export interface RecoveryStep {
  readonly action: RecoveryAction;
  /** The temp file's path. */
  readonly temp: string;
  readonly message: string;
}

/** What recovery did, in order; empty when no temp was left. */
export type Recovery = readonly RecoveryStep[];

/** The steps as one message for the editor to show, or undefined when there were none. */
export function recoveryMessage(recovery: Recovery): string | undefined {
  return recovery.length > 0 ? recovery.map((s) => s.message).join('; ') : undefined;
}

/**
 * Deals with the temps an interrupted save of the sidecar at `path` left in its folder. `accept` tells whether a
 * temp's text is a complete sidecar. Nothing is removed without a step saying so.
 */
export async function recoverLeftover(store: FileStore, path: string, accept: (text: string) => boolean): Promise<Recovery> {
  const folder = folderOf(path);
  const name = nameOf(path);
  const temps = (await store.list(folder)).filter((f) => isTempFor(name, f.name));
  if (temps.length === 0) return [];
  const sidecar = await store.stat(path);
  const steps: RecoveryStep[] = [];
  const complete: Array<{ info: FileInfo; bytes: Uint8Array }> = [];

  for (const info of temps) {
    const temp = joinPath(folder, info.name);
    if (sidecar && info.mtime <= sidecar.mtime) {
      // The sidecar was written after this temp started: whatever it holds is older.
      await store.remove(temp);
      steps.push({ action: 'removed-older', temp, message: `removed ${info.name}: an unfinished write of ${name} older than the file was discarded` });
      continue;
    }
    const bytes = await store.read(temp);
    if (bytes === undefined) continue; // gone meanwhile: nothing left to recover or remove
    if (acceptsBytes(bytes, accept)) complete.push({ info, bytes });
    else steps.push({ action: 'kept-unreadable', temp, message: `kept ${info.name}, an unfinished save of ${name} that is not a complete sidecar, for you to look at` });
  }

  // The newest complete temp is the last save that got as far as its data; older ones lost to it.
  complete.sort((a, b) => b.info.mtime - a.info.mtime || b.info.name.localeCompare(a.info.name));
  const [newest, ...superseded] = complete;
  if (newest) {
    // A copy rather than a rename, so that it works through any store and replaces atomically.
    await store.replace(path, newest.bytes);
    const temp = joinPath(folder, newest.info.name);
    await store.remove(temp);
    steps.push({ action: 'recovered', temp, message: `recovered ${name} from an interrupted save (${newest.info.name})` });
  }
  for (const { info } of superseded) {
    const temp = joinPath(folder, info.name);
    await store.remove(temp);
    steps.push({ action: 'removed-superseded', temp, message: `removed ${info.name}: an interrupted save of ${name} older than the one recovered` });
  }
  return steps;
}

function acceptsBytes(bytes: Uint8Array, accept: (text: string) => boolean): boolean {
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch {
    return false; // cut in the middle of a character, or not text at all
  }
  return accept(text);
}
