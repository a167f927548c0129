// Opening an annotated document: its documents, its sidecar (fast path first), annotations re-anchored when the
// text no longer matches, and the live model that edits then keep in step. Shared by the editor and the bench.
import { LiveAnnotations } from './anchoring/live';
import { reanchor, type AnchorResult } from './anchoring/reanchor';
import type { SeedConfig } from './config';
import { recognize, type RecognizedFile } from './documents';
import { emptySidecar, type Sidecar } from './model';
import { hasErrors, type Problem } from './problems';
import type { ReadResult } from './sidecar/read';
import { validateSidecar } from './sidecar/validate';

export interface OpenedDocument {
  readonly file: RecognizedFile;
  /** The sidecar as read; undefined when there is none yet. */
  readonly read: ReadResult | undefined;
  /** Every problem of the sidecar (for the Problems panel): the checks `validate` runs, but those about the text. */
  readonly reported: Problem[];
  /** Errors among them: they stop saving (the sidecar is never written over while there are any). */
  readonly problems: Problem[];
  /** The annotations as they stand over the text (re-anchored if the text changed on disk). */
  readonly sidecar: Sidecar;
  readonly live: LiveAnnotations;
  /** Set when the text did not match the sidecar and annotations were looked for again. */
  readonly reanchored?: AnchorResult[];
}

export function openDocument(text: string, yamlText: string | undefined, fileName: string, config: SeedConfig): OpenedDocument {
  const file = recognize(text, { fileName, delimiters: config.delimiters, boilerplate: config.boilerplate });
  if (yamlText === undefined) {
    const sidecar = emptySidecar(fileName.split(/[\\/]/).pop());
    return { file, read: undefined, reported: [], problems: [], sidecar, live: new LiveAnnotations(sidecar) };
  }
  // The same checks as `validate` (duplicate ids, references...), without the text: offsets that no longer
  // match it are what re-anchoring is for.
  const { read, problems: reported } = validateSidecar(yamlText, undefined, fileName, config);
  const problems = reported.filter((p) => p.severity === 'error');
  const base = read.sidecar ?? emptySidecar();
  if (hasErrors(problems)) return { file, read, reported, problems, sidecar: base, live: new LiveAnnotations(base) };
  // Checking every span is cheaper than hashing the text, and it is what matters.
  const stale = [...base.entities, ...base.claims].some((a) => !a.orphan && !text.startsWith(a.text, a.start));
  if (!stale) return { file, read, reported, problems, sidecar: base, live: new LiveAnnotations(base) };
  const outcome = reanchor(base, text, file);
  return { file, read, reported, problems, sidecar: outcome.sidecar, live: new LiveAnnotations(outcome.sidecar), reanchored: outcome.results };
}

/** Offsets to draw, per entity type and per claim status (orphans are not drawn). */
export function spansByKind(opened: { readonly sidecar: Sidecar; readonly live: LiveAnnotations }): Map<string, Array<[number, number]>> {
  const out = new Map<string, Array<[number, number]>>();
  const add = (kind: string, start: number, end: number) => {
    let list = out.get(kind);
    if (!list) out.set(kind, (list = []));
    list.push([start, end]);
  };
  const types = new Map(opened.sidecar.entities.map((e) => [e.id, e.type]));
  const statuses = new Map(opened.sidecar.claims.map((c) => [c.id, c.status]));
  for (const span of opened.live.entities) add(`entity:${types.get(span.key)}`, span.start, span.end);
  for (const span of opened.live.claims) add(`claim:${statuses.get(span.key)}`, span.start, span.end);
  for (const span of opened.live.cues) add('cue', span.start, span.end);
  return out;
}
