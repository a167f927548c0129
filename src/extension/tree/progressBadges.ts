// A badge on seed files in the Explorer, the tree and editor tabs: ✓ done, – skipped, ◐ in progress (bundles: ✓
// when all their documents are done or skipped). In progress is not coloured: tabs colour and dot modified files.
import * as vscode from 'vscode';
import type { DocumentState } from '../../core/model';
import { STATE_TITLES } from '../../core/progress';
import type { WorkspaceIndex } from './workspaceIndex';

const BADGES: Partial<Record<DocumentState, { badge: string; color?: string }>> = {
  done: { badge: '✓', color: 'seedAnnotator.progress.done' },
  skipped: { badge: '–', color: 'seedAnnotator.progress.skipped' },
  'in-progress': { badge: '◐' },
};

export class ProgressBadges implements vscode.FileDecorationProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri[]>();
  readonly onDidChangeFileDecorations = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly index: WorkspaceIndex) {
    this.subscriptions = [
      index.onDidChange((change) => {
        if (change.folders.length > 0) this.emitter.fire(index.allFiles());
        else if (change.files.length > 0) this.emitter.fire([...change.files]);
      }),
      index.onDidLoad((uris) => this.emitter.fire(uris)),
    ];
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (!this.index.isSeedFile(uri)) return undefined;
    const docs = this.index.peek(uri)?.documents;
    if (!docs || docs.length === 0) return undefined;
    const states = new Set(docs.map((d) => d.state));
    const state: DocumentState = states.size === 1 ? docs[0]!.state : [...states].every((s) => s === 'done' || s === 'skipped') ? 'done' : states.has('in-progress') || states.has('done') ? 'in-progress' : 'todo';
    const look = BADGES[state];
    if (!look) return undefined;
    const tooltip = docs.length === 1 ? STATE_TITLES[state] : `${docs.filter((d) => d.state === 'done').length} of ${docs.length} documents done`;
    return new vscode.FileDecoration(look.badge, tooltip, look.color ? new vscode.ThemeColor(look.color) : undefined);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.emitter.dispose();
  }
}
