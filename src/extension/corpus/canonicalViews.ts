// The Entities and Claims views: canonical entities and claims of corpus.yaml with their mentions across every
// document (and entity texts not linked yet, grouped by normalised text and label), from the same summaries as
// the Documents view.
import * as vscode from 'vscode';
import { claimStatus, mentionsOf, type CanonicalClaim, type CanonicalEntity, type CorpusMentions, type Mention, type UnlinkedGroup } from '../../core/corpus';
import type { Claim, Entity, Sidecar } from '../../core/model';
import { claimIcon, entityColor } from '../tree/treeItems';
import type { WorkspaceIndex } from '../tree/workspaceIndex';
import type { CorpusStore } from './corpusStore';

const REFRESH_DELAY = 300;

export type CanonicalNode =
  | { readonly kind: 'entity'; readonly key: string; readonly entity: CanonicalEntity; readonly mentions: readonly Mention[]; readonly documents: number }
  | { readonly kind: 'unlinkedRoot'; readonly key: string; readonly groups: readonly UnlinkedGroup[] }
  | { readonly kind: 'unlinked'; readonly key: string; readonly group: UnlinkedGroup }
  | { readonly kind: 'claim'; readonly key: string; readonly claim: CanonicalClaim; readonly mentions: readonly Mention[]; readonly documents: number }
  | { readonly kind: 'article'; readonly key: string; readonly file: string; readonly doc: string | undefined; readonly mentions: readonly Mention[]; readonly canonical: CanonicalClaim }
  /** `uri` and `id` are the editor commands' arguments. */
  | { readonly kind: 'mention'; readonly key: string; readonly uri: vscode.Uri; readonly id: string; readonly mention: Mention; readonly canonical?: CanonicalClaim };

/** The summaries as sidecars (the fields mentionsOf reads), keyed by the file's URI. */
function sidecarsOf(index: WorkspaceIndex): Array<{ file: string; sidecar: Sidecar }> {
  const out: Array<{ file: string; sidecar: Sidecar }> = [];
  for (const uri of index.allFiles()) {
    const summary = index.peek(uri);
    if (!summary) continue;
    const bundle = index.isBundle(uri);
    const entities: Entity[] = [];
    const claims: Claim[] = [];
    for (const d of summary.documents) {
      for (const a of d.annotations) {
        const common = { id: a.id, start: a.start, end: a.end, text: a.text, ...(bundle ? { doc: d.id } : {}), ...(a.orphan ? { orphan: true } : {}), ...(a.link !== undefined ? { link: a.link } : {}) };
        if (a.kind === 'entity') entities.push({ ...common, type: a.label });
        else claims.push({ ...common, status: a.label as Claim['status'] });
      }
    }
    out.push({ file: uri.toString(), sidecar: { schema: 'seed-annotator/v1', entities, claims, rejected: [] } });
  }
  return out;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function where(m: Mention): string {
  const name = decodeURIComponent(m.file.split('/').pop() ?? m.file);
  return m.doc !== undefined ? `${name} › ${m.doc}` : name;
}

/** Shared by both views: the mentions, worked out once per change of the summaries or of corpus.yaml. */
export class CanonicalModel implements vscode.Disposable {
  private cached: Promise<CorpusMentions | undefined> | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly index: WorkspaceIndex,
    readonly corpus: CorpusStore,
  ) {
    const changed = () => this.invalidate();
    this.subscriptions = [this.emitter, index.onDidChange(changed), index.onDidLoad(changed), corpus.onDidChange(changed)];
  }

  private invalidate(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.cached = undefined;
      this.emitter.fire();
    }, REFRESH_DELAY);
  }

  /** A mention's own claim status (shown beside the canonical claim's). */
  ownStatus(m: Mention): string | undefined {
    const summary = this.index.peek(vscode.Uri.parse(m.file));
    return summary?.documents.flatMap((d) => d.annotations).find((a) => a.id === m.id && a.kind === 'claim')?.label;
  }

  mentions(): Promise<CorpusMentions | undefined> {
    this.cached ??= (async () => {
      await this.index.ready();
      await this.index.summaries(this.index.allFiles());
      const corpus = (await this.corpus.corpus()) ?? { schema: 'seed-annotator/corpus/v1', entities: [], claims: [] };
      return mentionsOf(corpus, sidecarsOf(this.index));
    })();
    return this.cached;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.subscriptions) d.dispose();
  }
}

abstract class CanonicalView implements vscode.TreeDataProvider<CanonicalNode>, vscode.Disposable {
  protected readonly emitter = new vscode.EventEmitter<CanonicalNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    protected readonly model: CanonicalModel,
    protected readonly extensionUri: vscode.Uri,
  ) {
    this.subscription = model.onDidChange(() => this.emitter.fire(undefined));
  }

  abstract getChildren(node?: CanonicalNode): Promise<CanonicalNode[]>;

  protected mentionNode(parentKey: string, m: Mention, canonical?: CanonicalClaim): CanonicalNode {
    return { kind: 'mention', key: `${parentKey}/${m.file}#${m.id}`, uri: vscode.Uri.parse(m.file), id: m.id, mention: m, ...(canonical ? { canonical } : {}) };
  }

  getTreeItem(node: CanonicalNode): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    let item: vscode.TreeItem;
    switch (node.kind) {
      case 'entity':
        item = new vscode.TreeItem(node.entity.name, node.mentions.length > 0 ? C.Collapsed : C.None);
        item.description = `${node.entity.type ?? ''} · ${plural(node.mentions.length, 'mention')} in ${plural(node.documents, 'document')}`;
        item.iconPath = new vscode.ThemeIcon('symbol-class', entityColor(node.entity.type ?? 'other'));
        item.tooltip = [node.entity.name, node.entity.aliases?.length ? `also: ${node.entity.aliases.join(', ')}` : '', node.entity.wikidata ? `Wikidata ${node.entity.wikidata}` : '', node.entity.note ?? '', `id: ${node.entity.id}`].filter(Boolean).join('\n');
        item.contextValue = 'canonicalEntity';
        break;
      case 'unlinkedRoot':
        item = new vscode.TreeItem('Not linked', C.Collapsed);
        item.description = plural(node.groups.length, 'text');
        item.iconPath = new vscode.ThemeIcon('question');
        item.tooltip = 'Entity annotations that name no canonical entity, grouped by text and label';
        break;
      case 'unlinked':
        item = new vscode.TreeItem(node.group.texts[0] ?? node.group.key, C.Collapsed);
        item.description = `${node.group.label} · ${plural(node.group.mentions.length, 'mention')} in ${plural(node.group.documents, 'document')}`;
        item.iconPath = new vscode.ThemeIcon('symbol-field', entityColor(node.group.label));
        item.tooltip = node.group.texts.length > 1 ? `Written as: ${node.group.texts.join(' · ')}` : undefined;
        item.contextValue = 'unlinkedEntity';
        break;
      case 'claim': {
        const status = claimStatus(node.claim);
        item = new vscode.TreeItem(node.claim.statement, node.mentions.length > 0 ? C.Collapsed : C.None);
        item.description = `${status} · reported by ${plural(node.documents, 'document')}`;
        item.iconPath = claimIcon(this.extensionUri, status);
        item.tooltip = [node.claim.statement, `status: ${status}`, ...(node.claim.evidence ?? []).map((e) => `evidence: ${e.url ?? ''} ${e.note ?? ''}`), node.claim.note ?? '', `id: ${node.claim.id}`].filter(Boolean).join('\n');
        item.contextValue = 'canonicalClaim';
        break;
      }
      case 'article':
        item = new vscode.TreeItem(where(node.mentions[0]!), C.Expanded);
        item.description = plural(node.mentions.length, 'mention');
        item.iconPath = vscode.ThemeIcon.File;
        item.resourceUri = vscode.Uri.parse(node.file);
        break;
      case 'mention': {
        const m = node.mention;
        item = new vscode.TreeItem(node.canonical ? m.text.replace(/\s+/g, ' ').slice(0, 80) : where(m), C.None);
        const own = node.canonical ? this.model.ownStatus(m) : undefined;
        item.description = node.canonical ? [own ? `this mention: ${own}` : '', m.orphan ? 'orphan' : ''].filter(Boolean).join(' · ') : `“${m.text.replace(/\s+/g, ' ').slice(0, 60)}”${m.orphan ? ' · orphan' : ''}`;
        item.iconPath = m.orphan ? new vscode.ThemeIcon('warning') : m.type ? new vscode.ThemeIcon('symbol-field', entityColor(m.type)) : new vscode.ThemeIcon('quote');
        item.command = { command: 'seedAnnotator.revealAnnotation', title: 'Show', arguments: [{ uri: node.uri, id: node.id }] };
        item.contextValue = node.canonical ? 'claimMention' : 'entityMention';
        break;
      }
    }
    item.id = node.key;
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

export class EntitiesView extends CanonicalView {
  async getChildren(node?: CanonicalNode): Promise<CanonicalNode[]> {
    const all = await this.model.mentions();
    if (!all) return [];
    if (!node) {
      const entities: CanonicalNode[] = all.entities.map((e) => ({ kind: 'entity', key: `entity:${e.entity.id}`, entity: e.entity, mentions: e.mentions, documents: e.documents }));
      return all.unlinked.length > 0 ? [...entities, { kind: 'unlinkedRoot', key: 'unlinked', groups: all.unlinked }] : entities;
    }
    if (node.kind === 'entity') return node.mentions.map((m) => this.mentionNode(node.key, m));
    if (node.kind === 'unlinkedRoot') return node.groups.map((group) => ({ kind: 'unlinked', key: `unlinked:${group.label}:${group.key}`, group }));
    if (node.kind === 'unlinked') return node.group.mentions.map((m) => this.mentionNode(node.key, m));
    return [];
  }
}

export class ClaimsView extends CanonicalView {
  async getChildren(node?: CanonicalNode): Promise<CanonicalNode[]> {
    const all = await this.model.mentions();
    if (!all) return [];
    if (!node) return all.claims.map((c) => ({ kind: 'claim', key: `claim:${c.claim.id}`, claim: c.claim, mentions: c.mentions, documents: c.documents }));
    if (node.kind === 'claim') {
      const byArticle = new Map<string, Mention[]>();
      for (const m of node.mentions) {
        const key = `${m.file}#${m.doc ?? ''}`;
        byArticle.set(key, [...(byArticle.get(key) ?? []), m]);
      }
      return [...byArticle].map(([key, mentions]) => ({ kind: 'article', key: `${node.key}/${key}`, file: mentions[0]!.file, doc: mentions[0]!.doc, mentions, canonical: node.claim }));
    }
    if (node.kind === 'article') return node.mentions.map((m) => this.mentionNode(node.key, m, node.canonical));
    return [];
  }
}
