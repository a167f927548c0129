// Editing corpus.yaml in place: each operation returns the new text with only the lines it needs changed, so
// comments, key order, quoting and hand formatting survive, and the file's line ending is kept. A file with
// errors is never edited; every result is read back and checked before it is returned.
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { CLAIM_STATUSES, type ClaimStatus } from '../model';
import { hasErrors } from '../problems';
import { yamlString } from '../sidecar/scalar';
import type { CanonicalClaim, CanonicalEntity, Corpus } from './model';
import { readCorpus, type CorpusLayout, type CorpusListKey } from './read';
import { flowItem, itemLines } from './serialize';

export { serializeCorpus } from './serialize';

interface Edit {
  readonly at: number;
  readonly end: number;
  readonly text: string;
}

/** Adds a canonical entity at the end of `entities` (the key is created if absent). Throws if its id is taken. */
export function addCanonicalEntity(text: string, entity: CanonicalEntity): string {
  const { corpus, layout } = editable(text);
  if (corpus.entities.some((e) => e.id === entity.id)) throw new Error(`corpus.yaml already has an entity with id "${entity.id}"`);
  return checked(text, addItem(layout, 'entities', entity), { ...corpus, entities: [...corpus.entities, entity] });
}

/** Adds a canonical claim at the end of `claims` (the key is created if absent). Throws if its id is taken. */
export function addCanonicalClaim(text: string, claim: CanonicalClaim): string {
  const { corpus, layout } = editable(text);
  if (corpus.claims.some((c) => c.id === claim.id)) throw new Error(`corpus.yaml already has a claim with id "${claim.id}"`);
  if (claim.status !== undefined && !(CLAIM_STATUSES as readonly string[]).includes(claim.status)) throw new Error(`not a claim status: ${String(claim.status)}`);
  return checked(text, addItem(layout, 'claims', claim), { ...corpus, claims: [...corpus.claims, claim] });
}

/** Sets the status of canonical claim `id`: its value replaced in place (a comment after it stays), or added. */
export function setCanonicalClaimStatus(text: string, id: string, status: ClaimStatus): string {
  if (!(CLAIM_STATUSES as readonly string[]).includes(status)) throw new Error(`not a claim status: ${String(status)}`);
  const { corpus, layout } = editable(text);
  const claim = corpus.claims.find((c) => c.id === id);
  if (!claim) throw new Error(`corpus.yaml has no claim with id "${id}"`);
  if (claim.status === status) return text;
  const map = itemMap(layout, 'claims', id);
  const pair = pairOf(map, 'status');
  const edit = pair ? replaceScalar(layout, pair, status) : addKey(layout, map, 'status', status);
  return checked(text, apply(text, [edit]), { ...corpus, claims: corpus.claims.map((c) => (c === claim ? { ...c, status } : c)) });
}

/** Adds `alias` to the aliases of canonical entity `entityId` (nothing changes if it is its name or an alias). */
export function addAlias(text: string, entityId: string, alias: string): string {
  const { corpus, layout } = editable(text);
  const entity = corpus.entities.find((e) => e.id === entityId);
  if (!entity) throw new Error(`corpus.yaml has no entity with id "${entityId}"`);
  if (alias === entity.name || entity.aliases?.includes(alias)) return text;
  const map = itemMap(layout, 'entities', entityId);
  const pair = pairOf(map, 'aliases');
  const written = yamlString(alias, true);
  let edit: Edit;
  if (!pair) edit = addKey(layout, map, 'aliases', `[${written}]`, pairOf(map, 'type') ?? pairOf(map, 'name'));
  else {
    const value = pair.value as Node | null;
    if (isAlias(value)) throw new Error(`the aliases of "${entityId}" are a YAML alias (*${value.source}): edit them by hand`);
    if (isSeq(value)) edit = appendToSeq(layout, value, written);
    else edit = replaceScalar(layout, pair, `[${written}]`);
  }
  const aliases = [...(entity.aliases ?? []), alias];
  return checked(text, apply(text, [edit]), { ...corpus, entities: corpus.entities.map((e) => (e === entity ? { ...e, aliases } : e)) });
}

/** The corpus and layout of a text that may be edited; throws for one with errors. */
function editable(text: string): { corpus: Corpus; layout: CorpusLayout } {
  const { corpus, problems, layout } = readCorpus(text);
  if (hasErrors(problems) || !corpus || !layout) {
    const first = problems.find((p) => p.severity === 'error');
    throw new Error(`refusing to edit corpus.yaml: it has errors${first ? ` (line ${first.line}: ${first.path ? `${first.path}: ` : ''}${first.message})` : ''}`);
  }
  if (layout.root.flow) throw new Error('refusing to edit corpus.yaml: it is written as one flow mapping ({...}); edit it by hand');
  return { corpus, layout };
}

/** The result, read back: it must hold exactly the corpus expected (a safety net: never write a broken file). */
function checked(before: string, after: string, expected: Corpus): string {
  const { corpus, problems } = readCorpus(after);
  if (hasErrors(problems) || JSON.stringify(corpus) !== JSON.stringify(expected)) {
    throw new Error(`internal error: an edit of corpus.yaml did not read back as intended (${before.length} → ${after.length} characters)`);
  }
  return after;
}

function apply(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.text + out.slice(e.end);
  return out;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
}

/** The mapping of the item with `id` in list `key`, written directly (not through a YAML alias). */
function itemMap(layout: CorpusLayout, key: CorpusListKey, id: string): YAMLMap {
  const list = listNode(layout, key);
  for (const item of list?.items ?? []) {
    const node = item as Node;
    const target = isAlias(node) ? node.resolve(layout.document) : node;
    if (!isMap(target)) continue;
    const idNode = target.get('id', true);
    if (!(isScalar(idNode) && idNode.value === id)) continue;
    if (isAlias(node)) throw new Error(`${key} item "${id}" is written as a YAML alias (*${node.source}): edit it by hand`);
    return target;
  }
  throw new Error(`corpus.yaml has no ${key} item "${id}" written in place`);
}

function listNode(layout: CorpusLayout, key: CorpusListKey): YAMLSeq | undefined {
  const value = pairOf(layout.root, key)?.value as Node | null | undefined;
  if (isAlias(value)) throw new Error(`the ${key} list is a YAML alias (*${value.source}): edit it by hand`);
  return isSeq(value) ? value : undefined;
}

function addItem(layout: CorpusLayout, key: CorpusListKey, item: CanonicalEntity | CanonicalClaim): string {
  const { text, eol, root } = layout;
  const pair = pairOf(root, key);
  const keyColumn = columnOf(text, root.range?.[0] ?? 0);
  if (!pair) {
    // A new list at the end of the file.
    const lines = [`${' '.repeat(keyColumn)}${key}:`, ...itemLines(item, keyColumn + 2, 2)];
    return text + (needsBreak(text, text.length) ? eol : '') + lines.join(eol) + eol;
  }
  const value = pair.value as Node | null;
  if (isAlias(value)) throw new Error(`the ${key} list is a YAML alias (*${value.source}): edit it by hand`);
  const pairColumn = columnOf(text, (pair.key as Node).range![0]);
  if (isSeq(value) && value.flow && value.items.length > 0) return apply(text, [appendToSeq(layout, value, flowItem(item))]);
  if (isSeq(value) && !value.flow) {
    // A block list: the new item after the last one, as the others are indented.
    const first = value.items[0] as Node;
    const dash = columnOf(text, value.range![0]);
    const gap = lineStartOf(text, first.range![0]) === lineStartOf(text, value.range![0]) ? Math.max(2, columnOf(text, first.range![0]) - dash) : 2;
    const at = lineEndOf(text, Math.max(value.range![1] - 1, value.range![0]));
    return insertLines(text, eol, at, itemLines(item, dash, gap));
  }
  // `entities:` with nothing, `entities: ~` or `entities: []`: the value goes, a block list follows the key's line.
  const colon = colonAfter(text, (pair.key as Node).range![1]);
  let end = Math.max(value?.range?.[1] ?? 0, colon + 1);
  // Nothing but spaces left after the value (no comment): they go too, so `entities:` ends its line.
  if (text.slice(end, contentEnd(text, end)).trim() === '') end = contentEnd(text, end);
  const removed = text.slice(0, colon + 1) + text.slice(end);
  return insertLines(removed, eol, lineEndOf(removed, colon), itemLines(item, pairColumn + 2, 2));
}

/** Lines inserted at `at` (a line start, or the end of a file without a final line break). */
function insertLines(text: string, eol: string, at: number, lines: readonly string[]): string {
  const lead = needsBreak(text, at) ? eol : '';
  return text.slice(0, at) + lead + lines.join(eol) + eol + text.slice(at);
}

/** `written` as a new last item of a sequence: `, x` inside a flow list (`[x]` for `[]`), a `- x` line in a block one. */
function appendToSeq(layout: CorpusLayout, seq: YAMLSeq, written: string): Edit {
  const { text, eol } = layout;
  const range = seq.range!;
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (seq.flow) {
    if (last?.range) return { at: last.range[1], end: last.range[1], text: `, ${written}` };
    const open = text.indexOf('[', range[0]);
    return { at: open + 1, end: text.lastIndexOf(']', range[1]), text: written };
  }
  const dash = columnOf(text, range[0]);
  const at = lineEndOf(text, Math.max(range[1] - 1, range[0]));
  return { at, end: at, text: `${needsBreak(text, at) ? eol : ''}${' '.repeat(dash)}- ${written}${eol}` };
}

/** A new `key: written` in an item: after the pair `after` (or the last one) in a block mapping, last in a flow one. */
function addKey(layout: CorpusLayout, map: YAMLMap, key: string, written: string, after?: Pair): Edit {
  const { text, eol } = layout;
  const lastPair = map.items[map.items.length - 1]!;
  if (map.flow) {
    const end = endOfPair(lastPair);
    return { at: end, end, text: `, ${key}: ${written}` };
  }
  const anchor = after ?? lastPair;
  const at = lineEndOf(text, Math.max(endOfPair(anchor) - 1, (anchor.key as Node).range![0]));
  const line = `${' '.repeat(columnOf(text, map.range![0]))}${key}: ${written}`;
  return { at, end: at, text: `${needsBreak(text, at) ? eol : ''}${line}${eol}` };
}

/**
 * A pair's value replaced by one-line `written`: a value on the key's line in place (a comment after it stays);
 * one spread over lines (a block scalar, a folded string) from the colon to the end of its last line.
 */
function replaceScalar(layout: CorpusLayout, pair: Pair, written: string): Edit {
  const { text } = layout;
  const keyNode = pair.key as Node;
  const value = pair.value as Node | null;
  if (isAlias(value)) throw new Error(`the value of ${String(isScalar(keyNode) ? keyNode.value : '?')} is a YAML alias (*${value.source}): edit it by hand`);
  const colon = colonAfter(text, keyNode.range![1]);
  const range = value?.range;
  if (!range || range[1] <= range[0]) return { at: colon + 1, end: colon + 1, text: ` ${written}` };
  let last = range[1];
  while (last > range[0] && /\s/.test(text[last - 1]!)) last--;
  if (text.slice(range[0], last).includes('\n')) return { at: colon + 1, end: contentEnd(text, last - 1), text: ` ${written}` };
  return { at: range[0], end: range[1], text: written };
}

function endOfPair(pair: Pair): number {
  const value = pair.value as Node | null;
  return value?.range && value.range[1] > value.range[0] ? value.range[1] : (pair.key as Node).range![1] + 1;
}

function colonAfter(text: string, keyEnd: number): number {
  return text.indexOf(':', keyEnd);
}

function needsBreak(text: string, at: number): boolean {
  return at > 0 && text[at - 1] !== '\n';
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** After the line break of the line holding `offset` (the end of the text on the last line). */
function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** End of the line holding `offset`, before its line break. */
function contentEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}
