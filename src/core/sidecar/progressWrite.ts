// Writing a sidecar's `progress`: one line for a seed, one line per document in bundles, patched in place.
import type { Progress } from '../model';
import type { KeyLayout } from './read';
import { yamlString } from './scalar';
import { needsBreakBefore, valueEdit, type Edit } from './textEdits';

/** `progress: done`, or one line per document (bundles): two annotators marking different documents merge. */
export function progressLines(progress: Progress | undefined): string[] {
  if (progress === undefined) return [];
  if (typeof progress === 'string') return [`progress: ${progress}`];
  const entries = Object.entries(progress);
  return entries.length === 0 ? [] : ['progress:', ...entries.map(([id, state]) => `  ${yamlString(id)}: ${state}`)];
}

function sameProgress(a: Progress | undefined, b: Progress | undefined): boolean {
  if (a === undefined || b === undefined || typeof a === 'string' || typeof b === 'string') return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** A block mapping of states is patched entry by entry (its comments stay); any other change rewrites the key. */
export function progressEdits(text: string, eol: string, existing: KeyLayout | undefined, before: Progress | undefined, after: Progress | undefined, insertAt: number): Edit[] {
  if (sameProgress(before, after)) return [];
  const lines = progressLines(after);
  const block = lines.length === 0 ? '' : lines.join(eol) + eol;
  if (!existing) return block ? [{ start: insertAt, end: insertAt, text: (needsBreakBefore(text, insertAt) ? eol : '') + block }] : [];
  if (typeof before === 'string' && typeof after === 'string') return [valueEdit(text, existing, after)];
  const entries = existing.entries;
  if (!entries || entries.size === 0 || typeof before !== 'object' || typeof after !== 'object' || Object.keys(after).length === 0) {
    return [{ start: existing.lineStart, end: existing.lineEnd, text: block }];
  }
  const edits: Edit[] = [];
  let last: KeyLayout | undefined;
  for (const [id, at] of entries) {
    const state = after[id];
    if (state === undefined) edits.push({ start: at.lineStart, end: at.lineEnd, text: '' });
    else if (before[id] !== state) edits.push(valueEdit(text, at, state));
    last = at;
  }
  const added = Object.entries(after).filter(([id]) => !entries.has(id));
  if (added.length > 0 && last) {
    const indent = ' '.repeat(last.keyStart - last.lineStart);
    const lines = added.map(([id, state]) => `${indent}${yamlString(id)}: ${state}${eol}`).join('');
    edits.push({ start: last.lineEnd, end: last.lineEnd, text: (needsBreakBefore(text, last.lineEnd) ? eol : '') + lines });
  }
  return edits;
}
