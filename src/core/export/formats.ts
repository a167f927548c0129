// Every export format, by name (what `--format` and the export command's picker offer).
import { csvFormat } from './csv';
import { doccanoFormat } from './doccano';
import { jsonFormat } from './json';
import { jsonlFormat } from './jsonl';
import { labelstudioFormat } from './labelstudio';
import type { ExportFormat } from './types';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  jsonFormat,
  jsonlFormat,
  csvFormat,
  // brat (./brat: bratFormat) goes here.
  // W3C Web Annotation (./w3c: w3cFormat) goes here.
  // CoNLL (./conll: conllFormat) goes here.
  labelstudioFormat,
  doccanoFormat,
  // ClaimReview (./claimreview: claimreviewFormat) goes here.
];

export function exportFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name);
}
