// "Import Annotations…": files another tool wrote, into the sidecars of the workspace's seed documents. Each
// change goes through the document's session (undoable, journalled while the text is unsaved); conflicting
// labels are kept unless the user chooses to replace them; a report says what was imported, merged, skipped.
import * as vscode from 'vscode';
import { IMPORT_PARSERS, importTotals, operationsBetween, planImport, type ImportPlan, type ImportTarget } from '../core/import/run';
import type { ImportFile, ImportUnit } from '../core/import/types';
import { recognize } from '../core/documents';
import { hasErrors } from '../core/problems';
import { loadSidecar } from '../core/sidecar/load';
import { command, UserError, type CommandContext } from './commands/context';
import { readTextFile, sidecarUriFor } from './files';
import type { WorkspaceIndex } from './tree/workspaceIndex';

export interface ImportArgs {
  readonly format?: string;
  /** Files, or folders read recursively. */
  readonly sources?: ReadonlyArray<string | vscode.Uri>;
  readonly unit?: ImportUnit;
  /** What to do with entities whose span has another label already (asked when left out and there are any). */
  readonly conflicts?: 'skip' | 'replace';
}

export interface ImportOutcome {
  readonly imported: number;
  readonly merged: number;
  readonly replaced: number;
  readonly skipped: number;
  readonly unmatched: readonly string[];
  readonly files: readonly string[];
}

const toUri = (u: string | vscode.Uri) => (typeof u === 'string' ? vscode.Uri.parse(u) : u);

export function registerImportCommand(ctx: CommandContext, index: () => Promise<WorkspaceIndex>): vscode.Disposable {
  return command('seedAnnotator.importAnnotations', async (args?: ImportArgs) => importAnnotations(ctx, await index(), args ?? {}));
}

async function importAnnotations(ctx: CommandContext, index: WorkspaceIndex, args: ImportArgs): Promise<ImportOutcome | undefined> {
  const formats = Object.keys(IMPORT_PARSERS);
  const format = args.format ?? (await vscode.window.showQuickPick(formats, { placeHolder: 'Import annotations made with' }));
  if (!format) return undefined;
  const parse = Object.hasOwn(IMPORT_PARSERS, format) ? IMPORT_PARSERS[format] : undefined;
  if (!parse) throw new UserError(`unknown import format "${format}" (${formats.join(', ')})`);
  const sources = args.sources?.map(toUri) ?? (await vscode.window.showOpenDialog({ canSelectMany: true, canSelectFiles: true, canSelectFolders: true, openLabel: `Import ${format}` }));
  if (!sources || sources.length === 0) return undefined;

  const files: ImportFile[] = [];
  for (const uri of sources) for (const f of await filesUnder(uri)) files.push(f);
  const documents = parse(files, { ...(args.unit ? { unit: args.unit } : {}) });
  const warnings = documents.flatMap((d) => d.warnings);

  await index.ready();
  const seeds = index.allFiles();
  // Every seed document is a candidate: open ones as their sessions hold them, others as on disk (read, not opened).
  const targets: ImportTarget[] = [];
  const config = ctx.sessions.settings.core;
  // Never into the files being imported (a brat export's .txt files are named like the seeds they came from).
  const inSources = (uri: vscode.Uri) => sources.some((src) => uri.toString() === src.toString() || uri.toString().startsWith(`${src.toString().replace(/\/$/, '')}/`));
  for (const uri of seeds) {
    if (inSources(uri)) continue;
    const open = ctx.sessions.get(uri);
    if (open) {
      if (!open.readOnly) targets.push({ file: uri.toString(), text: open.document.getText(), recognized: open.recognized, sidecar: open.sidecar });
      continue;
    }
    const text = await readTextFile(uri).catch(() => undefined);
    if (text === undefined) continue;
    const yaml = await readTextFile(sidecarUriFor(uri, ctx.sessions.settings)).catch(() => undefined);
    const read = yaml !== undefined ? loadSidecar(yaml, { labels: config.labels }) : undefined;
    if (read && (hasErrors(read.problems) || !read.sidecar)) continue; // never written over: its problems show when it opens
    targets.push({ file: uri.toString(), text, recognized: recognize(text, { fileName: uri.path, delimiters: config.delimiters, boilerplate: config.boilerplate }), sidecar: read?.sidecar });
  }
  const corpus = await ctx.corpus.corpus();
  const plan = (conflicts: 'skip' | 'replace') => planImport(documents, targets, { labels: ctx.sessions.settings.core.labels, conflicts, ...(corpus ? { corpus } : {}) });
  let result: ImportPlan = plan(args.conflicts ?? 'skip');
  const conflicting = result.files.flatMap((f) => f.reports.flatMap((r) => r.report.skipped.filter((s) => s.reason.startsWith('conflicts with')))).length;
  if (!args.conflicts && conflicting > 0) {
    const choice = await vscode.window.showWarningMessage(
      `${conflicting} imported entit${conflicting === 1 ? 'y has' : 'ies have'} a span that is annotated with another label already.`,
      { modal: true, detail: 'Keep the labels that are there (the imported ones are skipped and reported), or replace them with the imported labels.' },
      'Keep Mine',
      'Replace',
    );
    if (!choice) return undefined;
    if (choice === 'Replace') result = plan('replace');
  }
  // Through each file's session: undoable, and held in the journal while its text has unsaved edits.
  for (const f of result.files) {
    const session = await ctx.sessions.ensure(await vscode.workspace.openTextDocument(vscode.Uri.parse(f.target.file)));
    if (!session) continue;
    const operations = operationsBetween(f.target.sidecar, f.sidecar);
    if (operations.length > 0) session.perform({ label: `Import ${format}`, operations });
  }
  const totals = importTotals(result);
  const changed = result.files.map((f) => vscode.workspace.asRelativePath(vscode.Uri.parse(f.target.file), false));
  const left = [
    totals.skipped ? `${totals.skipped} skipped` : '',
    result.unmatched.length ? `${result.unmatched.length} document${result.unmatched.length === 1 ? '' : 's'} matched no seed (${result.unmatched.slice(0, 3).join(', ')}${result.unmatched.length > 3 ? ', …' : ''})` : '',
    warnings.length ? `${warnings.length} line${warnings.length === 1 ? '' : 's'} not read` : '',
    result.ambiguous.length ? `${result.ambiguous.length} document${result.ambiguous.length === 1 ? '' : 's'} matched several seeds of the same name` : '',
  ].filter(Boolean);
  const message = `Seed Annotator: imported ${totals.imported}, merged ${totals.merged}${totals.replaced ? `, relabelled ${totals.replaced}` : ''} into ${changed.length} file${changed.length === 1 ? '' : 's'}${left.length ? `; ${left.join('; ')}` : ''}.`;
  void vscode.window.showInformationMessage(message, ...(left.length ? ['Show Details'] : [])).then((choice) => {
    if (choice) void showDetails(result, warnings);
  });
  return { ...totals, unmatched: result.unmatched, files: changed };
}

/** The whole report, in an untitled document (what was skipped and why, lines not read). */
async function showDetails(plan: ImportPlan, warnings: readonly string[]): Promise<void> {
  const lines: string[] = ['# Import report', ''];
  for (const f of plan.files) {
    for (const { name, documentId, report } of f.reports) {
      lines.push(`- ${name} → ${vscode.workspace.asRelativePath(vscode.Uri.parse(f.target.file), false)}#${documentId}: ${report.imported} imported, ${report.merged} merged, ${report.skipped.length} skipped`);
      for (const s of report.skipped) lines.push(`  - skipped “${s.text}”: ${s.reason}`);
      for (const w of report.warnings) lines.push(`  - note: ${w}`);
    }
  }
  for (const name of plan.unmatched) lines.push(`- ${name}: no seed document has this name or text`);
  for (const a of plan.ambiguous) lines.push(`- ${a}`);
  for (const w of warnings) lines.push(`- not read: ${w}`);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: lines.join('\n') + '\n' }));
}

async function filesUnder(uri: vscode.Uri): Promise<ImportFile[]> {
  const stat = await vscode.workspace.fs.stat(uri);
  if (stat.type & vscode.FileType.Directory) {
    const out: ImportFile[] = [];
    for (const [name] of await vscode.workspace.fs.readDirectory(uri)) if (!name.startsWith('.')) out.push(...(await filesUnder(vscode.Uri.joinPath(uri, name))));
    return out;
  }
  if (!/\.(ann|txt|json|jsonl|jsonld)$/i.test(uri.path)) return [];
  const content = await readTextFile(uri);
  return content === undefined ? [] : [{ path: uri.path, content }];
}
