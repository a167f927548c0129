// Entity labels from `seedAnnotator.labels`. The one place that decides which entries are labels: sidecars are
// validated against these names (an unknown label makes a sidecar read-only), and the editor draws and offers
// the same list, so the two can never disagree.
import { itemRef, settingId, shown } from './settingValues';

export interface LabelSpec {
  readonly name: string;
  /** A colour for this label (any CSS colour); without it, the theme colour `seedAnnotator.label.<name>` or a default. */
  readonly color?: string;
  /** The key (1–9) that picks it in the label quick pick. */
  readonly key?: string;
  readonly description?: string;
}

export const DEFAULT_LABEL_SPECS: readonly LabelSpec[] = [
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

const KEY = 'labels';
const PROPERTIES = ['name', 'color', 'key', 'description'];

/**
 * The labels of a `seedAnnotator.labels` value: names or {name, color, key, description} objects. A bad item
 * (or a bad field of one) is reported and ignored on its own; no usable label at all means the defaults.
 */
export function readLabels(value: unknown, problems: string[]): readonly LabelSpec[] {
  if (value === undefined) return DEFAULT_LABEL_SPECS;
  const usingDefaults = `using the default labels (${DEFAULT_LABEL_SPECS.map((l) => l.name).join(', ')})`;
  if (!Array.isArray(value)) {
    problems.push(`${settingId(KEY)} should be a list of labels, not ${shown(value)}; ${usingDefaults}`);
    return DEFAULT_LABEL_SPECS;
  }
  const labels: LabelSpec[] = [];
  const keyOwners = new Map<string, string>();
  value.forEach((item: unknown, index) => {
    const label = readLabel(item, index, problems);
    if (!label) return;
    const ref = itemRef(KEY, index, item);
    if (labels.some((l) => l.name === label.name)) {
      problems.push(`${ref} repeats the label ${label.name}; it is ignored`);
      return;
    }
    const owner = label.key === undefined ? undefined : keyOwners.get(label.key);
    if (owner !== undefined) {
      // The label pick takes the first label with a key; a second one would never be picked by it.
      problems.push(`${ref}: key ${label.key} already picks ${owner}; ${label.name} is kept without a key`);
      labels.push(withoutKey(label));
      return;
    }
    if (label.key !== undefined) keyOwners.set(label.key, label.name);
    labels.push(label);
  });
  if (labels.length === 0) {
    problems.push(`${settingId(KEY)} has no usable label${value.length === 0 ? ' (the list is empty)' : ''}; ${usingDefaults}`);
    return DEFAULT_LABEL_SPECS;
  }
  return labels;
}

function readLabel(item: unknown, index: number, problems: string[]): LabelSpec | undefined {
  const ref = itemRef(KEY, index, item);
  if (typeof item === 'string') {
    if (item.trim() !== '') return { name: item.trim() };
    problems.push(`${ref} is an empty label name; it is ignored`);
    return undefined;
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    problems.push(`${ref} is neither a label name nor a {"name": ...} object; it is ignored`);
    return undefined;
  }
  const fields = item as Record<string, unknown>;
  const name = fields['name'];
  if (typeof name !== 'string' || name.trim() === '') {
    problems.push(`${ref} has no name${name === undefined ? '' : ` (name ${shown(name)} is not a label name)`}; it is ignored`);
    return undefined;
  }
  const label: { -readonly [K in keyof LabelSpec]: LabelSpec[K] } = { name: name.trim() };
  const { color, key, description } = fields;
  if (typeof color === 'string' && color.trim() !== '') label.color = color.trim();
  else if (color !== undefined) problems.push(`${ref}: color ${shown(color)} is not a CSS colour; ${label.name} keeps its theme colour`);
  const keyText = typeof key === 'number' ? String(key) : key;
  if (typeof keyText === 'string' && /^[1-9]$/.test(keyText.trim())) label.key = keyText.trim();
  else if (key !== undefined) problems.push(`${ref}: key ${shown(key)} is not a digit from 1 to 9; ${label.name} is kept without a key`);
  if (typeof description === 'string') label.description = description;
  else if (description !== undefined) problems.push(`${ref}: description ${shown(description)} is not text; it is ignored`);
  for (const property of Object.keys(fields)) {
    if (!PROPERTIES.includes(property)) problems.push(`${ref}: unknown property "${property}" (a label has ${PROPERTIES.join(', ')}); it is ignored`);
  }
  return label;
}

function withoutKey(label: LabelSpec): LabelSpec {
  const { key: _key, ...rest } = label;
  return rest;
}
