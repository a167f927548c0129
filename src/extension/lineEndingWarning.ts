// VS Code shows a file with mixed line endings (or lone CRs) with one line ending, so annotation offsets and
// textHash refer to the text shown, not the file on disk, until it is saved. Say so once per document.
import * as vscode from 'vscode';
import { describeMixedLineEndings, mixedLineEndings } from '../core/lineEndings';
import { decodeUtf8 } from '../core/text';
import { SEED_LANGUAGE_ID } from './settings';
import type { Warnings } from './warnings';

/** Larger files are not read a second time just for this check. */
export const MAX_LINE_ENDING_CHECK_BYTES = 50 * 1024 * 1024;

export class LineEndingWarner implements vscode.Disposable {
  /** Documents warned about in this session of VS Code (uri strings). */
  private readonly warned = new Set<string>();
  private readonly checking = new Set<string>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly warnings: Warnings) {
    // A bundle switched to the seed language is closed and opened again, so it arrives here too.
    this.subscription = vscode.workspace.onDidOpenTextDocument((doc) => void this.check(doc));
    for (const doc of vscode.workspace.textDocuments) void this.check(doc);
  }

  async check(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (document.languageId !== SEED_LANGUAGE_ID || this.warned.has(key) || this.checking.has(key) || !onDisk(document.uri)) return;
    this.checking.add(key);
    try {
      const message = await this.lineEndingMessage(document);
      if (message === undefined || this.warned.has(key)) return;
      this.warned.add(key);
      this.warnings.show(message).then(undefined, () => undefined);
    } finally {
      this.checking.delete(key);
    }
  }

  private async lineEndingMessage(document: vscode.TextDocument): Promise<string | undefined> {
    let diskText: string;
    try {
      if ((await vscode.workspace.fs.stat(document.uri)).size > MAX_LINE_ENDING_CHECK_BYTES) return undefined;
      diskText = decodeUtf8(await vscode.workspace.fs.readFile(document.uri));
    } catch {
      return undefined; // gone, unreadable or not UTF-8: nothing to compare with
    }
    if (document.isClosed) return undefined;
    const mixed = mixedLineEndings(diskText, document.getText(), document.eol === vscode.EndOfLine.CRLF ? 'CRLF' : 'LF');
    return mixed && describeMixedLineEndings(document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1), mixed);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

/** Files on disk or in the workspace's file system; not untitled documents, git revisions or other views. */
function onDisk(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' || vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}
