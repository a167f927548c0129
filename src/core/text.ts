// Plain-text helpers. Offsets everywhere are UTF-16 code units (what VS Code's offsetAt counts), end exclusive.

export const BOM = '\uFEFF';

/**
 * Decodes file bytes as VS Code does for UTF-8 files: a leading byte order mark is dropped, so offsets count
 * from the first character of the text. Throws on bytes that are not UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return text.startsWith(BOM) ? text.slice(1) : text;
}

export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** A line of text: [start, end) excludes its terminator, which runs to `next`. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/** Lines as VS Code sees them: terminated by \r\n, \n or a lone \r. */
export function* lines(text: string, from = 0, to = text.length): Generator<Line> {
  let start = from;
  while (start < to) {
    let end = start;
    while (end < to) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    let next = end;
    if (next < to) next += text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10 ? 2 : 1;
    yield { start, end, next };
    start = next;
  }
}

/** Offsets at which each line starts, for turning offsets into line/column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (const line of lines(text)) if (line.next > line.end) starts.push(line.next);
  return starts;
}

/** Zero-based line and UTF-16 column of `offset`. */
export function positionAt(starts: readonly number[], offset: number): { line: number; col: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, col: offset - starts[lo]! };
}

/** Number of words in a line, counting runs of letters or digits. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
