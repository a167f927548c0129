// The sidecar on disk of one open text: read at open (recovering an interrupted save, restoring changes kept
// in the journal), written a moment after each change through an atomic replace, held while the text has
// unsaved edits (offsets must match the text on disk) and kept in the journal meanwhile, never written over a
// sidecar that failed to parse or validate, and merged by id with changes someone else made on disk.
import { reanchor } from '../anchoring/reanchor';
import type { SeedConfig } from '../config';
import { recognize } from '../documents';
import { apply, force, type Change, type Operation } from '../edit/operations';
import type { Sidecar } from '../model';
import { openDocument } from '../open';
import { fingerprint } from '../persist/fingerprint';
import type { FileStore } from '../persist/fileStore';
import { nameOf } from '../persist/fileStore';
import type { Journal } from '../persist/journal';
import { isCompleteSidecar, readSidecarFile, saveSidecar } from '../persist/saveSidecar';
import { recoverLeftover } from '../persist/tempFiles';
import { hasErrors, type Problem } from '../problems';
import { textHashAsync } from '../sha256';
import type { ReadResult } from '../sidecar/read';
import type { SessionText } from './session';
import { fitToText, SessionError } from './session';
import type { AnnotationStore } from './store';

export interface SyncDependencies {
  readonly files: FileStore;
  readonly sidecarPath: string;
  /** Where held changes are kept until the text is saved (none: they live in memory only). */
  readonly journal?: Journal;
  /** Local changes conflict with the sidecar changed on disk: keep ours, or theirs? */
  resolveConflicts(count: number, sidecarName: string): Promise<'mine' | 'theirs'>;
  /** The model changed (decorations, status bar, tree). */
  changed(): void;
  /** The sidecar on disk has problems (or no longer has). */
  problems(problems: readonly Problem[], sidecarText: string | undefined): void;
  /** Something the user should know: a recovered save, restored changes. */
  notify(message: string): void;
  /** A write in the background failed. */
  failed(error: Error): void;
}

interface JournalModel {
  readonly sidecar: Sidecar;
  readonly changes: Change[];
}

/** Short: a change is on disk (acknowledged) almost at once; long enough to write a burst of commands once. */
const WRITE_DELAY_MS = 60;
const JOURNAL_DELAY_MS = 400;

export class SidecarSync {
  private disk: ReadResult | undefined;
  private diskText: string | undefined;
  private blocking: Problem[] = [];
  /** Local changes the sidecar on disk does not have yet. */
  private pending: Change[] = [];
  /** Text edits moved offsets since the last write. */
  private moved = false;
  private writeTimer: ReturnType<typeof setTimeout> | undefined;
  private journalTimer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  /** The version of the text last read with the sidecar: edits reported later than that are not in it yet. */
  textVersionRead = -1;
  /** Counts text edits, so that a write knows whether the text changed while it was under way. */
  private textVersion = 0;
  private journalling: Promise<void> = Promise.resolve();

  constructor(
    private readonly source: SessionText,
    private readonly store: AnnotationStore,
    private config: SeedConfig,
    private readonly deps: SyncDependencies,
    private readonly bump: () => void,
  ) {}

  get sidecarName(): string {
    return nameOf(this.deps.sidecarPath);
  }

  /** Problems of the sidecar on disk that stop writes until they are fixed. */
  get problems(): readonly Problem[] {
    return this.blocking;
  }

  get readOnly(): boolean {
    return hasErrors(this.blocking);
  }

  get hasUnwrittenChanges(): boolean {
    return this.pending.length > 0 || this.moved;
  }

  /** Annotation changes held until the text is saved (0 when the text has no unsaved edits). */
  get waiting(): number {
    return this.source.isDirty() ? this.pending.length : 0;
  }

  reconfigure(config: SeedConfig): void {
    this.config = config;
    this.deps.changed();
  }

  ensureWritable(): void {
    if (this.readOnly) {
      throw new SessionError(`${this.sidecarName} has problems (see the Problems panel); fix them before annotating, so that nothing in it is lost`);
    }
  }

  /** At open: an interrupted save is recovered, the sidecar read, journalled changes brought back. */
  async open(): Promise<void> {
    // A temp cut short at a line end still parses: only a whole sidecar (as saving writes it) is taken.
    const recovery = await recoverLeftover(this.deps.files, this.deps.sidecarPath, (text) => isCompleteSidecar(text, this.config.labels));
    for (const step of recovery) this.deps.notify(step.message);
    await this.loadFromDisk();
    await this.restoreJournal();
  }

  /** Reads the sidecar (at open, or after it changed on disk), keeping local changes not yet written. */
  async loadFromDisk(): Promise<void> {
    const text = await readSidecarFile(this.deps.files, this.deps.sidecarPath);
    if (text !== undefined && text === this.diskText) return; // our own write coming back
    const opened = openDocument(this.source.text(), text, this.source.fileName, this.config);
    this.textVersionRead = this.source.version?.() ?? 0;
    this.diskText = text;
    this.blocking = opened.problems;
    this.deps.problems(opened.reported, text);
    if (hasErrors(opened.problems)) {
      // Show what could be read; write nothing until the file is fixed.
      if (this.pending.length === 0) this.store.reset(opened.sidecar, opened.file);
      this.bump();
      this.deps.changed();
      return;
    }
    this.disk = opened.read;
    let next = opened.sidecar;
    if (this.pending.length > 0) next = await this.replayPending(next);
    this.store.reset(next, opened.file);
    // Re-anchored, or the text has unsaved edits: the offsets on disk are not the current ones.
    this.moved = opened.reanchored !== undefined || this.source.isDirty();
    this.bump();
    this.deps.changed();
    if (this.hasUnwrittenChanges && !this.source.isDirty()) this.scheduleWrite();
  }

  /** Local changes over the sidecar someone else changed: merged by id; a true conflict is the user's call. */
  private async replayPending(base: Sidecar): Promise<Sidecar> {
    let sidecar = base;
    const conflicts: Operation[] = [];
    for (const change of this.pending) {
      const result = apply(sidecar, change);
      sidecar = result.sidecar;
      conflicts.push(...result.conflicts);
    }
    if (conflicts.length > 0 && (await this.deps.resolveConflicts(conflicts.length, this.sidecarName)) === 'mine') sidecar = conflicts.reduce(force, sidecar);
    return fitToText(sidecar, this.source.text(), this.store);
  }

  /** Changes held for a text with unsaved edits when VS Code quit or crashed: brought back. */
  private async restoreJournal(): Promise<void> {
    const journal = this.deps.journal;
    const entry = journal ? await journal.read(this.source.uri) : undefined;
    if (!entry || this.readOnly) return;
    const saved = entry.model as JournalModel;
    if (!saved?.sidecar || !Array.isArray(saved.changes) || saved.changes.length === 0) return void (await journal!.clear(this.source.uri));
    const text = this.source.text();
    let restored: Sidecar;
    if (entry.sidecarHash === fingerprint(this.diskText ?? '')) {
      // The sidecar is as it was: the journalled model is the whole truth, over the text it was made for.
      restored = entry.textHash === fingerprint(text) ? saved.sidecar : reanchor(saved.sidecar, text, this.store.file).sidecar;
    } else {
      // The sidecar changed on disk since: the journalled changes are merged into it, like any pending ones.
      this.pending = [...saved.changes];
      restored = await this.replayPending(this.store.current);
    }
    this.pending = [...saved.changes];
    this.moved = true;
    this.store.reset(restored);
    this.bump();
    this.deps.changed();
    const n = saved.changes.length;
    const sameText = entry.textHash === fingerprint(text);
    this.deps.notify(`restored ${n} annotation change${n === 1 ? '' : 's'} to ${this.source.fileName.split('/').pop()} that ${n === 1 ? 'was' : 'were'} not saved when VS Code closed${sameText ? '' : ' (re-anchored: the text is not the same)'}`);
    if (this.source.isDirty()) this.recordJournal();
    else this.scheduleWrite();
  }

  /**
   * A change made by a command (or its undo): on disk soon, or in the journal until the text is saved. The store
   * has it applied already, or takes `sidecar`, the whole model after it.
   */
  commit(change: Change, sidecar?: Sidecar): void {
    if (sidecar) this.store.reset(sidecar);
    this.pending.push(change);
    this.bump();
    this.deps.changed();
    if (this.source.isDirty()) this.recordJournal();
    else this.scheduleWrite();
  }

  /** The text changed: offsets moved; held changes are journalled again against the new text. */
  textChanged(): void {
    this.moved = true;
    this.textVersion++;
    // A change that leaves the text as it is on disk (VS Code reloading a file changed under it, an undo back
    // to the saved text): the sidecar follows at once.
    if (!this.source.isDirty()) return this.scheduleWrite();
    if (this.pending.length === 0 || !this.deps.journal) return;
    if (this.journalTimer) clearTimeout(this.journalTimer);
    this.journalTimer = setTimeout(() => {
      this.journalTimer = undefined;
      this.recordJournal();
    }, JOURNAL_DELAY_MS);
  }

  /** Keeps the held changes in the journal; resolves once they are on disk. */
  recordJournal(): Promise<void> {
    const journal = this.deps.journal;
    if (!journal || this.pending.length === 0) return this.journalling;
    if (this.journalTimer) clearTimeout(this.journalTimer);
    this.journalTimer = undefined;
    const text = this.source.text();
    const model: JournalModel = { sidecar: this.store.snapshot(), changes: [...this.pending] };
    const entry = { version: 1 as const, document: this.source.uri, textHash: fingerprint(text), sidecarHash: fingerprint(this.diskText ?? ''), model, pending: this.pending.length, savedAt: Date.now() };
    this.journalling = this.journalling.then(() => journal.record(entry)).catch((err) => this.deps.failed(err as Error));
    return this.journalling;
  }

  /** Resolves when every journal write asked for so far is on disk. */
  journalIdle(): Promise<void> {
    if (this.journalTimer) return this.recordJournal();
    return this.journalling;
  }

  /** Soon, unless the text has unsaved edits: then at the next save, when offsets match the text on disk. */
  scheduleWrite(delay = WRITE_DELAY_MS): void {
    if (this.writeTimer) clearTimeout(this.writeTimer);
    if (this.source.isDirty()) return;
    this.writeTimer = setTimeout(() => {
      this.writeTimer = undefined;
      void this.write().catch((err) => this.deps.failed(err as Error));
    }, delay);
  }

  /** Writes the sidecar now (after a save of the text, or when asked). Resolves when it is on disk. */
  write(): Promise<void> {
    const run = this.writing.then(() => this.writeNow());
    this.writing = run.catch(() => undefined);
    return run;
  }

  private async writeNow(): Promise<void> {
    if (this.readOnly || this.source.isDirty() || !this.hasUnwrittenChanges) return;
    const onDisk = await readSidecarFile(this.deps.files, this.deps.sidecarPath);
    if (onDisk !== this.diskText) {
      // Someone changed it since we read it: merge first, then write the result.
      await this.loadFromDisk();
      if (this.readOnly) return;
    }
    const text = this.source.text();
    // The snapshot, the text and what they hold are taken together: commands and edits may come while the hash
    // and the write are awaited, and those stay unwritten.
    const snapshot = this.store.snapshot();
    const held = this.heldNow();
    const next: Sidecar = { ...snapshot, textHash: await textHashAsync(text) };
    if (!next.document) Object.assign(next, { document: this.source.fileName.split('/').pop() });
    const empty = next.entities.length === 0 && next.claims.length === 0 && next.rejected.length === 0 && next.progress === undefined;
    if (this.diskText === undefined && empty) {
      await this.written(held);
      return; // nothing to keep: no sidecar for a document that was never annotated
    }
    const saved = await saveSidecar(this.deps.files, this.deps.sidecarPath, this.previous(), next, this.config.labels);
    this.diskText = saved.text;
    this.disk = saved.read;
    await this.written(held);
  }

  /** What a write about to start covers: the changes held so far, and the text as it is now. */
  private heldNow(): { changes: number; textVersion: number } {
    return { changes: this.pending.length, textVersion: this.textVersion };
  }

  private previous(): { text: string; read: ReadResult } | undefined {
    return this.disk && this.diskText !== undefined ? { text: this.diskText, read: this.disk } : undefined;
  }

  /** What `held` covered is on disk. Anything that came meanwhile is still held (and written next). */
  private async written(held: { changes: number; textVersion: number }): Promise<void> {
    this.pending.splice(0, held.changes);
    this.moved = this.textVersion !== held.textVersion;
    if (this.hasUnwrittenChanges) {
      if (this.source.isDirty()) this.recordJournal();
      else this.scheduleWrite();
      return;
    }
    if (this.journalTimer) clearTimeout(this.journalTimer);
    this.journalTimer = undefined;
    if (this.deps.journal) {
      await this.journalling;
      await this.deps.journal.clear(this.source.uri);
    }
  }

  /** The document closes: anything not yet written is written against the text on disk. */
  async close(): Promise<void> {
    if (this.writeTimer) clearTimeout(this.writeTimer);
    if (this.readOnly || !this.hasUnwrittenChanges) return;
    if (!this.source.isDirty()) return this.write();
    // Unsaved text edits are being discarded: the annotations go back onto the text on disk.
    const diskText = await this.source.readDiskText();
    if (diskText === undefined || this.pending.length === 0) return;
    const file = recognize(diskText, { fileName: this.source.fileName, delimiters: this.config.delimiters, boilerplate: this.config.boilerplate });
    const held = this.heldNow();
    const placed = { ...reanchor(this.store.snapshot(), diskText, file).sidecar, textHash: await textHashAsync(diskText) };
    const saved = await saveSidecar(this.deps.files, this.deps.sidecarPath, this.previous(), placed, this.config.labels);
    this.diskText = saved.text;
    this.disk = saved.read;
    await this.written(held);
  }
}
