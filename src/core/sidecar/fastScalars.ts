// Character-level helpers of the fast reader: key names, scalars as YAML 1.2's core schema reads them (for the
// forms the writer uses; anything else bails out to the full parser), quotes, comments, indentation.
import { SIDECAR_LIST_KEYS } from './read';
import { CLAIM_SPEC, ENTITY_SPEC, REJECTED_SPEC, SUGGESTION_SPEC } from './specs';

/** Thrown to hand the file over to the full parser. */
export class Unsupported extends Error {}
export const bail = (): never => {
  throw new Unsupported();
};

export const SPACE = 32;
export const HASH = 35;
// Plain (unquoted) text as people and other tools write it. Text that YAML could read as another type
// (numbers, null, booleans, also YAML 1.1's yes/no), indicators, tabs and non-printables are left to the full parser.
const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`+.0-9]/u;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const PLAIN_REFUSED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|: |:$| #/;
const FLOW_REFUSED = /[,[\]{}:#]/;
// YAML 1.2's core schema: what it reads as a number (the full reader's other types start with no digit).
const CORE_NUMBER = /^(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|(?:[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~|\.nan|\.inf)$/i;

// Key names are read thousands of times: known ones are looked up instead of sliced into new strings.
const KNOWN_NAMES = new Map<number, string[]>();
for (const name of new Set(['schema', 'document', 'textHash', ...SIDECAR_LIST_KEYS, ...[ENTITY_SPEC, CLAIM_SPEC, REJECTED_SPEC, SUGGESTION_SPEC].flatMap((s) => s.fields.map((f) => f.key)), 'url', 'note', 'entity'])) {
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
export function smallMap(value: unknown, fields: Record<string, 'string' | 'number' | 'boolean'>): Record<string, unknown> {
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
    // A plain decimal fraction (a suggestion's score): the core schema's float, read as parseFloat reads it.
    if (/^(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/.test(raw)) return Number(raw);
    // `100_0123456789abcdef.txt` is text; anything a YAML schema might read as a number is not ours to judge.
    if (CORE_NUMBER.test(raw) || PLAIN_REFUSED.test(raw) || (inFlow && FLOW_REFUSED.test(raw))) bail();
    return raw;
  }
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (RESERVED.test(raw) || !PLAIN_START.test(raw) || PLAIN_REFUSED.test(raw) || (inFlow && FLOW_REFUSED.test(raw))) bail();
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

/** The UTF-8 size of `text`, counted without encoding it (a 10 MB copy for nothing). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 2 bytes below U+0800, 3 above (a lone surrogate too: it is encoded as U+FFFD); a pair is 4 for 2 units.
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BLOCK_REFUSED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * A block scalar (`|`, `|-`, `>`, `>-`) whose header is at `at` on a line ending at `headerEnd`, under a key
 * indented by `parentIndent`: its value and the end of its last content line (after the line break).
 * Indentation indicators, `|+`, comments after the header, leading blank lines and, in folded scalars,
 * more-indented lines are left to the full parser.
 */
export function blockScalarAt(text: string, at: number, headerEnd: number, parentIndent: number): { value: string; end: number } {
  const folded = text.charCodeAt(at) === 62;
  const strip = text.charCodeAt(at + 1) === 45;
  if (at + (strip ? 2 : 1) !== headerEnd) bail();
  const lines: string[] = [];
  let indent = -1;
  let end = -1;
  let start = nextLine(text, headerEnd);
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const next = nl < 0 ? text.length : nl + 1;
    const lineEnd = nl < 0 ? text.length : text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    let n = 0;
    while (start + n < lineEnd && text.charCodeAt(start + n) === SPACE) n++;
    if (start + n === lineEnd) {
      if (indent < 0 || n > indent) bail(); // leading blank lines, or spaces that are content
      lines.push('');
    } else {
      if (indent < 0) indent = n > parentIndent ? n : bail();
      if (n < indent) break;
      const line = text.slice(start + indent, lineEnd);
      if (BLOCK_REFUSED.test(line) || (folded && n > indent)) bail();
      lines.push(line);
      end = next;
    }
    start = next;
  }
  while (lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) bail();
  let value = lines[0]!;
  let empty = 0;
  for (const line of lines.slice(1)) {
    if (line === '') empty++;
    else {
      // Folding: one line break between two lines is a space; each blank line between them, a line break.
      value += folded ? (empty === 0 ? ' ' : '\n'.repeat(empty)) : '\n'.repeat(empty + 1);
      value += line;
      empty = 0;
    }
  }
  return { value: strip ? value : `${value}\n`, end };
}

function nextLine(text: string, lineEnd: number): number {
  const nl = text.indexOf('\n', lineEnd);
  return nl < 0 ? text.length : nl + 1;
}

/** `{key: value, ...}` from `at` with scalar values; calls `each` per pair and returns the end of the `}`. */
export function flowMapAt(text: string, at: number, limit: number, each: (name: string, value: unknown, keyStart: number, valueStart: number, valueEnd: number) => void, nested = true): number {
  let i = at + 1;
  const skip = () => {
    while (text.charCodeAt(i) === SPACE) i++;
  };
  skip();
  if (text.charCodeAt(i) === 125 /* } */) return i + 1;
  for (;;) {
    skip();
    const keyStart = i;
    if (!(isLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) bail();
    while (i < limit && (isLetter(text.charCodeAt(i)) || (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) || text.charCodeAt(i) === 95 || text.charCodeAt(i) === 45)) i++;
    const name = nameAt(text, keyStart, i);
    if (text.charCodeAt(i) !== 58 || text.charCodeAt(i + 1) !== SPACE) bail();
    i += 2;
    skip();
    const valueStart = i;
    const q = text.charCodeAt(i);
    if (q === 123 /* { */ && nested) {
      // A mapping in the mapping (a flow item's cue or source): one level, scalars only.
      const map: Record<string, unknown> = {};
      i = flowMapAt(text, i, limit, (key, v) => {
        if (key in map) bail();
        map[key] = v;
      }, false);
      each(name, map, keyStart, valueStart, i);
    } else {
      let raw: string;
      if (q === 34 || q === 39) {
        const end = quotedEnd(text, i, limit);
        if (end < 0) bail();
        raw = text.slice(i, end);
        i = end;
      } else {
        let j = i;
        while (j < limit && text.charCodeAt(j) !== 44 && text.charCodeAt(j) !== 125) j++;
        let e = j;
        while (e > i && text.charCodeAt(e - 1) === SPACE) e--;
        raw = text.slice(i, e);
        i = e;
      }
      each(name, scalarValue(raw, true), keyStart, valueStart, i);
    }
    skip();
    const c = text.charCodeAt(i);
    if (c === 44 /* , */) {
      i++;
      continue;
    }
    if (c === 125) return i + 1;
    bail();
  }
}
