// The annotations of an open document, kept in step with every edit of its text.
import { contextOf } from '../context';
import { documentAt, type RecognizedFile } from '../documents';
import type { Claim, Entity, Sidecar } from '../model';
import type { TextChange } from './shift';
import { SpanIndex, type KeyedSpan } from './spanIndex';

export interface LiveEffect {
  /** Ids of annotations whose text changed with the edit. */
  readonly changed: string[];
  /** Ids of annotations whose whole text was deleted: they are now orphans. */
  readonly orphaned: string[];
  /** Ids of claims whose cue text was deleted: the cue is dropped. */
  readonly cuesLost: string[];
  /** Ids of orphans whose text came back where it was deleted (an undo): attached again. */
  readonly restored: string[];
  /**
   * Spans that a change *replaced* (deleted and put other text in their place: a reload from disk, a paste over
   * a paragraph): where the inserted text now is, so that they can be looked for there before they stay orphans.
   */
  readonly replaced: Replaced[];
}

export interface Replaced {
  readonly key: string;
  readonly index: 'entities' | 'claims' | 'cues';
  /** The span before the change (its start in the text before the change). */
  readonly span: KeyedSpan;
  /** Where the replacing text is in the text after the whole edit. */
  readonly window: readonly [number, number];
}

/**
 * Where an orphan's text was deleted: the change that removed it put `inserted` characters at `at`, and the
 * span started `offset` characters into what it removed. A later change that puts the text back there (an undo)
 * brings the annotation back.
 */
interface Ghost {
  readonly key: string;
  readonly index: 'entities' | 'claims' | 'cues';
  readonly at: number;
  readonly inserted: number;
  readonly offset: number;
  readonly text: string;
}

/** Where an orphan was last seen: kept so that it can be re-attached. */
export interface OrphanSpan {
  readonly start: number;
  readonly text: string;
}

export class LiveAnnotations {
  entities!: SpanIndex;
  claims!: SpanIndex;
  /** Cue spans, keyed by their claim's id. */
  cues!: SpanIndex;
  private readonly orphans = new Map<string, OrphanSpan>();
  /** Cues whose text an edit deleted, by claim id, with where they last were. */
  private readonly lostCues = new Map<string, KeyedSpan>();
  private ghosts: Ghost[] = [];
  private base!: Sidecar;

  constructor(base: Sidecar) {
    this.reset(base);
  }

  /** Where an annotation orphaned by an edit was last (undefined for others). */
  orphanPlace(id: string): OrphanSpan | undefined {
    return this.orphans.get(id);
  }

  /** The sidecar the live spans started from (with its orphans and every other field). */
  get current(): Sidecar {
    return this.base;
  }

  /** Replaces top-level fields of the sidecar that are not live spans (`progress`, `rejected`). */
  setFields(fields: { readonly progress: Sidecar['progress'] | undefined; readonly rejected?: Sidecar['rejected'] }): void {
    const { progress: _old, ...rest } = this.base;
    this.base = { ...rest, ...(fields.progress !== undefined ? { progress: fields.progress } : {}), ...(fields.rejected ? { rejected: fields.rejected } : {}) };
  }

  /** Applies VS Code's contentChanges of one edit, in order (each is relative to the text after the previous). */
  apply(changes: readonly TextChange[]): LiveEffect {
    const changed: string[] = [];
    const orphaned: string[] = [];
    const cuesLost: string[] = [];
    const restored: string[] = [];
    let replaced: Replaced[] = [];
    for (const change of changes) {
      // Windows of earlier changes of this edit follow this one (VS Code may send several, each after the last).
      replaced = replaced.flatMap((r) => followWindow(r, change));
      const returning = this.ghosts.filter((g) => comesBack(g, change));
      this.ghosts = this.ghosts.filter((g) => !returning.includes(g)).flatMap((g) => followGhost(g, change));
      const lost = (index: 'entities' | 'claims' | 'cues', spans: readonly KeyedSpan[]) => {
        for (const o of spans) {
          this.ghosts.push({ key: o.key, index, at: change.rangeOffset, inserted: change.text.length, offset: o.start - change.rangeOffset, text: o.text });
          if (change.text.length > 0) replaced.push({ key: o.key, index, span: o, window: [change.rangeOffset, change.rangeOffset + change.text.length] });
        }
      };
      for (const name of ['entities', 'claims'] as const) {
        const effect = this[name].apply(change);
        changed.push(...effect.changed);
        lost(name, effect.orphaned);
        for (const o of effect.orphaned) {
          this.orphans.set(o.key, { start: o.start, text: o.text });
          orphaned.push(o.key);
        }
      }
      const cueEffect = this.cues.apply(change);
      lost('cues', cueEffect.orphaned);
      for (const o of cueEffect.orphaned) {
        this.lostCues.set(o.key, o);
        cuesLost.push(o.key);
      }
      for (const g of returning) {
        const start = change.rangeOffset + g.offset;
        this[g.index].set({ key: g.key, start, end: start + g.text.length, text: g.text });
        if (g.index === 'cues') this.lostCues.delete(g.key);
        else {
          this.orphans.delete(g.key);
          restored.push(g.key);
        }
      }
    }
    const back = new Set(restored);
    return { changed, orphaned, cuesLost, restored, replaced: replaced.filter((r) => !back.has(r.key) && !this[r.index].has(r.key)) };
  }

  /** Where a claim's cue was when an edit deleted its text (undefined when it was not lost by an edit). */
  lostCueOf(id: string): KeyedSpan | undefined {
    return this.lostCues.get(id);
  }

  /** Drops an annotation's spans and orphan record (a command replaces or removes it). */
  forget(id: string): void {
    this.entities.delete(id);
    this.claims.delete(id);
    this.cues.delete(id);
    this.orphans.delete(id);
    this.lostCues.delete(id);
    this.ghosts = this.ghosts.filter((g) => g.key !== id);
  }

  /** Places an annotation given at its current offsets (a command added or changed it); orphans get no span. */
  place(index: 'entities' | 'claims', a: Entity | Claim): void {
    if (a.orphan) return;
    this[index].set({ key: a.id, start: a.start, end: a.end, text: a.text });
    const cue = (a as Claim).cue;
    if (index === 'claims' && cue && !cue.lost) this.cues.set({ key: a.id, start: cue.start, end: cue.end, text: cue.text });
  }

  /** Puts a span that an edit orphaned (or whose cue it lost) back on the text: found again after a replace. */
  reattach(index: 'entities' | 'claims' | 'cues', span: KeyedSpan): void {
    this[index].set(span);
    if (index === 'cues') this.lostCues.delete(span.key);
    else this.orphans.delete(span.key);
    this.ghosts = this.ghosts.filter((g) => !(g.key === span.key && g.index === index));
  }

  /**
   * The sidecar as it stands now over `text`: offsets and texts from the live spans, orphans marked with their
   * last place, contexts taken afresh from the text (within each annotation's document).
   */
  snapshot(text: string, file?: RecognizedFile): Sidecar {
    const place = <T extends Entity | Claim>(a: T, index: SpanIndex): T => {
      const span = index.get(a.id);
      if (!span) {
        const last = this.orphans.get(a.id) ?? { start: a.start, text: a.text };
        return { ...a, start: last.start, end: last.start + last.text.length, text: last.text, orphan: true };
      }
      const { orphan: _orphan, prefix: _p, suffix: _s, ...rest } = a as T & { orphan?: boolean };
      const doc = file ? documentAt(file, span.start, span.end) : undefined;
      const { prefix, suffix } = contextOf(text, span.start, span.end, doc ? { start: doc.bodyStart, end: doc.bodyEnd } : undefined);
      return {
        ...(rest as T),
        start: span.start,
        end: span.end,
        text: span.text,
        // An empty side is the document's edge: kept when the sidecar said so, implied (left out) otherwise.
        ...(prefix !== '' || a.prefix !== undefined ? { prefix } : {}),
        ...(suffix !== '' || a.suffix !== undefined ? { suffix } : {}),
        ...(file?.kind === 'bundle' && doc ? { doc: doc.id } : {}),
      };
    };
    const claims = this.base.claims.map((c) => {
      const placed = place(c, this.claims);
      const cue = this.cues.get(c.id);
      if (cue) return { ...placed, cue: { ...c.cue, start: cue.start, end: cue.end, text: cue.text } };
      const { cue: _cue, ...withoutCue } = placed;
      // The cue's text was deleted: the claim keeps it, marked lost, where it last was.
      const last = this.lostCues.get(c.id);
      if (last && c.cue) return { ...placed, cue: { ...c.cue, start: last.start, end: last.end, text: last.text, lost: true } };
      return c.cue ? placed : withoutCue;
    });
    return { ...this.base, entities: this.base.entities.map((e) => place(e, this.entities)), claims };
  }

  /** Starts over from `next` (after a save, or after annotations were added, changed or removed). */
  reset(next: Sidecar): void {
    const live = (a: Entity | Claim): KeyedSpan => ({ key: a.id, start: a.start, end: a.end, text: a.text });
    this.base = next;
    this.orphans.clear();
    this.lostCues.clear();
    this.ghosts = [];
    this.entities = new SpanIndex(next.entities.filter((e) => !e.orphan).map(live));
    this.claims = new SpanIndex(next.claims.filter((c) => !c.orphan).map(live));
    this.cues = new SpanIndex(next.claims.filter((c) => !c.orphan && c.cue && !c.cue.lost).map((c) => ({ key: c.id, start: c.cue!.start, end: c.cue!.end, text: c.cue!.text })));
  }
}

/** A replaced span's window after a later change of the same edit: shifted, or grown by edits inside it. */
function followWindow(r: Replaced, change: TextChange): Replaced[] {
  const [from, to] = r.window;
  const a = change.rangeOffset;
  const b = a + change.rangeLength;
  const delta = change.text.length - change.rangeLength;
  if (b <= from && a < from) return [{ ...r, window: [from + delta, to + delta] }];
  if (a >= to) return [r];
  const start = Math.min(from, a);
  const end = Math.max(to + delta, a + change.text.length);
  return end > start ? [{ ...r, window: [start, end] }] : [];
}

/** Whether `change` puts a ghost's text back where it was deleted (as undoing that deletion does). */
function comesBack(g: Ghost, change: TextChange): boolean {
  return change.rangeOffset === g.at && change.rangeLength === g.inserted && change.text.startsWith(g.text, g.offset);
}

/** A ghost after another change: moved with the text before it, gone when its place is edited. */
function followGhost(g: Ghost, change: TextChange): Ghost[] {
  const a = change.rangeOffset;
  const b = a + change.rangeLength;
  if (b <= g.at && !(a === b && a === g.at)) return [{ ...g, at: g.at + change.text.length - change.rangeLength }];
  if (a >= g.at + g.inserted && !(g.inserted === 0 && a === g.at)) return [g];
  return [];
}
