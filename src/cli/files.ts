// File access for the command line (Node only).
import * as fs from 'fs';
import * as path from 'path';
import { configFrom, DEFAULT_CONFIG, type SeedConfig } from '../core/config';
import { decodeUtf8 } from '../core/text';

export class UsageError extends Error {}

export function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  try {
    return decodeUtf8(bytes);
  } catch {
    throw new UsageError(`${file} is not UTF-8 text`);
  }
}

/** Files under `dir`, skipping hidden folders and node_modules; paths relative to `dir`, / separated. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  visit('');
  return out.sort();
}

/** Removes // and /* *\/ comments and trailing commas (VS Code's settings files are JSON with comments). */
function parseJsonc(text: string): unknown {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else out += c;
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

/**
 * Settings for the CLI: `--config FILE` if given, else `.vscode/settings.json` in the current folder, so the
 * CLI and the editor agree on labels, bundle globs and the sidecar folder.
 */
export function loadConfig(configFile: string | undefined, warn: (s: string) => void): SeedConfig {
  const file = configFile ?? path.join(process.cwd(), '.vscode', 'settings.json');
  if (!fs.existsSync(file)) {
    if (configFile) throw new UsageError(`no config file ${configFile}`);
    return DEFAULT_CONFIG;
  }
  let settings: Record<string, unknown>;
  try {
    settings = parseJsonc(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new UsageError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
  const { config, problems } = configFrom((key) => settings[`seedAnnotator.${key}`]);
  for (const p of problems) warn(`${file}: ${p}\n`);
  return config;
}
