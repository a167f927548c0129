// Every occurrence of many needles in one pass over the text (a rolling hash of each position's first Q
// characters, verified by comparison), so that looking for hundreds of lost annotations costs one linear scan.

const Q = 6;

/** At most this many occurrences of each needle are reported. */
export const FIND_MANY_CAP = 200;
const BASE = 0x01000193;

/** Occurrences of each needle in `text`, at most `cap` each. Needles shorter than Q are searched one by one. */
export function findMany(text: string, needles: readonly string[], cap = FIND_MANY_CAP): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const buckets = new Map<number, string[]>();
  for (const needle of new Set(needles)) {
    if (needle.length === 0) continue;
    out.set(needle, []);
    if (needle.length < Q) {
      const hits = out.get(needle)!;
      for (let at = text.indexOf(needle); at >= 0 && hits.length < cap; at = text.indexOf(needle, at + 1)) hits.push(at);
      continue;
    }
    const h = hashAt(needle, 0);
    const bucket = buckets.get(h);
    if (bucket) bucket.push(needle);
    else buckets.set(h, [needle]);
  }
  if (buckets.size === 0 || text.length < Q) return out;
  // A bit per low 16 bits of the hashes present: most positions are ruled out without a Map lookup.
  const present = new Uint8Array(8192);
  for (const h of buckets.keys()) present[(h & 0xffff) >> 3]! |= 1 << (h & 7);

  // BASE^(Q-1), to take the leaving character out of the hash.
  let top = 1;
  for (let i = 0; i < Q - 1; i++) top = Math.imul(top, BASE);
  let h = hashAt(text, 0);
  for (let i = 0; ; i++) {
    const bucket = present[(h & 0xffff) >> 3]! & (1 << (h & 7)) ? buckets.get(h) : undefined;
    if (bucket) {
      for (const needle of bucket) {
        const hits = out.get(needle)!;
        if (hits.length < cap && text.startsWith(needle, i)) hits.push(i);
      }
    }
    if (i + Q >= text.length) break;
    h = (Math.imul(h - Math.imul(text.charCodeAt(i), top), BASE) + text.charCodeAt(i + Q)) | 0;
  }
  return out;
}

function hashAt(s: string, at: number): number {
  let h = 0;
  for (let i = at; i < at + Q; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return h;
}
