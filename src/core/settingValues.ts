// Reading `seedAnnotator.*` values that users type by hand: a wrong entry is reported and ignored on its own, so
// one typo never silently empties a list or switches a feature off. Every problem starts with the full setting
// id (`seedAnnotator.labels ...`): the CLI prints it, and the editor opens that setting from its message.

export const SETTINGS_SECTION = 'seedAnnotator';

/** Reads one `seedAnnotator.<key>` value (undefined when it is not set). */
export type SettingGetter = (key: string) => unknown;

export function settingId(key: string): string {
  return `${SETTINGS_SECTION}.${key}`;
}

/** The setting a problem is about (`seedAnnotator.boilerplate.patterns`), from the id it starts with. */
export function settingOfProblem(problem: string): string | undefined {
  return /^seedAnnotator(?:\.[A-Za-z]+)+/.exec(problem)?.[0];
}

/** A value as the user wrote it, short enough for a message. */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** "seedAnnotator.labels item 3 ({"color":"red"})": items count from 1, as in the Settings editor. */
export function itemRef(key: string, index: number, value: unknown): string {
  return `${settingId(key)} item ${index + 1} (${shown(value)})`;
}

/** A regular expression's error without the pattern V8 repeats ("Invalid regular expression: /(x/u: Unterminated group"). */
export function regExpError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
}

/** What a list item parser returns for an item it cannot use: why, as the end of a sentence about the item. */
export interface Invalid {
  readonly invalid: string;
}

/**
 * A list of strings, each trimmed and parsed: undefined when not set; `fallback` (with a problem) when not a
 * list; otherwise what its items parse to, each item that is not a non-empty string or does not parse being
 * reported (in item order) and ignored.
 */
export function stringList<T = string>(
  get: SettingGetter,
  key: string,
  problems: string[],
  fallback: { readonly values: readonly T[]; readonly saying: string },
  parse: (value: string, index: number) => T | Invalid = (value) => value as T,
): T[] | undefined {
  const value = get(key);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push(`${settingId(key)} should be a list of strings, not ${shown(value)}; ${fallback.saying}`);
    return [...fallback.values];
  }
  const items: T[] = [];
  value.forEach((item: unknown, index) => {
    const parsed: T | Invalid =
      typeof item !== 'string' ? { invalid: 'is not a string' } : item.trim() === '' ? { invalid: 'is empty' } : parse(item.trim(), index);
    if (isInvalid(parsed)) problems.push(`${itemRef(key, index, item)} ${parsed.invalid}; it is ignored`);
    else items.push(parsed);
  });
  return items;
}

function isInvalid(value: unknown): value is Invalid {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Invalid>).invalid === 'string';
}

export function booleanSetting(get: SettingGetter, key: string, fallback: boolean, problems: string[]): boolean {
  const value = get(key);
  if (value === undefined || typeof value === 'boolean') return value ?? fallback;
  problems.push(`${settingId(key)} should be true or false, not ${shown(value)}; using the default (${fallback})`);
  return fallback;
}

/** A number of at least `min`. */
export function numberSetting(get: SettingGetter, key: string, fallback: number, problems: string[], min = 0): number {
  const value = get(key);
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value >= min) return value;
  problems.push(`${settingId(key)} should be a number of at least ${min}, not ${shown(value)}; using the default (${fallback})`);
  return fallback;
}

/** At most this many problems are spelled out in one message; the rest are counted. */
const MAX_PROBLEMS_SHOWN = 5;

/** The warning for a set of settings problems and the setting to open from it (the first problem's), or undefined when there are none. */
export function settingsProblemsReport(problems: readonly string[]): { message: string; setting: string } | undefined {
  if (problems.length === 0) return undefined;
  const sentence = (p: string) => (/[.!?]$/.test(p) ? p : `${p}.`);
  const listed = problems.slice(0, MAX_PROBLEMS_SHOWN).map(sentence).join(' ');
  const more = problems.length > MAX_PROBLEMS_SHOWN ? ` And ${problems.length - MAX_PROBLEMS_SHOWN} more.` : '';
  const heading = problems.length === 1 ? 'Seed Annotator settings:' : `Seed Annotator settings (${problems.length} problems):`;
  return { message: `${heading} ${listed}${more}`, setting: settingOfProblem(problems[0]!) ?? SETTINGS_SECTION };
}
