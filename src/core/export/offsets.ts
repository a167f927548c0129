// UTF-16 offsets (ours, VS Code's, JavaScript's) and code point offsets (Python's, the W3C model's). A text
// without characters beyond the Basic Multilingual Plane has the same offsets in both.
import type { OffsetUnit } from './types';

/** Converts UTF-16 offsets of one text to `unit`. Built once per text: each conversion is then a binary search. */
export class OffsetConverter {
  /** UTF-16 offsets of the low halves of surrogate pairs, in order (each one makes code points lag by one). */
  private readonly lows: number[] = [];

  constructor(
    private readonly text: string,
    readonly unit: OffsetUnit,
  ) {
    if (unit === 'utf16') return;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) this.lows.push(++i);
      }
    }
  }

  /**
   * The offset in `unit` of UTF-16 offset `offset`. An offset inside a surrogate pair (never made by us; possible
   * in a hand-edited sidecar) moves to the pair's start for a start and past it for an end, so no half is cut.
   */
  convert(offset: number, edge: 'start' | 'end' = 'start'): number {
    if (this.unit === 'utf16' || this.lows.length === 0) return offset;
    let at = offset;
    if (this.isInsidePair(at)) at = edge === 'start' ? at - 1 : at + 1;
    // The number of pairs whose low half lies before `at`.
    let lo = 0;
    let hi = this.lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.lows[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return at - lo;
  }

  span(start: number, end: number): [number, number] {
    return [this.convert(start, 'start'), this.convert(end, 'end')];
  }

  private isInsidePair(offset: number): boolean {
    const c = this.text.charCodeAt(offset);
    const before = this.text.charCodeAt(offset - 1);
    return c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
  }
}

/** UTF-16 offset of code point offset `cp` in `text` (for importing what Python-based tools wrote). */
export function utf16Offset(text: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

/** A slice that never cuts a surrogate pair in half (for quotes, prefixes and suffixes). */
export function safeSlice(text: string, start: number, end: number): string {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  if (s > 0 && (text.charCodeAt(s) & 0xfc00) === 0xdc00 && (text.charCodeAt(s - 1) & 0xfc00) === 0xd800) s++;
  if (e < text.length && e > 0 && (text.charCodeAt(e) & 0xfc00) === 0xdc00 && (text.charCodeAt(e - 1) & 0xfc00) === 0xd800) e--;
  return text.slice(s, Math.max(s, e));
}
