// CoNLL-2003 style NER data: one token a line (`TOKEN TAG`, IOB2 tags from the entities), a blank line between
// sentences, each document started by `-DOCSTART- -X- O O` and a blank line (spaCy's converter splits documents
// on it; nltk's reader wants the blank line). Claims are not entities and are left out. No offsets are written:
// tokens are substrings of the text, in order, so the unit option does not apply.
import type { ExportDocument, ExportEntity, ExportFormat, ExportSet } from './types';

export const DOCSTART = '-DOCSTART- -X- O O';

/** Whitespace as Python's `str.split()` sees it (which splits on U+00A0, U+2007, U+202F too) and JavaScript's `\s`. */
// Python also splits on the separators U+001C–U+001F.
// eslint-disable-next-line no-control-regex
const SPACE = /[\s\u00a0\u2007\u202f\x1c-\x1f\x85]/u;
// eslint-disable-next-line no-control-regex
const SPACES = /[\s\u00a0\u2007\u202f\x1c-\x1f\x85]+/gu;
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

/** Pieces of a whitespace-free chunk, tried in order at each position. */
const TOKEN = new RegExp(
  [
    // Abbreviations with periods: U.S., e.g.
    String.raw`(?:\p{L}\p{M}*\.){2,}`,
    // Numbers with separators: 50,000 3.5 10:30
    String.raw`\p{N}+(?:[.,:]\p{N}+)*`,
    // Words, with inner hyphens and apostrophes: non-partisan, don't, O'Brien, païs (combining marks)
    String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`,
    // Emoji: a flag (two regional indicators), or a pictograph with modifiers and joined pictographs
    String.raw`\p{Regional_Indicator}{2}`,
    String.raw`\p{Extended_Pictographic}(?:\uFE0F|\p{EMod}|\u200D\p{Extended_Pictographic})*`,
    // Runs of the same punctuation: ... -- ??
    String.raw`([.\-!?])\1+`,
    // Anything else: one character with its combining marks
    String.raw`[^]\p{M}*`,
  ].join('|'),
  'uy',
);

export interface Token {
  /** UTF-16 offsets into the document's text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Tokens of `text`: whitespace-free substrings in order; punctuation split off words; possessive 's on its own. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let chunkStart = 0;
  const chunks: Array<[number, number]> = [];
  for (const m of text.matchAll(SPACES)) {
    if (m.index > chunkStart) chunks.push([chunkStart, m.index]);
    chunkStart = m.index + m[0].length;
  }
  if (chunkStart < text.length) chunks.push([chunkStart, text.length]);
  for (const [from, to] of chunks) {
    const chunk = text.slice(from, to);
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < chunk.length) {
      const at = TOKEN.lastIndex;
      const m = TOKEN.exec(chunk);
      if (!m || m[0] === '') break;
      const word = m[0];
      const possessive = /^(.+?)(['’][sS])$/su.exec(word);
      if (possessive && /\p{L}/u.test(possessive[1]!)) {
        tokens.push({ start: from + at, end: from + at + possessive[1]!.length, text: possessive[1]! });
        tokens.push({ start: from + at + possessive[1]!.length, end: from + at + word.length, text: possessive[2]! });
      } else {
        tokens.push({ start: from + at, end: from + at + word.length, text: word });
      }
    }
  }
  return tokens;
}

/** The entities to tag: where spans overlap, the outer (longer) one wins; then the earlier one. */
export function outermostEntities(entities: readonly ExportEntity[]): ExportEntity[] {
  const kept: ExportEntity[] = [];
  const byLength = [...entities].filter((e) => e.end > e.start).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const e of byLength) if (!kept.some((k) => e.start < k.end && k.start < e.end)) kept.push(e);
  return kept.sort((a, b) => a.start - b.start);
}

/** A CoNLL tag for a label: no whitespace in it (columns are split on whitespace). */
function tagType(label: string): string {
  return label.replace(SPACES, '_');
}

export interface TaggedToken extends Token {
  readonly tag: string;
}

/** The document's sentences of tagged tokens. */
export function conllSentences(doc: ExportDocument): TaggedToken[][] {
  const entities = outermostEntities(doc.entities);
  // Entity boundaries inside a token split it.
  const cuts = new Set<number>();
  for (const e of entities) {
    cuts.add(e.start);
    cuts.add(e.end);
  }
  const tokens: Token[] = [];
  for (const t of tokenize(doc.text)) {
    let s = t.start;
    for (let i = t.start + 1; i < t.end; i++) {
      if (cuts.has(i) && !isLowSurrogate(doc.text.charCodeAt(i))) {
        tokens.push({ start: s, end: i, text: doc.text.slice(s, i) });
        s = i;
      }
    }
    tokens.push(s === t.start ? t : { start: s, end: t.end, text: doc.text.slice(s, t.end) });
  }
  const tagged: TaggedToken[] = [];
  let k = 0;
  let previous: ExportEntity | undefined;
  for (const t of tokens) {
    while (k < entities.length && entities[k]!.end <= t.start) k++;
    const e = entities[k];
    const inside = e !== undefined && t.start >= e.start && t.end <= e.end;
    tagged.push({ ...t, tag: inside ? `${previous === e ? 'I' : 'B'}-${tagType(e.type)}` : 'O' });
    previous = inside ? e : undefined;
  }
  return splitSentences(doc.text, tagged, entities);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

const TERMINAL = /^(?:[.!?]+|…)$/;
const CLOSING = /^["'”’»)\]]$/;
const OPENING = /^["'“‘«([]/;

/** Sentences: at line breaks, and after . ! ? (and closing quotes) followed by a space and a capital or a quote. */
function splitSentences(text: string, tokens: readonly TaggedToken[], entities: readonly ExportEntity[]): TaggedToken[][] {
  const sentences: TaggedToken[][] = [];
  let current: TaggedToken[] = [];
  const insideEntity = (offset: number) => entities.some((e) => offset > e.start && offset < e.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev && current.length > 0) {
      const gap = text.slice(prev.end, t.start);
      let boundary = LINE_BREAK.test(gap);
      if (!boundary && gap !== '' && SPACE.test(gap) && (/^\p{Lu}/u.test(t.text) || OPENING.test(t.text)) && !insideEntity(t.start)) {
        // Back over closing quotes and brackets glued to the terminal punctuation.
        let j = i - 1;
        while (j > 0 && CLOSING.test(tokens[j]!.text) && tokens[j - 1]!.end === tokens[j]!.start) j--;
        boundary = TERMINAL.test(tokens[j]!.text);
      }
      if (boundary) {
        sentences.push(current);
        current = [];
      }
    }
    current.push(t);
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

export const conllFormat: ExportFormat = {
  name: 'conll',
  description:
    'CoNLL-2003: one token a line with its IOB2 entity tag, a blank line between sentences, -DOCSTART- per document; entities only (claims are left out), no offsets written',
  folder: false,
  extension: '.conll',
  defaultUnit: 'codepoints',
  export(set: ExportSet) {
    const out: string[] = [];
    for (const doc of set.documents) {
      out.push(DOCSTART, '');
      for (const sentence of conllSentences(doc)) {
        for (const t of sentence) out.push(`${t.text} ${t.tag}`);
        out.push('');
      }
    }
    return [{ path: '', content: out.length > 0 ? out.join('\n') + '\n' : '' }];
  },
};
