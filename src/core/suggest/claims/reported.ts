// Reported speech: "X said (that) Y", "Y, X said", "according to X, Y", "X claims/warned that Y", passive and
// nominal cues, sentence by sentence.

import * as cues from './cues';
import { isCapitalised, isPunct, words, type Span, type Word } from './text';
import { accordingAt, AUDIENCES, type Claim, CLAIMS_ENGINE, CONNECTIVES, DETERMINERS, INVERTED, lowerOf, MULTI_VERBS, NEGATORS, NOMINAL, PASSIVE, PRONOUNS, QUOTE_ONLY, SAY, segmentBefore, SOURCE_NOUNS, sourceAfter, sourceBefore, span, tailIsAdjunct, THAT, TIME } from './shared';

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
export function reported(text: string, sent: Span): Claim | undefined {
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
export function audienceAt(ws: readonly Word[], k: number): number {
  for (const a of AUDIENCES) if (a.every((x, i) => ws[k + i]?.lower === x)) return k + a.length;
  let e = k;
  if (ws[e]?.lower === 'the') e++;
  const s = e;
  while (e < ws.length && isCapitalised(ws[e]!) && !isPunct(ws[e]!)) e++;
  return e > s ? e : k;
}
