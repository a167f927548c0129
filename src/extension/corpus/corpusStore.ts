// The workspace's corpus.yaml (canonical entities and claims): read when first needed, read again when it
// changes on disk, problems in the Problems panel, edits written in place (comments kept) and atomically.
import * as vscode from 'vscode';
import { addCanonicalClaim, addCanonicalEntity, CORPUS_FILE_NAME, matchCanonicalEntities, readCorpus, setCanonicalClaimStatus, type CanonicalClaim, type CanonicalEntity, type CanonicalMatch, type Corpus } from '../../core/corpus';
import type { ClaimStatus } from '../../core/model';
import { lineStarts, positionAt } from '../../core/text';
import { readTextFile, storeFor, storePath } from '../files';
import type { Sessions } from '../sessions';

const NEW_FILE = '# Canonical entities and claims shared by the documents (see docs/corpus-format.md)\nschema: seed-annotator/corpus/v1\nentities: []\nclaims: []\n';

export class CorpusStore implements vscode.Disposable {
  private loaded: Promise<void> | undefined;
  private current: Corpus | undefined;
  private text: string | undefined;
  private broken = false;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('seed-annotator-corpus');
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** corpus.yaml changed (on disk, or by our edits). */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly sessions: Sessions) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CORPUS_FILE_NAME}`);
    const reload = (uri: vscode.Uri) => {
      if (this.uri && uri.toString() === this.uri.toString()) void this.reload();
    };
    this.subscriptions.push(this.diagnostics, this.emitter, watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
  }

  /** corpus.yaml at the root of the first workspace folder. */
  get uri(): vscode.Uri | undefined {
    const root = vscode.workspace.workspaceFolders?.[0];
    return root && vscode.Uri.joinPath(root.uri, CORPUS_FILE_NAME);
  }

  /** The registry; undefined when there is none or it cannot be read (its problems are in the Problems panel). */
  async corpus(): Promise<Corpus | undefined> {
    this.loaded ??= this.load();
    await this.loaded;
    return this.current;
  }

  /** The corpus as last read, without waiting. */
  peek(): Corpus | undefined {
    return this.current;
  }

  async matches(text: string, label?: string): Promise<CanonicalMatch[]> {
    const corpus = await this.corpus();
    return corpus ? matchCanonicalEntities(corpus, text, label) : [];
  }

  private async reload(): Promise<void> {
    this.loaded = this.load();
    await this.loaded;
    this.emitter.fire();
  }

  private async load(): Promise<void> {
    const uri = this.uri;
    const text = uri ? await readTextFile(uri).catch(() => undefined) : undefined;
    this.text = text;
    if (!uri || text === undefined) {
      this.current = undefined;
      this.broken = false;
      if (uri) this.diagnostics.delete(uri);
      return;
    }
    const { corpus, problems } = readCorpus(text, { labels: this.sessions.settings.core.labels });
    this.broken = corpus === undefined || problems.some((p) => p.severity === 'error');
    this.current = corpus;
    const starts = lineStarts(text);
    const at = (offset: number) => {
      const p = positionAt(starts, offset);
      return new vscode.Position(p.line, p.col);
    };
    this.diagnostics.set(
      uri,
      problems.map((p) => {
        const d = new vscode.Diagnostic(new vscode.Range(at(p.start), at(Math.max(p.end, p.start + 1))), `${p.path ? `${p.path}: ` : ''}${p.message}`, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
        d.source = 'Seed Annotator';
        return d;
      }),
    );
  }

  addEntity(entity: CanonicalEntity): Promise<void> {
    return this.edit((text) => addCanonicalEntity(text, entity), true);
  }

  addClaim(claim: CanonicalClaim): Promise<void> {
    return this.edit((text) => addCanonicalClaim(text, claim), true);
  }

  setClaimStatus(id: string, status: ClaimStatus): Promise<void> {
    return this.edit((text) => setCanonicalClaimStatus(text, id, status), false);
  }

  /** An id not used yet, made from a name: `us-border-patrol`, `us-border-patrol-2`, … */
  async freshId(name: string): Promise<string> {
    const corpus = await this.corpus();
    const used = new Set([...(corpus?.entities ?? []), ...(corpus?.claims ?? [])].map((x) => x.id));
    const words = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    const base = words.split('-').slice(0, 6).join('-') || 'item';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  /** Applies an in-place edit to the file as it is on disk now; creates the file when `create` and there is none. */
  private async edit(change: (text: string) => string, create: boolean): Promise<void> {
    const uri = this.uri;
    if (!uri) throw new Error('open a folder first: corpus.yaml lives at the root of the workspace');
    await this.reload();
    if (this.broken) throw new Error(`${CORPUS_FILE_NAME} has problems (see the Problems panel): it is not changed until they are fixed`);
    if (this.text === undefined && !create) throw new Error(`there is no ${CORPUS_FILE_NAME}`);
    const after = change(this.text ?? NEW_FILE);
    await storeFor(uri).replace(storePath(uri), new TextEncoder().encode(after));
    await this.reload();
  }

  dispose(): void {
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }
}
