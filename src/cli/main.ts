import { version } from '../../package.json';
import { anchorCommand, ANCHOR_HELP } from './anchor';
import { docsCommand, DOCS_HELP } from './docs';
import { EXIT, type ExitCode } from './exit';
import { exportCommand, EXPORT_HELP } from './export';
import { importCommand, IMPORT_HELP } from './import';
import { suggestCommand, SUGGEST_HELP } from './suggest';
import { UsageError } from './files';
import { processIo, type Io } from './io';
import { statsCommand, STATS_HELP } from './stats';
import { describeError, validateCommand, VALIDATE_HELP } from './validate';

const COMMANDS: Record<string, { run: (argv: readonly string[], io: Io) => Promise<ExitCode>; summary: string; help: string }> = {
  docs: { run: docsCommand, summary: 'list the seed documents and boilerplate ranges in files', help: DOCS_HELP },
  validate: { run: validateCommand, summary: 'check sidecars against their seed files', help: VALIDATE_HELP },
  export: { run: exportCommand, summary: 'write annotations in a format other tools read (json, jsonl, csv, brat, w3c, conll, ...)', help: EXPORT_HELP },
  import: { run: importCommand, summary: 'put annotations other tools made (brat, jsonl, doccano, labelstudio, w3c) into sidecars', help: IMPORT_HELP },
  suggest: { run: suggestCommand, summary: 'suggest entities and claims in seed files (--learn-from DIR: from annotated sidecars)', help: SUGGEST_HELP },
  anchor: { run: anchorCommand, summary: 're-anchor sidecars to the current text (--write to save)', help: ANCHOR_HELP },
  stats: { run: statsCommand, summary: 'documents by state, annotations per label and status, canonical mentions', help: STATS_HELP },
};

const HELP = `seed-annotator ${version}: annotate seed documents (news articles) with entities and claims

Usage: seed-annotator <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Options:
  -h, --help      show this help (seed-annotator <command> --help for a command's)
  -v, --version   print the version

Exit status: 0 ok, 1 errors in a sidecar, 2 bad usage or a file that cannot be read or written, 3 annotations
lost when re-anchoring (anchor), 4 internal error (a bug).
`;

/** Whether `-h` or `--help` comes before any `--`. */
function asksForHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '-h' || arg === '--help') return true;
  }
  return false;
}

/** Runs the command line `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    if (first === 'help' && rest[0] && COMMANDS[rest[0]]) io.out(COMMANDS[rest[0]]!.help);
    else io.out(HELP);
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '-v' || first === '--version') {
    io.out(`${version}\n`);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) {
    io.err(`seed-annotator: unknown command "${first}"; see seed-annotator --help\n`);
    return EXIT.usage;
  }
  if (asksForHelp(rest)) {
    io.out(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    // Bad input gets a message, never a stack trace.
    if (err instanceof UsageError) {
      io.err(`seed-annotator ${first}: ${err.message}\n`);
      return EXIT.usage;
    }
    io.err(`seed-annotator ${first}: internal error: ${describeError(err)}\n`);
    return EXIT.internal;
  }
}

if (require.main === module) {
  // `seed-annotator export ... | head`: the reader went away; stop quietly, as other command-line tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
