// Character-level helpers of the fast reader: key names, scalars as YAML 1.2's core schema reads them (for the
// forms the writer uses; anything else bails out to the full parser), quotes, comments, indentation.
import { LIST_KEYS } from './read';
import { CLAIM_SPEC, ENTITY_SPEC, REJECTED_SPEC } from './specs';

/** Thrown to hand the file over to the full parser. */
export class Unsupported extends Error {}
export const bail = (): never => {
  throw new Unsupported();
};

export const SPACE = 32;
export const HASH = 35;
// What the writer leaves unquoted; anything else plain is left to the full parser.
const PLAIN_STRING = /^[\p{L}][^\n\r\t\0#:"'`{}[\]|>&*!%@\\\u0085\u2028\u2029\uFEFF]*$/u;
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~|\.nan|\.inf)$/i;

// Key names are read thousands of times: known ones are looked up instead of sliced into new strings.
const KNOWN_NAMES = new Map<number, string[]>();
for (const name of new Set(['schema', 'document', 'textHash', ...LIST_KEYS, ...[ENTITY_SPEC, CLAIM_SPEC, REJECTED_SPEC].flatMap((s) => s.fields.map((f) => f.key)), 'url', 'note', 'entity'])) {
  const slot = name.length * 128 + name.charCodeAt(0);
  KNOWN_NAMES.set(slot, [...(KNOWN_NAMES.get(slot) ?? []), name]);
}

export function nameAt(text: string, from: number, to: number): string {
  for (const name of KNOWN_NAMES.get((to - from) * 128 + text.charCodeAt(from)) ?? []) if (text.startsWith(name, from)) return name;
  return text.slice(from, to);
}

export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether the line at `start` is indented by exactly `column` spaces, then neither a space nor a comment. */
export function indentedTo(text: string, start: number, end: number, column: number): boolean {
  if (start + column >= end) return false;
  for (let i = start; i < start + column; i++) if (text.charCodeAt(i) !== SPACE) return false;
  const c = text.charCodeAt(start + column);
  return c !== SPACE && c !== HASH;
}

/** Only spaces, then optionally a comment (after at least one space), from `at` to the end of the line. */
export function restIsComment(text: string, at: number, lineEnd: number): boolean {
  let i = at;
  while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
  return i === lineEnd || (i > at && text.charCodeAt(i) === HASH);
}

/** A flow mapping's known keys type-checked; other keys go to `extra`, as the full reader does. */
export function smallMap(value: unknown, fields: Record<string, 'string' | 'number'>): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) bail();
  const out: Record<string, unknown> = {};
  let extra: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const kind = fields[k];
    if (kind === undefined) (extra ??= {})[k] = v;
    else if (typeof v !== kind) bail();
    else out[k] = v;
  }
  if (extra) out['extra'] = extra;
  return out;
}

/** End (after the closing quote) of the quoted scalar opening at `at`, before `limit`, or -1. */
export function quotedEnd(s: string, at: number, limit: number): number {
  const q = s.charCodeAt(at);
  for (let i = at + 1; i < limit; i++) {
    const c = s.charCodeAt(i);
    if (q === 34 && c === 92) i++;
    else if (c === q) {
      if (q === 39 && s.charCodeAt(i + 1) === 39) i++;
      else return i + 1;
    }
  }
  return -1;
}

/** The value of a scalar as YAML 1.2's core schema reads it, for the forms the writer uses; others bail. */
export function scalarValue(raw: string, inFlow: boolean): unknown {
  const c = raw.charCodeAt(0);
  if (c === 34) return unescapeDouble(raw.slice(1, -1));
  if (c === 39) return raw.slice(1, -1).replace(/''/g, "'");
  if (c >= 48 && c <= 57) {
    if (/^(?:0|[1-9][0-9]{0,14})$/.test(raw)) return Number(raw);
    bail();
  }
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (RESERVED.test(raw) || !PLAIN_STRING.test(raw) || (inFlow && /[,[\]{}]/.test(raw))) bail();
  return raw;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '0': '\0' };

function unescapeDouble(body: string): string {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i]!;
    if (e === 'u') {
      const hex = body.slice(i + 1, i + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) bail();
      out += String.fromCharCode(parseInt(hex, 16));
      i += 4;
    } else if (e in ESCAPES) out += ESCAPES[e];
    else bail();
  }
  return out;
}
