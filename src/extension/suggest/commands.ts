// Accepting and rejecting suggestions: at the cursor (keys), from the light bulb (Code Actions), all like this one
// across the workspace, all in the document; jumping to the next one; suggesting on request. Every change goes
// through the document's session: undoable, journalled while the text is unsaved.
import * as vscode from 'vscode';
import { acceptChange, rejectChange, suggestionKey, type Suggestion } from '../../core/suggest/accept';
import { command, sessionFor, UserError, type CommandContext, type TargetArgs } from '../commands/context';
import type { DocumentSession } from '../session';
import { acceptLikeThisElsewhere } from './likeThis';
import type { SuggestionManager } from './suggestions';
import { suggestWorkspace } from './workspace';

/** A suggestion named by its key (code actions, the tree, tests), else the one at the cursor. */
export interface SuggestionArgs extends TargetArgs {
  readonly key?: string;
  /** The same, as the Documents view's suggestion items carry it. */
  readonly suggestionKey?: string;
}

const name = (s: Suggestion) => (s.kind === 'claim' ? 'claim' : s.type);

export function registerSuggestionCommands(ctx: CommandContext, suggestions: SuggestionManager): vscode.Disposable[] {
  const accept = async (session: DocumentSession, list: readonly Suggestion[], label: string): Promise<string[]> => {
    const text = session.document.getText();
    const change = acceptChange(text, session.recognized, session.ids, session.current.entities, list, label);
    if (change.operations.length === 0) throw new UserError('the suggestion no longer matches the text (it is suggested again when typing pauses)');
    session.perform(change);
    suggestions.refilter(session);
    return change.operations.map((o) => (o.op === 'add' ? o.annotation.id : ''));
  };

  return [
    command('seedAnnotator.acceptSuggestion', async (args?: SuggestionArgs) => {
      const { session, suggestion } = await target(ctx, suggestions, args);
      return accept(session, [suggestion], `Accept ${name(suggestion)} Suggestion`);
    }),
    command('seedAnnotator.rejectSuggestion', async (args?: SuggestionArgs) => {
      const { session, suggestion } = await target(ctx, suggestions, args);
      session.perform(rejectChange([suggestion], `Reject ${name(suggestion)} Suggestion`));
      suggestions.refilter(session);
      return suggestionKey(suggestion);
    }),
    command('seedAnnotator.acceptAllSuggestions', async (args?: TargetArgs) => {
      const { session } = await sessionFor(ctx, args);
      const list = suggestions.list(session.uri);
      if (list.length === 0) throw new UserError(`no suggestions in ${session.document.uri.path.split('/').pop()}${suggestions.has(session.uri) ? '' : ' yet (run "Suggest Annotations")'}`);
      return accept(session, list, `Accept ${list.length} Suggestions`);
    }),
    command('seedAnnotator.acceptAllLikeThis', async (args?: SuggestionArgs) => {
      const { session, suggestion } = await target(ctx, suggestions, args);
      if (suggestion.kind !== 'entity') throw new UserError('Accept All Like This is for entity suggestions (the same text and label)');
      const alike = suggestions.list(session.uri).filter((s) => s.kind === 'entity' && s.type === suggestion.type && s.text === suggestion.text);
      const here = await accept(session, alike, `Accept All "${suggestion.text}" as ${suggestion.type}`);
      const elsewhere = await acceptLikeThisElsewhere(ctx, session, suggestion);
      void vscode.window.showInformationMessage(
        `Seed Annotator: ${suggestion.text} annotated as ${suggestion.type} ${here.length} time${here.length === 1 ? '' : 's'} here and ${elsewhere.annotations} time${elsewhere.annotations === 1 ? '' : 's'} in ${elsewhere.documents} other document${elsewhere.documents === 1 ? '' : 's'}`,
      );
      return { here: here.length, ...elsewhere };
    }),
    command('seedAnnotator.revealSuggestion', async (args?: SuggestionArgs) => {
      const { session, suggestion } = await target(ctx, suggestions, args);
      const editor = await vscode.window.showTextDocument(session.document, { preserveFocus: false });
      const range = new vscode.Range(editor.document.positionAt(suggestion.start), editor.document.positionAt(suggestion.end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    command('seedAnnotator.nextSuggestion', () => step(ctx, suggestions, 1)),
    command('seedAnnotator.previousSuggestion', () => step(ctx, suggestions, -1)),
    command('seedAnnotator.suggestWorkspace', () => suggestWorkspace(ctx, suggestions)),
    command('seedAnnotator.suggestAnnotations', async (args?: TargetArgs) => {
      const { session } = await sessionFor(ctx, args);
      const found = await suggestions.run(session);
      if (found && !args?.uri) void vscode.window.setStatusBarMessage(`Seed Annotator: ${found.length} suggestion${found.length === 1 ? '' : 's'}`, 4000);
      return found?.length;
    }),
    vscode.languages.registerCodeActionsProvider({ language: 'seed' }, new SuggestionActions(suggestions), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  ];
}

/** The suggestion named by key, else the innermost one at the cursor or selection (either edge counts). */
async function target(ctx: CommandContext, suggestions: SuggestionManager, args: SuggestionArgs | undefined): Promise<{ session: DocumentSession; suggestion: Suggestion }> {
  const { session, editor } = await sessionFor(ctx, args);
  const key = args?.suggestionKey ?? args?.key;
  if (key) {
    const suggestion = suggestions.find(session.uri, key);
    if (!suggestion) throw new UserError('that suggestion is gone (accepted, rejected, or its text changed)');
    return { session, suggestion };
  }
  if (!editor) throw new UserError('put the cursor on a suggestion (drawn with a dashed outline)');
  const sel = editor.selection;
  const start = editor.document.offsetAt(sel.start);
  const end = editor.document.offsetAt(sel.end);
  const here = suggestions.at(session.uri, start, end).sort((a, b) => b.start - a.start || a.end - b.end);
  const exact = here.find((s) => s.start === start && s.end === end);
  const suggestion = exact ?? here[0];
  if (!suggestion) throw new UserError(`there is no suggestion at the cursor${suggestions.list(session.uri).length > 0 ? ' (Ctrl+; . goes to the next one)' : ''}`);
  return { session, suggestion };
}

async function step(ctx: CommandContext, suggestions: SuggestionManager, direction: 1 | -1): Promise<string | undefined> {
  const { session, editor } = await sessionFor(ctx, undefined);
  const list = suggestions.list(session.uri);
  if (!editor || list.length === 0) {
    void vscode.window.setStatusBarMessage('Seed Annotator: no suggestions in this document', 3000);
    return undefined;
  }
  const at = editor.document.offsetAt(editor.selection.active);
  const next = direction === 1 ? (list.find((s) => s.start > at) ?? list[0]!) : ([...list].reverse().find((s) => s.start < at) ?? list[list.length - 1]!);
  const range = new vscode.Range(editor.document.positionAt(next.start), editor.document.positionAt(next.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return suggestionKey(next);
}

class SuggestionActions implements vscode.CodeActionProvider {
  constructor(private readonly suggestions: SuggestionManager) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const here = this.suggestions.at(document.uri, document.offsetAt(range.start), document.offsetAt(range.end)).slice(0, 3);
    const actions: vscode.CodeAction[] = [];
    const action = (title: string, id: string, args: unknown, preferred = false) => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.command = { title, command: id, arguments: [args] };
      a.isPreferred = preferred;
      actions.push(a);
    };
    for (const s of here) {
      const args = { uri: document.uri.toString(), key: suggestionKey(s) };
      const what = s.kind === 'claim' ? `claim "${short(s.text)}"` : `${s.type} "${short(s.text)}"`;
      action(`Accept ${what}`, 'seedAnnotator.acceptSuggestion', args, actions.length === 0);
      action(`Reject ${what}`, 'seedAnnotator.rejectSuggestion', args);
      if (s.kind === 'entity') action(`Accept All "${short(s.text)}" as ${s.type} (this and other documents)`, 'seedAnnotator.acceptAllLikeThis', args);
    }
    const all = this.suggestions.list(document.uri).length;
    if (here.length > 0 && all > 1) action(`Accept All ${all} Suggestions in Document`, 'seedAnnotator.acceptAllSuggestions', { uri: document.uri.toString() });
    return actions;
  }
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
