// Exit statuses, the same for every command.

export const EXIT = {
  /** Nothing to report. */
  ok: 0,
  /** A sidecar has errors (validate; --strict: warnings too; anchor: a sidecar it cannot read). */
  problems: 1,
  /** Bad usage, or a file that cannot be read or written. */
  usage: 2,
  /** anchor: an annotation was not found (orphan) or a claim's cue was lost. */
  lost: 3,
  /** An internal error: a bug, please report it with the input. */
  internal: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Which status wins when several apply: internal error, then usage or file error, then problems, then lost. */
const PRECEDENCE: readonly ExitCode[] = [EXIT.internal, EXIT.usage, EXIT.problems, EXIT.lost, EXIT.ok];

export function worst(codes: Iterable<ExitCode>): ExitCode {
  const seen = new Set(codes);
  return PRECEDENCE.find((c) => seen.has(c)) ?? EXIT.ok;
}

/** The lines of a command's help that list its exit statuses. */
export function exitHelp(lines: ReadonlyArray<readonly [ExitCode, string]>): string {
  return `Exit status:\n${lines.map(([code, text]) => `  ${code}  ${text}`).join('\n')}\nWhen several apply, the first in the order 4, 2, 1, 3 is returned.\n`;
}

export const EXIT_USAGE_LINE = [EXIT.usage, 'bad usage, or a file that cannot be read (or written); the other files are still processed'] as const;
export const EXIT_INTERNAL_LINE = [EXIT.internal, 'internal error (a bug: please report it with the input)'] as const;
