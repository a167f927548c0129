// Item layouts of the fast reader: key positions kept as numbers, made into KeyLayouts only when a save asks.
import type { ItemLayout, KeyLayout, ListItem } from './read';

/** Key positions of every item, five numbers a key, turned into KeyLayouts only when a save asks for them. */
export class KeyTable {
  names: string[] = [];
  positions = new Int32Array(1024);
  count = 0;
  /** The keys of block-style mapping values (an indented `cue:`), by the index of their key. */
  readonly nested = new Map<number, ReadonlyMap<string, KeyLayout>>();

  add(name: string, lineStart: number, keyStart: number, valueStart: number, valueEnd: number, lineEnd: number): void {
    if ((this.count + 1) * 5 > this.positions.length) {
      const grown = new Int32Array(this.positions.length * 2);
      grown.set(this.positions);
      this.positions = grown;
    }
    const p = this.count * 5;
    this.positions[p] = lineStart;
    this.positions[p + 1] = keyStart;
    this.positions[p + 2] = valueStart;
    this.positions[p + 3] = valueEnd;
    this.positions[p + 4] = lineEnd;
    this.names.push(name);
    this.count++;
  }

  map(from: number, to: number): Map<string, KeyLayout> {
    const out = new Map<string, KeyLayout>();
    for (let k = from; k < to; k++) {
      const p = k * 5;
      const pos = this.positions;
      const entries = this.nested.get(k);
      out.set(this.names[k]!, { lineStart: pos[p]!, keyStart: pos[p + 1]!, valueStart: pos[p + 2]!, valueEnd: pos[p + 3]!, lineEnd: pos[p + 4]!, ...(entries ? { entries } : {}) });
    }
    return out;
  }
}

export class FastItemLayout implements ItemLayout<ListItem> {
  readonly #table: KeyTable;
  readonly #from: number;
  readonly #to: number;
  #keys: Map<string, KeyLayout> | undefined;

  constructor(
    readonly index: number,
    readonly id: string | undefined,
    readonly blockStart: number,
    readonly blockEnd: number,
    readonly dashLine: number,
    readonly dashColumn: number,
    readonly keyColumn: number,
    readonly value: ListItem | undefined,
    readonly flow: boolean,
    table: KeyTable,
    from: number,
  ) {
    this.#table = table;
    this.#from = from;
    this.#to = table.count;
  }

  get keys(): ReadonlyMap<string, KeyLayout> {
    return (this.#keys ??= this.#table.map(this.#from, this.#to));
  }
}

