// seed-annotator suggest: entity and claim suggestions for seed files, as the editor will offer them.
import * as fs from 'fs';
import { sidecarPathFor } from '../core/config';
import { recognize } from '../core/documents';
import type { Sidecar } from '../core/model';
import { suggestForFile } from '../core/suggest/file';
import { learnFrom } from '../core/suggest/learn';
import { NodeFileStore } from '../node/nodeFileStore';
import { parseArgs } from './args';
import { EXIT, EXIT_INTERNAL_LINE, EXIT_USAGE_LINE, exitHelp, type ExitCode } from './exit';
import { collectPairs, loadConfig, readText, UsageError } from './files';
import type { Io } from './io';
import { describeOutcome, readExisting, roundScore, suggestionItems, writeSuggestions } from './suggestWrite';

export const SUGGEST_HELP = `Usage: seed-annotator suggest FILE... [--json] [--write] [--learn-from DIR] [--threshold N] [--config FILE]

Suggests entities (PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, LAW, DATE, MONEY, QUANTITY, PERCENT) and attributed
claims (source, cue, content) in each seed file (FILE: seed files, or folders searched recursively). Page chrome
is never suggested; what the file's sidecar annotates or rejected already is left out. --learn-from DIR reads the
sidecars under DIR as the annotator's history: every entity annotated there is suggested wherever its text occurs,
with the label used most for it. Offsets are UTF-16 code units into the file.

Nothing is written unless --write: then each file's suggestions become its sidecar's \`suggestions\` list (the
editor offers them; Accept moves one into entities or claims, Reject into rejected). The list written before is
replaced, everything else in the sidecar is kept byte for byte; a sidecar is created for a file without one
(unless there is nothing to suggest); a sidecar with errors is never written over.

With --json, one JSON object per file and line:
  {"file", "entities": [{"start","end","text","type","score"}], "claims": [{"start","end","text","source","cue","score"}]}

Options:
  --json            JSON lines instead of a table (with --write, what was written goes to stderr)
  --write           put the suggestions into the sidecars
  --learn-from DIR  learn from the sidecars under DIR
  --threshold N     leave out suggestions scored below N (0..1, default 0.5)
  --config FILE     settings (default: .vscode/settings.json)

${exitHelp([[EXIT.ok, 'suggested (and written)'], [EXIT.problems, 'some sidecar has errors (its file is suggested without it; with --write it is not written)'], EXIT_USAGE_LINE, EXIT_INTERNAL_LINE])}`;

export async function suggestCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, ['json', 'write', 'help'], ['learn-from', 'threshold', 'config']);
  if (args.positional.length === 0) throw new UsageError('suggest needs at least one FILE (a seed file or a folder)');
  const threshold = args.values.has('threshold') ? Number(args.values.get('threshold')) : 0.5;
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) throw new UsageError(`--threshold is a number from 0 to 1, not "${args.values.get('threshold')}"`);
  const config = loadConfig(args.values.get('config'), io.err);
  let problems = false;
  const write = args.flags.has('write');
  const readSidecar = (path: string): Sidecar | undefined => {
    const existing = readExisting(path, config.labels);
    if (existing && !existing.sound) {
      io.err(`seed-annotator suggest: ${path} has errors (seed-annotator validate shows them): suggesting without it\n`);
      problems = true;
      return undefined;
    }
    return existing?.read.sidecar;
  };

  const learnDir = args.values.get('learn-from');
  let learned: ReturnType<typeof learnFrom> | undefined;
  if (learnDir !== undefined) {
    if (!fs.existsSync(learnDir)) throw new UsageError(`no such folder: ${learnDir}`);
    const history = collectPairs([learnDir], config).pairs.flatMap((p) => {
      const sidecar = readSidecar(p.sidecar);
      return sidecar && fs.existsSync(p.text) ? [{ text: readText(p.text), sidecar }] : [];
    });
    learned = learnFrom(history);
    io.err(`seed-annotator suggest: learned from ${history.length} annotated file${history.length === 1 ? '' : 's'} under ${learnDir}\n`);
  }

  const { pairs, unannotated, errors } = collectPairs(args.positional, config);
  for (const e of errors) io.err(`seed-annotator suggest: ${e}\n`);
  const files = [...pairs.map((p) => ({ text: p.text, sidecar: p.sidecar as string | undefined })), ...unannotated.map((text) => ({ text, sidecar: undefined }))].sort((a, b) => (a.text < b.text ? -1 : 1));
  const store = new NodeFileStore();
  for (const f of files) {
    const text = readText(f.text);
    const file = recognize(text, { fileName: f.text, delimiters: config.delimiters, boilerplate: config.boilerplate });
    const s = await suggestForFile(text, file, f.sidecar !== undefined ? readSidecar(f.sidecar) : undefined, { threshold, ...(learned ? { learned } : {}) });
    const round = roundScore;
    let wrote = '';
    if (write) {
      const items = suggestionItems(s, config.labels);
      const outcome = await writeSuggestions(store, f.sidecar ?? sidecarPathFor(f.text, config), f.text, items, config.labels);
      if (outcome.kind === 'refused') problems = true;
      wrote = describeOutcome(outcome, items);
      if (args.flags.has('json') || outcome.kind === 'refused') io.err(`seed-annotator suggest: ${wrote}\n`);
    }
    if (args.flags.has('json')) {
      io.out(
        JSON.stringify({
          file: f.text,
          entities: s.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, score: round(e.score), ...(e.link !== undefined ? { link: e.link } : {}) })),
          claims: s.claims.map((c) => ({ start: c.start, end: c.end, text: c.text, source: c.source?.text ?? null, cue: c.cue?.text ?? null, score: round(c.score) })),
        }) + '\n',
      );
      continue;
    }
    io.out(`${f.text}: ${s.entities.length} entities, ${s.claims.length} claims suggested\n`);
    for (const e of s.entities) io.out(`  ${String(e.start).padStart(6)}-${String(e.end).padEnd(6)} ${e.type.padEnd(9)} ${round(e.score).toFixed(2)}  ${e.text.replace(/\s+/g, ' ')}\n`);
    for (const c of s.claims) io.out(`  ${String(c.start).padStart(6)}-${String(c.end).padEnd(6)} CLAIM     ${round(c.score).toFixed(2)}  ${c.source ? `${c.source.text} ` : ''}${c.cue ? `[${c.cue.text}] ` : ''}“${c.text.replace(/\s+/g, ' ').slice(0, 100)}”\n`);
    if (wrote) io.out(`  ${wrote}\n`);
  }
  return errors.length > 0 ? EXIT.usage : problems ? EXIT.problems : EXIT.ok;
}
