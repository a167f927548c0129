import * as vscode from 'vscode';
import type { Sessions } from './sessions';
import { SEED_LANGUAGE_ID } from './settings';

/** Entities, claims and orphans of the active seed document; a click lists them. */
export class SeedStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('seedAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private visible = false;

  constructor(private readonly sessions: Sessions) {
    this.item.name = 'Seed Annotator';
    this.item.command = 'seedAnnotator.showAnnotations';
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (doc === vscode.window.activeTextEditor?.document) this.update();
      }),
      sessions.onDidChange((session) => {
        if (session.document === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
    this.update();
  }

  /** What the item shows now, or undefined while it is hidden (for tests). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== SEED_LANGUAGE_ID) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const session = this.sessions.get(doc.uri);
    const { entities, claims, orphans } = session?.counts ?? { entities: 0, claims: 0, orphans: 0 };
    const problems = session?.readOnly ? ' $(error)' : '';
    const waiting = session?.waiting ?? 0;
    const held = waiting > 0 ? `${waiting} annotation change${waiting === 1 ? ' waits' : 's wait'} for the text to be saved` : '';
    this.item.text = `$(tag) ${entities} $(comment-discussion) ${claims}${orphans > 0 ? ` $(warning) ${orphans}` : ''}${problems}${held ? ` $(clock) ${held}` : ''}`;
    this.item.tooltip = session?.readOnly
      ? `${session.sidecarName} has problems (see the Problems panel): nothing is written until they are fixed.`
      : `Seed Annotator: ${entities} entit${entities === 1 ? 'y' : 'ies'}, ${claims} claim${claims === 1 ? '' : 's'}${orphans > 0 ? `, ${orphans} orphan${orphans === 1 ? '' : 's'} (text gone)` : ''}.${held ? ` ${held} (kept safe meanwhile).` : ''} Click to list them.`;
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }
}
