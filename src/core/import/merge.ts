// Putting what another tool annotated into a seed file's sidecar: each span placed on the file's text (directly
// when the tool's text is the document's, else by the anchoring rules: exact, moved, fuzzy, never a guess far
// away), then merged by span and label with what is there. Nothing already there is overwritten unless asked.
import { makeClaim, makeEntity, SpanError, type IdsInUse } from '../annotate';
import { reanchor } from '../anchoring/reanchor';
import { similarity } from '../anchoring/similarity';
import { contextOf } from '../context';
import { recognize, type RecognizedFile, type SeedDocument } from '../documents';
import { compareSpans, emptySidecar, type Claim, type ClaimSource, type Cue, type Entity, type Sidecar } from '../model';
import { baseName } from '../seedName';
import { matchDocument } from './match';
import type { ImportedClaim, ImportedDocument, ImportedEntity } from './types';
import { CodePoints, sameText } from './util';

export interface ImportMergeOptions {
  /** In a bundle, the document the import goes into (else the document whose name or text matches). */
  readonly documentId?: string;
  /** The labels entities may have (`seedAnnotator.labels`); a label differing only in case is taken as the known one. */
  readonly labels: readonly string[];
  /** An entity on a span that has one of another label already: skipped (default) or relabelled (asked by the user). */
  readonly conflicts?: 'skip' | 'replace';
  /** The file as recognized with the workspace's delimiter settings (default: the built-in delimiters). */
  readonly file?: RecognizedFile;
  /** The workspace's canonical entities: `Wikidata:Q…` links become the ids of the entities with that Wikidata id. */
  readonly corpus?: { readonly entities: ReadonlyArray<{ readonly id: string; readonly wikidata?: string }> };
}

export interface ImportReport {
  /** Annotations added. */
  imported: number;
  /** Annotations that were there already (same span and label; for claims the same span): not added again. */
  merged: number;
  /** Entities relabelled (only with `conflicts: 'replace'`). */
  replaced: number;
  skipped: Array<{ text: string; reason: string }>;
  /** How the added and merged ones were placed on the text. */
  placed: { exact: number; moved: number; fuzzy: number };
  /** Details lost on the way (a cue not found, a link naming no canonical entity). */
  warnings: string[];
}

export interface ImportResult {
  readonly sidecar: Sidecar;
  readonly report: ImportReport;
}

type Status = 'exact' | 'moved' | 'fuzzy';

/** An imported span's place in the file (UTF-16 file offsets), or why it has none. */
type Placement = { readonly start: number; readonly end: number; readonly status: Status } | { readonly reason: string };

/** An imported span in the import's own coordinates, made UTF-16 (`start` -1: only its text is known). */
interface Wanted {
  readonly start: number;
  readonly end: number;
  /** The text to find: from the import's text, else as the source gives it. */
  readonly quote: string | undefined;
  readonly prefix?: string;
  readonly suffix?: string;
}

export function importIntoSidecar(existing: Sidecar | undefined, fileText: string, fileName: string, imported: ImportedDocument, options: ImportMergeOptions): ImportResult {
  const file = options.file ?? recognize(fileText, { fileName });
  const report: ImportReport = { imported: 0, merged: 0, replaced: 0, skipped: [], placed: { exact: 0, moved: 0, fuzzy: 0 }, warnings: [] };
  const base = existing ?? emptySidecar(baseName(fileName));
  const doc = targetDocument(file, fileText, fileName, imported, options.documentId);
  if (typeof doc === 'string') {
    for (const a of [...imported.entities, ...imported.claims]) report.skipped.push({ text: describe(a, imported), reason: doc });
    return { sidecar: base, report };
  }
  const bundle = file.kind === 'bundle';
  const body = fileText.slice(doc.bodyStart, doc.bodyEnd);

  // Where the import's offsets start in the file when its text is the file's own.
  const direct = imported.text === undefined ? doc.bodyStart : imported.text === body ? doc.bodyStart : imported.text === fileText ? 0 : undefined;
  const points = imported.text === undefined && imported.unit === 'codepoints' ? new CodePoints(body) : undefined;
  const toUtf16 = (n: number) => (n < 0 || !points ? n : points.utf16(n));
  const wanted = (a: ImportedEntity | ImportedClaim): Wanted => {
    const start = toUtf16(a.start);
    const end = toUtf16(a.end);
    const source = imported.text;
    if (source !== undefined && start >= 0 && end <= source.length && end > start) {
      const quote = source.slice(start, end);
      // The import's text gives the context: the same rules as a span whose text changed since it was saved.
      return direct !== undefined ? { start, end, quote } : { start, end, quote, ...contextOf(source, start, end) };
    }
    return { start, end, quote: a.text, ...(a.prefix !== undefined ? { prefix: a.prefix } : {}), ...(a.suffix !== undefined ? { suffix: a.suffix } : {}) };
  };
  const items: Array<{ kind: 'entity' | 'claim'; index: number; want: Wanted }> = [
    ...imported.entities.map((e, index) => ({ kind: 'entity' as const, index, want: wanted(e) })),
    ...imported.claims.map((c, index) => ({ kind: 'claim' as const, index, want: wanted(c) })),
  ];
  const placements = placeAll(items.map((i) => i.want), fileText, file, doc, direct, imported.text !== undefined && direct === undefined);
  const entityPlaces = placements.slice(0, imported.entities.length);
  const claimPlaces = placements.slice(imported.entities.length);

  // Merging.
  const entities: Entity[] = [...base.entities];
  const claims: Claim[] = [...base.claims];
  const taken = new Set<string>([...entities.map((e) => e.id), ...claims.map((c) => c.id)]);
  const entityIds = new Set(entities.map((e) => e.id));
  const ids: IdsInUse = { has: (id) => taken.has(id), isEntity: (id) => entityIds.has(id) };
  // (Into a whole bundle's text, document id '': spans are file offsets, the same span is the same place.)
  const inDoc = (a: { doc?: string; orphan?: boolean; start: number; end: number }) =>
    !a.orphan && (doc.id === '' || (bundle && a.doc !== undefined ? a.doc === doc.id : a.start >= doc.bodyStart && a.end <= doc.bodyEnd));
  const spanKey = (s: number, e: number) => `${s}:${e}`;
  const entitiesAt = new Map<string, number[]>();
  entities.forEach((e, i) => {
    if (!inDoc(e)) return;
    const key = spanKey(e.start, e.end);
    entitiesAt.set(key, [...(entitiesAt.get(key) ?? []), i]);
  });
  const claimsAt = new Map<string, number>();
  claims.forEach((c, i) => inDoc(c) && !claimsAt.has(spanKey(c.start, c.end)) && claimsAt.set(spanKey(c.start, c.end), i));
  const labelOf = new Map<string, string>();
  for (const l of options.labels) {
    if (!labelOf.has(l)) labelOf.set(l, l);
    if (!labelOf.has(l.toLowerCase())) labelOf.set(l.toLowerCase(), l);
  }
  const count = (status: Status) => report.placed[status]++;
  /** The sidecar id each imported entity ended up as (added or merged). */
  const entityIdOf: Array<string | undefined> = [];

  imported.entities.forEach((e, i) => {
    const place = entityPlaces[i]!;
    if ('reason' in place) return void report.skipped.push({ text: describe(e, imported), reason: place.reason });
    const text = fileText.slice(place.start, place.end);
    const label = labelOf.get(e.label) ?? labelOf.get(e.label.toLowerCase());
    if (label === undefined) return void report.skipped.push({ text, reason: `unknown label "${e.label}" (not one of the labels)` });
    const link = resolveLink(e.link, options, report, text);
    const key = spanKey(place.start, place.end);
    const there = (entitiesAt.get(key) ?? []).map((j) => ({ j, entity: entities[j]! }));
    const same = there.find((x) => x.entity.type === label);
    if (same) {
      const filled: Entity = { ...same.entity, ...(same.entity.link === undefined && link !== undefined ? { link } : {}), ...(same.entity.note === undefined && e.note !== undefined ? { note: e.note } : {}) };
      entities[same.j] = filled;
      entityIdOf[i] = filled.id;
      report.merged++;
      return void count(place.status);
    }
    if (there.length > 0) {
      const other = there[0]!;
      if (options.conflicts !== 'replace') return void report.skipped.push({ text, reason: `conflicts with ${other.entity.type} already there` });
      entities[other.j] = { ...other.entity, type: label, ...(other.entity.link === undefined && link !== undefined ? { link } : {}), ...(other.entity.note === undefined && e.note !== undefined ? { note: e.note } : {}) };
      entityIdOf[i] = other.entity.id;
      report.replaced++;
      return void count(place.status);
    }
    try {
      const made = makeEntity(fileText, file, ids, { start: place.start, end: place.end, type: label, ...(link !== undefined ? { link } : {}), ...(e.note !== undefined ? { note: e.note } : {}) });
      taken.add(made.id);
      entityIds.add(made.id);
      entitiesAt.set(key, [...(entitiesAt.get(key) ?? []), entities.length]);
      entities.push(made);
      entityIdOf[i] = made.id;
      report.imported++;
      count(place.status);
    } catch (err) {
      if (!(err instanceof SpanError)) throw err;
      report.skipped.push({ text, reason: err.message });
    }
  });

  imported.claims.forEach((c, i) => {
    const place = claimPlaces[i]!;
    if ('reason' in place) return void report.skipped.push({ text: describe(c, imported), reason: place.reason });
    const text = fileText.slice(place.start, place.end);
    const cue = c.cue ? placeCue(c, items[imported.entities.length + i]!.want, place, fileText, doc, imported, toUtf16) : undefined;
    if (c.cue && !cue) report.warnings.push(`the cue ${JSON.stringify(c.cue.text ?? imported.text?.slice(toUtf16(c.cue.start), toUtf16(c.cue.end)) ?? '')} of the claim "${short(text)}" was not found near it: left out`);
    const source = sourceOf(c, entityIdOf, imported);
    const link = c.link;
    const key = spanKey(place.start, place.end);
    const at = claimsAt.get(key);
    if (at !== undefined) {
      const was = claims[at]!;
      claims[at] = {
        ...was,
        ...(was.source === undefined && source ? { source } : {}),
        ...(was.cue === undefined && cue ? { cue } : {}),
        ...(was.attribution === undefined && c.attribution !== undefined ? { attribution: c.attribution } : {}),
        ...(was.checkworthy === undefined && c.checkworthy !== undefined ? { checkworthy: c.checkworthy } : {}),
        ...(was.note === undefined && c.note !== undefined ? { note: c.note } : {}),
        ...(was.link === undefined && link !== undefined ? { link } : {}),
      };
      report.merged++;
      return void count(place.status);
    }
    try {
      const made = makeClaim(fileText, file, ids, {
        start: place.start,
        end: place.end,
        ...(c.status !== undefined ? { status: c.status } : {}),
        ...(source ? { source } : {}),
        ...(cue ? { cue: { start: cue.start, end: cue.end } } : {}),
        ...(c.attribution !== undefined ? { attribution: c.attribution } : {}),
        ...(c.checkworthy !== undefined ? { checkworthy: c.checkworthy } : {}),
        ...(c.note !== undefined ? { note: c.note } : {}),
      });
      const claim: Claim = link !== undefined ? { ...made, link } : made;
      taken.add(claim.id);
      claimsAt.set(key, claims.length);
      claims.push(claim);
      report.imported++;
      count(place.status);
    } catch (err) {
      if (!(err instanceof SpanError)) throw err;
      report.skipped.push({ text, reason: err.message });
    }
  });
  return { sidecar: { ...base, entities: entities.sort(compareSpans), claims: claims.sort(compareSpans) }, report };
}

/** The document the import goes into: the one named, the only one, or the one whose name or text matches. */
function targetDocument(file: RecognizedFile, fileText: string, fileName: string, imported: ImportedDocument, documentId: string | undefined): SeedDocument | string {
  if (documentId !== undefined) return file.documents.find((d) => d.id === documentId) ?? `no document "${documentId}" in ${baseName(fileName)}`;
  if (file.documents.length === 1) return file.documents[0]!;
  const candidates = file.documents.map((d) => ({ file: fileName, documentId: d.id, text: fileText.slice(d.bodyStart, d.bodyEnd), doc: d }));
  const found = matchDocument(imported, candidates);
  if (found) return found.doc;
  // The whole bundle's text: each span tells its document (place() checks it lies in one).
  if (imported.text === fileText) return { id: '', start: 0, end: fileText.length, bodyStart: 0, bodyEnd: fileText.length, boilerplate: [] };
  return `no document of ${baseName(fileName)} is "${imported.name}" (name the document to import into)`;
}

/**
 * Places every wanted span. `direct`: where the import's offsets start in the file when its text is the file's
 * (each span is taken where its offsets say when its text is there). `anchor`: the import's text differs from
 * the document's: every span is found by the anchoring rules, with its context from the import's text.
 */
function placeAll(wanted: readonly Wanted[], fileText: string, file: RecognizedFile, doc: SeedDocument, direct: number | undefined, anchor: boolean): Placement[] {
  const out: Array<Placement | undefined> = new Array(wanted.length);
  const scope = { start: doc.bodyStart, end: doc.bodyEnd };
  const toAnchor: number[] = [];
  wanted.forEach((w, i) => {
    if (w.quote === '' || (w.start >= 0 && w.end <= w.start)) return void (out[i] = { reason: 'an empty span' });
    if (w.start < 0) {
      if (w.quote === undefined) return void (out[i] = { reason: 'no offsets and no text' });
      return void (out[i] = byQuote(w.quote, w.prefix, w.suffix, fileText, scope));
    }
    if (!anchor && direct !== undefined) {
      const start = direct + w.start;
      const end = direct + w.end;
      const inside = start >= scope.start && end <= scope.end;
      if (inside && (w.quote === undefined || sameText(fileText.slice(start, end), w.quote))) return void (out[i] = { start, end, status: 'exact' });
      if (w.quote === undefined) return void (out[i] = { reason: `offsets ${w.start}..${w.end} are outside the document (${scope.end - scope.start} characters)` });
    }
    toAnchor.push(i);
  });
  if (toAnchor.length > 0) {
    // One re-anchoring of them all, as if they had been saved against the import's text at the same offsets:
    // placed spans vouch for where their neighbours moved.
    const offset = direct ?? doc.bodyStart;
    const bundle = file.kind === 'bundle' && doc.id !== '';
    const probe: Entity[] = toAnchor.map((i, n) => {
      const w = wanted[i]!;
      const start = Math.max(scope.start, Math.min(scope.end, offset + w.start));
      return {
        id: `i${n}`,
        type: 'IMPORT',
        start,
        end: start + w.quote!.length,
        text: w.quote!,
        ...(w.prefix !== undefined ? { prefix: w.prefix } : {}),
        ...(w.suffix !== undefined ? { suffix: w.suffix } : {}),
        ...(bundle ? { doc: doc.id } : {}),
      };
    });
    const outcome = reanchor({ ...emptySidecar(), entities: probe }, fileText, file);
    const results = new Map(outcome.results.map((r) => [r.id, r]));
    outcome.sidecar.entities.forEach((e, n) => {
      const i = toAnchor[n]!;
      const result = results.get(e.id);
      const inScope = e.start >= scope.start && e.end <= scope.end;
      out[i] = e.orphan || !result || result.status === 'orphan' || !inScope ? { reason: 'text not found' } : { start: e.start, end: e.end, status: result.status };
    });
  }
  return out.map((p) => p ?? { reason: 'text not found' });
}

/**
 * A span known by its text only (a W3C TextQuoteSelector): the copy whose context matches exactly, else the one
 * whose context is most alike (at least half), else the only copy when no context is given. Never one of
 * several copies that nothing tells apart.
 */
function byQuote(quote: string, prefix: string | undefined, suffix: string | undefined, fileText: string, scope: { start: number; end: number }): Placement {
  const copies: number[] = [];
  for (let at = fileText.indexOf(quote, scope.start); at >= 0 && at + quote.length <= scope.end; at = fileText.indexOf(quote, at + 1)) copies.push(at);
  if (copies.length === 0) return { reason: 'text not found' };
  const placed = (start: number): Placement => ({ start, end: start + quote.length, status: 'exact' });
  if (prefix === undefined && suffix === undefined) {
    return copies.length === 1 ? placed(copies[0]!) : { reason: `text found ${copies.length} times, with no context to tell which` };
  }
  const before = (at: number) => fileText.slice(Math.max(scope.start, at - (prefix?.length ?? 0)), at);
  const after = (at: number) => fileText.slice(at + quote.length, Math.min(scope.end, at + quote.length + (suffix?.length ?? 0)));
  const exact = copies.filter((at) => (prefix === undefined || before(at) === prefix) && (suffix === undefined || after(at) === suffix));
  if (exact.length === 1) return placed(exact[0]!);
  const scored = copies
    .map((at) => {
      const sides = [prefix !== undefined ? similarity(prefix, before(at)) : undefined, suffix !== undefined ? similarity(suffix, after(at)) : undefined].filter((x): x is number => x !== undefined);
      return { at, score: sides.reduce((a, b) => a + b, 0) / sides.length };
    })
    .sort((x, y) => y.score - x.score);
  const best = scored[0]!;
  if (best.score >= 0.5 && (scored.length === 1 || scored[1]!.score < best.score)) return { start: best.at, end: best.at + quote.length, status: 'moved' };
  return { reason: exact.length > 1 ? `text found ${exact.length} times in the same context` : 'text not found' };
}

/** A claim's cue: as far from the claim as in the import, else the nearest copy of its text near the claim. */
function placeCue(c: ImportedClaim, want: Wanted, place: { start: number; end: number }, fileText: string, doc: SeedDocument, imported: ImportedDocument, toUtf16: (n: number) => number): Cue | undefined {
  const cue = c.cue!;
  const cs = toUtf16(cue.start);
  const ce = toUtf16(cue.end);
  const known = cs >= 0 && ce > cs;
  const text = (known && imported.text !== undefined && ce <= imported.text.length ? imported.text.slice(cs, ce) : undefined) ?? cue.text;
  const inDoc = (s: number, e: number) => s >= doc.bodyStart && e <= doc.bodyEnd;
  if (known && want.start >= 0) {
    const start = place.start + (cs - want.start);
    const end = start + (ce - cs);
    if (inDoc(start, end) && (text === undefined || sameText(fileText.slice(start, end), text))) return { start, end, text: fileText.slice(start, end) };
  }
  if (text === undefined || text === '') return undefined;
  // The copy nearest to where it should be, within a sentence's reach of the claim.
  const expected = known && want.start >= 0 ? place.start + (cs - want.start) : place.start;
  const from = Math.max(doc.bodyStart, place.start - 200);
  const to = Math.min(doc.bodyEnd, place.end + 200);
  let best: number | undefined;
  for (let at = fileText.indexOf(text, from); at >= 0 && at + text.length <= to; at = fileText.indexOf(text, at + 1)) {
    if (best === undefined || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
  }
  return best === undefined ? undefined : { start: best, end: best + text.length, text };
}

/** A claim's source: the sidecar entity its imported source entity became, and/or its text. */
function sourceOf(c: ImportedClaim, entityIdOf: ReadonlyArray<string | undefined>, imported: ImportedDocument): ClaimSource | undefined {
  if (!c.source) return undefined;
  const index = c.source.entityIndex;
  const entity = index !== undefined ? entityIdOf[index] : undefined;
  // A source entity that was not imported leaves its text as the source's.
  const text = c.source.text ?? (index !== undefined && entity === undefined ? sourceEntityText(imported, index) : undefined);
  if (entity === undefined && text === undefined) return undefined;
  return { ...(entity !== undefined ? { entity } : {}), ...(text !== undefined ? { text } : {}) };
}

function sourceEntityText(imported: ImportedDocument, index: number): string | undefined {
  const e = imported.entities[index];
  if (!e) return undefined;
  if (e.text !== undefined) return e.text;
  return imported.text !== undefined && e.start >= 0 ? imported.text.slice(e.start, e.end) : undefined;
}

/** A link as the sidecar keeps it: a corpus id (`Wikidata:Q…` through the corpus); other references are left out. */
function resolveLink(link: string | undefined, options: ImportMergeOptions, report: ImportReport, text: string): string | undefined {
  if (link === undefined) return undefined;
  const wikidata = /^wikidata:(Q[1-9]\d*)$/i.exec(link);
  if (wikidata) {
    const found = options.corpus?.entities.find((e) => e.wikidata === wikidata[1]);
    if (found) return found.id;
    report.warnings.push(`"${short(text)}": ${link} is the Wikidata id of no canonical entity${options.corpus ? ' in corpus.yaml' : ' (no corpus given)'}: link left out`);
    return undefined;
  }
  if (/^[a-z0-9][a-z0-9._-]*$/.test(link)) return link;
  report.warnings.push(`"${short(text)}": ${JSON.stringify(link)} is not the id of a canonical entity: link left out`);
  return undefined;
}

/** What a skipped annotation is called in the report: its text. */
function describe(a: ImportedEntity | ImportedClaim, imported: ImportedDocument): string {
  if (a.text !== undefined) return a.text;
  if (imported.text !== undefined && a.start >= 0 && a.end <= imported.text.length && imported.unit !== 'codepoints') return imported.text.slice(a.start, a.end);
  return `${a.start}..${a.end}`;
}

function short(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}
