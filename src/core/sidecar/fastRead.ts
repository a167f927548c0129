// A fast reader for sidecars in the layout this extension writes, the usual hand edits of it (plain values,
// comments) and the block layouts of YAML dumpers (indented `cue:` mappings, `|`/`>` block scalars): one pass over
// the characters, no YAML document tree, model objects built directly. It gives exactly what readSidecar gives,
// or undefined as soon as it meets anything it does not handle (anchors, a `-` on its own line, values folded
// over lines, block-style evidence, any problem to report...), and then readSidecar, the reference, reads the
// file. The equality is property-tested.
import { DEFAULT_LABELS, DOCUMENT_STATES, SCHEMA_V1, type DocumentState, type Extra, type Sidecar } from '../model';
import { FastItemLayout, KeyTable } from './fastLayout';
import { bail, blockScalarAt, flowMapAt, HASH, indentedTo, isLetter, nameAt, quotedEnd, restIsComment, scalarValue, smallMap, SPACE, Unsupported, utf8Length } from './fastScalars';
import { suggestionTypeProblem, validCue, validScalar, validSource, validSpan, type FieldSpec, type ItemSpec } from './fields';
import type { ItemLayout, KeyLayout, ListItem, ListKey, ListLayout, ReadOptions, ReadResult, SidecarLayout, SidecarLists } from './read';
import { MAX_SIDECAR_BYTES, SIDECAR_LIST_KEYS } from './read';
import { CLAIM_SPEC, ENTITY_SPEC, REJECTED_SPEC, SUGGESTION_SPEC } from './specs';

const SPECS: Record<ListKey, ItemSpec> = { entities: ENTITY_SPEC, claims: CLAIM_SPEC, rejected: REJECTED_SPEC, suggestions: SUGGESTION_SPEC };
const FIELDS = new Map(Object.values(SPECS).map((spec) => [spec, new Map(spec.fields.map((f, index) => [f.key, { spec: f, index }]))]));

export function fastReadSidecar(text: string, options: ReadOptions = {}): ReadResult | undefined {
  if (text.length > MAX_SIDECAR_BYTES / 4 && utf8Length(text) > MAX_SIDECAR_BYTES) return undefined;
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  try {
    return new FastReader(text, new Set(options.labels ?? DEFAULT_LABELS)).read();
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
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

  private readonly isLabel = (name: string): boolean => this.labels.has(name);

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
    const lists: Partial<Record<ListKey, ListLayout<ListItem>>> = {};
    const topValues: Record<string, unknown> = {};
    let extra: Record<string, unknown> | undefined;
    const items: Record<ListKey, unknown[]> = { entities: [], claims: [], rejected: [], suggestions: [] };

    while (!this.done) {
      if (this.blankOrComment()) {
        this.advance();
        continue;
      }
      const lineStart = this.start;
      const key = this.keyAt(lineStart);
      if (top.has(key.name)) bail(); // a duplicate key: the full parser reports it
      if ((SIDECAR_LIST_KEYS as readonly string[]).includes(key.name)) {
        const list = this.readList(key.name as ListKey, key.valueStart, items[key.name as ListKey]!);
        top.set(key.name, list.key);
        lists[key.name as ListKey] = list;
        continue;
      }
      const { value, end } = this.scalarAt(key.valueStart, this.end);
      top.set(key.name, { lineStart, keyStart: lineStart, valueStart: key.valueStart, valueEnd: end, lineEnd: this.next });
      if (key.name === 'schema' || key.name === 'document' || key.name === 'textHash' || key.name === 'progress') topValues[key.name] = value;
      else (extra ??= {})[key.name] = value;
      this.advance();
    }

    if (topValues['schema'] !== SCHEMA_V1) bail();
    for (const key of ['document', 'textHash'] as const) if (key in topValues && typeof topValues[key] !== 'string') bail();
    if (topValues['textHash'] !== undefined && !/^sha256-[0-9a-f]{64}$/.test(topValues['textHash'] as string)) bail();
    // A block mapping of states (bundles), or a bad state: the full reader reads and reports it.
    if ('progress' in topValues && !(DOCUMENT_STATES as readonly unknown[]).includes(topValues['progress'])) bail();
    const sidecar: Sidecar = {
      schema: SCHEMA_V1,
      ...(topValues['document'] !== undefined ? { document: topValues['document'] as string } : {}),
      ...(topValues['textHash'] !== undefined ? { textHash: topValues['textHash'] as string } : {}),
      ...(topValues['progress'] !== undefined ? { progress: topValues['progress'] as DocumentState } : {}),
      entities: items.entities as Sidecar['entities'],
      claims: items.claims as Sidecar['claims'],
      rejected: items.rejected as Sidecar['rejected'],
      ...(lists.suggestions ? { suggestions: items.suggestions as NonNullable<Sidecar['suggestions']> } : {}),
      ...(extra ? { extra: extra as Extra } : {}),
    };
    const layout: SidecarLayout = { text, top, lists: lists as SidecarLists, eol: text.includes('\r\n') ? '\r\n' : '\n' };
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

  private readList(key: ListKey, valueStart: number, out: unknown[]): ListLayout<ListItem> {
    const text = this.text;
    const lineStart = this.start;
    const lineNext = this.next;
    const commentAfterKey = valueStart < this.end && text.charCodeAt(valueStart) === HASH;
    if (valueStart < this.end && !commentAfterKey) {
      if (text.charCodeAt(valueStart) !== 91 || text.charCodeAt(valueStart + 1) !== 93 || !restIsComment(text, valueStart + 2, this.end)) bail();
      this.advance();
      return { key: { lineStart, keyStart: lineStart, valueStart, valueEnd: valueStart + 2, lineEnd: lineNext }, flow: true, items: [] };
    }
    this.advance();
    const layouts: ItemLayout<ListItem>[] = [];
    let dashColumn = -1;
    let previousEnd = -1;
    for (;;) {
      // Comment lines may stand above an item (those above the first stay with the list).
      while (!this.done && this.blankOrComment()) this.advance();
      if (this.done) break;
      let indent = this.start;
      while (indent < this.end && text.charCodeAt(indent) === SPACE) indent++;
      if (text.charCodeAt(indent) !== 45 /* - */ || text.charCodeAt(indent + 1) !== SPACE) break;
      const column = indent - this.start;
      if (dashColumn < 0) dashColumn = column;
      if (column !== dashColumn) bail();
      const item = this.readItem(key, layouts.length, dashColumn, previousEnd);
      layouts.push(item);
      out.push(item.value);
      previousEnd = item.blockEnd;
    }
    if (layouts.length === 0) {
      // `key:` with nothing after it is null to YAML.
      if ((!this.done && this.start > lineNext) || commentAfterKey) bail();
      const colon = lineStart + key.length + 1;
      return { key: { lineStart, keyStart: lineStart, valueStart: colon, valueEnd: colon, lineEnd: lineNext }, flow: true, items: [] };
    }
    const end = layouts[layouts.length - 1]!.blockEnd;
    return { key: { lineStart, keyStart: lineStart, valueStart: layouts[0]!.blockStart + dashColumn, valueEnd: end, lineEnd: end }, flow: false, items: layouts };
  }

  private readItem(list: ListKey, index: number, dashColumn: number, previousEnd: number): ItemLayout<ListItem> {
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
      const end = flowMapAt(text, itemStart, this.end, (name, value, keyStart, valueStart, valueEnd) => take(name, value, firstLine, keyStart, valueStart, valueEnd, this.next));
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
        } else if (text.charCodeAt(key.valueStart) === 124 || text.charCodeAt(key.valueStart) === 62) {
          const scalar = blockScalarAt(text, key.valueStart, this.end, keyColumn);
          take(key.name, scalar.value, lineStart, keyStart, key.valueStart, scalar.end, scalar.end);
          this.load(scalar.end);
        } else if (key.valueStart === this.end) {
          const map = this.blockMap(keyColumn + 2);
          this.keys.nested.set(this.keys.count, map.entries);
          take(key.name, map.value, lineStart, keyStart, map.start, map.end, map.end);
        } else {
          const { value, end } = this.valueAt(key.valueStart, this.end);
          take(key.name, value, lineStart, keyStart, key.valueStart, end, this.next);
          this.advance();
        }
        // The item goes on while lines are indented exactly to its keys (comment lines between them included).
        if (!this.skipCommentsTo(keyColumn)) break;
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
    if (spec === SUGGESTION_SPEC && suggestionTypeProblem(value, this.isLabel, []) !== undefined) bail();
    if (extra) value['extra'] = extra;
    const id = value['id'];
    const blockStart = previousEnd < 0 ? firstLine : Math.min(previousEnd, firstLine);
    const blockEnd = this.start;
    return new FastItemLayout(index, typeof id === 'string' ? id : undefined, blockStart, blockEnd, firstLine, dashColumn, keyColumn, value as unknown as ListItem, flow, this.keys, keysFrom);
  }

  /** Past blank and comment lines when a line indented to `column` follows them; else stays where it is. */
  private skipCommentsTo(column: number): boolean {
    const text = this.text;
    const from = this.start;
    while (!this.done && this.blankOrComment()) this.advance();
    if (!this.done && indentedTo(text, this.start, this.end, column)) return true;
    if (this.start !== from) this.load(from);
    return false;
  }

  /** A field's value checked by the full reader's rules (fields.ts); anything it would report makes us bail. */
  private check(field: FieldSpec, value: unknown): unknown {
    switch (field.kind) {
      case 'source': {
        const m = smallMap(value, { entity: 'string', text: 'string' });
        return validSource(m) ? m : bail();
      }
      case 'cue': {
        const m = smallMap(value, { start: 'number', end: 'number', text: 'string', lost: 'boolean' });
        return validCue(m) ? m : bail();
      }
      case 'span': {
        const m = smallMap(value, { start: 'number', end: 'number', text: 'string' });
        return validSpan(m) ? m : bail();
      }
      case 'evidence':
        return Array.isArray(value) ? value.map((e) => smallMap(e, { url: 'string', note: 'string' })) : bail();
      default:
        return validScalar(field, value, this.isLabel) ? value : bail();
    }
  }

  /** `key: value` lines indented to `column` (an indented `cue:`, as PyYAML writes it); leaves the reader after them. */
  private blockMap(column: number): { value: Record<string, unknown>; start: number; end: number; entries: Map<string, KeyLayout> } {
    const text = this.text;
    this.advance();
    const value: Record<string, unknown> = {};
    const entries = new Map<string, KeyLayout>();
    const start = this.start + column;
    while (!this.done && indentedTo(text, this.start, this.end, column)) {
      const keyStart = this.start + column;
      const key = this.keyAt(keyStart);
      if (key.valueStart >= this.end || key.name in value) bail(); // deeper nesting, or a duplicate key
      const block = text.charCodeAt(key.valueStart) === 124 || text.charCodeAt(key.valueStart) === 62;
      const scalar = block ? blockScalarAt(text, key.valueStart, this.end, column) : this.valueAt(key.valueStart, this.end);
      value[key.name] = scalar.value;
      entries.set(key.name, { lineStart: this.start, keyStart, valueStart: key.valueStart, valueEnd: scalar.end, lineEnd: block ? scalar.end : this.next });
      if (block) this.load(scalar.end);
      else this.advance();
    }
    if (entries.size === 0) bail();
    return { value, start, end: this.start, entries };
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
      const end = flowMapAt(text, at, this.end, (name, v) => {
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
      const end = flowMapAt(text, at, lineEnd, (name, v) => {
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
}
