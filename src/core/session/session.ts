// One open annotated text, without the editor: the store (live spans, id index, documents), the history of
// annotation changes, and the sidecar on disk (SidecarSync). The extension wraps it with VS Code's document,
// timers' messages and dialogs; the bench and the unit tests drive it directly.
import { reanchor } from '../anchoring/reanchor';
import type { TextChange } from '../anchoring/shift';
import type { SeedConfig } from '../config';
import { apply, force, invert, type Change } from '../edit/operations';
import { emptySidecar, type Claim, type Entity, type Sidecar } from '../model';
import { AnnotationStore, type Annotation, type TextEffect } from './store';
import { SidecarSync, type SyncDependencies } from './sync';

export type { Annotation };

/** The editor's side of a session: its document. */
export interface SessionText {
  /** The document's URI as a string (the journal's key). */
  readonly uri: string;
  /** Its path or name (seed file names make one document; bundles are recognised by delimiters). */
  readonly fileName: string;
  text(): string;
  /** Grows with every edit (VS Code's document version); lets edits reported late be told from those already read. */
  version?(): number;
  isDirty(): boolean;
  /** The text file as it is on disk (for putting annotations back on it when unsaved edits are dropped). */
  readDiskText(): Promise<string | undefined>;
}

export class SessionError extends Error {}

export class AnnotationSession {
  readonly store: AnnotationStore;
  readonly sync: SidecarSync;
  private readonly undoStack: Change[] = [];
  private readonly redoStack: Change[] = [];
  version = 0;

  constructor(
    readonly source: SessionText,
    private config: SeedConfig,
    deps: SyncDependencies,
  ) {
    this.store = new AnnotationStore(() => source.text(), this.recognizeOptions(), emptySidecar(source.fileName.split('/').pop()));
    this.sync = new SidecarSync(source, this.store, config, deps, () => this.version++);
  }

  /** Reads the sidecar (recovering an interrupted save, restoring journalled changes). */
  async open(): Promise<void> {
    await this.sync.open();
  }

  reconfigure(config: SeedConfig): void {
    this.config = config;
    this.store.reconfigure(this.recognizeOptions());
    this.sync.reconfigure(config);
  }

  private recognizeOptions() {
    return { fileName: this.source.fileName, delimiters: this.config.delimiters, boilerplate: this.config.boilerplate };
  }

  /** A text edit: annotations follow it at once (and are looked for again in text that replaced theirs). */
  textChanged(changes: readonly TextChange[]): TextEffect {
    const effect = this.store.textChanged(changes);
    this.version++;
    this.sync.textChanged();
    return effect;
  }

  /** Applies a change made by a command: recorded for undo, written soon (or held until the text is saved). */
  perform(change: Change): void {
    this.sync.ensureWritable();
    if (this.store.applyChange(change).length > 0) throw new SessionError('the annotation changed meanwhile; try again');
    this.sync.commit(change);
    this.undoStack.push(change);
    this.redoStack.length = 0;
  }

  undo(): string | undefined {
    return this.replay(this.undoStack, this.redoStack, invert);
  }

  redo(): string | undefined {
    return this.replay(this.redoStack, this.undoStack, (c) => c);
  }

  private replay(from: Change[], to: Change[], transform: (c: Change) => Change): string | undefined {
    this.sync.ensureWritable();
    const change = from.pop();
    if (!change) return undefined;
    const { sidecar, conflicts } = apply(this.store.snapshot(), transform(change));
    // What the undone change touched may have moved with text edits since: find it again in the text.
    const placed = fitToText(conflicts.reduce(force, sidecar), this.source.text(), this.store);
    this.sync.commit(transform(change), placed);
    to.push(change);
    return change.label;
  }
}

/** Annotations whose text is not at their offsets (restored from history or a merge after edits) are re-anchored. */
export function fitToText(sidecar: Sidecar, text: string, store: AnnotationStore): Sidecar {
  const off = (a: Entity | Claim) => !a.orphan && text.slice(a.start, a.end) !== a.text;
  if (![...sidecar.entities, ...sidecar.claims].some(off)) return sidecar;
  const lost = { ...sidecar, entities: sidecar.entities.filter(off), claims: sidecar.claims.filter(off) };
  const found = reanchor(lost, text, store.file).sidecar;
  const byId = new Map<string, Entity | Claim>([...found.entities, ...found.claims].map((a) => [a.id, a]));
  return { ...sidecar, entities: sidecar.entities.map((e) => (byId.get(e.id) as Entity) ?? e), claims: sidecar.claims.map((c) => (byId.get(c.id) as Claim) ?? c) };
}
