// Annotate Entity, Annotate Claim, Annotate All Occurrences.
import * as vscode from 'vscode';
import type { CanonicalMatch } from '../../core/corpus';
import { makeClaim, makeEntity, SpanError, type IdsInUse } from '../../core/annotate';
import { documentAt } from '../../core/documents';
import type { Operation } from '../../core/edit/operations';
import { cuesIn, occurrencesOf, sentenceAt, wordAt } from '../../core/edit/text';
import type { Attribution, ClaimSource, ClaimStatus } from '../../core/model';
import { labelColorId } from '../decorations';
import type { AnnotationSummary } from '../../core/session/store';
import type { DocumentSession } from '../session';
import { annotationsAtSelection, command, offsetsOf, sessionFor, UserError, type CommandContext, type TargetArgs } from './context';

export interface EntityArgs extends TargetArgs {
  readonly start?: number;
  readonly end?: number;
  readonly type?: string;
  /** A canonical entity (corpus.yaml) to link it to. */
  readonly link?: string;
}

export interface ClaimArgs extends TargetArgs {
  readonly start?: number;
  readonly end?: number;
  readonly source?: ClaimSource;
  /** The cue's offsets; null for no cue; absent: found in the sentence. */
  readonly cue?: { readonly start: number; readonly end: number } | null;
  readonly status?: ClaimStatus;
  readonly attribution?: Attribution;
  readonly checkworthy?: boolean;
}

export function registerAnnotateCommands(ctx: CommandContext): vscode.Disposable[] {
  return [
    command('seedAnnotator.annotateEntity', (args?: EntityArgs) => annotateEntity(ctx, args)),
    command('seedAnnotator.annotateClaim', (args?: ClaimArgs) => annotateClaim(ctx, args)),
    command('seedAnnotator.annotateAllOccurrences', (args?: TargetArgs & { id?: string }) => annotateAll(ctx, args)),
  ];
}

/** The spans to annotate: from arguments, else every selection (an empty one: the word at the cursor). */
function spans(editor: vscode.TextEditor | undefined, args: { start?: number; end?: number } | undefined, fallback: (text: string, offset: number) => { start: number; end: number } | undefined): Array<{ start: number; end: number }> {
  if (args?.start !== undefined && args.end !== undefined) return [{ start: args.start, end: args.end }];
  if (!editor) throw new UserError('give start and end, or run this in an editor');
  const text = editor.document.getText();
  return editor.selections.map((sel) => {
    if (!sel.isEmpty) return offsetsOf(editor, sel);
    const found = fallback(text, editor.document.offsetAt(sel.active));
    if (!found) throw new UserError('select the text to annotate (the cursor is not on a word)');
    return found;
  });
}

async function annotateEntity(ctx: CommandContext, args?: EntityArgs): Promise<string[] | undefined> {
  const { session, editor } = await sessionFor(ctx, args);
  const targets = spans(editor, args, wordAt);
  const first = targets[0];
  const matches = !args?.type && first ? await ctx.corpus.matches(session.document.getText().slice(first.start, first.end)) : [];
  const picked = args?.type ? { type: args.type, ...(args.link !== undefined ? { link: args.link } : {}) } : await pickLabelOrCanonical(ctx, matches, 'Label (type its key to pick it)');
  if (!picked) return undefined;
  const { type, link } = picked;
  if (!ctx.sessions.settings.core.labels.includes(type)) throw new UserError(`"${type}" is not a label (seedAnnotator.labels: ${ctx.sessions.settings.core.labels.join(', ')})`);
  ctx.lastLabel = type;
  const text = session.document.getText();
  const ids = idsWithNew(session);
  const operations: Operation[] = [];
  for (const t of targets) {
    const entity = wrap(() => makeEntity(text, session.recognized, ids, { start: t.start, end: t.end, type, ...(link !== undefined ? { link } : {}) }));
    ids.add(entity.id); // so that ids stay unique within this change
    operations.push({ op: 'add', kind: 'entity', annotation: entity });
  }
  session.perform({ label: `Annotate ${type}`, operations });
  return operations.map((o) => (o.op === 'add' ? o.annotation.id : ''));
}

/** The session's ids in use, plus those minted for the change being made. */
function idsWithNew(session: DocumentSession): IdsInUse & { add(id: string): void } {
  const fresh = new Set<string>();
  const used = session.ids;
  return { has: (id) => fresh.has(id) || used.has(id), isEntity: (id) => used.isEntity(id), add: (id) => void fresh.add(id) };
}

function wrap<T>(make: () => T): T {
  try {
    return make();
  } catch (err) {
    if (err instanceof SpanError) throw new UserError(err.message);
    throw err;
  }
}

/** The configured labels with their keys and colours, the last used first; typing a label's key picks it. */
export async function pickLabel(ctx: CommandContext, placeholder = 'Label (type its key to pick it)'): Promise<string | undefined> {
  return (await pickLabelOrCanonical(ctx, [], placeholder))?.type;
}

/**
 * The label pick, with the canonical entities whose name or alias matches the text first: `0` (or Enter on it)
 * takes the best match's type and links it, in one key.
 */
async function pickLabelOrCanonical(ctx: CommandContext, matches: readonly CanonicalMatch[], placeholder: string): Promise<{ type: string; link?: string } | undefined> {
  const labels = [...ctx.sessions.settings.labels].sort((a, b) => Number(b.name === ctx.lastLabel) - Number(a.name === ctx.lastLabel));
  const known = new Set(labels.map((l) => l.name));
  const linkable = matches.filter((m) => m.entity.type !== undefined && known.has(m.entity.type)).slice(0, 5);
  type Item = vscode.QuickPickItem & { type: string; link?: string };
  const pick = vscode.window.createQuickPick<Item>();
  pick.placeholder = linkable.length > 0 ? `${placeholder}; 0 links it to ${linkable[0]!.entity.name}` : placeholder;
  const canonicalItems: Item[] = linkable.map((m, i) => ({
    type: m.entity.type!,
    link: m.entity.id,
    label: `$(link) ${m.entity.name}`,
    description: [i === 0 ? '[0]' : '', m.entity.type, `${m.kind} match`].filter(Boolean).join(' '),
    detail: `Annotate as ${m.entity.type} and link it to the canonical entity “${m.entity.id}”`,
  }));
  const labelItems: Item[] = labels.map((l) => ({
    type: l.name,
    label: l.name,
    description: [l.key ? `[${l.key}]` : '', l.name === ctx.lastLabel ? 'last used' : ''].filter(Boolean).join(' '),
    ...(l.description ? { detail: l.description } : {}),
    iconPath: new vscode.ThemeIcon('circle-filled', new vscode.ThemeColor(labelColorId(l.name))),
  }));
  pick.items = canonicalItems.length > 0 ? [...canonicalItems, { type: '', label: 'Labels', kind: vscode.QuickPickItemKind.Separator }, ...labelItems] : labelItems;
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: Item | undefined) => {
      if (done) return;
      done = true;
      resolve(value && value.type ? { type: value.type, ...(value.link !== undefined ? { link: value.link } : {}) } : undefined);
      pick.dispose();
    };
    pick.onDidChangeValue((value) => {
      const key = value.trim();
      if (key === '0' && canonicalItems[0]) return finish(canonicalItems[0]);
      const byKey = labels.find((l) => l.key !== undefined && l.key === key);
      if (byKey) finish(labelItems.find((i) => i.type === byKey.name));
    });
    pick.onDidAccept(() => finish(pick.selectedItems[0]));
    pick.onDidHide(() => finish(undefined));
    pick.show();
  });
}

async function annotateClaim(ctx: CommandContext, args?: ClaimArgs): Promise<string | undefined> {
  const { session, editor } = await sessionFor(ctx, args);
  const text = session.document.getText();
  const [target] = spans(editor, args, (t, offset) => sentenceAt(t, offset));
  if (!target) return undefined;
  const noUi = args?.start !== undefined;
  // The source: given, or picked from this document's entities, or typed.
  const source = args?.source ?? (noUi ? undefined : await pickSource(session, target.start));
  if (!noUi && source === undefined) return undefined;
  // The cue: given (or null for none), else found in the sentence and confirmed.
  let cue = args?.cue === null ? undefined : args?.cue;
  if (args?.cue === undefined) {
    const sentence = sentenceAt(text, target.start);
    const candidates = cuesIn(text, Math.min(sentence.start, target.start), Math.max(sentence.end, target.end));
    cue = noUi ? candidates[0] : await pickCue(candidates);
  }
  const quoted = /^[“"]/.test(text.slice(target.start, target.end)) || /[“"]$/.test(text.slice(Math.max(0, target.start - 1), target.start));
  const claim = wrap(() =>
    makeClaim(text, session.recognized, session.ids, {
      start: target.start,
      end: target.end,
      ...(source ? { source } : {}),
      ...(cue ? { cue } : {}),
      attribution: args?.attribution ?? (quoted ? 'direct' : 'indirect'),
      ...(args?.checkworthy !== undefined ? { checkworthy: args.checkworthy } : {}),
      status: args?.status ?? 'unverified',
    }),
  );
  session.perform({ label: 'Annotate Claim', operations: [{ op: 'add', kind: 'claim', annotation: claim }] });
  return claim.id;
}

async function pickSource(session: DocumentSession, near: number): Promise<ClaimSource | undefined> {
  const doc = documentAt(session.recognized, near);
  const entities = session.summaries().filter((a) => a.kind === 'entity' && !a.orphan && (!doc || (a.start >= doc.bodyStart && a.end <= doc.bodyEnd)));
  entities.sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near));
  const typed = { label: '$(edit) Type who makes the claim…', entity: undefined as AnnotationSummary | undefined };
  const none = { label: '$(circle-slash) No source', entity: undefined as AnnotationSummary | undefined };
  const choice = await vscode.window.showQuickPick([...entities.map((e) => ({ label: e.text, description: e.label, entity: e as AnnotationSummary | undefined })), typed, none], { placeHolder: 'Who makes the claim? (an entity of this document, nearest first)' });
  if (!choice) return undefined;
  if (choice === none) return {};
  if (choice === typed) {
    const value = await vscode.window.showInputBox({ prompt: 'Who makes the claim (free text)' });
    return value ? { text: value } : undefined;
  }
  return { entity: choice.entity!.id, text: choice.entity!.text };
}

async function pickCue(candidates: Array<{ start: number; end: number; text: string }>): Promise<{ start: number; end: number } | undefined> {
  if (candidates.length === 0) return undefined;
  const none = { label: '$(circle-slash) No cue', cue: undefined as { start: number; end: number } | undefined };
  const choice = await vscode.window.showQuickPick([...candidates.map((c) => ({ label: c.text, description: `at ${c.start}`, cue: c as { start: number; end: number } | undefined })), none], { placeHolder: 'The attribution cue (found in the sentence)' });
  return choice?.cue;
}

/** The entity at the cursor (or by id), annotated everywhere else its text stands in the same document. */
async function annotateAll(ctx: CommandContext, args?: TargetArgs & { id?: string }): Promise<string[] | undefined> {
  const { session, editor } = await sessionFor(ctx, args);
  const entity = args?.id ? session.find(args.id) : editor ? annotationsAtSelection(session, editor).find((a) => a.kind === 'entity') : undefined;
  if (!entity || entity.kind !== 'entity') throw new UserError(args?.id ? `no entity with id "${args.id}"` : 'there is no entity at the cursor: put the cursor on one (or select it) first');
  const text = session.document.getText();
  const doc = documentAt(session.recognized, entity.start, entity.end);
  const taken = new Set([...session.liveSpans.entities].map((a) => `${a.start}:${a.end}`));
  const ids = idsWithNew(session);
  const operations: Operation[] = [];
  for (const o of occurrencesOf(text, entity.text, doc?.bodyStart ?? 0, doc?.bodyEnd ?? text.length)) {
    if (taken.has(`${o.start}:${o.end}`)) continue;
    const e = makeEntity(text, session.recognized, ids, { start: o.start, end: o.end, type: entity.type });
    ids.add(e.id);
    operations.push({ op: 'add', kind: 'entity', annotation: e });
  }
  if (operations.length === 0) {
    void vscode.window.showInformationMessage(`Every "${entity.text}" in this document is annotated already.`);
    return [];
  }
  session.perform({ label: `Annotate all "${entity.text}"`, operations });
  void vscode.window.setStatusBarMessage(`Seed Annotator: ${operations.length} more "${entity.text}" annotated as ${entity.type}`, 4000);
  return operations.map((o) => (o.op === 'add' ? o.annotation.id : ''));
}
