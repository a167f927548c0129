// The fields of each kind of list item, in the order a new item is written.
import { ATTRIBUTIONS, CLAIM_STATUSES, SUGGESTION_KINDS } from '../model';
import type { FieldSpec, ItemSpec } from './fields';

/** Where an entity or a claim is, and the context to find it again (see model.Anchored). */
const PLACE: readonly FieldSpec[] = [
  { key: 'start', kind: 'offset', required: true },
  { key: 'end', kind: 'offset', required: true },
  { key: 'text', kind: 'string', required: true },
  { key: 'prefix', kind: 'string' },
  { key: 'suffix', kind: 'string' },
  { key: 'doc', kind: 'string' },
];

export const ENTITY_SPEC: ItemSpec = {
  kind: 'entity',
  fields: [
    { key: 'id', kind: 'id', required: true },
    { key: 'type', kind: 'label', required: true },
    ...PLACE,
    { key: 'link', kind: 'string' },
    { key: 'orphan', kind: 'bool' },
    { key: 'note', kind: 'string' },
  ],
};

export const CLAIM_SPEC: ItemSpec = {
  kind: 'claim',
  fields: [
    { key: 'id', kind: 'id', required: true },
    ...PLACE,
    { key: 'source', kind: 'source' },
    { key: 'cue', kind: 'cue' },
    { key: 'attribution', kind: 'enum', values: ATTRIBUTIONS },
    { key: 'checkworthy', kind: 'bool' },
    { key: 'status', kind: 'enum', values: CLAIM_STATUSES, required: true },
    { key: 'evidence', kind: 'evidence' },
    { key: 'link', kind: 'string' },
    { key: 'orphan', kind: 'bool' },
    { key: 'note', kind: 'string' },
  ],
};

export const REJECTED_SPEC: ItemSpec = {
  kind: 'rejected',
  fields: [
    { key: 'type', kind: 'label', required: true, values: ['CLAIM'] }, // CLAIM: a rejected claim suggestion
    { key: 'start', kind: 'offset', required: true },
    { key: 'end', kind: 'offset', required: true },
    { key: 'text', kind: 'string', required: true },
  ],
};

/** Written one item a line (flow style), like rejected suggestions: machine-made, many, seldom edited by hand. */
export const SUGGESTION_SPEC: ItemSpec = {
  kind: 'suggestion',
  fields: [
    { key: 'kind', kind: 'enum', values: SUGGESTION_KINDS, required: true },
    { key: 'type', kind: 'string' },
    { key: 'start', kind: 'offset', required: true },
    { key: 'end', kind: 'offset', required: true },
    { key: 'text', kind: 'string', required: true },
    { key: 'score', kind: 'score', required: true },
    { key: 'engine', kind: 'string', required: true },
    { key: 'link', kind: 'string' },
    { key: 'source', kind: 'span' },
    { key: 'cue', kind: 'span' },
  ],
};
