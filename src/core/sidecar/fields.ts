// Turning parsed values into model values, one field at a time, reporting every problem with its field path.
// Both readers (the `yaml` Document API and the fast line reader) hand their values over as Views.
import type { Severity } from '../problems';

/** A parsed YAML value with where it is in the file. */
export type View =
  | { readonly kind: 'scalar'; readonly value: unknown; readonly start: number; readonly end: number }
  | { readonly kind: 'map'; readonly entries: ReadonlyArray<readonly [string, View | null]>; readonly start: number; readonly end: number }
  | { readonly kind: 'seq'; readonly items: ReadonlyArray<View | null>; readonly start: number; readonly end: number };

type Node = View;
const isScalar = (v: View | null | undefined): v is Extract<View, { kind: 'scalar' }> => v?.kind === 'scalar';
const isMap = (v: View | null | undefined): v is Extract<View, { kind: 'map' }> => v?.kind === 'map';
const isSeq = (v: View | null | undefined): v is Extract<View, { kind: 'seq' }> => v?.kind === 'seq';

export type FieldKind = 'id' | 'label' | 'offset' | 'string' | 'bool' | 'enum' | 'score' | 'source' | 'cue' | 'span' | 'evidence';

export interface FieldSpec {
  readonly key: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  readonly values?: readonly string[];
}

export interface ItemSpec {
  readonly kind: 'entity' | 'claim' | 'rejected' | 'suggestion';
  readonly fields: readonly FieldSpec[];
}

type At = (severity: Severity, start: number, end: number, path: string, message: string) => void;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The value rules, shared by both readers so that they cannot drift apart: the full reader reports a value that
 * fails them, the fast reader hands the file over to the full one.
 */
export function validScalar(field: Pick<FieldSpec, 'kind' | 'values'>, value: unknown, isLabel: (name: string) => boolean): boolean {
  switch (field.kind) {
    case 'id':
      return typeof value === 'string' && ID.test(value);
    case 'label':
      // `values`: names allowed besides the labels (CLAIM, for rejected claim suggestions).
      return typeof value === 'string' && (isLabel(value) || (field.values?.includes(value) ?? false));
    case 'offset':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
    case 'string':
      return typeof value === 'string';
    case 'bool':
      return typeof value === 'boolean';
    case 'enum':
      return typeof value === 'string' && field.values!.includes(value);
    case 'score':
      return typeof value === 'number' && value >= 0 && value <= 1;
    default:
      return false;
  }
}

/** A cue has a start, an end not before it, and a text; `lost`, when there, is true or false. */
export function validCue(cue: Readonly<Record<string, unknown>>): boolean {
  const offset = { kind: 'offset' } as const;
  const never = () => false;
  const lost = cue['lost'] === undefined || typeof cue['lost'] === 'boolean';
  return lost && validScalar(offset, cue['start'], never) && validScalar(offset, cue['end'], never) && typeof cue['text'] === 'string' && (cue['end'] as number) >= (cue['start'] as number);
}

/** A suggested claim's source or cue: a start, an end not before it, and a text. */
export function validSpan(span: Readonly<Record<string, unknown>>): boolean {
  const offset = { kind: 'offset' } as const;
  const never = () => false;
  return validScalar(offset, span['start'], never) && validScalar(offset, span['end'], never) && typeof span['text'] === 'string' && (span['end'] as number) >= (span['start'] as number);
}

/**
 * A suggestion's `type` goes with its `kind`: an entity's is a label, a claim has none or `CLAIM`. The problem
 * (its message), or undefined when the two agree. `kind` was checked before.
 */
export function suggestionTypeProblem(item: Readonly<Record<string, unknown>>, isLabel: (name: string) => boolean, labels: readonly string[]): string | undefined {
  const type = item['type'];
  if (item['kind'] === 'claim') return type === undefined || type === 'CLAIM' ? undefined : `a claim suggestion has no type, or CLAIM, found ${JSON.stringify(type)}`;
  if (type === undefined) return 'missing (required for every entity suggestion)';
  return isLabel(type as string) ? undefined : `unknown label ${JSON.stringify(type)} (labels: ${labels.join(', ')}; add it to the seedAnnotator.labels setting)`;
}

/** A source names an entity, a text, or both. */
export function validSource(source: Readonly<Record<string, unknown>>): boolean {
  return source['entity'] !== undefined || source['text'] !== undefined;
}

/** Collects problems and counts errors, so a caller can tell whether a part it read was sound. */
export class ProblemSink {
  errors = 0;

  constructor(private readonly at: At) {}

  error(node: Node | null | undefined, fallback: number, path: string, message: string): void {
    this.errors++;
    const start = node?.start ?? fallback;
    this.at('error', start, node?.end ?? start, path, message);
  }

  optionalString(node: Node | undefined, path: string): string | undefined {
    if (node === undefined) return undefined;
    if (isScalar(node) && typeof node.value === 'string') return node.value;
    this.error(node, 0, path, `expected a string${quoteHint(node)}`);
    return undefined;
  }

  /** Any value as plain data (for keys this version does not know). Aliases were refused before. */
  plain(node: Node | null | undefined, path: string): unknown {
    if (node === null || node === undefined) return null;
    if (isScalar(node)) return node.value;
    if (isSeq(node)) return node.items.map((n, i) => this.plain(n, `${path}[${i}]`));
    const out: Record<string, unknown> = {};
    for (const [key, value] of node.entries) out[key] = this.plain(value, path);
    return out;
  }
}

function quoteHint(node: Node): string {
  if (isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean')) {
    return `, found ${String(node.value)} (put it in quotes to make it text)`;
  }
  if (isScalar(node) && node.value === null) return ', found nothing';
  return isMap(node) ? ', found a mapping' : isSeq(node) ? ', found a list' : '';
}

export interface ModelContext {
  readonly labels: readonly string[];
}

/** Reads one list item by its spec. Returns undefined when any of its fields has an error. */
export function toModel(map: Extract<View, { kind: 'map' }>, spec: ItemSpec, path: string, sink: ProblemSink, ctx: ModelContext): Record<string, unknown> | undefined {
  const errorsBefore = sink.errors;
  const byKey = new Map<string, Node | null>();
  const out: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  const known = new Set(spec.fields.map((f) => f.key));
  for (const [key, value] of map.entries) {
    if (known.has(key)) byKey.set(key, value);
    else extra[key] = sink.plain(value, `${path}.${key}`);
  }
  const mapStart = map.start;
  for (const field of spec.fields) {
    const fieldPath = `${path}.${field.key}`;
    if (!byKey.has(field.key)) {
      if (field.required) sink.error(undefined, mapStart, fieldPath, `missing (required for every ${spec.kind})`);
      continue;
    }
    const node = byKey.get(field.key) ?? null;
    const value = readField(node, field, fieldPath, sink, ctx, mapStart);
    if (value !== undefined) out[field.key] = value;
  }
  if (typeof out['start'] === 'number' && typeof out['end'] === 'number' && out['end'] < out['start']) {
    sink.error(byKey.get('end'), mapStart, `${path}.end`, `expected an integer ≥ start (${out['start']}), found ${out['end']}`);
  }
  if (spec.kind === 'suggestion' && sink.errors === errorsBefore) {
    const problem = suggestionTypeProblem(out, (name) => ctx.labels.includes(name), ctx.labels);
    if (problem) sink.error(byKey.get('type'), mapStart, `${path}.type`, problem);
  }
  if (Object.keys(extra).length > 0) out['extra'] = extra;
  return sink.errors === errorsBefore ? out : undefined;
}

function readField(node: Node | null, field: FieldSpec, path: string, sink: ProblemSink, ctx: ModelContext, fallback: number): unknown {
  const scalar = node !== null && isScalar(node) ? node.value : undefined;
  switch (field.kind) {
    case 'id':
      if (validScalar(field, scalar, () => false)) return scalar;
      sink.error(node, fallback, path, 'expected an id: 1 to 64 letters, digits, "-" or "_"');
      return undefined;
    case 'label':
      if (typeof scalar !== 'string') {
        sink.error(node, fallback, path, `expected a label (one of ${ctx.labels.join(', ')})`);
        return undefined;
      }
      if (!validScalar(field, scalar, (name) => ctx.labels.includes(name))) {
        sink.error(node, fallback, path, `unknown label "${scalar}" (labels: ${ctx.labels.join(', ')}; add it to the seedAnnotator.labels setting)`);
        return undefined;
      }
      return scalar;
    case 'offset':
      if (validScalar(field, scalar, () => false)) return scalar;
      sink.error(node, fallback, path, `expected an integer ≥ 0 (a UTF-16 offset)${scalar !== undefined ? `, found ${JSON.stringify(scalar)}` : ''}`);
      return undefined;
    case 'string':
      if (validScalar(field, scalar, () => false)) return scalar;
      sink.error(node, fallback, path, `expected a string${node ? quoteHint(node) : ''}`);
      return undefined;
    case 'bool':
      if (validScalar(field, scalar, () => false)) return scalar;
      sink.error(node, fallback, path, `expected true or false${yaml11Hint(scalar)}`);
      return undefined;
    case 'enum':
      if (validScalar(field, scalar, () => false)) return scalar;
      sink.error(node, fallback, path, `expected one of ${field.values!.join(', ')}${scalar !== undefined ? `, found ${JSON.stringify(scalar)}` : ''}`);
      return undefined;
    case 'score':
      if (validScalar(field, scalar, () => false)) return scalar;
      sink.error(node, fallback, path, `expected a number from 0 to 1${scalar !== undefined ? `, found ${JSON.stringify(scalar)}` : ''}`);
      return undefined;
    case 'span':
      return readSpan(node, path, sink, fallback);
    case 'source':
      return readSource(node, path, sink, fallback);
    case 'cue':
      return readCue(node, path, sink, fallback);
    case 'evidence':
      return readEvidence(node, path, sink, fallback);
  }
}

/** Reads a nested mapping's string fields; unknown keys go to `extra`. */
function readSmallMap(node: Node | null, path: string, sink: ProblemSink, fallback: number, what: string, fields: Record<string, 'string' | 'offset' | 'bool'>): Record<string, unknown> | undefined {
  if (node === null || !isMap(node)) {
    sink.error(node, fallback, path, `expected ${what}`);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  for (const [key, value] of node.entries) {
    const kind = fields[key];
    if (kind === undefined) {
      extra[key] = sink.plain(value, `${path}.${key}`);
      continue;
    }
    const v = readField(value, { key, kind }, `${path}.${key}`, sink, { labels: [] }, node.start);
    if (v !== undefined) out[key] = v;
  }
  if (Object.keys(extra).length > 0) out['extra'] = extra;
  return out;
}

function readSource(node: Node | null, path: string, sink: ProblemSink, fallback: number): unknown {
  const out = readSmallMap(node, path, sink, fallback, 'a mapping such as {entity: e1b2c3d, text: a new report}', { entity: 'string', text: 'string' });
  if (out && !validSource(out)) {
    sink.error(node, fallback, path, 'needs an entity id, a text, or both');
  }
  return out;
}

function readCue(node: Node | null, path: string, sink: ProblemSink, fallback: number): unknown {
  const before = sink.errors;
  const out = readSmallMap(node, path, sink, fallback, 'a mapping such as {start: 157, end: 169, text: according to}', { start: 'offset', end: 'offset', text: 'string', lost: 'bool' });
  if (!out || sink.errors > before) return out;
  for (const key of ['start', 'end', 'text']) {
    if (out[key] === undefined) sink.error(node, fallback, `${path}.${key}`, 'missing (a cue has start, end and text)');
  }
  if (typeof out['start'] === 'number' && typeof out['end'] === 'number' && out['end'] < out['start']) {
    sink.error(node, fallback, `${path}.end`, `expected an integer ≥ start (${out['start']}), found ${out['end']}`);
  }
  return out;
}

function readSpan(node: Node | null, path: string, sink: ProblemSink, fallback: number): unknown {
  const before = sink.errors;
  const out = readSmallMap(node, path, sink, fallback, 'a mapping such as {start: 0, end: 12, text: the minister}', { start: 'offset', end: 'offset', text: 'string' });
  if (!out || sink.errors > before) return out;
  for (const key of ['start', 'end', 'text']) {
    if (out[key] === undefined) sink.error(node, fallback, `${path}.${key}`, 'missing (a span has start, end and text)');
  }
  if (typeof out['start'] === 'number' && typeof out['end'] === 'number' && out['end'] < out['start']) {
    sink.error(node, fallback, `${path}.end`, `expected an integer ≥ start (${out['start']}), found ${out['end']}`);
  }
  return out;
}

function readEvidence(node: Node | null, path: string, sink: ProblemSink, fallback: number): unknown {
  if (node === null || !isSeq(node)) {
    sink.error(node, fallback, path, 'expected a list of {url: ..., note: ...}');
    return undefined;
  }
  return node.items.map((item, i) => readSmallMap(item, `${path}[${i}]`, sink, node.start, 'a mapping such as {url: "https://...", note: "..."}', { url: 'string', note: 'string' }));
}

/** `yes`, `no`, `on`, `off`: booleans in YAML 1.1 (and PyYAML), text in YAML 1.2, which sidecars are read as. */
function yaml11Hint(scalar: unknown): string {
  if (typeof scalar !== 'string' || !/^(y|yes|on|n|no|off)$/i.test(scalar)) return '';
  const meant = /^(y|yes|on)$/i.test(scalar);
  return `: YAML 1.2 reads ${scalar} as text, not as ${meant}; write ${meant}`;
}
