// What the editor does when it opens a document after a crash, over the crash test's work folder: recover a
// leftover temp, read the sidecar, read the journal. Used by the writer at its start and by the driver after
// each kill, so that both see the files the same way. Bundled with esbuild by run.mjs.
import * as path from 'path';
import { DEFAULT_LABELS, type Sidecar } from '../../src/core/model';
import { Journal, fnv1a64, type JournalEntry } from '../../src/core/persist/journal';
import { isCompleteSidecar, readSidecarFile } from '../../src/core/persist/saveSidecar';
import { isTempFor, recoverLeftover, type Recovery } from '../../src/core/persist/tempFiles';
import { formatProblem } from '../../src/core/problems';
import { checkSidecar } from '../../src/core/sidecar/check';
import { loadSidecar } from '../../src/core/sidecar/load';
import type { ReadResult } from '../../src/core/sidecar/read';
import { decodeUtf8 } from '../../src/core/text';
import { NodeFileStore } from '../../src/node/nodeFileStore';

export const TEXT_NAME = '000_ada6b8799641a7d2.txt';
export const SIDECAR_NAME = '000_ada6b8799641a7d2.annotations.yaml';
export const LABELS = DEFAULT_LABELS;

export interface Paths {
  readonly text: string;
  readonly sidecar: string;
  readonly journalFolder: string;
  /** The document's URI, the journal's key. */
  readonly document: string;
}

export function pathsOf(work: string): Paths {
  const text = path.join(work, TEXT_NAME);
  return { text, sidecar: path.join(work, SIDECAR_NAME), journalFolder: path.join(work, 'journal'), document: `file://${text}` };
}

/** A model in a form that is easy to compare: its crash-* ids, and a digest of every annotation's fields. */
export interface State {
  readonly ids: string[];
  readonly digest: string;
}

export function stateOf(sidecar: Sidecar): State {
  const entities = sidecar.entities.map((e) => [e.id, e.type, e.start, e.end, e.text, e.note ?? null]);
  const claims = sidecar.claims.map((c) => [c.id, c.status, c.start, c.end, c.text, c.note ?? null]);
  const all = [...entities, ...claims].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const ids = sidecar.entities.map((e) => e.id).filter((id) => id.startsWith('crash-'));
  return { ids: ids.sort(byNumber), digest: fnv1a64(JSON.stringify(all)) };
}

function byNumber(a: string, b: string): number {
  return Number(a.slice('crash-'.length)) - Number(b.slice('crash-'.length));
}

export interface Reopened {
  readonly recovery: Recovery;
  readonly sidecarText: string | undefined;
  readonly read: ReadResult | undefined;
  /** Errors of the sidecar: as YAML and schema, and against the text its offsets point into. */
  readonly errors: string[];
  readonly journal: JournalEntry | undefined;
  /** What the editor shows: the journalled model when there is one (it is newer), else the sidecar. */
  readonly restored: Sidecar | undefined;
}

export async function reopen(work: string): Promise<Reopened> {
  const store = new NodeFileStore();
  const paths = pathsOf(work);
  const recovery = await recoverLeftover(store, paths.sidecar, (text) => isCompleteSidecar(text, LABELS));
  const sidecarText = await readSidecarFile(store, paths.sidecar);
  const textBytes = await store.read(paths.text);
  const documentText = textBytes === undefined ? undefined : decodeUtf8(textBytes);
  const read = sidecarText === undefined ? undefined : loadSidecar(sidecarText, { labels: LABELS });
  const problems = read ? [...read.problems, ...checkSidecar(read, documentText === undefined ? {} : { text: documentText })] : [];
  const errors = problems.filter((p) => p.severity === 'error').map((p) => formatProblem(SIDECAR_NAME, p));
  if (sidecarText === undefined) errors.push('no sidecar');
  const journal = await new Journal(store, paths.journalFolder).read(paths.document);
  const restored = (journal?.model as Sidecar | undefined) ?? read?.sidecar;
  return { recovery, sidecarText, read, errors, journal, restored };
}

/** The sidecar's temp files in the work folder (names). */
export async function sidecarTemps(work: string): Promise<string[]> {
  const files = await new NodeFileStore().list(work);
  return files.map((f) => f.name).filter((name) => isTempFor(SIDECAR_NAME, name));
}

/** Temps of journal writes that a kill cut short. */
export async function journalTemps(work: string): Promise<string[]> {
  const files = await new NodeFileStore().list(pathsOf(work).journalFolder);
  return files.map((f) => f.name).filter((name) => name.endsWith('.tmp'));
}
