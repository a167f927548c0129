// How each element of the Documents view looks: labels, descriptions with counts and states, icons and colours
// matching the decorations, context values for the menus, and what a click does.
import * as vscode from 'vscode';
import type { Suggestion } from '../../core/suggest/accept';
import type { ClaimStatus } from '../../core/model';
import { STATE_TITLES } from '../../core/progress';
import type { DocumentSummary } from '../../core/workspace/summary';
import { CONTRIBUTED_LABELS, labelColorId } from '../decorations';
import type { TreeNode } from './nodes';
import type { WorkspaceIndex } from './workspaceIndex';

export interface ItemContext {
  readonly extensionUri: vscode.Uri;
  /** Labels in the order of the setting. */
  labelOrder(): readonly string[];
  /** 1-based line of an offset in a file (undefined when the text cannot be read). */
  lineOf(uri: vscode.Uri, offset: number): number | undefined;
  /** Reads what lineOf needs for a file, before its annotations are shown. */
  prepareLines(uri: vscode.Uri): Promise<void>;
  /** The suggestions shown in an open document. */
  suggestions(uri: vscode.Uri): readonly Suggestion[];
}

const GROUP_TITLES = { entities: 'Entities', claims: 'Claims', orphans: 'Orphans', suggestions: 'Suggestions' } as const;
const GROUP_ICONS = { entities: 'tag', claims: 'comment-discussion', orphans: 'warning', suggestions: 'sparkle' } as const;
const STATE_ICONS = { todo: 'circle-large-outline', 'in-progress': 'circle-large-filled', done: 'pass', skipped: 'circle-slash' } as const;

export function entityColor(label: string): vscode.ThemeColor {
  return new vscode.ThemeColor(CONTRIBUTED_LABELS.has(label) ? labelColorId(label) : 'seedAnnotator.label.other');
}

export function claimIcon(extensionUri: vscode.Uri, status: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media', `claim-${status}.svg`);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "done · 12 entities · 3 claims · 1 orphan" */
export function documentDescription(docs: readonly DocumentSummary[] | undefined, withState: boolean): string {
  if (!docs) return '';
  const entities = docs.reduce((n, d) => n + d.entities, 0);
  const claims = docs.reduce((n, d) => n + d.claims, 0);
  const orphans = docs.reduce((n, d) => n + d.orphans, 0);
  const parts: string[] = [];
  if (withState && docs.length === 1) parts.push(STATE_TITLES[docs[0]!.state]);
  if (docs.length > 1) parts.push(`${docs.filter((d) => d.state === 'done').length} of ${plural(docs.length, 'document')} done`);
  if (entities) parts.push(plural(entities, 'entity', 'entities'));
  if (claims) parts.push(plural(claims, 'claim'));
  if (orphans) parts.push(plural(orphans, 'orphan'));
  return parts.join(' · ');
}

function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function treeItemFor(node: TreeNode, ctx: ItemContext, index: WorkspaceIndex): vscode.TreeItem {
  const C = vscode.TreeItemCollapsibleState;
  switch (node.kind) {
    case 'folder': {
      const name = node.path === '' ? node.root.name : node.path.split('/').pop()!;
      const item = new vscode.TreeItem(name, C.Collapsed);
      item.id = node.key;
      item.iconPath = vscode.ThemeIcon.Folder;
      item.resourceUri = vscode.Uri.joinPath(node.root.uri, node.path);
      item.contextValue = 'seedFolder';
      const files = index.catalog(node.root)?.under(node.path) ?? [];
      const known = files.map((p) => index.peek(vscode.Uri.joinPath(node.root.uri, p)));
      if (known.every((s) => s !== undefined) && !files.some((p) => index.isBundle(vscode.Uri.joinPath(node.root.uri, p)))) {
        const docs = known.flatMap((s) => s!.documents);
        item.description = `${docs.filter((d) => d.state === 'done').length} of ${docs.length} done`;
      } else item.description = plural(files.length, 'file');
      return item;
    }
    case 'file': {
      const summary = index.peek(node.uri);
      const item = new vscode.TreeItem(node.path.split('/').pop()!, C.Collapsed);
      item.id = node.key;
      item.resourceUri = node.uri;
      const bundle = index.isBundle(node.uri);
      const state = !bundle && summary ? summary.documents[0]?.state : undefined;
      item.iconPath = bundle ? new vscode.ThemeIcon('files') : state ? new vscode.ThemeIcon(STATE_ICONS[state]) : vscode.ThemeIcon.File;
      item.description = documentDescription(summary?.documents, true) + (summary?.errors ? ' · sidecar has problems' : '');
      item.contextValue = bundle ? 'seedBundle' : `seedFile.${state ?? 'todo'}`;
      item.command = { command: 'seedAnnotator.openDocument', title: 'Open', arguments: [{ uri: node.uri }] };
      item.tooltip = `${node.path}${summary?.errors ? '\nIts sidecar has problems: see the Problems panel once it is open.' : ''}`;
      return item;
    }
    case 'document': {
      const doc = index.peek(node.uri)?.documents.find((d) => d.id === node.docId);
      const item = new vscode.TreeItem(node.docId, C.Collapsed);
      item.id = node.key;
      const state = doc?.state ?? 'todo';
      item.iconPath = new vscode.ThemeIcon(STATE_ICONS[state]);
      item.description = documentDescription(doc ? [doc] : [{ id: node.docId, stored: undefined, state, entities: 0, claims: 0, orphans: 0, labels: {}, statuses: {}, annotations: [] }], true);
      item.contextValue = `seedDocument.${state}`;
      item.command = { command: 'seedAnnotator.openDocument', title: 'Open', arguments: [{ uri: node.uri, doc: node.docId }] };
      return item;
    }
    case 'group': {
      const doc = index.peek(node.uri)?.documents.find((d) => (index.isBundle(node.uri) ? d.id === node.docId : true));
      const count = node.group === 'suggestions' ? node.count : node.group === 'entities' ? doc?.entities : node.group === 'claims' ? doc?.claims : doc?.orphans;
      const item = new vscode.TreeItem(GROUP_TITLES[node.group], node.group === 'orphans' ? C.Expanded : C.Collapsed);
      item.id = node.key;
      const placed = node.group === 'entities' || node.group === 'claims';
      item.description = count !== undefined ? String(!placed ? count : count - (doc?.annotations.filter((a) => a.orphan && a.kind === (node.group === 'entities' ? 'entity' : 'claim')).length ?? 0)) : '';
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group]);
      item.contextValue = `group.${node.group}`;
      return item;
    }
    case 'label': {
      const doc = index.peek(node.uri)?.documents.find((d) => (index.isBundle(node.uri) ? d.id === node.parent.docId : true));
      const claims = node.parent.group === 'claims';
      const count = doc?.annotations.filter((a) => !a.orphan && a.label === node.label && (a.kind === 'claim') === claims).length;
      const item = new vscode.TreeItem(node.label, C.Collapsed);
      item.id = node.key;
      item.description = count !== undefined ? String(count) : '';
      item.iconPath = claims ? claimIcon(ctx.extensionUri, node.label) : new vscode.ThemeIcon('tag', entityColor(node.label));
      item.contextValue = claims ? 'claimStatus' : 'entityLabel';
      return item;
    }
    case 'annotation': {
      const { ref } = node;
      const item = new vscode.TreeItem(oneLine(ref.text) || '(empty)', C.None);
      item.id = node.key;
      const line = ctx.lineOf(node.uri, ref.start);
      const where = line !== undefined ? `line ${line}` : '';
      item.description = [ref.kind === 'entity' ? ref.label : ref.source ? `— ${oneLine(ref.source, 30)}` : '', ref.link ? `→ ${ref.link}` : '', where].filter(Boolean).join(' · ');
      item.iconPath = ref.orphan ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : ref.kind === 'claim' ? claimIcon(ctx.extensionUri, ref.label as ClaimStatus) : new vscode.ThemeIcon('symbol-field', entityColor(ref.label));
      item.contextValue = ref.orphan ? `orphan.${ref.kind}` : ref.kind;
      item.tooltip = new vscode.MarkdownString().appendText(`${ref.kind === 'entity' ? ref.label : `Claim (${ref.label})`}${ref.orphan ? ' — orphan: its text is gone; re-attach it' : ''}\n\n${ref.text}`);
      item.command = { command: 'seedAnnotator.revealAnnotation', title: 'Show', arguments: [{ uri: node.uri, id: node.id }] };
      return item;
    }
    case 'suggestion': {
      const s = node.suggestion;
      const item = new vscode.TreeItem(oneLine(s.text) || '(empty)', C.None);
      item.id = node.key;
      const line = ctx.lineOf(node.uri, s.start);
      item.description = [`${s.kind === 'claim' ? 'claim' : s.type}?`, `${Math.round(s.score * 100)}%`, line !== undefined ? `line ${line}` : ''].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon('sparkle', s.kind === 'entity' ? entityColor(s.type) : undefined);
      item.contextValue = `suggestion.${s.kind}`;
      item.tooltip = new vscode.MarkdownString().appendText(`Suggested ${s.kind === 'claim' ? 'claim' : s.type} (${s.engine})\n\n${s.text}`);
      item.command = { command: 'seedAnnotator.revealSuggestion', title: 'Show', arguments: [{ uri: node.uri, suggestionKey: node.suggestionKey }] };
      return item;
    }
    case 'more': {
      const item = new vscode.TreeItem(`Show ${Math.min(node.hidden, 200)} more…`, C.None);
      item.id = node.key;
      item.description = `${node.hidden} not shown`;
      item.command = { command: 'seedAnnotator.showMoreInTree', title: 'Show more', arguments: [node] };
      return item;
    }
  }
}
