// Claims engine: attributed statements (source, cue, content) found by general rules over reporting verbs and
// quotations. Pure: no library, no `vscode`. Offsets are UTF-16 into the text given.

import type { ClaimSuggestion, TextRange } from '../types';
import * as cues from './cues';
import { isPunct, paragraphs, quotes, sentences, words, type Quote, type Span, type Word } from './text';
import { accordingAt, type Claim, CLAIMS_ENGINE, content, INVERTED, QUOTE_ONLY, SAY, segmentBefore, sourceAfter, sourceBefore, span, tailIsAdjunct, THAT } from './shared';
import { reported } from './reported';

export { CLAIMS_ENGINE } from './shared';


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
