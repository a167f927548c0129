// One DocumentSession per open seed document: opened with it, fed its edits and saves, told when its sidecar
// changes on disk, closed with it. Sidecar problems go to the Problems panel.
import * as vscode from 'vscode';
import { Journal } from '../core/persist/journal';
import type { Problem } from '../core/problems';
import { lineStarts, positionAt } from '../core/text';
import { sidecarUriFor, storeFor, storePath } from './files';
import { DocumentSession } from './session';
import { SEED_LANGUAGE_ID, settings, type Settings } from './settings';

export class Sessions implements vscode.Disposable {
  private readonly sessions = new Map<string, DocumentSession>();
  private readonly opening = new Map<string, Promise<DocumentSession | undefined>>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('seed-annotator');
  private readonly emitter = new vscode.EventEmitter<DocumentSession>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private current: Settings = settings();
  private readonly journal: Journal | undefined;
  /** The model of a document changed: by an edit, a command, or its sidecar on disk. */
  readonly onDidChange = this.emitter.event;

  /**
   * `journalFolder`: the extension's storage, where annotation changes held for unsaved text are kept until it
   * is saved (so that quitting or a crash loses none of them).
   */
  constructor(
    journalFolder: vscode.Uri | undefined,
    private readonly notify: (message: string) => void = (m) => void vscode.window.showInformationMessage(m),
  ) {
    this.journal = journalFolder ? new Journal(storeFor(journalFolder), storePath(journalFolder)) : undefined;
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.yaml');
    const reload = (uri: vscode.Uri) => {
      for (const session of this.sessions.values()) {
        if (session.sidecarUri.toString() === uri.toString()) void this.guard(session.loadFromDisk(), session);
      }
    };
    this.subscriptions.push(
      this.diagnostics,
      this.emitter,
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidOpenTextDocument((doc) => void this.ensure(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => void this.close(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        const key = e.document.uri.toString();
        const apply = (session: DocumentSession | undefined) => {
          // An edit made while the session was opening counts only if the text it read did not have it yet.
          if (!session || session.textVersionRead >= e.document.version) return;
          session.applyTextChanges(e.contentChanges);
          this.emitter.fire(session);
        };
        const session = this.sessions.get(key);
        if (session) apply(session);
        else void this.opening.get(key)?.then(apply);
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        const session = this.sessions.get(doc.uri.toString());
        if (session) void this.guard(session.write(), session).then(() => this.emitter.fire(session));
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('seedAnnotator')) return;
        this.current = settings();
        for (const session of this.sessions.values()) session.reconfigure(this.current);
      }),
    );
    for (const doc of vscode.workspace.textDocuments) void this.ensure(doc);
  }

  get settings(): Settings {
    return this.current;
  }

  get(uri: vscode.Uri): DocumentSession | undefined {
    return this.sessions.get(uri.toString());
  }

  all(): DocumentSession[] {
    return [...this.sessions.values()];
  }

  /** The session of a seed document, opened on first use. Undefined for other documents. */
  ensure(document: vscode.TextDocument): Promise<DocumentSession | undefined> {
    const key = document.uri.toString();
    const existing = this.sessions.get(key);
    if (existing) return Promise.resolve(existing);
    if (document.languageId !== SEED_LANGUAGE_ID || document.uri.scheme === 'git' || document.uri.scheme === 'output') return Promise.resolve(undefined);
    let opening = this.opening.get(key);
    if (!opening) {
      opening = DocumentSession.open(document, sidecarUriFor(document.uri, this.current), this.current, {
        changed: (s) => this.emitter.fire(s),
        problems: (s, problems, text) => this.report(s, problems, text),
        notify: (_s, message) => this.notify(`Seed Annotator: ${message}`),
      }, this.journal).then(
        (session) => {
          this.sessions.set(key, session);
          this.opening.delete(key);
          this.emitter.fire(session);
          return session;
        },
        (err) => {
          this.opening.delete(key);
          void vscode.window.showErrorMessage(`Seed Annotator: could not open the annotations of ${document.uri.path.split('/').pop()}: ${(err as Error).message}`);
          return undefined;
        },
      );
      this.opening.set(key, opening);
    }
    return opening;
  }

  private async close(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const session = this.sessions.get(key);
    if (!session) return;
    this.sessions.delete(key);
    this.diagnostics.delete(session.sidecarUri);
    await this.guard(session.close(), session);
  }

  private report(session: DocumentSession, problems: readonly Problem[], text: string | undefined): void {
    if (problems.length === 0 || text === undefined) {
      this.diagnostics.delete(session.sidecarUri);
      return;
    }
    const starts = lineStarts(text);
    const position = (offset: number) => {
      const p = positionAt(starts, offset);
      return new vscode.Position(p.line, p.col);
    };
    this.diagnostics.set(
      session.sidecarUri,
      problems.map((p) => {
        const d = new vscode.Diagnostic(new vscode.Range(position(p.start), position(Math.max(p.end, p.start + 1))), `${p.path ? `${p.path}: ` : ''}${p.message}`, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
        d.source = 'Seed Annotator';
        return d;
      }),
    );
  }

  private async guard(work: Promise<void>, session: DocumentSession): Promise<void> {
    try {
      await work;
    } catch (err) {
      void vscode.window.showErrorMessage(`Seed Annotator (${session.sidecarName}): ${(err as Error).message}`);
    }
  }

  /** Before the extension host stops: every held change is in the journal. */
  async flushJournals(): Promise<void> {
    await Promise.all(this.all().map((s) => s.journalIdle()));
  }

  dispose(): void {
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }
}
