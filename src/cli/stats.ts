// seed-annotator stats PATH... [--json]: where annotating stands under the given paths. Documents by state,
// annotations per label and claim status, orphans, per document and in total, from the sidecars through the
// same summaries the Documents view shows; and the canonical entities and claims of a corpus.yaml with their
// mentions.
import * as fs from 'fs';
import * as path from 'path';
import type { SeedConfig } from '../core/config';
import type { Corpus } from '../core/corpus/model';
import { readCorpus } from '../core/corpus/read';
import { recognize, type RecognizedFile } from '../core/documents';
import { CLAIM_STATUSES, DOCUMENT_STATES, type DocumentState, type Sidecar } from '../core/model';
import { hasErrors } from '../core/problems';
import { STATE_TITLES } from '../core/progress';
import { isSeedFileName } from '../core/seedName';
import { loadSidecar } from '../core/sidecar/load';
import { countStates, summarize, type DocumentSummary, type FileSummary } from '../core/workspace/summary';
import { parseArgs } from './args';
import { EXIT, EXIT_INTERNAL_LINE, EXIT_USAGE_LINE, exitHelp, worst, type ExitCode } from './exit';
import { collectPairs, loadConfig, NotUtf8Error, readText, UsageError } from './files';
import type { Io } from './io';
import { corpusTargets } from './corpusFiles';

export const STATS_HELP = `Usage: seed-annotator stats PATH... [--json] [--config FILE]

Where annotating stands. PATH is a folder (searched recursively for seed files and sidecars, as validate
does, sidecar folder setting included), a seed file or a sidecar. Prints, per document and in total, its
state (to do, in progress, done, skipped: a sidecar's \`progress\`, or in progress once annotated), its
entities, claims and orphans, and its annotations per label and per claim status; every document of a bundle
is listed, those without annotations as to do, and so is a seed file without a sidecar. When a corpus.yaml is
found at the root of a folder named or of a folder above a path (up to the current folder), or is named
itself, its canonical entities and claims are listed with how many annotations link to each and in how many
documents. A sidecar with errors is left out of the figures and named (seed-annotator validate shows its
problems).
Settings come from .vscode/settings.json in the current folder, or --config FILE.

Options:
  --json          print one JSON object: {documents: {total, todo, in-progress, done, skipped}, labels,
                  statuses, orphans, files: [{file, sidecar, documents: [{id, state, entities, claims,
                  orphans, labels, statuses}]}], errors: [{file, errors}], canonical: {corpus, entities:
                  [{id, name, mentions, documents}], claims: [{id, statement, status, mentions, documents}],
                  unknownLinks} or null}
  --config FILE   settings file (JSON with comments) instead of .vscode/settings.json
  -h, --help      show this help

${exitHelp([[EXIT.ok, 'every sidecar was read'], [EXIT.problems, 'some sidecar (or the corpus.yaml) has errors: it is left out, the rest is counted'], EXIT_USAGE_LINE, EXIT_INTERNAL_LINE])}`;

/** One seed file as counted: its text path, its sidecar (if any) and its summary. */
interface Counted {
  readonly file: string;
  readonly sidecar: string | undefined;
  readonly summary: FileSummary;
}

interface CanonicalCount {
  readonly id: string;
  readonly mentions: number;
  readonly documents: number;
}

interface CanonicalStats {
  readonly corpus: string;
  readonly entities: ReadonlyArray<CanonicalCount & { readonly name: string }>;
  readonly claims: ReadonlyArray<CanonicalCount & { readonly statement: string; readonly status: string }>;
  /** Annotation links naming nothing in the corpus. */
  readonly unknownLinks: number;
}

export async function statsCommand(argv: readonly string[], io: Io): Promise<ExitCode> {
  const args = parseArgs(argv, ['json', 'help'], ['config']);
  if (args.flags.has('help')) return io.out(STATS_HELP), EXIT.ok;
  if (args.positional.length === 0) throw new UsageError('stats needs at least one PATH (a folder, a seed file or a sidecar)');
  const config = loadConfig(args.values.get('config'), io.err);
  const { corpusFiles, targets } = corpusTargets(args.positional, true);
  const { pairs, unannotated, errors: targetErrors } = collectPairs(targets, config);
  for (const e of targetErrors) io.err(`seed-annotator stats: ${e}\n`);
  let unreadable = targetErrors.length;

  const counted: Counted[] = [];
  const broken: Array<{ file: string; errors: number }> = [];
  const readFile = (textPath: string): RecognizedFile | undefined => {
    // A seed file is one document, named after the file: only other files (bundles) need their text read.
    if (isSeedFileName(textPath) || !fs.existsSync(textPath)) return undefined;
    try {
      return recognize(readText(textPath), { fileName: textPath, delimiters: config.delimiters, boilerplate: { ...config.boilerplate, enabled: false } });
    } catch (err) {
      if (!(err instanceof NotUtf8Error)) throw err;
      io.err(`seed-annotator stats: ${err.message}: its documents are taken from its sidecar alone\n`);
      return undefined;
    }
  };
  for (const pair of pairs) {
    try {
      const read = loadSidecar(readText(pair.sidecar), { labels: config.labels });
      const errors = read.problems.filter((p) => p.severity === 'error').length;
      if (errors > 0 || !read.sidecar) {
        broken.push({ file: pair.sidecar, errors: Math.max(errors, 1) });
        continue;
      }
      counted.push({ file: pair.text, sidecar: pair.sidecar, summary: summarize(read.sidecar as Sidecar, pair.text, readFile(pair.text)) });
    } catch (err) {
      if (err instanceof NotUtf8Error) broken.push({ file: pair.sidecar, errors: 1 });
      else if (err instanceof UsageError) {
        io.err(`seed-annotator stats: ${err.message}\n`);
        unreadable++;
      } else throw err;
    }
  }
  for (const text of unannotated) {
    try {
      counted.push({ file: text, sidecar: undefined, summary: summarize(undefined, text, readFile(text)) });
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      io.err(`seed-annotator stats: ${err.message}\n`);
      unreadable++;
    }
  }
  counted.sort((a, b) => compare(a.file, b.file));
  for (const b of broken) io.err(`seed-annotator stats: ${b.file} has ${plural(b.errors, 'error')} (seed-annotator validate shows them): not counted\n`);

  let corpusErrors = false;
  let canonical: CanonicalStats | undefined;
  if (corpusFiles.length > 1) io.err(`seed-annotator stats: several corpus files (${corpusFiles.join(', ')}): canonical counts are for ${corpusFiles[0]} and the files under its folder\n`);
  if (corpusFiles.length > 0) {
    const file = corpusFiles[0]!;
    try {
      const { corpus, problems } = readCorpus(readText(file), { labels: config.labels });
      if (hasErrors(problems)) {
        corpusErrors = true;
        io.err(`seed-annotator stats: ${file} has errors (seed-annotator validate shows them): canonical items with errors are left out\n`);
      }
      // The only corpus counts every path (as validate checks every sidecar against it); of several, the first
      // counts the paths under its folder.
      if (corpus) canonical = canonicalStats(file, corpus, corpusFiles.length === 1 ? counted : counted.filter((c) => under(c.file, path.posix.dirname(file))));
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      io.err(`seed-annotator stats: ${err.message}\n`);
      if (err instanceof NotUtf8Error) corpusErrors = true;
      else unreadable++;
    }
  }

  const totals = totalsOf(counted, config);
  if (args.flags.has('json')) {
    io.out(
      JSON.stringify(
        {
          documents: { total: totals.documents.total, todo: totals.documents.todo, 'in-progress': totals.documents['in-progress'], done: totals.documents.done, skipped: totals.documents.skipped },
          labels: totals.labels,
          statuses: totals.statuses,
          orphans: totals.orphans,
          files: counted.map((c) => ({ file: c.file, sidecar: c.sidecar ?? null, documents: c.summary.documents.map((d) => documentJson(d, config)) })),
          errors: broken,
          canonical: canonical ?? null,
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    io.out(describe(counted, totals, config));
    if (broken.length > 0) io.out(`not counted, the sidecar has errors: ${broken.map((b) => b.file).join(', ')}\n`);
    if (canonical) io.out(describeCanonical(canonical));
  }
  return worst([unreadable > 0 ? EXIT.usage : EXIT.ok, broken.length > 0 || corpusErrors ? EXIT.problems : EXIT.ok]);
}

interface Totals {
  readonly documents: Record<DocumentState, number> & { total: number };
  readonly entities: number;
  readonly claims: number;
  readonly orphans: number;
  readonly labels: Record<string, number>;
  readonly statuses: Record<string, number>;
}

function totalsOf(counted: readonly Counted[], config: SeedConfig): Totals {
  const labels: Record<string, number> = {};
  const statuses: Record<string, number> = {};
  let entities = 0;
  let claims = 0;
  let orphans = 0;
  for (const { summary } of counted) {
    for (const d of summary.documents) {
      entities += d.entities;
      claims += d.claims;
      orphans += d.orphans;
      for (const [k, n] of Object.entries(d.labels)) labels[k] = (labels[k] ?? 0) + n;
      for (const [k, n] of Object.entries(d.statuses)) statuses[k] = (statuses[k] ?? 0) + (n ?? 0);
    }
  }
  return { documents: countStates(counted.map((c) => c.summary)), entities, claims, orphans, labels: ordered(labels, labelOrder(config)), statuses: ordered(statuses, CLAIM_STATUSES) };
}

function documentJson(d: DocumentSummary, config: SeedConfig) {
  return { id: d.id, state: d.state, entities: d.entities, claims: d.claims, orphans: d.orphans, labels: ordered({ ...d.labels }, labelOrder(config)), statuses: ordered({ ...d.statuses } as Record<string, number>, CLAIM_STATUSES) };
}

/** The configured labels' order, for columns and JSON keys. */
function labelOrder(config: SeedConfig): readonly string[] {
  return config.labels;
}

/** The counts with their keys in `order` first, then any others by name. */
function ordered(counts: Record<string, number>, order: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of order) if (counts[k] !== undefined) out[k] = counts[k];
  for (const k of Object.keys(counts).sort()) if (out[k] === undefined) out[k] = counts[k]!;
  return out;
}

/** The human table: one row per document (a bundle's file on a line of its own), then the totals. */
function describe(counted: readonly Counted[], totals: Totals, config: SeedConfig): string {
  if (counted.length === 0) return 'stats: no seed files\n';
  const labelColumns = Object.keys(ordered(totals.labels, labelOrder(config)));
  const statusColumns = Object.keys(totals.statuses);
  const header = ['FILE / DOCUMENT', 'STATE', 'ENTITIES', 'CLAIMS', 'ORPHANS', ...labelColumns, ...statusColumns];
  const rows: string[][] = [];
  const cells = (d: Pick<DocumentSummary, 'entities' | 'claims' | 'orphans' | 'labels' | 'statuses'>) => [
    String(d.entities),
    String(d.claims),
    String(d.orphans),
    ...labelColumns.map((l) => count(d.labels[l])),
    ...statusColumns.map((s) => count((d.statuses as Record<string, number | undefined>)[s])),
  ];
  for (const { file, summary } of counted) {
    const only = summary.documents.length === 1 ? summary.documents[0] : undefined;
    if (only && (isSeedFileName(file) || only.id === path.posix.basename(file).replace(/\.txt$/i, ''))) {
      rows.push([file, STATE_TITLES[only.state], ...cells(only)]);
      continue;
    }
    rows.push([file]);
    for (const d of summary.documents) rows.push([`  ${d.id || '(no document)'}`, STATE_TITLES[d.state], ...cells(d)]);
  }
  const d = totals.documents;
  rows.push([`total: ${plural(d.total, 'document')}`, `${d.done} done`, ...cells({ ...totals, labels: totals.labels, statuses: totals.statuses })]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  // The file column is as wide as its widest document row, not as a bundle's file line (printed whole).
  widths[0] = Math.max(header[0]!.length, ...rows.filter((r) => r.length > 1).map((r) => r[0]!.length));
  const line = (r: readonly string[]) => (r.length === 1 ? r[0]! : r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd());
  const out = [line(header), ...rows.map(line)];
  const states = DOCUMENT_STATES.filter((s) => s !== 'done').map((s) => `${d[s]} ${STATE_TITLES[s]}`);
  out.push('', `documents: ${d.done} of ${d.total} done; ${states.join(', ')}`);
  out.push(`annotations: ${plural(totals.entities, 'entity', 'entities')}, ${plural(totals.claims, 'claim')}, ${plural(totals.orphans, 'orphan')}`);
  return out.join('\n') + '\n';
}

function describeCanonical(c: CanonicalStats): string {
  const table = (title: string, what: string, items: ReadonlyArray<CanonicalCount & { label: string }>) => {
    if (items.length === 0) return [`${title}: none`];
    const rows = items.map((i) => [i.id, i.label.length > 60 ? `${i.label.slice(0, 59)}…` : i.label, String(i.mentions), String(i.documents)]);
    const header = [title, what, 'MENTIONS', 'DOCUMENTS'];
    const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
    return [header, ...rows].map((r) => r.map((v, k) => (k < 2 ? v.padEnd(widths[k]!) : v.padStart(widths[k]!))).join('  ').trimEnd());
  };
  const out = [
    '',
    `canonical (${c.corpus}):`,
    ...table('ENTITY', 'NAME', c.entities.map((e) => ({ ...e, label: e.name }))),
    '',
    ...table('CLAIM', 'STATUS, STATEMENT', c.claims.map((k) => ({ ...k, label: `[${k.status}] ${k.statement}` }))),
  ];
  if (c.unknownLinks > 0) out.push('', `${plural(c.unknownLinks, 'link')} naming nothing in ${c.corpus} (seed-annotator validate lists them)`);
  return out.join('\n') + '\n';
}

/** Mentions of each canonical item: the annotations whose `link` names it. */
function canonicalStats(file: string, corpus: Corpus, counted: readonly Counted[]): CanonicalStats {
  const entities = new Map(corpus.entities.map((e) => [e.id, { mentions: 0, documents: new Set<string>() }]));
  const claims = new Map(corpus.claims.map((c) => [c.id, { mentions: 0, documents: new Set<string>() }]));
  let unknownLinks = 0;
  for (const { file: text, summary } of counted) {
    for (const d of summary.documents) {
      for (const a of d.annotations) {
        if (a.link === undefined) continue;
        const item = (a.kind === 'entity' ? entities : claims).get(a.link);
        if (!item) {
          unknownLinks++;
          continue;
        }
        item.mentions++;
        item.documents.add(`${text}\u0000${d.id}`);
      }
    }
  }
  const byMentions = <T extends CanonicalCount>(list: T[]) => list.sort((a, b) => b.mentions - a.mentions);
  return {
    corpus: file,
    entities: byMentions(corpus.entities.map((e) => ({ id: e.id, name: e.name, mentions: entities.get(e.id)!.mentions, documents: entities.get(e.id)!.documents.size }))),
    claims: byMentions(corpus.claims.map((c) => ({ id: c.id, statement: c.statement, status: c.status ?? 'unverified', mentions: claims.get(c.id)!.mentions, documents: claims.get(c.id)!.documents.size }))),
    unknownLinks,
  };
}

/** Whether a path relative to the current folder lies under `folder` ('.' holds every path below the current folder). */
function under(file: string, folder: string): boolean {
  if (folder === '.') return !file.startsWith('../') && !path.isAbsolute(file);
  return file.startsWith(`${folder}/`);
}

function count(n: number | undefined): string {
  return n ? String(n) : '-';
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
function compare(a: string, b: string): number {
  return collator.compare(a, b);
}
