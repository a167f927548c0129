// Label Studio: tasks (`tasks.json`: one task per document, our annotations as one completed annotation) and the
// labeling config they need (`labeling-config.xml`): Label Studio's converters drop results whose
// `from_name`/`to_name` name no tag of the config. Claims are CLAIM regions with a per-region status choice and
// a `source` relation to their source entity. Offsets in code points by default, as Label Studio's converters count.
import { CLAIM_STATUSES, DEFAULT_LABELS } from '../model';
import { sorted } from './json';
import { OffsetConverter } from './offsets';
import type { ExportDocument, ExportFormat, ExportOptions, ExportSet, OffsetUnit } from './types';

export const LABEL_STUDIO_TASKS = 'tasks.json';
export const LABEL_STUDIO_CONFIG = 'labeling-config.xml';

export const labelstudioFormat: ExportFormat = {
  name: 'labelstudio',
  description: `Label Studio: ${LABEL_STUDIO_TASKS} (one task per document, claims with a status choice and a source relation) and ${LABEL_STUDIO_CONFIG} to import first; code point offsets`,
  folder: true,
  extension: '.json',
  defaultUnit: 'codepoints',
  export(set: ExportSet, options: ExportOptions) {
    const unit = options.unit ?? 'codepoints';
    const tasks = set.documents.map((d, i) => task(d, i + 1, unit));
    return [
      { path: LABEL_STUDIO_TASKS, content: JSON.stringify(tasks, null, 2) + '\n' },
      { path: LABEL_STUDIO_CONFIG, content: labelingConfig(set, options.labels) },
    ];
  },
};

function task(d: ExportDocument, id: number, unit: OffsetUnit) {
  const conv = new OffsetConverter(d.text, unit);
  const result: object[] = [];
  for (const e of sorted(d.entities)) {
    const [start, end] = conv.span(e.start, e.end);
    result.push({ id: e.id, from_name: 'label', to_name: 'text', type: 'labels', value: { start, end, text: e.text, labels: [e.type] } });
  }
  const entityIds = new Set(d.entities.map((e) => e.id));
  const relations: object[] = [];
  for (const c of sorted(d.claims)) {
    const [start, end] = conv.span(c.start, c.end);
    result.push({ id: c.id, from_name: 'claim', to_name: 'text', type: 'labels', value: { start, end, text: c.text, labels: ['CLAIM'] } });
    // A per-region choice carries its region's id and span.
    result.push({ id: c.id, from_name: 'status', to_name: 'text', type: 'choices', value: { start, end, text: c.text, choices: [c.status] } });
    const source = c.source?.entity;
    if (source !== undefined && entityIds.has(source)) relations.push({ from_id: c.id, to_id: source, type: 'relation', direction: 'right', labels: ['source'] });
  }
  return {
    id,
    data: { text: d.text, file: d.file, document: d.id, offsets: unit },
    annotations: [{ result: [...result, ...relations] }],
  };
}

/** The labeling config: the configured labels (default: the built-in ones), every other label of the set, CLAIM, the statuses, the source relation. */
export function labelingConfig(set: ExportSet, configured: readonly string[] = DEFAULT_LABELS): string {
  const labels = [...configured];
  const extra = new Set<string>();
  for (const d of set.documents) for (const e of d.entities) if (!labels.includes(e.type)) extra.add(e.type);
  labels.push(...[...extra].sort());
  const lines = [
    '<View>',
    '  <Labels name="label" toName="text">',
    ...labels.map((l) => `    <Label value="${xmlAttribute(l)}"/>`),
    '  </Labels>',
    '  <Labels name="claim" toName="text">',
    '    <Label value="CLAIM"/>',
    '  </Labels>',
    '  <Text name="text" value="$text"/>',
    '  <Choices name="status" toName="text" perRegion="true" choice="single">',
    ...CLAIM_STATUSES.map((s) => `    <Choice value="${s}"/>`),
    '  </Choices>',
    '  <Relations>',
    '    <Relation value="source"/>',
    '  </Relations>',
    '</View>',
  ];
  return lines.join('\n') + '\n';
}

function xmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
