import * as vscode from 'vscode';

/** Shows warnings and keeps what was said, so that integration tests can check it (`api.warnings()`). */
export class Warnings {
  private readonly shown: string[] = [];

  /** Resolves to the action chosen, or undefined when the message was dismissed. */
  show(message: string, ...actions: string[]): Thenable<string | undefined> {
    this.shown.push(message);
    return vscode.window.showWarningMessage(message, ...actions);
  }

  /** Every message shown so far, oldest first. */
  all(): string[] {
    return [...this.shown];
  }
}
