// corpus.yaml in the editor: its store, the Entities and Claims views, the linking commands.
import * as vscode from 'vscode';
import type { CommandContext } from '../commands/context';
import type { WorkspaceIndex } from '../tree/workspaceIndex';
import { registerCanonicalCommands } from './canonicalCommands';
import { CanonicalModel, ClaimsView, EntitiesView, type CanonicalNode } from './canonicalViews';
import type { CorpusStore } from './corpusStore';

export interface CanonicalViews {
  readonly entities: EntitiesView;
  readonly claims: ClaimsView;
  readonly disposables: vscode.Disposable[];
}

export function registerCanonicalViews(ctx: CommandContext, corpus: CorpusStore, index: WorkspaceIndex, extensionUri: vscode.Uri): CanonicalViews {
  const model = new CanonicalModel(index, corpus);
  const entities = new EntitiesView(model, extensionUri);
  const claims = new ClaimsView(model, extensionUri);
  const entitiesView = vscode.window.createTreeView<CanonicalNode>('seedAnnotator.entities', { treeDataProvider: entities, showCollapseAll: true });
  const claimsView = vscode.window.createTreeView<CanonicalNode>('seedAnnotator.claims', { treeDataProvider: claims, showCollapseAll: true });
  return { entities, claims, disposables: [model, entities, claims, entitiesView, claimsView, ...registerCanonicalCommands(ctx, corpus)] };
}
