// corpus.yaml fixtures written as other tools write them, all holding the same data (EXPECTED).
import { dump } from 'js-yaml';
import type { Corpus } from '../../../src/core/corpus/model';

export const EXPECTED: Corpus = {
  schema: 'seed-annotator/corpus/v1',
  entities: [
    { id: 'us-border-patrol', name: 'U.S. Border Patrol', type: 'ORG', aliases: ['Border Patrol', 'USBP'], wikidata: 'Q1297', extra: { kb: { dbpedia: 'United_States_Border_Patrol' } } },
    { id: 'cbp', name: 'Customs: and Border Protection', type: 'ORG' },
  ],
  claims: [
    {
      id: 'dhs-bounty',
      statement: 'Mexican cartels put a bounty on Border Patrol agents, according to a memo that was reported by several outlets in the week after the incident',
      status: 'unverified',
      evidence: [{ url: 'https://example.org/a', note: 'memo' }],
    },
  ],
};

/** Python: yaml.safe_dump(data, allow_unicode=True) (keys sorted, `- ` at the key's indent, folded long line). */
export const PYYAML_SORTED = `claims:
- evidence:
  - note: memo
    url: https://example.org/a
  id: dhs-bounty
  statement: Mexican cartels put a bounty on Border Patrol agents, according to a
    memo that was reported by several outlets in the week after the incident
  status: unverified
entities:
- aliases:
  - Border Patrol
  - USBP
  id: us-border-patrol
  kb:
    dbpedia: United_States_Border_Patrol
  name: U.S. Border Patrol
  type: ORG
  wikidata: Q1297
- id: cbp
  name: 'Customs: and Border Protection'
  type: ORG
schema: seed-annotator/corpus/v1
`;

/** Python: yaml.safe_dump(data, sort_keys=False, default_flow_style=None, width=60): flow leaves. */
export const PYYAML_FLOW = `schema: seed-annotator/corpus/v1
entities:
- id: us-border-patrol
  name: U.S. Border Patrol
  type: ORG
  aliases: [Border Patrol, USBP]
  wikidata: Q1297
  kb: {dbpedia: United_States_Border_Patrol}
- {id: cbp, name: 'Customs: and Border Protection', type: ORG}
claims:
- id: dhs-bounty
  statement: Mexican cartels put a bounty on Border Patrol agents,
    according to a memo that was reported by several outlets in
    the week after the incident
  status: unverified
  evidence:
  - {url: 'https://example.org/a', note: memo}
`;

/** js-yaml's dump() of the data (as a Node tool would write it). */
export function jsYamlDump(): string {
  const plain = JSON.parse(JSON.stringify(EXPECTED)) as { entities: Array<Record<string, unknown>> };
  const [first, second] = plain.entities;
  const { extra, ...rest } = first as { extra: Record<string, unknown> };
  plain.entities = [{ ...rest, ...extra }, second!];
  return dump(plain, { lineWidth: 60 });
}

/** Hand-written: comments everywhere, quotes, a block scalar, an odd indent, an anchor and its alias. */
export const HAND = `# Registry of canonical entities (hand-written)
schema: "seed-annotator/corpus/v1"   # the version

entities:
  # the agency
  - id: us-border-patrol
    name: 'U.S. Border Patrol'
    type: &org ORG     # a label
    aliases:
      - Border Patrol  # short
      - "USBP"
    wikidata: Q1297
    kb:
      dbpedia: United_States_Border_Patrol

  -   id: cbp
      name: "Customs: and Border Protection"
      type: *org
claims:
  - id: dhs-bounty
    statement: >-
      Mexican cartels put a bounty on Border Patrol agents,
      according to a memo that was reported by several outlets in
      the week after the incident
    status: unverified   # not checked yet
    evidence:
      - url: https://example.org/a
        note: memo
# end of file
`;

/** HAND saved on Windows: CRLF line breaks and a byte order mark. */
export const CRLF_BOM = '\uFEFF' + HAND.replace(/\n/g, '\r\n');

export function fixtures(): Array<[string, string]> {
  return [
    ['PyYAML safe_dump (sorted keys)', PYYAML_SORTED],
    ['PyYAML safe_dump (flow leaves)', PYYAML_FLOW],
    ['js-yaml dump', jsYamlDump()],
    ['hand-written with comments', HAND],
    ['CRLF and BOM', CRLF_BOM],
  ];
}

/** The lines that differ between two texts (common leading and trailing lines left out). */
export function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

/** Comment lines and trailing comments of a text. */
export function comments(text: string): string[] {
  return text.split('\n').flatMap((line) => /(^|\s)#.*$/.exec(line)?.[0].trim() ?? []);
}
