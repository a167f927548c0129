// Spans kept sorted by start in typed arrays, so that one keystroke costs a binary search, the few spans it
// touches, and one tight loop adding the length change to every span after it.
import { shiftSpan, type Span, type TextChange } from './shift';

export interface KeyedSpan extends Span {
  readonly key: string;
}

export interface ChangeEffect {
  /** Keys whose text changed (grew, shrank, or was retyped). */
  readonly changed: string[];
  /** Keys whose whole text was deleted: removed from the index, with their last span. */
  readonly orphaned: KeyedSpan[];
}

export class SpanIndex {
  private keys: string[] = [];
  private texts: string[] = [];
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);
  private count = 0;
  /** An upper bound of end - start over all spans: how far back a span that contains an offset can start. */
  private maxLength = 0;
  /**
   * Each key has a slot that never changes while it is in the index; `indexOfSlot` says where a slot is in the
   * sorted arrays and `slotAt` the reverse. Inserts and removals shift them with typed-array moves and one tight
   * loop, so that looking a key up is O(1) however the index changed (commands at 100k annotations need that).
   */
  private readonly slots = new Map<string, number>();
  private slotAt = new Int32Array(16);
  private indexOfSlot = new Int32Array(16);
  private freeSlots: number[] = [];
  private nextSlot = 0;

  constructor(spans: readonly KeyedSpan[] = []) {
    const sorted = [...spans].sort((x, y) => x.start - y.start || x.end - y.end);
    this.reserve(sorted.length);
    for (const span of sorted) this.push(span);
  }

  get size(): number {
    return this.count;
  }

  get(key: string): KeyedSpan | undefined {
    const i = this.indexOf(key);
    return i === undefined ? undefined : this.at(i);
  }

  has(key: string): boolean {
    return this.indexOf(key) !== undefined;
  }

  at(i: number): KeyedSpan {
    return { key: this.keys[i]!, start: this.starts[i]!, end: this.ends[i]!, text: this.texts[i]! };
  }

  *[Symbol.iterator](): IterableIterator<KeyedSpan> {
    for (let i = 0; i < this.count; i++) yield this.at(i);
  }

  /** Calls `fn` for every span in order, without making an object per span. */
  forEach(fn: (key: string, start: number, end: number, text: string) => void): void {
    for (let i = 0; i < this.count; i++) fn(this.keys[i]!, this.starts[i]!, this.ends[i]!, this.texts[i]!);
  }

  /** Adds a span (or replaces the span of the same key). */
  set(span: KeyedSpan): void {
    this.delete(span.key);
    const i = this.lowerBound(span.start);
    this.reserve(this.count + 1);
    this.starts.copyWithin(i + 1, i, this.count);
    this.ends.copyWithin(i + 1, i, this.count);
    this.keys.splice(i, 0, span.key);
    this.texts.splice(i, 0, span.text);
    this.starts[i] = span.start;
    this.ends[i] = span.end;
    this.count++;
    this.maxLength = Math.max(this.maxLength, span.end - span.start);
    this.slotAt.copyWithin(i + 1, i, this.count - 1);
    this.slotAt[i] = this.takeSlot(span.key);
    this.renumber(i);
  }

  delete(key: string): boolean {
    const i = this.indexOf(key);
    if (i === undefined) return false;
    this.removeAt(i);
    return true;
  }

  /** The first start after `offset` (direction 1) or the last one before it (-1), by binary search. */
  startNear(offset: number, direction: 1 | -1): number | undefined {
    if (direction > 0) {
      const i = this.lowerBound(offset + 1);
      return i < this.count ? this.starts[i]! : undefined;
    }
    const i = this.lowerBound(offset) - 1;
    return i >= 0 ? this.starts[i]! : undefined;
  }

  /** Spans that contain `offset` (start <= offset < end; with `edges`, offset == end too). */
  covering(offset: number, edges = false): KeyedSpan[] {
    const out: KeyedSpan[] = [];
    for (let i = this.lowerBound(offset + 1) - 1; i >= 0 && this.starts[i]! >= offset - this.maxLength; i--) {
      if (offset < this.ends[i]! || (edges && offset === this.ends[i]!)) out.push(this.at(i));
    }
    return out;
  }

  /** Applies one change to every span. */
  apply(change: TextChange): ChangeEffect {
    const a = change.rangeOffset;
    const b = a + change.rangeLength;
    const delta = change.text.length - change.rangeLength;
    const changed: string[] = [];
    const orphaned: KeyedSpan[] = [];
    const first = this.lowerBound(a); // first span starting at or after the change
    const after = a === b ? first : this.lowerBound(b); // first span starting at or after its end
    const dead: number[] = [];

    // Spans that start before the change and reach into it.
    for (let i = first - 1; i >= 0 && this.starts[i]! >= a - this.maxLength; i--) {
      if (this.ends[i]! > a) this.update(i, change, changed, orphaned, dead);
    }
    // Spans that start inside the change (or at an insertion point): the rules decide.
    for (let i = first; i < after; i++) this.update(i, change, changed, orphaned, dead);
    // Everything after the change moves by its length difference.
    if (delta !== 0) {
      const starts = this.starts;
      const ends = this.ends;
      for (let i = after; i < this.count; i++) {
        starts[i]! += delta;
        ends[i]! += delta;
      }
    }
    for (const i of dead.sort((x, y) => y - x)) this.removeAt(i);
    return { changed, orphaned };
  }

  private update(i: number, change: TextChange, changed: string[], orphaned: KeyedSpan[], dead: number[]): void {
    const before = this.at(i);
    const next = shiftSpan(before, change);
    if (next === undefined) {
      orphaned.push(before);
      dead.push(i);
      return;
    }
    this.starts[i] = next.start;
    this.ends[i] = next.end;
    if (next.text !== before.text) {
      this.texts[i] = next.text;
      changed.push(before.key);
    }
    this.maxLength = Math.max(this.maxLength, next.end - next.start);
  }

  private removeAt(i: number): void {
    const key = this.keys[i]!;
    this.freeSlots.push(this.slots.get(key)!);
    this.slots.delete(key);
    this.slotAt.copyWithin(i, i + 1, this.count);
    this.starts.copyWithin(i, i + 1, this.count);
    this.ends.copyWithin(i, i + 1, this.count);
    this.keys.splice(i, 1);
    this.texts.splice(i, 1);
    this.count--;
    this.renumber(i);
  }

  private indexOf(key: string): number | undefined {
    const slot = this.slots.get(key);
    return slot === undefined ? undefined : this.indexOfSlot[slot];
  }

  private takeSlot(key: string): number {
    const slot = this.freeSlots.pop() ?? this.nextSlot++;
    if (slot >= this.indexOfSlot.length) {
      const grown = new Int32Array(Math.max(16, this.indexOfSlot.length * 2));
      grown.set(this.indexOfSlot);
      this.indexOfSlot = grown;
    }
    this.slots.set(key, slot);
    return slot;
  }

  /** Slots from index `from` on moved: say where they are now. */
  private renumber(from: number): void {
    const slotAt = this.slotAt;
    const indexOfSlot = this.indexOfSlot;
    for (let i = from; i < this.count; i++) indexOfSlot[slotAt[i]!] = i;
  }

  /** First index whose start is ≥ offset. */
  private lowerBound(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private reserve(capacity: number): void {
    if (capacity <= this.starts.length) return;
    const size = Math.max(capacity, this.starts.length * 2);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const slotAt = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.count));
    ends.set(this.ends.subarray(0, this.count));
    slotAt.set(this.slotAt.subarray(0, this.count));
    this.starts = starts;
    this.ends = ends;
    this.slotAt = slotAt;
  }

  private push(span: KeyedSpan): void {
    if (this.slots.has(span.key)) return; // duplicate ids (a sidecar refused for writing): the first one is kept
    this.slotAt[this.count] = this.takeSlot(span.key);
    this.indexOfSlot[this.slotAt[this.count]!] = this.count;
    this.keys.push(span.key);
    this.texts.push(span.text);
    this.starts[this.count] = span.start;
    this.ends[this.count] = span.end;
    this.count++;
    this.maxLength = Math.max(this.maxLength, span.end - span.start);
  }
}
