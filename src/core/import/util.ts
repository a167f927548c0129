// What the import parsers share: offsets in code points made UTF-16, claim statuses as tools spell them, names.
import { BOM } from '../text';
import { CLAIM_STATUSES, type ClaimStatus } from '../model';
import { baseName } from '../seedName';
import type { ImportUnit } from './types';

/** UTF-16 offsets of code point offsets of one text: built once, each conversion a binary search. */
export class CodePoints {
  /** Code point offsets of the characters beyond the Basic Multilingual Plane (each one counts 2 in UTF-16). */
  private readonly astral: number[] = [];
  readonly length: number;

  constructor(readonly text: string) {
    let cp = 0;
    for (let i = 0; i < text.length; i++, cp++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        this.astral.push(cp);
        i++;
      }
    }
    this.length = cp;
  }

  /** The UTF-16 offset of code point offset `cp` (clamped to the text). */
  utf16(cp: number): number {
    const at = Math.max(0, Math.min(cp, this.length));
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return at + lo;
  }
}

export interface Resolved {
  readonly start: number;
  readonly end: number;
  /** Set when the offsets only made sense in the other unit (a tool that counted UTF-16 after all). */
  readonly warning?: string;
}

/**
 * A span of `text` given in `unit`, as UTF-16 offsets; a string saying what is wrong when it is not a span of the
 * text. When the source gives the span's text (`quote`) and the offsets do not select it but do in the other
 * unit, the other unit is taken (tools' emoji handling varies), with a warning.
 */
export function resolveSpan(text: string, points: CodePoints | undefined, start: unknown, end: unknown, unit: ImportUnit, quote?: string): Resolved | string {
  if (!isOffset(start) || !isOffset(end)) return `offsets ${show(start)}..${show(end)} are not whole numbers ≥ 0`;
  if (end < start) return `offsets ${start}..${end}: the end is before the start`;
  if (end === start) return `offsets ${start}..${end}: an empty span`;
  const inUnit = (u: ImportUnit): [number, number] | undefined => {
    if (u === 'utf16') return end <= text.length ? [start, end] : undefined;
    const cp = points ?? new CodePoints(text);
    return end <= cp.length ? [cp.utf16(start), cp.utf16(end)] : undefined;
  };
  const first = inUnit(unit);
  if (quote === undefined || (first && sameText(text.slice(first[0], first[1]), quote))) {
    return first ? { start: first[0], end: first[1] } : `offsets ${start}..${end} are outside the text (${unit === 'utf16' ? text.length : (points ?? new CodePoints(text)).length} ${unitName(unit)})`;
  }
  const other: ImportUnit = unit === 'utf16' ? 'codepoints' : 'utf16';
  const second = inUnit(other);
  if (second && sameText(text.slice(second[0], second[1]), quote)) {
    return { start: second[0], end: second[1], warning: `offsets ${start}..${end} select ${JSON.stringify(quote)} only when counted in ${unitName(other)}: read so` };
  }
  // The given text does not match: the offsets win (they are what tools compute with), said in a warning.
  if (!first) return `offsets ${start}..${end} are outside the text`;
  return { start: first[0], end: first[1], warning: `offsets ${start}..${end} select ${JSON.stringify(text.slice(first[0], first[1]))}, not the text given (${JSON.stringify(quote)})` };
}

/** The same text, but for how white space is spelled (brat writes a line break in a span as a space). */
export function sameText(a: string, b: string): boolean {
  return a === b || a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ');
}

function unitName(unit: ImportUnit): string {
  return unit === 'utf16' ? 'UTF-16 units' : 'code points';
}

export function isOffset(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

export function show(value: unknown): string {
  const s = typeof value === 'string' ? JSON.stringify(value) : value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

const STATUS_ALIASES: Readonly<Record<string, ClaimStatus>> = {
  supports: 'supported',
  support: 'supported',
  true: 'supported',
  refutes: 'refuted',
  refute: 'refuted',
  false: 'refuted',
  'not enough info': 'not-enough-info',
  'not-enough-information': 'not-enough-info',
  nei: 'not-enough-info',
  'not_enough_info': 'not-enough-info',
  'not enough information': 'not-enough-info',
  unknown: 'unverified',
};

/** A claim status as tools write it (`supported`, `SUPPORTS`, `Not Enough Info`); undefined when it is none. */
export function claimStatusOf(value: unknown): ClaimStatus | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if ((CLAIM_STATUSES as readonly string[]).includes(v)) return v as ClaimStatus;
  return STATUS_ALIASES[v] ?? STATUS_ALIASES[v.replace(/[_-]/g, ' ')];
}

export function isClaimLabel(label: string): boolean {
  return /^claims?$/i.test(label.trim());
}

export function isCueLabel(label: string): boolean {
  return /^(cue|attribution[ _-]?cue)$/i.test(label.trim());
}

/** A path's last segment without its extension (`a/b/000_x.ann` → `000_x`). */
export function stemOf(path: string): string {
  const base = baseName(path);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Where a warning is about: `file:line`. */
export function at(path: string, line?: number): string {
  return line === undefined ? path : `${path}:${line}`;
}

/** A text without its byte order mark (offsets that counted it are moved back by one by the caller). */
export function withoutBom(text: string): { text: string; bom: boolean } {
  return text.startsWith(BOM) ? { text: text.slice(1), bom: true } : { text, bom: false };
}

/** Lines of a JSON Lines file, each parsed, with its 1-based number; lines that are not JSON objects become warnings. */
export function* jsonLines(path: string, content: string, warnings: string[]): Generator<{ line: number; value: Record<string, unknown> }> {
  const rows = withoutBom(content).text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!.trim();
    if (row === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(row);
    } catch (e) {
      warnings.push(`${at(path, i + 1)}: not JSON (${(e as Error).message})`);
      continue;
    }
    if (!isObject(value)) {
      warnings.push(`${at(path, i + 1)}: expected a JSON object, found ${Array.isArray(value) ? 'an array' : typeof value}`);
      continue;
    }
    yield { line: i + 1, value };
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A non-empty trimmed string, or undefined. */
export function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Reads spans of one text: offsets in `unit` made UTF-16, problems as warnings at `where`. */
export class SpanReader {
  private readonly points: CodePoints | undefined;

  constructor(
    readonly text: string,
    readonly unit: ImportUnit,
    private readonly warnings: string[],
  ) {
    this.points = unit === 'codepoints' ? new CodePoints(text) : undefined;
  }

  /** The span as UTF-16 offsets with its text; undefined (and a warning naming `what`) when it is not one. */
  read(where: string, what: string, start: unknown, end: unknown, quote?: unknown): { start: number; end: number; text: string } | undefined {
    const r = resolveSpan(this.text, this.points, start, end, this.unit, typeof quote === 'string' ? quote : undefined);
    if (typeof r === 'string') {
      this.warnings.push(`${where}: ${what}: ${r}`);
      return undefined;
    }
    if (r.warning) this.warnings.push(`${where}: ${what}: ${r.warning}`);
    return { start: r.start, end: r.end, text: this.text.slice(r.start, r.end) };
  }
}

/** An offset unit as files name it (`utf16`, `UTF-16`, `codepoints`, `code points`); undefined otherwise. */
export function unitOf(value: unknown): ImportUnit | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  return v === 'utf16' || v === 'utf16codeunits' || v === 'codeunits' ? 'utf16' : v === 'codepoints' || v === 'codepoint' || v === 'unicode' ? 'codepoints' : undefined;
}

/** A claim's source as exports write it: a string, `{text}`, `{entity: <id or index>}`, `{entityIndex}`. */
export function sourceOf(value: unknown, entityIndexOf: (ref: unknown) => number | undefined): { text?: string; entityIndex?: number } | undefined {
  if (typeof value === 'string') return value.trim() ? { text: value.trim() } : undefined;
  if (!isObject(value)) return undefined;
  const text = nonEmpty(value['text']);
  const index = isOffset(value['entityIndex']) ? entityIndexOf({ index: value['entityIndex'] }) : value['entity'] !== undefined ? entityIndexOf(value['entity']) : undefined;
  if (text === undefined && index === undefined) return undefined;
  return { ...(text !== undefined ? { text: text.trim() } : {}), ...(index !== undefined ? { entityIndex: index } : {}) };
}

/** The records of a JSON Lines file, or of a JSON array of objects (doccano's and Label Studio's JSON exports). */
export function* records(path: string, content: string, warnings: string[]): Generator<{ line: number; value: Record<string, unknown> }> {
  const body = withoutBom(content).text;
  if (!body.trimStart().startsWith('[')) return yield* jsonLines(path, body, warnings);
  let list: unknown;
  try {
    list = JSON.parse(body);
  } catch (e) {
    // Perhaps JSON Lines whose first line is an array: read line by line.
    warnings.push(`${path}: not a JSON array (${(e as Error).message}): read as JSON Lines`);
    return yield* jsonLines(path, body, warnings);
  }
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const value: unknown = list[i];
    if (isObject(value)) yield { line: i + 1, value };
    else warnings.push(`${path}: item ${i + 1} is not an object`);
  }
}
