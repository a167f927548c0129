// Activation time = evaluating our bundle + running activate(); not the wait in between, which is VS Code's.
import { bundleEvaluationStarted } from './clock';
import * as vscode from 'vscode';
import type { Sidecar } from '../core/model';
import { BundleLanguageAssigner } from './bundleLanguage';
import { registerAnnotateCommands } from './commands/annotate';
import type { CommandContext } from './commands/context';
import { registerManageCommands } from './commands/manage';
import { Decorations } from './decorations';
import { registerHover } from './hover';
import { LineEndingWarner } from './lineEndingWarning';
import { Sessions } from './sessions';
import { SettingsProblemReporter } from './settingsProblems';
import { SeedStatusBar } from './statusBar';
import { CorpusStore } from './corpus/corpusStore';
import { registerCanonicalViews, type CanonicalViews } from './corpus/register';
import { registerExportCommand } from './exportCommand';
import { registerImportCommand } from './importCommand';
import { registerTreeViews, type TreeViews } from './tree/register';
import { openSamples } from './tree/samples';
import { Warnings } from './warnings';
import type { Suggestion } from '../core/suggest/accept';
import { SuggestClient } from './suggest/client';
import { registerSuggestionCommands } from './suggest/commands';
import { SuggestionDecorations } from './suggest/decorations';
import { History } from './suggest/history';
import { SuggestionManager } from './suggest/suggestions';

/** What `activate()` returns: a small API for integration tests and other extensions. */
export interface SeedAnnotatorApi {
  /** The status bar item's text, or undefined while it is hidden. */
  statusBarText(): string | undefined;
  /** Milliseconds to evaluate the bundle plus to run activate() (reported by `npm run bench`). */
  readonly activationMs: number;
  /** The annotations of an open document as they stand over its current text. */
  model(uri: vscode.Uri): Promise<Sidecar | undefined>;
  /** What is drawn in the document's editors: offsets per decoration type (`entity:ORG`, `claim:unverified`, `cue`, `boilerplate`). */
  decorations(uri: vscode.Uri): Record<string, Array<[number, number]>>;
  /** Writes the document's pending annotation changes now (when its text has no unsaved edits). */
  flush(uri: vscode.Uri): Promise<void>;
  /** Resolves once the document's session has taken in its sidecar on disk again (after an outside change). */
  reload(uri: vscode.Uri): Promise<void>;
  /** Resolves once the document's held annotation changes are in the journal. */
  journalled(uri: vscode.Uri): Promise<void>;
  /** Annotation changes held until the text is saved. */
  waiting(uri: vscode.Uri): number;
  /** The document's suggestions as shown, and what is drawn of them (`suggestion:entity`, `suggestion:claim`). */
  suggestions(uri: vscode.Uri): readonly Suggestion[];
  suggestionsDrawn(uri: vscode.Uri): Record<string, Array<[number, number]>>;
  /** Resolves with the document's suggestions once they are made (suggesting it now if it was not). */
  suggested(uri: vscode.Uri): Promise<readonly Suggestion[]>;
  /** Every warning shown so far (settings problems, mixed line endings), oldest first. */
  warnings(): string[];
  /** The Documents view, as a test sees it. */
  readonly documentsView: {
    /** Children of an element (undefined: the top level), as the view gets them. */
    children(element?: unknown): Promise<unknown[]>;
    item(element: unknown): Promise<vscode.TreeItem>;
    /** The element of an annotation, revealed and selected in the view. */
    reveal(uri: vscode.Uri, id: string): Promise<unknown>;
    /** The view's selection and description ("12 of 40 done"). */
    selection(): readonly unknown[];
    description(): string | undefined;
    /** Documents by state over the workspace. */
    totals(): Promise<Record<string, number>>;
    /** How many times the workspace was listed (changes on disk are followed without listing it again). */
    scans(): number;
  };
  /** The Entities and Claims views, as a test sees them. */
  readonly canonicalViews: {
    entities(element?: unknown): Promise<unknown[]>;
    claims(element?: unknown): Promise<unknown[]>;
    item(element: unknown): Promise<vscode.TreeItem>;
  };
}

const bundleEvaluationMs = performance.now() - bundleEvaluationStarted;

let active: Sessions | undefined;

export function activate(context: vscode.ExtensionContext): SeedAnnotatorApi {
  const activateStarted = performance.now();
  const warnings = new Warnings();
  // A recovered save or restored changes are said once, and kept for the tests' `warnings()`.
  const sessions = new Sessions(context.storageUri ?? context.globalStorageUri, (message) => void warnings.show(message));
  active = sessions;
  const decorations = new Decorations(sessions, context.extensionUri);
  const corpus = new CorpusStore(sessions);
  const ctx: CommandContext = { sessions, decorations, lastLabel: undefined, corpus };
  const statusBar = new SeedStatusBar(sessions);
  // Suggestions: the worker (and the NLP libraries in it) starts with the first suggestion, not here.
  const log = vscode.window.createOutputChannel('Seed Annotator');
  const client = new SuggestClient(context.extensionUri, (m) => log.appendLine(m));
  const history = new History(sessions, corpus, client);
  const suggestions = new SuggestionManager(sessions, client, history, (m) => log.appendLine(m));
  const suggestionDecorations = new SuggestionDecorations(suggestions, decorations, () => sessions.settings.maxDecoratedSize);
  context.subscriptions.push(log, client, history, suggestions, suggestionDecorations, ...registerSuggestionCommands(ctx, suggestions));
  context.subscriptions.push(
    sessions,
    corpus,
    decorations,
    statusBar,
    new BundleLanguageAssigner(),
    new SettingsProblemReporter(warnings),
    new LineEndingWarner(warnings),
    registerHover(sessions, corpus),
    ...registerAnnotateCommands(ctx),
    ...registerManageCommands(ctx),
  );
  // The views are built right after activation returns: opening a seed does not wait for them.
  let built: { tree: TreeViews; canonical: CanonicalViews } | undefined;
  const views = new Promise<{ tree: TreeViews; canonical: CanonicalViews }>((resolve) => {
    setTimeout(() => {
      const tree = registerTreeViews(ctx, context.extensionUri, suggestions);
      const canonical = registerCanonicalViews(ctx, corpus, tree.index, context.extensionUri);
      context.subscriptions.push(...tree.disposables, ...canonical.disposables);
      built = { tree, canonical };
      resolve(built);
    }, 0);
  });
  context.subscriptions.push(
    vscode.commands.registerCommand('seedAnnotator.openSamples', () => openSamples(context.extensionUri, context.globalStorageUri)),
    registerExportCommand(ctx, async () => (await views).tree.index, context.workspaceState),
    registerImportCommand(ctx, async () => (await views).tree.index),
  );
  const session = async (uri: vscode.Uri) => sessions.get(uri) ?? (await sessions.ensure(await vscode.workspace.openTextDocument(uri)));
  return {
    statusBarText: () => statusBar.text,
    activationMs: bundleEvaluationMs + performance.now() - activateStarted,
    model: async (uri) => (await session(uri))?.sidecar,
    decorations: (uri) => decorations.drawnFor(uri),
    flush: async (uri) => (await session(uri))?.write(),
    reload: async (uri) => (await session(uri))?.loadFromDisk(),
    journalled: async (uri) => (await session(uri))?.journalIdle(),
    waiting: (uri) => sessions.get(uri)?.waiting ?? 0,
    warnings: () => warnings.all(),
    suggestions: (uri) => suggestions.list(uri),
    suggestionsDrawn: (uri) => suggestionDecorations.drawnFor(uri),
    suggested: async (uri) => {
      const s = await session(uri);
      if (!s) return [];
      if (suggestions.has(uri)) await suggestions.idle(uri);
      return suggestions.has(uri) ? suggestions.list(uri) : ((await suggestions.run(s)) ?? suggestions.list(uri));
    },
    documentsView: {
      children: async (element) => (await views).tree.documents.getChildren(element as never),
      item: async (element) => (await views).tree.documents.getTreeItem(element as never),
      reveal: async (uri, id) => {
        const { tree } = await views;
        const element = await tree.documents.annotationElement(uri, id);
        if (element) await tree.documentsView.reveal(element, { select: true, focus: false });
        return element;
      },
      selection: () => built?.tree.documentsView.selection ?? [],
      description: () => built?.tree.documentsView.description,
      totals: async () => (await views).tree.documents.totals(),
      scans: () => built?.tree.index.scans ?? 0,
    },
    canonicalViews: {
      entities: async (element) => (await views).canonical.entities.getChildren(element as never),
      claims: async (element) => (await views).canonical.claims.getChildren(element as never),
      item: async (element) => (await views).canonical.entities.getTreeItem(element as never),
    },
  };
}

/** Everything is disposed through context.subscriptions; held annotation changes are in the journal first. */
export function deactivate(): Promise<void> | undefined {
  return active?.flushJournals();
}
