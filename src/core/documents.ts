// Seed documents in a file: a seed file is one document; a bundle holds several, each after a delimiter line.
import { BoilerplateClassifier, DEFAULT_BOILERPLATE, type BoilerplateOptions } from './boilerplate';
import { BUILT_IN_DELIMITERS, matchDelimiter, sameBundleShape, type DelimiterMatch, type DelimiterRule } from './delimiters';
import { documentIdFromName, isSeedFileName } from './seedName';
import { lines } from './text';

export type Range = [start: number, end: number];

export interface SeedDocument {
  /** The file's base name, or the delimiter's name, without `.txt`. */
  readonly id: string;
  /** The whole document: from its delimiter line to the next delimiter line (or the end of the file). */
  readonly start: number;
  readonly end: number;
  /** The document's text: after its delimiter line, before the line break that precedes the next delimiter. */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  /** Page chrome inside the body, for dimming; never article text. */
  readonly boilerplate: Range[];
  /** The delimiter line, in bundles. */
  readonly delimiter?: { readonly start: number; readonly end: number; readonly name: string; readonly form: string };
}

export interface RecognizedFile {
  /** `seed`: a file named like a seed; `bundle`: documents found after delimiters; `text`: any other file, one document. */
  readonly kind: 'seed' | 'bundle' | 'text';
  readonly documents: SeedDocument[];
  /** Things a user should know (duplicate document ids). */
  readonly warnings: string[];
}

export interface RecognizeOptions {
  /** Path or name of the file: a seed file name makes it one document. */
  readonly fileName: string;
  /** Delimiter rules, user rules first. Default: the built-in forms. */
  readonly delimiters?: readonly DelimiterRule[];
  readonly boilerplate?: BoilerplateOptions;
}

export function recognize(text: string, options: RecognizeOptions): RecognizedFile {
  const classifier = new BoilerplateClassifier(options.boilerplate ?? DEFAULT_BOILERPLATE);
  const bodyStart = text.startsWith('\uFEFF') ? 1 : 0;
  const whole = (kind: 'seed' | 'text'): RecognizedFile => ({
    kind,
    documents: [{ id: documentIdFromName(options.fileName), start: 0, end: text.length, bodyStart, bodyEnd: text.length, boilerplate: classifier.find(text, bodyStart, text.length) }],
    warnings: [],
  });
  if (isSeedFileName(options.fileName)) return whole('seed');

  const { found, skipped } = findDelimiters(text, options.delimiters ?? BUILT_IN_DELIMITERS);
  if (found.length === 0) return whole('text');

  const documents: SeedDocument[] = found.map((d, i) => {
    const next = found[i + 1];
    const end = next ? next.start : text.length;
    // The line break just before the next delimiter separates documents (tail prints it); it is not text.
    let bodyEnd = end;
    if (next) {
      if (text.charCodeAt(bodyEnd - 1) === 10) bodyEnd--;
      if (text.charCodeAt(bodyEnd - 1) === 13) bodyEnd--;
    }
    bodyEnd = Math.max(bodyEnd, d.next);
    return {
      id: documentIdFromName(d.match.name),
      start: d.start,
      end,
      bodyStart: d.next,
      bodyEnd,
      boilerplate: classifier.find(text, d.next, bodyEnd),
      delimiter: { start: d.start, end: d.end, name: d.match.name, form: d.match.rule.form },
    };
  });
  const seen = new Set<string>();
  const warnings: string[] = skipped.map(
    (s) => `line ${s.line} (${JSON.stringify(s.text.length > 60 ? `${s.text.slice(0, 57)}...` : s.text)}) looks like a delimiter, but its name does not fit the bundle's (like "${found[0]!.match.name}"): read as article text`,
  );
  for (const doc of documents) {
    if (seen.has(doc.id)) warnings.push(`two documents are named "${doc.id}": annotations naming it refer to the first`);
    seen.add(doc.id);
  }
  return { kind: 'bundle', documents, warnings };
}

interface FoundDelimiter {
  readonly start: number;
  readonly end: number;
  readonly next: number;
  readonly match: DelimiterMatch;
}

/** Delimiter lines, and the delimiter-looking lines left as text (they do not fit the first one's shape). */
function findDelimiters(text: string, rules: readonly DelimiterRule[]): { found: FoundDelimiter[]; skipped: Array<{ line: number; text: string }> } {
  const found: FoundDelimiter[] = [];
  const skipped: Array<{ line: number; text: string }> = [];
  const builtInOnly = rules.every((r) => BUILT_IN_DELIMITERS.includes(r));
  let lineNumber = 0;
  for (const line of lines(text)) {
    lineNumber++;
    // Every built-in form starts with = or - (after a BOM): skip prose lines without running the patterns.
    const first = text[line.start];
    if (builtInOnly && first !== '=' && first !== '-' && first !== '\uFEFF') continue;
    const match = matchDelimiter(text.slice(line.start, line.end), rules);
    if (!match) continue;
    if (found.length > 0 && !sameBundleShape(found[0]!.match, match)) {
      skipped.push({ line: lineNumber, text: text.slice(line.start, line.end) });
      continue;
    }
    found.push({ start: line.start, end: line.end, next: line.next, match });
  }
  return { found, skipped };
}

/** The document that contains offset range [start, end), if any (its body, for annotations). */
export function documentAt(file: RecognizedFile, start: number, end = start): SeedDocument | undefined {
  return file.documents.find((d) => start >= d.bodyStart && end <= d.bodyEnd);
}

/** The document holding `offset`, its delimiter line included (where a cursor may be). */
export function documentAround(file: RecognizedFile, offset: number): SeedDocument | undefined {
  return file.documents.find((d) => offset >= d.start && offset <= d.end);
}
