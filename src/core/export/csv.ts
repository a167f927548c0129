// One row per annotation, for spreadsheets and data frames: RFC 4180 (CRLF line ends; a field holding a quote,
// a comma, CR or LF is quoted, its quotes doubled), UTF-8 without a byte order mark (with one, Python's csv
// names the first column "\ufefffile"). Offsets in UTF-16 code units by default, as in sidecars.
import { sorted, sourceText } from './json';
import { OffsetConverter } from './offsets';
import type { ExportDocument, ExportFormat, ExportOptions, ExportSet, OffsetUnit } from './types';

export const CSV_COLUMNS = ['file', 'document', 'id', 'kind', 'label', 'start', 'end', 'text', 'source', 'cue', 'status', 'link', 'note'] as const;

export const csvFormat: ExportFormat = {
  name: 'csv',
  description: 'CSV (RFC 4180, UTF-8 without BOM), one row per entity or claim: file, document, id, kind, label, start, end, text, source, cue, status, link, note; UTF-16 offsets unless --offsets codepoints',
  folder: false,
  extension: '.csv',
  defaultUnit: 'utf16',
  export(set: ExportSet, options: ExportOptions) {
    const unit = options.unit ?? 'utf16';
    const rows: string[][] = [[...CSV_COLUMNS]];
    for (const d of set.documents) rows.push(...csvRows(d, unit));
    return [{ path: '', content: rows.map((r) => r.map(csvField).join(',') + '\r\n').join('') }];
  },
};

function csvRows(d: ExportDocument, unit: OffsetUnit): string[][] {
  const conv = new OffsetConverter(d.text, unit);
  const rows: Array<{ start: number; end: number; id: string; row: string[] }> = [];
  for (const e of d.entities) {
    const [start, end] = conv.span(e.start, e.end);
    rows.push({ start: e.start, end: e.end, id: e.id, row: [d.file, d.id, e.id, 'entity', e.type, String(start), String(end), e.text, '', '', '', e.link ?? '', e.note ?? ''] });
  }
  for (const c of d.claims) {
    const [start, end] = conv.span(c.start, c.end);
    rows.push({ start: c.start, end: c.end, id: c.id, row: [d.file, d.id, c.id, 'claim', 'CLAIM', String(start), String(end), c.text, sourceText(c, d) ?? '', c.cue?.text ?? '', c.status, c.link ?? '', c.note ?? ''] });
  }
  return sorted(rows).map((r) => r.row);
}

/** A field as RFC 4180 writes it: quoted (quotes doubled) when it holds a quote, a comma, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
