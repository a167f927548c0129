// seed-annotator validate PATH...: checks every sidecar (and the text it points into) under the given paths.
import * as fs from 'fs';
import * as path from 'path';
import type { SeedConfig } from '../core/config';
import { checkLinks } from '../core/corpus/links';
import type { Corpus } from '../core/corpus/model';
import { readCorpus } from '../core/corpus/read';
import { formatProblem, hasErrors, type Problem } from '../core/problems';
import { textHashAsync } from '../core/sha256';
import type { ReadResult } from '../core/sidecar/read';
import { validateSidecar } from '../core/sidecar/validate';
import { parseArgs } from './args';
import { EXIT, EXIT_INTERNAL_LINE, EXIT_USAGE_LINE, exitHelp, worst, type ExitCode } from './exit';
import { collectPairs, loadConfig, NotUtf8Error, readText, textWarnings, UsageError, type Pair } from './files';
import type { Io } from './io';
import { corpusTargets } from './corpusFiles';

export const VALIDATE_HELP = `Usage: seed-annotator validate PATH... [--strict] [--config FILE]

Checks sidecars (NAME.annotations.yaml) against their seed files. PATH is a folder (searched recursively), a
sidecar, a seed file or a corpus.yaml (the registry of canonical entities and claims). A corpus.yaml named, or
at the root of a folder named, is checked too, and the sidecars' links are checked against it: a link naming
no canonical entity or claim is a warning. Prints FILE:LINE:COL: field: message for every problem and a
summary.
Settings come from .vscode/settings.json in the current folder, or --config FILE.

Options:
  --strict        warnings count as errors
  --config FILE   settings file (JSON with comments) instead of .vscode/settings.json
  -h, --help      show this help

${exitHelp([[EXIT.ok, 'no errors'], [EXIT.problems, 'errors (--strict: or warnings) in some sidecar or corpus.yaml'], EXIT_USAGE_LINE, EXIT_INTERNAL_LINE])}`;

export async function validateCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, ['strict', 'help'], ['config']);
  if (args.flags.has('help')) return io.out(VALIDATE_HELP), EXIT.ok;
  if (args.positional.length === 0) throw new UsageError('validate needs at least one PATH (a folder, a sidecar or a seed file)');
  const config = loadConfig(args.values.get('config'), io.err);
  const { corpusFiles, targets } = corpusTargets(args.positional, false);
  const { pairs, unannotated, errors: targetErrors } = collectPairs(targets, config);
  for (const e of targetErrors) io.err(`seed-annotator validate: ${e}\n`);

  let errors = 0;
  let warnings = 0;
  let unreadable = targetErrors.length;
  let internal = 0;
  const print = (lines: ReadonlyArray<{ severity: Problem['severity']; line: string }>) => {
    for (const { severity, line } of lines) {
      if (severity === 'error') errors++;
      else warnings++;
      io.out(line + '\n');
    }
  };
  const corpora: CheckedCorpus[] = [];
  for (const file of corpusFiles) {
    try {
      const checked = checkCorpus(file, config);
      print(checked.lines);
      corpora.push(checked);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      io.err(`seed-annotator validate: ${err.message}\n`);
      unreadable++;
    }
  }
  for (const pair of pairs) {
    let lines: Array<{ severity: Problem['severity']; line: string }>;
    let read: ReadResult | undefined;
    try {
      ({ lines, read } = await checkPair(pair, config));
    } catch (err) {
      if (err instanceof UsageError) {
        io.err(`seed-annotator validate: ${err.message}\n`);
        unreadable++;
      } else {
        io.err(`seed-annotator validate: internal error while checking ${pair.sidecar}: ${describeError(err)}\n`);
        internal++;
      }
      continue;
    }
    const corpus = corpusFor(pair.sidecar, corpora);
    if (corpus?.corpus && read?.sidecar) {
      for (const p of checkLinks(corpus.corpus, [{ file: pair.sidecar, sidecar: read.sidecar, ...(read.layout ? { layout: read.layout } : {}) }])) {
        lines.push({ severity: p.severity, line: formatProblem(pair.sidecar, p) });
      }
    }
    print(lines);
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const notRead = unreadable > 0 ? `; ${plural(unreadable, 'path')} could not be read` : '';
  const corpusCount = corpora.length === 0 ? '' : ` and ${corpora.length} ${corpora.length === 1 ? 'corpus' : 'corpora'}`;
  io.out(`validate: ${plural(pairs.length - internal, 'sidecar')}${corpusCount} checked, ${plural(unannotated.length, 'seed file')} without one: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${notRead}\n`);
  return worst([
    internal > 0 ? EXIT.internal : EXIT.ok,
    unreadable > 0 ? EXIT.usage : EXIT.ok,
    errors > 0 || (args.flags.has('strict') && warnings > 0) ? EXIT.problems : EXIT.ok,
  ]);
}

interface CheckedCorpus {
  readonly file: string;
  /** Undefined when the corpus has errors: links are then not checked against it. */
  readonly corpus: Corpus | undefined;
  readonly lines: Array<{ severity: Problem['severity']; line: string }>;
}

/** The corpus whose folder holds the sidecar (the deepest), or the only one checked. */
function corpusFor(sidecar: string, corpora: readonly CheckedCorpus[]): CheckedCorpus | undefined {
  const holding = corpora.filter((c) => {
    const dir = path.posix.dirname(c.file);
    return dir === '.' || sidecar.startsWith(`${dir}/`);
  });
  holding.sort((a, b) => b.file.length - a.file.length);
  return holding[0] ?? (corpora.length === 1 ? corpora[0] : undefined);
}

/** The problems of a corpus.yaml as printed lines. Throws UsageError for a file that cannot be read. */
function checkCorpus(file: string, config: SeedConfig): CheckedCorpus {
  let text: string;
  try {
    text = readText(file);
  } catch (err) {
    if (!(err instanceof NotUtf8Error)) throw err;
    return { file, corpus: undefined, lines: [{ severity: 'error', line: `${file}:${err.line}:${err.col}: the corpus is not UTF-8 text (byte ${err.byteOffset}): not checked` }] };
  }
  const { corpus, problems } = readCorpus(text, { labels: config.labels });
  const lines = problems.map((p) => ({ severity: p.severity, line: formatProblem(file, p) }));
  const ok = !hasErrors(problems) && corpus !== undefined;
  if (!ok) lines.push({ severity: 'warning', line: `${file}:1:1: warning: the corpus has errors: sidecar links are not checked against it` });
  return { file, corpus: ok ? corpus : undefined, lines };
}

/** Every problem of one sidecar and its text file, as printed lines, and the sidecar as read. Throws UsageError for a file that cannot be read. */
async function checkPair(pair: Pair, config: SeedConfig): Promise<{ lines: Array<{ severity: Problem['severity']; line: string }>; read?: ReadResult }> {
  const out: Array<{ severity: Problem['severity']; line: string }> = [];
  let yamlText: string;
  try {
    yamlText = readText(pair.sidecar);
  } catch (err) {
    if (!(err instanceof NotUtf8Error)) throw err;
    // Binary or mis-encoded content is a problem of the sidecar, reported where it starts.
    return { lines: [{ severity: 'error', line: `${pair.sidecar}:${err.line}:${err.col}: the sidecar is not UTF-8 text (byte ${err.byteOffset}): not checked` }] };
  }
  let text: string | undefined;
  if (fs.existsSync(pair.text)) {
    try {
      text = readText(pair.text);
    } catch (err) {
      if (!(err instanceof NotUtf8Error)) throw err;
      out.push({ severity: 'error', line: `${pair.text}:${err.line}:${err.col}: the seed file is not UTF-8 text (byte ${err.byteOffset}): the sidecar's offsets are not checked` });
    }
  }
  const { problems, file, read } = validateSidecar(yamlText, text, pair.text, config, text === undefined ? undefined : await textHashAsync(text));
  if (!fs.existsSync(pair.text)) {
    problems.unshift({ severity: 'error', line: 1, col: 1, start: 0, end: 0, path: '', message: `no text file ${pair.text} for this sidecar` });
  }
  for (const p of problems) out.push({ severity: p.severity, line: formatProblem(pair.sidecar, p) });
  if (text !== undefined && file) for (const w of textWarnings(pair.text, text, file)) out.push({ severity: 'warning', line: w });
  return { lines: out, read };
}

export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return process.env.SEED_ANNOTATOR_DEBUG ? (err.stack ?? err.message) : err.message;
}
