// The extension's side of the suggestion worker: started on the first request (the NLP libraries are never
// loaded at activation), one request per document at a time, stale answers dropped.
import * as vscode from 'vscode';
import type { Suggestion } from '../../core/suggest/accept';
import type { LearnedSidecar, LearnRequest, SuggestRequest, WorkerReply } from '../../core/suggest/service';
import { nodeWorkerStarter, type WorkerPort } from '../env';

type Pending = { resolve(s: Suggestion[] | undefined): void; reject(e: Error): void };

/** A web worker over the web bundle (the web worker extension host creates nested workers). */
function startWebWorker(extensionUri: vscode.Uri): WorkerPort {
  const WorkerClass = (globalThis as unknown as { Worker?: new (url: string) => { postMessage(m: unknown): void; onmessage: unknown; onerror: unknown; terminate(): void } }).Worker;
  if (!WorkerClass) throw new Error('this extension host cannot start workers');
  const worker = new WorkerClass(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'suggestWorker.js').toString(true));
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => void (worker.onmessage = (e: { data: unknown }) => listener(e.data)),
    onError: (listener) => void (worker.onerror = (e: { message?: string }) => listener(e.message ?? 'the suggestion worker failed')),
    terminate: () => worker.terminate(),
  };
}

export class SuggestClient implements vscode.Disposable {
  private port: WorkerPort | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Everything learned so far, sent again to a worker that had to be started anew. */
  private readonly history = new Map<string, LearnedSidecar>();
  private corpus: LearnRequest['corpus'];
  private stopped = false;
  /** Milliseconds from starting the worker to its first answer (the libraries' load time, for the log). */
  firstAnswerMs: number | undefined;
  private startedAt = 0;

  constructor(private readonly extensionUri: vscode.Uri, private readonly log: (message: string) => void) {}

  get started(): boolean {
    return this.port !== undefined;
  }

  /** The document's suggestions, or undefined when a newer request for it replaced this one. */
  suggest(request: Omit<SuggestRequest, 'op' | 'id'>): Promise<Suggestion[] | undefined> {
    const port = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      port.post({ op: 'suggest', id, ...request } satisfies SuggestRequest);
    });
  }

  /** A part of the annotator's history (see LearnRequest); sent now if the worker runs, else with its start. */
  learn(part: Omit<LearnRequest, 'op'>): void {
    for (const [key, sidecar] of part.files) {
      if (sidecar) this.history.set(key, sidecar);
      else this.history.delete(key);
    }
    if (part.corpus) this.corpus = part.corpus;
    this.port?.post({ op: 'learn', ...part } satisfies LearnRequest);
  }

  private start(): WorkerPort {
    if (this.port) return this.port;
    if (this.stopped) throw new Error('suggestions are stopped');
    this.startedAt = Date.now();
    const port = nodeWorkerStarter ? nodeWorkerStarter(this.extensionUri.fsPath) : startWebWorker(this.extensionUri);
    port.onMessage((message) => this.answer(message as WorkerReply));
    port.onError((error) => {
      if (this.stopped) return;
      this.log(`suggestion worker: ${error}`);
      for (const p of this.pending.values()) p.reject(new Error(error));
      this.pending.clear();
      this.port = undefined; // the next request starts a new one
    });
    this.port = port;
    if (this.history.size > 0 || this.corpus) port.post({ op: 'learn', files: [...this.history], ...(this.corpus ? { corpus: this.corpus } : {}) } satisfies LearnRequest);
    return port;
  }

  private answer(reply: WorkerReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    if (this.firstAnswerMs === undefined && !('superseded' in reply)) {
      this.firstAnswerMs = Date.now() - this.startedAt;
      this.log(`suggestion worker answered first after ${this.firstAnswerMs} ms (libraries loaded)`);
    }
    if ('error' in reply) p.reject(new Error(reply.error));
    else if ('superseded' in reply) p.resolve(undefined);
    else p.resolve(reply.suggestions);
  }

  dispose(): void {
    this.stopped = true;
    this.port?.terminate();
    this.port = undefined;
    for (const p of this.pending.values()) p.resolve(undefined);
    this.pending.clear();
  }
}
