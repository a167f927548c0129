// The journal: annotation changes held while a document's text has unsaved edits (the sidecar waits for the
// text, so that offsets match the file on disk). They are kept here, one file per document, so that a crash or
// a quit does not lose them; the journal is cleared once the sidecar has them.
import { decodeUtf8, encodeUtf8 } from '../text';
import { joinPath, type FileStore } from './fileStore';
import { isTempFor } from './tempFiles';

export interface JournalEntry {
  readonly version: 1;
  /** The document's URI, as a string. */
  readonly document: string;
  /** A fingerprint of the unsaved text the model's offsets refer to. */
  readonly textHash: string;
  /** A fingerprint of the sidecar text on disk the changes were made over, when there was one. */
  readonly sidecarHash?: string;
  /** The Sidecar model (src/core/model.ts), as JSON. */
  readonly model: unknown;
  /** How many annotation changes the sidecar on disk does not have. */
  readonly pending: number;
  /** Milliseconds since the epoch. */
  readonly savedAt: number;
}

export class Journal {
  /** Per document: the last write or removal queued, so that they land in the order they were asked for. */
  private readonly queues = new Map<string, Promise<void>>();

  constructor(
    private readonly store: FileStore,
    private readonly folder: string,
  ) {}

  /** The journal file of a document. */
  pathOf(document: string): string {
    return joinPath(this.folder, journalName(document));
  }

  /** Resolves once the entry is durably on disk: only then may the change be called safe. */
  record(entry: JournalEntry): Promise<void> {
    const bytes = encodeUtf8(JSON.stringify(entry));
    return this.enqueue(entry.document, () => this.store.replace(this.pathOf(entry.document), bytes));
  }

  /** The document's entry, or undefined when there is none or it cannot be used. Never throws. */
  async read(document: string): Promise<JournalEntry | undefined> {
    try {
      await this.queues.get(document)?.catch(() => undefined);
      const bytes = await this.store.read(this.pathOf(document));
      if (bytes === undefined) return undefined;
      return asEntry(JSON.parse(decodeUtf8(bytes)), document);
    } catch {
      return undefined;
    }
  }

  /** Removes the document's entry (after any record still on its way), and temps a killed record left. */
  clear(document: string): Promise<void> {
    return this.enqueue(document, async () => {
      await this.store.remove(this.pathOf(document));
      const name = journalName(document);
      for (const f of await this.store.list(this.folder)) {
        // Never acknowledged, and older than what the sidecar now has.
        if (isTempFor(name, f.name)) await this.store.remove(joinPath(this.folder, f.name));
      }
    });
  }

  private enqueue(document: string, task: () => Promise<void>): Promise<void> {
    const previous = this.queues.get(document) ?? Promise.resolve();
    // A failed write fails its own caller only; the next one still runs.
    const done = previous.catch(() => undefined).then(task);
    this.queues.set(document, done);
    const forget = () => {
      if (this.queues.get(document) === done) this.queues.delete(document);
    };
    done.then(forget, forget);
    return done;
  }
}

function journalName(document: string): string {
  return `journal-${fnv1a64(document)}.json`;
}

function asEntry(value: unknown, document: string): JournalEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const e = value as Record<string, unknown>;
  const valid =
    e.version === 1 &&
    e.document === document && // another document whose URI hashes the same
    typeof e.textHash === 'string' &&
    (e.sidecarHash === undefined || typeof e.sidecarHash === 'string') &&
    typeof e.model === 'object' &&
    e.model !== null &&
    typeof e.pending === 'number' &&
    typeof e.savedAt === 'number';
  return valid ? (e as unknown as JournalEntry) : undefined;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a (64 bits) of the string's UTF-8 bytes, in hex: a short file name that stays the same for a URI. */
export function fnv1a64(s: string): string {
  let hash = FNV_OFFSET;
  for (const byte of encodeUtf8(s)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  return hash.toString(16).padStart(16, '0');
}
