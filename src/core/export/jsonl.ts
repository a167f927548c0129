// One document a line, as spaCy and Prodigy read tasks: `text`, entity `spans`, claims under their own key
// (they overlap the entities they contain, and spaCy refuses overlapping spans in one list), and `meta`.
// Offsets in code points by default: Python counts them.
import { sorted, sourceText } from './json';
import { OffsetConverter } from './offsets';
import type { ExportDocument, ExportEntity, ExportFormat, ExportOptions, ExportSet, OffsetUnit } from './types';

export const jsonlFormat: ExportFormat = {
  name: 'jsonl',
  description: 'spaCy / Prodigy JSONL, one document a line: entity "spans" (never overlapping; the rest in "overlapping_spans"), "claims" apart; code point offsets',
  folder: false,
  extension: '.jsonl',
  defaultUnit: 'codepoints',
  export(set: ExportSet, options: ExportOptions) {
    const unit = options.unit ?? 'codepoints';
    return [{ path: '', content: set.documents.map((d) => JSON.stringify(jsonlLine(d, unit)) + '\n').join('') }];
  },
};

function jsonlLine(d: ExportDocument, unit: OffsetUnit) {
  const conv = new OffsetConverter(d.text, unit);
  const { spans, overlapping } = splitOverlaps(sorted(d.entities));
  const span = (e: ExportEntity) => {
    const [start, end] = conv.span(e.start, e.end);
    return { start, end, label: e.type, text: e.text, id: e.id };
  };
  return {
    text: d.text,
    spans: spans.map(span),
    ...(overlapping.length > 0 ? { overlapping_spans: overlapping.map(span) } : {}),
    claims: sorted(d.claims).map((c) => {
      const [start, end] = conv.span(c.start, c.end);
      const source = sourceText(c, d);
      const cue = c.cue ? conv.span(c.cue.start, c.cue.end) : undefined;
      return {
        start,
        end,
        label: 'CLAIM',
        text: c.text,
        id: c.id,
        status: c.status,
        ...(c.source ? { source: { ...(c.source.entity !== undefined ? { entity: c.source.entity } : {}), ...(source !== undefined ? { text: source } : {}) } } : {}),
        ...(cue && c.cue ? { cue: { start: cue[0], end: cue[1], text: c.cue.text } } : {}),
      };
    }),
    meta: { file: d.file, document: d.id, offsets: unit, state: d.state },
  };
}

/**
 * Entities (sorted by start, then end) as a list spaCy accepts (no two overlapping) and the rest. Of entities that
 * overlap, the earliest is kept; at the same start, the longest (as spaCy's `filter_spans` prefers).
 */
export function splitOverlaps<T extends { start: number; end: number }>(entities: readonly T[]): { spans: T[]; overlapping: T[] } {
  const byStart = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: T[] = [];
  const overlapping: T[] = [];
  let reached = -1;
  for (const e of byStart) {
    if (e.start >= reached) {
      spans.push(e);
      reached = Math.max(reached, e.end);
    } else overlapping.push(e);
  }
  const order = new Map(entities.map((e, i) => [e, i]));
  const original = (a: T, b: T) => order.get(a)! - order.get(b)!;
  return { spans: spans.sort(original), overlapping: overlapping.sort(original) };
}
