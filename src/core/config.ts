// Settings shared by the extension (from `seedAnnotator.*`) and the CLI (from .vscode/settings.json or --config).
import { compileBoilerplatePattern, DEFAULT_BOILERPLATE, type BoilerplateOptions } from './boilerplate';
import { BUILT_IN_DELIMITERS, compileDelimiterPattern, type DelimiterRule } from './delimiters';
import { matchesGlob } from './glob';
import { readLabels, type LabelSpec } from './labels';
import { DEFAULT_LABELS } from './model';
import { isSeedFileName } from './seedName';
import { booleanSetting, numberSetting, regExpError, settingId, shown, stringList, type Invalid, type SettingGetter } from './settingValues';

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

/**
 * Reads `seedAnnotator.<key>` values through `get`. Each wrong value or list item is reported (a sentence that
 * starts with the setting id, names the item and says what happens) and ignored on its own; a wrong value
 * falls back to its default. `labelSpecs` are the labels with the colours and keys the editor uses.
 */
export function configFrom(get: SettingGetter): { config: SeedConfig; problems: string[]; labelSpecs: readonly LabelSpec[] } {
  const problems: string[] = [];
  const labelSpecs = readLabels(get('labels'), problems);
  const bundleGlobs = stringList(get, 'bundleGlobs', problems, { values: DEFAULT_BUNDLE_GLOBS, saying: `using the default (${DEFAULT_BUNDLE_GLOBS.join(', ')})` });
  const folder = get('sidecarFolder');
  if (folder !== undefined && typeof folder !== 'string') problems.push(`${settingId('sidecarFolder')} should be a folder path, not ${shown(folder)}; sidecars are kept beside their text`);
  const delimiters = stringList(get, 'delimiterPatterns', problems, { values: [], saying: 'only the built-in delimiters are used' }, delimiterRule);
  const phrases = stringList(get, 'boilerplate.phrases', problems, { values: [], saying: 'using the built-in phrases only' });
  const patterns = stringList(get, 'boilerplate.patterns', problems, { values: [], saying: 'using the built-in patterns only' }, boilerplatePattern);
  return {
    config: {
      labels: labelSpecs.map((l) => l.name),
      bundleGlobs: bundleGlobs ?? DEFAULT_BUNDLE_GLOBS,
      delimiters: [...(delimiters ?? []), ...BUILT_IN_DELIMITERS],
      boilerplate: {
        enabled: booleanSetting(get, 'boilerplate.enabled', DEFAULT_BOILERPLATE.enabled, problems),
        phrases: [...DEFAULT_BOILERPLATE.phrases, ...(phrases ?? [])],
        patterns: [...DEFAULT_BOILERPLATE.patterns, ...(patterns ?? [])],
        shortLineWords: numberSetting(get, 'boilerplate.shortLineWords', DEFAULT_BOILERPLATE.shortLineWords, problems),
      },
      sidecarFolder: typeof folder === 'string' && folder.trim() !== '' ? folder.trim().replace(/^\.?\/+|\/+$/g, '') : undefined,
    },
    problems,
    labelSpecs,
  };
}

/** A user delimiter rule, named `custom N` after its item number in the setting. */
function delimiterRule(source: string, index: number): DelimiterRule | Invalid {
  const compiled = compileDelimiterPattern(source, `custom ${index + 1}`);
  return 'error' in compiled ? { invalid: compiled.error } : compiled;
}

/** A boilerplate pattern that compiles; one that does not is reported here, where the classifier would skip it unseen. */
function boilerplatePattern(source: string): string | Invalid {
  try {
    compileBoilerplatePattern(source);
    return source;
  } catch (err) {
    return { invalid: `is not a valid regular expression (${regExpError(err)})` };
  }
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
