// Edit, delete, set status, add evidence, re-attach, navigate, list, toggle, undo and redo.
import * as vscode from 'vscode';
import { place, SpanError } from '../../core/annotate';
import type { Operation } from '../../core/edit/operations';
import { cuesIn, sentenceAt } from '../../core/edit/text';
import { CLAIM_STATUSES, type Claim, type ClaimSource, type ClaimStatus, type Entity } from '../../core/model';
import type { Annotation, DocumentSession } from '../session';
import { pickLabel } from './annotate';
import { annotationsAtSelection, command, offsetsOf, sessionFor, UserError, type CommandContext, type TargetArgs } from './context';

interface IdArgs extends TargetArgs {
  readonly id?: string;
}

export function registerManageCommands(ctx: CommandContext): vscode.Disposable[] {
  return [
    command('seedAnnotator.editAnnotation', (args?: IdArgs & { type?: string; note?: string; link?: string }) => edit(ctx, args)),
    command('seedAnnotator.deleteAnnotation', (args?: IdArgs) => remove(ctx, args)),
    command('seedAnnotator.setClaimStatus', (args?: IdArgs & { status?: ClaimStatus }) => setStatus(ctx, args)),
    command('seedAnnotator.addEvidence', (args?: IdArgs & { url?: string; note?: string }) => addEvidence(ctx, args)),
    command('seedAnnotator.reattachAnnotation', (args?: IdArgs & { start?: number; end?: number }) => reattach(ctx, args)),
    command('seedAnnotator.nextAnnotation', () => step(ctx, 1)),
    command('seedAnnotator.previousAnnotation', () => step(ctx, -1)),
    command('seedAnnotator.showAnnotations', (args?: TargetArgs) => showList(ctx, args)),
    command('seedAnnotator.toggleDecorations', () => ctx.decorations.toggle()),
    command('seedAnnotator.undoAnnotationChange', (args?: TargetArgs) => history(ctx, args, 'undo')),
    command('seedAnnotator.redoAnnotationChange', (args?: TargetArgs) => history(ctx, args, 'redo')),
  ];
}

/** The annotation named by id, else the innermost one at the cursor (claims when `claimsOnly`). */
async function target(ctx: CommandContext, args: IdArgs | undefined, claimsOnly = false): Promise<{ session: DocumentSession; annotation: Annotation }> {
  const { session, editor } = await sessionFor(ctx, args);
  if (args?.id) {
    const annotation = session.find(args.id);
    if (!annotation) throw new UserError(`no annotation with id "${args.id}" in ${session.document.uri.path.split('/').pop()}`);
    return { session, annotation };
  }
  if (!editor) throw new UserError('give the id of an annotation, or put the cursor on one');
  const here = annotationsAtSelection(session, editor).filter((a) => !claimsOnly || a.kind === 'claim');
  if (here.length === 0) throw new UserError(`there is no ${claimsOnly ? 'claim' : 'annotation'} at the cursor: put the cursor on one (or select it) first`);
  if (here.length === 1) return { session, annotation: here[0]! };
  const choice = await vscode.window.showQuickPick(here.map((a) => ({ label: a.kind === 'entity' ? a.type : `claim (${a.status})`, description: a.text.slice(0, 80), annotation: a })), { placeHolder: 'Which annotation?' });
  if (!choice) throw new UserError('no annotation chosen');
  return { session, annotation: choice.annotation };
}

function strip(a: Annotation): Entity | Claim {
  const { kind: _kind, ...rest } = a;
  return rest as Entity | Claim;
}

function update(session: DocumentSession, label: string, before: Annotation, after: Entity | Claim): void {
  session.perform({ label, operations: [{ op: 'update', kind: before.kind, before: strip(before), after }] });
}

async function edit(ctx: CommandContext, args?: IdArgs & { type?: string; note?: string; link?: string; cue?: { start: number; end: number } | null }): Promise<string | undefined> {
  const { session, annotation } = await target(ctx, args);
  const current = strip(annotation);
  if (args?.cue !== undefined) return setCue(session, annotation, args.cue);
  if (args && (args.type !== undefined || args.note !== undefined || args.link !== undefined)) {
    const next = { ...current, ...(args.type !== undefined && annotation.kind === 'entity' ? { type: args.type } : {}), ...(args.note !== undefined ? { note: args.note } : {}), ...(args.link !== undefined ? { link: args.link } : {}) };
    if ('type' in next && !ctx.sessions.settings.core.labels.includes((next as Entity).type)) throw new UserError(`"${(next as Entity).type}" is not a label`);
    update(session, 'Edit Annotation', annotation, next);
    return annotation.id;
  }
  const actions = annotation.kind === 'entity' ? ['Change label', 'Edit note', 'Edit link'] : ['Set status', 'Edit note', 'Edit source', 'Edit cue', 'Add evidence'];
  const action = await vscode.window.showQuickPick(actions, { placeHolder: `Edit ${annotation.kind === 'entity' ? annotation.type : 'claim'} “${annotation.text.slice(0, 60)}”` });
  if (action === 'Change label') {
    const type = await pickLabel(ctx, `New label for “${annotation.text}”`);
    if (type) update(session, 'Change Label', annotation, { ...(current as Entity), type });
  } else if (action === 'Edit note' || action === 'Edit link') {
    const key = action === 'Edit note' ? 'note' : 'link';
    const value = await vscode.window.showInputBox({ prompt: action, value: (current as Entity)[key] ?? '' });
    if (value === undefined) return undefined;
    const { [key]: _old, ...rest } = current as Entity;
    update(session, action, annotation, value === '' ? (rest as Entity) : { ...current, [key]: value });
  } else if (action === 'Set status') return setStatus(ctx, { ...(args ?? {}), id: annotation.id, uri: session.uri });
  else if (action === 'Add evidence') return addEvidence(ctx, { id: annotation.id, uri: session.uri });
  else if (action === 'Edit cue') {
    const text = session.document.getText();
    const sentence = sentenceAt(text, annotation.start);
    const candidates = cuesIn(text, Math.min(sentence.start, annotation.start), Math.max(sentence.end, annotation.end));
    const none = { label: '$(circle-slash) No cue', cue: null };
    const choice = await vscode.window.showQuickPick([...candidates.map((c) => ({ label: c.text, description: `at ${c.start}`, cue: c as { start: number; end: number } | null })), none], {
      placeHolder: `The attribution cue of “${annotation.text.slice(0, 60)}”${annotation.kind === 'claim' && annotation.cue?.lost ? ` (was “${annotation.cue.text}”, lost)` : ''}`,
    });
    if (!choice) return undefined;
    return setCue(session, annotation, choice.cue);
  }
  else if (action === 'Edit source') {
    const value = await vscode.window.showInputBox({ prompt: 'Who makes the claim (free text; the entity link is kept)', value: (current as Claim).source?.text ?? '' });
    if (value === undefined) return undefined;
    // An empty text removes it; with no entity left either, the claim has no source (never an empty one).
    const { text: _old, ...kept } = (current as Claim).source ?? {};
    const source: ClaimSource = value.trim() ? { ...kept, text: value.trim() } : kept;
    const { source: _was, ...claim } = current as Claim;
    update(session, 'Edit Source', annotation, source.entity !== undefined || source.text !== undefined ? { ...claim, source } : claim);
  }
  return annotation.id;
}

/** A claim's cue set to the text at [start, end) (or removed with null). */
function setCue(session: DocumentSession, annotation: Annotation, span: { start: number; end: number } | null): string {
  if (annotation.kind !== 'claim') throw new UserError('only claims have a cue');
  const { cue: _old, ...claim } = strip(annotation) as Claim;
  if (span === null) {
    update(session, 'Remove Cue', annotation, claim);
    return annotation.id;
  }
  let placed;
  try {
    placed = place(session.document.getText(), session.recognized, span.start, span.end);
  } catch (err) {
    throw err instanceof SpanError ? new UserError(err.message) : err;
  }
  update(session, 'Set Cue', annotation, { ...claim, cue: { start: placed.start, end: placed.end, text: placed.text } });
  return annotation.id;
}

async function remove(ctx: CommandContext, args?: IdArgs): Promise<string> {
  const { session, annotation } = await target(ctx, args);
  const operations: Operation[] = [{ op: 'remove', kind: annotation.kind, annotation: strip(annotation) }];
  // Claims naming a removed entity as their source keep its text, not a dangling id.
  if (annotation.kind === 'entity') {
    for (const c of session.current.claims) {
      const a = c.source?.entity === annotation.id ? session.find(c.id) : undefined;
      if (a?.kind === 'claim' && a.source) {
        const { entity: _e, ...source } = a.source;
        operations.push({ op: 'update', kind: 'claim', before: strip(a), after: { ...(strip(a) as Claim), source: { ...source, text: source.text ?? annotation.text } } });
      }
    }
  }
  session.perform({ label: 'Delete Annotation', operations });
  return annotation.id;
}

async function setStatus(ctx: CommandContext, args?: IdArgs & { status?: ClaimStatus }): Promise<string | undefined> {
  const { session, annotation } = await target(ctx, args, true);
  if (annotation.kind !== 'claim') throw new UserError('only claims have a status');
  const status = args?.status ?? (await vscode.window.showQuickPick([...CLAIM_STATUSES], { placeHolder: `Status of “${annotation.text.slice(0, 60)}” (now ${annotation.status})` }));
  if (!status) return undefined;
  if (!CLAIM_STATUSES.includes(status as ClaimStatus)) throw new UserError(`"${status}" is not a status (${CLAIM_STATUSES.join(', ')})`);
  update(session, 'Set Claim Status', annotation, { ...(strip(annotation) as Claim), status: status as ClaimStatus });
  return annotation.id;
}

async function addEvidence(ctx: CommandContext, args?: IdArgs & { url?: string; note?: string }): Promise<string | undefined> {
  const { session, annotation } = await target(ctx, args, true);
  if (annotation.kind !== 'claim') throw new UserError('evidence goes on claims');
  const url = args?.url ?? (await vscode.window.showInputBox({ prompt: 'Evidence: a URL (leave empty for a note only)', placeHolder: 'https://' }));
  if (url === undefined) return undefined;
  const note = args?.note ?? (await vscode.window.showInputBox({ prompt: 'Evidence: a note (optional)' }));
  if (note === undefined && !url) return undefined;
  const item = { ...(url ? { url } : {}), ...(note ? { note } : {}) };
  if (Object.keys(item).length === 0) throw new UserError('evidence needs a URL or a note');
  const claim = strip(annotation) as Claim;
  update(session, 'Add Evidence', annotation, { ...claim, evidence: [...(claim.evidence ?? []), item] });
  return annotation.id;
}

/** An orphan put back on the selected text (or given offsets). */
async function reattach(ctx: CommandContext, args?: IdArgs & { start?: number; end?: number }): Promise<string | undefined> {
  const { session, editor } = await sessionFor(ctx, args);
  const orphans = session.orphans();
  if (orphans.length === 0) throw new UserError('this document has no orphaned annotations');
  const orphan = args?.id ? orphans.find((o) => o.id === args.id) : (await vscode.window.showQuickPick(orphans.map((o) => ({ label: o.kind === 'entity' ? o.type : `claim (${o.status})`, description: o.text.slice(0, 80), o })), { placeHolder: 'Which orphan goes on the selected text?' }))?.o;
  if (!orphan) return undefined;
  const span = args?.start !== undefined && args.end !== undefined ? { start: args.start, end: args.end } : editor && !editor.selection.isEmpty ? offsetsOf(editor, editor.selection) : undefined;
  if (!span) throw new UserError('select the text the annotation belongs to, then run Re-attach Annotation');
  let placed;
  try {
    placed = place(session.document.getText(), session.recognized, span.start, span.end);
  } catch (err) {
    throw err instanceof SpanError ? new UserError(err.message) : err;
  }
  const { orphan: _o, prefix: _p, suffix: _s, doc: _d, ...rest } = strip(orphan);
  update(session, 'Re-attach Annotation', orphan, { ...rest, ...placed } as Entity | Claim);
  return orphan.id;
}

async function step(ctx: CommandContext, direction: 1 | -1): Promise<void> {
  const { session, editor } = await sessionFor(ctx, undefined);
  if (!editor) return;
  const here = editor.document.offsetAt(editor.selection.active);
  const next = session.nextStart(here, direction);
  if (next === undefined) {
    void vscode.window.setStatusBarMessage(`Seed Annotator: no ${direction > 0 ? 'next' : 'previous'} annotation`, 2500);
    return;
  }
  const position = editor.document.positionAt(next);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The document's annotations and orphans: jump to one, or re-attach an orphan to the selection. */
async function showList(ctx: CommandContext, args?: TargetArgs): Promise<void> {
  const { session, editor } = await sessionFor(ctx, args);
  const items = session.summaries().map((a) => ({
    label: `${a.orphan ? '$(warning) ' : a.kind === 'claim' ? '$(comment-discussion) ' : '$(tag) '}${a.kind === 'entity' ? a.label : `claim · ${a.label}`}`,
    description: a.text.slice(0, 90),
    ...(a.orphan ? { detail: 'orphan: its text is gone; pick it to re-attach it to the selected text' } : {}),
    a,
  }));
  const choice = await vscode.window.showQuickPick(items, { placeHolder: `${session.document.uri.path.split('/').pop()}: annotations and orphans`, matchOnDescription: true });
  if (!choice) return;
  if (choice.a.orphan) {
    await vscode.commands.executeCommand('seedAnnotator.reattachAnnotation', { uri: session.uri, id: choice.a.id });
    return;
  }
  const target = editor ?? (await vscode.window.showTextDocument(session.document));
  const range = new vscode.Range(target.document.positionAt(choice.a.start), target.document.positionAt(choice.a.end));
  target.selection = new vscode.Selection(range.start, range.end);
  target.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function history(ctx: CommandContext, args: TargetArgs | undefined, which: 'undo' | 'redo'): Promise<string | undefined> {
  const { session } = await sessionFor(ctx, args);
  const label = which === 'undo' ? session.undo() : session.redo();
  void vscode.window.setStatusBarMessage(label ? `Seed Annotator: ${which === 'undo' ? 'undid' : 'redid'} ${label}` : `Seed Annotator: nothing to ${which}`, 2500);
  return label;
}
