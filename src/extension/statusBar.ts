import * as vscode from 'vscode';
import { SEED_LANGUAGE_ID } from './settings';

/** One status bar item, shown while the active editor holds a seed document. */
export class SeedStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('seedAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'Seed Annotator';
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (doc === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
    this.update();
  }

  /** What the item shows now, or undefined while it is hidden (for tests). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private visible = false;

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== SEED_LANGUAGE_ID) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const name = doc.uri.path.split('/').pop() ?? doc.uri.path;
    this.item.text = '$(book) Seed';
    this.item.tooltip = `Seed Annotator: ${name} is a seed document`;
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }
}
