// Suggest Annotations in Workspace: every seed document, open or not, suggested in the worker one after another
// with progress and Cancel; documents not open keep their suggestions in memory for the Documents view (nothing
// is written: `seed-annotator suggest --write` writes them into the sidecars).
import * as vscode from 'vscode';
import { isSeedTextFile } from '../../core/config';
import { recognize } from '../../core/documents';
import { hasErrors } from '../../core/problems';
import { loadSidecar } from '../../core/sidecar/load';
import type { CommandContext } from '../commands/context';
import { readTextFile, sidecarUriFor } from '../files';
import type { SuggestionManager } from './suggestions';

export interface WorkspaceSuggestions {
  readonly documents: number;
  readonly suggestions: number;
  /** Files left out: a sidecar with errors (fix it first), or a file that could not be read. */
  readonly skipped: string[];
  readonly cancelled: boolean;
}

export async function suggestWorkspace(ctx: CommandContext, suggestions: SuggestionManager): Promise<WorkspaceSuggestions> {
  const settings = ctx.sessions.settings;
  const files = (await vscode.workspace.findFiles('**/*.txt', '**/{node_modules,.git,.vscode-test}/**'))
    .filter((uri) => isSeedTextFile(vscode.workspace.asRelativePath(uri, false), settings.core))
    .sort((a, b) => a.path.localeCompare(b.path));
  let documents = 0;
  let total = 0;
  const skipped: string[] = [];
  let cancelled = false;
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Suggesting annotations in the workspace', cancellable: true }, async (progress, token) => {
    for (const [i, uri] of files.entries()) {
      if (token.isCancellationRequested) {
        cancelled = true;
        break;
      }
      progress.report({ message: `${i + 1} of ${files.length}: ${uri.path.split('/').pop()}`, increment: 100 / files.length });
      const open = ctx.sessions.get(uri);
      if (open) {
        total += (await suggestions.run(open))?.length ?? 0;
        documents++;
        continue;
      }
      const text = await readTextFile(uri).catch(() => undefined);
      const yaml = await readTextFile(sidecarUriFor(uri, settings)).catch(() => undefined);
      const read = yaml !== undefined ? loadSidecar(yaml, { labels: settings.core.labels }) : undefined;
      if (text === undefined || (read && (hasErrors(read.problems) || !read.sidecar))) {
        skipped.push(vscode.workspace.asRelativePath(uri, false));
        continue;
      }
      const file = recognize(text, { fileName: uri.path, delimiters: settings.core.delimiters, boilerplate: settings.core.boilerplate });
      total += (await suggestions.suggestClosed(uri, text, file, read?.sidecar)) ?? 0;
      documents++;
    }
  });
  const left = skipped.length > 0 ? `; left out (sidecar with errors, or unreadable): ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ` and ${skipped.length - 5} more` : ''}` : '';
  void vscode.window.showInformationMessage(`Seed Annotator: ${total} suggestion${total === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}${cancelled ? ' (cancelled)' : ''}${left}. The Documents view lists them.`);
  return { documents, suggestions: total, skipped, cancelled };
}
