import * as vscode from 'vscode';
import { SEED_LANGUAGE_ID, settings } from './settings';

/**
 * Seed files are recognised by name through `contributes.languages`; bundle files have free names, so files that
 * match the `seedAnnotator.bundleGlobs` setting are switched to the seed language when they open.
 */
export class BundleLanguageAssigner implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((doc) => void this.assign(doc)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('seedAnnotator.bundleGlobs')) this.assignAll();
      }),
    );
    this.assignAll();
  }

  private assignAll(): void {
    for (const doc of vscode.workspace.textDocuments) void this.assign(doc);
  }

  /** True when `doc` matches one of the bundle globs (and is not already a seed document). */
  isBundle(doc: vscode.TextDocument): boolean {
    return settings().core.bundleGlobs.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
  }

  private async assign(doc: vscode.TextDocument): Promise<void> {
    // Only plain text is switched: a user who chose another language for a file keeps it.
    if (doc.languageId !== 'plaintext' || !this.isBundle(doc)) return;
    await vscode.languages.setTextDocumentLanguage(doc, SEED_LANGUAGE_ID);
  }

  dispose(): void {
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }
}
