// What every command needs: the session of a document (given by URI in arguments, or the active editor's),
// and a way to report failures clearly.
import * as vscode from 'vscode';
import type { CorpusStore } from '../corpus/corpusStore';
import type { Decorations } from '../decorations';
import { UserError } from '../errors';
import type { Annotation, DocumentSession } from '../session';
import type { Sessions } from '../sessions';

export { UserError };

export interface CommandContext {
  readonly sessions: Sessions;
  readonly decorations: Decorations;
  /** The label used last comes first in the label pick. */
  lastLabel: string | undefined;
  /** corpus.yaml: canonical entities offered when annotating, canonical claims' status in hovers. */
  readonly corpus: CorpusStore;
}

/** Arguments other extensions and tests pass: the document by URI (string or Uri), offsets, values. */
export interface TargetArgs {
  readonly uri?: string | vscode.Uri;
}


export async function sessionFor(ctx: CommandContext, args: TargetArgs | undefined): Promise<{ session: DocumentSession; editor: vscode.TextEditor | undefined }> {
  if (args?.uri) {
    const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
    const document = await vscode.workspace.openTextDocument(uri);
    const session = await ctx.sessions.ensure(document);
    if (!session) throw new UserError(`${uri.path.split('/').pop()} is not a seed document`);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    return { session, editor };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new UserError('open a seed document first');
  const session = await ctx.sessions.ensure(editor.document);
  if (!session) throw new UserError('this is not a seed document (files named NNN_<16 hex>.txt, or bundles in seedAnnotator.bundleGlobs)');
  return { session, editor };
}

/** Registers a command that reports errors as messages and returns its result to callers. */
export function command<A extends unknown[], R>(id: string, run: (...args: A) => Promise<R> | R): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: A) => {
    try {
      return await run(...args);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(`Seed Annotator: ${message}`);
      if (!(err instanceof UserError)) console.error(err);
      return undefined;
    }
  });
}

export function offsetsOf(editor: vscode.TextEditor, selection: vscode.Selection): { start: number; end: number } {
  return { start: editor.document.offsetAt(selection.start), end: editor.document.offsetAt(selection.end) };
}

/**
 * The annotations a command at the cursor means, innermost first: the one(s) the selection covers exactly, else
 * those at the cursor, counting its either edge as inside (the cursor sits right after text just annotated).
 */
export function annotationsAtSelection(session: DocumentSession, editor: vscode.TextEditor): Annotation[] {
  const { start, end } = offsetsOf(editor, editor.selection);
  const here = session.at(editor.document.offsetAt(editor.selection.active), true);
  if (start === end) return here;
  const exact = session.at(start, true).filter((a) => a.start === start && a.end === end);
  return exact.length > 0 ? exact : here;
}
