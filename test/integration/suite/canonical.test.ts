// The Entities and Claims views in real VS Code: canonical entities and claims of corpus.yaml with their
// mentions gathered across documents; creating a canonical entity from an annotation writes both files.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { readCorpus } from '../../../src/core/corpus';
import { readSidecar } from '../../../src/core/sidecar/read';
import { api, waitFor, workspaceUri } from './helpers';

type Node = { kind: string; key: string; entity?: { id: string }; claim?: { id: string; status?: string }; mentions?: Array<{ file: string; id: string; doc?: string }>; file?: string; id?: string };

const decoder = new TextDecoder();
const read = async (uri: vscode.Uri) => decoder.decode(await vscode.workspace.fs.readFile(uri));

/** Every mention of a canonical id in the sidecars on disk, as "file name#annotation id". */
async function linkedOnDisk(link: string, list: 'entities' | 'claims'): Promise<string[]> {
  const out: string[] = [];
  for (const [name] of await vscode.workspace.fs.readDirectory(workspaceUri())) {
    if (!name.endsWith('.annotations.yaml')) continue;
    const sidecar = readSidecar(await read(workspaceUri(name))).sidecar;
    for (const a of sidecar?.[list] ?? []) if (a.link === link) out.push(`${name.replace('.annotations.yaml', '.txt')}#${a.id}`);
  }
  return out.sort();
}

const mentionKeys = (node: Node) => (node.mentions ?? []).map((m) => `${decodeURIComponent(m.file.split('/').pop()!)}#${m.id}`).sort();

describe('Seed Annotator in real VS Code: canonical entities and claims', function () {
  this.timeout(60000);

  before(async () => {
    await vscode.commands.executeCommand('seedAnnotator.entities.focus');
    await api();
  });

  it('the Entities view gathers the mentions of a canonical entity across documents', async () => {
    const seed = await api();
    const expected = await linkedOnDisk('us-border-patrol', 'entities');
    assert.ok(new Set(expected.map((e) => e.split('#')[0])).size >= 2, `the samples link Border Patrol in two documents at least: ${expected.join(', ')}`);
    const node = await waitFor('us-border-patrol', async () => ((await seed.canonicalViews.entities()) as Node[]).find((n) => n.entity?.id === 'us-border-patrol'));
    assert.deepStrictEqual(mentionKeys(node), expected);
    const children = (await seed.canonicalViews.entities(node)) as Node[];
    assert.strictEqual(children.length, expected.length);
    const item = await seed.canonicalViews.item(node);
    assert.match(String(item.description), new RegExp(`ORG · ${expected.length} mentions in \\d+ documents`));
  });

  it('the Claims view gathers the articles reporting a canonical claim, and its status shows on them', async () => {
    const seed = await api();
    const expected = await linkedOnDisk('chicago-agent-bounties', 'claims');
    assert.strictEqual(expected.length, 2, `001 and its copy in the bundle report it: ${expected.join(', ')}`);
    const node = await waitFor('chicago-agent-bounties', async () => ((await seed.canonicalViews.claims()) as Node[]).find((n) => n.claim?.id === 'chicago-agent-bounties'));
    assert.deepStrictEqual(mentionKeys(node), expected);
    const articles = (await seed.canonicalViews.claims(node)) as Node[];
    assert.strictEqual(articles.length, 2);

    assert.strictEqual(await vscode.commands.executeCommand('seedAnnotator.setCanonicalClaimStatus', { id: 'chicago-agent-bounties', status: 'mixed' }), 'mixed');
    const corpusText = await read(workspaceUri('corpus.yaml'));
    assert.strictEqual(readCorpus(corpusText).corpus!.claims.find((c) => c.id === 'chicago-agent-bounties')!.status, 'mixed');
    assert.match(corpusText, /# Seed 001 and its copy in bundle-tail.txt report it\./);
    const [file, id] = expected[0]!.split('#') as [string, string];
    const doc = await vscode.workspace.openTextDocument(workspaceUri(file));
    const editor = await vscode.window.showTextDocument(doc);
    const claim = (await seed.model(doc.uri))!.claims.find((c) => c.id === id)!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, editor.document.positionAt(claim.start + 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, new RegExp(`canonical claim · \\*\\*mixed\\*\\* \\(this mention: ${claim.status}\\)`));
  });

  it('Create Canonical Entity from an annotation writes corpus.yaml in place and links the annotation', async () => {
    const seed = await api();
    const uri = workspaceUri('000_ada6b8799641a7d2.txt');
    const sidecar = readSidecar(await read(workspaceUri('000_ada6b8799641a7d2.annotations.yaml'))).sidecar!;
    const target = sidecar.entities.find((e) => e.link === undefined && e.type === 'GPE') ?? sidecar.entities.find((e) => e.link === undefined)!;
    const before = await read(workspaceUri('corpus.yaml'));
    const id = await vscode.commands.executeCommand<string>('seedAnnotator.createCanonical', { uri: uri.toString(), id: target.id, name: `${target.text} (canonical)` });
    assert.ok(id);
    const after = await read(workspaceUri('corpus.yaml'));
    assert.ok(after.startsWith(before.slice(0, before.indexOf('claims:'))) || after.includes('# Comments like these survive every save.'), 'comments and earlier entities kept');
    assert.deepStrictEqual(readCorpus(after).corpus!.entities.find((e) => e.id === id), { id, name: `${target.text} (canonical)`, type: target.type, aliases: [target.text] });
    await seed.flush(uri);
    await waitFor('the link in the sidecar', async () => (readSidecar(await read(workspaceUri('000_ada6b8799641a7d2.annotations.yaml'))).sidecar!.entities.find((e) => e.id === target.id)?.link === id ? true : undefined));
    await waitFor('the new entity in the view', async () => {
      const node = ((await seed.canonicalViews.entities()) as Node[]).find((n) => n.entity?.id === id);
      return node && mentionKeys(node).includes(`000_ada6b8799641a7d2.txt#${target.id}`) ? true : undefined;
    });
  });
});
