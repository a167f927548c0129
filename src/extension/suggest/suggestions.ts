// The suggestions shown for each open seed document: asked of the worker when the document opens (a setting)
// or on request, and again once typing pauses; kept in step with edits meanwhile (shifted, or dropped where an
// edit touched them); filtered at once when an annotation or a rejection covers them.
import * as vscode from 'vscode';
import { CLAIM_TYPE, isRejected, suggestionKey, type Suggestion } from '../../core/suggest/accept';
import { suggestionRanges } from '../../core/suggest/ranges';
import type { Sidecar, SuggestionItem } from '../../core/model';
import type { RecognizedFile } from '../../core/documents';
import type { DocumentSession } from '../session';
import type { Sessions } from '../sessions';
import type { SuggestClient } from './client';
import type { History } from './history';

/** Typing pauses this long before the document is suggested again. */
const IDLE_DELAY = 1500;
/** The first suggestion waits at most this long for the workspace's sidecars to be read. */
const HISTORY_WAIT = 1500;
/** Keystrokes in a row are taken together before the list is filtered or shown again. */
const FILTER_DELAY = 150;

interface DocumentSuggestions {
  /** Made for an earlier version of the text, shifted since with each edit. */
  list: Suggestion[];
  running: boolean;
  /** The run under way. */
  pending?: Promise<unknown> | undefined;
  timer?: ReturnType<typeof setTimeout> | undefined;
  filterTimer?: ReturnType<typeof setTimeout> | undefined;
  shiftTimer?: ReturnType<typeof setTimeout> | undefined;
  /** Entities, claims and rejections when the list was last filtered. */
  counts?: [number, number, number] | undefined;
}

export class SuggestionManager implements vscode.Disposable {
  private readonly docs = new Map<string, DocumentSuggestions>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly seen = new WeakSet<DocumentSession>();
  private historyLoading: Promise<void> | undefined;
  private historyIn = false;
  private failureShown = false;
  /** A suggestion went ahead without the history: suggested again once it is in. */
  private historyLate = false;

  constructor(
    private readonly sessions: Sessions,
    private readonly client: SuggestClient,
    private readonly history: History,
    private readonly log: (message: string) => void,
  ) {
    const texts = vscode.workspace.createFileSystemWatcher('**/*.txt', true, false, false);
    this.subscriptions.push(
      this.emitter,
      sessions.onDidChange((session) => this.sessionChanged(session)),
      vscode.workspace.onDidChangeTextDocument((e) => this.textChanged(e)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      texts,
      // A document suggested without being open: its list is stale once its text changes on disk.
      texts.onDidChange((uri) => !sessions.get(uri) && this.forget(uri)),
      texts.onDidDelete((uri) => this.forget(uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) {
          const session = sessions.get(editor.document.uri);
          if (session && sessions.settings.suggestOnOpen && !this.docs.has(session.uri.toString())) void this.run(session);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('seedAnnotator.suggestions')) return;
        for (const session of sessions.all()) if (this.docs.has(session.uri.toString()) || sessions.settings.suggestOnOpen) void this.run(session);
      }),
    );
    for (const session of sessions.all()) this.sessionChanged(session);
  }

  /** The document's suggestions (empty before its first run). */
  list(uri: vscode.Uri): readonly Suggestion[] {
    return this.docs.get(uri.toString())?.list ?? [];
  }

  /** Whether the document has been suggested (its list is known, maybe empty). */
  has(uri: vscode.Uri): boolean {
    return this.docs.has(uri.toString());
  }

  /** Suggestions under an offset (either edge counts, as for annotations), or overlapping [start, end). */
  at(uri: vscode.Uri, start: number, end = start): Suggestion[] {
    return this.list(uri).filter((s) => (start === end ? s.start <= start && start <= s.end : s.start < end && start < s.end));
  }

  find(uri: vscode.Uri, key: string): Suggestion | undefined {
    return this.list(uri).find((s) => suggestionKey(s) === key);
  }

  /** Asks the worker for the document's suggestions now; resolves with them (undefined if a newer run replaced it). */
  async run(session: DocumentSession): Promise<readonly Suggestion[] | undefined> {
    const key = session.uri.toString();
    const state = this.docs.get(key) ?? { list: [], running: false };
    this.docs.set(key, state);
    clearTimeout(state.timer);
    state.timer = undefined;
    state.running = true;
    const version = session.document.version;
    const large = session.document.getText().length > 200_000;
    const ask = async () => {
      await this.learned();
      const sidecar = session.sidecar;
      return this.client.suggest({
        key,
        text: session.document.getText(),
        ranges: suggestionRanges(session.recognized),
        context: { entities: sidecar.entities, claims: sidecar.claims, rejected: sidecar.rejected },
        threshold: this.sessions.settings.suggestionThreshold,
      });
    };
    try {
      const asked = Promise.resolve(vscode.window.withProgress(
        { location: large ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window, title: `Suggesting annotations in ${session.uri.path.split('/').pop()}` },
        ask,
      ));
      state.pending = asked;
      const found = await asked;
      if (found === undefined || this.docs.get(key) !== state) return undefined;
      // Typed meanwhile: the answer is for an older text; the next run (scheduled by the edit) replaces it.
      if (session.document.version !== version) return undefined;
      const written = withWritten(found, session.document.getText(), session.current.suggestions ?? [], this.sessions.settings.suggestionThreshold);
      state.list = this.filtered(session, written);
      state.counts = countsOf(session);
      this.emitter.fire(session.uri);
      return state.list;
    } catch (err) {
      // Said once (a host that cannot start workers would say it for every document); the log has each.
      this.log(`could not suggest ${session.uri.path.split('/').pop()}: ${(err as Error).message}`);
      if (!this.failureShown) void vscode.window.showWarningMessage(`Seed Annotator: could not suggest annotations: ${(err as Error).message}`);
      this.failureShown = true;
      return undefined;
    } finally {
      state.running = false;
    }
  }

  /**
   * Suggests a document that is not open (Suggest Annotations in Workspace), from its text and sidecar on disk:
   * its list is kept for the tree and the commands until the document opens in an editor or changes on disk.
   */
  async suggestClosed(uri: vscode.Uri, text: string, file: RecognizedFile, sidecar: Sidecar | undefined): Promise<number | undefined> {
    await this.learned();
    const key = uri.toString();
    const found = await this.client.suggest({
      key,
      text,
      ranges: suggestionRanges(file),
      context: { entities: sidecar?.entities ?? [], claims: sidecar?.claims ?? [], rejected: sidecar?.rejected ?? [] },
      threshold: this.sessions.settings.suggestionThreshold,
    });
    if (found === undefined || this.sessions.get(uri)) return undefined;
    this.docs.set(key, { list: withWritten(found, text, sidecar?.suggestions ?? [], this.sessions.settings.suggestionThreshold), running: false });
    this.emitter.fire(uri);
    return this.docs.get(key)!.list.length;
  }

  /**
   * The annotator's history is read on the first suggestion; a large workspace (or a remote file system) does not
   * hold that suggestion up for long: once the history is in, the documents shown are suggested again.
   */
  private learned(): Promise<void> {
    if (!this.historyLoading) {
      this.historyLoading = this.history.ready().then(() => {
        this.historyIn = true;
        if (this.historyLate) for (const session of this.sessions.all()) if (this.docs.has(session.uri.toString())) void this.run(session);
      });
    }
    if (this.historyIn) return Promise.resolve();
    const loading = this.historyLoading;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.historyLate = true;
        resolve();
      }, HISTORY_WAIT);
      void loading.then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Resolves when no run for the document is under way or waiting for typing to pause. */
  async idle(uri: vscode.Uri): Promise<void> {
    for (;;) {
      const state = this.docs.get(uri.toString());
      if (!state || (!state.running && state.timer === undefined)) return;
      await (state.pending ?? new Promise((r) => setTimeout(r, 100))).catch(() => undefined);
      if (!state.running && state.timer !== undefined) await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Forgets the document's suggestions (closed). */
  forget(uri: vscode.Uri): void {
    const state = this.docs.get(uri.toString());
    if (!state) return;
    clearTimers(state);
    this.docs.delete(uri.toString());
    this.emitter.fire(uri);
  }

  private sessionChanged(session: DocumentSession): void {
    if (!this.seen.has(session)) {
      this.seen.add(session);
      // Documents opened in an editor, not those opened behind the scenes (Accept All Like This, import).
      const shown = vscode.window.visibleTextEditors.some((e) => e.document === session.document);
      if (this.sessions.settings.suggestOnOpen && shown) void this.run(session);
      return;
    }
    const state = this.docs.get(session.uri.toString());
    if (!state) return;
    // Sessions change with every keystroke too: the list is looked at again only when typing pauses, and only
    // when annotations or rejections came or went.
    clearTimeout(state.filterTimer);
    state.filterTimer = setTimeout(() => {
      state.filterTimer = undefined;
      const counts = countsOf(session);
      const before = state.counts;
      state.counts = counts;
      if (before && before.every((n, i) => n === counts[i])) return;
      const next = this.filtered(session, state.list);
      if (next.length !== state.list.length) {
        state.list = next;
        this.emitter.fire(session.uri);
      }
      // An annotation or a rejection taken back (undo, a sidecar from disk): what it hid may be suggested again.
      if (before && counts.some((n, i) => n < before[i]!) && !state.running) this.scheduleRun(session.uri, state);
    }, FILTER_DELAY);
  }

  /** After an accept or a reject: what it covers is gone from the list at once. */
  refilter(session: DocumentSession): void {
    const state = this.docs.get(session.uri.toString());
    if (!state) return;
    state.list = this.filtered(session, state.list);
    state.counts = countsOf(session);
    this.emitter.fire(session.uri);
  }

  private scheduleRun(uri: vscode.Uri, state: DocumentSuggestions): void {
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      const session = this.sessions.get(uri);
      if (session) void this.run(session);
    }, IDLE_DELAY);
  }

  /** Without those an annotation now covers (same span, or same label overlapping) or that were rejected. */
  private filtered(session: DocumentSession, list: readonly Suggestion[]): Suggestion[] {
    const current = session.current;
    return list.filter((s) => {
      if (isRejected(s, current.rejected)) return false;
      const annotated = session.at(s.start, false).concat(session.at(Math.max(s.start, s.end - 1), false));
      // The same span, or overlapping one of its kind: a claim, or an entity of the same label.
      return annotated.some((a) => a.kind === s.kind && ((a.start === s.start && a.end === s.end) || a.kind === 'claim' || a.type === s.type)) === false;
    });
  }

  private textChanged(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    const key = e.document.uri.toString();
    const state = this.docs.get(key);
    if (!state) return;
    // Each change is relative to the text after the previous one.
    let list = state.list;
    for (const c of e.contentChanges) {
      const delta = c.text.length - c.rangeLength;
      const end = c.rangeOffset + c.rangeLength;
      const next: Suggestion[] = [];
      for (const s of list) {
        if (s.end <= c.rangeOffset) next.push(s);
        else if (s.start >= end) next.push(delta === 0 ? s : shift(s, delta));
        // else the edit touched it: it comes back, if still suggested, with the next run
      }
      list = next;
    }
    state.list = list;
    // Decorations move with the text by themselves: what shows the list is told once typing pauses.
    clearTimeout(state.shiftTimer);
    state.shiftTimer = setTimeout(() => {
      state.shiftTimer = undefined;
      this.emitter.fire(e.document.uri);
    }, FILTER_DELAY);
    this.scheduleRun(e.document.uri, state);
  }

  dispose(): void {
    for (const state of this.docs.values()) clearTimers(state);
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }
}

/**
 * The suggestions written into the sidecar (`seed-annotator suggest --write`, or another tool) join the worker's,
 * where their text is still at their place and the worker did not suggest the same.
 */
export function withWritten(found: readonly Suggestion[], text: string, written: readonly SuggestionItem[], threshold: number): Suggestion[] {
  if (written.length === 0) return [...found];
  const keys = new Set(found.map(suggestionKey));
  const extra: Suggestion[] = [];
  for (const w of written) {
    if (text.slice(w.start, w.end) !== w.text || w.score < threshold) continue;
    const base = { start: w.start, end: w.end, text: w.text, score: w.score, engine: w.engine };
    const s: Suggestion =
      w.kind === 'claim'
        ? { ...base, kind: 'claim', type: CLAIM_TYPE, ...(w.source ? { source: { ...w.source } } : {}), ...(w.cue ? { cue: { ...w.cue } } : {}) }
        : { ...base, kind: 'entity', type: w.type ?? '', ...(w.link !== undefined ? { link: w.link } : {}) };
    if (s.kind === 'entity' && !s.type) continue;
    if (!keys.has(suggestionKey(s))) extra.push(s);
  }
  return [...found, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
}

function countsOf(session: DocumentSession): [number, number, number] {
  const { entities, claims } = session.counts;
  return [entities, claims, session.current.rejected.length];
}

function clearTimers(state: DocumentSuggestions): void {
  for (const t of [state.timer, state.filterTimer, state.shiftTimer]) clearTimeout(t);
}

function shift(s: Suggestion, delta: number): Suggestion {
  const moved = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: span.start + delta, end: span.end + delta });
  if (s.kind === 'entity') return moved(s);
  return { ...moved(s), ...(s.source ? { source: moved(s.source) } : {}), ...(s.cue ? { cue: moved(s.cue) } : {}) };
}
