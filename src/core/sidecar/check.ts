// Checks of a sidecar that need more than its own fields: ids, references, and the text the offsets point into.
import { documentAt, type RecognizedFile } from '../documents';
import type { Claim, Entity, SuggestionItem } from '../model';
import type { Problem, Severity } from '../problems';
import { lineStarts, positionAt } from '../text';
import { SIDECAR_LIST_KEYS, type ItemLayout, type ListItem, type ListKey, type ReadResult } from './read';


export interface CheckInput {
  /** The text file's content as the editor sees it (no BOM). Without it only ids and references are checked. */
  readonly text?: string;
  /** The documents of the text file (bundles need `doc` on every annotation). */
  readonly file?: RecognizedFile;
  /** The text's hash (`textHashAsync`: hashing is asynchronous), to compare with the sidecar's `textHash`. */
  readonly textHash?: string;
}

export function checkSidecar(read: ReadResult, input: CheckInput): Problem[] {
  const { sidecar, layout } = read;
  if (!sidecar || !layout) return [];
  const problems: Problem[] = [];
  // Positions are worked out only for problems: the editor runs these checks on every sidecar it opens.
  let starts: number[] | undefined;
  const at = (severity: Severity, offset: number, path: string, message: string) => {
    starts ??= lineStarts(layout.text);
    const { line, col } = positionAt(starts, offset);
    problems.push({ severity, line: line + 1, col: col + 1, start: offset, end: offset, path, message });
  };
  const where = (list: ListKey, item: ItemLayout<ListItem>, field?: string): [number, string] => {
    const key = field ? item.keys.get(field.split(/[.[]/)[0]!) : undefined;
    return [key?.valueStart ?? item.keys.get('id')?.keyStart ?? item.blockStart, `${list}[${item.index}]${field ? `.${field}` : ''}`];
  };

  const validItems = (list: ListKey) => ((layout.lists[list]?.items ?? []) as readonly ItemLayout<ListItem>[]).filter((i) => i.value !== undefined);
  const entities = validItems('entities');
  const claims = validItems('claims');

  // Ids are unique across entities and claims: a claim's source may name an entity by id.
  const firstById = new Map<string, string>();
  for (const [list, items] of [['entities', entities], ['claims', claims]] as const) {
    for (const item of items) {
      const id = (item.value as Entity | Claim).id;
      const first = firstById.get(id);
      if (first) {
        const [offset, path] = where(list, item, 'id');
        at('error', offset, path, `duplicate id "${id}" (also ${first})`);
      } else firstById.set(id, `${list}[${item.index}]`);
    }
  }
  // Lone surrogates (half of an emoji) are not Unicode: Python's YAML and JSON readers refuse such a file. They
  // come from escapes (`\uD83D`) or from text put together in memory; a file without either is not walked.
  const mayHoldSurrogates = SURROGATE_ESCAPE.test(layout.text) || hasLoneSurrogate(layout.text);
  for (const list of mayHoldSurrogates ? SIDECAR_LIST_KEYS : []) {
    for (const item of validItems(list)) {
      for (const field of loneSurrogateFields(item.value)) {
        const [offset, path] = where(list, item, field);
        at('error', offset, path, 'holds a lone surrogate (half of a UTF-16 pair, as left by a cut emoji): not valid Unicode');
      }
    }
  }
  if (mayHoldSurrogates && sidecar.document !== undefined && hasLoneSurrogate(sidecar.document)) {
    at('error', layout.top.get('document')?.valueStart ?? 0, 'document', 'holds a lone surrogate (half of a UTF-16 pair, as left by a cut emoji): not valid Unicode');
  }

  const entityIds = new Set((layout.lists.entities?.items ?? []).map((i) => i.id));
  for (const item of claims) {
    const entity = (item.value as Claim).source?.entity;
    if (entity !== undefined && !entityIds.has(entity)) {
      const [offset, path] = where('claims', item, 'source');
      at('error', offset, `${path}.entity`, `no entity with id "${entity}" in this sidecar`);
    }
  }

  const text = input.text;
  if (text === undefined) return problems;
  if (sidecar.textHash !== undefined && input.textHash !== undefined && sidecar.textHash !== input.textHash) {
    at('warning', layout.top.get('textHash')?.valueStart ?? 0, 'textHash', 'does not match the text: it changed since this sidecar was saved (`seed-annotator anchor --write` re-anchors)');
  }
  const bundle = input.file?.kind === 'bundle' ? input.file : undefined;
  if (input.file && typeof sidecar.progress === 'object') {
    const ids = new Set(input.file.documents.map((d) => d.id));
    const entries = layout.top.get('progress')?.entries;
    for (const id of Object.keys(sidecar.progress)) {
      if (!ids.has(id)) at('warning', entries?.get(id)?.keyStart ?? layout.top.get('progress')?.valueStart ?? 0, `progress.${id}`, `no document "${id}" in the text: its state is kept but shown nowhere`);
    }
  }
  const spanChecks = (list: ListKey, item: ItemLayout<ListItem>) => {
    const a = item.value as Entity | Claim;
    if (a.orphan) return; // its text is no longer in the document; kept for re-attaching
    if (a.end > text.length) {
      const [offset, path] = where(list, item, a.start > text.length ? 'start' : 'end');
      at('error', offset, path, `${a.start > text.length ? a.start : a.end} is past the end of the text (${text.length} UTF-16 code units)`);
      return;
    }
    const actual = text.slice(a.start, a.end);
    if (actual !== a.text) {
      const [offset, path] = where(list, item, 'text');
      at('error', offset, path, `${show(a.text)} does not match the text at ${a.start}..${a.end}: ${show(actual)}`);
    }
    if (bundle) checkDocument(list, item, a, bundle);
    else if (a.doc !== undefined) {
      const [offset, path] = where(list, item, 'doc');
      at('warning', offset, path, 'only bundles have documents: this file is a single document');
    }
    // A lost cue is kept where it last was, for the annotator: its text is known not to be there.
    if ('cue' in a && a.cue && !a.cue.lost) {
      const [offset, path] = where(list, item, 'cue');
      if (a.cue.end > text.length) at('error', offset, `${path}.end`, `${a.cue.end} is past the end of the text (${text.length})`);
      else if (text.slice(a.cue.start, a.cue.end) !== a.cue.text) {
        at('error', offset, `${path}.text`, `${show(a.cue.text)} does not match the text at ${a.cue.start}..${a.cue.end}: ${show(text.slice(a.cue.start, a.cue.end))}`);
      }
    }
  };
  const checkDocument = (list: ListKey, item: ItemLayout<ListItem>, a: Entity | Claim, file: RecognizedFile) => {
    const containing = documentAt(file, a.start, a.end);
    if (a.doc === undefined) {
      const [offset, path] = where(list, item);
      at('error', offset, `${path}.doc`, `missing: in a bundle every annotation names its document${containing ? ` (here "${containing.id}")` : ''}`);
      return;
    }
    const named = file.documents.find((d) => d.id === a.doc);
    const [offset, path] = where(list, item, 'doc');
    if (!named) at('error', offset, path, `no document "${a.doc}" in this bundle (documents: ${file.documents.map((d) => d.id).join(', ')})`);
    else if (a.start < named.bodyStart || a.end > named.bodyEnd) {
      at('error', offset, path, `the span ${a.start}..${a.end} is outside document "${a.doc}" (${named.bodyStart}..${named.bodyEnd})${containing ? `; it lies in "${containing.id}"` : ''}`);
    }
  };
  for (const item of entities) spanChecks('entities', item);
  for (const item of claims) spanChecks('claims', item);
  for (const [list, items] of [['entities', entities], ['claims', claims]] as const) {
    const bare = items.filter((item) => lacksContext(item.value as Entity | Claim, text, bundle));
    if (bare.length === 0) continue;
    const [offset, path] = where(list, bare[0]!);
    const what = bare.length === 1 ? `${path} has` : `${bare.length} ${list} (the first: ${path}) have`;
    at('warning', offset, path, `${what} no prefix or suffix, the context that finds a span again after its text changes (\`seed-annotator anchor --write\` adds it)`);
  }
  for (const item of validItems('rejected')) {
    const r = item.value as { start: number; end: number };
    if (r.end > text.length) {
      const [offset, path] = where('rejected', item, 'end');
      at('warning', offset, path, `${r.end} is past the end of the text (${text.length}): this rejection no longer applies`);
    }
  }
  // Suggestions are not annotations: one that no longer fits the text is stale (warned about), as a rejection is.
  for (const item of validItems('suggestions')) {
    const s = item.value as SuggestionItem;
    for (const [field, span] of [['', s], ['source', s.source], ['cue', s.cue]] as const) {
      if (!span) continue;
      const offset = where('suggestions', item, field || 'text')[0];
      const prefix = `suggestions[${item.index}].${field ? `${field}.` : ''}`;
      if (span.end > text.length) at('warning', offset, `${prefix}end`, `${span.end} is past the end of the text (${text.length}): this suggestion no longer applies`);
      else if (text.slice(span.start, span.end) !== span.text) {
        at('warning', offset, `${prefix}text`, `${show(span.text)} does not match the text at ${span.start}..${span.end}: ${show(text.slice(span.start, span.end))} (a stale suggestion)`);
      }
    }
  }
  return problems;
}

/** A YAML escape of a surrogate code unit: `\uD83D`, `\U0000DE00`. */
const SURROGATE_ESCAPE = /\\(?:u|U0000)[dD][89a-fA-F]/;

function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c >= 0xdc00) return true; // a low half with no high half before it
    const next = s.charCodeAt(i + 1);
    if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
    i++;
  }
  return false;
}

/** Paths (within the item, as in the file: `extra` keys stand beside the known ones) of strings with a lone surrogate. */
function loneSurrogateFields(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return hasLoneSurrogate(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => loneSurrogateFields(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => loneSurrogateFields(v, k === 'extra' ? path : path ? `${path}.${k}` : k));
}

/**
 * A placed annotation without a prefix or suffix where the text has one. At its document's edge a missing side
 * is implied (editors leave it out there).
 */
function lacksContext(a: Entity | Claim, text: string, bundle: RecognizedFile | undefined): boolean {
  if (a.orphan || (a.prefix !== undefined && a.suffix !== undefined)) return false;
  const doc = bundle ? documentAt(bundle, a.start, a.end) : undefined;
  const [start, end] = doc ? [doc.bodyStart, doc.bodyEnd] : [0, text.length];
  return (a.prefix === undefined && a.start > start) || (a.suffix === undefined && a.end < end);
}

function show(s: string): string {
  const cut = s.length > 60 ? `${s.slice(0, 57)}...` : s;
  return JSON.stringify(cut);
}
