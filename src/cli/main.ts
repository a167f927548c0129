import { version } from '../../package.json';

const HELP = `seed-annotator ${version}: annotate seed documents (news articles) with entities and claims

Usage: seed-annotator <command> [options]

Options:
  -h, --help      show this help
  -v, --version   print the version

Commands arrive with the features they serve (docs, validate, anchor, export, suggest, stats).
`;

/** Runs the command line `argv` (without node and script) and returns the exit code. */
export function main(argv: readonly string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): number {
  const [first] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    out(HELP);
    return first === undefined ? 2 : 0;
  }
  if (first === '-v' || first === '--version') {
    out(`${version}\n`);
    return 0;
  }
  err(`seed-annotator: unknown command "${first}"; see seed-annotator --help\n`);
  return 2;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
