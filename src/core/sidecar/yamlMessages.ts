// What the YAML readers (sidecars, corpus.yaml) share to report problems.

/** The first line of a `yaml` package message, without its own "at line L, column C" (ours come separately). */
export function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** 1-based line and column of an offset (for problems found before the parser's line counter has run). */
export function positionOf(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}
