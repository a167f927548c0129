// A fast reader for sidecars in the layout this extension writes (and the usual hand edits of it): one pass over
// the characters, no YAML document tree, model objects built directly. It gives exactly what readSidecar gives,
// or undefined as soon as it meets anything it does not handle (block scalars, anchors, multi-line values, any
// problem to report...), and then readSidecar, the reference, reads the file. The equality is property-tested.
import { DEFAULT_LABELS, SCHEMA_V1, type Extra, type Sidecar } from '../model';
import type { FieldSpec, ItemSpec } from './fields';
import type { ItemLayout, KeyLayout, ListKey, ListLayout, ReadOptions, ReadResult, SidecarLayout } from './read';
import { LIST_KEYS, MAX_SIDECAR_BYTES } from './read';
import { CLAIM_SPEC, ENTITY_SPEC, REJECTED_SPEC } from './specs';

class Unsupported extends Error {}
const bail = (): never => {
  throw new Unsupported();
};

const SPECS: Record<ListKey, ItemSpec> = { entities: ENTITY_SPEC, claims: CLAIM_SPEC, rejected: REJECTED_SPEC };
const FIELDS = new Map(Object.values(SPECS).map((spec) => [spec, new Map(spec.fields.map((f, index) => [f.key, { spec: f, index }]))]));
const ID = /^[A-Za-z0-9_-]{1,64}$/;
// What the writer leaves unquoted; anything else plain is left to the full parser.
const PLAIN_STRING = /^[\p{L}][^\n\r\t\0#:"'`{}[\]|>&*!%@\\\u0085\u2028\u2029\uFEFF]*$/u;
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~|\.nan|\.inf)$/i;
const SPACE = 32;
const HASH = 35;

// Key names are read thousands of times: known ones are looked up instead of sliced into new strings.
const KNOWN_NAMES = new Map<number, string[]>();
for (const name of new Set(['schema', 'document', 'textHash', ...LIST_KEYS, ...Object.values(SPECS).flatMap((s) => s.fields.map((f) => f.key)), 'url', 'note', 'entity'])) {
  const slot = name.length * 128 + name.charCodeAt(0);
  KNOWN_NAMES.set(slot, [...(KNOWN_NAMES.get(slot) ?? []), name]);
}

function nameAt(text: string, from: number, to: number): string {
  for (const name of KNOWN_NAMES.get((to - from) * 128 + text.charCodeAt(from)) ?? []) if (text.startsWith(name, from)) return name;
  return text.slice(from, to);
}

export function fastReadSidecar(text: string, options: ReadOptions = {}): ReadResult | undefined {
  if (text.length > MAX_SIDECAR_BYTES / 4 && new TextEncoder().encode(text).length > MAX_SIDECAR_BYTES) return undefined;
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  try {
    return new FastReader(text, new Set(options.labels ?? DEFAULT_LABELS)).read();
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

/** Key positions of every item, five numbers a key, turned into KeyLayouts only when a save asks for them. */
class KeyTable {
  names: string[] = [];
  positions = new Int32Array(1024);
  count = 0;

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
      out.set(this.names[k]!, { lineStart: pos[p]!, keyStart: pos[p + 1]!, valueStart: pos[p + 2]!, valueEnd: pos[p + 3]!, lineEnd: pos[p + 4]! });
    }
    return out;
  }
}

class FastItemLayout implements ItemLayout {
  readonly #table: KeyTable;
  readonly #from: number;
  readonly #to: number;
  #keys: Map<string, KeyLayout> | undefined;

  constructor(
    readonly index: number,
    readonly id: string | undefined,
    readonly blockStart: number,
    readonly blockEnd: number,
    readonly dashColumn: number,
    readonly keyColumn: number,
    readonly value: ItemLayout['value'],
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

class FastReader {
  /** The current line: [start, end) without its break; `next` is where the following line starts. */
  private start = 0;
  private end = 0;
  private next = 0;
  private readonly keys = new KeyTable();

  constructor(
    private readonly text: string,
    private readonly labels: ReadonlySet<string>,
  ) {
    this.load(0);
  }

  private load(at: number): void {
    const text = this.text;
    this.start = at;
    if (at >= text.length) {
      this.end = this.next = text.length;
      return;
    }
    const nl = text.indexOf('\n', at);
    this.next = nl < 0 ? text.length : nl + 1;
    this.end = nl < 0 ? text.length : text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  }

  private get done(): boolean {
    return this.start >= this.text.length;
  }

  private advance(): void {
    this.load(this.next);
  }

  /** Whether the current line is blank or a comment. */
  private blankOrComment(): boolean {
    const text = this.text;
    let i = this.start;
    while (i < this.end && text.charCodeAt(i) === SPACE) i++;
    if (i === this.end || text.charCodeAt(i) === HASH) return true;
    return text.charCodeAt(i) === 9 && text.slice(i, this.end).trim() === '';
  }

  read(): ReadResult {
    const text = this.text;
    const top = new Map<string, KeyLayout>();
    const lists: Partial<Record<ListKey, ListLayout>> = {};
    const topValues: Record<string, unknown> = {};
    let extra: Record<string, unknown> | undefined;
    const items: Record<ListKey, unknown[]> = { entities: [], claims: [], rejected: [] };

    while (!this.done) {
      if (this.blankOrComment()) {
        this.advance();
        continue;
      }
      const lineStart = this.start;
      const key = this.keyAt(lineStart);
      if (top.has(key.name)) bail(); // a duplicate key: the full parser reports it
      if ((LIST_KEYS as readonly string[]).includes(key.name)) {
        const list = this.readList(key.name as ListKey, key.valueStart, items[key.name as ListKey]!);
        top.set(key.name, list.key);
        lists[key.name as ListKey] = list;
        continue;
      }
      const { value, end } = this.scalarAt(key.valueStart, this.end);
      top.set(key.name, { lineStart, keyStart: lineStart, valueStart: key.valueStart, valueEnd: end, lineEnd: this.next });
      if (key.name === 'schema' || key.name === 'document' || key.name === 'textHash') topValues[key.name] = value;
      else (extra ??= {})[key.name] = value;
      this.advance();
    }

    if (topValues['schema'] !== SCHEMA_V1) bail();
    for (const key of ['document', 'textHash'] as const) if (key in topValues && typeof topValues[key] !== 'string') bail();
    if (topValues['textHash'] !== undefined && !/^sha256-[0-9a-f]{64}$/.test(topValues['textHash'] as string)) bail();
    const sidecar: Sidecar = {
      schema: SCHEMA_V1,
      ...(topValues['document'] !== undefined ? { document: topValues['document'] as string } : {}),
      ...(topValues['textHash'] !== undefined ? { textHash: topValues['textHash'] as string } : {}),
      entities: items.entities as Sidecar['entities'],
      claims: items.claims as Sidecar['claims'],
      rejected: items.rejected as Sidecar['rejected'],
      ...(extra ? { extra: extra as Extra } : {}),
    };
    const layout: SidecarLayout = { text, top, lists, eol: text.includes('\r\n') ? '\r\n' : '\n' };
    return { sidecar, problems: [], layout };
  }

  /** `name:` at `at`, then a space or the end of the line. */
  private keyAt(at: number): { name: string; valueStart: number } {
    const text = this.text;
    let i = at;
    const first = text.charCodeAt(i);
    if (!(isLetter(first) || first === 95)) bail();
    for (i++; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (!(isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45)) break;
    }
    if (text.charCodeAt(i) !== 58 /* : */) bail();
    const name = nameAt(text, at, i);
    i++;
    if (i < this.end && text.charCodeAt(i) !== SPACE) bail();
    while (i < this.end && text.charCodeAt(i) === SPACE) i++;
    return { name, valueStart: i };
  }

  private readList(key: ListKey, valueStart: number, out: unknown[]): ListLayout {
    const text = this.text;
    const lineStart = this.start;
    const lineNext = this.next;
    if (valueStart < this.end) {
      if (text.charCodeAt(valueStart) !== 91 || text.charCodeAt(valueStart + 1) !== 93 || !restIsComment(text, valueStart + 2, this.end)) bail();
      this.advance();
      return { key: { lineStart, keyStart: lineStart, valueStart, valueEnd: valueStart + 2, lineEnd: lineNext }, flow: true, items: [] };
    }
    this.advance();
    const layouts: ItemLayout[] = [];
    let dashColumn = -1;
    let previousEnd = -1;
    for (;;) {
      // Comment lines may stand above an item (not above the first: YAML gives those to the list).
      const before = this.start;
      while (!this.done && this.blankOrComment()) this.advance();
      if (this.done) break;
      let indent = this.start;
      while (indent < this.end && text.charCodeAt(indent) === SPACE) indent++;
      if (text.charCodeAt(indent) !== 45 /* - */ || text.charCodeAt(indent + 1) !== SPACE) break;
      const column = indent - this.start;
      if (dashColumn < 0) dashColumn = column;
      if (column !== dashColumn || (this.start > before && layouts.length === 0)) bail();
      const item = this.readItem(key, layouts.length, dashColumn, previousEnd);
      layouts.push(item);
      out.push(item.value);
      previousEnd = item.blockEnd;
    }
    if (layouts.length === 0) {
      // `key:` with nothing after it is null to YAML.
      if (!this.done && this.start > lineNext) bail();
      const colon = lineStart + key.length + 1;
      return { key: { lineStart, keyStart: lineStart, valueStart: colon, valueEnd: colon, lineEnd: lineNext }, flow: true, items: [] };
    }
    // Blank or comment lines after the last item: where YAML ends the list is for the full parser to say.
    if (this.start !== layouts[layouts.length - 1]!.blockEnd) bail();
    const end = layouts[layouts.length - 1]!.blockEnd;
    return { key: { lineStart, keyStart: lineStart, valueStart: layouts[0]!.blockStart + dashColumn, valueEnd: end, lineEnd: end }, flow: false, items: layouts };
  }

  private readItem(list: ListKey, index: number, dashColumn: number, previousEnd: number): ItemLayout {
    const text = this.text;
    const spec = SPECS[list];
    const fields = FIELDS.get(spec)!;
    const firstLine = this.start;
    const keyColumn = dashColumn + 2;
    const itemStart = firstLine + keyColumn;
    const keysFrom = this.keys.count;
    const values: unknown[] = new Array(spec.fields.length);
    let extra: Record<string, unknown> | undefined;
    const take = (name: string, value: unknown, lineStart: number, keyStart: number, valueStart: number, valueEnd: number, lineEnd: number) => {
      const field = fields.get(name);
      if (field) {
        if (values[field.index] !== undefined) bail(); // a duplicate key
        values[field.index] = this.check(field.spec, value);
      } else {
        if (extra && name in extra) bail();
        (extra ??= {})[name] = value;
      }
      this.keys.add(name, lineStart, keyStart, valueStart, valueEnd, lineEnd);
    };

    let flow = false;
    if (text.charCodeAt(itemStart) === 123 /* { */) {
      flow = true;
      const end = this.flowMap(itemStart, this.end, (name, value, keyStart, valueStart, valueEnd) => take(name, value, firstLine, keyStart, valueStart, valueEnd, this.next));
      if (!restIsComment(text, end, this.end)) bail();
      this.advance();
    } else {
      let keyStart = itemStart;
      for (;;) {
        const key = this.keyAt(keyStart);
        const lineStart = this.start;
        if (key.valueStart === this.end && key.name === 'evidence') {
          const seq = this.evidenceList(keyColumn + 2);
          take(key.name, seq.value, lineStart, keyStart, seq.start, seq.end, seq.end);
        } else {
          const { value, end } = this.valueAt(key.valueStart, this.end);
          take(key.name, value, lineStart, keyStart, key.valueStart, end, this.next);
          this.advance();
        }
        // The item goes on while lines are indented exactly to its keys.
        if (this.done || !indentedTo(text, this.start, this.end, keyColumn)) break;
        keyStart = this.start + keyColumn;
      }
    }

    // The model object, fields in the spec's order (as the full reader builds it), unknown keys last.
    const value: Record<string, unknown> = {};
    spec.fields.forEach((field, i) => {
      if (values[i] !== undefined) value[field.key] = values[i];
      else if (field.required) bail();
    });
    if (typeof value['start'] === 'number' && typeof value['end'] === 'number' && value['end'] < value['start']) bail();
    if (extra) value['extra'] = extra;
    const id = value['id'];
    const blockStart = previousEnd < 0 ? firstLine : Math.min(previousEnd, firstLine);
    const blockEnd = this.start;
    return new FastItemLayout(index, typeof id === 'string' ? id : undefined, blockStart, blockEnd, dashColumn, keyColumn, value as unknown as ItemLayout['value'], flow, this.keys, keysFrom);
  }

  /** A field's value checked as the full reader checks it; anything it would report makes us bail. */
  private check(field: FieldSpec, value: unknown): unknown {
    switch (field.kind) {
      case 'id':
        return typeof value === 'string' && ID.test(value) ? value : bail();
      case 'label':
        return typeof value === 'string' && this.labels.has(value) ? value : bail();
      case 'offset':
        return typeof value === 'number' ? value : bail();
      case 'string':
        return typeof value === 'string' ? value : bail();
      case 'bool':
        return typeof value === 'boolean' ? value : bail();
      case 'enum':
        return typeof value === 'string' && field.values!.includes(value) ? value : bail();
      case 'source': {
        const m = smallMap(value, { entity: 'string', text: 'string' });
        return m['entity'] === undefined && m['text'] === undefined ? bail() : m;
      }
      case 'cue': {
        const m = smallMap(value, { start: 'number', end: 'number', text: 'string' });
        if (m['start'] === undefined || m['end'] === undefined || m['text'] === undefined || (m['end'] as number) < (m['start'] as number)) bail();
        return m;
      }
      case 'evidence':
        return Array.isArray(value) ? value.map((e) => smallMap(e, { url: 'string', note: 'string' })) : bail();
    }
  }

  /** `- {...}` lines indented to `column` (an evidence list); leaves the reader on the line after them. */
  private evidenceList(column: number): { value: unknown[]; start: number; end: number } {
    const text = this.text;
    this.advance();
    const value: unknown[] = [];
    const start = this.start + column;
    while (!this.done && indentedTo(text, this.start, this.end, column) && text.charCodeAt(this.start + column) === 45 && text.charCodeAt(this.start + column + 1) === SPACE) {
      const at = this.start + column + 2;
      if (text.charCodeAt(at) !== 123) bail();
      const entry: Record<string, unknown> = {};
      const end = this.flowMap(at, this.end, (name, v) => {
        if (name in entry) bail();
        entry[name] = v;
      });
      if (!restIsComment(text, end, this.end) || end !== this.end) bail();
      value.push(entry);
      this.advance();
    }
    if (value.length === 0) bail();
    return { value, start, end: this.start };
  }

  /** A scalar, `[]` or flow mapping at `at`, then optional spaces and a comment. */
  private valueAt(at: number, lineEnd: number): { value: unknown; end: number } {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === 91 /* [ */ && text.charCodeAt(at + 1) === 93) {
      if (!restIsComment(text, at + 2, lineEnd)) bail();
      return { value: [], end: at + 2 };
    }
    if (c === 123 /* { */) {
      const map: Record<string, unknown> = {};
      const end = this.flowMap(at, lineEnd, (name, v) => {
        if (name in map) bail();
        map[name] = v;
      });
      if (!restIsComment(text, end, lineEnd)) bail();
      return { value: map, end };
    }
    return this.scalarAt(at, lineEnd);
  }

  private scalarAt(at: number, lineEnd: number): { value: unknown; end: number } {
    const text = this.text;
    if (at >= lineEnd || text.charCodeAt(at) === HASH) bail();
    const c = text.charCodeAt(at);
    let end: number;
    if (c === 34 || c === 39) {
      end = quotedEnd(text, at, lineEnd);
      if (end < 0 || !restIsComment(text, end, lineEnd)) bail();
    } else {
      // A plain scalar runs to " #" or the end of the line, without trailing spaces.
      end = lineEnd;
      for (let i = at + 1; i < lineEnd; i++) {
        if (text.charCodeAt(i) === HASH && text.charCodeAt(i - 1) === SPACE) {
          end = i;
          break;
        }
      }
      while (end > at && text.charCodeAt(end - 1) === SPACE) end--;
    }
    return { value: scalarValue(text.slice(at, end), false), end };
  }

  /** `{key: value, ...}` from `at` with scalar values; calls `each` per pair and returns the end of the `}`. */
  private flowMap(at: number, limit: number, each: (name: string, value: unknown, keyStart: number, valueStart: number, valueEnd: number) => void): number {
    const text = this.text;
    let i = at + 1;
    const skip = () => {
      while (text.charCodeAt(i) === SPACE) i++;
    };
    skip();
    if (text.charCodeAt(i) === 125 /* } */) return i + 1;
    for (;;) {
      skip();
      const keyStart = i;
      if (!(isLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) bail();
      while (i < limit && (isLetter(text.charCodeAt(i)) || (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) || text.charCodeAt(i) === 95 || text.charCodeAt(i) === 45)) i++;
      const name = nameAt(text, keyStart, i);
      if (text.charCodeAt(i) !== 58 || text.charCodeAt(i + 1) !== SPACE) bail();
      i += 2;
      skip();
      const valueStart = i;
      let raw: string;
      const q = text.charCodeAt(i);
      if (q === 34 || q === 39) {
        const end = quotedEnd(text, i, limit);
        if (end < 0) bail();
        raw = text.slice(i, end);
        i = end;
      } else {
        let j = i;
        while (j < limit && text.charCodeAt(j) !== 44 && text.charCodeAt(j) !== 125) j++;
        let e = j;
        while (e > i && text.charCodeAt(e - 1) === SPACE) e--;
        raw = text.slice(i, e);
        i = e;
      }
      each(name, scalarValue(raw, true), keyStart, valueStart, i);
      skip();
      const c = text.charCodeAt(i);
      if (c === 44 /* , */) {
        i++;
        continue;
      }
      if (c === 125) return i + 1;
      bail();
    }
  }
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether the line at `start` is indented by exactly `column` spaces, then neither a space nor a comment. */
function indentedTo(text: string, start: number, end: number, column: number): boolean {
  if (start + column >= end) return false;
  for (let i = start; i < start + column; i++) if (text.charCodeAt(i) !== SPACE) return false;
  const c = text.charCodeAt(start + column);
  return c !== SPACE && c !== HASH;
}

/** Only spaces, then optionally a comment (after at least one space), from `at` to the end of the line. */
function restIsComment(text: string, at: number, lineEnd: number): boolean {
  let i = at;
  while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
  return i === lineEnd || (i > at && text.charCodeAt(i) === HASH);
}

/** A flow mapping's known keys type-checked; other keys go to `extra`, as the full reader does. */
function smallMap(value: unknown, fields: Record<string, 'string' | 'number'>): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) bail();
  const out: Record<string, unknown> = {};
  let extra: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const kind = fields[k];
    if (kind === undefined) (extra ??= {})[k] = v;
    else if (typeof v !== kind) bail();
    else out[k] = v;
  }
  if (extra) out['extra'] = extra;
  return out;
}

/** End (after the closing quote) of the quoted scalar opening at `at`, before `limit`, or -1. */
function quotedEnd(s: string, at: number, limit: number): number {
  const q = s.charCodeAt(at);
  for (let i = at + 1; i < limit; i++) {
    const c = s.charCodeAt(i);
    if (q === 34 && c === 92) i++;
    else if (c === q) {
      if (q === 39 && s.charCodeAt(i + 1) === 39) i++;
      else return i + 1;
    }
  }
  return -1;
}

/** The value of a scalar as YAML 1.2's core schema reads it, for the forms the writer uses; others bail. */
function scalarValue(raw: string, inFlow: boolean): unknown {
  const c = raw.charCodeAt(0);
  if (c === 34) return unescapeDouble(raw.slice(1, -1));
  if (c === 39) return raw.slice(1, -1).replace(/''/g, "'");
  if (c >= 48 && c <= 57) {
    if (/^(?:0|[1-9][0-9]{0,14})$/.test(raw)) return Number(raw);
    bail();
  }
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (RESERVED.test(raw) || !PLAIN_STRING.test(raw) || (inFlow && /[,[\]{}]/.test(raw))) bail();
  return raw;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '0': '\0' };

function unescapeDouble(body: string): string {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i]!;
    if (e === 'u') {
      const hex = body.slice(i + 1, i + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) bail();
      out += String.fromCharCode(parseInt(hex, 16));
      i += 4;
    } else if (e in ESCAPES) out += ESCAPES[e];
    else bail();
  }
  return out;
}
