// What the suggestion worker learns from: the entities and rejections of every sidecar in the workspace (read
// once, on the first suggestion), the open documents' live models, and corpus.yaml's names and aliases. Sent to
// the worker again, debounced, when an annotation is made or the corpus changes.
import * as vscode from 'vscode';
import type { Sidecar } from '../../core/model';
import { loadSidecar } from '../../core/sidecar/load';
import type { CorpusStore } from '../corpus/corpusStore';
import { readTextFile } from '../files';
import type { Sessions } from '../sessions';
import type { SuggestClient } from './client';

/** Sidecars read at most (the rest of a very large workspace is learned as its documents are opened). */
const MAX_SIDECARS = 5000;
const RESEND_DELAY = 1000;

type Learned = Pick<Sidecar, 'entities' | 'rejected'>;

export class History implements vscode.Disposable {
  private readonly sidecars = new Map<string, Learned>();
  private loading: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly sessions: Sessions,
    private readonly corpus: CorpusStore,
    private readonly client: SuggestClient,
  ) {
    this.subscriptions.push(
      sessions.onDidChange((session) => {
        if (!this.loading) return;
        const current = session.current;
        this.sidecars.set(session.sidecarUri.toString(), { entities: current.entities, rejected: current.rejected });
        this.schedule();
      }),
      corpus.onDidChange(() => this.loading && this.schedule()),
    );
  }

  /** Resolves once the workspace's sidecars were read and sent (read on the first call). */
  ready(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  private async load(): Promise<void> {
    const labels = this.sessions.settings.core.labels;
    const found = await vscode.workspace.findFiles('**/*.annotations.yaml', '**/{node_modules,.git,.vscode-test}/**', MAX_SIDECARS);
    for (let i = 0; i < found.length; i += 16) {
      await Promise.all(
        found.slice(i, i + 16).map(async (uri) => {
          const text = await readTextFile(uri).catch(() => undefined);
          const read = text !== undefined ? loadSidecar(text, { labels }) : undefined;
          if (read?.sidecar && !this.sidecars.has(uri.toString())) this.sidecars.set(uri.toString(), { entities: read.sidecar.entities, rejected: read.sidecar.rejected });
        }),
      );
    }
    for (const session of this.sessions.all()) this.sidecars.set(session.sidecarUri.toString(), { entities: session.current.entities, rejected: session.current.rejected });
    await this.send();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.send(), RESEND_DELAY);
  }

  private async send(): Promise<void> {
    const corpus = await this.corpus.corpus().catch(() => undefined);
    const entities = (corpus?.entities ?? []).flatMap((e) => (e.type !== undefined ? [{ id: e.id, name: e.name, type: e.type, ...(e.aliases ? { aliases: [...e.aliases] } : {}) }] : []));
    // Only what learning reads: the texts, labels and links of entities, and the rejections.
    const sidecars = [...this.sidecars.values()].map((s) => ({
      entities: s.entities.map((e) => ({ id: e.id, type: e.type, start: e.start, end: e.end, text: e.text, ...(e.link !== undefined ? { link: e.link } : {}), ...(e.orphan ? { orphan: true } : {}) })),
      rejected: s.rejected.map((r) => ({ type: r.type, start: r.start, end: r.end, text: r.text })),
    }));
    this.client.learn({ sidecars, corpus: { entities } });
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }
}
