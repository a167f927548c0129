// The parts of a file suggestions may come from (no engine here: the editor imports it without the libraries).
import type { RecognizedFile } from '../documents';

/** Each document's body without its boilerplate: the parts suggestions may come from. */
export function suggestionRanges(file: RecognizedFile): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const doc of file.documents) {
    let pos = doc.bodyStart;
    for (const [s, e] of [...doc.boilerplate].sort((a, b) => a[0] - b[0])) {
      if (s > pos) out.push([pos, s]);
      pos = Math.max(pos, e);
    }
    if (doc.bodyEnd > pos) out.push([pos, doc.bodyEnd]);
  }
  return out;
}
