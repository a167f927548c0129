// seed-annotator anchor FILE... [--json] [--write]: finds each sidecar's annotations in its text as it is now.
import * as fs from 'fs';
import * as path from 'path';
import { reanchor, type AnchorResult, type AnchorStatus } from '../core/anchoring/reanchor';
import { sidecarPathFor, SIDECAR_SUFFIX, textPathFor } from '../core/config';
import { recognize } from '../core/documents';
import { formatProblem, hasErrors } from '../core/problems';
import { textHashOf } from '../core/sidecar/check';
import { loadSidecar } from '../core/sidecar/load';
import { patchSidecar } from '../core/sidecar/write';
import { parseArgs } from './args';
import { loadConfig, readText, UsageError } from './files';
import type { Io } from './io';

export const ANCHOR_HELP = `Usage: seed-annotator anchor FILE... [--json] [--write] [--config FILE]

Re-anchors each sidecar (FILE is a sidecar or its text file) against the text as it is now, and prints for every
annotation whether it is still where it was (exact), found elsewhere (moved), found approximately (fuzzy, its
text updated to what it now covers) or not found (orphan, kept with its last text and position).
--write updates the sidecar in place (comments kept) and its textHash.
Exit status: 0 when no annotation is orphaned, 2 when some are, 1 when a sidecar cannot be read.
`;

const STATUSES: readonly AnchorStatus[] = ['exact', 'moved', 'fuzzy', 'orphan'];

export function anchorCommand(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, ['json', 'write', 'help'], ['config']);
  if (args.flags.has('help')) return io.out(ANCHOR_HELP), 0;
  if (args.positional.length === 0) throw new UsageError('anchor needs at least one FILE (a sidecar or a seed file)');
  const config = loadConfig(args.values.get('config'), io.err);
  const reports: Array<{ sidecar: string; text: string; results: AnchorResult[]; written: boolean }> = [];
  let unreadable = 0;
  for (const target of args.positional) {
    const rel = path.relative(process.cwd(), path.resolve(target)).split(path.sep).join('/');
    const sidecarPath = rel.endsWith(SIDECAR_SUFFIX) ? rel : sidecarPathFor(rel, config);
    const textPath = rel.endsWith(SIDECAR_SUFFIX) ? textPathFor(rel, config)! : rel;
    if (!fs.existsSync(sidecarPath)) throw new UsageError(`no sidecar ${sidecarPath}`);
    const yamlText = readText(sidecarPath);
    const read = loadSidecar(yamlText, { labels: config.labels });
    if (!read.sidecar || !read.layout || hasErrors(read.problems)) {
      for (const p of read.problems) io.err(formatProblem(sidecarPath, p) + '\n');
      io.err(`anchor: ${sidecarPath} cannot be read; it is left as it is\n`);
      unreadable++;
      continue;
    }
    const text = readText(textPath);
    const file = recognize(text, { fileName: textPath, delimiters: config.delimiters, boilerplate: config.boilerplate });
    const outcome = reanchor(read.sidecar, text, file);
    let written = false;
    if (args.flags.has('write')) {
      const next = patchSidecar({ sidecar: read.sidecar, layout: read.layout }, { ...outcome.sidecar, textHash: textHashOf(text) });
      if (next !== yamlText) {
        writeAtomically(sidecarPath, next);
        written = true;
      }
    }
    reports.push({ sidecar: sidecarPath, text: textPath, results: outcome.results, written });
  }

  const count = (results: AnchorResult[]) => Object.fromEntries(STATUSES.map((s) => [s, results.filter((r) => r.status === s).length])) as Record<AnchorStatus, number>;
  if (args.flags.has('json')) {
    io.out(JSON.stringify(reports.map((r) => ({ ...r, summary: count(r.results) })), null, 2) + '\n');
  } else {
    for (const r of reports) {
      io.out(`${r.sidecar} against ${r.text}\n`);
      for (const result of r.results) io.out(describe(result));
      const c = count(r.results);
      io.out(`anchor: ${r.results.length} annotations: ${STATUSES.map((s) => `${c[s]} ${s}`).join(', ')}${r.written ? `; wrote ${r.sidecar}` : ''}\n`);
    }
  }
  if (unreadable > 0) return 1;
  return reports.some((r) => r.results.some((x) => x.status === 'orphan')) ? 2 : 0;
}

function describe(r: AnchorResult): string {
  const span = (s: { start: number; end: number }) => `${s.start}..${s.end}`;
  const quote = (t: string) => JSON.stringify(t.length > 50 ? `${t.slice(0, 47)}...` : t);
  const head = `  ${r.status.padEnd(6)} ${r.kind.padEnd(6)} ${r.id.padEnd(8)} ${span(r.from)}`;
  const cue = r.cueLost ? ' (its cue was not found and is dropped)' : '';
  switch (r.status) {
    case 'exact':
      return `${head} ${quote(r.from.text)}${cue}\n`;
    case 'moved':
      return `${head} -> ${span(r.to!)} ${quote(r.from.text)}${cue}\n`;
    case 'fuzzy':
      return `${head} -> ${span(r.to!)} ${quote(r.to!.text)} (was ${quote(r.from.text)}, score ${r.score})${cue}\n`;
    case 'orphan':
      return `${head} ${quote(r.from.text)} not found: kept as an orphan\n`;
  }
}

/** Write to a temporary file beside the target, then rename: a crash never leaves half a sidecar. */
function writeAtomically(file: string, content: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(temp, content);
  fs.renameSync(temp, file);
}
