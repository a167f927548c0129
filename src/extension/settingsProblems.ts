// A wrong `seedAnnotator.*` value is ignored on its own (src/core/config.ts); this says so, once per distinct set
// of problems, with a button to the setting, so that a typo never silently changes what the editor accepts.
import * as vscode from 'vscode';
import { settingsProblemsReport } from '../core/settingValues';
import { SECTION, settings } from './settings';
import type { Warnings } from './warnings';

export const OPEN_SETTINGS = 'Open Settings';

export class SettingsProblemReporter implements vscode.Disposable {
  /** The problems last seen (reported if any), so that the same set is not reported again. */
  private seen = '';
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly warnings: Warnings,
    private readonly problems: () => readonly string[] = () => settings().problems,
  ) {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) this.check();
    });
    this.check();
  }

  private check(): void {
    const problems = this.problems();
    const seen = problems.join('\n');
    if (seen === this.seen) return;
    this.seen = seen;
    const report = settingsProblemsReport(problems);
    if (!report) return;
    this.warnings.show(report.message, OPEN_SETTINGS).then(
      (choice) => (choice === OPEN_SETTINGS ? vscode.commands.executeCommand('workbench.action.openSettings', report.setting) : undefined),
      () => undefined, // a dismissed or failed notification changes nothing
    );
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
