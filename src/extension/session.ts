// The annotations of one open seed document: the live model, its undo history, and its sidecar on disk.
// Writes wait while the text has unsaved edits (offsets must match the text on disk), never go over a sidecar
// that failed to parse, and merge with changes someone else made to the sidecar in the meantime.
import * as vscode from 'vscode';
import { LiveAnnotations, type LiveEffect } from '../core/anchoring/live';
import { reanchor } from '../core/anchoring/reanchor';
import { recognize, type RecognizedFile } from '../core/documents';
import { apply, force, invert, type Change, type Operation } from '../core/edit/operations';
import { emptySidecar, type Claim, type Entity, type Sidecar } from '../core/model';
import { openDocument } from '../core/open';
import { hasErrors, type Problem } from '../core/problems';
import { textHashOf } from '../core/sidecar/check';
import type { ReadResult } from '../core/sidecar/read';
import { patchSidecar, serializeSidecar } from '../core/sidecar/write';
import { loadSidecar } from '../core/sidecar/load';
import { UserError } from './errors';
import { readTextFile, writeTextFileAtomically } from './files';
import type { Settings } from './settings';

export type Annotation = (Entity & { kind: 'entity' }) | (Claim & { kind: 'claim' });

export interface SessionEvents {
  /** The model changed (decorations, status bar, tree). */
  changed(session: DocumentSession): void;
  /** The sidecar on disk has problems (or no longer has): shown in the Problems panel. */
  problems(session: DocumentSession, problems: readonly Problem[], sidecarText: string | undefined): void;
}

export class DocumentSession {
  private live: LiveAnnotations;
  private file: RecognizedFile;
  /** The sidecar as last read from or written to disk (what the next write patches). */
  private disk: ReadResult | undefined;
  private diskText: string | undefined;
  private blocking: Problem[] = [];
  /** Local changes the sidecar on disk does not have yet. */
  private pending: Change[] = [];
  /** Text edits moved offsets since the last write. */
  private moved = false;
  private readonly undoStack: Change[] = [];
  private readonly redoStack: Change[] = [];
  private writeTimer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  version = 0;

  private constructor(
    readonly document: vscode.TextDocument,
    readonly sidecarUri: vscode.Uri,
    private settings: Settings,
    private readonly events: SessionEvents,
  ) {
    this.file = recognize('', { fileName: document.uri.path });
    this.live = new LiveAnnotations(emptySidecar());
  }

  static async open(document: vscode.TextDocument, sidecarUri: vscode.Uri, settings: Settings, events: SessionEvents): Promise<DocumentSession> {
    const session = new DocumentSession(document, sidecarUri, settings, events);
    await session.loadFromDisk();
    return session;
  }

  get uri(): vscode.Uri {
    return this.document.uri;
  }

  /** The annotations as they stand over the current text. */
  get sidecar(): Sidecar {
    return this.live.snapshot(this.document.getText(), this.file);
  }

  get recognized(): RecognizedFile {
    return this.file;
  }

  get liveSpans(): LiveAnnotations {
    return this.live;
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

  /** Labels, delimiters and the rest changed: recognise the documents again. */
  reconfigure(next: Settings): void {
    this.settings = next;
    this.refreshDocuments();
    this.changed();
  }

  refreshDocuments(): void {
    this.file = recognize(this.document.getText(), { fileName: this.document.uri.path, delimiters: this.settings.core.delimiters, boilerplate: this.settings.core.boilerplate });
  }

  /** A text edit: annotations follow it at once; the sidecar is written when the text is saved. */
  applyTextChanges(changes: readonly vscode.TextDocumentContentChangeEvent[]): LiveEffect {
    const effect = this.live.apply(changes);
    this.moved = true;
    this.version++;
    return effect;
  }

  /** Applies a change made by a command: recorded for undo, written soon (or at the next save). */
  perform(change: Change): void {
    this.ensureWritable();
    const { sidecar, conflicts } = apply(this.sidecar, change);
    if (conflicts.length > 0) throw new UserError('the annotation changed meanwhile; try again');
    this.commit(sidecar, change);
    this.undoStack.push(change);
    this.redoStack.length = 0;
  }

  undo(): string | undefined {
    return this.replay(this.undoStack, this.redoStack, invert);
  }

  redo(): string | undefined {
    return this.replay(this.redoStack, this.undoStack, (c) => c);
  }

  private replay(from: Change[], to: Change[], transform: (c: Change) => Change): string | undefined {
    this.ensureWritable();
    const change = from.pop();
    if (!change) return undefined;
    const { sidecar, conflicts } = apply(this.sidecar, transform(change));
    // What the undone change touched may have moved with text edits since: find it again in the text.
    const placed = this.fitToText(conflicts.reduce(force, sidecar));
    this.commit(placed, transform(change));
    to.push(change);
    return change.label;
  }

  /** Annotations whose text is not at their offsets (restored from history after edits) are re-anchored. */
  private fitToText(sidecar: Sidecar): Sidecar {
    const text = this.document.getText();
    const off = (a: Entity | Claim) => !a.orphan && text.slice(a.start, a.end) !== a.text;
    if (![...sidecar.entities, ...sidecar.claims].some(off)) return sidecar;
    const lost = { ...sidecar, entities: sidecar.entities.filter(off), claims: sidecar.claims.filter(off) };
    const found = reanchor(lost, text, this.file).sidecar;
    const byId = new Map([...found.entities, ...found.claims].map((a) => [a.id, a]));
    return { ...sidecar, entities: sidecar.entities.map((e) => (byId.get(e.id) as Entity) ?? e), claims: sidecar.claims.map((c) => (byId.get(c.id) as Claim) ?? c) };
  }

  private commit(sidecar: Sidecar, change: Change): void {
    this.live.reset(sidecar);
    this.pending.push(change);
    this.version++;
    this.changed();
    this.scheduleWrite();
  }

  private ensureWritable(): void {
    if (this.readOnly) {
      throw new UserError(`${this.sidecarName} has problems (see the Problems panel); fix them before annotating, so that nothing in it is lost`);
    }
  }

  get sidecarName(): string {
    return this.sidecarUri.path.split('/').pop()!;
  }

  private changed(): void {
    this.events.changed(this);
  }

  // ---- disk ----------------------------------------------------------------------------------------------

  /** Reads the sidecar (at open, or after it changed on disk), keeping local changes not yet written. */
  async loadFromDisk(): Promise<void> {
    const text = await readTextFile(this.sidecarUri);
    if (text !== undefined && text === this.diskText) return; // our own write coming back
    const documentText = this.document.getText();
    const opened = openDocument(documentText, text, this.document.uri.path, this.settings.core);
    this.file = opened.file;
    this.diskText = text;
    this.blocking = opened.problems;
    this.events.problems(this, opened.read?.problems ?? [], text);
    if (hasErrors(opened.problems)) {
      // Show what could be read; write nothing until the file is fixed.
      if (this.pending.length === 0) this.live.reset(opened.sidecar);
      this.changed();
      return;
    }
    this.disk = opened.read;
    let next = opened.sidecar;
    if (this.pending.length > 0) next = await this.replayPending(next);
    this.live.reset(next);
    // Re-anchored, or the text has unsaved edits: the offsets on disk are not the current ones.
    this.moved = opened.reanchored !== undefined || this.document.isDirty;
    this.version++;
    this.changed();
    if (this.hasUnwrittenChanges && !this.document.isDirty) this.scheduleWrite();
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
    if (conflicts.length === 0) return this.fitToText(sidecar);
    const keepMine = 'Keep mine';
    const choice = await vscode.window.showWarningMessage(
      `${this.sidecarName} changed on disk, and ${conflicts.length} of your annotation change${conflicts.length === 1 ? '' : 's'} not yet saved conflict with it.`,
      { modal: true, detail: 'Keep mine: your versions replace theirs. Keep theirs: your conflicting changes are discarded (the rest of yours are kept).' },
      keepMine,
      'Keep theirs',
    );
    if (choice === keepMine) sidecar = conflicts.reduce(force, sidecar);
    return this.fitToText(sidecar);
  }

  /** Soon, unless the text has unsaved edits: then at the next save, when offsets match the text on disk. */
  scheduleWrite(delay = 300): void {
    if (this.writeTimer) clearTimeout(this.writeTimer);
    if (this.document.isDirty) return;
    this.writeTimer = setTimeout(() => {
      this.writeTimer = undefined;
      void this.write().catch((err) => vscode.window.showErrorMessage(`Seed Annotator: could not write ${this.sidecarName}: ${(err as Error).message}`));
    }, delay);
  }

  /** Writes the sidecar now (after a save of the text, or when asked). Resolves when it is on disk. */
  write(): Promise<void> {
    this.writing = this.writing.then(() => this.writeNow());
    return this.writing;
  }

  private async writeNow(): Promise<void> {
    if (this.readOnly || this.document.isDirty || !this.hasUnwrittenChanges) return;
    const onDisk = await readTextFile(this.sidecarUri);
    if (onDisk !== this.diskText) {
      // Someone changed it since we read it: merge first, then write the result.
      await this.loadFromDisk();
      if (this.readOnly) return;
    }
    const text = this.document.getText();
    const next = { ...this.live.snapshot(text, this.file), textHash: textHashOf(text) };
    if (!next.document) Object.assign(next, { document: this.document.uri.path.split('/').pop() });
    const empty = next.entities.length === 0 && next.claims.length === 0 && next.rejected.length === 0;
    if (this.diskText === undefined && empty) {
      this.pending = [];
      this.moved = false;
      return; // nothing to keep: no sidecar for a document that was never annotated
    }
    const output = this.disk?.sidecar && this.disk.layout ? patchSidecar({ sidecar: this.disk.sidecar, layout: this.disk.layout }, next) : serializeSidecar(next);
    if (output !== this.diskText) await writeTextFileAtomically(this.sidecarUri, output);
    this.diskText = output;
    this.disk = loadSidecar(output, { labels: this.settings.core.labels });
    this.pending = [];
    this.moved = false;
  }

  /** The document closes: anything not yet written is written against the text on disk. */
  async close(): Promise<void> {
    if (this.writeTimer) clearTimeout(this.writeTimer);
    if (this.readOnly || !this.hasUnwrittenChanges) return;
    if (!this.document.isDirty) return this.write();
    // Unsaved text edits are being discarded: the annotations go back onto the text on disk.
    const diskText = await readTextFile(this.document.uri);
    if (diskText === undefined || this.pending.length === 0) return;
    const file = recognize(diskText, { fileName: this.document.uri.path, delimiters: this.settings.core.delimiters, boilerplate: this.settings.core.boilerplate });
    const placed = { ...reanchor(this.live.snapshot(this.document.getText(), this.file), diskText, file).sidecar, textHash: textHashOf(diskText) };
    const output = this.disk?.sidecar && this.disk.layout ? patchSidecar({ sidecar: this.disk.sidecar, layout: this.disk.layout }, placed) : serializeSidecar(placed);
    await writeTextFileAtomically(this.sidecarUri, output);
  }

  /** An annotation by id, at its current place (orphans at their last known one). */
  find(id: string): Annotation | undefined {
    const base = this.live.current;
    const e = base.entities.find((x) => x.id === id);
    if (e) return { ...e, ...this.placeOf(id, 'entities', e), kind: 'entity' };
    const c = base.claims.find((x) => x.id === id);
    if (!c) return undefined;
    const cue = this.live.cues.get(id);
    return { ...c, ...this.placeOf(id, 'claims', c), ...(cue ? { cue: { ...c.cue, start: cue.start, end: cue.end, text: cue.text } } : {}), kind: 'claim' };
  }

  /** Annotations that cover `offset`, innermost first. Cheap enough for hovers: no snapshot of the whole model. */
  at(offset: number): Annotation[] {
    const hits: Array<{ id: string; length: number }> = [];
    for (const index of [this.live.entities, this.live.claims]) {
      for (const span of index) if (span.start <= offset && offset < span.end) hits.push({ id: span.key, length: span.end - span.start });
    }
    return hits.sort((a, b) => a.length - b.length).map((h) => this.find(h.id)!).filter(Boolean);
  }

  /** Every annotation with its current place: entities and claims by start, then orphans. */
  list(): Annotation[] {
    const base = this.live.current;
    const all: Annotation[] = [...base.entities.map((e) => this.find(e.id)!), ...base.claims.map((c) => this.find(c.id)!)];
    return all.sort((a, b) => Number(Boolean(a.orphan)) - Number(Boolean(b.orphan)) || a.start - b.start || a.end - b.end);
  }

  private placeOf(id: string, index: 'entities' | 'claims', fallback: Entity | Claim): { start: number; end: number; text: string; orphan?: boolean } {
    const span = this.live[index].get(id);
    if (span) return { start: span.start, end: span.end, text: span.text };
    const last = this.live.orphanPlace(id) ?? fallback;
    return { start: last.start, end: last.start + last.text.length, text: last.text, orphan: true };
  }
}
