// Reading one canonical entity or claim of corpus.yaml, every problem reported with its field path.
import { isScalar, isSeq } from 'yaml';
import { CLAIM_STATUSES, type ClaimStatus, type Evidence } from '../model';
import { CANONICAL_ID, type CanonicalClaim, type CanonicalEntity } from './model';
import { found, startOf, type NodeReader } from './nodes';

export interface ItemContext {
  /** Allowed entity labels; when given, other types get a warning. */
  readonly labels?: readonly string[];
}

type Fields = Record<string, unknown>;

/** An item's keys, known ones as nodes, unknown ones as plain data (`extra`). Undefined if it is not a mapping. */
function split(r: NodeReader, node: unknown, path: string, known: readonly string[], what: string): { fields: Map<string, unknown>; extra: Fields; start: number } | undefined {
  const start = startOf(node, 0);
  const entries = r.entries(node, start, path, what);
  if (!entries) return undefined;
  const fields = new Map<string, unknown>();
  const extra: Fields = {};
  for (const { key, pair } of entries) {
    if (known.includes(key)) fields.set(key, pair.value);
    else extra[key] = r.plain(pair.value);
  }
  return { fields, extra, start };
}

function checkId(r: NodeReader, fields: Map<string, unknown>, start: number, path: string, kind: string): string | undefined {
  if (!fields.has('id')) {
    r.problem('error', start, start, `${path}.id`, `missing (required for every canonical ${kind})`);
    return undefined;
  }
  const node = fields.get('id');
  const id = r.string(node, start, `${path}.id`, 'an id such as us-border-patrol');
  if (id === '') r.at('error', node, start, `${path}.id`, 'expected an id, found an empty string');
  else if (id !== undefined && !CANONICAL_ID.test(id)) {
    r.at('warning', node, start, `${path}.id`, `"${id}" is not a recommended id: lowercase letters, digits, ".", "_" and "-", starting with a letter or digit`);
  }
  return id || undefined;
}

function required(r: NodeReader, fields: Map<string, unknown>, key: string, start: number, path: string, kind: string): string | undefined {
  if (!fields.has(key)) {
    r.problem('error', start, start, `${path}.${key}`, `missing (required for every canonical ${kind})`);
    return undefined;
  }
  const value = r.string(fields.get(key), start, `${path}.${key}`);
  if (value !== undefined && value.trim() === '') {
    r.at('error', fields.get(key), start, `${path}.${key}`, 'expected text, found an empty string');
    return undefined;
  }
  return value;
}

function optional(r: NodeReader, fields: Map<string, unknown>, key: string, start: number, path: string): string | undefined {
  return fields.has(key) ? r.string(fields.get(key), start, `${path}.${key}`) : undefined;
}

function stringList(r: NodeReader, node: unknown, start: number, path: string): string[] | undefined {
  const n = r.deref(node);
  if (n === null || (isScalar(n) && n.value === null)) return [];
  if (!isSeq(n)) {
    r.at('error', node, start, path, `expected a list of names such as [Border Patrol, USBP]${found(n)}`);
    return undefined;
  }
  const out: string[] = [];
  n.items.forEach((item, i) => {
    const value = r.string(item, startOf(n, start), `${path}[${i}]`);
    if (value !== undefined) out.push(value);
  });
  return out.length === n.items.length ? out : undefined;
}

const ENTITY_KEYS = ['id', 'name', 'type', 'aliases', 'wikidata', 'note'];

/** One canonical entity; undefined when it has errors (they are reported). */
export function readEntity(r: NodeReader, node: unknown, path: string, ctx: ItemContext): CanonicalEntity | undefined {
  const errors = r.errors;
  const item = split(r, node, path, ENTITY_KEYS, 'a mapping such as {id: us-border-patrol, name: US Border Patrol, type: ORG}');
  if (!item) return undefined;
  const { fields, extra, start } = item;
  const id = checkId(r, fields, start, path, 'entity');
  const name = required(r, fields, 'name', start, path, 'entity');
  const type = optional(r, fields, 'type', start, path);
  if (type !== undefined && ctx.labels && !ctx.labels.includes(type)) {
    r.at('warning', fields.get('type'), start, `${path}.type`, `unknown label "${type}" (labels: ${ctx.labels.join(', ')})`);
  }
  const aliases = fields.has('aliases') ? stringList(r, fields.get('aliases'), start, `${path}.aliases`) : undefined;
  const wikidata = optional(r, fields, 'wikidata', start, path);
  if (wikidata !== undefined && !/^Q[1-9]\d*$/.test(wikidata)) {
    r.at('warning', fields.get('wikidata'), start, `${path}.wikidata`, `"${wikidata}" is not a Wikidata item id such as Q1140532`);
  }
  const note = optional(r, fields, 'note', start, path);
  if (r.errors > errors || id === undefined || name === undefined) return undefined;
  return {
    id,
    name,
    ...(type !== undefined ? { type } : {}),
    ...(aliases !== undefined ? { aliases } : {}),
    ...(wikidata !== undefined ? { wikidata } : {}),
    ...(note !== undefined ? { note } : {}),
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
  };
}

const CLAIM_KEYS = ['id', 'statement', 'status', 'evidence', 'note'];

/** One canonical claim; undefined when it has errors (they are reported). */
export function readClaim(r: NodeReader, node: unknown, path: string): CanonicalClaim | undefined {
  const errors = r.errors;
  const item = split(r, node, path, CLAIM_KEYS, 'a mapping such as {id: dhs-bounty, statement: ..., status: unverified}');
  if (!item) return undefined;
  const { fields, extra, start } = item;
  const id = checkId(r, fields, start, path, 'claim');
  const statement = required(r, fields, 'statement', start, path, 'claim');
  let status: ClaimStatus | undefined;
  if (fields.has('status')) {
    const n = r.deref(fields.get('status'));
    const value = n && isScalar(n) ? n.value : undefined;
    if (typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value)) status = value as ClaimStatus;
    else r.at('error', fields.get('status'), start, `${path}.status`, `expected one of ${CLAIM_STATUSES.join(', ')}${found(n)}`);
  }
  const evidence = fields.has('evidence') ? readEvidence(r, fields.get('evidence'), start, `${path}.evidence`) : undefined;
  const note = optional(r, fields, 'note', start, path);
  if (r.errors > errors || id === undefined || statement === undefined) return undefined;
  return {
    id,
    statement,
    ...(status !== undefined ? { status } : {}),
    ...(evidence !== undefined ? { evidence } : {}),
    ...(note !== undefined ? { note } : {}),
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
  };
}

function readEvidence(r: NodeReader, node: unknown, start: number, path: string): Evidence[] | undefined {
  const n = r.deref(node);
  if (n === null || (isScalar(n) && n.value === null)) return [];
  if (!isSeq(n)) {
    r.at('error', node, start, path, `expected a list of {url: ..., note: ...}${found(n)}`);
    return undefined;
  }
  const out: Evidence[] = [];
  n.items.forEach((entry, i) => {
    const item = split(r, entry, `${path}[${i}]`, ['url', 'note'], 'a mapping such as {url: "https://...", note: "..."}');
    if (!item) return;
    const url = optional(r, item.fields, 'url', item.start, `${path}[${i}]`);
    const note = optional(r, item.fields, 'note', item.start, `${path}[${i}]`);
    out.push({ ...(url !== undefined ? { url } : {}), ...(note !== undefined ? { note } : {}), ...(Object.keys(item.extra).length > 0 ? { extra: item.extra } : {}) });
  });
  return out;
}
