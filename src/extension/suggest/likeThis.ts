// Accept All Like This, beyond the document: every whole-word occurrence of the suggestion's text in the other
// seed documents of the workspace (in their bodies, not page chrome) that no entity covers and no rejection
// names, annotated with the same label (and link) through each document's session, one undoable change each.
import * as vscode from 'vscode';
import { isSeedTextFile } from '../../core/config';
import { recognize } from '../../core/documents';
import { acceptChange, isRejected, occurrences, type Suggestion } from '../../core/suggest/accept';
import { suggestionRanges } from '../../core/suggest/ranges';
import type { CommandContext } from '../commands/context';
import { readTextFile } from '../files';
import type { DocumentSession } from '../session';

export async function acceptLikeThisElsewhere(ctx: CommandContext, from: DocumentSession, like: Suggestion & { kind: 'entity' }): Promise<{ annotations: number; documents: number }> {
  const config = ctx.sessions.settings.core;
  const files = (await vscode.workspace.findFiles('**/*.txt', '**/{node_modules,.git,.vscode-test}/**'))
    .filter((uri) => uri.toString() !== from.uri.toString() && isSeedTextFile(vscode.workspace.asRelativePath(uri, false), config))
    .sort((a, b) => a.path.localeCompare(b.path));
  let annotations = 0;
  let documents = 0;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Annotating "${like.text}" as ${like.type} in other documents`, cancellable: true },
    async (progress, token) => {
      for (const [i, uri] of files.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${i + 1} of ${files.length}`, increment: 100 / files.length });
        const open = ctx.sessions.get(uri);
        const text = open ? open.document.getText() : await readTextFile(uri).catch(() => undefined);
        if (text === undefined || !text.includes(like.text)) continue;
        const places = occurrences(text, like.text, suggestionRanges(recognize(text, { fileName: uri.path, delimiters: config.delimiters, boilerplate: config.boilerplate })));
        if (places.length === 0) continue;
        const session = open ?? (await ctx.sessions.ensure(await vscode.workspace.openTextDocument(uri)));
        if (!session || session.readOnly) continue;
        const current = session.document.getText();
        const rejected = session.current.rejected;
        const free = occurrences(current, like.text, suggestionRanges(session.recognized))
          .map(([start, end]): Suggestion => ({ ...like, start, end }))
          .filter((s) => !isRejected(s, rejected) && ![s.start, s.end - 1].some((o) => session.at(o).some((a) => a.kind === 'entity')));
        if (free.length === 0) continue;
        const change = acceptChange(current, session.recognized, session.ids, session.current.entities, free, `Accept All "${like.text}" as ${like.type}`);
        session.perform(change);
        annotations += change.operations.length;
        documents++;
      }
    },
  );
  return { annotations, documents };
}
