// File access for the command line (Node only).
import * as fs from 'fs';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import * as path from 'path';
import { configFrom, DEFAULT_CONFIG, isSeedTextFile, sidecarPathFor, SIDECAR_SUFFIX, textPathFor, type SeedConfig } from '../core/config';
import type { RecognizedFile } from '../core/documents';
import { lineStarts, positionAt } from '../core/text';

/** Bad usage or a file that cannot be read: a one-line message, exit status 2. */
export class UsageError extends Error {}

/** A file that is there but is not UTF-8: where its first bad byte is (1-based line and column, in bytes). */
export class NotUtf8Error extends UsageError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly col: number,
    readonly byteOffset: number,
  ) {
    super(`${file} is not UTF-8 text (byte ${byteOffset}, line ${line})`);
  }
}

export function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message}`);
  }
  const text = decodeOrUndefined(bytes);
  if (text !== undefined) return text;
  const at = firstInvalidUtf8(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  throw new NotUtf8Error(file, line, at - lineStart + 1, at);
}

function decodeOrUndefined(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (bytes.length if none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    // n continuation bytes, and the smallest code point that needs them (smaller is an overlong form).
    const [n, min] = b < 0x80 ? [0, 0] : b >= 0xc2 && b <= 0xdf ? [1, 0x80] : b >= 0xe0 && b <= 0xef ? [2, 0x800] : b >= 0xf0 && b <= 0xf4 ? [3, 0x10000] : [-1, 0];
    if (n < 0) return i;
    let cp = n === 0 ? b : b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return i;
}

/** Files under `dir`, skipping hidden folders and node_modules; paths relative to `dir`, / separated. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile() || (entry.isSymbolicLink() && isFile(path.join(dir, child)))) out.push(child);
    }
  };
  visit('');
  return out.sort();
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** A path relative to the current folder (the workspace root for the sidecar folder setting), / separated. */
export function relative(p: string): string {
  return path.relative(process.cwd(), path.resolve(p)).split(path.sep).join('/') || '.';
}

export interface Pair {
  /** Paths relative to the current folder. */
  readonly sidecar: string;
  readonly text: string;
}

export interface Collected {
  readonly pairs: Pair[];
  /** Seed files found without a sidecar. */
  readonly unannotated: string[];
  /** Targets that are not there, or not usable: one message each. */
  readonly errors: string[];
}

/**
 * The sidecar + seed text pairs under `targets`: a folder is searched recursively (sidecars, and seed files
 * whose sidecar is beside them or under the sidecar folder), a sidecar names its text file, a seed file its
 * sidecar. With `sidecarRequired`, a seed file named on the command line without a sidecar is an error.
 */
export function collectPairs(targets: readonly string[], config: SeedConfig, sidecarRequired = false): Collected {
  const pairs = new Map<string, Pair>();
  const unannotated: string[] = [];
  const errors: string[] = [];
  const addText = (text: string, named: boolean) => {
    const sidecar = sidecarPathFor(text, config);
    if (pairs.has(sidecar)) return;
    if (fs.existsSync(sidecar)) pairs.set(sidecar, { sidecar, text });
    else if (named && sidecarRequired) errors.push(`no sidecar ${sidecar} for ${text}`);
    else unannotated.push(text);
  };
  const addSidecar = (sidecar: string, named: boolean) => {
    const text = textPathFor(sidecar, config);
    if (text !== undefined) pairs.set(sidecar, { sidecar, text });
    else if (named) errors.push(`${sidecar} is not under the sidecar folder ${config.sidecarFolder}: no text file to check it against`);
  };
  for (const target of targets) {
    if (!fs.existsSync(target)) {
      errors.push(`no such file or folder: ${target}`);
      continue;
    }
    const rel = relative(target);
    if (fs.statSync(target).isDirectory()) {
      const files = walk(target).map((f) => (rel === '.' ? f : `${rel}/${f}`));
      for (const f of files) if (f.endsWith(SIDECAR_SUFFIX)) addSidecar(f, false);
      // Sidecars kept in the sidecar folder are found from their text files.
      for (const f of files) if (!f.endsWith(SIDECAR_SUFFIX) && f.toLowerCase().endsWith('.txt') && isSeedTextFile(f, config)) addText(f, false);
    } else if (rel.endsWith(SIDECAR_SUFFIX)) addSidecar(rel, true);
    else addText(rel, true);
  }
  return { pairs: [...pairs.values()].sort((a, b) => a.sidecar.localeCompare(b.sidecar)), unannotated: [...new Set(unannotated)], errors };
}

/**
 * recognize()'s warnings (two documents with the same name, delimiter-like lines read as text), each with where
 * it is: the delimiter line of the later document of a name, or the line the warning names. Printed as
 * `FILE:LINE:COL: warning: message`.
 */
export function textWarnings(file: string, text: string, recognized: RecognizedFile): string[] {
  if (recognized.warnings.length === 0) return [];
  const seen = new Set<string>();
  const repeated: number[] = [];
  for (const d of recognized.documents) {
    if (seen.has(d.id)) repeated.push(d.delimiter?.start ?? d.start);
    seen.add(d.id);
  }
  const starts = lineStarts(text);
  let nextRepeated = 0;
  return recognized.warnings.map((w) => {
    let line = 1;
    let col = 1;
    const named = /^line (\d+)\b/.exec(w);
    if (/^two documents are named /.test(w) && nextRepeated < repeated.length) {
      const at = positionAt(starts, repeated[nextRepeated++]!);
      line = at.line + 1;
      col = at.col + 1;
    } else if (named) line = Number(named[1]);
    return `${file}:${line}:${col}: warning: ${w}`;
  });
}

/**
 * Settings for the CLI: `--config FILE` if given, else `.vscode/settings.json` in the current folder, so the
 * CLI and the editor agree on labels, bundle globs and the sidecar folder. JSON with comments and trailing
 * commas, as VS Code reads it.
 */
export function loadConfig(configFile: string | undefined, warn: (s: string) => void): SeedConfig {
  const file = configFile ?? path.join(process.cwd(), '.vscode', 'settings.json');
  if (!fs.existsSync(file)) {
    if (configFile) throw new UsageError(`no config file ${configFile}`);
    return DEFAULT_CONFIG;
  }
  const text = readText(file);
  const errors: ParseError[] = [];
  const settings: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const { line, col } = positionAt(lineStarts(text), errors[0]!.offset);
    throw new UsageError(`${file}:${line + 1}:${col + 1}: not valid JSON: ${describeJsonError(printParseErrorCode(errors[0]!.error))}`);
  }
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) throw new UsageError(`${file} should hold a JSON object of settings`);
  const values = settings as Record<string, unknown>;
  const { config, problems } = configFrom((key) => values[`seedAnnotator.${key}`]);
  for (const p of problems) warn(`${file}: ${p}\n`);
  return config;
}

/** `CloseBraceExpected` -> `close brace expected`. */
function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
