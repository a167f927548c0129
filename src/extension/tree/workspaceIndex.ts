// The seed files of the workspace for the tree views: listed once by name (nothing read), kept current one file
// at a time by file watchers; each file's summary read from its sidecar when first shown, or taken live from
// its open document's session.
import * as vscode from 'vscode';
import { isSeedTextFile, textPathFor } from '../../core/config';
import { recognize, type RecognizedFile } from '../../core/documents';
import { SeedCatalog } from '../../core/workspace/catalog';
import { SummaryCache } from '../../core/workspace/summaries';
import { summarize, type DocumentSummary, type FileSummary } from '../../core/workspace/summary';
import { readTextFile, sidecarUriFor } from '../files';
import type { DocumentSession } from '../session';
import type { Sessions } from '../sessions';

export interface IndexChange {
  /** Files whose summary changed. */
  readonly files: readonly vscode.Uri[];
  /** Folders (workspace folder and path in it; '' for its root) whose seed files came or went. */
  readonly folders: ReadonlyArray<{ readonly root: vscode.WorkspaceFolder; readonly path: string }>;
}

const LIVE_DELAY = 250;
/** New folders are listed once their creation settles (a git pull writes many at once). */
const FOLDER_DELAY = 300;

export class WorkspaceIndex implements vscode.Disposable {
  private readonly catalogs = new Map<string, SeedCatalog>();
  private readonly cache: SummaryCache;
  /** Bundles' documents, from their text (read once, dropped when the text changes). */
  private readonly bundles = new Map<string, RecognizedFile>();
  private readonly emitter = new vscode.EventEmitter<IndexChange>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly liveTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private scanning: Promise<void> | undefined;
  private readonly newFolders = new Set<string>();
  private folderTimer: ReturnType<typeof setTimeout> | undefined;
  /** How many times the workspace was listed (once, plus Refresh and folder or settings changes). */
  scans = 0;
  readonly onDidChange = this.emitter.event;
  private readonly loadedEmitter = new vscode.EventEmitter<vscode.Uri[]>();
  /** Summaries were read (not changed): what shows them may draw them now. */
  readonly onDidLoad = this.loadedEmitter.event;

  constructor(private readonly sessions: Sessions) {
    this.cache = new SummaryCache((key) => readTextFile(sidecarUriFor(vscode.Uri.parse(key), sessions.settings)), sessions.settings.core.labels);
    const texts = vscode.workspace.createFileSystemWatcher('**/*.txt');
    const sidecars = vscode.workspace.createFileSystemWatcher('**/*.annotations.yaml');
    // Folders created (a git pull, an unzip): files written into a new folder before the watcher watches it
    // are never reported, so a new folder is listed once. A folder deleted or moved away is reported alone.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.subscriptions.push(
      folders,
      folders.onDidCreate((uri) => this.maybeFolderCreated(uri)),
      folders.onDidDelete((uri) => mayBeFolder(uri) && this.deleted(uri)),
      { dispose: () => clearTimeout(this.folderTimer) },
      this.emitter,
      this.loadedEmitter,
      texts,
      sidecars,
      texts.onDidCreate((uri) => this.textCreated(uri)),
      texts.onDidDelete((uri) => this.deleted(uri)),
      texts.onDidChange((uri) => this.textChanged(uri)),
      sidecars.onDidCreate((uri) => this.sidecarChanged(uri)),
      sidecars.onDidChange((uri) => this.sidecarChanged(uri)),
      sidecars.onDidDelete((uri) => this.sidecarChanged(uri)),
      sessions.onDidChange((session) => this.sessionChanged(session)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('seedAnnotator')) return;
        this.cache.reconfigure(sessions.settings.core.labels);
        this.bundles.clear();
        void this.rescan();
      }),
    );
  }

  /** Lists the seed files (names only), once; later calls wait for that listing. */
  ready(): Promise<void> {
    this.scanning ??= this.scan();
    return this.scanning;
  }

  /** Lists the files again and forgets every summary (the Refresh action). */
  async refresh(): Promise<void> {
    this.cache.reconfigure(this.sessions.settings.core.labels);
    this.bundles.clear();
    await this.rescan();
  }

  private async rescan(): Promise<void> {
    this.scanning = this.scan();
    await this.scanning;
    this.emitter.fire({ files: [], folders: (vscode.workspace.workspaceFolders ?? []).map((root) => ({ root, path: '' })) });
  }

  private async scan(): Promise<void> {
    this.scans++;
    this.catalogs.clear();
    const config = this.sessions.settings.core;
    for (const root of vscode.workspace.workspaceFolders ?? []) {
      const catalog = new SeedCatalog();
      this.catalogs.set(root.uri.toString(), catalog);
      // Names only: a glob search, no file is opened. Seed names and bundle globs are checked on each path.
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/*.txt'), '**/{node_modules,.git,.vscode-test}/**');
      for (const uri of found) {
        const path = relativePath(root, uri);
        if (path !== undefined && isSeedTextFile(path, config)) catalog.add(path);
      }
    }
  }

  roots(): readonly vscode.WorkspaceFolder[] {
    return (vscode.workspace.workspaceFolders ?? []).filter((f) => this.catalogs.has(f.uri.toString()));
  }

  catalog(root: vscode.WorkspaceFolder): SeedCatalog | undefined {
    return this.catalogs.get(root.uri.toString());
  }

  /** Every seed file, in tree order (folder by folder). */
  allFiles(): vscode.Uri[] {
    return this.roots().flatMap((root) => this.catalog(root)!.under().map((p) => vscode.Uri.joinPath(root.uri, p)));
  }

  isSeedFile(uri: vscode.Uri): boolean {
    const root = vscode.workspace.getWorkspaceFolder(uri);
    const path = root && relativePath(root, uri);
    return path !== undefined && (this.catalog(root!)?.has(path) ?? false);
  }

  /** The summary if known now. */
  peek(uri: vscode.Uri): FileSummary | undefined {
    return this.cache.peek(uri.toString());
  }

  /** The file's documents with their states and counts; a bundle's read from its text so that none is missed. */
  async documents(uri: vscode.Uri): Promise<readonly DocumentSummary[]> {
    const summary = await this.cache.get(uri.toString());
    if (!this.isBundle(uri)) return summary.documents;
    const file = await this.recognized(uri);
    if (!file) return summary.documents;
    const known = new Map(summary.documents.map((d) => [d.id, d]));
    const fromText = file.documents.map((d) => known.get(d.id) ?? summarize(undefined, uri.path, { kind: 'bundle', documents: [d], warnings: [] }).documents[0]!);
    const extra = summary.documents.filter((d) => !file.documents.some((t) => t.id === d.id));
    return [...fromText, ...extra];
  }

  /** Summaries of many files, reading `concurrency` sidecars at a time. */
  async summaries(uris: readonly vscode.Uri[], cancelled?: () => boolean): Promise<void> {
    const unknown = uris.filter((u) => !this.cache.peek(u.toString()));
    await this.cache.getMany(unknown.map((u) => u.toString()), undefined, 16, cancelled);
    if (unknown.length > 0) this.loadedEmitter.fire(unknown);
  }

  /** Whether a file holds several documents (by its name: a seed file is one document). */
  isBundle(uri: vscode.Uri): boolean {
    const root = vscode.workspace.getWorkspaceFolder(uri);
    const path = (root && relativePath(root, uri)) ?? uri.path;
    return !/^\d{3}_[0-9a-f]{16}\.txt$/.test(path.split('/').pop() ?? '');
  }

  /** A bundle's documents as recognised in its text (the open document's, else read from disk). */
  async recognized(uri: vscode.Uri): Promise<RecognizedFile | undefined> {
    const live = this.sessions.get(uri);
    if (live) return live.recognized;
    const known = this.bundles.get(uri.toString());
    if (known) return known;
    const text = await readTextFile(uri).catch(() => undefined);
    if (text === undefined) return undefined;
    const s = this.sessions.settings.core;
    const file = recognize(text, { fileName: uri.path, delimiters: s.delimiters, boilerplate: s.boilerplate });
    this.bundles.set(uri.toString(), file);
    return file;
  }

  private maybeFolderCreated(uri: vscode.Uri): void {
    if (!mayBeFolder(uri)) return;
    this.newFolders.add(uri.toString());
    clearTimeout(this.folderTimer);
    this.folderTimer = setTimeout(() => void this.listNewFolders(), FOLDER_DELAY);
  }

  private async listNewFolders(): Promise<void> {
    const folders = [...this.newFolders].map((u) => vscode.Uri.parse(u));
    this.newFolders.clear();
    for (const folder of folders) {
      const stat = await Promise.resolve(vscode.workspace.fs.stat(folder)).catch(() => undefined);
      if (!stat || !(stat.type & vscode.FileType.Directory)) continue;
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.txt'), '**/{node_modules,.git,.vscode-test}/**');
      for (const uri of found) this.textCreated(uri);
    }
  }

  private textCreated(uri: vscode.Uri): void {
    const root = vscode.workspace.getWorkspaceFolder(uri);
    const path = root && relativePath(root, uri);
    const catalog = root && this.catalog(root);
    if (!root || path === undefined || !catalog || !isSeedTextFile(path, this.sessions.settings.core) || catalog.has(path)) return;
    const changed = catalog.add(path);
    this.cache.invalidate(uri.toString());
    this.emitter.fire({ files: [], folders: [{ root, path: changed }] });
  }

  private deleted(uri: vscode.Uri): void {
    const root = vscode.workspace.getWorkspaceFolder(uri);
    const path = root && relativePath(root, uri);
    const catalog = root && this.catalog(root);
    if (!root || path === undefined || !catalog) return;
    // A deleted folder is reported alone, not each file in it.
    const removed = catalog.has(path) ? [path] : catalog.under(path);
    let changed: string | undefined;
    for (const p of removed) {
      const key = vscode.Uri.joinPath(root.uri, p).toString();
      this.cache.invalidate(key);
      this.bundles.delete(key);
      const folder = catalog.remove(p);
      // The highest folder whose children changed.
      if (folder !== undefined && (changed === undefined || folder.length < changed.length)) changed = folder;
    }
    if (changed !== undefined) this.emitter.fire({ files: [], folders: [{ root, path: changed }] });
  }

  private textChanged(uri: vscode.Uri): void {
    if (!this.bundles.delete(uri.toString())) return;
    this.emitter.fire({ files: [uri], folders: [] });
  }

  /** A sidecar written, created or deleted (by us, a git pull, an editor): its file's summary is read again. */
  private sidecarChanged(sidecar: vscode.Uri): void {
    const root = vscode.workspace.getWorkspaceFolder(sidecar);
    const config = this.sessions.settings.core;
    const relative = root ? relativePath(root, sidecar) : undefined;
    const textPath = relative !== undefined ? textPathFor(relative, config) : textPathFor(sidecar.path, { sidecarFolder: undefined });
    if (textPath === undefined) return;
    const text = root && relative !== undefined ? vscode.Uri.joinPath(root.uri, textPath) : sidecar.with({ path: textPath });
    if (this.sessions.get(text)) return; // its session reloads it and tells us
    this.cache.invalidate(text.toString());
    this.emitter.fire({ files: [text], folders: [] });
  }

  /** An open document's model changed: its live summary replaces the one from disk (debounced while typing). */
  private sessionChanged(session: DocumentSession): void {
    const key = session.uri.toString();
    if (this.liveTimers.has(key)) return;
    this.liveTimers.set(
      key,
      setTimeout(() => {
        this.liveTimers.delete(key);
        if (this.sessions.get(session.uri) !== session) return;
        this.cache.set(key, summarize(session.sidecar, session.uri.path, session.recognized, session.readOnly ? 1 : 0));
        this.emitter.fire({ files: [session.uri], folders: [] });
      }, LIVE_DELAY),
    );
  }

  dispose(): void {
    for (const t of this.liveTimers.values()) clearTimeout(t);
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }
}

/** Only names without an extension are taken for folders; files are reported by their own watchers. */
function mayBeFolder(uri: vscode.Uri): boolean {
  return !/\./.test(uri.path.split('/').pop() ?? '.');
}

export function relativePath(root: vscode.WorkspaceFolder, uri: vscode.Uri): string | undefined {
  const base = root.uri.path.replace(/\/$/, '');
  if (uri.scheme !== root.uri.scheme || uri.authority !== root.uri.authority || !uri.path.startsWith(`${base}/`)) return undefined;
  return uri.path.slice(base.length + 1);
}
