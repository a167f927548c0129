// The Documents view in real VS Code: what it lists matches the files and sidecars on disk; it follows
// annotations made by command, sidecars written by others, and progress marked done.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { DEFAULT_CONFIG, isSeedTextFile } from '../../../src/core/config';
import { readSidecar } from '../../../src/core/sidecar/read';
import { recognize } from '../../../src/core/documents';
import { api, waitFor, workspaceFolder, workspaceUri } from './helpers';

type Element = { kind: string; key: string; path?: string; docId?: string; group?: string; label?: string; id?: string; uri?: vscode.Uri };

const decoder = new TextDecoder();
const read = async (uri: vscode.Uri) => decoder.decode(await vscode.workspace.fs.readFile(uri));

/** Seed files on disk, found by walking the folder (the view lists them through a file search). */
async function seedFilesOnDisk(folder = workspaceFolder().uri, prefix = ''): Promise<string[]> {
  // Other suites add bundle globs to the settings: the same settings decide here.
  const bundleGlobs = vscode.workspace.getConfiguration('seedAnnotator').get<string[]>('bundleGlobs') ?? DEFAULT_CONFIG.bundleGlobs;
  const out: string[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
    if (name.startsWith('.')) continue;
    if (type & vscode.FileType.Directory) out.push(...(await seedFilesOnDisk(vscode.Uri.joinPath(folder, name), `${prefix}${name}/`)));
    else if (isSeedTextFile(prefix + name, { ...DEFAULT_CONFIG, bundleGlobs })) out.push(prefix + name);
  }
  return out.sort();
}

async function children(element?: Element): Promise<Element[]> {
  return (await (await api()).documentsView.children(element)) as Element[];
}

/** Every file element of the view, through its folders. */
async function filesInView(element?: Element): Promise<Element[]> {
  const out: Element[] = [];
  for (const c of await children(element)) {
    if (c.kind === 'folder') out.push(...(await filesInView(c)));
    else if (c.kind === 'file') out.push(c);
  }
  return out;
}

async function fileElement(path: string): Promise<Element> {
  return waitFor(`${path} in the view`, async () => (await filesInView()).find((f) => f.path === path));
}

async function labelCounts(parent: Element, group: 'entities' | 'claims'): Promise<Record<string, number>> {
  const g = (await children(parent)).find((c) => c.group === group);
  if (!g) return {};
  const out: Record<string, number> = {};
  for (const label of await children(g)) out[label.label!] = (await children(label)).length;
  return out;
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}

describe('Seed Annotator in real VS Code: the Documents view', function () {
  this.timeout(60000);

  before(async () => {
    await vscode.commands.executeCommand('seedAnnotator.documents.focus');
    await api();
  });

  it('lists every seed file on disk, and for sample 000 the entities by label and claims by status of its sidecar', async () => {
    const listed = (await filesInView()).map((f) => f.path!).sort();
    assert.deepStrictEqual(listed, await seedFilesOnDisk());
    assert.ok(listed.includes('000_ada6b8799641a7d2.txt') && listed.includes('bundle-tail.txt'));

    const file = await fileElement('000_ada6b8799641a7d2.txt');
    const sidecar = readSidecar(await read(workspaceUri('000_ada6b8799641a7d2.annotations.yaml'))).sidecar!;
    assert.deepStrictEqual(await labelCounts(file, 'entities'), countBy(sidecar.entities.filter((e) => !e.orphan), (e) => e.type));
    assert.deepStrictEqual(await labelCounts(file, 'claims'), countBy(sidecar.claims.filter((c) => !c.orphan), (c) => c.status));
    const item = await (await api()).documentsView.item(file);
    assert.match(String(item.description), new RegExp(`${sidecar.entities.length} entities · ${sidecar.claims.length} claims`));
  });

  it("lists a bundle's documents as recognised in its text", async () => {
    const text = await read(workspaceUri('bundle-tail.txt'));
    const expected = recognize(text, { fileName: 'bundle-tail.txt' }).documents.map((d) => d.id);
    const docs = await children(await fileElement('bundle-tail.txt'));
    assert.deepStrictEqual(docs.map((d) => [d.kind, d.docId]), expected.map((id) => ['document', id]));
  });

  it('reveals and selects an annotation', async () => {
    const uri = workspaceUri('000_ada6b8799641a7d2.txt');
    const id = readSidecar(await read(workspaceUri('000_ada6b8799641a7d2.annotations.yaml'))).sidecar!.claims[0]!.id;
    const seed = await api();
    // Let a cursor move of an earlier test be followed first (the view would select that annotation after ours).
    await new Promise((r) => setTimeout(r, 400));
    const element = (await seed.documentsView.reveal(uri, id)) as Element;
    assert.strictEqual(element.id, id);
    await waitFor('the selection', () => ((seed.documentsView.selection()[0] as Element | undefined)?.id === id ? true : undefined));
  });

  it('shows an annotation made by command, and a click on it selects its text', async () => {
    const uri = workspaceUri('001_dc080621945f1249.txt');
    const text = await read(uri);
    const start = text.indexOf('Border Patrol');
    assert.ok(start >= 0);
    const [id] = (await vscode.commands.executeCommand<string[]>('seedAnnotator.annotateEntity', { uri: uri.toString(), start, end: start + 'Border Patrol'.length, type: 'LAW' }))!;
    const file = await fileElement('001_dc080621945f1249.txt');
    const law = await waitFor('the LAW group', async () => {
      const entities = (await children(file)).find((c) => c.group === 'entities');
      return entities && (await children(entities)).find((l) => l.label === 'LAW');
    });
    const items = await children(law);
    const mine = items.find((i) => i.id === id);
    assert.ok(mine, `${id} is not under LAW: ${items.map((i) => i.id).join(', ')}`);
    const item = await (await api()).documentsView.item(mine);
    assert.strictEqual(item.command?.command, 'seedAnnotator.revealAnnotation');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), uri.toString());
    assert.deepStrictEqual([editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)], [start, start + 'Border Patrol'.length]);
    await vscode.commands.executeCommand('seedAnnotator.deleteAnnotation', { uri: uri.toString(), id });
  });

  it('shows a seed and its sidecar added on disk, without listing the workspace again', async () => {
    const seed = await api();
    const scans = seed.documentsView.scans();
    const folder = workspaceUri('outlet-b');
    const text = 'Ana Lima spoke in Lisbon on Monday.\n';
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, '123_0123456789abcdef.txt'), new TextEncoder().encode(text));
    const file = await fileElement('outlet-b/123_0123456789abcdef.txt');
    assert.deepStrictEqual(await labelCounts(file, 'entities'), {});
    const yaml = 'schema: seed-annotator/v1\n# written by a git pull\nentities:\n  - {id: e1, type: PERSON, start: 0, end: 8, text: Ana Lima}\n  - {id: e2, type: GPE, start: 18, end: 24, text: Lisbon}\n';
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, '123_0123456789abcdef.annotations.yaml'), new TextEncoder().encode(yaml));
    await waitFor('the sidecar in the view', async () => {
      const counts = await labelCounts(await fileElement('outlet-b/123_0123456789abcdef.txt'), 'entities');
      return counts['PERSON'] === 1 && counts['GPE'] === 1 ? true : undefined;
    });
    assert.strictEqual(seed.documentsView.scans(), scans);
  });

  it('Mark Document Done writes the state to the sidecar and counts it', async () => {
    const seed = await api();
    const before = await seed.documentsView.totals();
    const uri = workspaceUri('outlet-b/123_0123456789abcdef.txt');
    assert.strictEqual(await vscode.commands.executeCommand('seedAnnotator.markDocumentDone', { uri: uri.toString() }), 'done');
    const sidecar = workspaceUri('outlet-b/123_0123456789abcdef.annotations.yaml');
    const onDisk = await waitFor('progress on disk', async () => {
      // The web host's file system replaces a file in two steps (write, rename): a read between them finds none.
      const yaml = await read(sidecar).catch(() => '');
      return /\nprogress: done\n/.test(yaml) ? yaml : undefined;
    });
    assert.match(onDisk, /# written by a git pull/);
    const after = await waitFor('the counts', async () => {
      const t = await seed.documentsView.totals();
      return t['done'] === before['done']! + 1 ? t : undefined;
    });
    assert.strictEqual(after['total'], before['total']);
    await waitFor('the view description', () => (seed.documentsView.description() === `${after['done']} of ${after['total']} done` ? true : undefined));
    const filtered = await (async () => {
      await vscode.commands.executeCommand('seedAnnotator.filterDocuments', { states: ['done'] });
      return (await filesInView()).map((f) => f.path);
    })();
    await vscode.commands.executeCommand('seedAnnotator.clearDocumentsFilter');
    assert.ok(filtered.includes('outlet-b/123_0123456789abcdef.txt'));
    assert.ok(!filtered.includes('bundle-tail.txt'), `filtered by done: ${filtered.join(', ')}`);
  });

  it('a seed renamed on disk moves in the view with its counts, without listing the workspace again', async () => {
    const seed = await api();
    const scans = seed.documentsView.scans();
    const from = workspaceUri('outlet-b/123_0123456789abcdef.txt');
    const to = workspaceUri('outlet-c/124_0123456789abcdef.txt');
    await vscode.workspace.fs.rename(from, to);
    await vscode.workspace.fs.rename(workspaceUri('outlet-b/123_0123456789abcdef.annotations.yaml'), workspaceUri('outlet-c/124_0123456789abcdef.annotations.yaml'));
    const file = await fileElement('outlet-c/124_0123456789abcdef.txt');
    await waitFor('the old path gone', async () => ((await filesInView()).some((f) => f.path?.startsWith('outlet-b/')) ? undefined : true));
    await waitFor('its counts', async () => ((await labelCounts(file, 'entities'))['PERSON'] === 1 ? true : undefined));
    assert.strictEqual(seed.documentsView.scans(), scans);
  });

  it('a folder of seeds moved into the workspace appears with its seeds (no event for the files in it)', async () => {
    const seed = await api();
    const scans = seed.documentsView.scans();
    const outside = vscode.Uri.joinPath(workspaceFolder().uri, '..', `outside-${Date.now()}`, 'outlet-d');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(outside, '125_0123456789abcdef.txt'), new TextEncoder().encode('Ana Lima left Porto.\n'));
    await vscode.workspace.fs.rename(outside, workspaceUri('outlet-d'));
    await fileElement('outlet-d/125_0123456789abcdef.txt');
    assert.strictEqual(seed.documentsView.scans(), scans);
    await vscode.workspace.fs.delete(workspaceUri('outlet-d'), { recursive: true });
    await waitFor('the moved folder gone', async () => ((await filesInView()).some((f) => f.path?.startsWith('outlet-d/')) ? undefined : true));
  });

  it('moving the cursor onto an annotation selects it in the view', async () => {
    const seed = await api();
    await vscode.commands.executeCommand('seedAnnotator.documents.focus');
    const uri = workspaceUri('000_ada6b8799641a7d2.txt');
    const sidecar = readSidecar(await read(workspaceUri('000_ada6b8799641a7d2.annotations.yaml'))).sidecar!;
    const target = sidecar.entities[sidecar.entities.length - 1]!;
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
    const at = editor.document.positionAt(target.start + 1);
    editor.selection = new vscode.Selection(at, at);
    await waitFor('the view to follow the cursor', () => ((seed.documentsView.selection()[0] as Element | undefined)?.id === target.id ? true : undefined));
  });
});
