// Decorations: one type per label, per claim status, for cues and for boilerplate, created once; one
// setDecorations call per type per editor; updates debounced while typing and immediate on an editor switch.
import * as vscode from 'vscode';
import { CLAIM_STATUSES, type ClaimStatus } from '../core/model';
import type { DocumentSession } from './session';
import type { Sessions } from './sessions';
import type { Label, Settings } from './settings';

const TYPING_DELAY = 150;

/** The theme colour id of a label (contributed for the default labels; others fall back to a default colour). */
export function labelColorId(label: string): string {
  return `seedAnnotator.label.${label.toLowerCase()}`;
}

export function statusColorId(status: ClaimStatus): string {
  return `seedAnnotator.claim.${status.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}`;
}

/** Labels with a contributed theme colour. */
export const CONTRIBUTED_LABELS: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'LAW', 'DATE', 'MONEY', 'QUANTITY', 'PERCENT']);

export class Decorations implements vscode.Disposable {
  private types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** What was last drawn, per document: type name -> [start, end] offsets (for tests and the status bar). */
  private readonly drawn = new Map<string, Record<string, Array<[number, number]>>>();
  private readonly warnedTooLarge = new Set<string>();
  private enabled = true;
  private readonly toggled = new vscode.EventEmitter<boolean>();
  /** Toggle Decorations: what else is drawn (suggestions) follows. */
  readonly onDidToggle = this.toggled.event;

  constructor(
    private readonly sessions: Sessions,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.createTypes(sessions.settings);
    this.subscriptions.push(
      sessions.onDidChange((session) => this.schedule(session)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.drawEditor(e))),
      vscode.window.onDidChangeActiveTextEditor((e) => e && this.drawEditor(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('seedAnnotator.labels') || e.affectsConfiguration('seedAnnotator.decorations')) {
          this.createTypes(this.sessions.settings);
          this.drawAll();
        }
      }),
    );
  }

  get visible(): boolean {
    return this.enabled;
  }

  toggle(): boolean {
    this.enabled = !this.enabled;
    this.drawAll();
    this.toggled.fire(this.enabled);
    return this.enabled;
  }

  /** What was last drawn for a document (offsets per decoration type). */
  drawnFor(uri: vscode.Uri): Record<string, Array<[number, number]>> {
    return this.drawn.get(uri.toString()) ?? {};
  }

  private createTypes(s: Settings): void {
    for (const type of this.types.values()) type.dispose();
    this.types.clear();
    for (const label of s.labels) this.types.set(`entity:${label.name}`, this.entityType(label, s.badges));
    for (const status of CLAIM_STATUSES) {
      const color = new vscode.ThemeColor(statusColorId(status));
      this.types.set(
        `claim:${status}`,
        vscode.window.createTextEditorDecorationType({
          borderStyle: 'none none solid none',
          borderWidth: '0 0 2px 0',
          borderColor: color,
          overviewRulerColor: color,
          overviewRulerLane: vscode.OverviewRulerLane.Left,
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      );
      // The status icon goes in the gutter once, on the claim's first line (drawn on an empty range there).
      this.types.set(
        `claim-icon:${status}`,
        vscode.window.createTextEditorDecorationType({
          gutterIconPath: vscode.Uri.joinPath(this.extensionUri, 'media', `claim-${status}.svg`),
          gutterIconSize: '70%',
        }),
      );
    }
    this.types.set(
      'cue',
      vscode.window.createTextEditorDecorationType({
        fontStyle: 'italic',
        borderStyle: 'none none dashed none',
        borderWidth: '0 0 1px 0',
        borderColor: new vscode.ThemeColor('seedAnnotator.cue'),
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    );
    this.types.set('boilerplate', vscode.window.createTextEditorDecorationType({ opacity: '0.45', rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed }));
    this.types.set('entity:other', this.entityType({ name: '?' }, s.badges));
  }

  private entityType(label: Label, badges: boolean): vscode.TextEditorDecorationType {
    const color = label.color ?? (CONTRIBUTED_LABELS.has(label.name) ? new vscode.ThemeColor(labelColorId(label.name)) : new vscode.ThemeColor('seedAnnotator.label.other'));
    return vscode.window.createTextEditorDecorationType({
      backgroundColor: color,
      borderRadius: '3px',
      overviewRulerColor: color,
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      ...(badges
        ? {
            after: {
              contentText: label.name,
              color: new vscode.ThemeColor('seedAnnotator.badgeForeground'),
              // Small and set off from the text, so that nested and adjacent spans stay readable.
              textDecoration: 'none; font-size: 0.7em; margin-left: 2px; opacity: 0.85',
            },
          }
        : {}),
    });
  }

  private schedule(session: DocumentSession): void {
    const key = session.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === key) this.drawEditor(editor);
      }, TYPING_DELAY),
    );
  }

  private drawAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.drawEditor(editor);
  }

  private drawEditor(editor: vscode.TextEditor): void {
    const session = this.sessions.get(editor.document.uri);
    if (!session) return;
    const document = editor.document;
    const byType = new Map<string, Array<[number, number]>>();
    const tooLarge = document.getText().length > this.sessions.settings.maxDecoratedSize;
    if (tooLarge && !this.warnedTooLarge.has(document.uri.toString())) {
      this.warnedTooLarge.add(document.uri.toString());
      void vscode.window.showInformationMessage(
        `Seed Annotator: ${document.uri.path.split('/').pop()} is larger than seedAnnotator.decorations.maxFileSize; its annotations are kept and listed, but not drawn.`,
      );
    }
    if (this.enabled && !tooLarge) {
      const add = (type: string, start: number, end: number) => {
        if (!this.types.has(type)) type = type.startsWith('entity:') ? 'entity:other' : type;
        let list = byType.get(type);
        if (!list) byType.set(type, (list = []));
        list.push([start, end]);
      };
      const live = session.liveSpans;
      const base = live.current;
      const types = new Map(base.entities.map((e) => [e.id, e.type]));
      const statuses = new Map(base.claims.map((c) => [c.id, c.status]));
      for (const span of live.entities) add(`entity:${types.get(span.key)}`, span.start, span.end);
      for (const span of live.claims) {
        add(`claim:${statuses.get(span.key)}`, span.start, span.end);
        add(`claim-icon:${statuses.get(span.key)}`, span.start, span.start);
      }
      for (const span of live.cues) add('cue', span.start, span.end);
      for (const doc of session.recognized.documents) for (const [s, e] of doc.boilerplate) add('boilerplate', s, e);
    }
    const drawn: Record<string, Array<[number, number]>> = {};
    for (const [name, type] of this.types) {
      const ranges = byType.get(name) ?? [];
      editor.setDecorations(type, ranges.map(([s, e]) => new vscode.Range(document.positionAt(s), document.positionAt(e))));
      if (ranges.length > 0 && !name.startsWith('claim-icon:')) drawn[name] = ranges;
    }
    this.drawn.set(document.uri.toString(), drawn);
  }

  dispose(): void {
    this.toggled.dispose();
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.subscriptions.splice(0)) d.dispose();
    for (const type of this.types.values()) type.dispose();
    this.types.clear();
  }
}
