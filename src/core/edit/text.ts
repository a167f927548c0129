// Text helpers for annotating: the word or sentence at a place, the attribution cue in a sentence, and every
// occurrence of a phrase.

const CUE = /\b(?:according to|said|says|say|told|tells|claimed|claims|alleged|alleges|warned|warns|reported|reports|stated|accused|accuses|added|adds|announced|confirmed|confirms|denied|denies|insisted|insists|argued|asserted|wrote|explained|suggested|indicated|acknowledged|admitted|testified|revealed|declared)\b/giu;
const WORD = /[\p{L}\p{N}]/u;

/** The word (letters, digits, inner apostrophes and hyphens) around `offset`, or undefined between words. */
export function wordAt(text: string, offset: number): { start: number; end: number } | undefined {
  const inWord = (i: number) => i >= 0 && i < text.length && (WORD.test(text[i]!) || (/['’-]/.test(text[i]!) && WORD.test(text[i - 1] ?? '') && WORD.test(text[i + 1] ?? '')));
  let start = offset;
  if (!inWord(start) && inWord(start - 1)) start--;
  if (!inWord(start)) return undefined;
  let end = start;
  while (inWord(start - 1)) start--;
  while (inWord(end)) end++;
  return { start, end };
}

/** The sentence around `offset`, within its line (seed paragraphs are lines), without surrounding spaces. */
export function sentenceAt(text: string, offset: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  // Sentence ends: . ! ? (and a closing quote after them) followed by a space and an upper-case letter or quote.
  const boundary = /[.!?]["”’]?\s+(?=[“"‘\p{Lu}])/gu;
  const line = text.slice(lineStart, lineEnd);
  let start = 0;
  let end = line.length;
  for (const m of line.matchAll(boundary)) {
    const after = m.index + m[0].length;
    if (after <= offset - lineStart) start = after;
    else {
      end = m.index + m[0].trimEnd().length;
      break;
    }
  }
  while (start < end && /\s/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  return { start: lineStart + start, end: lineStart + end };
}

/** Attribution cues ("said", "according to", ...) within [start, end), nearest the end first. */
export function cuesIn(text: string, start: number, end: number): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (const m of text.slice(start, end).matchAll(CUE)) out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  return out.reverse();
}

/** Every occurrence of `phrase` in [from, to) as a whole word (not inside a longer word). */
export function occurrencesOf(text: string, phrase: string, from = 0, to = text.length): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (phrase === '') return out;
  const hay = text.slice(from, to);
  for (let at = hay.indexOf(phrase); at >= 0; at = hay.indexOf(phrase, at + 1)) {
    const before = hay[at - 1];
    const after = hay[at + phrase.length];
    const edgeOk = (c: string | undefined, inner: string | undefined) => c === undefined || !WORD.test(c) || !WORD.test(inner ?? '');
    if (edgeOk(before, phrase[0]) && edgeOk(after, phrase[phrase.length - 1])) out.push({ start: from + at, end: from + at + phrase.length });
  }
  return out;
}
