// seed-annotator import: annotations another tool made, into the sidecars of the seed documents they are about.
import * as fs from 'fs';
import * as path from 'path';
import { readCorpus } from '../core/corpus';
import { recognize } from '../core/documents';
import { IMPORT_PARSERS, importTotals, planImport, type ImportTarget } from '../core/import/run';
import type { ImportFile, ImportUnit } from '../core/import/types';
import { NodeFileStore } from '../node/nodeFileStore';
import { saveSidecar } from '../core/persist/saveSidecar';
import { hasErrors } from '../core/problems';
import { loadSidecar } from '../core/sidecar/load';
import { parseArgs } from './args';
import { corpusTargets } from './corpusFiles';
import { EXIT, EXIT_INTERNAL_LINE, EXIT_USAGE_LINE, exitHelp, type ExitCode } from './exit';
import { collectPairs, loadConfig, readText, UsageError, walk } from './files';
import type { Io } from './io';

const FORMATS = Object.keys(IMPORT_PARSERS);

export const IMPORT_HELP = `Usage: seed-annotator import --format FORMAT [--into DIR] [--write] [--replace] [--offsets utf16|codepoints]
                             [--predictions] [--config FILE] PATH...

Reads annotations another tool wrote (PATH: files, or folders searched recursively) and puts them into the
sidecars of the seed documents under DIR (default: the current folder) that they are about: matched by name
(a document id, a file name, brat's <file>__<document> names) or else by text. Spans are placed exactly when the
texts are the same, else by the re-anchoring rules (a span whose text is not found is skipped, never guessed);
annotations already there (same span and label) are merged, not added twice; an entity on a span that has
another label already is skipped and reported unless --replace. Prints what was imported, merged and skipped,
and why. Without --write nothing is saved (a dry run). Sidecars with errors are never written over.

Formats: ${FORMATS.join(', ')} (offsets as the tool counts them: code points; --offsets overrides).

${exitHelp([[EXIT.ok, 'imported (or would import)'], [EXIT.problems, 'some documents matched no seed document, or a target sidecar has errors'], EXIT_USAGE_LINE, EXIT_INTERNAL_LINE])}`;

export async function importCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, ['write', 'replace', 'predictions', 'help'], ['format', 'into', 'offsets', 'config']);
  const format = args.values.get('format');
  if (!format) throw new UsageError(`--format is required (${FORMATS.join(', ')})`);
  const parse = Object.hasOwn(IMPORT_PARSERS, format) ? IMPORT_PARSERS[format] : undefined;
  if (!parse) throw new UsageError(`unknown format "${format}" (${FORMATS.join(', ')})`);
  const unit = args.values.get('offsets');
  if (unit !== undefined && unit !== 'utf16' && unit !== 'codepoints') throw new UsageError(`--offsets is utf16 or codepoints, not "${unit}"`);
  if (args.positional.length === 0) throw new UsageError('import needs the files (or folders) to read');
  const config = loadConfig(args.values.get('config'), io.err);

  const files: ImportFile[] = [];
  for (const p of args.positional) {
    if (!fs.existsSync(p)) throw new UsageError(`no such file or folder: ${p}`);
    const paths = fs.statSync(p).isDirectory() ? walk(p).filter((f) => /\.(ann|txt|json|jsonl|jsonld)$/i.test(f)).map((f) => path.join(p, f)) : [p];
    for (const f of paths) files.push({ path: f, content: readText(f) });
  }
  const documents = parse(files, { ...(unit ? { unit: unit as ImportUnit } : {}), predictions: args.flags.has('predictions') });
  for (const d of documents) for (const w of d.warnings) io.err(`seed-annotator import: ${w}\n`);

  const into = args.values.get('into') ?? '.';
  const { pairs, unannotated } = collectPairs([into], config);
  const targets: Array<ImportTarget & { sidecarPath: string; yaml: string | undefined }> = [];
  let problems = false;
  // Never into the files being imported (a brat export's .txt files are named like the seeds they came from).
  const sources = args.positional.map((p) => path.resolve(p));
  const inSources = (file: string) => sources.some((src) => path.resolve(file) === src || path.resolve(file).startsWith(src + path.sep));
  for (const { text, sidecar } of [...pairs.map((p) => ({ text: p.text, sidecar: p.sidecar as string | undefined })), ...unannotated.map((text) => ({ text, sidecar: undefined }))]) {
    if (inSources(text)) continue;
    const fileText = readText(text);
    const sidecarPath = sidecar ?? text.replace(/\.txt$/i, '.annotations.yaml');
    const yaml = sidecar !== undefined && fs.existsSync(sidecar) ? readText(sidecar) : undefined;
    const read = yaml !== undefined ? loadSidecar(yaml, { labels: config.labels }) : undefined;
    if (read && (hasErrors(read.problems) || !read.sidecar)) {
      io.err(`seed-annotator import: ${sidecarPath} has errors: nothing is imported into it (seed-annotator validate shows them)\n`);
      problems = true;
      continue;
    }
    targets.push({ file: text, text: fileText, recognized: recognize(fileText, { fileName: text, delimiters: config.delimiters, boilerplate: config.boilerplate }), sidecar: read?.sidecar, sidecarPath, yaml });
  }

  // Wikidata links become the canonical entities that have those ids.
  const corpusFile = corpusTargets([into], true).corpusFiles[0];
  const corpus = corpusFile !== undefined ? readCorpus(readText(corpusFile), { labels: config.labels }).corpus : undefined;
  const store = new NodeFileStore();
  const plan = planImport(documents, targets, { labels: config.labels, conflicts: args.flags.has('replace') ? 'replace' : 'skip', ...(corpus ? { corpus } : {}) });
  for (const a of plan.ambiguous) io.err(`seed-annotator import: ${a}\n`);
  for (const name of plan.unmatched) io.err(`seed-annotator import: ${name}: no seed document under ${into} has this name or text: not imported\n`);
  for (const f of plan.files) {
    for (const { name, documentId, report } of f.reports) {
      const where = f.target.recognized.kind === 'bundle' ? `${f.target.file}#${documentId}` : f.target.file;
      const placed = report.placed.moved + report.placed.fuzzy > 0 ? ` (placed: ${report.placed.exact} exact, ${report.placed.moved} moved, ${report.placed.fuzzy} fuzzy)` : '';
      io.out(`${name} → ${where}: ${report.imported} imported, ${report.merged} merged${report.replaced ? `, ${report.replaced} relabelled` : ''}, ${report.skipped.length} skipped${placed}\n`);
      for (const s of report.skipped) io.out(`  skipped “${s.text}”: ${s.reason}\n`);
      for (const w of report.warnings) io.out(`  note: ${w}\n`);
    }
    if (args.flags.has('write')) {
      const target = targets.find((t) => t.file === f.target.file)!;
      const previous = target.yaml !== undefined ? { text: target.yaml, read: loadSidecar(target.yaml, { labels: config.labels }) } : undefined;
      const saved = await saveSidecar(store, path.resolve(target.sidecarPath), previous, f.sidecar, config.labels);
      if (saved.written) io.out(`  wrote ${target.sidecarPath}\n`);
    }
  }
  const t = importTotals(plan);
  io.err(`seed-annotator import: ${t.imported} imported, ${t.merged} merged, ${t.skipped} skipped, over ${plan.files.length} seed file${plan.files.length === 1 ? '' : 's'}${plan.unmatched.length ? `; ${plan.unmatched.length} document${plan.unmatched.length === 1 ? '' : 's'} matched none` : ''}${args.flags.has('write') ? '' : ' (a dry run: --write saves)'}\n`);
  return problems || plan.unmatched.length > 0 ? EXIT.problems : EXIT.ok;
}
