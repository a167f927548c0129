// Linking annotations to canonical entities and claims: link one (or every mention of a not-linked text) to an
// existing one, create one from an annotation, set a canonical claim's status.
import * as vscode from 'vscode';
import { claimStatus, type Mention, type UnlinkedGroup } from '../../core/corpus';
import { CLAIM_STATUSES, type ClaimStatus } from '../../core/model';
import { annotationsAtSelection, command, sessionFor, UserError, type CommandContext } from '../commands/context';
import type { Annotation } from '../session';
import type { CorpusStore } from './corpusStore';

/** An annotation by `{uri, id}` (the editor's arguments and the views' mention elements), or a group of them. */
interface LinkArgs {
  readonly uri?: string | vscode.Uri;
  readonly id?: string;
  /** The canonical id to link to (no question asked). */
  readonly link?: string;
  /** A not-linked group of the Entities view: every mention is linked. */
  readonly group?: UnlinkedGroup;
}

interface CreateArgs extends LinkArgs {
  /** The new canonical item's id and name (entities) or statement (claims); asked for when left out. */
  readonly canonicalId?: string;
  readonly name?: string;
}

type Target = { readonly kind: 'entity' | 'claim'; readonly text: string; readonly label: string; readonly status?: ClaimStatus; readonly mentions: ReadonlyArray<{ uri: string; id: string }> };

export function registerCanonicalCommands(ctx: CommandContext, corpus: CorpusStore): vscode.Disposable[] {
  return [
    command('seedAnnotator.linkToCanonical', (args?: LinkArgs) => link(ctx, corpus, args)),
    command('seedAnnotator.createCanonical', (args?: CreateArgs) => create(ctx, corpus, args)),
    command('seedAnnotator.setCanonicalClaimStatus', (args?: { claim?: { id: string }; id?: string; status?: ClaimStatus }) => setStatus(corpus, args)),
  ];
}

/** What a command acts on: a not-linked group, the annotation named by arguments, or the one at the cursor. */
async function target(ctx: CommandContext, args: LinkArgs | undefined): Promise<Target> {
  if (args?.group) {
    const g = args.group;
    return { kind: 'entity', text: g.texts[0] ?? g.key, label: g.label, mentions: g.mentions.map((m: Mention) => ({ uri: m.file, id: m.id })) };
  }
  const { session, editor } = await sessionFor(ctx, args?.uri ? { uri: args.uri } : undefined);
  let a: Annotation | undefined;
  if (args?.id) a = session.find(args.id);
  else if (editor) a = annotationsAtSelection(session, editor)[0];
  if (!a) throw new UserError(args?.id ? `no annotation with id "${args.id}"` : 'there is no annotation at the cursor');
  const mention = [{ uri: session.uri.toString(), id: a.id }];
  return a.kind === 'entity' ? { kind: 'entity', text: a.text, label: a.type, mentions: mention } : { kind: 'claim', text: a.text, label: 'claim', status: a.status, mentions: mention };
}

async function applyLink(t: Target, linkId: string): Promise<void> {
  for (const m of t.mentions) await vscode.commands.executeCommand('seedAnnotator.editAnnotation', { uri: m.uri, id: m.id, link: linkId });
}

async function link(ctx: CommandContext, corpus: CorpusStore, args?: LinkArgs): Promise<string | undefined> {
  const t = await target(ctx, args);
  let linkId = args?.link;
  if (linkId === undefined) {
    const registry = await corpus.corpus();
    type Item = vscode.QuickPickItem & { id?: string; create?: true };
    let items: Item[];
    if (t.kind === 'entity') {
      const matched = await corpus.matches(t.text, t.label);
      const first = new Set(matched.map((m) => m.entity.id));
      const rest = (registry?.entities ?? []).filter((e) => !first.has(e.id));
      items = [...matched.map((m) => m.entity), ...rest].map((e) => ({ id: e.id, label: e.name, description: [e.type, e.aliases?.join(', ')].filter(Boolean).join(' · '), detail: first.has(e.id) ? 'matches this text' : undefined }) as Item);
    } else items = (registry?.claims ?? []).map((c) => ({ id: c.id, label: c.statement, description: claimStatus(c) }));
    items.push({ label: `$(add) Create a canonical ${t.kind} from “${t.text.slice(0, 50)}”`, create: true });
    const chosen = await vscode.window.showQuickPick(items, { placeHolder: `Link ${t.mentions.length === 1 ? 'this' : `these ${t.mentions.length}`} ${t.kind === 'entity' ? 'mention' : 'claim'}${t.mentions.length === 1 ? '' : 's'} to` });
    if (!chosen) return undefined;
    if (chosen.create) return create(ctx, corpus, args);
    linkId = chosen.id!;
  }
  await applyLink(t, linkId);
  return linkId;
}

async function create(ctx: CommandContext, corpus: CorpusStore, args?: CreateArgs): Promise<string | undefined> {
  const t = await target(ctx, args);
  const name = args?.name ?? (await vscode.window.showInputBox({ prompt: t.kind === 'entity' ? `Name of the canonical ${t.label} entity` : 'The canonical statement (as several articles report it)', value: t.text.replace(/\s+/g, ' ').trim() }));
  if (!name) return undefined;
  const id = args?.canonicalId ?? (await corpus.freshId(name));
  try {
    if (t.kind === 'entity') await corpus.addEntity({ id, name, type: t.label, ...(name !== t.text ? { aliases: [t.text] } : {}) });
    else await corpus.addClaim({ id, statement: name, status: t.status ?? 'unverified' });
  } catch (err) {
    throw new UserError((err as Error).message);
  }
  await applyLink(t, id);
  return id;
}

async function setStatus(corpus: CorpusStore, args?: { claim?: { id: string }; id?: string; status?: ClaimStatus }): Promise<string | undefined> {
  const registry = await corpus.corpus();
  const id = args?.claim?.id ?? args?.id ?? (await vscode.window.showQuickPick((registry?.claims ?? []).map((c) => ({ label: c.statement, description: claimStatus(c), id: c.id })), { placeHolder: 'Which canonical claim?' }))?.id;
  if (!id) return undefined;
  const claim = registry?.claims.find((c) => c.id === id);
  if (!claim) throw new UserError(`no canonical claim "${id}" in corpus.yaml`);
  const status = args?.status ?? ((await vscode.window.showQuickPick([...CLAIM_STATUSES], { placeHolder: `Status of “${claim.statement.slice(0, 60)}” (now ${claimStatus(claim)}), for every article reporting it` })) as ClaimStatus | undefined);
  if (!status) return undefined;
  try {
    await corpus.setClaimStatus(id, status);
  } catch (err) {
    throw new UserError((err as Error).message);
  }
  return status;
}
