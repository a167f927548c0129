// seed-annotator suggest --write: a file's suggestions into its sidecar's `suggestions` list, replacing the list
// that was there and leaving every other byte; a new sidecar when there is none; never over a sidecar with errors.
import * as fs from 'fs';
import * as path from 'path';
import { emptySidecar, type Sidecar, type SuggestionItem } from '../core/model';
import { saveSidecar } from '../core/persist/saveSidecar';
import { hasErrors } from '../core/problems';
import { loadSidecar } from '../core/sidecar/load';
import type { ReadResult } from '../core/sidecar/read';
import { patchSidecar, serializeSidecar } from '../core/sidecar/write';
import type { FileSuggestions } from '../core/suggest/file';
import type { FileStore } from '../core/persist/fileStore';
import { readText } from './files';

/** A sidecar on disk as read: its text, what it reads as, and whether it may be written over. */
export interface ExistingSidecar {
  readonly text: string;
  readonly read: ReadResult;
  readonly sound: boolean;
}

export function readExisting(file: string, labels: readonly string[]): ExistingSidecar | undefined {
  if (!fs.existsSync(file)) return undefined;
  const text = readText(file);
  const read = loadSidecar(text, { labels });
  return { text, read, sound: read.sidecar !== undefined && !hasErrors(read.problems) };
}

/** Scores as printed (three decimals), within 0..1. */
export function roundScore(x: number): number {
  return Math.min(1, Math.max(0, Math.round(x * 1000) / 1000));
}

/**
 * The suggestions as sidecar items. Entities whose label the settings do not allow are left out (the sidecar
 * would not validate); claims have no type.
 */
export function suggestionItems(s: FileSuggestions, labels: readonly string[]): SuggestionItem[] {
  const span = (x: { start: number; end: number; text: string }) => ({ start: x.start, end: x.end, text: x.text });
  return [
    ...s.entities.filter((e) => labels.includes(e.type)).map((e): SuggestionItem => ({ kind: 'entity', type: e.type, ...span(e), score: roundScore(e.score), engine: e.engine, ...(e.link !== undefined ? { link: e.link } : {}) })),
    ...s.claims.map((c): SuggestionItem => ({ kind: 'claim', ...span(c), score: roundScore(c.score), engine: c.engine, ...(c.source ? { source: span(c.source) } : {}), ...(c.cue ? { cue: span(c.cue) } : {}) })),
  ];
}

export type WriteOutcome =
  | { readonly kind: 'written' | 'unchanged' | 'nothing'; readonly sidecar: string }
  | { readonly kind: 'refused'; readonly sidecar: string; readonly reason: string };

/**
 * Puts `items` into the sidecar at `sidecarPath` (relative to the current folder) as its `suggestions`. The file
 * is read again just before it is written, so that a save made while suggesting is patched over, not lost.
 * No sidecar and no suggestions: nothing is created.
 */
export async function writeSuggestions(store: FileStore, sidecarPath: string, textPath: string, items: readonly SuggestionItem[], labels: readonly string[]): Promise<WriteOutcome> {
  const existing = readExisting(sidecarPath, labels);
  if (existing && !existing.sound) return { kind: 'refused', sidecar: sidecarPath, reason: 'it has errors (seed-annotator validate shows them)' };
  const base: Sidecar = existing?.read.sidecar ?? emptySidecar(path.basename(textPath));
  if (items.length === 0 && base.suggestions === undefined) return { kind: 'nothing', sidecar: sidecarPath };
  const previous = existing ? { text: existing.text, read: existing.read } : undefined;
  const next: Sidecar = { ...base, suggestions: items };
  // Checked before anything is written: the file must read back, without errors, as what was meant.
  const layout = existing?.read.layout;
  const text = existing && layout ? patchSidecar({ sidecar: base, layout }, next) : serializeSidecar(next);
  const back = loadSidecar(text, { labels });
  if (hasErrors(back.problems) || back.sidecar?.suggestions?.length !== items.length) {
    return { kind: 'refused', sidecar: sidecarPath, reason: 'this layout could not be written without errors (please report it with the file)' };
  }
  const saved = await saveSidecar(store, path.resolve(sidecarPath), previous, next, labels);
  return { kind: saved.written ? 'written' : 'unchanged', sidecar: sidecarPath };
}

/** One line saying what became of a file's sidecar. */
export function describeOutcome(outcome: WriteOutcome, items: readonly SuggestionItem[]): string {
  const entities = items.filter((i) => i.kind === 'entity').length;
  const what = `${items.length} suggestion${items.length === 1 ? '' : 's'} (${entities} entit${entities === 1 ? 'y' : 'ies'}, ${items.length - entities} claim${items.length - entities === 1 ? '' : 's'})`;
  switch (outcome.kind) {
    case 'written':
      return `wrote ${what} to ${outcome.sidecar}`;
    case 'unchanged':
      return `${outcome.sidecar} already holds these ${what}: unchanged`;
    case 'nothing':
      return `no suggestions: ${outcome.sidecar} not created`;
    case 'refused':
      return `${outcome.sidecar} not written: ${outcome.reason}`;
  }
}
