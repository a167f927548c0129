// seed-annotator anchor PATH... [--json] [--write]: finds each sidecar's annotations in its text as it is now.
import * as fs from 'fs';
import { reanchor, type AnchorResult, type AnchorStatus } from '../core/anchoring/reanchor';
import type { SeedConfig } from '../core/config';
import { recognize } from '../core/documents';
import { saveSidecar } from '../core/persist/saveSidecar';
import { formatProblem, hasErrors } from '../core/problems';
import { textHashAsync } from '../core/sha256';
import { loadSidecar } from '../core/sidecar/load';
import { NodeFileStore } from '../node/nodeFileStore';
import { parseArgs } from './args';
import { EXIT, EXIT_INTERNAL_LINE, EXIT_USAGE_LINE, exitHelp, worst, type ExitCode } from './exit';
import { collectPairs, loadConfig, readText, textWarnings, UsageError, type Pair } from './files';
import type { Io } from './io';
import { describeError } from './validate';

export const ANCHOR_HELP = `Usage: seed-annotator anchor PATH... [--json] [--write] [--config FILE]

Re-anchors each sidecar against its text as it is now. PATH is a folder (searched recursively, as validate
does, sidecar folder setting included), a sidecar or a seed file. Prints for every annotation whether it is
still where it was (exact), found elsewhere (moved), found approximately (fuzzy, its text updated to what it
now covers) or not found (orphan, kept with its last text and position), and claims whose attribution cue was
not found (cue lost: the cue is dropped). Every sidecar is processed even when another fails.

Options:
  --write         update each sidecar in place (comments kept, a symlink stays a symlink, the file's mode is
                  kept) with the new positions and textHash; the summary lists the sidecars written
  --json          print the results as JSON (one entry per sidecar)
  --config FILE   settings file (JSON with comments) instead of .vscode/settings.json
  -h, --help      show this help

${exitHelp([
  [EXIT.ok, 'every annotation was found again'],
  [EXIT.problems, 'a sidecar has errors: it cannot be re-anchored and is left as it is'],
  EXIT_USAGE_LINE,
  [EXIT.lost, 'some annotation is orphaned or some claim lost its cue'],
  EXIT_INTERNAL_LINE,
])}`;

const STATUSES: readonly AnchorStatus[] = ['exact', 'moved', 'fuzzy', 'orphan'];

interface Report {
  readonly sidecar: string;
  readonly text: string;
  /** What happened: re-anchored, a sidecar with errors (left as it is), a file error, or a bug. */
  readonly outcome: 'anchored' | 'unreadable' | 'file-error' | 'internal-error';
  readonly results: AnchorResult[];
  /** Rejected suggestions: they follow the text too; those not found are dropped (no longer apply). */
  readonly rejected: AnchorResult[];
  readonly written: boolean;
  /** Text-file warnings (duplicate document names), FILE:LINE:COL: warning: message. */
  readonly warnings: string[];
  /** The sidecar's problems (unreadable) or the error message (file or internal error). */
  readonly problems?: string[];
  readonly error?: string;
}

export async function anchorCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, ['json', 'write', 'help'], ['config']);
  if (args.flags.has('help')) return io.out(ANCHOR_HELP), EXIT.ok;
  if (args.positional.length === 0) throw new UsageError('anchor needs at least one PATH (a folder, a sidecar or a seed file)');
  const config = loadConfig(args.values.get('config'), io.err);
  const { pairs, errors } = collectPairs(args.positional, config, true);
  const json = args.flags.has('json');
  const store = new NodeFileStore();
  const reports: Report[] = [];
  for (const e of errors) {
    io.err(`seed-annotator anchor: ${e}\n`);
  }
  for (const pair of pairs) {
    const report = await anchorPair(pair, config, args.flags.has('write'), store);
    reports.push(report);
    if (report.outcome === 'unreadable') {
      for (const p of report.problems ?? []) io.err(p + '\n');
      io.err(`anchor: ${report.sidecar} cannot be read; it is left as it is\n`);
    } else if (report.error !== undefined) io.err(`seed-annotator anchor: ${report.error}\n`);
    if (!json && report.outcome === 'anchored') io.out(describeReport(report));
  }

  const anchored = reports.filter((r) => r.outcome === 'anchored');
  const all = anchored.flatMap((r) => r.results);
  if (json) {
    io.out(JSON.stringify(reports.map((r) => ({ ...r, summary: { ...count(r.results), rejectedDropped: dropped(r.rejected) } })), null, 2) + '\n');
  } else if (pairs.length + errors.length === 0) {
    io.out(`anchor: no sidecars under ${args.positional.join(', ')}\n`);
  } else if (pairs.length + errors.length > 1) {
    const failed = reports.filter((r) => r.outcome !== 'anchored').map((r) => r.sidecar);
    const written = anchored.filter((r) => r.written).map((r) => r.sidecar);
    io.out(`anchor: ${anchored.length} of ${pairs.length} sidecar${pairs.length === 1 ? '' : 's'} re-anchored: ${summaryOf(all)}\n`);
    if (args.flags.has('write')) io.out(`anchor: ${written.length > 0 ? `wrote ${written.join(', ')}` : 'no sidecar needed writing'}\n`);
    if (failed.length + errors.length > 0) io.out(`anchor: not processed: ${[...errors, ...failed].join(', ')}\n`);
  }
  return worst([
    reports.some((r) => r.outcome === 'internal-error') ? EXIT.internal : EXIT.ok,
    errors.length > 0 || reports.some((r) => r.outcome === 'file-error') ? EXIT.usage : EXIT.ok,
    reports.some((r) => r.outcome === 'unreadable') ? EXIT.problems : EXIT.ok,
    all.some(isLost) ? EXIT.lost : EXIT.ok,
  ]);
}

async function anchorPair(pair: Pair, config: SeedConfig, write: boolean, store: NodeFileStore): Promise<Report> {
  const base = { sidecar: pair.sidecar, text: pair.text, results: [], rejected: [], written: false, warnings: [] };
  try {
    const yamlText = readText(pair.sidecar);
    const read = loadSidecar(yamlText, { labels: config.labels });
    if (!read.sidecar || !read.layout || hasErrors(read.problems)) {
      return { ...base, outcome: 'unreadable', problems: read.problems.map((p) => formatProblem(pair.sidecar, p)) };
    }
    if (!fs.existsSync(pair.text)) return { ...base, outcome: 'file-error', error: `no text file ${pair.text} for ${pair.sidecar}` };
    const text = readText(pair.text);
    const file = recognize(text, { fileName: pair.text, delimiters: config.delimiters, boilerplate: config.boilerplate });
    const outcome = reanchor(read.sidecar, text, file);
    let written = false;
    if (write) {
      try {
        const next = { ...outcome.sidecar, textHash: await textHashAsync(text) };
        written = (await saveSidecar(store, pair.sidecar, { text: yamlText, read }, next, config.labels)).written;
      } catch (err) {
        return { ...base, outcome: 'file-error', results: outcome.results, error: `cannot write ${pair.sidecar}: ${(err as Error).message}` };
      }
    }
    return { ...base, outcome: 'anchored', results: outcome.results, rejected: outcome.rejected, written, warnings: textWarnings(pair.text, text, file) };
  } catch (err) {
    if (err instanceof UsageError) return { ...base, outcome: 'file-error', error: err.message };
    return { ...base, outcome: 'internal-error', error: `internal error while re-anchoring ${pair.sidecar}: ${describeError(err)}` };
  }
}

/** Rejected suggestions whose text is gone: dropped from the sidecar (they are not annotations: not "lost"). */
function dropped(rejected: readonly AnchorResult[]): number {
  return rejected.filter((r) => r.status === 'orphan').length;
}

function isLost(r: AnchorResult): boolean {
  return r.status === 'orphan' || r.cueLost === true;
}

function count(results: readonly AnchorResult[]): Record<AnchorStatus | 'cueLost', number> {
  const c = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<AnchorStatus | 'cueLost', number>;
  c.cueLost = 0;
  for (const r of results) {
    c[r.status] = (c[r.status] ?? 0) + 1;
    if (r.cueLost) c.cueLost++;
  }
  return c;
}

function summaryOf(results: readonly AnchorResult[]): string {
  const c = count(results);
  const cues = c.cueLost > 0 ? `, ${c.cueLost} cue${c.cueLost === 1 ? '' : 's'} lost` : '';
  return `${results.length} annotations: ${STATUSES.map((s) => `${c[s]} ${s}`).join(', ')}${cues}`;
}

function describeReport(r: Report): string {
  let out = `${r.sidecar} against ${r.text}\n`;
  for (const w of r.warnings) out += `  ${w}\n`;
  for (const result of r.results) out += describe(result);
  const gone = dropped(r.rejected);
  const rejected = gone > 0 ? `; ${gone} rejected suggestion${gone === 1 ? '' : 's'} no longer in the text, dropped` : '';
  return out + `anchor: ${summaryOf(r.results)}${rejected}${r.written ? `; wrote ${r.sidecar}` : ''}\n`;
}

function describe(r: AnchorResult): string {
  const span = (s: { start: number; end: number }) => `${s.start}..${s.end}`;
  const quote = (t: string) => JSON.stringify(t.length > 50 ? `${t.slice(0, 47)}...` : t);
  const head = `  ${r.status.padEnd(6)} ${r.kind.padEnd(6)} ${r.id.padEnd(8)} ${span(r.from)}`;
  const cue = r.cueLost ? ' (cue lost: not found with its claim; kept in the claim marked lost)' : '';
  switch (r.status) {
    case 'exact':
      return `${head} ${quote(r.from.text)}${cue}\n`;
    case 'moved':
      return `${head} -> ${span(r.to!)} ${quote(r.from.text)}${cue}\n`;
    case 'fuzzy':
      return `${head} -> ${span(r.to!)} ${quote(r.to!.text)} (was ${quote(r.from.text)}, score ${r.score})${cue}\n`;
    case 'orphan':
      return `${head} ${quote(r.from.text)} not found: kept as an orphan${cue}\n`;
    default:
      return `${head} ${quote(r.from.text)}${cue}\n`;
  }
}
