// seed-annotator docs FILE... [--json]: the documents and boilerplate ranges the extension sees in each file.
import { recognize, type RecognizedFile } from '../core/documents';
import { lineStarts, positionAt } from '../core/text';
import { parseArgs } from './args';
import { EXIT, EXIT_INTERNAL_LINE, EXIT_USAGE_LINE, exitHelp, type ExitCode } from './exit';
import { loadConfig, readText, textWarnings, UsageError } from './files';
import type { Io } from './io';

export const DOCS_HELP = `Usage: seed-annotator docs FILE... [--json] [--config FILE]

Lists the seed documents recognised in each file (one for a seed file, one per delimiter in a bundle) with
their offsets (UTF-16 code units, end exclusive) and the boilerplate ranges (page chrome) inside them, and
warns about two documents with the same name in a bundle.

Options:
  --json          print the results as JSON (one entry per file)
  --config FILE   settings file (JSON with comments) instead of .vscode/settings.json
  -h, --help      show this help

${exitHelp([[EXIT.ok, 'every file was read'], EXIT_USAGE_LINE, EXIT_INTERNAL_LINE])}`;

export async function docsCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, ['json', 'help'], ['config']);
  if (args.flags.has('help')) return io.out(DOCS_HELP), EXIT.ok;
  if (args.positional.length === 0) throw new UsageError('docs needs at least one FILE');
  const config = loadConfig(args.values.get('config'), io.err);
  const results: Array<{ file: string; text: string; recognized: RecognizedFile }> = [];
  let failed = 0;
  for (const file of args.positional) {
    let text: string;
    try {
      text = readText(file);
    } catch (err) {
      // One file that cannot be read does not stop the others.
      if (!(err instanceof UsageError) || args.positional.length === 1) throw err;
      io.err(`seed-annotator docs: ${err.message}\n`);
      failed++;
      continue;
    }
    results.push({ file, text, recognized: recognize(text, { fileName: file, delimiters: config.delimiters, boilerplate: config.boilerplate }) });
  }
  if (args.flags.has('json')) {
    io.out(JSON.stringify(results.map(({ file, recognized }) => ({ file, ...recognized })), null, 2) + '\n');
  } else {
    for (const { file, text, recognized } of results) io.out(describe(file, text, recognized));
  }
  return failed > 0 ? EXIT.usage : EXIT.ok;
}

function describe(file: string, text: string, r: RecognizedFile): string {
  const starts = lineStarts(text);
  const line = (offset: number) => positionAt(starts, offset).line + 1;
  const preview = (s: number, e: number) => JSON.stringify(text.slice(s, Math.min(e, s + 30)).replace(/\s+/g, ' ') + (e - s > 30 ? '…' : ''));
  const out = [`${file}: ${r.kind}, ${r.documents.length} document${r.documents.length === 1 ? '' : 's'}`];
  for (const d of r.documents) {
    out.push(`  ${d.id}  body ${d.bodyStart}..${d.bodyEnd} (lines ${line(d.bodyStart)}-${line(Math.max(d.bodyStart, d.bodyEnd - 1))})`);
    if (d.boilerplate.length === 0) out.push('    boilerplate: none');
    for (const [s, e] of d.boilerplate) out.push(`    boilerplate ${s}..${e} (lines ${line(s)}-${line(Math.max(s, e - 1))}) ${preview(s, e)}`);
  }
  for (const w of textWarnings(file, text, r)) out.push(`  ${w}`);
  return out.join('\n') + '\n';
}
