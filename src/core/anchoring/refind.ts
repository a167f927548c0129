// After an edit that replaced text holding annotations (a reload from disk, a paste over a paragraph, a
// formatter), the annotations are looked for in the text that replaced them, by the re-anchoring rules (exact,
// moved, fuzzy, with their floors), before they are left as orphans. Only the replacing text is searched: an
// annotation never jumps to another mention elsewhere because of an edit.
import type { RecognizedFile } from '../documents';
import type { Claim, Entity, Sidecar } from '../model';
import type { LiveAnnotations, Replaced } from './live';
import { relocateCue } from './cue';
import { reanchor, type AnchorResult } from './reanchor';

export interface Refound {
  /** Ids of annotations found again in the replacing text. */
  readonly found: AnchorResult[];
  /** Ids of claims whose cue was found again. */
  readonly cues: string[];
}

/**
 * Looks for `replaced` spans of `live` in `text` (the text after the edit) and puts back those found inside
 * the window of text that replaced them. `base` has the annotations' other fields (context, cue, doc).
 */
export function refindReplaced(live: LiveAnnotations, replaced: readonly Replaced[], text: string, file: RecognizedFile | undefined): Refound {
  const byKey = new Map(replaced.map((r) => [`${r.index}:${r.key}`, r]));
  const base = live.current;
  const lostAnnotation = <T extends Entity | Claim>(a: T, index: 'entities' | 'claims'): T | undefined => {
    const r = byKey.get(`${index}:${a.id}`);
    return r ? { ...a, start: r.span.start, end: r.span.end, text: r.span.text } : undefined;
  };
  const entities = base.entities.flatMap((e) => lostAnnotation(e, 'entities') ?? []);
  const claims = base.claims.flatMap((c) => {
    const lost = lostAnnotation(c, 'claims');
    if (!lost) return [];
    // The cue is looked for with its claim; its last span is where the edit found it.
    const cue = byKey.get(`cues:${c.id}`)?.span ?? live.cues.get(c.id);
    return [cue && lost.cue ? { ...lost, cue: { ...lost.cue, start: cue.start, end: cue.end, text: cue.text } } : lost];
  });
  const found: AnchorResult[] = [];
  if (entities.length + claims.length > 0) {
    const mini: Sidecar = { ...base, entities, claims, rejected: [] };
    const outcome = reanchor(mini, text, file);
    const placed = new Map<string, Entity | Claim>([...outcome.sidecar.entities, ...outcome.sidecar.claims].map((a) => [a.id, a]));
    for (const result of outcome.results) {
      const index = result.kind === 'entity' ? 'entities' : 'claims';
      const window = byKey.get(`${index}:${result.id}`)?.window;
      if (!result.to || !window || result.to.start < window[0] || result.to.end > window[1]) continue;
      live.reattach(index, { key: result.id, start: result.to.start, end: result.to.end, text: result.to.text });
      const cue = (placed.get(result.id) as Claim | undefined)?.cue;
      if (index === 'claims' && cue && !live.cues.has(result.id)) live.reattach('cues', { key: result.id, start: cue.start, end: cue.end, text: cue.text });
      found.push(result);
    }
  }
  // Cues replaced while their claim stayed: found again near the claim, in the replacing text.
  const cues: string[] = [];
  const claimsById = new Map(base.claims.map((c) => [c.id, c]));
  for (const r of replaced) {
    if (r.index !== 'cues' || live.cues.has(r.key)) continue;
    const claim = live.claims.get(r.key);
    const stored = claimsById.get(r.key)?.cue;
    if (!claim || !stored) continue;
    // The stored claim and cue tell how far apart they were and what stood between them.
    const storedClaim = claimsById.get(r.key)!;
    const cue = relocateCue(stored, storedClaim, claim, text);
    if (cue && cue.start >= r.window[0] && cue.end <= r.window[1]) {
      live.reattach('cues', { key: r.key, start: cue.start, end: cue.end, text: cue.text });
      cues.push(r.key);
    }
  }
  return { found, cues };
}
