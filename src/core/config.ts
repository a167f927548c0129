// Settings shared by the extension (from `seedAnnotator.*`) and the CLI (from .vscode/settings.json or --config).
import { DEFAULT_BOILERPLATE, type BoilerplateOptions } from './boilerplate';
import { BUILT_IN_DELIMITERS, compileDelimiterPatterns, type DelimiterRule } from './delimiters';
import { matchesGlob } from './glob';
import { DEFAULT_LABELS } from './model';
import { isSeedFileName } from './seedName';

export interface SeedConfig {
  readonly labels: readonly string[];
  readonly bundleGlobs: readonly string[];
  /** User delimiter rules first, then the built-in forms. */
  readonly delimiters: readonly DelimiterRule[];
  readonly boilerplate: BoilerplateOptions;
  /** Folder (relative to the workspace root) holding every sidecar, or undefined for sidecars beside their text. */
  readonly sidecarFolder: string | undefined;
}

export const DEFAULT_BUNDLE_GLOBS: readonly string[] = ['**/bundle-*.txt', '**/*.seeds.txt'];

export const DEFAULT_CONFIG: SeedConfig = {
  labels: DEFAULT_LABELS,
  bundleGlobs: DEFAULT_BUNDLE_GLOBS,
  delimiters: BUILT_IN_DELIMITERS,
  boilerplate: DEFAULT_BOILERPLATE,
  sidecarFolder: undefined,
};

/** Reads `seedAnnotator.<key>` values through `get`; wrong types fall back to defaults with a message. */
export function configFrom(get: (key: string) => unknown): { config: SeedConfig; problems: string[] } {
  const problems: string[] = [];
  const strings = (key: string, fallback: readonly string[]): readonly string[] => {
    const value = get(key);
    if (value === undefined) return fallback;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.map((v: string) => v.trim()).filter(Boolean);
    problems.push(`seedAnnotator.${key} should be a list of strings; using the default`);
    return fallback;
  };
  const labels = labelNames(get('labels'), problems);
  const { rules, errors } = compileDelimiterPatterns(strings('delimiterPatterns', []));
  problems.push(...errors.map((e) => `seedAnnotator.delimiterPatterns: ${e}`));
  const enabled = get('boilerplate.enabled');
  const words = get('boilerplate.shortLineWords');
  const folder = get('sidecarFolder');
  return {
    config: {
      labels,
      bundleGlobs: strings('bundleGlobs', DEFAULT_BUNDLE_GLOBS),
      delimiters: [...rules, ...BUILT_IN_DELIMITERS],
      boilerplate: {
        enabled: typeof enabled === 'boolean' ? enabled : true,
        phrases: [...DEFAULT_BOILERPLATE.phrases, ...strings('boilerplate.phrases', [])],
        patterns: [...DEFAULT_BOILERPLATE.patterns, ...strings('boilerplate.patterns', [])],
        shortLineWords: typeof words === 'number' && words >= 0 ? words : DEFAULT_BOILERPLATE.shortLineWords,
      },
      sidecarFolder: typeof folder === 'string' && folder.trim() !== '' ? folder.trim().replace(/^\.?\/+|\/+$/g, '') : undefined,
    },
    problems,
  };
}

/** Labels may be given as names or as {name, color, key, description} objects (the editor uses the rest). */
function labelNames(value: unknown, problems: string[]): readonly string[] {
  if (value === undefined) return DEFAULT_LABELS;
  if (!Array.isArray(value)) {
    problems.push('seedAnnotator.labels should be a list; using the default labels');
    return DEFAULT_LABELS;
  }
  const names = value.map((v) => (typeof v === 'string' ? v : typeof v === 'object' && v !== null && typeof (v as { name?: unknown }).name === 'string' ? (v as { name: string }).name : undefined));
  if (names.some((n) => n === undefined || n.trim() === '')) problems.push('seedAnnotator.labels: every label needs a name; ignoring those without');
  const clean = names.filter((n): n is string => typeof n === 'string' && n.trim() !== '').map((n) => n.trim());
  return clean.length > 0 ? clean : DEFAULT_LABELS;
}

/** Whether a file (path relative to the workspace root, / separated) holds seed documents. */
export function isSeedTextFile(relativePath: string, config: SeedConfig): boolean {
  return isSeedFileName(relativePath) || config.bundleGlobs.some((g) => matchesGlob(relativePath, g));
}

export const SIDECAR_SUFFIX = '.annotations.yaml';

/** Sidecar of a text file, both relative to the workspace root: `DIR/NAME.annotations.yaml`, or under the sidecar folder. */
export function sidecarPathFor(relativeTextPath: string, config: Pick<SeedConfig, 'sidecarFolder'>): string {
  const base = relativeTextPath.replace(/\.txt$/i, '') + SIDECAR_SUFFIX;
  return config.sidecarFolder ? `${config.sidecarFolder}/${base}` : base;
}

/** The text file a sidecar belongs to (the inverse of sidecarPathFor), or undefined if it is not a sidecar path. */
export function textPathFor(relativeSidecarPath: string, config: Pick<SeedConfig, 'sidecarFolder'>): string | undefined {
  if (!relativeSidecarPath.endsWith(SIDECAR_SUFFIX)) return undefined;
  let base = relativeSidecarPath.slice(0, -SIDECAR_SUFFIX.length);
  if (config.sidecarFolder) {
    if (!base.startsWith(`${config.sidecarFolder}/`)) return undefined;
    base = base.slice(config.sidecarFolder.length + 1);
  }
  return `${base}.txt`;
}
