// Suggestions drawn faintly: a dashed outline and the label in grey after the text ("PERSON?"), no background,
// so that they never look like annotations in any theme. Two types (entities, claims), created once; one
// setDecorations per type per editor.
import * as vscode from 'vscode';
import type { Suggestion } from '../../core/suggest/accept';
import type { Decorations } from '../decorations';
import type { SuggestionManager } from './suggestions';

export class SuggestionDecorations implements vscode.Disposable {
  private readonly entityType: vscode.TextEditorDecorationType;
  private readonly claimType: vscode.TextEditorDecorationType;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly drawn = new Map<string, Record<string, Array<[number, number]>>>();

  constructor(
    private readonly suggestions: SuggestionManager,
    private readonly annotations: Decorations,
    private readonly maxSize: () => number,
  ) {
    const common: vscode.DecorationRenderOptions = {
      borderWidth: '1px',
      borderStyle: 'dashed',
      borderColor: new vscode.ThemeColor('seedAnnotator.suggestion.border'),
      borderRadius: '2px',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    };
    this.entityType = vscode.window.createTextEditorDecorationType(common);
    this.claimType = vscode.window.createTextEditorDecorationType({ ...common, borderStyle: 'dotted' });
    this.subscriptions.push(
      this.entityType,
      this.claimType,
      suggestions.onDidChange((uri) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri.toString()) this.draw(editor);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.draw(e))),
      annotations.onDidToggle(() => vscode.window.visibleTextEditors.forEach((e) => this.draw(e))),
    );
    vscode.window.visibleTextEditors.forEach((e) => this.draw(e));
  }

  /** What was last drawn in the document's editors: `suggestion:entity` / `suggestion:claim` -> offsets. */
  drawnFor(uri: vscode.Uri): Record<string, Array<[number, number]>> {
    return this.drawn.get(uri.toString()) ?? {};
  }

  private draw(editor: vscode.TextEditor): void {
    const uri = editor.document.uri;
    if (!this.suggestions.has(uri) && !this.drawn.has(uri.toString())) return;
    // Toggle Decorations hides them too; files too large to decorate are not (the tree and the commands list them).
    const list = this.annotations.visible && editor.document.getText().length <= this.maxSize() ? this.suggestions.list(uri) : [];
    const options = (s: Suggestion): vscode.DecorationOptions => ({
      range: new vscode.Range(editor.document.positionAt(s.start), editor.document.positionAt(s.end)),
      hoverMessage: new vscode.MarkdownString(`Suggested ${s.kind === 'claim' ? 'claim' : s.type} (${Math.round(s.score * 100)}%, ${s.engine}) — Accept \`Ctrl+; Y\`, Reject \`Ctrl+; X\`, or the light bulb`),
      renderOptions: { after: { contentText: ` ${s.kind === 'claim' ? 'claim' : s.type}?`, color: new vscode.ThemeColor('seedAnnotator.suggestion.label'), fontStyle: 'italic' } },
    });
    const entities = list.filter((s) => s.kind === 'entity');
    const claims = list.filter((s) => s.kind === 'claim');
    editor.setDecorations(this.entityType, entities.map(options));
    editor.setDecorations(this.claimType, claims.map(options));
    this.drawn.set(uri.toString(), { 'suggestion:entity': entities.map((s) => [s.start, s.end]), 'suggestion:claim': claims.map((s) => [s.start, s.end]) });
  }

  dispose(): void {
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }
}
