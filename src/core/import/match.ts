// Which seed document an imported document is about: by name, else by text.
import { documentIdFromName } from '../seedName';
import type { ImportedDocument } from './types';
import { stemOf } from './util';

export interface DocumentCandidate {
  readonly file: string;
  readonly documentId: string;
  readonly text: string;
}

/**
 * The candidate an imported document is about: by name first (the document id or file stem equal to the
 * imported name, or the `<file stem>__<document id>` form of bundle exports; the file named apart too when
 * the import says it), else the one whose text is the imported text; else undefined.
 */
export function matchDocument<T extends DocumentCandidate>(imported: ImportedDocument, candidates: readonly T[]): T | undefined {
  const name = documentIdFromName(imported.name);
  const importedFile = imported.file !== undefined ? stemOf(imported.file) : undefined;
  const sameText = (c: T) => imported.text !== undefined && c.text === imported.text;
  const rank = (c: T): number => {
    const fileStem = stemOf(c.file);
    if (name === `${fileStem}__${c.documentId}`) return 4;
    if (importedFile !== undefined && importedFile === fileStem && name === c.documentId) return 4;
    // A file that is one document (a seed), named by its stem.
    if (fileStem === name && (c.documentId === name || candidates.filter((o) => o.file === c.file).length === 1)) return 3;
    if (c.documentId === name) return 2;
    if (fileStem === name) return 1;
    return 0;
  };
  let best: T | undefined;
  let bestRank = 0;
  for (const c of candidates) {
    const r = rank(c) * 2 + (sameText(c) ? 1 : 0);
    if (rank(c) > 0 && r > bestRank) {
      best = c;
      bestRank = r;
    }
  }
  return best ?? candidates.find(sameText);
}
