// The edit VS Code sends when it reloads a changed file: one replacement from the first changed line to the last
// changed line (common lines at both ends kept), as seen in code-server.
import type { TextChange } from '../../../src/core/anchoring/shift';

export function reloadChange(before: string, after: string): TextChange {
  const a = before.split('\n');
  const b = after.split('\n');
  let top = 0;
  while (top < a.length && top < b.length && a[top] === b[top]) top++;
  let bottom = 0;
  while (bottom < a.length - top && bottom < b.length - top && a[a.length - 1 - bottom] === b[b.length - 1 - bottom]) bottom++;
  const offsetOf = (lines: string[], n: number) => lines.slice(0, n).reduce((sum, l) => sum + l.length + 1, 0);
  const start = offsetOf(a, top);
  const endOld = Math.max(start, offsetOf(a, a.length - bottom) - (bottom > 0 ? 0 : 1));
  const endNew = Math.max(start, offsetOf(b, b.length - bottom) - (bottom > 0 ? 0 : 1));
  return { rangeOffset: start, rangeLength: Math.min(endOld, before.length) - start, text: after.slice(start, Math.min(endNew, after.length)) };
}
