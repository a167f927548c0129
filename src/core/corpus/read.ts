// Reading corpus.yaml: any valid YAML layout (block or flow, quoted, block scalars, comments, CRLF, a byte
// order mark, PyYAML and js-yaml dumps, anchors and aliases) into the model, with every problem found on the
// way at its line and column. A malformed file never throws: it gives problems.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { SCHEMA_V1 } from '../model';
import type { Problem } from '../problems';
import { MAX_NESTING, tooDeepAt } from '../sidecar/nesting';
import { readClaim, readEntity, type ItemContext } from './items';
import { CORPUS_SCHEMA_V1, type CanonicalClaim, type CanonicalEntity, type Corpus } from './model';
import { AliasBudgetError, NodeReader, found } from './nodes';
import { firstLine, positionOf } from '../sidecar/yamlMessages';

export const MAX_CORPUS_BYTES = 20 * 1024 * 1024;
export const CORPUS_LIST_KEYS = ['entities', 'claims'] as const;
export type CorpusListKey = (typeof CORPUS_LIST_KEYS)[number];

/** What the writer needs to patch the file in place: the parsed document, its nodes carrying their ranges. */
export interface CorpusLayout {
  readonly text: string;
  /** The line break the file uses (kept by every edit). */
  readonly eol: string;
  readonly document: Document.Parsed;
  readonly root: YAMLMap;
}

export interface CorpusReadResult {
  /** What could be read: items with errors are left out. Undefined when the file is not a corpus at all. */
  readonly corpus: Corpus | undefined;
  /** Sorted by position. */
  readonly problems: Problem[];
  /** Present when the YAML parsed into a mapping. */
  readonly layout: CorpusLayout | undefined;
}

export type CorpusReadOptions = ItemContext;

export function readCorpus(yamlText: string, options: CorpusReadOptions = {}): CorpusReadResult {
  const whole = (message: string, at = 0): CorpusReadResult => {
    const { line, col } = positionOf(yamlText, at);
    return { corpus: undefined, problems: [{ severity: 'error', line, col, start: at, end: at, path: '', message }], layout: undefined };
  };
  const bytes = new TextEncoder().encode(yamlText).length;
  if (bytes > MAX_CORPUS_BYTES) return whole(`the corpus is ${(bytes / 1048576).toFixed(1)} MB, over the ${MAX_CORPUS_BYTES / 1048576} MB limit: not loaded`);
  const deep = tooDeepAt(yamlText);
  if (deep !== undefined) return whole(`nested deeper than ${MAX_NESTING} levels: not loaded`, deep);

  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, version: '1.2', prettyErrors: false });
  } catch (err) {
    return whole(`YAML could not be parsed: ${err instanceof Error ? err.message : String(err)}`);
  }
  const r = new NodeReader(doc, lineCounter);
  const done = (corpus: Corpus | undefined, layout: CorpusLayout | undefined): CorpusReadResult => ({
    corpus,
    problems: r.problems.sort((a, b) => a.start - b.start || a.line - b.line || a.col - b.col),
    layout,
  });
  const seen = new Set<string>();
  for (const e of doc.errors) {
    const message = `YAML syntax error: ${firstLine(e.message)}`;
    // yaml may report one mistake several times at the same place.
    if (seen.has(`${e.pos[0]}:${message}`)) continue;
    seen.add(`${e.pos[0]}:${message}`);
    r.problem('error', e.pos[0], e.pos[1], '', message);
  }
  if (doc.errors.length > 0) return done(undefined, undefined);
  for (const w of doc.warnings) r.problem('warning', w.pos[0], w.pos[1], '', firstLine(w.message));

  const root = doc.contents as Node | null;
  if (root === null || !isMap(root)) {
    const at = root?.range?.[0] ?? 0;
    r.problem('error', at, root?.range?.[1] ?? at, '', root === null ? `the file is empty: expected a mapping with "schema: ${CORPUS_SCHEMA_V1}"` : `expected a mapping with "schema: ${CORPUS_SCHEMA_V1}" at the top level`);
    return done(undefined, undefined);
  }
  const layout: CorpusLayout = { text: yamlText, eol: yamlText.includes('\r\n') ? '\r\n' : '\n', document: doc, root };
  try {
    return done(readRoot(r, root, options), layout);
  } catch (err) {
    if (!(err instanceof AliasBudgetError)) throw err;
    r.problem('error', root.range?.[0] ?? 0, root.range?.[0] ?? 0, '', `${err.message}: not loaded`);
    return done(undefined, undefined);
  }
}

function readRoot(r: NodeReader, root: YAMLMap, options: CorpusReadOptions): Corpus | undefined {
  const fields = new Map<string, unknown>();
  const extra: Record<string, unknown> = {};
  for (const { key, pair } of r.entries(root, 0, '', 'a mapping') ?? []) {
    if (key === 'schema' || key === 'entities' || key === 'claims') fields.set(key, pair.value);
    else extra[key] = r.plain(pair.value);
  }
  const start = root.range?.[0] ?? 0;
  if (!fields.has('schema')) r.problem('error', start, start, 'schema', `missing: the first line should be "schema: ${CORPUS_SCHEMA_V1}"`);
  else {
    const node = r.deref(fields.get('schema'));
    const value = node && isScalar(node) ? node.value : undefined;
    if (value !== CORPUS_SCHEMA_V1) {
      const hint = value === SCHEMA_V1 ? ' (that is a sidecar: corpus.yaml is the registry of canonical entities and claims)' : '';
      r.at('error', fields.get('schema'), start, 'schema', `unsupported schema ${JSON.stringify(typeof value === 'string' ? value : '(not a string)')}: this version reads ${CORPUS_SCHEMA_V1}${hint}`);
      return undefined;
    }
  }
  const entities = readList(r, fields, 'entities', start, (node, path) => readEntity(r, node, path, options));
  const claims = readList(r, fields, 'claims', start, (node, path) => readClaim(r, node, path));
  return { schema: CORPUS_SCHEMA_V1, entities, claims, ...(Object.keys(extra).length > 0 ? { extra } : {}) };
}

function readList<T extends CanonicalEntity | CanonicalClaim>(r: NodeReader, fields: Map<string, unknown>, key: 'entities' | 'claims', fallback: number, readItem: (node: unknown, path: string) => T | undefined): T[] {
  if (!fields.has(key)) return [];
  const node = r.deref(fields.get(key));
  if (node === null || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) {
    r.at('error', fields.get(key), fallback, key, `expected a list${found(node)}`);
    return [];
  }
  const out: T[] = [];
  const seen = new Map<string, number>();
  node.items.forEach((item, i) => {
    const path = `${key}[${i}]`;
    const value = readItem(item, path);
    // Duplicate ids are reported at the second, whether or not either item has other problems.
    const id = idOf(r, item);
    if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined) {
        const idNode = (r.deref(item) as YAMLMap).get('id', true);
        r.at('error', isAlias(item) ? item : (idNode ?? item), fallback, `${path}.id`, `duplicate id "${id}": ${key}[${first}] has it too (ids must be unique across ${key})`);
        return;
      }
      seen.set(id, i);
    }
    if (value !== undefined) out.push(value);
  });
  return out;
}

function idOf(r: NodeReader, item: unknown): string | undefined {
  const n = r.deref(item);
  if (!n || !isMap(n)) return undefined;
  const id = r.deref(n.get('id', true));
  return id && isScalar(id) && typeof id.value === 'string' && id.value !== '' ? id.value : undefined;
}
