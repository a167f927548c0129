// corpus.yaml text for new files and new items: one key per line, aliases and evidence items in flow style,
// strings plain when unambiguous and double-quoted otherwise (the sidecar's scalar rules).
import type { Evidence } from '../model';
import { yamlString, yamlValue } from '../sidecar/scalar';
import { CORPUS_SCHEMA_V1, type CanonicalClaim, type CanonicalEntity, type Corpus } from './model';

type Item = CanonicalEntity | CanonicalClaim;

/** A new corpus.yaml in the canonical layout. */
export function serializeCorpus(corpus: Corpus, eol = '\n'): string {
  const out: string[] = [`schema: ${yamlString(corpus.schema || CORPUS_SCHEMA_V1)}`];
  for (const [key, items] of [['entities', corpus.entities], ['claims', corpus.claims]] as const) {
    if (items.length === 0) out.push(`${key}: []`);
    else {
      out.push(`${key}:`);
      for (const item of items) out.push(...itemLines(item, 2, 2));
    }
  }
  for (const [key, value] of Object.entries(corpus.extra ?? {})) out.push(`${yamlString(key)}: ${yamlValue(value)}`);
  return out.join(eol) + eol;
}

/** The fields of an item in the order they are written, unknown keys last. */
export function itemFields(item: Item): Array<readonly [string, unknown]> {
  const known: Array<readonly [string, unknown]> =
    'statement' in item
      ? [['id', item.id], ['statement', item.statement], ['status', item.status], ['evidence', item.evidence?.map(inlineEvidence)], ['note', item.note]]
      : [['id', item.id], ['name', item.name], ['type', item.type], ['aliases', item.aliases], ['wikidata', item.wikidata], ['note', item.note]];
  return [...known.filter(([, v]) => v !== undefined), ...Object.entries(item.extra ?? {}).filter(([k]) => !known.some(([name]) => name === k))];
}

/** An item as block lines, its `-` at column `dash` and its keys `gap` columns further. */
export function itemLines(item: Item, dash: number, gap: number): string[] {
  const indent = ' '.repeat(dash + gap);
  const lines: string[] = [];
  for (const [key, value] of itemFields(item)) {
    if (key === 'evidence' && Array.isArray(value) && value.length > 0) {
      lines.push(`${indent}evidence:`, ...value.map((e) => `${indent}  - ${yamlValue(e, true)}`));
    } else lines.push(`${indent}${yamlString(key)}: ${yamlValue(value)}`);
  }
  lines[0] = `${' '.repeat(dash)}-${' '.repeat(Math.max(1, gap - 1))}${lines[0]!.slice(indent.length)}`;
  return lines;
}

/** An item as one flow mapping (for a list written in flow style). */
export function flowItem(item: Item): string {
  return yamlValue(Object.fromEntries(itemFields(item)), true);
}

function inlineEvidence(e: Evidence): Record<string, unknown> {
  const { extra, ...known } = e;
  return { ...known, ...(extra ?? {}) };
}
