import * as vscode from 'vscode';
import { configFrom, type SeedConfig } from '../core/config';

export const SEED_LANGUAGE_ID = 'seed';
export const SECTION = 'seedAnnotator';

export interface Label {
  readonly name: string;
  /** A colour for this label (any CSS colour); without it, the theme colour `seedAnnotator.label.<name>` or a default. */
  readonly color?: string;
  /** The key (1–9) that picks it in the label quick pick. */
  readonly key?: string;
  readonly description?: string;
}

/** Typed view of the `seedAnnotator.*` settings; read on demand so that changes apply without a reload. */
export interface Settings {
  readonly core: SeedConfig;
  readonly labels: readonly Label[];
  readonly badges: boolean;
  /** Files longer than this (in characters) are annotated but not decorated. */
  readonly maxDecoratedSize: number;
  readonly problems: string[];
}

export const DEFAULT_LABELS: readonly Label[] = [
  { name: 'PERSON', key: '1', description: 'People, including fictional' },
  { name: 'ORG', key: '2', description: 'Companies, agencies, institutions' },
  { name: 'GPE', key: '3', description: 'Countries, cities, states' },
  { name: 'LOC', key: '4', description: 'Other locations: mountains, bodies of water, borders' },
  { name: 'NORP', key: '5', description: 'Nationalities, religious or political groups' },
  { name: 'DATE', key: '6', description: 'Dates and periods' },
  { name: 'MONEY', key: '7', description: 'Monetary values' },
  { name: 'EVENT', key: '8', description: 'Named events: operations, wars, storms' },
  { name: 'LAW', key: '9', description: 'Named laws and documents' },
  { name: 'FAC', description: 'Buildings, airports, highways, bridges' },
  { name: 'QUANTITY', description: 'Measurements: weight, distance' },
  { name: 'PERCENT', description: 'Percentages' },
];

export function settings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const { config: core, problems } = configFrom((key) => config.get(key));
  const raw = config.get<unknown[]>('labels');
  const labels = Array.isArray(raw) && raw.length > 0 ? raw.flatMap(toLabel) : DEFAULT_LABELS;
  return {
    core: { ...core, labels: labels.map((l) => l.name) },
    labels: labels.length > 0 ? labels : DEFAULT_LABELS,
    badges: config.get<boolean>('decorations.badges', true),
    maxDecoratedSize: config.get<number>('decorations.maxFileSize', 5_000_000),
    problems,
  };
}

function toLabel(value: unknown): Label[] {
  if (typeof value === 'string' && value.trim()) return [{ name: value.trim() }];
  if (value && typeof value === 'object' && typeof (value as Label).name === 'string' && (value as Label).name.trim()) {
    const v = value as Label;
    return [{ name: v.name.trim(), ...(v.color ? { color: v.color } : {}), ...(v.key ? { key: String(v.key) } : {}), ...(v.description ? { description: v.description } : {}) }];
  }
  return [];
}
