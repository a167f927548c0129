// Claims engine: attributed statements (source, cue, content) found by general rules over reporting verbs and
// quotations. Pure: no library, no `vscode`. Offsets are UTF-16 into the text given.

import type { ClaimSuggestion, SuggestedSpan, TextRange } from '../types';
import * as cues from './cues';
import { isCapitalised, isPunct, paragraphs, quotes, sentences, words, type Quote, type Span, type Word } from './text';

export const CLAIMS_ENGINE = 'claims-rules';

const set = (xs: readonly string[]) => new Set(xs);
const SAY = set(cues.SAY_VERBS);
const THAT = set(cues.THAT_VERBS);
const INVERTED = set(cues.INVERTED_VERBS);
const QUOTE_ONLY = set(cues.QUOTE_ONLY_VERBS);
const PASSIVE = set(cues.PASSIVE_VERBS);
const AUX = set(cues.AUXILIARIES);
const TIME = set(cues.TIME_WORDS);
const AUDIENCES = cues.AUDIENCES.map((a) => a.split(' '));
const SOURCE_NOUNS = set(cues.SOURCE_NOUNS);
const PRONOUNS = set(cues.SOURCE_PRONOUNS);
const DETERMINERS = set(cues.DETERMINERS);
const NOT_IN_SOURCE = set([...cues.NOT_IN_SOURCE, 'has', 'have', 'had']);
const CONNECTIVES = set(cues.CONNECTIVES.filter((c) => !c.includes(' ')));
const NEGATORS = set(cues.NEGATORS);
const MULTI_VERBS = [...cues.SAY_VERBS, ...cues.THAT_VERBS].filter((v) => v.includes(' ')).map((v) => v.split(' '));
const NOMINAL = cues.NOMINAL_CUES.map((p) => p.split(' '));
const PREPOSITIONS = cues.SOURCE_PREPOSITIONS.map((p) => p.split(' '));

/** Finds attributed claims in `text`, looking only inside `ranges` (all of the text without them). */
export function suggestClaims(text: string, ranges?: ReadonlyArray<readonly [number, number]> | TextRange[]): ClaimSuggestion[] {
  const parts = ranges && ranges.length > 0 ? ranges : [[0, text.length] as const];
  const out: ClaimSuggestion[] = [];
  for (const [rs, re] of parts) {
    const s = Math.max(0, Math.min(rs, text.length));
    const e = Math.max(s, Math.min(re, text.length));
    if (e > s) out.push(...inRange(text, s, e));
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

interface Found extends ClaimSuggestion {
  /** The whole stretch the claim, its cue and its source take: sentences under it are not looked at again. */
  cover: Span;
  para: number;
}

function inRange(text: string, rangeStart: number, rangeEnd: number): Found[] {
  const paras = paragraphs(text, rangeStart, rangeEnd);
  const qs = quotes(text, paras);
  const found: Found[] = [];
  const sentencesOf = paras.map((p) => sentences(text, p, qs.filter((q) => q.open >= p.start && q.open < p.end)));
  const paraOf = (pos: number) => paras.findIndex((p) => p.start <= pos && pos <= p.end);
  const sentenceAt = (pos: number): Span => {
    const p = paraOf(pos);
    return sentencesOf[p]?.find((s) => s.start <= pos && pos < s.end) ?? paras[p] ?? { start: pos, end: pos };
  };

  // 1. Quotations with their speaker before or after; unattributed quotes continuing a speaker's words.
  let last: Found | undefined;
  for (const q of qs) {
    const inner = words(text, q.inner.start, q.inner.end).filter((w) => !isPunct(w));
    if (inner.length < cues.MIN_QUOTE_WORDS) continue;
    const qPara = paraOf(q.open);
    const claim = quoteAfter(text, q, sentenceAt(q.close)) ?? quoteBefore(text, q, sentenceAt(q.open));
    if (claim) {
      const f: Found = { ...claim, para: qPara };
      found.push(f);
      last = f;
      continue;
    }
    const sent = sentenceAt(q.open);
    const opensSentence = text.slice(sent.start, q.open).trim() === '';
    if (opensSentence && last?.attribution === 'direct' && last.source && qPara - last.para <= 1 && last.cover.end <= q.open) {
      const f: Found = {
        ...content(text, q.inner),
        score: 0.6,
        engine: CLAIMS_ENGINE,
        source: last.source,
        attribution: 'direct',
        cover: { start: q.open, end: q.close + 1 },
        para: paraOf(q.close),
      };
      found.push(f);
      last = f;
    }
  }

  // 2. Reported speech, sentence by sentence (sentences taken by a quotation claim are skipped).
  paras.forEach((_, p) => {
    for (const sent of sentencesOf[p]!) {
      if (found.some((f) => f.cover.start < sent.end && sent.start < f.cover.end)) continue;
      const claim = reported(text, sent);
      if (claim) found.push({ ...claim, para: p });
    }
  });
  return found.map((f) => {
    const { cover: _c, para: _p, ...rest } = f;
    return rest as Found;
  });
}

type Claim = ClaimSuggestion & { cover: Span };

function span(text: string, start: number, end: number): SuggestedSpan {
  return { start, end, text: text.slice(start, end) };
}

function content(text: string, s: Span): SuggestedSpan {
  return span(text, s.start, s.end);
}

const lowerOf = (ws: readonly Word[]) => ws.map((w) => w.lower);

/** `“…,” the memo said.` / `“…,” said Smith, a spokesman.` */
function quoteAfter(text: string, q: Quote, sent: Span): Claim | undefined {
  const end = Math.max(sent.end, q.close + 1);
  const after = words(text, q.close + 1, end);
  const innerLast = text.slice(q.inner.start, q.inner.end).replace(/\s+$/, '').slice(-1);
  let i = 0;
  if (after[0]?.raw === ',') i = 1;
  else if (!/[,?!—–\-…]/.test(innerLast)) return undefined;
  const rest = after.slice(i);
  if (rest.length === 0) return undefined;
  const verbs = (w: Word | undefined) => w !== undefined && (SAY.has(w.lower) || THAT.has(w.lower) || QUOTE_ONLY.has(w.lower) || INVERTED.has(w.lower));
  // said X
  if (verbs(rest[0]) && INVERTED.has(rest[0]!.lower) || QUOTE_ONLY.has(rest[0]!.lower)) {
    const src = sourceAfter(rest, 1);
    if (src) {
      return {
        ...content(text, q.inner), score: 0.92, engine: CLAIMS_ENGINE, attribution: 'direct',
        source: span(text, src.start, src.end), cue: span(text, rest[0]!.start, rest[0]!.end),
        cover: { start: q.open, end: Math.max(q.close + 1, src.end) },
      };
    }
  }
  // X (aux) said
  for (let j = 1; j < Math.min(rest.length, 12); j++) {
    if (isPunct(rest[j]!) && rest[j]!.raw !== '’') break;
    if (!verbs(rest[j])) continue;
    const src = sourceBefore(rest.slice(0, j));
    if (!src) continue;
    return {
      ...content(text, q.inner), score: src.pronoun ? 0.88 : 0.92, engine: CLAIMS_ENGINE, attribution: 'direct',
      source: span(text, src.start, src.end), cue: span(text, rest[j]!.start, rest[j]!.end),
      cover: { start: q.open, end: Math.max(q.close + 1, rest[j]!.end) },
    };
  }
  return undefined;
}

/** `He said: “…”` / `Smith told reporters, “…”` / `According to X, “…”` */
function quoteBefore(text: string, q: Quote, sent: Span): Claim | undefined {
  const before = words(text, sent.start, q.open);
  if (before.length === 0) return undefined;
  let k = before.length;
  if (before[k - 1]!.raw === ':' || before[k - 1]!.raw === ',') k--;
  if (before[k - 1]?.lower === 'that') k--;
  // according to X, “…”
  const acc = accordingAt(before, 0);
  if (acc !== undefined) {
    const src = before.slice(acc.next, k);
    if (src.length > 0 && src.length <= 12) {
      return {
        ...content(text, q.inner), score: 0.85, engine: CLAIMS_ENGINE, attribution: 'direct',
        source: span(text, src[0]!.start, src[src.length - 1]!.end), cue: span(text, acc.start, acc.end),
        cover: { start: sent.start, end: q.close + 1 },
      };
    }
  }
  // the cue within the last few words
  for (let j = k - 1; j >= 0 && j >= k - 7; j--) {
    const w = before[j]!;
    if (!(SAY.has(w.lower) || THAT.has(w.lower) || QUOTE_ONLY.has(w.lower))) continue;
    const tail = before.slice(j + 1, k);
    if (!tailIsAdjunct(tail, w.lower)) continue;
    const src = sourceBefore(segmentBefore(before, j));
    if (!src) return undefined;
    return {
      ...content(text, q.inner), score: 0.9, engine: CLAIMS_ENGINE, attribution: 'direct',
      source: span(text, src.start, src.end), cue: span(text, w.start, w.end),
      cover: { start: sent.start, end: q.close + 1 },
    };
  }
  return undefined;
}

/** Words after a cue verb that are neither content nor source: time, manner, audience ("on Monday", "in a statement", "reporters"). */
function tailIsAdjunct(tail: readonly Word[], verb: string): boolean {
  if (tail.length === 0) return true;
  if (tail.length > 7) return false;
  const l = lowerOf(tail);
  if (l.some((x) => NOT_IN_SOURCE.has(x) && x !== 'to' && x !== 'as')) return false;
  const first = l[0]!;
  if (['on', 'in', 'at', 'last', 'this', 'earlier', 'later', 'during', 'via', 'through', 'to', 'from', 'before', 'after', 'afterward', 'afterwards', 'recently', 'yesterday', 'today', 'tonight', 'again', 'also', 'publicly', 'previously', 'repeatedly', 'bluntly', 'simply', 'then', 'once', 'when'].includes(first)) return true;
  if (verb.startsWith('tell') || verb === 'told') return true;
  return false;
}

/** The words between the last clause boundary and word j; past an appositive ("Smith, the mayor, said") when that is empty. */
function segmentBefore(ws0: readonly Word[], j0: number): Word[] {
  // Parentheticals ("(CBP)", "(D-Texas)") are left out of the source.
  const ws: Word[] = [];
  let depth = 0;
  for (let i = 0; i < j0; i++) {
    const r = ws0[i]!.raw;
    if (r === '(') depth++;
    else if (r === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) ws.push(ws0[i]!);
  }
  const j = ws.length;
  const bounds: number[] = [-1];
  for (let i = 0; i < j; i++) if (/^[,;:—–(]$/.test(ws[i]!.raw) || ws[i]!.raw === '“' || ws[i]!.raw === '”') bounds.push(i);
  const lastB = bounds[bounds.length - 1]!;
  let seg = ws.slice(lastB + 1, j);
  seg = stripAux(seg);
  if (seg.length === 0 && bounds.length >= 3 && ws[lastB]!.raw === ',') {
    const a = bounds[bounds.length - 3]!;
    const b = bounds[bounds.length - 2]!;
    return ws.slice(a + 1, b);
  }
  return seg;
}

function stripAux(seg: Word[]): Word[] {
  let e = seg.length;
  while (e > 0 && AUX.has(seg[e - 1]!.lower)) e--;
  return seg.slice(0, e);
}

interface Src extends Span {
  pronoun: boolean;
}

/** The source noun phrase ending right before a cue, or nothing when the words do not look like one. */
function sourceBefore(seg0: readonly Word[]): Src | undefined {
  let seg = stripAux([...seg0]);
  while (seg.length > 1 && CONNECTIVES.has(seg[0]!.lower) && !isCapitalisedName(seg)) seg = seg.slice(1);
  if (seg.length === 0 || seg.length > 9) return undefined;
  const l = lowerOf(seg);
  // "and" inside a name ("Customs and Border Protection") is part of it
  const inName = (i: number) => i > 0 && i < seg.length - 1 && isCapitalised(seg[i - 1]!) && isCapitalised(seg[i + 1]!);
  if (l.some((x, i) => NOT_IN_SOURCE.has(x) && !(x === 'and' && inName(i)))) return undefined;
  if (seg.some((w) => isPunct(w) && w.raw !== '’')) return undefined;
  if (NEGATORS.has(l[l.length - 1]!)) return undefined;
  const first = seg[0]!;
  const ok = isCapitalised(first) || DETERMINERS.has(first.lower) || PRONOUNS.has(first.lower) || SOURCE_NOUNS.has(first.lower) || /^\d/.test(first.raw);
  if (!ok) return undefined;
  if (seg.length === 1 && DETERMINERS.has(first.lower) && !PRONOUNS.has(first.lower)) return undefined;
  const lastW = seg[seg.length - 1]!;
  // A lower-case last word must be a noun-ish word: not a verb form the cue lists know, not an adverb.
  if (!isCapitalised(lastW) && (SAY.has(lastW.lower) || THAT.has(lastW.lower) || /ly$/.test(lastW.lower) && !SOURCE_NOUNS.has(lastW.lower))) return undefined;
  return { start: first.start, end: lastW.end, pronoun: seg.length === 1 && PRONOUNS.has(first.lower) };
}

function isCapitalisedName(seg: readonly Word[]): boolean {
  return seg.length > 1 && isCapitalised(seg[0]!) && isCapitalised(seg[1]!) && !CONNECTIVES.has(seg[1]!.lower);
}

/** The source after an inverted cue: `said John Smith, a spokesman` → John Smith. */
function sourceAfter(ws: readonly Word[], from: number): Src | undefined {
  let e = from;
  while (e < ws.length && !isPunct(ws[e]!) && e - from < 9) e++;
  if (e === from) return undefined;
  const seg = ws.slice(from, e);
  const l = lowerOf(seg);
  if (l.some((x) => NOT_IN_SOURCE.has(x) && x !== 'as')) return undefined;
  const first = seg[0]!;
  if (!(isCapitalised(first) || DETERMINERS.has(first.lower) || PRONOUNS.has(first.lower) || SOURCE_NOUNS.has(first.lower))) return undefined;
  return { start: first.start, end: seg[seg.length - 1]!.end, pronoun: seg.length === 1 && PRONOUNS.has(first.lower) };
}

/** "according to" (or another source preposition) starting at word i. */
function accordingAt(ws: readonly Word[], i: number): { start: number; end: number; next: number } | undefined {
  for (const p of PREPOSITIONS) {
    if (p.every((x, k) => ws[i + k]?.lower === x)) return { start: ws[i]!.start, end: ws[i + p.length - 1]!.end, next: i + p.length };
  }
  return undefined;
}

const FINITE = /\b(is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|won't|can't|isn't|wasn't|aren't|weren't|\p{L}{2,}ed|\p{L}{3,}s|fell|rose|grew|won|lost|made|took|went|came|saw|got|paid|cut|hit|left|led|kept|held|spent|sold|bought|built|began|became|gave|found|ran|brought|met|set|put|shut|spread|struck|fought|fled|drew|broke|chose|drove|flew|froze|knew|wrote|stood|sent|sank|shot|stole|swore|threw|wore|beat|bore|dropped|slid|soared|surged|plunged)\b/u;

function looksLikeClause(ws: readonly Word[]): boolean {
  const c = ws.filter((w) => !isPunct(w));
  if (c.length < 3) return false;
  const first = c[0]!;
  const opener = isCapitalised(first) || DETERMINERS.has(first.lower) || PRONOUNS.has(first.lower) || SOURCE_NOUNS.has(first.lower) || /^\d/.test(first.raw) || ['there', 'up', 'more', 'about', 'nearly', 'only', 'less', 'fewer', 'over', 'almost', 'just', 'nothing', 'everything', 'nobody', 'everyone'].includes(first.lower);
  // a bare plural or mass noun subject followed by its verb: "exports fell", "prices have risen"
  const bare = /^\p{Ll}{3,}s$/u.test(first.lower) && c[1] !== undefined && FINITE.test(c[1].lower);
  if (!opener && !bare) return false;
  return c.slice(1).some((w) => FINITE.test(w.lower));
}

/** Reported speech in one sentence, in the shapes of news text. */
function reported(text: string, sent: Span): Claim | undefined {
  // Trim the sentence's closing punctuation from the content.
  let end = sent.end;
  while (end > sent.start && /[.!?\s]/.test(text[end - 1]!)) end--;
  const ws = words(text, sent.start, end);
  if (ws.length < 4) return undefined;
  const L = lowerOf(ws);
  const mk = (cs: number, ce: number, score: number, cue?: Span, src?: Span): Claim | undefined => {
    while (ce > cs && /[\s,;:—–]/.test(text[ce - 1]!)) ce--;
    while (cs < ce && /[\s,;:—–]/.test(text[cs]!)) cs++;
    const n = words(text, cs, ce).filter((w) => !isPunct(w)).length;
    if (n < 3) return undefined;
    return {
      ...span(text, cs, ce), score: Math.min(1, n < 5 ? score - 0.1 : score), engine: CLAIMS_ENGINE, attribution: 'indirect',
      ...(src ? { source: span(text, src.start, src.end) } : {}),
      ...(cue ? { cue: span(text, cue.start, cue.end) } : {}),
      cover: { start: sent.start, end: sent.end },
    };
  };

  // it was reported that …
  let i0 = 0;
  while (i0 < ws.length - 1 && (CONNECTIVES.has(L[i0]!) || ws[i0]!.raw === ',')) i0++;
  if (L[i0] === 'it') {
    let j = i0 + 1;
    while (j < ws.length && ['was', 'is', 'has', 'had', 'have', 'been', 'being', 'widely', 'also', 'now', 'later', 'previously', 'will', 'be', 'generally', 'commonly'].includes(L[j]!)) j++;
    if (j > i0 + 1 && PASSIVE.has(L[j]!) ) {
      let k = j + 1;
      while (k < ws.length && L[k] !== 'that' && k - j < 6) k++;
      if (L[k] === 'that') return mk(ws[k]!.end, end, 0.7, { start: ws[j]!.start, end: ws[j]!.end });
    }
  }

  // according to X, Y
  const accLead = accordingAt(ws, i0);
  if (accLead) {
    let k = accLead.next;
    while (k < ws.length && ws[k]!.raw !== ',' && k - accLead.next < 14) k++;
    if (ws[k]?.raw === ',' && k > accLead.next) {
      const c = mk(ws[k]!.end, end, 0.88, accLead, { start: ws[accLead.next]!.start, end: ws[k - 1]!.end });
      if (c) return c;
    }
  }
  // Y, according to X
  for (let i = 1; i < ws.length; i++) {
    if (ws[i - 1]!.raw !== ',' && ws[i - 1]!.raw !== '—' && ws[i - 1]!.raw !== '(') continue;
    const acc = accordingAt(ws, i);
    if (!acc || acc.next >= ws.length) continue;
    let k = acc.next;
    while (k < ws.length && !/^[,;)—]$/.test(ws[k]!.raw)) k++;
    const c = mk(sent.start, ws[i - 1]!.start, 0.88, acc, { start: ws[acc.next]!.start, end: ws[k - 1]!.end });
    if (c) return c;
  }

  // Y, X said. / Y, said X.
  for (let i = 1; i < ws.length - 1; i++) {
    if (ws[i]!.raw !== ',') continue;
    const rest = ws.slice(i + 1);
    if (rest.length > 14) continue;
    if (rest[0]!.raw === '”' || rest[0]!.raw === '"') continue;
    if (INVERTED.has(rest[0]!.lower)) {
      const src = sourceAfter(rest, 1);
      const c = src && mk(sent.start, ws[i]!.start, 0.82, rest[0]!, src);
      if (c) return c;
    }
    for (let j = 1; j < rest.length && j < 10; j++) {
      if (isPunct(rest[j]!)) break;
      if (!(SAY.has(rest[j]!.lower) || QUOTE_ONLY.has(rest[j]!.lower))) continue;
      if (rest.slice(j + 1).some((w) => w.lower === 'that')) break;
      if (!tailIsAdjunct(rest.slice(j + 1).filter((w) => !isPunct(w) || w.raw === ','), rest[j]!.lower) && rest.slice(j + 1).length > 0) {
        const beyond = rest.slice(j + 1);
        if (!(beyond[0]?.raw === ',' && beyond.length <= 8)) break;
      }
      const src = sourceBefore(rest.slice(0, j));
      if (!src) break;
      const c = mk(sent.start, ws[i]!.start, src.pronoun ? 0.75 : 0.82, rest[j]!, src);
      if (c) return c;
      break;
    }
  }

  // X said (that) Y / X claims Y / X told reporters Y
  for (let j = 1; j < ws.length - 2; j++) {
    const w = ws[j]!;
    let vEnd = j;
    let isSay = SAY.has(w.lower);
    let isThat = THAT.has(w.lower);
    for (const mv of MULTI_VERBS) {
      if (mv.every((x, k) => L[j + k] === x)) {
        vEnd = j + mv.length - 1;
        isSay = cues.SAY_VERBS.includes(mv.join(' '));
        isThat = !isSay;
      }
    }
    if (!isSay && !isThat) continue;
    if (NEGATORS.has(L[j - 1]!) || L[j - 1] === 'the' || L[j - 1] === 'a') continue;
    let k = vEnd + 1;
    // adjuncts: on Monday, in a statement, last week, to reporters, told X
    k = skipAdjuncts(ws, k, w.lower);
    let hasThat = false;
    if (L[k] === 'that') {
      hasThat = true;
      k++;
    } else if (L[k] === ',' && L[k + 1] === 'that') {
      hasThat = true;
      k += 2;
    } else if (L[k] === ':') {
      hasThat = true;
      k++;
    }
    if (k >= ws.length) continue;
    if (!hasThat && (isThat || !looksLikeClause(ws.slice(k)))) continue;
    if (!hasThat && (L[k] === 'to' || L[k] === 'of' || L[k] === 'for' || L[k] === 'about')) continue;
    const src = sourceBefore(segmentBefore(ws, j));
    if (!src) {
      // "a statement indicating that …": a nominal or participial report without a speaker
      if (hasThat && (/ing$/.test(w.lower) || ['statement', 'report', 'intelligence', 'memo', 'study', 'survey', 'data', 'analysis', 'letter', 'document', 'filing', 'ruling', 'release'].includes(L[j - 1]!))) {
        const c = mk(ws[k]!.start, end, 0.6, { start: w.start, end: ws[vEnd]!.end });
        if (c) return c;
      }
      continue;
    }
    const c = mk(ws[k]!.start, end, hasThat ? (src.pronoun ? 0.8 : 0.86) : (src.pronoun ? 0.68 : 0.74), { start: w.start, end: ws[vEnd]!.end }, src);
    if (c) return c;
  }
  // a statement to the effect that Y / a report that Y: a nominal cue, no verb
  for (const n of NOMINAL) {
    for (let j = 0; j + n.length < ws.length; j++) {
      if (!n.every((x, k) => L[j + k] === x)) continue;
      const cue = { start: ws[j]!.start, end: ws[j + n.length - 1]!.end };
      const c = mk(ws[j + n.length]!.start, end, 0.6, cue);
      if (c) return c;
    }
  }
  return undefined;
}

function skipAdjuncts(ws: readonly Word[], k: number, verb: string): number {
  const L = (i: number) => ws[i]?.lower ?? '';
  for (let guard = 0; guard < 4; guard++) {
    const start = k;
    if (L(k) === ',') k++;
    if (['on', 'last', 'this', 'earlier', 'late', 'early'].includes(L(k)) && (TIME.has(L(k + 1)) || /^\p{Lu}/u.test(ws[k + 1]?.raw ?? ''))) {
      k += 2;
      while (/^\d/.test(ws[k]?.raw ?? '')) k++;
    } else if (TIME.has(L(k))) {
      k++;
    } else if (L(k) === 'in' && ['a', 'an', 'the', 'his', 'her', 'their', 'its'].includes(L(k + 1)) && ['statement', 'interview', 'post', 'letter', 'filing', 'speech', 'report', 'email', 'e-mail', 'video', 'briefing', 'memo', 'release', 'note', 'message', 'tweet', 'press', 'news', 'televised', 'written', 'official', 'joint', 'recent', 'radio', 'phone', 'telephone'].includes(L(k + 2))) {
      k += 3;
      while (k < ws.length && !['that', ',', ':'].includes(L(k)) && k - start < 8 && !/^\p{Lu}/u.test(ws[k]!.raw) && !DETERMINERS.has(L(k)) && !PRONOUNS.has(L(k))) k++;
      // "in an interview with CNN"
      if (L(k) === 'with' || L(k) === 'on') {
        k++;
        while (k < ws.length && (isCapitalised(ws[k]!) || L(k) === 'the')) k++;
      }
    } else if (L(k) === 'at' && ['a', 'an', 'the'].includes(L(k + 1))) {
      k += 2;
      while (k < ws.length && !['that', ',', ':'].includes(L(k)) && k - start < 6) k++;
    } else if (L(k) === 'to' && (verb === 'said' || verb === 'says' || verb === 'explained' || verb === 'admitted' || verb === 'confirmed')) {
      k++;
      const a = audienceAt(ws, k);
      if (a === k) return start;
      k = a;
    } else if ((verb === 'told' || verb === 'tell' || verb === 'tells' || verb === 'assured' || verb === 'warned' || verb === 'warns' || verb === 'assures') && k === start) {
      const a = audienceAt(ws, k);
      if (a === k) return k;
      k = a;
    }
    if (k === start) return k;
  }
  return k;
}

/** The end of an audience noun phrase at k ("reporters", "the BBC", "CNN", "The New York Times"). */
function audienceAt(ws: readonly Word[], k: number): number {
  for (const a of AUDIENCES) if (a.every((x, i) => ws[k + i]?.lower === x)) return k + a.length;
  let e = k;
  if (ws[e]?.lower === 'the') e++;
  const s = e;
  while (e < ws.length && isCapitalised(ws[e]!) && !isPunct(ws[e]!)) e++;
  return e > s ? e : k;
}
