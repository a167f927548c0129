// The tree views and what goes with them: the workspace index, the Documents view (its description, following
// the cursor), progress badges on seed files, and the commands.
import * as vscode from 'vscode';
import { lineStarts, positionAt } from '../../core/text';
import type { CommandContext } from '../commands/context';
import { readTextFile } from '../files';
import { SEED_LANGUAGE_ID } from '../settings';
import { registerDocumentCommands } from './documentCommands';
import { DocumentsProvider } from './documentsView';
import type { TreeNode } from './nodes';
import { ProgressBadges } from './progressBadges';
import { WorkspaceIndex } from './workspaceIndex';
import type { SuggestionManager } from '../suggest/suggestions';

const FOLLOW_DELAY = 300;

export interface TreeViews {
  readonly index: WorkspaceIndex;
  readonly documents: DocumentsProvider;
  readonly documentsView: vscode.TreeView<TreeNode>;
  readonly disposables: vscode.Disposable[];
}

export function registerTreeViews(ctx: CommandContext, extensionUri: vscode.Uri, suggestions: SuggestionManager): TreeViews {
  const index = new WorkspaceIndex(ctx.sessions);
  const lines = new Map<string, number[]>();
  const provider = new DocumentsProvider(index, {
    extensionUri,
    labelOrder: () => ctx.sessions.settings.core.labels,
    lineOf: (uri, offset) => {
      const open = ctx.sessions.get(uri);
      if (open) return open.document.positionAt(Math.min(offset, open.document.getText().length)).line + 1;
      const starts = lines.get(uri.toString());
      return starts ? positionAt(starts, offset).line + 1 : undefined;
    },
    suggestions: (uri) => suggestions.list(uri),
    prepareLines: async (uri) => {
      if (ctx.sessions.get(uri) || lines.has(uri.toString())) return;
      const text = await readTextFile(uri).catch(() => undefined);
      if (text !== undefined) lines.set(uri.toString(), lineStarts(text));
    },
  });
  const view = vscode.window.createTreeView('seedAnnotator.documents', { treeDataProvider: provider, showCollapseAll: true, canSelectMany: false });
  const badges = new ProgressBadges(index);
  const disposables: vscode.Disposable[] = [
    index,
    provider,
    view,
    badges,
    vscode.window.registerFileDecorationProvider(badges),
    provider.onDidChangeTotals((text) => (view.description = text)),
    index.onDidChange((change) => {
      for (const uri of change.files) lines.delete(uri.toString());
    }),
    followCursor(ctx, provider, view),
    ...registerDocumentCommands(ctx, index, provider),
  ];
  void index.ready().then(async () => {
    await vscode.commands.executeCommand('setContext', 'seedAnnotator.hasSeeds', index.allFiles().length > 0);
    await provider.loadTotals();
  });
  index.onDidChange(() => void vscode.commands.executeCommand('setContext', 'seedAnnotator.hasSeeds', index.allFiles().length > 0), undefined, disposables);
  suggestions.onDidChange((uri) => provider.suggestionsChanged(uri), undefined, disposables);
  return { index, documents: provider, documentsView: view, disposables };
}

/** Moving the cursor onto an annotation selects it in the view (setting seedAnnotator.tree.followCursor). */
function followCursor(ctx: CommandContext, provider: DocumentsProvider, view: vscode.TreeView<TreeNode>): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = vscode.window.onDidChangeTextEditorSelection((e) => {
    if (e.textEditor.document.languageId !== SEED_LANGUAGE_ID || !view.visible) return;
    if (!vscode.workspace.getConfiguration('seedAnnotator').get<boolean>('tree.followCursor', true)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const session = ctx.sessions.get(e.textEditor.document.uri);
      const here = session?.at(e.textEditor.document.offsetAt(e.textEditor.selection.active), true)[0];
      if (!here) return;
      void provider.annotationElement(e.textEditor.document.uri, here.id).then((element) => {
        if (element) return view.reveal(element, { select: true, focus: false, expand: false });
        return undefined;
      }).then(undefined, () => undefined); // not in the view (filtered out, or not summed up yet)
    }, FOLLOW_DELAY);
  });
  return new vscode.Disposable(() => {
    if (timer) clearTimeout(timer);
    listener.dispose();
  });
}
