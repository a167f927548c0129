// Taken when this module is evaluated (after the modules it imports): activation time counts activate() and
// the top-level code of this module.
const loadedAt = performance.now();

import * as vscode from 'vscode';
import { BundleLanguageAssigner } from './bundleLanguage';
import { SeedStatusBar } from './statusBar';

/** What `activate()` returns: a small API for integration tests and other extensions. */
export interface SeedAnnotatorApi {
  /** The status bar item's text, or undefined while it is hidden. */
  statusBarText(): string | undefined;
  /** Milliseconds from evaluating this module to the end of activate() (reported by `npm run bench`). */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): SeedAnnotatorApi {
  const bundles = new BundleLanguageAssigner();
  const statusBar = new SeedStatusBar();
  context.subscriptions.push(bundles, statusBar);
  return { statusBarText: () => statusBar.text, activationMs: performance.now() - loadedAt };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
