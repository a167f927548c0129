// Every export format, by name (what `--format` and the export command's picker offer).
import { bratFormat } from './brat';
import { claimReviewFormat } from './claimreview';
import { conllFormat } from './conll';
import { csvFormat } from './csv';
import { doccanoFormat } from './doccano';
import { jsonFormat } from './json';
import { jsonlFormat } from './jsonl';
import { labelstudioFormat } from './labelstudio';
import type { ExportFormat } from './types';
import { w3cFormat } from './w3c';

export const EXPORT_FORMATS: readonly ExportFormat[] = [jsonFormat, jsonlFormat, csvFormat, bratFormat, w3cFormat, conllFormat, labelstudioFormat, doccanoFormat, claimReviewFormat];

export function exportFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name);
}
