// seed-annotator validate PATH...: checks every sidecar (and the text it points into) under the given paths.
import * as fs from 'fs';
import * as path from 'path';
import { isSeedTextFile, sidecarPathFor, SIDECAR_SUFFIX, textPathFor, type SeedConfig } from '../core/config';
import { formatProblem, type Problem } from '../core/problems';
import { validateSidecar } from '../core/sidecar/validate';
import { parseArgs } from './args';
import { loadConfig, readText, UsageError, walk } from './files';
import type { Io } from './io';

export const VALIDATE_HELP = `Usage: seed-annotator validate PATH... [--strict] [--config FILE]

Checks sidecars (NAME.annotations.yaml) against their seed files. PATH is a folder (searched recursively), a
sidecar or a seed file. Prints FILE:LINE:COL: field: message for every problem and a summary.
Exit status: 0 when there are no errors, 1 when there are (--strict: warnings count too), 2 for bad usage.
Settings come from .vscode/settings.json in the current folder, or --config FILE.
`;

interface Pair {
  /** Paths relative to the current folder (the workspace root for the sidecar folder setting). */
  readonly sidecar: string;
  readonly text: string;
}

export function validateCommand(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, ['strict', 'help'], ['config']);
  if (args.flags.has('help')) return io.out(VALIDATE_HELP), 0;
  if (args.positional.length === 0) throw new UsageError('validate needs at least one PATH (a folder, a sidecar or a seed file)');
  const config = loadConfig(args.values.get('config'), io.err);
  const { pairs, unannotated } = collect(args.positional, config);

  let errors = 0;
  let warnings = 0;
  for (const pair of pairs) {
    const problems = validatePair(pair, config);
    for (const p of problems) {
      if (p.severity === 'error') errors++;
      else warnings++;
      io.out(formatProblem(pair.sidecar, p) + '\n');
    }
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  io.out(`validate: ${plural(pairs.length, 'sidecar')} checked, ${plural(unannotated, 'seed file')} without one: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
  return errors > 0 || (args.flags.has('strict') && warnings > 0) ? 1 : 0;
}

function validatePair(pair: Pair, config: SeedConfig): Problem[] {
  const yamlText = readText(pair.sidecar);
  let text: string | undefined;
  if (fs.existsSync(pair.text)) text = readText(pair.text);
  const { problems } = validateSidecar(yamlText, text, pair.text, config);
  if (text === undefined) {
    problems.unshift({ severity: 'error', line: 1, col: 1, start: 0, end: 0, path: '', message: `no text file ${pair.text} for this sidecar` });
  }
  return problems;
}

function relative(p: string): string {
  return path.relative(process.cwd(), path.resolve(p)).split(path.sep).join('/') || '.';
}

function collect(targets: readonly string[], config: SeedConfig): { pairs: Pair[]; unannotated: number } {
  const pairs = new Map<string, Pair>();
  let unannotated = 0;
  const addText = (text: string) => {
    const sidecar = sidecarPathFor(text, config);
    if (fs.existsSync(sidecar)) pairs.set(sidecar, { sidecar, text });
    else unannotated++;
  };
  const addSidecar = (sidecar: string) => {
    const text = textPathFor(sidecar, config);
    if (text !== undefined) pairs.set(sidecar, { sidecar, text });
  };
  for (const target of targets) {
    if (!fs.existsSync(target)) throw new UsageError(`no such file or folder: ${target}`);
    const rel = relative(target);
    if (fs.statSync(target).isDirectory()) {
      const files = walk(target).map((f) => (rel === '.' ? f : `${rel}/${f}`));
      for (const f of files) {
        if (f.endsWith(SIDECAR_SUFFIX)) addSidecar(f);
        else if (f.toLowerCase().endsWith('.txt') && isSeedTextFile(f, config) && !pairs.has(sidecarPathFor(f, config))) addText(f);
      }
      // Sidecars kept in the sidecar folder are found from their text files.
    } else if (rel.endsWith(SIDECAR_SUFFIX)) addSidecar(rel);
    else addText(rel);
  }
  return { pairs: [...pairs.values()].sort((a, b) => a.sidecar.localeCompare(b.sidecar)), unannotated };
}
