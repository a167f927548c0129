// Paragraphs, quotes, sentences and words of a text, as UTF-16 offsets into the whole text.

export interface Span {
  start: number;
  end: number;
}

export interface Quote {
  /** Offset of the opening quote mark and of the closing one (end = close + 1). */
  open: number;
  close: number;
  /** The inside, trimmed of white space. */
  inner: Span;
}

export interface Word extends Span {
  /** Lower case, without a trailing full stop. */
  lower: string;
  raw: string;
}

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);

/** The non-empty lines of [start, end), trimmed: a news paragraph is a line. Handles \n, \r\n and \r. */
export function paragraphs(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    let s = m.index;
    let e = Math.min(end, m.index + m[0].length);
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

function isOpeningStraight(text: string, i: number, paraStart: number): boolean {
  if (i === paraStart) return true;
  const prev = text[i - 1]!;
  return /[\s([{—–\-:]/.test(prev);
}

/**
 * Quotations: “…” and "…" pairs inside a paragraph, and quotes left open at the end of a paragraph whose next
 * paragraph opens with a quote mark again (the news convention for a quote running over several paragraphs).
 */
export function quotes(text: string, paras: readonly Span[]): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  let straight = false;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    for (let i = para.start; i < para.end; i++) {
      const ch = text[i]!;
      if (ch === '"') {
        if (open < 0 || !straight) {
          if (open < 0 && isOpeningStraight(text, i, para.start)) {
            open = i;
            straight = true;
          }
        } else {
          push(open, i);
          open = -1;
        }
      } else if (OPENING.has(ch)) {
        if (open >= 0 && text[open] === ch && i === para.start && p > 0) continue; // the continuation mark
        open = i;
        straight = false;
      } else if (CLOSING.has(ch) && open >= 0 && !straight) {
        push(open, i);
        open = -1;
      }
    }
    if (open >= 0) {
      const next = paras[p + 1];
      const continues = next !== undefined && (OPENING.has(text[next.start]!) || text[next.start] === '"') && text[next.start] === text[open];
      if (!continues) open = -1;
    }
  }
  return out;

  function push(o: number, c: number): void {
    let s = o + 1;
    let e = c;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ open: o, close: c, inner: { start: s, end: e } });
  }
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'st', 'jr', 'sr', 'inc',
  'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'mt', 'ft', 'approx', 'dept', 'est', 'fig', 'vol', 'rev',
  'hon', 'pres', 'supt', 'det', 'insp', 'cmdr', 'adm', 'maj', 'messrs', 'd.c', 'n.y', 'l.a',
]);

/** Sentences of a paragraph; never split inside a quotation (the quotes of the paragraph are given). */
export function sentences(text: string, para: Span, qs: readonly Quote[]): Span[] {
  const out: Span[] = [];
  let start = para.start;
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < para.end && /[”’"'»)\]]/.test(text[j]!)) j++;
    if (j >= para.end || !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < para.end && /\s/.test(text[k]!)) k++;
    if (k >= para.end) continue;
    const next = text[k]!;
    if (!/[\p{Lu}\p{N}“"‘'«([]/u.test(next)) continue;
    if (ch === '.') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(para.start, i - 12), i));
      const w = before ? before[1]!.toLowerCase() : '';
      if (ABBREVIATIONS.has(w) || /^\p{L}$/u.test(w)) continue;
    }
    if (qs.some((q) => q.open < i && j <= q.close)) continue; // inside a quotation
    out.push({ start, end: j });
    start = k;
  }
  if (start < para.end) out.push({ start, end: para.end });
  return out;
}

/** Words (letters, digits and what joins them) and single punctuation marks, with their offsets. */
export function words(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}$€£][\p{L}\p{N}$€£%'’.\-&/]*|[,;:—–()“”"‘’«»]/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    let raw = m[0];
    let e = m.index + raw.length;
    if (e > end) {
      raw = raw.slice(0, end - m.index);
      e = end;
    }
    // A trailing full stop belongs to the word only in abbreviations such as "U.S." or "Nov."
    if (raw.length > 1 && raw.endsWith('.') && !/^(\p{L}\.)+$/u.test(raw) && !ABBREVIATIONS.has(raw.slice(0, -1).toLowerCase())) {
      raw = raw.slice(0, -1);
      e--;
    }
    const lower = raw.toLowerCase().replace(/[’']s$/, (x) => x).replace(/\.$/, '');
    out.push({ start: m.index, end: e, raw, lower });
  }
  return out;
}

export function isPunct(w: Word): boolean {
  return /^[,;:—–()“”"‘’«»]$/.test(w.raw);
}

export function isCapitalised(w: Word): boolean {
  return /^[\p{Lu}\p{N}$€£]/u.test(w.raw);
}
