import { UsageError } from './files';

export interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Set<string>;
  readonly values: Map<string, string>;
}

/** `--flag`, `--key value` / `--key=value` (for the names in `withValue`), and positional arguments. */
export function parseArgs(argv: readonly string[], known: readonly string[], withValue: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (withValue.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      values.set(name, value);
    } else if (known.includes(name) && inline === undefined) flags.add(name);
    else throw new UsageError(`unknown option --${name}`);
  }
  return { positional, flags, values };
}
