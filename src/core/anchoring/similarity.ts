// How alike two short strings are (the context around a span): 1 - edit distance / the longer length.

// Two rows, reused: contexts are short, and this runs for thousands of annotations.
let rowA = new Uint32Array(64);
let rowB = new Uint32Array(64);

/** Edit distance of x and y; past `max`, any number above `max` (the work stops as soon as that is certain). */
export function editDistance(x: string, y: string, max = Infinity): number {
  if (x === y) return 0;
  // What both share at the start and the end costs nothing: only the differing middle goes through the table.
  let start = 0;
  while (start < x.length && start < y.length && x.charCodeAt(start) === y.charCodeAt(start)) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x.charCodeAt(endX - 1) === y.charCodeAt(endY - 1)) {
    endX--;
    endY--;
  }
  const n = endX - start;
  const m = endY - start;
  if (n === 0) return m;
  if (m === 0) return n;
  if (rowA.length <= m) {
    rowA = new Uint32Array(m * 2 + 1);
    rowB = new Uint32Array(m * 2 + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= m; j++) previous[j] = j;
  if (Math.abs(n - m) > max) return max + 1;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    const c = x.charCodeAt(start + i - 1);
    for (let j = 1; j <= m; j++) {
      const cost = c === y.charCodeAt(start + j - 1) ? 0 : 1;
      const del = previous[j]! + 1;
      const ins = current[j - 1]! + 1;
      const sub = previous[j - 1]! + cost;
      const v = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
      current[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[m]!;
}

/** 1 - edit distance / the longer length; with `floor`, any value below it reads as 0 (and costs less). */
export function similarity(a: string, b: string, floor = 0): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const max = floor > 0 ? Math.floor((1 - floor) * longer) : Infinity;
  const d = editDistance(a, b, max);
  return d > max ? 0 : 1 - d / longer;
}
