// What the suggestion worker learns from: the entities and rejections of every sidecar in the workspace (read
// once, on the first suggestion), the open documents' live models, and corpus.yaml's names and aliases. Once
// read, only what changed is sent: a document whose learned part (texts, labels, links, rejections) is not
// what was sent last, or the corpus — checked when typing pauses, never per keystroke.
import * as vscode from 'vscode';
import type { CorpusEntities } from '../../core/suggest/learn';
import type { LearnedSidecar } from '../../core/suggest/service';
import { loadSidecar } from '../../core/sidecar/load';
import type { CorpusStore } from '../corpus/corpusStore';
import { readTextFile } from '../files';
import type { DocumentSession } from '../session';
import type { Sessions } from '../sessions';
import type { SuggestClient } from './client';

/** Sidecars read at most (the rest of a very large workspace is learned as its documents are opened). */
const MAX_SIDECARS = 5000;
const RESEND_DELAY = 1000;

export class History implements vscode.Disposable {
  /** What was sent last per sidecar: its signature. */
  private readonly sent = new Map<string, string>();
  private readonly changed = new Map<string, DocumentSession>();
  private corpusChanged = false;
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
        this.changed.set(session.sidecarUri.toString(), session);
        this.schedule();
      }),
      corpus.onDidChange(() => {
        if (!this.loading) return;
        this.corpusChanged = true;
        this.schedule();
      }),
    );
  }

  /** Resolves once the workspace's sidecars were read and sent (read on the first call). */
  ready(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  private async load(): Promise<void> {
    const labels = this.sessions.settings.core.labels;
    const files: Array<[string, LearnedSidecar]> = [];
    const found = await vscode.workspace.findFiles('**/*.annotations.yaml', '**/{node_modules,.git,.vscode-test}/**', MAX_SIDECARS);
    for (let i = 0; i < found.length; i += 16) {
      await Promise.all(
        found.slice(i, i + 16).map(async (uri) => {
          if (this.sessions.all().some((s) => s.sidecarUri.toString() === uri.toString())) return; // taken live below
          const text = await readTextFile(uri).catch(() => undefined);
          const read = text !== undefined ? loadSidecar(text, { labels }) : undefined;
          if (read?.sidecar) files.push([uri.toString(), this.learnedPart(uri.toString(), read.sidecar)]);
        }),
      );
    }
    for (const session of this.sessions.all()) files.push([session.sidecarUri.toString(), this.learnedPart(session.sidecarUri.toString(), session.current)]);
    this.client.learn({ files, corpus: await this.corpusEntities() });
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.send(), RESEND_DELAY);
  }

  private async send(): Promise<void> {
    const files: Array<[string, LearnedSidecar]> = [];
    for (const [key, session] of this.changed) {
      const part = learned(session.current);
      if (this.sent.get(key) === signature(part)) continue;
      files.push([key, this.learnedPart(key, session.current)]);
    }
    this.changed.clear();
    const corpus = this.corpusChanged ? await this.corpusEntities() : undefined;
    this.corpusChanged = false;
    if (files.length > 0 || corpus) this.client.learn({ files, ...(corpus ? { corpus } : {}) });
  }

  /** The learned part of a sidecar, remembered as sent. */
  private learnedPart(key: string, sidecar: LearnedSidecar): LearnedSidecar {
    const part = learned(sidecar);
    this.sent.set(key, signature(part));
    return part;
  }

  private async corpusEntities(): Promise<CorpusEntities> {
    const corpus = await this.corpus.corpus().catch(() => undefined);
    return { entities: (corpus?.entities ?? []).flatMap((e) => (e.type !== undefined ? [{ id: e.id, name: e.name, type: e.type, ...(e.aliases ? { aliases: [...e.aliases] } : {}) }] : [])) };
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }
}

/** Only what learning reads: the texts, labels and links of entities, and the rejections (plain data, to post). */
function learned(s: LearnedSidecar): LearnedSidecar {
  return {
    entities: s.entities.map((e) => ({ id: e.id, type: e.type, start: e.start, end: e.end, text: e.text, ...(e.link !== undefined ? { link: e.link } : {}), ...(e.orphan ? { orphan: true } : {}) })),
    rejected: s.rejected.map((r) => ({ type: r.type, start: r.start, end: r.end, text: r.text })),
  };
}

/** What learning sees of a sidecar (offsets left out: typing moves them, learning does not use them). */
function signature(s: LearnedSidecar): string {
  return JSON.stringify([s.entities.map((e) => [e.type, e.text, e.link ?? '', e.orphan ? 1 : 0]), s.rejected.map((r) => [r.type, r.text])]);
}
