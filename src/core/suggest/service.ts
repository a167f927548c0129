// The suggesting side of the editor's worker (a Node worker thread or a web worker): requests come as messages,
// one at a time; a newer request for the same document replaces one still waiting; the NLP libraries load on
// the first request, not before. No `vscode` import: the worker has none.
import type { Sidecar } from '../model';
import { asSuggestions, type Suggestion } from './accept';
import { suggestInRanges, type SuggestionContext } from './file';
import { learnFrom, type CorpusEntities, type LearnedModel } from './learn';

export interface SuggestRequest {
  readonly op: 'suggest';
  readonly id: number;
  /** The document (its URI): a newer request for it replaces a waiting one. */
  readonly key: string;
  readonly text: string;
  readonly ranges: Array<[number, number]>;
  readonly context: SuggestionContext;
  readonly threshold: number;
}

/** What learning reads of a sidecar: its entities (text, label, link) and its rejections. */
export type LearnedSidecar = Pick<Sidecar, 'entities' | 'rejected'>;

/**
 * The annotator's history, sent in parts: sidecars by key (added or replaced; `null`: gone) and corpus.yaml's
 * entities (replacing the previous ones when given). The worker keeps the whole and learns from it again.
 */
export interface LearnRequest {
  readonly op: 'learn';
  readonly files: ReadonlyArray<readonly [string, LearnedSidecar | null]>;
  readonly corpus?: CorpusEntities;
}

export type WorkerRequest = SuggestRequest | LearnRequest;

export type WorkerReply =
  | { readonly id: number; readonly suggestions: Suggestion[]; readonly ms: number }
  | { readonly id: number; readonly superseded: true }
  | { readonly id: number; readonly error: string };

export class SuggestService {
  private learned: LearnedModel | undefined;
  private readonly history = new Map<string, LearnedSidecar>();
  private corpus: CorpusEntities | undefined;
  private readonly waiting = new Map<string, SuggestRequest>();
  private running = false;

  constructor(private readonly reply: (message: WorkerReply) => void) {}

  receive(request: WorkerRequest): void {
    if (request.op === 'learn') {
      for (const [key, sidecar] of request.files) {
        if (sidecar) this.history.set(key, sidecar);
        else this.history.delete(key);
      }
      if (request.corpus) this.corpus = request.corpus;
      this.learned = learnFrom([...this.history.values()].map((sidecar) => ({ text: '', sidecar: sidecar as Sidecar })), this.corpus);
      return;
    }
    const previous = this.waiting.get(request.key);
    if (previous) this.reply({ id: previous.id, superseded: true });
    this.waiting.set(request.key, request);
    if (!this.running) void this.drain();
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      for (let next = this.take(); next; next = this.take()) {
        const started = Date.now();
        try {
          const found = await suggestInRanges(next.text, next.ranges, next.context, { threshold: next.threshold, ...(this.learned ? { learned: this.learned } : {}) });
          this.reply({ id: next.id, suggestions: asSuggestions(found), ms: Date.now() - started });
        } catch (err) {
          this.reply({ id: next.id, error: err instanceof Error ? err.message : String(err) });
        }
      }
    } finally {
      this.running = false;
    }
  }

  private take(): SuggestRequest | undefined {
    const [key, request] = this.waiting.entries().next().value ?? [];
    if (key === undefined) return undefined;
    this.waiting.delete(key);
    return request;
  }
}
