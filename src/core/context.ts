// Ids and context for new annotations.

/** How much text before and after a span is kept for finding it again. */
export const CONTEXT_LENGTH = 32;

/** Up to CONTEXT_LENGTH characters on each side of [start, end), not crossing `bounds` (a bundle document). */
export function contextOf(text: string, start: number, end: number, bounds: { start: number; end: number } = { start: 0, end: text.length }): { prefix: string; suffix: string } {
  let from = Math.max(bounds.start, start - CONTEXT_LENGTH);
  let to = Math.min(bounds.end, end + CONTEXT_LENGTH);
  // Never cut a surrogate pair in half: the halves are not valid text in YAML or JSON.
  if (isLowSurrogate(text.charCodeAt(from)) && from > bounds.start && from < start) from++;
  if (isHighSurrogate(text.charCodeAt(to - 1)) && to > end) to--;
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A short random id (`e` or `c` and six base-36 characters, 2.2 billion values) not in `taken`. Random rather
 * than sequential so that two annotators never mint the same id in their copies.
 */
export function newId(kind: 'e' | 'c', taken: { has(id: string): boolean }): string {
  const bytes = new Uint8Array(6);
  for (;;) {
    crypto.getRandomValues(bytes);
    let id: string = kind;
    for (const b of bytes) id += ID_ALPHABET[b % 36];
    if (!taken.has(id)) return id;
  }
}
