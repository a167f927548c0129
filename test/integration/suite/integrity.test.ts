// Nothing lost in the editor: a seed re-scraped while open, a paste over a paragraph, a save interrupted between
// the temporary file and the rename, a symlinked sidecar, duplicate ids, a bundle with decorations off, the
// cursor at the end of what was just annotated, changes held while the text is unsaved.
import * as assert from 'assert';
import * as vscode from 'vscode';
import sampleText from '../../../samples/000_ada6b8799641a7d2.txt';
import sampleYaml from '../../../samples/000_ada6b8799641a7d2.annotations.yaml';
import { loadSidecar } from '../../../src/core/sidecar/load';
import { api, waitFor, workspaceUri } from './helpers';

const encode = (s: string) => new TextEncoder().encode(s);
const nodeHost = () => vscode.workspace.workspaceFolders?.[0]?.uri.scheme === 'file';

let counter = 0;
/** A copy of sample 000 (text and sidecar) under a fresh seed name; optionally opened in an editor. */
async function sampleCopy(yaml: string | null = sampleYaml, folder = ''): Promise<{ uri: vscode.Uri; sidecar: vscode.Uri; name: string }> {
  const name = `8${String(++counter).padStart(2, '0')}_${(Date.now() + counter).toString(16).padStart(16, '0').slice(-16)}`;
  const uri = workspaceUri(`${folder}${name}.txt`);
  const sidecar = workspaceUri(`${folder}${name}.annotations.yaml`);
  await vscode.workspace.fs.writeFile(uri, encode(sampleText));
  if (yaml !== null) await vscode.workspace.fs.writeFile(sidecar, encode(yaml.replace('000_ada6b8799641a7d2.txt', `${name}.txt`)));
  return { uri, sidecar, name };
}

async function readFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

const rescrape = (text: string) => 'Skip to main content\nSubscribe | Sign in\n──────────\n' + text.replace('rushes to the scene', 'hurries to the scene');

describe('Seed Annotator in real VS Code: nothing lost', function () {
  this.timeout(40000);

  it('a seed re-scraped on disk while open (reloaded by VS Code): every annotation follows, none is orphaned', async function () {
    const seed = await api();
    const { uri, sidecar } = await sampleCopy();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const before = await waitFor('the model', async () => ((await seed.model(uri))?.entities.length ? seed.model(uri) : undefined));
    const count = before!.entities.length + before!.claims.length;
    await vscode.workspace.fs.writeFile(uri, encode(rescrape(sampleText)));
    const reloaded = await waitFor('VS Code to reload the text', () => (editor.document.getText().startsWith('Skip to main') ? true : undefined), 20000).catch(() => undefined);
    if (!reloaded) return this.skip(); // this host does not reload a file changed under it
    const after = (await seed.model(uri))!;
    const orphans = [...after.entities, ...after.claims].filter((a) => a.orphan).map((a) => `${a.id} ${a.text}`);
    assert.deepStrictEqual(orphans, [], 'no annotation orphaned by the reload');
    assert.strictEqual(after.entities.length + after.claims.length, count);
    const text = editor.document.getText();
    for (const a of [...after.entities, ...after.claims]) assert.strictEqual(text.slice(a.start, a.end), a.text, a.id);
    await seed.flush(uri);
    const onDisk = loadSidecar((await readFile(sidecar))!, {}).sidecar!;
    assert.strictEqual([...onDisk.entities, ...onDisk.claims].filter((a) => a.orphan).length, 0, 'the sidecar on disk has no orphans');
    assert.strictEqual(onDisk.entities.length + onDisk.claims.length, count);
  });

  it('a paste over a paragraph (the same paragraph, one word changed) keeps its annotations', async () => {
    const seed = await api();
    const { uri } = await sampleCopy();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the model', async () => ((await seed.model(uri))?.entities.length ? true : undefined));
    const text = editor.document.getText();
    const start = text.indexOf('Agents were issued');
    const end = text.indexOf('\n', start);
    const inside = (await seed.model(uri))!.entities.filter((e) => e.start >= start && e.end <= end && e.text !== 'Thursday');
    assert.ok(inside.length > 0);
    const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end));
    await editor.edit((b) => b.replace(range, text.slice(start, end).replace('Thursday', 'Friday')));
    const after = (await seed.model(uri))!;
    for (const e of inside) {
      const now = after.entities.find((x) => x.id === e.id)!;
      assert.ok(!now.orphan, `${e.text} is still annotated`);
      assert.strictEqual(editor.document.getText().slice(now.start, now.end), e.text);
    }
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => (editor.document.getText() === text ? true : undefined));
    const undone = (await seed.model(uri))!;
    for (const e of inside) assert.strictEqual(undone.entities.find((x) => x.id === e.id)!.start, e.start, 'undo puts it back');
  });

  it('a save interrupted between the temporary file and the rename is recovered when the seed opens, with a message', async () => {
    const seed = await api();
    const { uri, sidecar, name } = await sampleCopy(null);
    // What a crash leaves: the new version in the temporary file, no sidecar (the disk provider deleted it first).
    const temp = workspaceUri(`.${name}.annotations.yaml.l2k3j4.tmp`);
    await vscode.workspace.fs.writeFile(temp, encode(sampleYaml.replace('000_ada6b8799641a7d2.txt', `${name}.txt`)));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const model = await waitFor('the recovered model', async () => ((await seed.model(uri))?.entities.length ? seed.model(uri) : undefined));
    assert.strictEqual(model!.entities.length, loadSidecar(sampleYaml, {}).sidecar!.entities.length);
    assert.ok((await readFile(sidecar))?.includes('entities:'), 'the sidecar is back');
    assert.strictEqual(await readFile(temp), undefined, 'the temporary file was moved into place');
    assert.ok(seed.warnings().some((m) => m.includes('interrupted save')), seed.warnings().join('\n'));
  });

  it('a symlinked sidecar stays a symlink and keeps its mode (Node host, real files)', async function () {
    if (!nodeHost()) return this.skip();
    /* eslint-disable @typescript-eslint/no-require-imports */
    const fs = require('fs') as typeof import('fs');
    const path = require('path') as typeof import('path');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const seed = await api();
    const { uri, sidecar, name } = await sampleCopy(null);
    const store = workspaceUri('store');
    fs.mkdirSync(store.fsPath, { recursive: true });
    const target = path.join(store.fsPath, `${name}.yaml`);
    fs.writeFileSync(target, sampleYaml.replace('000_ada6b8799641a7d2.txt', `${name}.txt`), { mode: 0o640 });
    fs.chmodSync(target, 0o640);
    fs.symlinkSync(target, sidecar.fsPath);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the model', async () => ((await seed.model(uri))?.entities.length ? true : undefined));
    const word = sampleText.indexOf('NewsNation');
    const added = await vscode.commands.executeCommand<string[]>('seedAnnotator.annotateEntity', { uri, start: word, end: word + 'NewsNation'.length, type: 'ORG' });
    assert.ok(added?.length === 1);
    await seed.flush(uri);
    assert.ok(fs.lstatSync(sidecar.fsPath).isSymbolicLink(), 'still a symlink');
    assert.ok(fs.readFileSync(target, 'utf8').includes(added[0]!), 'its target has the new entity');
    assert.strictEqual(fs.statSync(target).mode & 0o777, 0o640, 'mode kept');
    assert.deepStrictEqual(fs.readdirSync(store.fsPath).filter((f) => f.endsWith('.tmp')), []);
  });

  it('duplicate ids in a hand-edited sidecar: shown in the Problems panel, drawn, and nothing is written', async () => {
    const seed = await api();
    const broken = sampleYaml.replace('id: egzb420', 'id: ekpdepo');
    const { uri, sidecar } = await sampleCopy(broken);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const problems = await waitFor('diagnostics', () => {
      const d = vscode.languages.getDiagnostics(sidecar);
      return d.some((x) => x.message.includes('duplicate id')) ? d : undefined;
    });
    const dup = problems.find((x) => x.message.includes('duplicate id'))!;
    const lines = broken.split('\n').flatMap((l, i) => (l.includes('id: ekpdepo') ? [i] : []));
    assert.strictEqual(lines.length, 2);
    assert.strictEqual(dup.range.start.line, lines[1], 'at the second item with that id');
    assert.ok((await seed.model(uri))!.entities.length > 0, 'what is readable is drawn');
    const word = sampleText.indexOf('NewsNation');
    const added = await vscode.commands.executeCommand('seedAnnotator.annotateEntity', { uri, start: word, end: word + 10, type: 'ORG' });
    assert.strictEqual(added, undefined, 'annotating is refused');
    await seed.flush(uri);
    assert.strictEqual((await readFile(sidecar))!.replace(/\r/g, ''), broken.replace('000_ada6b8799641a7d2.txt', uri.path.split('/').pop()!));
  });

  it('a bundle with decorations off: after typing, annotating in its second document still works', async () => {
    await api();
    const name = `bundle-integrity-${Date.now().toString(36)}.txt`;
    const text = '==> 001_aaaaaaaaaaaaaaaa.txt <==\nOfficials in Lyon said the bridge would reopen.\n\n==> 002_bbbbbbbbbbbbbbbb.txt <==\nThe mayor of Paris denied it.\n';
    const uri = workspaceUri(name);
    await vscode.workspace.fs.writeFile(uri, encode(text));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.strictEqual(editor.document.languageId, 'seed');
    const off = await vscode.commands.executeCommand<boolean>('seedAnnotator.toggleDecorations');
    try {
      if (off !== false) await vscode.commands.executeCommand('seedAnnotator.toggleDecorations');
      await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'A sentence typed at the top of the first document. '));
      const now = editor.document.getText();
      const paris = now.indexOf('Paris');
      const ids = await vscode.commands.executeCommand<string[]>('seedAnnotator.annotateEntity', { uri, start: paris, end: paris + 5, type: 'GPE' });
      assert.ok(ids?.length === 1, 'annotated in the second document');
      const model = await (await api()).model(uri);
      assert.strictEqual(model!.entities.find((e) => e.id === ids[0])?.doc, '002_bbbbbbbbbbbbbbbb');
    } finally {
      await vscode.commands.executeCommand('seedAnnotator.toggleDecorations');
    }
  });

  it('the cursor at the end of the text just annotated is on it: Delete Annotation works without an id', async () => {
    const seed = await api();
    const text = 'Officials in Lyon said the bridge would reopen in May.\n';
    const uri = workspaceUri(`7${String(++counter).padStart(2, '0')}_${Date.now().toString(16).padStart(16, '0').slice(-16)}.txt`);
    await vscode.workspace.fs.writeFile(uri, encode(text));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const word = text.indexOf('Lyon');
    const end = word + 'Lyon'.length;
    // Selected by dragging left to right: the cursor ends up after the word.
    editor.selection = new vscode.Selection(editor.document.positionAt(word), editor.document.positionAt(end));
    const ids = await vscode.commands.executeCommand<string[]>('seedAnnotator.annotateEntity', { type: 'GPE' });
    assert.ok(ids?.length === 1);
    editor.selection = new vscode.Selection(editor.document.positionAt(end), editor.document.positionAt(end));
    const edited = await vscode.commands.executeCommand<string>('seedAnnotator.editAnnotation', { note: 'cursor at its end' });
    assert.strictEqual(edited, ids[0]);
    editor.selection = new vscode.Selection(editor.document.positionAt(word), editor.document.positionAt(end));
    const removed = await vscode.commands.executeCommand<string>('seedAnnotator.deleteAnnotation');
    assert.strictEqual(removed, ids[0]);
    assert.strictEqual((await seed.model(uri))!.entities.find((e) => e.id === ids[0]), undefined);
  });

  it('a label without a name in the settings is reported once, and the other labels stay in force', async () => {
    const seed = await api();
    const config = vscode.workspace.getConfiguration('seedAnnotator');
    await config.update('labels', [{ color: 'red' }, 'PERSON', 'ORG'], vscode.ConfigurationTarget.Workspace);
    try {
      const warning = await waitFor('the settings warning', () => seed.warnings().find((m) => m.includes('seedAnnotator.labels') && m.includes('has no name')));
      assert.ok(warning.includes('ignored'), warning);
      const { uri } = await sampleCopy(null);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const word = sampleText.indexOf('NewsNation');
      const ids = await vscode.commands.executeCommand<string[]>('seedAnnotator.annotateEntity', { uri, start: word, end: word + 10, type: 'ORG' });
      assert.ok(ids?.length === 1, 'ORG is still a label');
      const refused = await vscode.commands.executeCommand('seedAnnotator.annotateEntity', { uri, start: 0, end: 7, type: 'NORP' });
      assert.strictEqual(refused, undefined, 'NORP is not a label with these settings');
      assert.strictEqual(seed.warnings().filter((m) => m === warning).length, 1, 'said once');
    } finally {
      await config.update('labels', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('a seed whose file mixes CRLF and LF line endings gets a warning saying what a save does', async () => {
    const seed = await api();
    const uri = workspaceUri(`6${String(++counter).padStart(2, '0')}_${Date.now().toString(16).padStart(16, '0').slice(-16)}.txt`);
    await vscode.workspace.fs.writeFile(uri, encode('Officials in Lyon said the bridge would reopen.\r\nThe mayor denied it.\nA third line.\r\nAnd a fourth.\r\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const name = uri.path.split('/').pop()!;
    const warning = await waitFor('the line-ending warning', () => seed.warnings().find((m) => m.includes(name)));
    assert.ok(/CRLF/.test(warning) && /LF/.test(warning) && /sav/.test(warning), warning);
    assert.strictEqual(editor.document.eol, vscode.EndOfLine.CRLF, 'VS Code shows one kind (the majority)');
  });

  it('deleting a claim’s cue keeps it marked lost (not drawn), and Edit Annotation sets a new one', async () => {
    const seed = await api();
    const text = 'Officials in Lyon said the bridge would reopen in May.\nThe mayor denied it.\n';
    const uri = workspaceUri(`5${String(++counter).padStart(2, '0')}_${Date.now().toString(16).padStart(16, '0').slice(-16)}.txt`);
    await vscode.workspace.fs.writeFile(uri, encode(text));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const content = { start: text.indexOf('the bridge'), end: text.indexOf(' in May') };
    const said = { start: text.indexOf('said'), end: text.indexOf('said') + 4 };
    const id = await vscode.commands.executeCommand<string>('seedAnnotator.annotateClaim', { uri, ...content, cue: said });
    assert.ok(id);
    await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(said.start), editor.document.positionAt(said.end)), 'claimed'));
    const lost = (await seed.model(uri))!.claims.find((c) => c.id === id)!;
    assert.deepStrictEqual(lost.cue && { text: lost.cue.text, lost: lost.cue.lost }, { text: 'said', lost: true });
    // Decorations are redrawn a moment after an edit: the lost cue goes from the drawing.
    await waitFor('the lost cue to be undrawn', () => ((seed.decorations(uri)['cue'] ?? []).length === 0 ? true : undefined));
    const now = editor.document.getText();
    const claimed = { start: now.indexOf('claimed'), end: now.indexOf('claimed') + 7 };
    assert.strictEqual(await vscode.commands.executeCommand('seedAnnotator.editAnnotation', { uri, id, cue: claimed }), id);
    const set = (await seed.model(uri))!.claims.find((c) => c.id === id)!;
    assert.deepStrictEqual(set.cue, { ...claimed, text: 'claimed' });
  });

  it('changes held while the text is unsaved are journalled and counted in the status bar, and written at the save', async () => {
    const seed = await api();
    const { uri, sidecar } = await sampleCopy();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the model', async () => ((await seed.model(uri))?.entities.length ? true : undefined));
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'UPDATE: '));
    const word = editor.document.getText().indexOf('NewsNation');
    const ids = await vscode.commands.executeCommand<string[]>('seedAnnotator.annotateEntity', { uri, start: word, end: word + 10, type: 'ORG' });
    assert.ok(ids?.length === 1);
    await seed.journalled(uri);
    assert.strictEqual(seed.waiting(uri), 1);
    await waitFor('the status bar', () => (seed.statusBarText()?.includes('1 annotation change waits for the text to be saved') ? true : undefined));
    assert.ok(!(await readFile(sidecar))!.includes(ids[0]!), 'nothing written while the text is unsaved');
    await editor.document.save();
    await waitFor('the sidecar', async () => ((await readFile(sidecar))?.includes(ids[0]!) ? true : undefined));
    assert.strictEqual(seed.waiting(uri), 0);
  });
});
