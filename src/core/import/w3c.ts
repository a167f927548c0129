// W3C Web Annotation JSON-LD: an AnnotationCollection (pages embedded), an AnnotationPage, a list of annotations
// or one. A tagging body's value is the label ("claim" makes a claim); a describing (or assessing) body a claim's
// status, a commenting one a note, an identifying Wikidata resource a link. Targets: a TextPositionSelector
// (code points) and/or a TextQuoteSelector (exact, prefix, suffix: what finds the span when there is no
// position or it does not match); a bundle document selected first and refined (Seed Annotator's export, with
// `sa:document`). The document is named by the target's source IRI: its last path segment without `.txt`.
// W3C annotations carry no text: offsets stay in their unit and are converted against the target on import.
import type { Attribution } from '../model';
import type { ImportedClaim, ImportedDocument, ImportedEntity, ImportFile, ImportOptions, ImportUnit } from './types';
import { claimStatusOf, isClaimLabel, isObject, isOffset, nonEmpty, show, stemOf, str, unitOf, withoutBom } from './util';

type Json = Record<string, unknown>;

/** Seed Annotator's namespace for what the model has no term for (`sa:` in its W3C export). */
const SA_NAMESPACE = 'https://seed-annotator.dev/ns#';

interface Selection {
  start: number;
  end: number;
  text?: string;
  prefix?: string;
  suffix?: string;
}

interface Pending {
  readonly where: string;
  readonly annotation: Json;
  readonly selection: Selection;
}

interface Group {
  readonly name: string;
  readonly file?: string;
  readonly unit: ImportUnit;
  readonly pending: Pending[];
}

export function parseW3c(files: ReadonlyArray<ImportFile>, options: ImportOptions = {}): ImportedDocument[] {
  const documents: ImportedDocument[] = [];
  for (const f of files) {
    const warnings: string[] = [];
    let value: unknown;
    try {
      value = JSON.parse(withoutBom(f.content).text);
    } catch (e) {
      documents.push({ name: stemOf(f.path), entities: [], claims: [], warnings: [`${f.path}: not JSON (${(e as Error).message})`] });
      continue;
    }
    const annotations: Array<{ where: string; annotation: Json; unit: ImportUnit | undefined }> = [];
    collect(value, f.path, undefined, annotations, warnings, 0);
    const groups = new Map<string, Group>();
    for (const { where, annotation, unit } of annotations) {
      const target = targetOf(annotation, where, warnings);
      if (!target) continue;
      const key = `${target.source}\u0000${target.document ?? ''}`;
      let group = groups.get(key);
      if (!group) {
        const segment = lastSegment(target.source);
        const name = target.document ?? segment.replace(/\.txt$/i, '');
        group = { name, ...(target.document !== undefined ? { file: segment } : {}), unit: unit ?? options.unit ?? 'codepoints', pending: [] };
        groups.set(key, group);
      }
      group.pending.push({ where, annotation, selection: target.selection });
    }
    const made = [...groups.values()].map(documentOf);
    if (made.length === 0) made.push({ name: stemOf(f.path), entities: [], claims: [], warnings: [] });
    made[0]!.warnings.unshift(...warnings);
    documents.push(...made);
  }
  return documents;
}

const typesOf = (o: Json): string[] => {
  const t = o['type'] ?? o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};

const idOf = (o: unknown): string | undefined => (typeof o === 'string' ? o : isObject(o) ? (str(o['id']) ?? str(o['@id'])) : undefined);

/** Every annotation in a collection, page, list or graph, with where it is (file and item). */
function collect(value: unknown, where: string, unit: ImportUnit | undefined, out: Array<{ where: string; annotation: Json; unit: ImportUnit | undefined }>, warnings: string[], depth: number): void {
  if (depth > 16) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, `${where}[${i}]`, unit, out, warnings, depth + 1));
    return;
  }
  if (!isObject(value)) return void warnings.push(`${where}: not an annotation (${show(value)})`);
  const types = typesOf(value);
  const here = unitOf(value['sa:offsetUnit']) ?? unitOf(value[`${SA_NAMESPACE}offsetUnit`]) ?? unit;
  if (types.includes('Annotation') || (value['target'] !== undefined && !types.some((t) => /Collection|Page/.test(t)))) {
    out.push({ where: `${where}${idOf(value) !== undefined ? ` (${idOf(value)})` : ''}`, annotation: value, unit: here });
    return;
  }
  let found = false;
  for (const key of ['first', 'items', '@graph', 'next']) {
    const v = value[key];
    if (Array.isArray(v) || isObject(v)) {
      found = true;
      collect(v, `${where}${key === 'first' || key === 'next' ? `.${key}` : `.${key}`}`, here, out, warnings, depth + 1);
    }
  }
  if (!found && !types.some((t) => /Collection|Page/.test(t))) warnings.push(`${where}: neither an annotation nor a collection of them`);
}

/** The source IRI, the bundle document (Seed Annotator's `sa:document`) and the selected span. */
function targetOf(annotation: Json, where: string, warnings: string[]): { source: string; document?: string; selection: Selection } | undefined {
  const targets = Array.isArray(annotation['target']) ? annotation['target'] : [annotation['target']];
  for (const t of targets) {
    if (!isObject(t)) continue;
    const source = idOf(t['source']);
    if (source === undefined) continue;
    const selectors = list(t['selector']);
    let base = 0;
    let inner = selectors;
    const document = nonEmpty(t['sa:document']) ?? nonEmpty(t[`${SA_NAMESPACE}document`]);
    // A selector refined by others: the outer one selects the document, the inner ones are relative to it.
    const outer = selectors.find((s) => isObject(s) && s['refinedBy'] !== undefined);
    if (isObject(outer)) {
      inner = list(outer['refinedBy']);
      if (document === undefined && typesOf(outer).includes('TextPositionSelector') && isOffset(outer['start'])) base = outer['start'];
    }
    const selection = selectionOf(inner, base);
    if (!selection) {
      warnings.push(`${where}: its target selects no text span (no TextPositionSelector nor TextQuoteSelector)`);
      return undefined;
    }
    return { source, ...(document !== undefined ? { document } : {}), selection };
  }
  warnings.push(`${where}: no target with a source`);
  return undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function selectionOf(selectors: readonly unknown[], base: number): Selection | undefined {
  let position: { start: number; end: number } | undefined;
  let quote: { exact: string; prefix?: string; suffix?: string } | undefined;
  for (const s of selectors) {
    if (!isObject(s)) continue;
    const types = typesOf(s);
    if (types.includes('TextPositionSelector') && isOffset(s['start']) && isOffset(s['end']) && s['end'] > s['start']) position ??= { start: base + s['start'], end: base + s['end'] };
    if (types.includes('TextQuoteSelector') && typeof s['exact'] === 'string' && s['exact'] !== '') {
      const prefix = nonEmpty(s['prefix']);
      const suffix = nonEmpty(s['suffix']);
      quote ??= { exact: s['exact'], ...(prefix !== undefined ? { prefix } : {}), ...(suffix !== undefined ? { suffix } : {}) };
    }
  }
  if (!position && !quote) return undefined;
  return {
    start: position?.start ?? -1,
    end: position?.end ?? -1,
    ...(quote ? { text: quote.exact } : {}),
    ...(quote?.prefix !== undefined ? { prefix: quote.prefix } : {}),
    ...(quote?.suffix !== undefined ? { suffix: quote.suffix } : {}),
  };
}

function sa(annotation: Json, key: string): unknown {
  return annotation[`sa:${key}`] ?? annotation[`${SA_NAMESPACE}${key}`];
}

function documentOf(group: Group): ImportedDocument {
  const warnings: string[] = [];
  const entities: ImportedEntity[] = [];
  const claims: ImportedClaim[] = [];
  const entityByIri = new Map<string, number>();
  const claimSources: Array<{ claim: ImportedClaim; iri: string; where: string }> = [];
  for (const { where, annotation, selection } of group.pending) {
    const bodies = list(annotation['body']);
    if (typeof annotation['bodyValue'] === 'string') bodies.push({ type: 'TextualBody', value: annotation['bodyValue'] });
    const motivation = list(annotation['motivation']).filter((m): m is string => typeof m === 'string');
    let label: string | undefined;
    let status: ImportedClaim['status'];
    let note: string | undefined;
    let link: string | undefined;
    for (const b of bodies) {
      if (typeof b === 'string') {
        link ??= wikidataLink(b);
        continue;
      }
      if (!isObject(b)) continue;
      const purpose = list(b['purpose']).filter((p): p is string => typeof p === 'string');
      const is = (p: string) => purpose.includes(p) || (purpose.length === 0 && motivation.includes(p));
      const value = str(b['value']) ?? str(b['chars']);
      if (value !== undefined && is('tagging')) label ??= value.trim();
      else if (value !== undefined && (is('describing') || is('assessing') || is('classifying')) && claimStatusOf(value)) status ??= claimStatusOf(value);
      else if (value !== undefined && (is('commenting') || is('describing'))) note ??= value;
      else if (is('identifying') || is('linking')) link ??= wikidataLink(idOf(b['source']) ?? idOf(b) ?? '');
      else if (value !== undefined && purpose.length === 0 && !label) label = value.trim();
    }
    status ??= claimStatusOf(sa(annotation, 'status'));
    const canonical = nonEmpty(sa(annotation, 'canonical'));
    if (canonical !== undefined) link = canonical;
    const kind = str(sa(annotation, 'kind'));
    const isClaim = kind === 'claim' || (label !== undefined && isClaimLabel(label)) || (label === undefined && status !== undefined);
    const span = { start: selection.start, end: selection.end, ...(selection.text !== undefined ? { text: selection.text } : {}), ...(selection.prefix !== undefined ? { prefix: selection.prefix } : {}), ...(selection.suffix !== undefined ? { suffix: selection.suffix } : {}) };
    const more = { ...(note !== undefined ? { note } : {}), ...(link !== undefined ? { link } : {}) };
    if (!isClaim) {
      if (label === undefined) {
        warnings.push(`${where}: no tagging body (a label): not imported`);
        continue;
      }
      const iri = idOf(annotation);
      if (iri !== undefined) entityByIri.set(iri, entities.length);
      entities.push({ ...span, label, ...more });
      continue;
    }
    const claim: ImportedClaim = { ...span, ...(status ? { status } : {}), ...more };
    const source = sa(annotation, 'source');
    if (isObject(source)) {
      const text = nonEmpty(source['sa:text']) ?? nonEmpty(source[`${SA_NAMESPACE}text`]);
      if (text !== undefined) claim.source = { text: text.trim() };
      const iri = idOf(source['sa:entity'] ?? source[`${SA_NAMESPACE}entity`]);
      if (iri !== undefined) claimSources.push({ claim, iri, where });
    }
    const cue = selectionOf(list(sa(annotation, 'cue')), 0);
    if (cue) claim.cue = { start: cue.start, end: cue.end, ...(cue.text !== undefined ? { text: cue.text } : {}) };
    const attribution = str(sa(annotation, 'attribution'));
    if (attribution === 'direct' || attribution === 'indirect') claim.attribution = attribution as Attribution;
    const checkworthy = sa(annotation, 'checkworthy');
    if (typeof checkworthy === 'boolean') claim.checkworthy = checkworthy;
    claims.push(claim);
  }
  for (const { claim, iri, where } of claimSources) {
    const index = entityByIri.get(iri);
    if (index !== undefined) claim.source = { ...claim.source, entityIndex: index };
    else warnings.push(`${where}: its source ${iri} is no entity annotation of the same document`);
  }
  return { name: group.name, ...(group.file !== undefined ? { file: group.file } : {}), unit: group.unit, entities, claims, warnings };
}

/** A Wikidata entity IRI as a link (`Wikidata:Q1297`); another IRI as it is. */
function wikidataLink(iri: string): string | undefined {
  if (iri === '') return undefined;
  const m = /^https?:\/\/(?:www\.)?wikidata\.org\/(?:entity|wiki)\/(Q[1-9]\d*)$/.exec(iri);
  return m ? `Wikidata:${m[1]}` : iri;
}

/** The last path segment of an IRI, percent-decoded. */
function lastSegment(iri: string): string {
  const path = iri.replace(/[?#].*$/, '');
  const segment = path.slice(path.lastIndexOf('/') + 1) || path;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
