import { version } from '../../package.json';
import { anchorCommand, ANCHOR_HELP } from './anchor';
import { docsCommand, DOCS_HELP } from './docs';
import { UsageError } from './files';
import { processIo, type Io } from './io';
import { validateCommand, VALIDATE_HELP } from './validate';

const COMMANDS: Record<string, { run: (argv: readonly string[], io: Io) => number; summary: string; help: string }> = {
  docs: { run: docsCommand, summary: 'list the seed documents and boilerplate ranges in files', help: DOCS_HELP },
  validate: { run: validateCommand, summary: 'check sidecars against their seed files', help: VALIDATE_HELP },
  anchor: { run: anchorCommand, summary: 're-anchor sidecars to the current text (--write to save)', help: ANCHOR_HELP },
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
`;

/** Runs the command line `argv` (without node and script) and returns the exit code. */
export function main(argv: readonly string[], io: Io = processIo): number {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    if (first === 'help' && rest[0] && COMMANDS[rest[0]]) io.out(COMMANDS[rest[0]]!.help);
    else io.out(HELP);
    return first === undefined ? 2 : 0;
  }
  if (first === '-v' || first === '--version') {
    io.out(`${version}\n`);
    return 0;
  }
  const command = COMMANDS[first];
  if (!command) {
    io.err(`seed-annotator: unknown command "${first}"; see seed-annotator --help\n`);
    return 2;
  }
  try {
    return command.run(rest, io);
  } catch (err) {
    // Bad input gets a message, never a stack trace.
    if (err instanceof UsageError) {
      io.err(`seed-annotator ${first}: ${err.message}\n`);
      return 2;
    }
    io.err(`seed-annotator ${first}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
