// Problems found in a sidecar or a setting, reported as FILE:LINE:COL: path: message.

export type Severity = 'error' | 'warning';

export interface Problem {
  readonly severity: Severity;
  /** 1-based line and column of where the problem is, in the file that has it. */
  readonly line: number;
  readonly col: number;
  /** Offsets into that file, for editors (diagnostic ranges). */
  readonly start: number;
  readonly end: number;
  /** Field path, such as `entities[3].end`; empty for problems of the whole file. */
  readonly path: string;
  readonly message: string;
}

export function formatProblem(file: string, p: Problem): string {
  const where = p.path ? `${p.path}: ` : '';
  const warning = p.severity === 'warning' ? 'warning: ' : '';
  return `${file}:${p.line}:${p.col}: ${warning}${where}${p.message}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
