// A fast reader for sidecars in the layout this extension writes (and the usual hand edits of it): one pass over
// the lines, no YAML document tree. It gives exactly what readSidecar gives, or undefined as soon as it meets
// anything it does not handle (block scalars, anchors, multi-line values, problems to report...), and then
// readSidecar, the reference, reads the file. Sidecars of 10,000 annotations load in tens of milliseconds.
import { DEFAULT_LABELS, SCHEMA_V1, type Extra, type Sidecar } from '../model';
import { ProblemSink, toModel, type ItemSpec, type View } from './fields';
import type { ItemLayout, KeyLayout, ListKey, ListLayout, ReadOptions, ReadResult, SidecarLayout } from './read';
import { LIST_KEYS, MAX_SIDECAR_BYTES } from './read';
import { CLAIM_SPEC, ENTITY_SPEC, REJECTED_SPEC } from './specs';

class Unsupported extends Error {}
const bail = (): never => {
  throw new Unsupported();
};

const SPECS: Record<ListKey, ItemSpec> = { entities: ENTITY_SPEC, claims: CLAIM_SPEC, rejected: REJECTED_SPEC };
const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
// What the writer leaves unquoted; anything else plain is left to the full parser.
const PLAIN_STRING = /^[\p{L}][^\n\r\t\0#:"'`{}[\]|>&*!%@\\\u0085\u2028\u2029\uFEFF]*$/u;
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~|\.nan|\.inf)$/i;

interface Line {
  readonly start: number;
  readonly end: number; // without the line break
  readonly next: number;
}

export function fastReadSidecar(text: string, options: ReadOptions = {}): ReadResult | undefined {
  if (text.length > MAX_SIDECAR_BYTES / 4 && new TextEncoder().encode(text).length > MAX_SIDECAR_BYTES) return undefined;
  try {
    return new FastReader(text, options.labels ?? DEFAULT_LABELS).read();
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

class FastReader {
  private readonly lines: Line[] = [];
  private i = 0;
  private readonly sink = new ProblemSink(() => bail());

  constructor(
    private readonly text: string,
    private readonly labels: readonly string[],
  ) {
    let start = 0;
    while (start < text.length) {
      const nl = text.indexOf('\n', start);
      const next = nl < 0 ? text.length : nl + 1;
      let end = nl < 0 ? text.length : nl;
      if (text.charCodeAt(end - 1) === 13) end--;
      this.lines.push({ start, end, next });
      start = next;
    }
  }

  read(): ReadResult {
    const text = this.text;
    const top = new Map<string, KeyLayout>();
    const lists: Partial<Record<ListKey, ListLayout>> = {};
    const extra: Record<string, unknown> = {};
    const values: Record<string, unknown> = {};
    const items: Record<ListKey, unknown[]> = { entities: [], claims: [], rejected: [] };
    if (text.charCodeAt(0) === 0xfeff) bail();

    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      const content = text.slice(line.start, line.end);
      if (isBlankOrComment(content)) {
        this.i++;
        continue;
      }
      const m = KEY.exec(content);
      if (!m) bail();
      const key = m![1]!;
      if (top.has(key)) bail(); // a duplicate key: the full parser reports it
      const valueStart = line.start + m![0]!.length;
      const rest = text.slice(valueStart, line.end);
      if ((LIST_KEYS as readonly string[]).includes(key)) {
        const list = this.readList(key as ListKey, line, valueStart, rest, items[key as ListKey]);
        top.set(key, list.key);
        lists[key as ListKey] = list;
        continue;
      }
      const { value, end } = this.scalarWithComment(rest, valueStart);
      top.set(key, { lineStart: line.start, keyStart: line.start, valueStart, valueEnd: end, lineEnd: line.next });
      if (key === 'schema' || key === 'document' || key === 'textHash') values[key] = value.value;
      else extra[key] = value.value;
      this.i++;
    }

    if (values['schema'] !== SCHEMA_V1) bail();
    for (const key of ['document', 'textHash'] as const) if (key in values && typeof values[key] !== 'string') bail();
    if (values['textHash'] !== undefined && !/^sha256-[0-9a-f]{64}$/.test(values['textHash'] as string)) bail();
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const sidecar: Sidecar = {
      schema: SCHEMA_V1,
      ...(values['document'] !== undefined ? { document: values['document'] as string } : {}),
      ...(values['textHash'] !== undefined ? { textHash: values['textHash'] as string } : {}),
      entities: items.entities as Sidecar['entities'],
      claims: items.claims as Sidecar['claims'],
      rejected: items.rejected as Sidecar['rejected'],
      ...(Object.keys(extra).length > 0 ? { extra: extra as Extra } : {}),
    };
    const layout: SidecarLayout = { text, top, lists, eol };
    return { sidecar, problems: [], layout };
  }

  private readList(key: ListKey, line: Line, valueStart: number, rest: string, out: unknown[]): ListLayout {
    const text = this.text;
    this.i++;
    if (rest === '[]') {
      const keyLayout = { lineStart: line.start, keyStart: line.start, valueStart, valueEnd: valueStart + 2, lineEnd: line.next };
      return { key: keyLayout, flow: true, items: [] };
    }
    if (rest !== '') bail();
    const layouts: ItemLayout[] = [];
    let dashColumn = -1;
    let previousEnd = -1;
    for (;;) {
      // Comment lines may stand above an item; anything else at the list's level ends it.
      let j = this.i;
      while (j < this.lines.length && isBlankOrComment(text.slice(this.lines[j]!.start, this.lines[j]!.end))) j++;
      const next = this.lines[j];
      if (!next) break;
      const content = text.slice(next.start, next.end);
      const dash = /^( *)- /.exec(content);
      if (!dash) break;
      if (dashColumn < 0) dashColumn = dash[1]!.length;
      if (dash[1]!.length !== dashColumn || (j > this.i && layouts.length === 0)) bail();
      this.i = j;
      const item = this.readItem(key, layouts.length, dashColumn, previousEnd);
      layouts.push(item.layout);
      out.push(item.layout.value);
      previousEnd = item.layout.blockEnd;
    }
    if (layouts.length === 0) {
      // `key:` with nothing after it is null to YAML.
      const colon = line.start + key.length + 1;
      return { key: { lineStart: line.start, keyStart: line.start, valueStart: colon, valueEnd: colon, lineEnd: line.next }, flow: true, items: [] };
    }
    // Blank or comment lines after the last item: where YAML ends the list is for the full parser to say.
    if (this.i < this.lines.length && isBlankOrComment(text.slice(this.lines[this.i]!.start, this.lines[this.i]!.end))) bail();
    const end = layouts[layouts.length - 1]!.blockEnd;
    return { key: { lineStart: line.start, keyStart: line.start, valueStart: layouts[0]!.blockStart + dashColumn, valueEnd: end, lineEnd: end }, flow: false, items: layouts };
  }

  private readItem(key: ListKey, index: number, dashColumn: number, previousEnd: number): { layout: ItemLayout } {
    const text = this.text;
    const first = this.lines[this.i]!;
    const keyColumn = dashColumn + 2;
    const itemStart = first.start + keyColumn;
    const keys = new Map<string, KeyLayout>();
    const entries: Array<readonly [string, View | null]> = [];
    let flow = false;
    let lastEnd: number;
    if (text[itemStart] === '{') {
      const parsed = this.flowMap(itemStart, first.end);
      const after = text.slice(parsed.end, first.end);
      if (!/^ *(?:#.*)?$/.test(after)) bail();
      flow = true;
      for (const entry of parsed.entries) {
        entries.push([entry.key, entry.value]);
        keys.set(entry.key, { lineStart: first.start, keyStart: entry.keyStart, valueStart: entry.value.start, valueEnd: entry.value.end, lineEnd: first.next });
      }
      this.i++;
      lastEnd = first.next;
    } else {
      lastEnd = first.next;
      let line: Line | undefined = first;
      let column = keyColumn;
      while (line) {
        const content = text.slice(line.start + column, line.end);
        const m = KEY.exec(content);
        if (!m || (column === keyColumn && line !== first && text.slice(line.start, line.start + column).trim() !== '')) bail();
        const name = m![1]!;
        if (keys.has(name)) bail();
        const keyStart = line.start + column;
        const valueStart = keyStart + m![0]!.length;
        const rest = text.slice(valueStart, line.end);
        if (rest === '' && name === 'evidence') {
          const seq = this.blockSeq(keyColumn + 2);
          entries.push([name, seq.view]);
          keys.set(name, { lineStart: line.start, keyStart, valueStart: seq.view.start, valueEnd: seq.view.end, lineEnd: seq.lineEnd });
          lastEnd = seq.lineEnd;
        } else {
          const { value, end } = this.valueWithComment(rest, valueStart);
          entries.push([name, value]);
          keys.set(name, { lineStart: line.start, keyStart, valueStart, valueEnd: end, lineEnd: line.next });
          lastEnd = line.next;
          this.i++;
        }
        // The item goes on while lines are indented to its keys.
        const candidate = this.lines[this.i];
        column = keyColumn;
        line = candidate && text.slice(candidate.start, candidate.start + keyColumn) === ' '.repeat(keyColumn) && text[candidate.start + keyColumn] !== ' ' && text[candidate.start + keyColumn] !== '#' ? candidate : undefined;
      }
    }
    const map: View = { kind: 'map', entries, start: itemStart, end: lastEnd };
    const value = toModel(map, SPECS[key], `${key}[${index}]`, this.sink, { labels: this.labels });
    if (value === undefined) bail();
    const blockStart = previousEnd < 0 ? first.start : Math.min(previousEnd, first.start);
    const id = entries.find(([k]) => k === 'id')?.[1];
    return {
      layout: {
        index,
        id: id?.kind === 'scalar' && typeof id.value === 'string' ? id.value : undefined,
        blockStart,
        blockEnd: lastEnd,
        dashColumn,
        keyColumn,
        value: value as ItemLayout['value'],
        keys,
        flow,
      },
    };
  }

  /** `- {...}` lines at `column` (evidence): a block sequence of flow mappings. */
  private blockSeq(column: number): { view: View; lineEnd: number } {
    const text = this.text;
    this.i++;
    const items: View[] = [];
    let start = -1;
    let lineEnd = -1;
    for (let line = this.lines[this.i]; line; line = this.lines[this.i]) {
      const prefix = `${' '.repeat(column)}- `;
      if (text.slice(line.start, line.start + prefix.length) !== prefix) break;
      const at = line.start + prefix.length;
      if (text[at] !== '{') bail();
      const parsed = this.flowMap(at, line.end);
      if (!/^ *$/.test(text.slice(parsed.end, line.end))) bail();
      items.push({ kind: 'map', entries: parsed.entries.map((e) => [e.key, e.value] as const), start: at, end: parsed.end });
      if (start < 0) start = line.start + column;
      lineEnd = line.next;
      this.i++;
    }
    if (items.length === 0) bail();
    return { view: { kind: 'seq', items, start, end: lineEnd }, lineEnd };
  }

  /** A scalar or flow mapping value, then optional spaces and a comment. */
  private valueWithComment(rest: string, at: number): { value: View; end: number } {
    if (/^\[\] *(?:#.*)?$/.test(rest)) return { value: { kind: 'seq', items: [], start: at, end: at + 2 }, end: at + 2 };
    if (rest.startsWith('{')) {
      const parsed = this.flowMap(at, at + rest.length);
      if (!/^ *(?:#.*)?$/.test(this.text.slice(parsed.end, at + rest.length))) bail();
      return { value: { kind: 'map', entries: parsed.entries.map((e) => [e.key, e.value] as const), start: at, end: parsed.end }, end: parsed.end };
    }
    const { value, end } = this.scalarWithComment(rest, at);
    return { value, end };
  }

  private scalarWithComment(rest: string, at: number): { value: View & { kind: 'scalar'; value: unknown }; end: number } {
    if (rest === '' || rest.startsWith('#')) bail();
    const quoted = rest[0] === '"' || rest[0] === "'";
    let raw: string;
    if (quoted) {
      const end = quotedEnd(rest, 0);
      if (end < 0 || !/^ *(?:#.*)?$/.test(rest.slice(end))) bail();
      raw = rest.slice(0, end);
    } else {
      const hash = rest.indexOf(' #');
      raw = (hash < 0 ? rest : rest.slice(0, hash)).replace(/ +$/, '');
    }
    return { value: { kind: 'scalar', value: scalarValue(raw, false), start: at, end: at + raw.length }, end: at + raw.length };
  }

  /** `{key: value, ...}` on one line from `at`, with scalar values. */
  private flowMap(at: number, limit: number): { entries: Array<{ key: string; keyStart: number; value: View }>; end: number } {
    const text = this.text;
    const entries: Array<{ key: string; keyStart: number; value: View }> = [];
    let i = at + 1;
    const skip = () => {
      while (text[i] === ' ') i++;
    };
    skip();
    if (text[i] === '}') return { entries, end: i + 1 };
    for (;;) {
      skip();
      const m = /^([A-Za-z_][A-Za-z0-9_-]*): +/.exec(text.slice(i, limit));
      if (!m) bail();
      const keyStart = i;
      i += m![0]!.length;
      let raw: string;
      const start = i;
      if (text[i] === '"' || text[i] === "'") {
        const end = quotedEnd(text, i, limit);
        if (end < 0) bail();
        raw = text.slice(i, end);
        i = end;
      } else {
        let j = i;
        while (j < limit && text[j] !== ',' && text[j] !== '}') j++;
        raw = text.slice(i, j).replace(/ +$/, '');
        i += raw.length;
      }
      if (entries.some((e) => e.key === m![1])) bail();
      entries.push({ key: m![1]!, keyStart, value: { kind: 'scalar', value: scalarValue(raw, true), start, end: start + raw.length } });
      skip();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') return { entries, end: i + 1 };
      bail();
    }
  }
}

function isBlankOrComment(line: string): boolean {
  const t = line.trimStart();
  return t === '' || t.startsWith('#');
}

/** End (after the closing quote) of the quoted scalar opening at `at`, before `limit`, or -1. */
function quotedEnd(s: string, at: number, limit = s.length): number {
  const q = s[at];
  for (let i = at + 1; i < limit; i++) {
    if (q === '"' && s[i] === '\\') i++;
    else if (s[i] === q) {
      if (q === "'" && s[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

/** The value of a scalar as YAML 1.2's core schema reads it, for the forms the writer uses; others bail. */
function scalarValue(raw: string, inFlow: boolean): unknown {
  if (raw.startsWith('"')) return unescapeDouble(raw.slice(1, -1));
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  if (/^(?:0|[1-9][0-9]{0,14})$/.test(raw)) return Number(raw);
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
