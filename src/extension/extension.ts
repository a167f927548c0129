import * as vscode from 'vscode';
import { BundleLanguageAssigner } from './bundleLanguage';
import { SeedStatusBar } from './statusBar';

/** What `activate()` returns: a small API for integration tests and other extensions. */
export interface SeedAnnotatorApi {
  /** The status bar item's text, or undefined while it is hidden. */
  statusBarText(): string | undefined;
}

export function activate(context: vscode.ExtensionContext): SeedAnnotatorApi {
  const bundles = new BundleLanguageAssigner();
  const statusBar = new SeedStatusBar();
  context.subscriptions.push(bundles, statusBar);
  return { statusBarText: () => statusBar.text };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
