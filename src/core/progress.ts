// Where annotating each document stands: a state kept in its sidecar's `progress` (done, skipped), or derived
// from its annotations (todo, in progress).
import type { RecognizedFile } from './documents';
import type { Change } from './edit/operations';
import type { DocumentState, Progress } from './model';

/** The state written for a document, if any. A single state in a bundle's sidecar holds for all its documents. */
export function storedState(progress: Progress | undefined, documentId: string): DocumentState | undefined {
  if (progress === undefined || typeof progress === 'string') return progress;
  return Object.hasOwn(progress, documentId) ? progress[documentId] : undefined;
}

/** The state shown: done and skipped as marked; otherwise in progress once the document has annotations. */
export function effectiveState(stored: DocumentState | undefined, annotations: number): DocumentState {
  if (stored === 'done' || stored === 'skipped') return stored;
  if (stored === 'in-progress') return stored;
  return annotations > 0 ? 'in-progress' : 'todo';
}

/**
 * `progress` with one document's state set (undefined: back to derived). A file that is one document keeps one
 * state (`progress: done`); a bundle keeps one per document id.
 */
export function withState(progress: Progress | undefined, file: Pick<RecognizedFile, 'kind' | 'documents'>, documentId: string, state: DocumentState | undefined): Progress | undefined {
  if (file.kind !== 'bundle' && (progress === undefined || typeof progress === 'string')) return state;
  const states: Record<string, DocumentState> = {};
  if (typeof progress === 'string') for (const d of file.documents) states[d.id] = progress;
  else Object.assign(states, progress);
  if (state === undefined) delete states[documentId];
  else states[documentId] = state;
  return Object.keys(states).length === 0 ? undefined : states;
}

export const STATE_TITLES: Readonly<Record<DocumentState, string>> = { todo: 'to do', 'in-progress': 'in progress', done: 'done', skipped: 'skipped' };

/** The change that sets a document's state (undefined: back to derived), undone like any annotation change. */
export function stateChange(current: Progress | undefined, file: Pick<RecognizedFile, 'kind' | 'documents'>, documentId: string, state: DocumentState | undefined): Change {
  const label = state === 'done' ? 'Mark Document Done' : state === 'skipped' ? 'Skip Document' : 'Reopen Document';
  return { label, operations: [], progress: { before: current, after: withState(current, file, documentId, state) } };
}
