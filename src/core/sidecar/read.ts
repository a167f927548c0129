// Reading a sidecar: YAML (through the `yaml` package's Document API) into the model, with every problem of
// shape and type found on the way, and the layout of the file that saving patches in place.
import { LineCounter, Parser, isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { DEFAULT_LABELS, DOCUMENT_STATES, SCHEMA_V1, type Claim, type DocumentState, type Progress, type Entity, type Extra, type Rejected, type Sidecar, type SuggestionItem } from '../model';
import type { Problem, Severity } from '../problems';
import { ProblemSink, toModel, type ItemSpec, type View } from './fields';
import { MAX_NESTING, tooDeepAt } from './nesting';
import { CLAIM_SPEC, ENTITY_SPEC, REJECTED_SPEC, SUGGESTION_SPEC } from './specs';
import { firstLine, positionOf } from './yamlMessages';

export const MAX_SIDECAR_BYTES = 20 * 1024 * 1024;
/** The lists every sidecar written has. */
export const LIST_KEYS = ['entities', 'claims', 'rejected'] as const;
/** Every list a sidecar may have: `suggestions` is there only when something put it there. */
export const SIDECAR_LIST_KEYS = [...LIST_KEYS, 'suggestions'] as const;
export type ListKey = (typeof SIDECAR_LIST_KEYS)[number];
const TOP_KEYS: readonly string[] = ['schema', 'document', 'textHash', 'progress', ...SIDECAR_LIST_KEYS];

/** Where one key of a mapping is in the file. */
export interface KeyLayout {
  /** Start of the line the key is on, and the key itself. */
  readonly lineStart: number;
  readonly keyStart: number;
  /** The value node, and the end of the line it ends on (after its line break). */
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly lineEnd: number;
  /** The keys of a block-style mapping value (an indented `cue:`), so its changed values are patched in place. */
  readonly entries?: ReadonlyMap<string, KeyLayout>;
}

/** What an item of a sidecar list reads as. */
export type ListItem = Entity | Claim | Rejected | SuggestionItem;
type Annotated = Entity | Claim | Rejected;

/** Where one list item is: its block runs from the start of its `-` line to the next item's line. */
export interface ItemLayout<V extends ListItem = Annotated> {
  /** Position in the YAML list (the `[i]` of field paths). */
  readonly index: number;
  /** The item's `id` as written, even when the item has problems (so references to it do not cascade). */
  readonly id: string | undefined;
  readonly blockStart: number;
  readonly blockEnd: number;
  /** Start of the line holding the item's `-` (the `-` may stand alone there, or with an anchor or a comment). */
  readonly dashLine: number;
  /** Column of the `-` and of its keys. */
  readonly dashColumn: number;
  readonly keyColumn: number;
  /** The item as read, or undefined when it has problems. */
  readonly value: V | undefined;
  readonly keys: ReadonlyMap<string, KeyLayout>;
  /** Written as a flow mapping (`- {type: X, ...}`): patched as a whole line. */
  readonly flow: boolean;
}

export interface ListLayout<V extends ListItem = Annotated> {
  readonly key: KeyLayout;
  /** `[]` or another flow sequence: rewritten as a whole when items change. */
  readonly flow: boolean;
  readonly items: readonly ItemLayout<V>[];
}

/** The lists of a sidecar as they are in the file (`suggestions` holds suggestions, the others annotations). */
export type SidecarLists = { readonly [K in ListKey]?: ListLayout<K extends 'suggestions' ? SuggestionItem : Annotated> };

export interface SidecarLayout {
  readonly text: string;
  readonly top: ReadonlyMap<string, KeyLayout>;
  readonly lists: SidecarLists;
  /** The line break the file uses (kept on save). */
  readonly eol: string;
  /** Where the closing `}` is when the whole file is one flow mapping (a JSON-like sidecar). */
  readonly flowEnd?: number;
}

export interface ReadResult {
  /** What could be read: items with problems are left out. Undefined when the file is not a sidecar at all. */
  readonly sidecar: Sidecar | undefined;
  readonly problems: Problem[];
  /** Present when the YAML parsed, even with schema problems. */
  readonly layout: SidecarLayout | undefined;
}

export interface ReadOptions {
  /** Allowed entity types. */
  readonly labels?: readonly string[];
}

export function readSidecar(text: string, options: ReadOptions = {}): ReadResult {
  const labels = options.labels ?? DEFAULT_LABELS;
  const lineCounter = new LineCounter();
  const problems: Problem[] = [];
  const at = (severity: Severity, start: number, end: number, path: string, message: string) => {
    const { line, col } = lineCounter.linePos(start);
    problems.push({ severity, line, col, start, end, path, message });
  };
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SIDECAR_BYTES) {
    problems.push({ severity: 'error', line: 1, col: 1, start: 0, end: 0, path: '', message: `the sidecar is ${(bytes / 1048576).toFixed(1)} MB, over the ${MAX_SIDECAR_BYTES / 1048576} MB limit: not loaded` });
    return { sidecar: undefined, problems, layout: undefined };
  }

  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    const { line, col } = positionOf(text, deep);
    problems.push({ severity: 'error', line, col, start: deep, end: deep + 1, path: '', message: `nested deeper than ${MAX_NESTING} levels: not loaded` });
    return { sidecar: undefined, problems, layout: undefined };
  }

  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, version: '1.2', prettyErrors: false, keepSourceTokens: false });
  for (const e of doc.errors) {
    // yaml reports an unclosed quote where the file ends; point at the quote that opened it instead.
    const start = e.code === 'MISSING_CHAR' && /quote/.test(e.message) ? (openingQuoteBefore(text, e.pos[0]) ?? e.pos[0]) : e.pos[0];
    at('error', start, Math.max(start, e.pos[1]), '', `YAML syntax error: ${firstLine(e.message)}`);
  }
  if (doc.errors.length > 0) return { sidecar: undefined, problems, layout: undefined };
  for (const w of doc.warnings) at('warning', w.pos[0], w.pos[1], '', firstLine(w.message));

  // Aliases are never needed in a sidecar; refusing them makes alias bombs harmless (nothing is expanded).
  let aliases = 0;
  let firstAlias: { node: Node; path: string; name: string } | undefined;
  const findAliases = (node: unknown, path: string): void => {
    if (isAlias(node)) {
      aliases++;
      firstAlias ??= { node, path, name: node.source };
    } else if (isMap(node)) {
      for (const pair of node.items) {
        findAliases(pair.key, path);
        findAliases(pair.value, path ? `${path}.${String(isScalar(pair.key) ? pair.key.value : '?')}` : String(isScalar(pair.key) ? pair.key.value : '?'));
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => findAliases(item, `${path}[${i}]`));
  };
  findAliases(doc.contents, '');
  if (firstAlias) {
    const { node, path, name } = firstAlias;
    const more = aliases > 1 ? ` (${aliases} aliases in this file)` : '';
    at('error', node.range?.[0] ?? 0, node.range?.[1] ?? 0, path, `YAML aliases such as *${name} are not allowed in sidecars${more}: write the values out`);
    return { sidecar: undefined, problems, layout: undefined };
  }

  const root = doc.contents;
  if (root === null || !isMap(root)) {
    const range = (root as Node | null)?.range ?? [0, 0, 0];
    at('error', range[0], range[1], '', root === null ? 'the file is empty: expected a mapping with "schema: seed-annotator/v1"' : 'expected a mapping with "schema: seed-annotator/v1" at the top level');
    return { sidecar: undefined, problems, layout: undefined };
  }

  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const sink = new ProblemSink(at);
  const top = keyLayouts(text, root);
  const topExtra: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  for (const pair of root.items) {
    const key = keyName(pair);
    if (key === undefined) continue;
    if (TOP_KEYS.includes(key)) fields[key] = pair.value;
    else topExtra[key] = sink.plain(toView(pair.value as Node | null), key);
  }

  const schemaNode = fields['schema'] as Node | undefined;
  if (schemaNode === undefined) at('error', root.range[0], root.range[0], 'schema', `missing: the first line should be "schema: ${SCHEMA_V1}"`);
  else if (!isScalar(schemaNode) || schemaNode.value !== SCHEMA_V1) {
    at('error', schemaNode.range?.[0] ?? 0, schemaNode.range?.[1] ?? 0, 'schema', `unsupported schema ${JSON.stringify(isScalar(schemaNode) ? schemaNode.value : '(not a string)')}: this version reads ${SCHEMA_V1}`);
    return { sidecar: undefined, problems, layout: undefined };
  }
  const document = sink.optionalString(toView(fields['document'] as Node | undefined) ?? undefined, 'document');
  const textHash = sink.optionalString(toView(fields['textHash'] as Node | undefined) ?? undefined, 'textHash');
  if (textHash !== undefined && !/^sha256-[0-9a-f]{64}$/.test(textHash)) {
    const node = fields['textHash'] as Node;
    at('error', node.range?.[0] ?? 0, node.range?.[1] ?? 0, 'textHash', 'expected "sha256-" and 64 lowercase hex digits');
  }
  const progress = readProgress(fields['progress'] as Node | null | undefined, at);

  const lists: Partial<Record<ListKey, ListLayout<ListItem>>> = {};
  const readList = <T>(key: ListKey, spec: ItemSpec): T[] => {
    const node = fields[key] as Node | undefined | null;
    const keyLayout = top.get(key);
    if (node === undefined || node === null || (isScalar(node) && node.value === null)) {
      if (keyLayout) lists[key] = { key: keyLayout, flow: true, items: [] };
      return [];
    }
    if (!isSeq(node)) {
      at('error', node.range?.[0] ?? 0, node.range?.[1] ?? 0, key, 'expected a list');
      return [];
    }
    const values: T[] = [];
    const items: ItemLayout<ListItem>[] = [];
    node.items.forEach((item, i) => {
      const path = `${key}[${i}]`;
      const view = isMap(item) ? toView(item) : null;
      const value = view?.kind === 'map' ? (toModel(view, spec, path, sink, { labels }) as T | undefined) : undefined;
      if (!isMap(item)) {
        const range = (item as Node | null)?.range ?? node.range ?? [0, 0, 0];
        at('error', range[0], range[1], path, 'expected a mapping (key: value lines)');
      } else {
        if (value !== undefined) values.push(value);
        items.push(itemLayout(text, node.items as Node[], i, value as ListItem | undefined, node.range?.[0] ?? 0));
      }
    });
    if (keyLayout) {
      // The same end for the key among the top-level keys: comment lines after the last item are not the list's.
      const listKey = listKeyLayout(keyLayout, node, items);
      lists[key] = { key: listKey, flow: Boolean(node.flow), items };
      top.set(key, listKey);
    }
    return values;
  };
  const entities = readList<Entity>('entities', ENTITY_SPEC);
  const claims = readList<Claim>('claims', CLAIM_SPEC);
  const rejected = readList<Rejected>('rejected', REJECTED_SPEC);
  const suggestions = 'suggestions' in fields ? readList<SuggestionItem>('suggestions', SUGGESTION_SPEC) : undefined;

  const sidecar: Sidecar = {
    schema: SCHEMA_V1,
    ...(document !== undefined ? { document } : {}),
    ...(textHash !== undefined ? { textHash } : {}),
    ...(progress !== undefined ? { progress } : {}),
    entities,
    claims,
    rejected,
    ...(suggestions !== undefined ? { suggestions } : {}),
    ...(Object.keys(topExtra).length > 0 ? { extra: topExtra as Extra } : {}),
  };
  const flowEnd = root.flow ? root.range[1] - 1 : undefined;
  return { sidecar, problems, layout: { text, top, lists: lists as SidecarLists, eol, ...(flowEnd !== undefined ? { flowEnd } : {}) } };
}

const STATE_LIST = DOCUMENT_STATES.join(', ');

/** `progress: done`, or a mapping of document ids to states (bundles). A bad entry is reported and left out. */
function readProgress(node: Node | null | undefined, at: (severity: Severity, start: number, end: number, path: string, message: string) => void): Progress | undefined {
  if (node === undefined || node === null || (isScalar(node) && node.value === null)) return undefined;
  const isState = (v: unknown): v is DocumentState => typeof v === 'string' && (DOCUMENT_STATES as readonly string[]).includes(v);
  const range = node.range ?? [0, 0, 0];
  if (isScalar(node)) {
    if (isState(node.value)) return node.value;
    at('error', range[0], range[1], 'progress', `expected one of ${STATE_LIST}, or a mapping of document ids to them`);
    return undefined;
  }
  if (!isMap(node)) {
    at('error', range[0], range[1], 'progress', 'expected a state or a mapping of document ids to states');
    return undefined;
  }
  const states: Record<string, DocumentState> = {};
  for (const pair of node.items) {
    const id = keyName(pair);
    const value = pair.value as Node | null;
    const r = value?.range ?? (pair.key as Node | null)?.range ?? range;
    if (id === undefined) at('error', r[0], r[1], 'progress', 'expected document ids as keys');
    else if (!isScalar(value) || !isState(value.value)) at('error', r[0], r[1], `progress.${id}`, `expected one of ${STATE_LIST}`);
    else states[id] = value.value;
  }
  return states;
}

/** The yaml package's node as a View (aliases were refused before this is called). */
function toView(node: Node | null | undefined): View | null {
  if (node === null || node === undefined) return null;
  const [start, end] = node.range ?? [0, 0];
  if (isScalar(node)) return { kind: 'scalar', value: node.value, start, end };
  if (isSeq(node)) return { kind: 'seq', items: node.items.map((n) => toView(n as Node)), start, end };
  if (isMap(node)) {
    const entries = node.items.map((pair) => [String(isScalar(pair.key) ? pair.key.value : pair.key), toView(pair.value as Node | null)] as const);
    return { kind: 'map', entries, start, end };
  }
  return { kind: 'scalar', value: null, start, end };
}

/** Offset of the quote that opens the quoted scalar running into `pos`, from yaml's concrete syntax tree. */
function openingQuoteBefore(text: string, pos: number): number | undefined {
  let best: number | undefined;
  const visit = (token: unknown): void => {
    if (token === null || typeof token !== 'object') return;
    const t = token as { type?: string; offset?: number; source?: string };
    if ((t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar') && typeof t.offset === 'number' && t.offset <= pos) {
      if (best === undefined || t.offset > best) best = t.offset;
    }
    for (const value of Object.values(token)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  for (const token of new Parser().parse(text)) visit(token);
  return best;
}

function keyName(pair: Pair): string | undefined {
  return isScalar(pair.key) && (typeof pair.key.value === 'string' || typeof pair.key.value === 'number') ? String(pair.key.value) : undefined;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function keyLayouts(text: string, map: YAMLMap): Map<string, KeyLayout> {
  const out = new Map<string, KeyLayout>();
  for (const pair of map.items) {
    const key = keyName(pair);
    const keyNode = pair.key as Node;
    if (key === undefined || !keyNode.range) continue;
    const value = pair.value as Node | null;
    const valueStart = value?.range?.[0] ?? keyNode.range[1];
    const valueEnd = value?.range?.[1] ?? keyNode.range[1];
    const entries = isMap(value) && !value.flow ? { entries: keyLayouts(text, value) } : {};
    out.set(key, { lineStart: lineStartOf(text, keyNode.range[0]), keyStart: keyNode.range[0], valueStart, valueEnd, lineEnd: lineEndOf(text, Math.max(valueEnd - 1, keyNode.range[0])), ...entries });
  }
  return out;
}

/** End of the line on which node `n` ends (its content, not the comments after it). */
function contentLineEnd(text: string, n: Node): number {
  const range = n.range!;
  return lineEndOf(text, Math.max(range[1] - 1, range[0]));
}

/**
 * A block list's key ends where its last item does: comment lines after it are not part of the list, whatever
 * their indentation (yaml counts indented ones in; the fast reader and the writer do not need to know).
 */
function listKeyLayout(keyLayout: KeyLayout, node: Node, items: readonly ItemLayout<ListItem>[]): KeyLayout {
  const last = items[items.length - 1];
  if (isSeq(node) && !node.flow && last && node.items.length === items.length) return { ...keyLayout, valueEnd: last.blockEnd, lineEnd: last.blockEnd };
  return keyLayout;
}

/** Start of the line of the `-` that opens an item: the first line from `from` that is not blank or a comment. */
function dashLineFrom(text: string, from: number): number {
  let at = lineStartOf(text, from);
  for (;;) {
    const end = lineEndOf(text, at);
    const line = text.slice(at, end).trimStart();
    if (line.startsWith('-') || end >= text.length) return at;
    at = end;
  }
}

/**
 * An item's block: from the end of the previous item (so comments above an item go with it) to the end of
 * its own last line. The first item starts at its `-` line: comments under `entities:` stay with the list.
 */
function itemLayout(text: string, items: readonly Node[], i: number, value: ListItem | undefined, listStart: number): ItemLayout<ListItem> {
  const node = items[i] as YAMLMap;
  const range = node.range!;
  const previous = items[i - 1];
  const dashLine = Math.min(dashLineFrom(text, previous?.range ? contentLineEnd(text, previous) : listStart), lineStartOf(text, range[0]));
  const blockStart = previous?.range ? Math.min(contentLineEnd(text, previous), dashLine) : dashLine;
  const blockEnd = contentLineEnd(text, node);
  const dash = text.indexOf('-', dashLine);
  const id = node.get('id');
  return {
    index: i,
    id: typeof id === 'string' ? id : undefined,
    blockStart,
    blockEnd: Math.max(blockEnd, blockStart),
    dashLine,
    dashColumn: Math.max(0, dash - dashLine),
    keyColumn: range[0] - lineStartOf(text, range[0]),
    value,
    keys: keyLayouts(text, node),
    flow: Boolean(node.flow),
  };
}
