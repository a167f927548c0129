// Summaries of many seed files, read from their sidecars once, kept until told that a sidecar changed. The
// Documents view, the cross-document views and `stats` read through it; open documents put in their live one.
import type { Sidecar } from '../model';
import { loadSidecar } from '../sidecar/load';
import { summarize, type FileSummary } from './summary';

/** The sidecar of a text file as YAML, or undefined when it has none. Paths are the caller's (relative or URI paths). */
export type SidecarReader = (textPath: string) => Promise<string | undefined>;

export class SummaryCache {
  private readonly summaries = new Map<string, FileSummary>();
  private readonly reading = new Map<string, Promise<FileSummary>>();
  /** Bumped by every invalidation, so that a read that started before it does not cache a stale summary. */
  private readonly generation = new Map<string, number>();

  constructor(
    private readonly read: SidecarReader,
    private labels: readonly string[],
  ) {}

  /** The summary if it is known now (without reading). */
  peek(path: string): FileSummary | undefined {
    return this.summaries.get(path);
  }

  get(path: string): Promise<FileSummary> {
    const known = this.summaries.get(path);
    if (known) return Promise.resolve(known);
    let pending = this.reading.get(path);
    if (!pending) {
      const generation = this.generation.get(path) ?? 0;
      pending = this.load(path).then((summary) => {
        if ((this.generation.get(path) ?? 0) === generation) this.summaries.set(path, summary);
        this.reading.delete(path);
        return summary;
      });
      this.reading.set(path, pending);
    }
    return pending;
  }

  /** Summaries of many files, `concurrency` reads at a time; `each` is told as each one is known. */
  async getMany(paths: readonly string[], each?: (path: string, summary: FileSummary) => void, concurrency = 16, cancelled?: () => boolean): Promise<Map<string, FileSummary>> {
    const out = new Map<string, FileSummary>();
    let next = 0;
    const worker = async () => {
      while (next < paths.length && !cancelled?.()) {
        const path = paths[next++]!;
        const summary = await this.get(path);
        out.set(path, summary);
        each?.(path, summary);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
    return out;
  }

  /** A summary known otherwise (an open document's live annotations). */
  set(path: string, summary: FileSummary): void {
    this.bump(path);
    this.summaries.set(path, summary);
  }

  /** The sidecar changed (or the file went away): read again when next asked. */
  invalidate(path: string): void {
    this.bump(path);
    this.summaries.delete(path);
  }

  /** Labels changed: every summary is read again. */
  reconfigure(labels: readonly string[]): void {
    this.labels = labels;
    for (const path of [...this.summaries.keys()]) this.invalidate(path);
  }

  *entries(): IterableIterator<[string, FileSummary]> {
    yield* this.summaries;
  }

  private bump(path: string): void {
    this.generation.set(path, (this.generation.get(path) ?? 0) + 1);
    this.reading.delete(path);
  }

  private async load(path: string): Promise<FileSummary> {
    let yaml: string | undefined;
    try {
      yaml = await this.read(path);
    } catch {
      return summarize(undefined, path, undefined, 1);
    }
    if (yaml === undefined) return summarize(undefined, path);
    const read = loadSidecar(yaml, { labels: this.labels });
    const errors = read.problems.filter((p) => p.severity === 'error').length;
    return summarize(read.sidecar as Sidecar | undefined, path, undefined, errors);
  }
}
