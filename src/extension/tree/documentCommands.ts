// Commands of the Documents view and of document progress: open and reveal, mark done / skip / reopen, the next
// document to annotate, filter and sort, re-attach an orphan from the tree.
import * as vscode from 'vscode';
import { documentAround } from '../../core/documents';
import { CLAIM_STATUSES, type DocumentState } from '../../core/model';
import { stateChange, STATE_TITLES } from '../../core/progress';
import type { DocumentFilter, SortOrder } from '../../core/workspace/filter';
import { command, UserError, type CommandContext } from '../commands/context';
import type { DocumentSession } from '../session';
import type { DocumentsProvider } from './documentsView';
import type { MoreNode } from './nodes';
import type { WorkspaceIndex } from './workspaceIndex';

/** A document named by a tree element or by arguments: `{uri, doc}` (doc: a bundle's document id). */
interface DocumentArgs {
  readonly uri?: string | vscode.Uri;
  readonly doc?: string;
  readonly docId?: string;
}

interface AnnotationArgs {
  readonly uri: string | vscode.Uri;
  readonly id: string;
}

const toUri = (u: string | vscode.Uri) => (typeof u === 'string' ? vscode.Uri.parse(u) : u);

export function registerDocumentCommands(ctx: CommandContext, index: WorkspaceIndex, provider: DocumentsProvider): vscode.Disposable[] {
  const setState = (state: DocumentState | undefined) => (args?: DocumentArgs) => markDocument(ctx, args, state);
  return [
    command('seedAnnotator.revealAnnotation', (args: AnnotationArgs) => revealAnnotation(ctx, args)),
    command('seedAnnotator.openDocument', (args: DocumentArgs) => openDocument(ctx, args)),
    command('seedAnnotator.markDocumentDone', setState('done')),
    command('seedAnnotator.skipDocument', setState('skipped')),
    command('seedAnnotator.reopenDocument', setState(undefined)),
    command('seedAnnotator.nextDocument', () => nextDocument(ctx, index, provider)),
    command('seedAnnotator.refreshDocuments', () => index.refresh()),
    command('seedAnnotator.filterDocuments', (filter?: DocumentFilter) => filterDocuments(ctx, provider, filter)),
    command('seedAnnotator.clearDocumentsFilter', () => provider.setFilter({})),
    command('seedAnnotator.sortDocuments', (order?: SortOrder) => sortDocuments(provider, order)),
    command('seedAnnotator.showMoreInTree', (node: MoreNode) => provider.showMore(node)),
    command('seedAnnotator.reattachFromTree', (args: AnnotationArgs) => reattachFromTree(ctx, args)),
  ];
}

async function open(ctx: CommandContext, uri: vscode.Uri, preserveFocus: boolean): Promise<{ editor: vscode.TextEditor; session: DocumentSession }> {
  const editor = await vscode.window.showTextDocument(uri, { preserveFocus, preview: true });
  const session = await ctx.sessions.ensure(editor.document);
  if (!session) throw new UserError(`${uri.path.split('/').pop()} is not a seed document`);
  return { editor, session };
}

/** Opens the annotation's document and selects it (an orphan: the place it was last seen). */
async function revealAnnotation(ctx: CommandContext, args: AnnotationArgs): Promise<void> {
  const { editor, session } = await open(ctx, toUri(args.uri), true);
  const a = session.find(args.id);
  if (!a) throw new UserError(`no annotation with id "${args.id}" in ${editor.document.uri.path.split('/').pop()}`);
  const doc = editor.document;
  const range = new vscode.Range(doc.positionAt(a.start), doc.positionAt(a.orphan ? a.start : a.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function openDocument(ctx: CommandContext, args: DocumentArgs): Promise<void> {
  if (!args?.uri) throw new UserError('no document given');
  const { editor, session } = await open(ctx, toUri(args.uri), true);
  const docId = args.doc ?? args.docId;
  const target = docId !== undefined ? session.recognized.documents.find((d) => d.id === docId) : undefined;
  if (!target) return;
  const start = editor.document.positionAt(target.start);
  editor.selection = new vscode.Selection(start, start);
  editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.AtTop);
}

/** Sets a document's state: the one given, else the active editor's document at the cursor. Returns the state shown now. */
async function markDocument(ctx: CommandContext, args: DocumentArgs | undefined, state: DocumentState | undefined): Promise<string> {
  let session: DocumentSession | undefined;
  let docId = args?.doc ?? args?.docId;
  if (args?.uri) {
    session = await ctx.sessions.ensure(await vscode.workspace.openTextDocument(toUri(args.uri)));
    if (!session) throw new UserError(`${toUri(args.uri).path.split('/').pop()} is not a seed document`);
  } else {
    const editor = vscode.window.activeTextEditor;
    session = editor && (await ctx.sessions.ensure(editor.document));
    if (!editor || !session) throw new UserError('open a seed document, or choose one in the Documents view');
    docId ??= documentAround(session.recognized, editor.document.offsetAt(editor.selection.active))?.id;
  }
  const file = session.recognized;
  docId ??= file.documents[0]?.id;
  if (docId === undefined || !file.documents.some((d) => d.id === docId)) throw new UserError(`no document "${docId ?? ''}" in ${session.uri.path.split('/').pop()}`);
  session.perform(stateChange(session.current.progress, file, docId, state));
  const shown = state ?? (session.counts.entities + session.counts.claims > 0 ? 'in-progress' : 'todo');
  vscode.window.setStatusBarMessage(`Seed Annotator: ${docId} is ${STATE_TITLES[shown]}`, 3000);
  return shown;
}

/** Opens the next document to do after the active one, in the tree's order (wrapping around). */
async function nextDocument(ctx: CommandContext, index: WorkspaceIndex, provider: DocumentsProvider): Promise<string | undefined> {
  const files = await provider.treeOrder();
  const active = vscode.window.activeTextEditor;
  const activeKey = active?.document.uri.toString();
  const session = active && ctx.sessions.get(active.document.uri);
  const activeDoc = session && active ? documentAround(session.recognized, active.document.offsetAt(active.selection.active))?.id : undefined;
  const from = Math.max(0, files.findIndex((f) => f.toString() === activeKey));
  for (let step = 0; step <= files.length; step++) {
    const uri = files[(from + step) % files.length]!;
    const docs = await index.documents(uri);
    let candidates = docs;
    // In the active file, only documents after the cursor's (the ones before come at the end of the round).
    if (step === 0 && uri.toString() === activeKey) {
      const at = docs.findIndex((d) => d.id === activeDoc);
      candidates = index.isBundle(uri) && at >= 0 ? docs.slice(at + 1) : [];
    }
    const next = candidates.find((d) => d.state === 'todo');
    if (next) {
      await openDocument(ctx, { uri, doc: next.id });
      return `${uri.path.split('/').pop()}${index.isBundle(uri) ? `#${next.id}` : ''}`;
    }
  }
  void vscode.window.showInformationMessage('Seed Annotator: no document is left to do: each is in progress, done or skipped.');
  return undefined;
}

async function filterDocuments(ctx: CommandContext, provider: DocumentsProvider, given?: DocumentFilter): Promise<void> {
  if (given) return provider.setFilter(given);
  const now = provider.currentFilter;
  type Pick = vscode.QuickPickItem & { state?: DocumentState; label_?: string; status?: string; text?: true };
  const items: Pick[] = [
    { label: 'Document state', kind: vscode.QuickPickItemKind.Separator },
    ...(['todo', 'in-progress', 'done', 'skipped'] as const).map((s) => ({ label: STATE_TITLES[s], state: s, picked: now.states?.includes(s) ?? false })),
    { label: 'Entity labels', kind: vscode.QuickPickItemKind.Separator },
    ...ctx.sessions.settings.labels.map((l) => ({ label: l.name, label_: l.name, picked: now.labels?.includes(l.name) ?? false })),
    { label: 'Claim statuses', kind: vscode.QuickPickItemKind.Separator },
    ...CLAIM_STATUSES.map((s) => ({ label: s, status: s, picked: now.statuses?.includes(s) ?? false })),
    { label: 'Text', kind: vscode.QuickPickItemKind.Separator },
    { label: now.text ? `Text contains “${now.text}”…` : 'Text contains…', text: true, picked: Boolean(now.text) },
  ];
  const chosen = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Filter the Documents view', placeHolder: 'Show documents and annotations that match (none: show all)' });
  if (!chosen) return;
  let text: string | undefined;
  if (chosen.some((c) => c.text)) text = await vscode.window.showInputBox({ prompt: 'Show annotations whose text contains', value: now.text ?? '' });
  provider.setFilter({
    states: chosen.flatMap((c) => (c.state ? [c.state] : [])),
    labels: chosen.flatMap((c) => (c.label_ ? [c.label_] : [])),
    statuses: chosen.flatMap((c) => (c.status ? [c.status] : [])),
    ...(text ? { text } : {}),
  });
}

async function sortDocuments(provider: DocumentsProvider, given?: SortOrder): Promise<void> {
  const orders: Array<{ label: string; order: SortOrder }> = [
    { label: 'Name', order: 'name' },
    { label: 'Progress (in progress, to do, done, skipped)', order: 'progress' },
    { label: 'Most annotations', order: 'annotations' },
  ];
  const order = given ?? (await vscode.window.showQuickPick(orders.map((o) => ({ ...o, description: o.order === provider.sortOrder ? '(now)' : '' })), { placeHolder: 'Sort seed files by' }))?.order;
  if (order) provider.setOrder(order);
}

/** Selects where an orphan was last seen and asks for its new place. */
async function reattachFromTree(ctx: CommandContext, args: AnnotationArgs): Promise<void> {
  await revealAnnotation(ctx, args);
  const choice = await vscode.window.showInformationMessage('Select the text this orphan belongs on now, then choose Re-attach.', 'Re-attach to Selection');
  if (choice) await vscode.commands.executeCommand('seedAnnotator.reattachAnnotation', { uri: args.uri, id: args.id });
}
