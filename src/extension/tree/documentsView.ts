// The Documents view: workspace folder → folders → seed files → documents (bundles) → Entities (by label),
// Claims (by status), Orphans → annotations. Built lazily from the index; refreshed one node at a time.
import * as vscode from 'vscode';
import { CLAIM_STATUSES } from '../../core/model';
import { countStates, type AnnotationRef, type DocumentSummary } from '../../core/workspace/summary';
import { isEmptyFilter, matchesAnnotation, matchesDocument, sortBy, type DocumentFilter, type SortOrder } from '../../core/workspace/filter';
import { suggestionKey, type Suggestion } from '../../core/suggest/accept';
import { nodeIds, type AnnotationNode, type DocumentNode, type FileNode, type FolderNode, type GroupKind, type GroupNode, type LabelNode, type MoreNode, type SuggestionNode, type TreeNode } from './nodes';
import { treeItemFor, type ItemContext } from './treeItems';
import { relativePath, type IndexChange, type WorkspaceIndex } from './workspaceIndex';

const PAGE = 200;
const TOTALS_DELAY = 300;

export class DocumentsProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly totalsEmitter = new vscode.EventEmitter<string>();
  /** "12 of 40 done", once every file's state is known. */
  readonly onDidChangeTotals = this.totalsEmitter.event;
  private readonly shown = new Map<string, TreeNode>();
  private readonly limits = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private totalsTimer: ReturnType<typeof setTimeout> | undefined;
  private filter: DocumentFilter = {};
  private order: SortOrder = 'name';

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly items: ItemContext,
  ) {
    this.subscriptions.push(this.emitter, this.totalsEmitter, index.onDidChange((change) => this.changed(change)));
  }

  get currentFilter(): DocumentFilter {
    return this.filter;
  }

  get sortOrder(): SortOrder {
    return this.order;
  }

  setFilter(filter: DocumentFilter): void {
    this.filter = filter;
    void vscode.commands.executeCommand('setContext', 'seedAnnotator.documentsFiltered', !isEmptyFilter(filter));
    this.refresh();
  }

  setOrder(order: SortOrder): void {
    this.order = order;
    this.refresh();
  }

  refresh(node?: TreeNode): void {
    this.emitter.fire(node);
  }

  /** Reads every file's summary in the background, then reports the totals. */
  async loadTotals(): Promise<void> {
    await this.index.ready();
    const files = this.index.allFiles();
    await this.index.summaries(files);
    await Promise.all(files.filter((f) => this.index.isBundle(f)).map((f) => this.index.documents(f)));
    this.reportTotals();
  }

  /** Documents by state over the workspace (what is known so far). */
  async totals(): Promise<ReturnType<typeof countStates>> {
    await this.index.ready();
    const docs: DocumentSummary[][] = [];
    for (const f of this.index.allFiles()) docs.push([...(await this.index.documents(f))]);
    return countStates(docs.map((documents) => ({ documents, errors: 0 })));
  }

  private reportTotals(): void {
    if (this.totalsTimer) clearTimeout(this.totalsTimer);
    this.totalsTimer = setTimeout(() => {
      this.totalsTimer = undefined;
      void this.totals().then((t) => this.totalsEmitter.fire(t.total === 0 ? '' : `${t.done} of ${t.total} done`));
    }, TOTALS_DELAY);
  }

  private changed(change: IndexChange): void {
    for (const { root, path } of change.folders) {
      const node = this.shown.get(nodeIds.folder(root, path));
      this.refresh(path === '' && this.index.roots().length <= 1 ? undefined : node);
    }
    for (const uri of change.files) {
      const node = this.shown.get(nodeIds.file(uri));
      if (node) this.refresh(node);
    }
    this.reportTotals();
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return treeItemFor(node, this.items, this.index);
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    const children = await this.childrenOf(node);
    for (const c of children) this.shown.set(c.key, c);
    return children;
  }

  private async childrenOf(node: TreeNode | undefined): Promise<TreeNode[]> {
    if (!node) {
      await this.index.ready();
      const roots = this.index.roots();
      if (roots.length === 1) return this.folderChildren(this.folderNode(roots[0]!, ''));
      return roots.map((root) => this.folderNode(root, ''));
    }
    switch (node.kind) {
      case 'folder':
        return this.folderChildren(node);
      case 'file':
        if (this.index.isBundle(node.uri)) {
          const docs = await this.index.documents(node.uri);
          return docs.filter((d) => matchesDocument(this.filter, d)).map((d) => this.documentNode(node, d.id));
        }
        return this.groups(node, (await this.index.documents(node.uri))[0], await this.suggestionsIn(node.uri, undefined));
      case 'document':
        return this.groups(node, await this.documentSummary(node.uri, node.docId), await this.suggestionsIn(node.uri, node.docId));
      case 'group':
        await this.items.prepareLines(node.uri);
        if (node.group === 'suggestions') return this.suggestionNodes(node, await this.suggestionsIn(node.uri, node.docId));
        return this.groupChildren(node);
      case 'label': {
        await this.items.prepareLines(node.uri);
        const doc = await this.documentSummary(node.uri, node.parent.docId);
        return this.page(node, (doc?.annotations ?? []).filter((a) => !a.orphan && a.label === node.label && matchesAnnotation(this.filter, a)));
      }
      default:
        return [];
    }
  }

  getParent(node: TreeNode): TreeNode | undefined {
    switch (node.kind) {
      case 'folder':
        return this.parentFolder(node.root, node.path);
      case 'file':
        return this.parentFolder(node.root, node.path);
      case 'document':
        return node.file;
      case 'group':
      case 'label':
      case 'annotation':
      case 'suggestion':
      case 'more':
        return node.parent;
    }
  }

  private parentFolder(root: vscode.WorkspaceFolder, path: string): FolderNode | undefined {
    if (path === '') return undefined;
    const i = path.lastIndexOf('/');
    const parent = i < 0 ? '' : path.slice(0, i);
    if (parent === '' && this.index.roots().length <= 1) return undefined;
    return this.folderNode(root, parent);
  }

  private async folderChildren(folder: FolderNode): Promise<TreeNode[]> {
    const catalog = this.index.catalog(folder.root);
    if (!catalog) return [];
    const files = catalog.files(folder.path).map((path) => this.fileNode(folder.root, path));
    const subfolders = catalog.subfolders(folder.path).map((path) => this.folderNode(folder.root, path));
    const unknown = files.filter((f) => !this.index.peek(f.uri));
    if (unknown.length > 0) {
      // Counts and states fill in once read: the folder is shown at once, refreshed when they are known.
      void this.index.summaries(unknown.map((f) => f.uri)).then(() => this.refresh(this.index.roots().length <= 1 && folder.path === '' ? undefined : folder));
    }
    const summaryOf = (f: FileNode) => this.index.peek(f.uri)?.documents;
    const visible = this.filter.states?.length || this.filter.labels?.length || this.filter.statuses?.length || this.filter.text ? files.filter((f) => summaryOf(f)?.some((d) => matchesDocument(this.filter, d)) ?? true) : files;
    return [...subfolders, ...sortBy(visible, this.order, (f) => f.path, summaryOf)];
  }

  private groups(parent: FileNode | DocumentNode, doc: DocumentSummary | undefined, suggestions: readonly Suggestion[]): GroupNode[] {
    if (!doc) return [];
    const visible = doc.annotations.filter((a) => matchesAnnotation(this.filter, a));
    const kinds: GroupKind[] = [];
    if (visible.some((a) => a.kind === 'entity' && !a.orphan)) kinds.push('entities');
    if (visible.some((a) => a.kind === 'claim' && !a.orphan)) kinds.push('claims');
    if (visible.some((a) => a.orphan)) kinds.push('orphans');
    const groups = kinds.map((group) => this.groupNode(parent, doc.id, group));
    if (suggestions.length > 0) groups.push({ ...this.groupNode(parent, doc.id, 'suggestions'), count: suggestions.length });
    return groups;
  }

  /** The suggestions shown in an open document (of one of its documents, in a bundle). */
  private async suggestionsIn(uri: vscode.Uri, docId: string | undefined): Promise<readonly Suggestion[]> {
    const all = this.items.suggestions(uri);
    if (all.length === 0 || docId === undefined || !this.index.isBundle(uri)) return all;
    const doc = (await this.index.recognized(uri))?.documents.find((d) => d.id === docId);
    return doc ? all.filter((s) => doc.bodyStart <= s.start && s.end <= doc.bodyEnd) : [];
  }

  /** An open document's suggestions changed: its file (and what is under it) is drawn again. */
  suggestionsChanged(uri: vscode.Uri): void {
    const node = this.shown.get(nodeIds.file(uri));
    if (node) this.refresh(node);
  }

  private suggestionNodes(group: GroupNode, list: readonly Suggestion[]): TreeNode[] {
    const limit = this.limits.get(group.key) ?? PAGE;
    const nodes: TreeNode[] = list.slice(0, limit).map((suggestion): SuggestionNode => {
      const key = suggestionKey(suggestion);
      return { kind: 'suggestion', key: nodeIds.suggestion(group.uri, key), parent: group, uri: group.uri, suggestionKey: key, suggestion };
    });
    if (list.length > limit) nodes.push({ kind: 'more', key: `${group.key}/more`, parent: group, hidden: list.length - limit } satisfies MoreNode);
    return nodes;
  }

  private async groupChildren(group: GroupNode): Promise<TreeNode[]> {
    const doc = await this.documentSummary(group.uri, group.docId);
    const visible = (doc?.annotations ?? []).filter((a) => matchesAnnotation(this.filter, a));
    if (group.group === 'orphans') return this.page(group, visible.filter((a) => a.orphan));
    const kind = group.group === 'entities' ? 'entity' : 'claim';
    const labels = new Set(visible.filter((a) => a.kind === kind && !a.orphan).map((a) => a.label));
    const ordered = kind === 'claim' ? CLAIM_STATUSES.filter((s) => labels.has(s)) : [...this.items.labelOrder().filter((l) => labels.has(l)), ...[...labels].filter((l) => !this.items.labelOrder().includes(l)).sort()];
    return ordered.map((label) => this.labelNode(group, label));
  }

  private page(parent: LabelNode | GroupNode, refs: readonly AnnotationRef[]): TreeNode[] {
    const limit = this.limits.get(parent.key) ?? PAGE;
    const nodes: TreeNode[] = refs.slice(0, limit).map((ref) => this.annotationNode(parent, ref));
    if (refs.length > limit) nodes.push({ kind: 'more', key: `${parent.key}/more`, parent, hidden: refs.length - limit } satisfies MoreNode);
    return nodes;
  }

  /** Every seed file in the tree's order (folders first, each sorted as the view is). */
  async treeOrder(): Promise<vscode.Uri[]> {
    await this.index.ready();
    const out: vscode.Uri[] = [];
    const walk = (folder: FolderNode) => {
      const catalog = this.index.catalog(folder.root)!;
      for (const sub of catalog.subfolders(folder.path)) walk(this.folderNode(folder.root, sub));
      const files = catalog.files(folder.path).map((p) => this.fileNode(folder.root, p));
      out.push(...sortBy(files, this.order, (f) => f.path, (f) => this.index.peek(f.uri)?.documents).map((f) => f.uri));
    };
    for (const root of this.index.roots()) walk(this.folderNode(root, ''));
    return out;
  }

  /** Shows the next page of a long list. */
  showMore(node: MoreNode): void {
    this.limits.set(node.parent.key, (this.limits.get(node.parent.key) ?? PAGE) + PAGE);
    this.refresh(node.parent);
  }

  async documentSummary(uri: vscode.Uri, docId: string): Promise<DocumentSummary | undefined> {
    const docs = await this.index.documents(uri);
    return this.index.isBundle(uri) ? docs.find((d) => d.id === docId) : docs[0];
  }

  /** The element of an annotation (for `reveal`), with its list's page grown to hold it. */
  async annotationElement(uri: vscode.Uri, id: string): Promise<AnnotationNode | undefined> {
    const root = vscode.workspace.getWorkspaceFolder(uri);
    const path = root && relativePath(root, uri);
    if (!root || path === undefined || !this.index.isSeedFile(uri)) return undefined;
    const file = this.fileNode(root, path);
    for (const doc of await this.index.documents(uri)) {
      const at = doc.annotations.findIndex((a) => a.id === id);
      if (at < 0) continue;
      const ref = doc.annotations[at]!;
      const parent = this.index.isBundle(uri) ? this.documentNode(file, doc.id) : file;
      const group = this.groupNode(parent, doc.id, ref.orphan ? 'orphans' : ref.kind === 'entity' ? 'entities' : 'claims');
      const list = ref.orphan ? group : this.labelNode(group, ref.label);
      const position = doc.annotations.filter((a) => (ref.orphan ? a.orphan : !a.orphan && a.label === ref.label)).indexOf(ref);
      if (position >= (this.limits.get(list.key) ?? PAGE)) this.limits.set(list.key, position + 1);
      return this.annotationNode(list, ref);
    }
    return undefined;
  }

  /** The element of a file or of a bundle's document. */
  documentElement(uri: vscode.Uri, docId: string | undefined): FileNode | DocumentNode | undefined {
    const root = vscode.workspace.getWorkspaceFolder(uri);
    const path = root && relativePath(root, uri);
    if (!root || path === undefined) return undefined;
    const file = this.fileNode(root, path);
    return docId !== undefined && this.index.isBundle(uri) ? this.documentNode(file, docId) : file;
  }

  folderNode(root: vscode.WorkspaceFolder, path: string): FolderNode {
    return { kind: 'folder', key: nodeIds.folder(root, path), root, path };
  }

  fileNode(root: vscode.WorkspaceFolder, path: string): FileNode {
    return { kind: 'file', key: nodeIds.file(vscode.Uri.joinPath(root.uri, path)), root, path, uri: vscode.Uri.joinPath(root.uri, path) };
  }

  private documentNode(file: FileNode, docId: string): DocumentNode {
    return { kind: 'document', key: nodeIds.document(file.uri, docId), file, uri: file.uri, docId };
  }

  private groupNode(parent: FileNode | DocumentNode, docId: string, group: GroupKind): GroupNode {
    return { kind: 'group', key: nodeIds.group(parent.uri, docId, group), parent, uri: parent.uri, docId, group };
  }

  private labelNode(group: GroupNode, label: string): LabelNode {
    return { kind: 'label', key: nodeIds.label(group, label), parent: group, uri: group.uri, label };
  }

  private annotationNode(parent: LabelNode | GroupNode, ref: AnnotationRef): AnnotationNode {
    return { kind: 'annotation', key: nodeIds.annotation(parent.uri, ref.id), parent, uri: parent.uri, id: ref.id, ref };
  }

  dispose(): void {
    if (this.totalsTimer) clearTimeout(this.totalsTimer);
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }
}
