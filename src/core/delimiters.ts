// Bundle delimiter lines: each introduces one document of a bundle. Mirrors syntaxes/seed.tmLanguage.json.
import { baseName } from './seedName';
import { regExpError } from './settingValues';

export interface DelimiterRule {
  /** A short name for messages and for the consistency rule below. */
  readonly form: string;
  /** Tested against one line without its terminator; the named group `name` is the document's name. */
  readonly pattern: RegExp;
}

export const BUILT_IN_DELIMITERS: readonly DelimiterRule[] = [
  // What `tail -n +1 a.txt b.txt` prints before each file.
  { form: 'tail', pattern: /^==>[ \t]+(?<name>.+?)[ \t]+<==[ \t]*$/ },
  // `===== NAME =====` and `--- NAME ---`: the name is one word, so a sentence between rules is not a delimiter.
  { form: 'equals', pattern: /^={3,}[ \t]*(?<name>[^\s=](?:\S*[^\s=])?)[ \t]*={3,}[ \t]*$/ },
  { form: 'dashes', pattern: /^-{3,}[ \t]*(?<name>[^\s-](?:\S*[^\s-])?)[ \t]*-{3,}[ \t]*$/ },
];

/** Compiles one user-defined delimiter pattern (a setting), or says why it cannot be one. */
export function compileDelimiterPattern(source: string, form: string): DelimiterRule | { error: string } {
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, 'u');
  } catch (err) {
    return { error: `is not a valid regular expression (${regExpError(err)})` };
  }
  if (!/\(\?<name>/.test(source)) return { error: 'has no named group "name" (write (?<name>...) around the document name)' };
  return { form, pattern };
}

/** Compiles user-defined delimiter patterns (a setting); each needs a named group `name`. */
export function compileDelimiterPatterns(sources: readonly string[]): { rules: DelimiterRule[]; errors: string[] } {
  const rules: DelimiterRule[] = [];
  const errors: string[] = [];
  sources.forEach((source, i) => {
    const compiled = compileDelimiterPattern(source, `custom ${i + 1}`);
    if ('error' in compiled) errors.push(`delimiter pattern ${i + 1} (${source}) ${compiled.error}`);
    else rules.push(compiled);
  });
  return { rules, errors };
}

export interface DelimiterMatch {
  readonly rule: DelimiterRule;
  readonly name: string;
}

/** The delimiter this line is, if any. User rules come first: they describe the user's own bundles. */
export function matchDelimiter(line: string, rules: readonly DelimiterRule[]): DelimiterMatch | undefined {
  const content = line.startsWith('\uFEFF') ? line.slice(1) : line;
  for (const rule of rules) {
    const m = rule.pattern.exec(content);
    const name = m?.groups?.['name']?.trim();
    if (name) return { rule, name };
  }
  return undefined;
}

/** A seed's name, with or without `.txt`: `000_ada6b8799641a7d2`. */
const SEED_ID = /^\d{3}_[0-9a-f]{16}(?:\.txt)?$/i;

/**
 * Whether a later delimiter-looking line belongs to the same bundle as the first delimiter: the same form, and
 * if the first named a `.txt` file, a `.txt` name too; if it named a seed, a seed too. This keeps
 * "--- UPDATE ---" or "--- Advertisement ---" inside an article of a `--- 000_x.txt ---` or `--- 000_x ---`
 * bundle, or any `=====` line inside a `tail` bundle, as article text.
 */
export function sameBundleShape(first: DelimiterMatch, other: DelimiterMatch): boolean {
  if (first.rule !== other.rule) return false;
  const txt = (name: string) => name.toLowerCase().endsWith('.txt');
  const seed = (name: string) => SEED_ID.test(baseName(name.trim()));
  return (!txt(first.name) || txt(other.name)) && (!seed(first.name) || seed(other.name));
}
