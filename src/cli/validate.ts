// seed-annotator validate PATH...: checks every sidecar (and the text it points into) under the given paths.
import * as fs from 'fs';
import type { SeedConfig } from '../core/config';
import { formatProblem, type Problem } from '../core/problems';
import { textHashAsync } from '../core/sha256';
import { validateSidecar } from '../core/sidecar/validate';
import { parseArgs } from './args';
import { EXIT, EXIT_INTERNAL_LINE, EXIT_USAGE_LINE, exitHelp, worst, type ExitCode } from './exit';
import { collectPairs, loadConfig, NotUtf8Error, readText, textWarnings, UsageError, type Pair } from './files';
import type { Io } from './io';

export const VALIDATE_HELP = `Usage: seed-annotator validate PATH... [--strict] [--config FILE]

Checks sidecars (NAME.annotations.yaml) against their seed files. PATH is a folder (searched recursively), a
sidecar or a seed file. Prints FILE:LINE:COL: field: message for every problem and a summary.
Settings come from .vscode/settings.json in the current folder, or --config FILE.

Options:
  --strict        warnings count as errors
  --config FILE   settings file (JSON with comments) instead of .vscode/settings.json
  -h, --help      show this help

${exitHelp([[EXIT.ok, 'no errors'], [EXIT.problems, 'errors (--strict: or warnings) in some sidecar'], EXIT_USAGE_LINE, EXIT_INTERNAL_LINE])}`;

export async function validateCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, ['strict', 'help'], ['config']);
  if (args.flags.has('help')) return io.out(VALIDATE_HELP), EXIT.ok;
  if (args.positional.length === 0) throw new UsageError('validate needs at least one PATH (a folder, a sidecar or a seed file)');
  const config = loadConfig(args.values.get('config'), io.err);
  const { pairs, unannotated, errors: targetErrors } = collectPairs(args.positional, config);
  for (const e of targetErrors) io.err(`seed-annotator validate: ${e}\n`);

  let errors = 0;
  let warnings = 0;
  let unreadable = targetErrors.length;
  let internal = 0;
  for (const pair of pairs) {
    let lines: Array<{ severity: Problem['severity']; line: string }>;
    try {
      lines = await checkPair(pair, config);
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
    for (const { severity, line } of lines) {
      if (severity === 'error') errors++;
      else warnings++;
      io.out(line + '\n');
    }
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const notRead = unreadable > 0 ? `; ${plural(unreadable, 'path')} could not be read` : '';
  io.out(`validate: ${plural(pairs.length - internal, 'sidecar')} checked, ${plural(unannotated.length, 'seed file')} without one: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${notRead}\n`);
  return worst([
    internal > 0 ? EXIT.internal : EXIT.ok,
    unreadable > 0 ? EXIT.usage : EXIT.ok,
    errors > 0 || (args.flags.has('strict') && warnings > 0) ? EXIT.problems : EXIT.ok,
  ]);
}

/** Every problem of one sidecar and its text file, as printed lines. Throws UsageError for a file that cannot be read. */
async function checkPair(pair: Pair, config: SeedConfig): Promise<Array<{ severity: Problem['severity']; line: string }>> {
  const out: Array<{ severity: Problem['severity']; line: string }> = [];
  let yamlText: string;
  try {
    yamlText = readText(pair.sidecar);
  } catch (err) {
    if (!(err instanceof NotUtf8Error)) throw err;
    // Binary or mis-encoded content is a problem of the sidecar, reported where it starts.
    return [{ severity: 'error', line: `${pair.sidecar}:${err.line}:${err.col}: the sidecar is not UTF-8 text (byte ${err.byteOffset}): not checked` }];
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
  const { problems, file } = validateSidecar(yamlText, text, pair.text, config, text === undefined ? undefined : await textHashAsync(text));
  if (!fs.existsSync(pair.text)) {
    problems.unshift({ severity: 'error', line: 1, col: 1, start: 0, end: 0, path: '', message: `no text file ${pair.text} for this sidecar` });
  }
  for (const p of problems) out.push({ severity: p.severity, line: formatProblem(pair.sidecar, p) });
  if (text !== undefined && file) for (const w of textWarnings(pair.text, text, file)) out.push({ severity: 'warning', line: w });
  return out;
}

export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return process.env.SEED_ANNOTATOR_DEBUG ? (err.stack ?? err.message) : err.message;
}
