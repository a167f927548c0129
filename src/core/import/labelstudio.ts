// Label Studio tasks (JSON: a list of tasks, one task, or JSON Lines): `data.text` (or the first string in
// `data`), `annotations[].result[]`: `labels` regions (any from_name; CLAIM makes a claim, CUE a cue), per-region
// `choices` (a claim's status) and `textarea` (a note), `relation`s labelled source (or cue). Cancelled
// annotations are skipped, predictions too unless asked. Offsets count code points.
import type { ImportedClaim, ImportedDocument, ImportedEntity, ImportFile, ImportOptions } from './types';
import { attachWarnings, extras } from './jsonl';
import { at, claimStatusOf, isClaimLabel, isCueLabel, isObject, nonEmpty, records, show, SpanReader, stemOf, str, unitOf, withoutBom } from './util';

export function parseLabelStudio(files: ReadonlyArray<ImportFile>, options: ImportOptions = {}): ImportedDocument[] {
  const documents: ImportedDocument[] = [];
  for (const f of files) {
    // Label Studio exports and our export folder hold a labeling config beside the tasks.
    if (/\.(xml|conf|txt)$/i.test(f.path)) continue;
    const fileWarnings: string[] = [];
    const first = documents.length;
    for (const { line, value } of tasksOf(f, fileWarnings)) {
      const doc = parseTask(f.path, line, value, options);
      if (doc) documents.push(doc);
      else fileWarnings.push(`${at(f.path, line)}: no text in "data": not a text task`);
    }
    attachWarnings(documents, first, fileWarnings, f.path);
  }
  return documents;
}

function* tasksOf(f: ImportFile, warnings: string[]): Generator<{ line: number; value: Record<string, unknown> }> {
  const body = withoutBom(f.content).text.trim();
  if (body.startsWith('{')) {
    // One task, or { "tasks": [...] }; else JSON Lines.
    try {
      const value: unknown = JSON.parse(body);
      if (isObject(value) && Array.isArray(value['tasks'])) return yield* records(f.path, JSON.stringify(value['tasks']), warnings);
      if (isObject(value)) return yield { line: 1, value };
    } catch {
      // JSON Lines, read below.
    }
  }
  yield* records(f.path, body, warnings);
}

interface Region {
  readonly kind: 'entity' | 'claim' | 'cue';
  readonly index: number;
  readonly span: { start: number; end: number; text: string };
}

function parseTask(path: string, line: number, task: Record<string, unknown>, options: ImportOptions): ImportedDocument | undefined {
  const data = isObject(task['data']) ? task['data'] : undefined;
  if (!data) return undefined;
  const text = str(data['text']) ?? Object.values(data).find((v): v is string => typeof v === 'string');
  if (text === undefined) return undefined;
  const taskName = task['id'] !== undefined ? `task ${show(task['id'])}` : `task ${line}`;
  const where = `${at(path, line)} (${taskName})`;
  const warnings: string[] = [];
  const reader = new SpanReader(text, unitOf(data['offsets']) ?? options.unit ?? 'codepoints', warnings);
  const entities: ImportedEntity[] = [];
  const claims: ImportedClaim[] = [];
  const cues: Array<{ start: number; end: number; text: string }> = [];
  const sets: Array<{ what: string; result: unknown }> = [];
  const annotations = Array.isArray(task['annotations']) ? task['annotations'] : Array.isArray(task['completions']) ? task['completions'] : [];
  annotations.forEach((a: unknown, n) => {
    if (!isObject(a)) return void warnings.push(`${where}: annotations[${n}] is not an object`);
    if (a['was_cancelled'] === true) return;
    sets.push({ what: `annotations[${n}]`, result: a['result'] });
  });
  if (options.predictions && Array.isArray(task['predictions'])) {
    task['predictions'].forEach((p: unknown, n) => {
      if (isObject(p)) sets.push({ what: `predictions[${n}]`, result: p['result'] });
    });
  }
  let usedCues = 0;
  for (const { what, result } of sets) {
    if (!Array.isArray(result)) {
      warnings.push(`${where}: ${what}.result is not a list`);
      continue;
    }
    // Regions by id within one annotation: choices, text areas and relations refer to them.
    const regions = new Map<unknown, Region>();
    const later: Array<{ item: Record<string, unknown>; n: number }> = [];
    result.forEach((item: unknown, n) => {
      const here = `${what}.result[${n}]`;
      if (!isObject(item)) return void warnings.push(`${where}: ${here} is not an object`);
      const value = isObject(item['value']) ? item['value'] : undefined;
      const type = str(item['type']) ?? '';
      const labels = value && Array.isArray(value['labels']) ? value['labels'].filter((l): l is string => typeof l === 'string' && l.trim() !== '') : undefined;
      if (!labels || !/labels$/i.test(type)) return void later.push({ item, n });
      if (!value || labels.length === 0) return void warnings.push(`${where}: ${here} has no label`);
      if (labels.length > 1) warnings.push(`${where}: ${here} has ${labels.length} labels: the first (${labels[0]}) is imported`);
      const label = labels[0]!.trim();
      const span = reader.read(where, here, value['start'], value['end'], value['text']);
      if (!span) return;
      let region: Region;
      if (isClaimLabel(label)) {
        region = { kind: 'claim', index: claims.length, span };
        claims.push({ ...span, ...extras(value) });
      } else if (isCueLabel(label)) {
        region = { kind: 'cue', index: cues.length, span };
        cues.push(span);
      } else {
        region = { kind: 'entity', index: entities.length, span };
        entities.push({ ...span, label, ...extras(value) });
      }
      if (item['id'] !== undefined) regions.set(item['id'], region);
    });
    for (const { item, n } of later) {
      const here = `${what}.result[${n}]`;
      const type = str(item['type']) ?? '';
      const value = isObject(item['value']) ? item['value'] : {};
      if (type === 'relation') {
        const a = regions.get(item['from_id']);
        const b = regions.get(item['to_id']);
        const labels = Array.isArray(item['labels']) ? item['labels'].filter((l): l is string => typeof l === 'string') : [];
        if (!a || !b) {
          warnings.push(`${where}: ${here}: a relation between regions that are not imported`);
          continue;
        }
        const claimEnd = a.kind === 'claim' ? a : b.kind === 'claim' ? b : undefined;
        const other = claimEnd === a ? b : a;
        const claim = claimEnd ? claims[claimEnd.index]! : undefined;
        // Labelled source (or cue), or unlabelled between a claim and an entity (or a cue).
        const labelled = (name: string) => labels.length === 0 || labels.some((l) => l.trim().toLowerCase() === name);
        if (claim && other.kind === 'entity' && labelled('source')) claim.source = { ...claim.source, entityIndex: other.index };
        else if (claim && other.kind === 'cue' && labelled('cue')) {
          claim.cue = other.span;
          usedCues++;
        } else warnings.push(`${where}: ${here}: relation ${labels.join(', ') || '(no label)'} is not a claim's source or cue: not imported`);
        continue;
      }
      const region = regions.get(item['id']);
      if (type === 'choices') {
        const choice = Array.isArray(value['choices']) ? value['choices'].find((c): c is string => typeof c === 'string') : undefined;
        if (!region) {
          // A choice about the whole task (not per region): nothing of ours to put it on.
          warnings.push(`${where}: ${here}: a choice (${show(choice)}) for the whole task, not a region: not imported`);
          continue;
        }
        const status = claimStatusOf(choice);
        if (region.kind === 'claim' && status) claims[region.index]!.status = status;
        else warnings.push(`${where}: ${here}: choice ${show(choice)} is not a status of a claim: not imported`);
      } else if (type === 'textarea') {
        const note = Array.isArray(value['text']) ? value['text'].filter((t): t is string => typeof t === 'string').join('\n') : str(value['text']);
        const target = region && region.kind !== 'cue' ? (region.kind === 'claim' ? claims[region.index]! : entities[region.index]!) : undefined;
        if (!target || !nonEmpty(note)) {
          warnings.push(`${where}: ${here}: a text area not about an imported region: not imported`);
          continue;
        }
        // A text area named source gives a claim's source as text; any other, a note.
        if (/source/i.test(str(item['from_name']) ?? '') && region?.kind === 'claim') (target as ImportedClaim).source = { ...(target as ImportedClaim).source, text: note!.trim() };
        else target.note = note!;
      } else {
        warnings.push(`${where}: ${here}: a result of type ${JSON.stringify(type)} is not imported`);
      }
    }
  }
  if (cues.length > usedCues) warnings.push(`${where}: ${cues.length - usedCues} CUE region(s) linked to no claim: not imported`);
  const meta = isObject(task['meta']) ? task['meta'] : {};
  const document = nonEmpty(data['document']) ?? nonEmpty(meta['document']);
  const file = nonEmpty(data['file']) ?? nonEmpty(meta['file']) ?? nonEmpty(task['file_upload']);
  const name = document ?? (file !== undefined ? stemOf(file) : undefined) ?? nonEmpty(data['name']) ?? taskName;
  return { name, ...(file !== undefined && document !== undefined ? { file } : {}), text, entities, claims, warnings };
}
