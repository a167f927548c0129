// Writing a sidecar. A new file is written in one canonical layout; an existing file is patched in place:
// only the lines of annotations that changed are touched, so comments, key order and hand formatting survive,
// unchanged data gives back the same bytes, and two annotators' edits of different annotations merge cleanly.
import { compareSpans, type Claim, type Entity, type Rejected, type Sidecar, type SuggestionItem } from '../model';
import type { FieldSpec, ItemSpec } from './fields';
import { SIDECAR_LIST_KEYS, LIST_KEYS, type ItemLayout, type KeyLayout, type ListItem, type ListKey, type ListLayout, type SidecarLayout } from './read';
import { yamlString, yamlValue } from './scalar';
import { progressEdits, progressLines } from './progressWrite';
import { CLAIM_SPEC, ENTITY_SPEC, REJECTED_SPEC, SUGGESTION_SPEC } from './specs';
import { applyEdits, contentEnd, needsBreakBefore, valueEdit, type Edit } from './textEdits';

type Item = ListItem;

const SPECS: Record<ListKey, ItemSpec> = { entities: ENTITY_SPEC, claims: CLAIM_SPEC, rejected: REJECTED_SPEC, suggestions: SUGGESTION_SPEC };

/** The lists `sidecar` has: the three every sidecar has, and `suggestions` when it is there. */
function listsOf(sidecar: Sidecar): readonly ListKey[] {
  return sidecar.suggestions === undefined ? LIST_KEYS : SIDECAR_LIST_KEYS;
}
const DEFAULT_DASH = 2;

/** A new sidecar file in the canonical layout. */
export function serializeSidecar(sidecar: Sidecar, eol = '\n'): string {
  const out: string[] = [`schema: ${yamlString(sidecar.schema)}`];
  if (sidecar.document !== undefined) out.push(`document: ${yamlString(sidecar.document)}`);
  if (sidecar.textHash !== undefined) out.push(`textHash: ${yamlString(sidecar.textHash)}`);
  out.push(...progressLines(sidecar.progress));
  for (const key of listsOf(sidecar)) {
    const items = sortedItems(key, sidecar);
    if (items.length === 0) out.push(`${key}: []`);
    else {
      // One push per item: spreading a whole list's lines into push overflows the stack at 50k annotations.
      out.push(`${key}:`);
      for (const item of items) out.push(...itemLines(key, item, DEFAULT_DASH));
    }
  }
  for (const [key, value] of Object.entries(sidecar.extra ?? {})) out.push(`${yamlString(key)}: ${yamlValue(value)}`);
  return out.join(eol) + eol;
}

/**
 * The sidecar text for `next`, written over the file that `layout` describes: only what changed is rewritten.
 * The caller must not save over a file that had problems (its layout then has unreadable items).
 */
export function patchSidecar(previous: { readonly sidecar: Sidecar; readonly layout: SidecarLayout }, next: Sidecar): string {
  const { layout } = previous;
  const text = layout.text;
  const eol = layout.eol;
  const edits: Edit[] = [];
  for (const key of SIDECAR_LIST_KEYS) {
    for (const item of layout.lists[key]?.items ?? []) {
      if (item.value === undefined) throw new Error(`refusing to save: ${key}[${item.index}] could not be read`);
    }
  }

  // Top-level scalars. `schema` never changes; unknown top-level keys are left alone.
  let anchorForInserts = layout.top.get('schema')?.lineEnd ?? 0;
  for (const key of ['document', 'textHash'] as const) {
    const existing = layout.top.get(key);
    const wanted = next[key];
    if (existing && wanted === undefined) edits.push({ start: existing.lineStart, end: existing.lineEnd, text: '' });
    else if (existing && wanted !== undefined) {
      if (previous.sidecar[key] !== wanted) edits.push(valueEdit(text, existing, yamlString(wanted)));
    } else if (wanted !== undefined) {
      if (layout.flowEnd !== undefined) edits.push(flowEntry(text, layout.flowEnd, key, JSON.stringify(wanted)));
      else edits.push({ start: anchorForInserts, end: anchorForInserts, text: `${needsBreakBefore(text, anchorForInserts) ? eol : ''}${key}: ${yamlString(wanted)}${eol}` });
    }
    if (existing) anchorForInserts = existing.lineEnd;
  }
  const progress = layout.top.get('progress');
  if (layout.flowEnd !== undefined && !progress && next.progress !== undefined) edits.push(flowEntry(text, layout.flowEnd, 'progress', JSON.stringify(next.progress)));
  else edits.push(...progressEdits(text, eol, progress, previous.sidecar.progress, next.progress, anchorForInserts));

  // A sidecar without `suggestions` leaves the file's list, if any, as it is.
  for (const key of listsOf(next)) {
    const list = layout.lists[key];
    const items = sortedItems(key, next);
    if (!list) {
      if (items.length === 0 && layout.top.has(key)) continue;
      if (layout.flowEnd !== undefined) {
        // A JSON-like file: the list goes in as one more entry of its mapping, after its last value (or just
        // before the closing brace when a comment ends that value's line).
        edits.push(flowEntry(text, layout.flowEnd, key, flowList(key, items)));
        continue;
      }
      const lines = items.length === 0 ? [`${key}: []`] : [`${key}:`, ...items.flatMap((item) => itemLines(key, item, DEFAULT_DASH))];
      edits.push({ start: text.length, end: text.length, text: `${needsBreakBefore(text, text.length) ? eol : ''}${lines.join(eol)}${eol}` });
      continue;
    }
    edits.push(...listEdits(text, eol, key, list, items, layout.flowEnd !== undefined));
  }
  return applyEdits(text, edits);
}

/**
 * One more entry of a JSON-like file's mapping, after its last value (or just before the closing brace when a
 * comment ends that value's line): a block line there would not be YAML.
 */
function flowEntry(text: string, flowEnd: number, key: string, value: string): Edit {
  const before = text.slice(0, flowEnd).trimEnd();
  const at = /\s#/.test(before.slice(before.lastIndexOf('\n') + 1)) ? flowEnd : before.length;
  const name = before.startsWith('{"') ? JSON.stringify(key) : key; // keys quoted as the file quotes them
  return { start: at, end: at, text: `${before.endsWith(',') ? ' ' : ', '}${name}: ${value}` };
}

function sortedItems(key: ListKey, sidecar: Sidecar): Item[] {
  const items = [...((sidecar[key] ?? []) as readonly Item[])];
  return items.sort((a, b) => compareSpans(a as { start: number; end: number; id?: string }, b as { start: number; end: number; id?: string }) || identity(key, a).localeCompare(identity(key, b)));
}

/** What makes an item the same item across a save: its id, or the kind, place, label and text of a suggestion. */
function identity(key: ListKey, item: Item): string {
  if (key === 'suggestions') {
    const s = item as SuggestionItem;
    return `${s.kind}\u0000${s.type ?? (s.kind === 'claim' ? 'CLAIM' : '')}\u0000${s.start}\u0000${s.end}\u0000${s.text}`;
  }
  if (key !== 'rejected') return (item as Entity | Claim).id;
  const r = item as Rejected;
  return `${r.type}\u0000${r.start}\u0000${r.end}\u0000${r.text}`;
}

/** A list as one flow sequence, for lists written so and for JSON-like files (a block list is not allowed there). */
function flowList(key: ListKey, items: readonly Item[]): string {
  return `[${items.map((item) => flowItem(key, item)).join(', ')}]`;
}

/** The edits that turn one list of the file into `items`, block by block. */
function listEdits(text: string, eol: string, key: ListKey, list: ListLayout<Item>, items: readonly Item[], inFlow: boolean): Edit[] {
  const colon = text.indexOf(':', list.key.keyStart);
  if (list.flow && (list.items.length > 0 || inFlow)) {
    // A flow list with items (`[{...}, {...}]`), or any list of a JSON-like file: kept as it is when its items
    // are, else written again as a flow list.
    const was = new Map(list.items.map((i) => [identity(key, i.value!), i.value]));
    const same = list.items.length === items.length && items.every((item) => sameJson(was.get(identity(key, item)), item));
    const lead = text[list.key.valueStart - 1] === ':' ? ' ' : '';
    return same ? [] : [{ start: list.key.valueStart, end: list.key.valueEnd, text: lead + flowList(key, items) }];
  }
  if (list.flow || list.items.length === 0) {
    // `entities: []` (or a hand-written flow list): rewrite the value as a block list.
    const lines = items.flatMap((item) => itemLines(key, item, DEFAULT_DASH));
    const value = items.length === 0 ? ' []' : eol + lines.join(eol);
    const end = list.items.length === 0 && list.key.valueEnd <= colon + 1 ? colon + 1 : list.key.valueEnd;
    const current = text.slice(colon + 1, end);
    return current.trim() === value.trim() ? [] : [{ start: colon + 1, end, text: value }];
  }
  const first = list.items[0]!;
  const last = list.items[list.items.length - 1]!;
  if (items.length === 0) {
    // The comment after the key stays with it: `suggestions: []   # from last night`.
    const rest = text.slice(colon + 1, contentEnd(text, colon));
    return [{ start: colon + 1, end: last.blockEnd, text: ` []${/^[ \t]+#/.test(rest) ? rest : ''}${eol}` }];
  }

  const old = new Map(list.items.map((i) => [identity(key, i.value!), i]));
  const matched = items.map((item) => old.get(identity(key, item)));
  const kept = matched.filter((m): m is ItemLayout<Item> => m !== undefined);
  if (kept.every((m, i) => i === 0 || m.index > kept[i - 1]!.index)) return inPlaceEdits(text, eol, key, list, items, matched);

  // The order changed (an annotation moved past another): rebuild the list from its blocks.
  const blocks = items.map((item, i) => {
    const was = matched[i];
    return was ? patchBlock(text, eol, key, was, item) : itemLines(key, item, first.dashColumn).join(eol) + eol;
  });
  // Every block but the file's very last line ends with a line break.
  let region = blocks.map((b, i) => (i < blocks.length - 1 && !b.endsWith('\n') ? b + eol : b)).join('');
  const original = text.slice(first.blockStart, last.blockEnd);
  if (!original.endsWith('\n') && region.endsWith(eol)) region = region.slice(0, -eol.length);
  return region === original ? [] : [{ start: first.blockStart, end: last.blockEnd, text: region }];
}

/**
 * Edits for a list whose surviving items keep their order: changed blocks patched, removed blocks deleted, new
 * items inserted before the next surviving one. Unchanged items cost nothing, whatever the file's size.
 */
function inPlaceEdits(text: string, eol: string, key: ListKey, list: ListLayout<Item>, items: readonly Item[], matched: ReadonlyArray<ItemLayout<Item> | undefined>): Edit[] {
  const edits: Edit[] = [];
  const survivors = new Set(matched);
  for (const layout of list.items) if (!survivors.has(layout)) edits.push({ start: layout.blockStart, end: layout.blockEnd, text: '' });
  const last = list.items[list.items.length - 1]!;
  let pending: string[] = [];
  const flush = (at: number) => {
    if (pending.length === 0) return;
    const lead = at === last.blockEnd && !text.slice(0, at).endsWith('\n') ? eol : '';
    edits.push({ start: at, end: at, text: lead + pending.join('') });
    pending = [];
  };
  items.forEach((item, i) => {
    const was = matched[i];
    if (!was) {
      pending.push(itemLines(key, item, list.items[0]!.dashColumn).join(eol) + eol);
      return;
    }
    flush(was.blockStart);
    if (was.value === item) return;
    const block = text.slice(was.blockStart, was.blockEnd);
    const patched = patchBlock(text, eol, key, was, item);
    if (patched !== block) edits.push({ start: was.blockStart, end: was.blockEnd, text: patched });
  });
  flush(last.blockEnd);
  return edits;
}

/** One item's block with only its changed fields rewritten. */
function patchBlock(text: string, eol: string, key: ListKey, layout: ItemLayout<Item>, next: Item): string {
  const block = text.slice(layout.blockStart, layout.blockEnd);
  const previous = layout.value!;
  if (previous === next || sameJson(previous, next)) return block;
  const regenerate = () => regenerateBlock(text, eol, key, layout, next);
  if (layout.flow) return regenerate();

  const spec = SPECS[key];
  const edits: Edit[] = [];
  const indent = ' '.repeat(layout.keyColumn);
  const dashLine = layout.dashLine;
  const inserts: string[] = [];
  for (const field of spec.fields) {
    const before = fieldOf(previous, field.key);
    const after = fieldOf(next, field.key);
    if (sameJson(before, after)) continue;
    const at = layout.keys.get(field.key);
    if (at && after === undefined) {
      if (at.lineStart === dashLine) {
        // The key after the `-` goes: the next key moves up beside the `-`, unless it goes too.
        const following = keyAfter(layout, at);
        const goesToo = following !== undefined && fieldOf(previous, following.name) !== undefined && fieldOf(next, following.name) === undefined;
        if (!following || goesToo) return regenerate();
        edits.push({ start: at.keyStart, end: following.keyStart, text: '' });
        continue;
      }
      edits.push({ start: at.lineStart, end: at.lineEnd, text: '' });
    } else if (at) {
      edits.push(...replaceValue(text, at, field, before, after, indent, eol, at.lineStart === dashLine));
    } else if (after !== undefined) {
      inserts.push(...fieldLines(field, after, indent));
    }
  }
  if (!sameJson(previous.extra ?? {}, next.extra ?? {})) return regenerate();
  if (inserts.length > 0) {
    const end = layout.blockEnd;
    edits.push({ start: end, end, text: `${needsBreakBefore(text, end) ? eol : ''}${inserts.join(eol)}${eol}` });
  }
  const relative = edits.map((e) => ({ start: e.start - layout.blockStart, end: e.end - layout.blockStart, text: e.text }));
  return applyEdits(block, relative);
}

/**
 * An item written anew in the canonical layout, keeping what is outside its keys: the comment lines above it,
 * a `-` line of its own (with its comment or anchor), the comment after a flow item.
 */
function regenerateBlock(text: string, eol: string, key: ListKey, layout: ItemLayout<Item>, next: Item): string {
  const firstKeyLine = Math.min(...[...layout.keys.values()].map((k) => k.lineStart));
  if (!layout.flow && firstKeyLine > layout.dashLine && Number.isFinite(firstKeyLine) && layout.keyColumn >= 2) {
    const lines = itemLines(key, next, layout.keyColumn - 2);
    lines[0] = ' '.repeat(layout.keyColumn) + lines[0]!.slice(layout.keyColumn);
    return text.slice(layout.blockStart, firstKeyLine) + lines.join(eol) + eol;
  }
  if (layout.flow) return `${text.slice(layout.blockStart, layout.dashLine)}${' '.repeat(layout.dashColumn)}- ${flowItem(key, next)}${flowItemComment(text, layout)}${eol}`;
  return text.slice(layout.blockStart, layout.dashLine) + itemLines(key, next, layout.dashColumn).join(eol) + eol;
}

function fieldOf(item: Item, key: string): unknown {
  return (item as unknown as Record<string, unknown>)[key];
}

/** The key written next after `at` in the item. */
function keyAfter(layout: ItemLayout<Item>, at: KeyLayout): { name: string; keyStart: number } | undefined {
  let best: { name: string; keyStart: number } | undefined;
  for (const [name, k] of layout.keys) if (k.keyStart > at.keyStart && (!best || k.keyStart < best.keyStart)) best = { name, keyStart: k.keyStart };
  return best;
}

/** The comment after a one-line flow item (`- {...}  # checked`): it stays when the item is rewritten. */
function flowItemComment(text: string, layout: ItemLayout<Item>): string {
  if (!layout.flow) return '';
  const lastValue = Math.max(...[...layout.keys.values()].map((k) => k.valueEnd));
  const close = /^[\s,]*\}/.exec(text.slice(lastValue, layout.blockEnd));
  if (!Number.isFinite(lastValue) || !close) return '';
  const rest = text.slice(lastValue + close[0].length, contentEnd(text, layout.blockEnd - 1));
  return /^[ \t]+#/.test(rest) ? rest : '';
}

function replaceValue(text: string, at: KeyLayout, field: FieldSpec, previous: unknown, value: unknown, indent: string, eol: string, onDashLine: boolean): Edit[] {
  if (field.kind === 'evidence' && !onDashLine) {
    return [{ start: at.lineStart, end: at.lineEnd, text: fieldLines(field, value, indent).join(eol) + eol }];
  }
  return nestedEdits(text, at, previous, value) ?? [valueEdit(text, at, inlineValue(field, value))];
}

/**
 * A block-style mapping (`cue:` and its keys indented below) with the same keys as before: only its changed
 * values are replaced, in place. Undefined when the keys differ (then the whole value is rewritten).
 */
function nestedEdits(text: string, at: KeyLayout, before: unknown, after: unknown): Edit[] | undefined {
  if (!at.entries || !isRecord(before) || !isRecord(after)) return undefined;
  const a = withExtraInline(before) as Record<string, unknown>;
  const b = withExtraInline(after) as Record<string, unknown>;
  const keys = Object.keys(b);
  if (keys.length !== Object.keys(a).length || keys.length !== at.entries.size || !keys.every((k) => at.entries!.has(k) && k in a)) return undefined;
  const edits: Edit[] = [];
  for (const k of keys) {
    if (sameJson(a[k], b[k])) continue;
    if (typeof b[k] === 'object' && b[k] !== null) return undefined;
    edits.push(valueEdit(text, at.entries.get(k)!, yamlValue(b[k])));
  }
  return edits;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** An item as one flow mapping, its fields in the spec's order, unknown keys last. */
function flowItem(key: ListKey, item: Item): string {
  const ordered: Record<string, unknown> = {};
  for (const field of SPECS[key].fields) if (fieldOf(item, field.key) !== undefined) ordered[field.key] = fieldOf(item, field.key);
  return yamlValue(withExtraInline({ ...ordered, ...(item.extra ? { extra: item.extra } : {}) }), true);
}

/** The canonical lines of one item, its `-` at column `dash`. */
function itemLines(key: ListKey, item: Item, dash: number): string[] {
  const pad = ' '.repeat(dash);
  if (key === 'rejected') {
    const r = item as Rejected;
    return [`${pad}- ${yamlValue(withExtraInline({ type: r.type, start: r.start, end: r.end, text: r.text, ...(r.extra ? { extra: r.extra } : {}) }), true)}`];
  }
  if (key === 'suggestions') return [`${pad}- ${flowItem(key, item)}`];
  const indent = ' '.repeat(dash + 2);
  const lines: string[] = [];
  for (const field of SPECS[key].fields) {
    const value = (item as unknown as Record<string, unknown>)[field.key];
    if (value !== undefined) lines.push(...fieldLines(field, value, indent));
  }
  for (const [k, v] of Object.entries(item.extra ?? {})) lines.push(`${indent}${yamlString(k)}: ${yamlValue(v)}`);
  lines[0] = `${pad}- ${lines[0]!.slice(indent.length)}`;
  return lines;
}

function fieldLines(field: FieldSpec, value: unknown, indent: string): string[] {
  if (field.kind === 'evidence') {
    const list = value as readonly Record<string, unknown>[];
    if (list.length === 0) return [`${indent}${field.key}: []`];
    return [`${indent}${field.key}:`, ...list.map((e) => `${indent}  - ${inlineValue(field, e)}`)];
  }
  return [`${indent}${field.key}: ${inlineValue(field, value)}`];
}

/** A field's value on one line: nested mappings and lists in flow style. */
function inlineValue(field: FieldSpec, value: unknown): string {
  const flow = typeof value === 'object' && value !== null;
  return yamlValue(withExtraInline(value), flow || field.kind === 'evidence');
}

/** Model objects keep unknown keys under `extra`; in the file they stand beside the known keys, last. */
function withExtraInline(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withExtraInline);
  if (value === null || typeof value !== 'object') return value;
  const { extra, ...known } = value as Record<string, unknown> & { extra?: Record<string, unknown> };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(known)) out[k] = withExtraInline(v);
  return { ...out, ...(extra ?? {}) };
}
