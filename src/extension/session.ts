// The annotations of one open seed document: the core session (store, history, sidecar sync) over VS Code's
// document, with the editor's dialogs and messages.
import * as vscode from 'vscode';
import type { LiveAnnotations } from '../core/anchoring/live';
import type { IdsInUse } from '../core/annotate';
import type { RecognizedFile } from '../core/documents';
import type { Change } from '../core/edit/operations';
import type { Sidecar } from '../core/model';
import type { Journal } from '../core/persist/journal';
import type { Problem } from '../core/problems';
import { AnnotationSession, SessionError, type Annotation } from '../core/session/session';
import type { AnnotationSummary, TextEffect } from '../core/session/store';
import { UserError } from './errors';
import { readTextFile, storeFor, storePath } from './files';
import type { Settings } from './settings';

export type { Annotation };

export interface SessionEvents {
  /** The model changed (decorations, status bar, tree). */
  changed(session: DocumentSession): void;
  /** The sidecar on disk has problems (or no longer has): shown in the Problems panel. */
  problems(session: DocumentSession, problems: readonly Problem[], sidecarText: string | undefined): void;
  /** A message for the user (a recovered save, restored changes). */
  notify(session: DocumentSession, message: string): void;
}

export class DocumentSession {
  private readonly core: AnnotationSession;

  private constructor(
    readonly document: vscode.TextDocument,
    readonly sidecarUri: vscode.Uri,
    settings: Settings,
    events: SessionEvents,
    journal: Journal | undefined,
  ) {
    this.core = new AnnotationSession(
      {
        uri: document.uri.toString(),
        fileName: document.uri.path,
        text: () => document.getText(),
        version: () => document.version,
        isDirty: () => document.isDirty,
        readDiskText: () => readTextFile(document.uri),
      },
      settings.core,
      {
        files: storeFor(sidecarUri),
        sidecarPath: storePath(sidecarUri),
        ...(journal ? { journal } : {}),
        resolveConflicts: (count, name) => askAboutConflicts(count, name),
        changed: () => events.changed(this),
        problems: (problems, text) => events.problems(this, problems, text),
        notify: (message) => events.notify(this, message),
        failed: (err) => void vscode.window.showErrorMessage(`Seed Annotator: could not write ${this.sidecarName}: ${err.message}`),
      },
    );
  }

  static async open(document: vscode.TextDocument, sidecarUri: vscode.Uri, settings: Settings, events: SessionEvents, journal?: Journal): Promise<DocumentSession> {
    const session = new DocumentSession(document, sidecarUri, settings, events, journal);
    await session.core.open();
    return session;
  }

  get uri(): vscode.Uri {
    return this.document.uri;
  }

  get version(): number {
    return this.core.version;
  }

  /** The document version of the text the annotations were last read against (edits up to it are in them). */
  get textVersionRead(): number {
    return this.core.sync.textVersionRead;
  }

  /** The annotations as they stand over the current text. */
  get sidecar(): Sidecar {
    return this.core.store.snapshot();
  }

  /** The documents of the text as it is now (recognised again after edits, when asked for). */
  get recognized(): RecognizedFile {
    return this.core.store.file;
  }

  get liveSpans(): LiveAnnotations {
    return this.core.store.spans;
  }

  /** The annotations as last reset (their fields; places come from liveSpans). */
  get current(): Sidecar {
    return this.core.store.current;
  }

  /** Ids in use (for new annotations). */
  get ids(): IdsInUse {
    return this.core.store.ids;
  }

  get counts(): { entities: number; claims: number; orphans: number } {
    return this.core.store.counts;
  }

  /** Problems of the sidecar on disk that stop writes until they are fixed. */
  get problems(): readonly Problem[] {
    return this.core.sync.problems;
  }

  get readOnly(): boolean {
    return this.core.sync.readOnly;
  }

  get hasUnwrittenChanges(): boolean {
    return this.core.sync.hasUnwrittenChanges;
  }

  /** Annotation changes held until the text is saved. */
  get waiting(): number {
    return this.core.sync.waiting;
  }

  get sidecarName(): string {
    return this.core.sync.sidecarName;
  }

  reconfigure(next: Settings): void {
    this.core.reconfigure(next.core);
  }

  /** Every text change comes in here (typing, paste, undo, a reload from disk). */
  applyTextChanges(changes: readonly vscode.TextDocumentContentChangeEvent[]): TextEffect {
    return this.core.textChanged(changes);
  }

  perform(change: Change): void {
    userErrors(() => this.core.perform(change));
  }

  undo(): string | undefined {
    return userErrors(() => this.core.undo());
  }

  redo(): string | undefined {
    return userErrors(() => this.core.redo());
  }

  loadFromDisk(): Promise<void> {
    return this.core.sync.loadFromDisk();
  }

  write(): Promise<void> {
    return this.core.sync.write();
  }

  /** Resolves once held changes are in the journal. */
  journalIdle(): Promise<void> {
    return this.core.sync.journalIdle();
  }

  close(): Promise<void> {
    return this.core.sync.close();
  }

  find(id: string): Annotation | undefined {
    return this.core.store.find(id);
  }

  /** Annotations at `offset`, innermost first; with `edges`, an offset at either end counts. */
  at(offset: number, edges = false): Annotation[] {
    return this.core.store.at(offset, edges);
  }

  list(): Annotation[] {
    return this.core.store.list();
  }

  /** What List Annotations shows of each annotation. */
  summaries(): AnnotationSummary[] {
    return this.core.store.summaries();
  }

  /** Annotations whose text is gone, at their last place. */
  orphans(): Annotation[] {
    return this.core.store.orphans();
  }

  nextStart(offset: number, direction: 1 | -1): number | undefined {
    return this.core.store.nextStart(offset, direction);
  }
}

function userErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof SessionError) throw new UserError(err.message);
    throw err;
  }
}

async function askAboutConflicts(count: number, sidecarName: string): Promise<'mine' | 'theirs'> {
  const keepMine = 'Keep mine';
  const choice = await vscode.window.showWarningMessage(
    `${sidecarName} changed on disk, and ${count} of your annotation change${count === 1 ? '' : 's'} not yet saved conflict with it.`,
    { modal: true, detail: 'Keep mine: your versions replace theirs. Keep theirs: your conflicting changes are discarded (the rest of yours are kept).' },
    keepMine,
    'Keep theirs',
  );
  return choice === keepMine ? 'mine' : 'theirs';
}
