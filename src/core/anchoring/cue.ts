// A claim's cue ("said", "according to") after its claim was found again. The cue moves with its claim: the
// same word, as far from the claim as before, with the same words between them. A copy of the word elsewhere
// near the claim is usually another speaker's, so the cue is lost rather than moved there.
import type { Anchored, Cue } from '../model';
import { similarity } from './similarity';

/** Words between a cue and its claim may change this little ("said on Monday that" → "said Monday that"). */
const GAP_LIKENESS = 0.75;
/** Characters either side of a cue inside its claim, compared when the claim's text was edited. */
const NEIGHBOURHOOD = 12;

type ClaimSpan = Pick<Anchored, 'start' | 'end' | 'text' | 'prefix' | 'suffix'>;

/**
 * Where `cue` is now, given where its claim was (`claim`, with the context stored with it: the cue's offsets are
 * in the same text) and where the claim is now (`to`, in `text`); undefined when it cannot be told.
 */
export function relocateCue(cue: Cue, claim: ClaimSpan, to: { readonly start: number; readonly end: number }, text: string): Cue | undefined {
  const length = cue.text.length;
  if (length === 0) return undefined;
  const at = (start: number): Cue | undefined => (text.startsWith(cue.text, start) ? { ...cue, start, end: start + length } : undefined);
  if (cue.start >= claim.start && cue.end <= claim.end) return insideClaim(cue, claim, to, text, at);
  if (cue.end <= claim.start) {
    // Before the claim: the words between them are the end of the stored prefix, when it reaches the cue.
    const known = claim.prefix !== undefined && claim.start - claim.prefix.length <= cue.start;
    if (!known) return at(to.start - (claim.start - cue.start));
    const gap = claim.prefix!.slice(claim.prefix!.length - (claim.start - cue.end));
    return bestByGap(gap, to.start - gap.length - length, (start) => text.slice(start + length, to.start), at);
  }
  if (cue.start >= claim.end) {
    const known = claim.suffix !== undefined && cue.end <= claim.end + claim.suffix.length;
    if (!known) return at(to.end + (cue.start - claim.end));
    const gap = claim.suffix!.slice(0, cue.start - claim.end);
    return bestByGap(gap, to.end + gap.length, (start) => text.slice(to.end, start), at);
  }
  // Across the claim's edge (rare): only exactly where the claim's move puts it.
  return at(to.start + (cue.start - claim.start));
}

/** The copy of the cue near `expected` whose words to the claim (`between`) are most like the old ones (`gap`). */
function bestByGap(gap: string, expected: number, between: (start: number) => string, at: (start: number) => Cue | undefined): Cue | undefined {
  const slack = Math.max(2, gap.length >> 2);
  let best: { cue: Cue; likeness: number; distance: number } | undefined;
  for (let start = Math.max(0, expected - slack); start <= expected + slack; start++) {
    const found = at(start);
    if (!found) continue;
    const likeness = similarity(gap, between(start));
    const distance = Math.abs(start - expected);
    if (likeness >= GAP_LIKENESS && (!best || likeness > best.likeness || (likeness === best.likeness && distance < best.distance))) best = { cue: found, likeness, distance };
  }
  return best?.cue;
}

/**
 * A cue inside its claim keeps its place in the claim's text: counted from the claim's start when the text
 * before it is unchanged, from its end otherwise, and taken only where its neighbouring words still agree.
 */
function insideClaim(cue: Cue, claim: ClaimSpan, to: { readonly start: number; readonly end: number }, text: string, at: (start: number) => Cue | undefined): Cue | undefined {
  const offset = cue.start - claim.start;
  const before = claim.text.slice(Math.max(0, offset - NEIGHBOURHOOD), offset);
  const after = claim.text.slice(offset + cue.text.length, offset + cue.text.length + NEIGHBOURHOOD);
  for (const start of [to.start + offset, to.end - (claim.end - cue.start)]) {
    const found = at(start);
    if (!found || start < to.start || found.end > to.end) continue;
    const nowBefore = text.slice(Math.max(to.start, start - before.length), start);
    const nowAfter = text.slice(found.end, Math.min(to.end, found.end + after.length));
    if (similarity(before, nowBefore) >= GAP_LIKENESS || similarity(after, nowAfter) >= GAP_LIKENESS) return found;
  }
  return undefined;
}
