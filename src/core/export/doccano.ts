// doccano's sequence-labelling JSONL: one document a line, `text` and `label` ([start, end, LABEL] triples, the
// default column doccano reads); claims are CLAIM spans. doccano drops overlapping spans by default (a claim
// contains the entities in it): enable "Allow overlapping spans" in the project to keep them. Offsets in code
// points by default: doccano is Python and counts them.
import { sorted } from './json';
import { OffsetConverter } from './offsets';
import type { ExportDocument, ExportFormat, ExportOptions, ExportSet, OffsetUnit } from './types';

export const doccanoFormat: ExportFormat = {
  name: 'doccano',
  description: 'doccano sequence-labelling JSONL: "text" and "label" [start, end, LABEL] per document, claims as CLAIM spans (doccano drops overlapping spans unless the project allows them); code point offsets',
  folder: false,
  extension: '.jsonl',
  defaultUnit: 'codepoints',
  export(set: ExportSet, options: ExportOptions) {
    const unit = options.unit ?? 'codepoints';
    return [{ path: '', content: set.documents.map((d) => JSON.stringify(doccanoLine(d, unit)) + '\n').join('') }];
  },
};

function doccanoLine(d: ExportDocument, unit: OffsetUnit) {
  const conv = new OffsetConverter(d.text, unit);
  const spans = sorted([...d.entities.map((e) => ({ id: e.id, start: e.start, end: e.end, label: e.type })), ...d.claims.map((c) => ({ id: c.id, start: c.start, end: c.end, label: 'CLAIM' }))]);
  return {
    text: d.text,
    label: spans.map((s) => [...conv.span(s.start, s.end), s.label]),
    meta: { file: d.file, document: d.id, offsets: unit, state: d.state },
  };
}
