// seed-annotator export: the annotations of seed files in a format other tools read.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { readCorpus, type Corpus } from '../core/corpus';
import { EXPORT_FORMATS, exportFormat } from '../core/export/formats';
import { describeReport, runExport } from '../core/export/run';
import type { OffsetUnit } from '../core/export/types';
import { parseArgs } from './args';
import { corpusTargets } from './corpusFiles';
import { EXIT, EXIT_INTERNAL_LINE, EXIT_USAGE_LINE, exitHelp, type ExitCode } from './exit';
import { collectPairs, loadConfig, readText, UsageError } from './files';
import type { Io } from './io';

export const EXPORT_HELP = `Usage: seed-annotator export --format FORMAT [--out PATH] [--offsets utf16|codepoints]
                             [--include-boilerplate[=false]] [--only-done] [--base-iri IRI] [--config FILE] PATH...

Writes the annotations of the seed files under PATH (folders searched recursively, as validate does) in FORMAT:
${EXPORT_FORMATS.map((f) => `  ${f.name.padEnd(12)} ${f.description}${f.folder ? ' (a folder: --out DIR)' : ''}`).join('\n')}

Single-stream formats go to stdout without --out. Offsets are each format's readers' unit by default (code points
for Python-based tools and the W3C model, UTF-16 for json and csv); --offsets chooses. Page chrome is kept with
its offsets; --include-boilerplate=false cuts it out of the texts (annotations in it are left out). Orphans (text
gone) are always left out; files whose sidecar has errors are left out and named. The summary goes to stderr.

Options:
  --format FORMAT             one of: ${EXPORT_FORMATS.map((f) => f.name).join(', ')}
  --out PATH                  the file (or folder) to write
  --offsets UNIT              utf16 or codepoints
  --include-boilerplate=false cut page chrome out of the exported texts
  --only-done                 only documents marked done
  --base-iri IRI              w3c: sources as IRI + path instead of file: IRIs
  --config FILE               settings (default: .vscode/settings.json)

${exitHelp([[EXIT.ok, 'exported'], [EXIT.problems, 'exported, but some files were left out (their sidecar has errors)'], EXIT_USAGE_LINE, EXIT_INTERNAL_LINE])}`;

export async function exportCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  // --include-boilerplate alone, or =true / =false (a value of its own would take the next PATH).
  let chrome = true;
  const rest = argv.filter((a) => {
    const m = /^--include-boilerplate(?:=(.*))?$/.exec(a);
    if (!m) return true;
    if (m[1] !== undefined && m[1] !== 'true' && m[1] !== 'false') throw new UsageError(`--include-boilerplate is true or false, not "${m[1]}"`);
    chrome = m[1] !== 'false';
    return false;
  });
  const args = parseArgs(rest, ['only-done', 'help'], ['format', 'out', 'offsets', 'base-iri', 'config']);
  const name = args.values.get('format');
  if (!name) throw new UsageError(`--format is required (${EXPORT_FORMATS.map((f) => f.name).join(', ')})`);
  const format = exportFormat(name);
  if (!format) throw new UsageError(`unknown format "${name}" (${EXPORT_FORMATS.map((f) => f.name).join(', ')})`);
  const unit = args.values.get('offsets');
  if (unit !== undefined && unit !== 'utf16' && unit !== 'codepoints') throw new UsageError(`--offsets is utf16 or codepoints, not "${unit}"`);
  const out = args.values.get('out');
  if (format.folder && !out) throw new UsageError(`${format.name} writes a folder: give it with --out DIR`);
  if (args.positional.length === 0) throw new UsageError('export needs at least one PATH (a folder, a seed file or a sidecar)');

  const config = loadConfig(args.values.get('config'), io.err);
  const { corpusFiles, targets } = corpusTargets(args.positional, true);
  const { pairs, unannotated, errors } = collectPairs(targets, config);
  for (const e of errors) io.err(`seed-annotator export: ${e}\n`);
  let corpus: Corpus | undefined;
  if (corpusFiles[0]) {
    const read = readCorpus(readText(corpusFiles[0]), { labels: config.labels });
    if (read.corpus && !read.problems.some((p) => p.severity === 'error')) corpus = read.corpus;
    else io.err(`seed-annotator export: ${corpusFiles[0]} has errors: canonical names are left out (seed-annotator validate shows them)\n`);
  }
  const files = [...pairs.map((p) => ({ text: p.text, sidecar: p.sidecar as string | undefined })), ...unannotated.map((text) => ({ text, sidecar: undefined }))].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const inputs = files.map((f) => async () => ({
    file: f.text,
    fileIri: pathToFileURL(path.resolve(f.text)).href,
    text: readText(f.text),
    sidecarYaml: f.sidecar !== undefined ? readText(f.sidecar) : undefined,
  }));
  const result = await runExport(inputs, format, config, corpus, {
    ...(unit ? { unit: unit as OffsetUnit } : {}),
    includeBoilerplate: chrome,
    onlyDone: args.flags.has('only-done'),
    ...(args.values.get('base-iri') ? { baseIri: args.values.get('base-iri')! } : {}),
    created: new Date().toISOString(),
  });
  for (const s of result.report.skipped) io.err(`seed-annotator export: left out ${s.file}: ${s.reason}\n`);
  if (result.report.documents === 0) {
    io.err('seed-annotator export: nothing to export (no seed document in scope)\n');
    return errors.length > 0 ? EXIT.usage : result.report.skipped.length > 0 ? EXIT.problems : EXIT.ok;
  }
  if (format.folder) {
    for (const f of result.output) {
      const target = path.join(out!, f.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, f.content);
    }
  } else {
    const content = result.output.map((f) => f.content).join('');
    if (out) {
      fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
      fs.writeFileSync(out, content);
    } else io.out(content);
  }
  io.err(`seed-annotator export: ${describeReport(result.report)}${out ? ` → ${out}` : ''}\n`);
  return errors.length > 0 ? EXIT.usage : result.report.skipped.length > 0 ? EXIT.problems : EXIT.ok;
}
