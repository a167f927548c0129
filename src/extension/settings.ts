import * as vscode from 'vscode';

export const SEED_LANGUAGE_ID = 'seed';
export const SECTION = 'seedAnnotator';

/** Typed view of the `seedAnnotator.*` settings; read on demand so changes apply without a reload. */
export interface Settings {
  readonly bundleGlobs: readonly string[];
}

export function settings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    bundleGlobs: config.get<string[]>('bundleGlobs', []).filter((g) => typeof g === 'string' && g.trim() !== ''),
  };
}
