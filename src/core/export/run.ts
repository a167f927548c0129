// One export, as the command line and the editor run it: collect the documents of every file (files whose
// sidecar has errors are left out and named), keep those in scope, write them in a format, and say what was
// left out and why.
import type { SeedConfig } from '../config';
import type { Corpus } from '../corpus';
import { collectDocuments, type SeedFileInput } from './collect';
import type { ExportDocument, ExportFile, ExportFormat, ExportOptions } from './types';

export interface RunOptions extends ExportOptions {
  readonly includeBoilerplate?: boolean;
  /** Only documents marked done. */
  readonly onlyDone?: boolean;
  /** Only these documents (the one at the cursor): file and document id. */
  readonly only?: (file: string, documentId: string) => boolean;
  /** Asked between files: a true answer stops the export (nothing is returned to write). */
  readonly cancelled?: () => boolean;
  /** Told after each file (for a progress bar). */
  readonly progress?: (done: number, total: number) => void;
}

export interface ExportReport {
  readonly files: number;
  readonly documents: number;
  readonly entities: number;
  readonly claims: number;
  /** Annotations left out: orphans (their text is gone), in page chrome that was cut out. */
  readonly orphans: number;
  readonly inBoilerplate: number;
  /** Documents not in scope (not done, with onlyDone). */
  readonly notDone: number;
  /** Files left out because their sidecar has errors. */
  readonly skipped: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
}

export interface ExportResult {
  readonly output: ExportFile[];
  readonly report: ExportReport;
  readonly cancelled: boolean;
}

/** `inputs` are read one at a time (a file's text and sidecar are loaded only when its turn comes). */
export async function runExport(inputs: ReadonlyArray<() => Promise<SeedFileInput>>, format: ExportFormat, config: SeedConfig, corpus: Corpus | undefined, options: RunOptions): Promise<ExportResult> {
  const documents: ExportDocument[] = [];
  const skipped: Array<{ file: string; reason: string }> = [];
  let notDone = 0;
  for (let i = 0; i < inputs.length; i++) {
    if (options.cancelled?.()) return { output: [], report: report(inputs.length, documents, skipped, notDone), cancelled: true };
    let input: SeedFileInput;
    try {
      input = await inputs[i]!();
    } catch (err) {
      skipped.push({ file: `file ${i + 1}`, reason: (err as Error).message });
      continue;
    }
    const collected = await collectDocuments(input, config, { includeBoilerplate: options.includeBoilerplate ?? true });
    if (collected.problems.length > 0) {
      const first = collected.problems[0]!;
      skipped.push({ file: input.file, reason: `its sidecar has ${collected.problems.length} error${collected.problems.length === 1 ? '' : 's'} (line ${first.line}: ${first.message})` });
    }
    for (const d of collected.documents) {
      if (options.only && !options.only(d.file, d.id)) continue;
      if (options.onlyDone && d.state !== 'done') notDone++;
      else documents.push(d);
    }
    options.progress?.(i + 1, inputs.length);
  }
  const output = documents.length > 0 ? format.export({ documents, ...(corpus ? { corpus } : {}) }, { labels: config.labels, ...options }) : [];
  return { output, report: report(inputs.length, documents, skipped, notDone), cancelled: false };
}

function report(files: number, documents: readonly ExportDocument[], skipped: ExportReport['skipped'], notDone: number): ExportReport {
  const sum = (f: (d: ExportDocument) => number) => documents.reduce((n, d) => n + f(d), 0);
  return {
    files,
    documents: documents.length,
    entities: sum((d) => d.entities.length),
    claims: sum((d) => d.claims.length),
    orphans: sum((d) => d.leftOut.orphans),
    inBoilerplate: sum((d) => d.leftOut.inBoilerplate),
    notDone,
    skipped,
  };
}

/** One line for a message: what was exported, and what was left out and why. */
export function describeReport(r: ExportReport): string {
  const parts = [`${r.documents} document${r.documents === 1 ? '' : 's'} (${r.entities} entities, ${r.claims} claims)`];
  const left: string[] = [];
  if (r.orphans) left.push(`${r.orphans} orphan${r.orphans === 1 ? '' : 's'} (text gone)`);
  if (r.inBoilerplate) left.push(`${r.inBoilerplate} in page chrome that was cut out`);
  if (r.notDone) left.push(`${r.notDone} document${r.notDone === 1 ? '' : 's'} not marked done`);
  if (r.skipped.length) left.push(`${r.skipped.length} file${r.skipped.length === 1 ? '' : 's'} whose sidecar has errors`);
  return `exported ${parts.join('')}${left.length ? `; left out: ${left.join(', ')}` : ''}`;
}
