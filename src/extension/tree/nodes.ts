// The Documents view's elements. Each has a stable key (its tree item id) (so that `reveal` and expansion state survive refreshes)
// and knows its parent (for `reveal`). Annotation elements carry `uri` and `id`: the editor's commands take
// them as their arguments.
import type * as vscode from 'vscode';
import type { Suggestion } from '../../core/suggest/accept';
import type { AnnotationRef } from '../../core/workspace/summary';

export type GroupKind = 'entities' | 'claims' | 'orphans' | 'suggestions';

export interface FolderNode {
  readonly kind: 'folder';
  readonly key: string;
  readonly root: vscode.WorkspaceFolder;
  /** '' for the workspace folder itself. */
  readonly path: string;
}

export interface FileNode {
  readonly kind: 'file';
  readonly key: string;
  readonly root: vscode.WorkspaceFolder;
  readonly path: string;
  readonly uri: vscode.Uri;
}

/** A document of a bundle (a seed file is its own document: its file node stands for it). */
export interface DocumentNode {
  readonly kind: 'document';
  readonly key: string;
  readonly file: FileNode;
  readonly uri: vscode.Uri;
  readonly docId: string;
}

export interface GroupNode {
  readonly kind: 'group';
  readonly key: string;
  readonly parent: FileNode | DocumentNode;
  readonly uri: vscode.Uri;
  readonly docId: string;
  readonly group: GroupKind;
  /** How many it holds, where the summary does not say (suggestions). */
  readonly count?: number;
}

/** The entities of one label, or the claims of one status. */
export interface LabelNode {
  readonly kind: 'label';
  readonly key: string;
  readonly parent: GroupNode;
  readonly uri: vscode.Uri;
  readonly label: string;
}

export interface AnnotationNode {
  readonly kind: 'annotation';
  readonly key: string;
  readonly parent: LabelNode | GroupNode;
  readonly uri: vscode.Uri;
  /** The annotation's id (the commands' `id` argument). */
  readonly id: string;
  readonly ref: AnnotationRef;
}

/** A suggestion of an open document; `uri` and `suggestionKey` are the accept/reject commands' arguments. */
export interface SuggestionNode {
  readonly kind: 'suggestion';
  readonly key: string;
  readonly parent: GroupNode;
  readonly uri: vscode.Uri;
  readonly suggestionKey: string;
  readonly suggestion: Suggestion;
}

/** "Show more": long lists come in pages. */
export interface MoreNode {
  readonly kind: 'more';
  readonly key: string;
  readonly parent: LabelNode | GroupNode;
  readonly hidden: number;
}

export type TreeNode = FolderNode | FileNode | DocumentNode | GroupNode | LabelNode | AnnotationNode | SuggestionNode | MoreNode;

export const nodeIds = {
  folder: (root: vscode.WorkspaceFolder, path: string) => `folder:${root.uri.toString()}/${path}`,
  file: (uri: vscode.Uri) => `file:${uri.toString()}`,
  document: (uri: vscode.Uri, docId: string) => `doc:${uri.toString()}#${docId}`,
  group: (uri: vscode.Uri, docId: string, group: GroupKind) => `group:${uri.toString()}#${docId}/${group}`,
  label: (group: GroupNode, label: string) => `${group.key}/${label}`,
  annotation: (uri: vscode.Uri, id: string) => `ann:${uri.toString()}#${id}`,
  suggestion: (uri: vscode.Uri, key: string) => `sug:${uri.toString()}#${key}`,
};
