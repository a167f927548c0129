// "Export Annotations…": a format, a scope (this document, this file, the seeds selected in the tree or the
// Explorer, every seed, only documents marked done) and a destination, remembered; progress with Cancel; a
// message at the end with what was left out and why. Files are read and written through workspace.fs.
import * as vscode from 'vscode';
import { documentAround } from '../core/documents';
import { EXPORT_FORMATS, exportFormat } from '../core/export/formats';
import { describeReport, runExport, type ExportResult } from '../core/export/run';
import type { ExportFormat, OffsetUnit } from '../core/export/types';
import { command, UserError, type CommandContext } from './commands/context';
import { readTextFile, sidecarUriFor } from './files';
import type { WorkspaceIndex } from './tree/workspaceIndex';

export type ExportScope = 'document' | 'file' | 'selected' | 'workspace' | 'done';

/** What tests and other extensions pass to run it without a question. */
export interface ExportArgs {
  readonly format?: string;
  readonly scope?: ExportScope;
  /** The seed files of the `selected` scope. */
  readonly uris?: ReadonlyArray<string | vscode.Uri>;
  /** A file (single-stream formats) or a folder. */
  readonly destination?: string | vscode.Uri;
  readonly unit?: OffsetUnit;
  readonly includeBoilerplate?: boolean;
}

const LAST = 'seedAnnotator.export.last';
const toUri = (u: string | vscode.Uri) => (typeof u === 'string' ? vscode.Uri.parse(u) : u);

export function registerExportCommand(ctx: CommandContext, index: () => Promise<WorkspaceIndex>, memento: vscode.Memento): vscode.Disposable {
  // From the Explorer's or the tree's context menu: (clicked, all selected); from the palette: nothing; tests: ExportArgs.
  return command('seedAnnotator.exportAnnotations', async (first?: ExportArgs | vscode.Uri | { uri: vscode.Uri }, selected?: Array<vscode.Uri | { uri: vscode.Uri }>) => {
    const picked = first instanceof vscode.Uri || (first && 'uri' in first && first.uri instanceof vscode.Uri) ? (selected && selected.length > 0 ? selected : [first]).map((x) => (x instanceof vscode.Uri ? x : (x as { uri: vscode.Uri }).uri)) : undefined;
    const args: ExportArgs = picked ? { scope: 'selected', uris: picked } : ((first as ExportArgs | undefined) ?? {});
    return exportAnnotations(ctx, await index(), memento, args);
  });
}

async function exportAnnotations(ctx: CommandContext, index: WorkspaceIndex, memento: vscode.Memento, args: ExportArgs): Promise<{ destination: string; report: ExportResult['report'] } | undefined> {
  const last = memento.get<{ format?: string; scope?: ExportScope; destination?: string }>(LAST) ?? {};
  const format = args.format ? exportFormat(args.format) : await pickFormat(last.format);
  if (!format) {
    if (args.format) throw new UserError(`unknown export format "${args.format}" (${EXPORT_FORMATS.map((f) => f.name).join(', ')})`);
    return undefined;
  }
  const editor = vscode.window.activeTextEditor;
  const activeSession = editor ? ctx.sessions.get(editor.document.uri) : undefined;
  const scope = args.scope ?? (await pickScope(last.scope, activeSession !== undefined, (args.uris?.length ?? 0) > 0));
  if (!scope) return undefined;

  let files: vscode.Uri[];
  let only: ((file: string, id: string) => boolean) | undefined;
  if (scope === 'document' || scope === 'file') {
    if (!editor || !activeSession) throw new UserError('open a seed document to export it (or choose another scope)');
    files = [editor.document.uri];
    const docId = documentAround(activeSession.recognized, editor.document.offsetAt(editor.selection.active))?.id;
    if (scope === 'document' && docId !== undefined) only = (_file, id) => id === docId;
  } else if (scope === 'selected') {
    files = (args.uris ?? []).map(toUri);
  } else {
    await index.ready();
    files = index.allFiles();
  }
  if (files.length === 0) {
    void vscode.window.showInformationMessage('Seed Annotator: nothing to export: the scope holds no seed document.');
    return undefined;
  }

  const destination = args.destination ? toUri(args.destination) : await pickDestination(format, last.destination);
  if (!destination) return undefined;
  await memento.update(LAST, { format: format.name, scope, destination: destination.toString() });

  // Held annotation changes of saved documents are written first, so that the export reads what the editor shows.
  await Promise.all(files.map((f) => ctx.sessions.get(f)?.write()));
  const unsaved = files.filter((f) => ctx.sessions.get(f)?.document.isDirty);
  const name = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri, false);
  const inputs = files.map((uri) => async () => {
    const text = await readTextFile(uri);
    if (text === undefined) throw new Error(`${name(uri)} is not there any more`);
    return { file: name(uri), fileIri: uri.toString(), text, sidecarYaml: await readTextFile(sidecarUriFor(uri, ctx.sessions.settings)) };
  });
  const corpus = await ctx.corpus.corpus();
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Exporting annotations (${format.name})`, cancellable: files.length > 1 },
    (progress, token) =>
      runExport(inputs, format, ctx.sessions.settings.core, corpus, {
        ...(args.unit ? { unit: args.unit } : {}),
        includeBoilerplate: args.includeBoilerplate ?? true,
        onlyDone: scope === 'done',
        ...(only ? { only } : {}),
        created: new Date().toISOString(),
        cancelled: () => token.isCancellationRequested,
        progress: (done, total) => progress.report({ message: `${done} of ${total} files`, increment: 100 / total }),
      }),
  );
  if (result.cancelled) {
    void vscode.window.showInformationMessage('Seed Annotator: export cancelled; nothing was written.');
    return undefined;
  }
  if (result.report.documents === 0) {
    const why = scope === 'done' ? 'no document in scope is marked done' : result.report.skipped.length > 0 ? 'every file in scope has sidecar errors' : 'the scope holds no seed document';
    void vscode.window.showInformationMessage(`Seed Annotator: nothing to export: ${why}.`);
    return { destination: destination.toString(), report: result.report };
  }
  await write(format, destination, result);
  const note = unsaved.length > 0 ? ` ${unsaved.length} document${unsaved.length === 1 ? ' has' : 's have'} unsaved text: exported as saved on disk.` : '';
  const skipped = result.report.skipped.map((s) => `${s.file}: ${s.reason}`).join('; ');
  void vscode.window.showInformationMessage(`Seed Annotator: ${describeReport(result.report)}.${note}${skipped ? ` (${skipped})` : ''}`, 'Open', 'Reveal').then((choice) => {
    if (choice === 'Open') void (format.folder ? vscode.commands.executeCommand('revealInExplorer', destination) : vscode.window.showTextDocument(destination));
    if (choice === 'Reveal') void vscode.commands.executeCommand(destination.scheme === 'file' ? 'revealFileInOS' : 'revealInExplorer', destination);
  });
  return { destination: destination.toString(), report: result.report };
}

async function write(format: ExportFormat, destination: vscode.Uri, result: ExportResult): Promise<void> {
  const encoder = new TextEncoder();
  if (!format.folder) {
    await vscode.workspace.fs.writeFile(destination, encoder.encode(result.output.map((f) => f.content).join('')));
    return;
  }
  await vscode.workspace.fs.createDirectory(destination);
  for (const f of result.output) {
    const target = vscode.Uri.joinPath(destination, f.path);
    const parent = target.with({ path: target.path.slice(0, target.path.lastIndexOf('/')) });
    if (parent.path !== destination.path) await vscode.workspace.fs.createDirectory(parent);
    await vscode.workspace.fs.writeFile(target, encoder.encode(f.content));
  }
}

async function pickFormat(last: string | undefined): Promise<ExportFormat | undefined> {
  const items = EXPORT_FORMATS.map((f) => ({ label: f.name, description: f.name === last ? 'last used' : '', detail: f.description, format: f }));
  items.sort((a, b) => Number(b.format.name === last) - Number(a.format.name === last));
  return (await vscode.window.showQuickPick(items, { placeHolder: 'Export annotations as' }))?.format;
}

async function pickScope(last: ExportScope | undefined, inSeed: boolean, hasSelection: boolean): Promise<ExportScope | undefined> {
  const items: Array<vscode.QuickPickItem & { scope: ExportScope }> = [
    ...(inSeed ? [{ label: 'This document', detail: 'The document at the cursor (in a bundle: that document only)', scope: 'document' as const }, { label: 'This file', detail: 'Every document of the active seed file', scope: 'file' as const }] : []),
    ...(hasSelection ? [{ label: 'The selected seeds', scope: 'selected' as const }] : []),
    { label: 'All seeds in the workspace', scope: 'workspace' },
    { label: 'Only documents marked done', scope: 'done' },
  ];
  items.sort((a, b) => Number(b.scope === last) - Number(a.scope === last));
  return (await vscode.window.showQuickPick(items, { placeHolder: 'What to export' }))?.scope;
}

async function pickDestination(format: ExportFormat, last: string | undefined): Promise<vscode.Uri | undefined> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  const lastUri = last ? vscode.Uri.parse(last) : undefined;
  if (format.folder) {
    const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: `Export ${format.name} here`, ...(lastUri ?? root ? { defaultUri: lastUri ?? root! } : {}) });
    return chosen?.[0];
  }
  const folder = lastUri ? lastUri.with({ path: lastUri.path.slice(0, lastUri.path.lastIndexOf('/')) }) : root;
  return vscode.window.showSaveDialog({ ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `annotations${format.extension}`) } : {}), saveLabel: 'Export', title: `Export annotations as ${format.name}` });
}
