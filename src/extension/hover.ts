// Hovers on annotations: label, link and note; for claims source, cue, status and evidence; links to edit.
import * as vscode from 'vscode';
import { claimStatus, type Corpus } from '../core/corpus';
import type { CorpusStore } from './corpus/corpusStore';
import type { Annotation, DocumentSession } from './session';
import type { Sessions } from './sessions';
import { SEED_LANGUAGE_ID } from './settings';

export function registerHover(sessions: Sessions, corpus: CorpusStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider(SEED_LANGUAGE_ID, {
    async provideHover(document, position) {
      const session = sessions.get(document.uri);
      if (!session) return undefined;
      const here = session.at(document.offsetAt(position));
      if (here.length === 0) return undefined;
      const md = new vscode.MarkdownString(undefined, true);
      md.isTrusted = { enabledCommands: ['seedAnnotator.editAnnotation', 'seedAnnotator.deleteAnnotation', 'seedAnnotator.setClaimStatus', 'seedAnnotator.addEvidence'] };
      md.supportThemeIcons = true;
      const registry = await corpus.corpus();
      here.forEach((a, i) => {
        if (i > 0) md.appendMarkdown('\n\n---\n\n');
        describe(md, a, session, registry);
      });
      const innermost = here[0]!;
      return new vscode.Hover(md, new vscode.Range(document.positionAt(innermost.start), document.positionAt(innermost.end)));
    },
  });
}

function text(s: string): string {
  // Annotation text is data: escape it so that it is shown, never interpreted.
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

function link(commandId: string, title: string, args: unknown): string {
  return `[${title}](command:${commandId}?${encodeURIComponent(JSON.stringify([args]))})`;
}

function describe(md: vscode.MarkdownString, a: Annotation, session: DocumentSession, registry: Corpus | undefined): void {
  const args = { uri: session.uri.toString(), id: a.id };
  if (a.kind === 'entity') {
    md.appendMarkdown(`$(tag) **${text(a.type)}** “${text(a.text)}”`);
    const canonical = a.link !== undefined ? registry?.entities.find((e) => e.id === a.link) : undefined;
    if (canonical) md.appendMarkdown(`  \n$(link) ${text(canonical.name)}${canonical.type ? ` (${text(canonical.type)})` : ''}${canonical.wikidata ? ` · Wikidata ${text(canonical.wikidata)}` : ''}`);
    else if (a.link) md.appendMarkdown(`  \nlink: \`${text(a.link)}\`${registry ? ' (not in corpus.yaml)' : ''}`);
  } else {
    md.appendMarkdown(`$(comment-discussion) **Claim** · ${text(a.status)}${a.checkworthy ? ' · check-worthy' : ''}${a.attribution ? ` · ${a.attribution}` : ''}`);
    const source = a.source?.entity ? session.find(a.source.entity) : undefined;
    if (a.source) md.appendMarkdown(`  \nsource: ${text(a.source.text ?? source?.text ?? '')}${source ? ` (${text(source.kind === 'entity' ? source.type : 'claim')})` : ''}`);
    if (a.cue) md.appendMarkdown(`  \ncue: “${text(a.cue.text)}”${a.cue.lost ? ' (lost: its text is gone; Edit Annotation → Edit cue sets it again)' : ''}`);
    const canonical = a.link !== undefined ? registry?.claims.find((c) => c.id === a.link) : undefined;
    // The canonical claim's status holds for every article reporting it; this mention keeps its own beside it.
    if (canonical) md.appendMarkdown(`  \n$(link) canonical claim · **${text(claimStatus(canonical))}** (this mention: ${text(a.status)}): ${text(canonical.statement)}`);
    else if (a.link) md.appendMarkdown(`  \nlink: \`${text(a.link)}\`${registry ? ' (not in corpus.yaml)' : ''}`);
    for (const e of a.evidence ?? []) md.appendMarkdown(`  \nevidence: ${e.url ? `[${text(e.url)}](${encodeURI(e.url)})` : ''} ${text(e.note ?? '')}`);
  }
  if (a.note) md.appendMarkdown(`  \nnote: ${text(a.note)}`);
  const actions = [link('seedAnnotator.editAnnotation', 'Edit', args), link('seedAnnotator.deleteAnnotation', 'Delete', args)];
  if (a.kind === 'claim') actions.push(link('seedAnnotator.setClaimStatus', 'Set status', args), link('seedAnnotator.addEvidence', 'Add evidence', args));
  md.appendMarkdown(`\n\n${actions.join(' · ')}`);
}
