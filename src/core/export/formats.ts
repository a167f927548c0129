// Every export format, by name (what `--format` and the export command's picker offer).
import type { ExportFormat } from './types';

export const EXPORT_FORMATS: readonly ExportFormat[] = [];

export function exportFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name);
}
