// One import, as the command line and the editor run it: parse what another tool wrote, find the seed document
// each imported document is about, and fold its annotations into that file's sidecar (several documents of a
// bundle into the same one). Nothing is written here: callers save the sidecars (CLI) or apply the changes
// through the open documents' sessions (editor, undoable).
import type { RecognizedFile } from '../documents';
import { same, type Operation } from '../edit/operations';
import type { Claim, Entity, Sidecar } from '../model';
import { parseBrat } from './brat';
import { parseDoccano } from './doccano';
import { parseJsonl } from './jsonl';
import { parseLabelStudio } from './labelstudio';
import { importIntoSidecar, type ImportMergeOptions, type ImportReport } from './merge';
import { matchDocument } from './match';
import type { ImportedDocument, ImportParser } from './types';
import { parseW3c } from './w3c';

export const IMPORT_PARSERS: Readonly<Record<string, ImportParser>> = { brat: parseBrat, jsonl: parseJsonl, doccano: parseDoccano, labelstudio: parseLabelStudio, w3c: parseW3c };

/** A seed file the import may go into. */
export interface ImportTarget {
  readonly file: string;
  readonly text: string;
  readonly recognized: RecognizedFile;
  /** Its sidecar as it is now (undefined: none yet). */
  readonly sidecar: Sidecar | undefined;
}

export interface FileImport {
  readonly target: ImportTarget;
  readonly sidecar: Sidecar;
  /** One entry per imported document that went into this file. */
  readonly reports: ReadonlyArray<{ readonly name: string; readonly documentId: string; readonly report: ImportReport }>;
}

export interface ImportPlan {
  readonly files: FileImport[];
  /** Imported documents that match no seed document (by name or text). */
  readonly unmatched: string[];
  /** Imported documents that several seed documents match (copies of a seed): which one was taken. */
  readonly ambiguous: string[];
}

export function planImport(documents: readonly ImportedDocument[], targets: readonly ImportTarget[], options: Omit<ImportMergeOptions, 'documentId' | 'file'>): ImportPlan {
  const candidates = targets.flatMap((t) => t.recognized.documents.map((d) => ({ file: t.file, documentId: d.id, text: t.text.slice(d.bodyStart, d.bodyEnd), target: t })));
  const byFile = new Map<string, { target: ImportTarget; sidecar: Sidecar | undefined; reports: Array<{ name: string; documentId: string; report: ImportReport }> }>();
  const unmatched: string[] = [];
  const ambiguous: string[] = [];
  for (const imported of documents) {
    let match = matchDocument(imported, candidates);
    if (!match) {
      unmatched.push(imported.name);
      continue;
    }
    // Copies of a seed (an export's .txt files) match as well as the seed: the one with the same text, then the
    // annotated one, is the seed the annotations belong to.
    const named = match;
    const rivals = candidates.filter((c) => c.documentId === named.documentId && c.file.split('/').pop() === named.file.split('/').pop());
    if (rivals.length > 1) {
      const score = (c: (typeof candidates)[number]) => (imported.text !== undefined && c.text === imported.text ? 2 : 0) + (c.target.sidecar ? 1 : 0);
      match = [...rivals].sort((a, b) => score(b) - score(a))[0]!;
      ambiguous.push(`${imported.name}: ${rivals.length} seed documents have this name (${rivals.map((r) => r.file).join(', ')}); imported into ${match.file}`);
    }
    const entry = byFile.get(match.file) ?? { target: match.target, sidecar: match.target.sidecar, reports: [] };
    byFile.set(match.file, entry);
    const { sidecar, report } = importIntoSidecar(entry.sidecar, match.target.text, match.file, imported, { ...options, documentId: match.documentId, file: match.target.recognized });
    entry.sidecar = sidecar;
    entry.reports.push({ name: imported.name, documentId: match.documentId, report });
  }
  const files = [...byFile.values()].filter((e): e is typeof e & { sidecar: Sidecar } => e.sidecar !== undefined).map((e) => ({ target: e.target, sidecar: e.sidecar, reports: e.reports }));
  return { files, unmatched, ambiguous };
}

/** The operations that turn `before` into `after` (for applying an import through a session: undoable). */
export function operationsBetween(before: Sidecar | undefined, after: Sidecar): Operation[] {
  const ops: Operation[] = [];
  const diff = <T extends Entity | Claim>(kind: 'entity' | 'claim', was: readonly T[], now: readonly T[]) => {
    const old = new Map(was.map((a) => [a.id, a]));
    for (const a of now) {
      const b = old.get(a.id);
      if (!b) ops.push({ op: 'add', kind, annotation: a });
      else if (!same(b, a)) ops.push({ op: 'update', kind, before: b, after: a });
    }
  };
  diff('entity', before?.entities ?? [], after.entities);
  diff('claim', before?.claims ?? [], after.claims);
  return ops;
}

/** Totals over a plan, for a summary line. */
export function importTotals(plan: ImportPlan): { imported: number; merged: number; replaced: number; skipped: number } {
  const all = plan.files.flatMap((f) => f.reports.map((r) => r.report));
  return {
    imported: all.reduce((n, r) => n + r.imported, 0),
    merged: all.reduce((n, r) => n + r.merged, 0),
    replaced: all.reduce((n, r) => n + r.replaced, 0),
    skipped: all.reduce((n, r) => n + r.skipped.length, 0),
  };
}
