import * as vscode from 'vscode';
import { configFrom, type SeedConfig } from '../core/config';
import { DEFAULT_LABEL_SPECS, type LabelSpec } from '../core/labels';
import { booleanSetting, numberSetting, SETTINGS_SECTION } from '../core/settingValues';

export const SEED_LANGUAGE_ID = 'seed';
export const SECTION = SETTINGS_SECTION;

/** An entity label with what the editor shows of it; src/core/labels.ts decides which setting items are labels. */
export type Label = LabelSpec;

/** Typed view of the `seedAnnotator.*` settings; read on demand so that changes apply without a reload. */
export interface Settings {
  readonly core: SeedConfig;
  /** Never empty: without a usable label in the setting, the defaults. `core.labels` holds their names. */
  readonly labels: readonly Label[];
  readonly badges: boolean;
  /** Files longer than this (in characters) are annotated but not decorated. */
  readonly maxDecoratedSize: number;
  /** Suggest entities and claims when a seed document opens (else only on request). */
  readonly suggestOnOpen: boolean;
  /** Suggestions scored below this (0..1) are not shown. */
  readonly suggestionThreshold: number;
  /** What is wrong in the settings, one sentence each, starting with the setting id (shown by SettingsProblemReporter). */
  readonly problems: string[];
}

export const DEFAULT_LABELS: readonly Label[] = DEFAULT_LABEL_SPECS;

export function settings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const get = (key: string) => config.get(key);
  const { config: core, problems, labelSpecs } = configFrom(get);
  return {
    core,
    labels: labelSpecs,
    badges: booleanSetting(get, 'decorations.badges', true, problems),
    maxDecoratedSize: numberSetting(get, 'decorations.maxFileSize', 5_000_000, problems),
    suggestOnOpen: booleanSetting(get, 'suggestions.onOpen', true, problems),
    suggestionThreshold: Math.min(1, Math.max(0, numberSetting(get, 'suggestions.threshold', 0.5, problems))),
    problems,
  };
}
