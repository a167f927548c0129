// brat standoff: `NAME.ann` beside `NAME.txt`. T lines (text-bound, discontinuous fragments joined to one span),
// A attributes (Status, Attribution on claims), R relations (Source, Cue), # AnnotatorNotes, N normalizations
// (SeedCorpus:<id> and other knowledge bases as links). Offsets count code points, as brat (Python) does; a BOM
// in the .txt counts as a character there.
import type { ImportedClaim, ImportedDocument, ImportedEntity, ImportFile, ImportOptions } from './types';
import { at, claimStatusOf, stemOf, CodePoints, isClaimLabel, isCueLabel, resolveSpan, withoutBom } from './util';

interface TextBound {
  readonly line: number;
  readonly kind: 'entity' | 'claim' | 'cue';
  /** Its index among the document's entities, claims or cues. */
  readonly index: number;
}

export function parseBrat(files: ReadonlyArray<ImportFile>, options: ImportOptions = {}): ImportedDocument[] {
  const texts = new Map<string, ImportFile>();
  for (const f of files) if (/\.txt$/i.test(f.path)) texts.set(f.path.slice(0, -4), f);
  const documents: ImportedDocument[] = [];
  for (const f of files) {
    if (!/\.ann$/i.test(f.path)) continue;
    const stem = f.path.slice(0, -4);
    documents.push(parseAnn(f, texts.get(stem), options));
  }
  return documents;
}

const ATTRIBUTIONS = new Set(['direct', 'indirect']);

function parseAnn(ann: ImportFile, txt: ImportFile | undefined, options: ImportOptions): ImportedDocument {
  const unit = options.unit ?? 'codepoints';
  const warnings: string[] = [];
  const { text, bom } = txt ? withoutBom(txt.content) : { text: undefined, bom: false };
  const points = text !== undefined && unit === 'codepoints' ? new CodePoints(text) : undefined;
  const entities: ImportedEntity[] = [];
  const claims: ImportedClaim[] = [];
  const cues: Array<{ start: number; end: number; text?: string }> = [];
  const bound = new Map<string, TextBound>();
  const later: Array<{ line: number; fields: string[] }> = [];
  const rows = withoutBom(ann.content).text.split('\n');
  rows.forEach((raw, i) => {
    const row = raw.replace(/\r$/, '');
    const line = i + 1;
    if (row.trim() === '') return;
    const where = at(ann.path, line);
    const fields = row.split('\t');
    const id = fields[0]!.trim();
    if (id.startsWith('T')) {
      const t = textBound(row);
      if (!t) return void warnings.push(`${where}: not a text-bound annotation (T<n>, a tab, TYPE START END, a tab, the text)`);
      if (bound.has(t.id)) return void warnings.push(`${where}: ${t.id} is defined twice: the first is kept`);
      let start = t.fragments[0]![0];
      let end = t.fragments[t.fragments.length - 1]![1];
      for (const [s, e] of t.fragments) {
        start = Math.min(start, s);
        end = Math.max(end, e);
      }
      const discontinuous = t.fragments.length > 1;
      if (discontinuous) warnings.push(`${where}: ${t.id} has ${t.fragments.length} fragments: imported as one span from the first start to the last end`);
      let spanText = discontinuous ? undefined : t.text;
      if (text !== undefined) {
        // A BOM counts as one character in brat's offsets (in either unit); ours do not count it.
        const shift = bom ? 1 : 0;
        if (start - shift < 0) return void warnings.push(`${where}: ${t.id} starts on the byte order mark`);
        const r = resolveSpan(text, points, start - shift, end - shift, unit, spanText);
        if (typeof r === 'string') return void warnings.push(`${where}: ${t.id}: ${r}`);
        if (r.warning) warnings.push(`${where}: ${t.id}: ${r.warning}`);
        start = r.start;
        end = r.end;
        spanText = text.slice(start, end);
      } else if (end <= start) {
        return void warnings.push(`${where}: ${t.id}: an empty span`);
      }
      const withText = spanText !== undefined ? { text: spanText } : {};
      if (isClaimLabel(t.type)) {
        bound.set(t.id, { line, kind: 'claim', index: claims.length });
        claims.push({ start, end, ...withText });
      } else if (isCueLabel(t.type)) {
        bound.set(t.id, { line, kind: 'cue', index: cues.length });
        cues.push({ start, end, ...withText });
      } else {
        bound.set(t.id, { line, kind: 'entity', index: entities.length });
        entities.push({ start, end, label: t.type, ...withText });
      }
    } else if (/^[ARN#E*M]/.test(id)) {
      later.push({ line, fields });
    } else {
      warnings.push(`${where}: not a brat annotation line (${JSON.stringify(row.slice(0, 30))})`);
    }
  });

  // Attributes, relations, notes and normalizations refer to T lines anywhere in the file.
  const cueOf = new Map<number, number>();
  for (const { line, fields } of later) {
    const where = at(ann.path, line);
    const id = fields[0]!.trim();
    const args = (fields[1] ?? '').trim().split(/\s+/);
    const target = (ref: string | undefined): TextBound | undefined => {
      const b = ref === undefined ? undefined : bound.get(ref);
      if (!b) warnings.push(`${where}: ${id} refers to ${ref === undefined ? 'nothing' : ref}, which is no text-bound annotation here`);
      return b;
    };
    if (id.startsWith('#')) {
      // #1	AnnotatorNotes T1	the note
      const b = target(args[1]);
      const note = fields.slice(2).join('\t').trim();
      if (!b || note === '') continue;
      if (b.kind === 'entity') entities[b.index]!.note = note;
      else if (b.kind === 'claim') claimNote(claims[b.index]!, note);
      else warnings.push(`${where}: a note on a cue is not imported`);
    } else if (id.startsWith('N')) {
      // N1	Reference T1 Wikidata:Q41187	Sony
      const b = target(args[1]);
      const ref = args[2];
      if (!b) continue;
      if (!ref || !ref.includes(':')) {
        warnings.push(`${where}: a normalization without a DB:ID reference`);
        continue;
      }
      const link = /^seedcorpus:/i.test(ref) ? ref.slice(ref.indexOf(':') + 1) : ref;
      if (b.kind === 'entity') entities[b.index]!.link = link;
      else if (b.kind === 'claim') claims[b.index]!.link = link;
    } else if (id.startsWith('A') || id.startsWith('M')) {
      // A1	Status T5 supported   (a binary attribute has no value)
      const [name = '', ref, value] = args;
      const b = target(ref);
      if (!b) continue;
      if (b.kind !== 'claim') {
        warnings.push(`${where}: attribute ${name} on ${ref}, which is not a claim: not imported`);
        continue;
      }
      const claim = claims[b.index]!;
      if (/^status$/i.test(name)) {
        const status = claimStatusOf(value);
        if (status) claim.status = status;
        else warnings.push(`${where}: ${JSON.stringify(value ?? '')} is not a claim status`);
      } else if (/^checkworthy$/i.test(name)) {
        claim.checkworthy = value === undefined || !/^(false|no|0)$/i.test(value);
      } else if (/^attribution$/i.test(name) && value !== undefined && ATTRIBUTIONS.has(value.toLowerCase())) {
        claim.attribution = value.toLowerCase() as 'direct' | 'indirect';
      } else {
        warnings.push(`${where}: attribute ${name} is not imported`);
      }
    } else if (id.startsWith('R') || id.startsWith('*')) {
      // R1	Source Arg1:T5 Arg2:T2 (either way round); R2	Cue Arg1:T5 Arg2:T7
      const [name = '', ...rest] = args;
      const refs = rest.map((a) => a.replace(/^[^:]*:/, ''));
      if (refs.length !== 2) {
        warnings.push(`${where}: a relation needs two arguments`);
        continue;
      }
      const [a, b] = refs.map((r) => target(r));
      if (!a || !b) continue;
      const claimEnd = a.kind === 'claim' ? a : b.kind === 'claim' ? b : undefined;
      const other = claimEnd === a ? b : a;
      if (!claimEnd || !other) {
        warnings.push(`${where}: relation ${name} does not link a claim: not imported`);
        continue;
      }
      if (/^source$/i.test(name) && other.kind === 'entity') {
        const claim = claims[claimEnd.index]!;
        claim.source = { ...claim.source, entityIndex: other.index };
      } else if (/^cue$/i.test(name) && other.kind === 'cue') {
        cueOf.set(claimEnd.index, other.index);
      } else {
        warnings.push(`${where}: relation ${name} is not imported`);
      }
    } else {
      warnings.push(`${where}: ${id[0] === 'E' ? 'events' : 'this annotation'} is not imported`);
    }
  }
  for (const [claim, cue] of cueOf) claims[claim]!.cue = cues[cue]!;
  const orphanCues = cues.length - new Set(cueOf.values()).size;
  if (orphanCues > 0) warnings.push(`${ann.path}: ${orphanCues} cue${orphanCues === 1 ? '' : 's'} linked to no claim: not imported`);
  return {
    name: stemOf(ann.path),
    ...(text !== undefined ? { text } : { unit }),
    entities,
    claims,
    warnings,
  };
}

/** `T1<TAB>Organization 0 4;6 9<TAB>Sony` (spaces instead of tabs are tolerated). */
function textBound(row: string): { id: string; type: string; fragments: Array<[number, number]>; text: string | undefined } | undefined {
  const m = /^(T\S*)[\t ]+(\S+)[ ]+(\d+[ ]+\d+(?:[ ]*;[ ]*\d+[ ]+\d+)*)(?:\t(.*))?$/.exec(row) ?? /^(T\S*)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)[\t ]?(.*)$/.exec(row);
  if (!m) return undefined;
  const fragments = m[3]!.split(';').map((f) => f.trim().split(/ +/).map(Number) as [number, number]);
  if (fragments.some(([s, e]) => !Number.isSafeInteger(s) || !Number.isSafeInteger(e) || e < s)) return undefined;
  return { id: m[1]!, type: m[2]!, fragments, text: m[4] };
}

/**
 * A claim's annotator note as Seed Annotator's export writes it: parts joined by " | ", `source: ...` (a source
 * named by text), `cue: ...` (the cue's text: found near the claim on import), `evidence: ...` and `canonical
 * status: ...` (not imported: evidence has no place in brat, the canonical status is the corpus's); the rest is
 * the note.
 */
function claimNote(claim: ImportedClaim, note: string): void {
  const rest: string[] = [];
  for (const part of note.split(' | ')) {
    const m = /^(source|cue|evidence|canonical status): (.*)$/.exec(part);
    if (!m) rest.push(part);
    else if (m[1] === 'source' && m[2]!.trim() !== '') claim.source = { ...claim.source, text: m[2]!.trim() };
    else if (m[1] === 'cue' && m[2]!.trim() !== '' && !claim.cue) claim.cue = { start: -1, end: -1, text: m[2]!.trim() };
  }
  if (rest.length > 0) claim.note = rest.join(' | ');
}
