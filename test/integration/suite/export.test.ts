// Export Annotations in real VS Code, run with arguments: the files are written through workspace.fs (the web
// host has no other way), hold every annotation of the scope, and say what was left out.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { readSidecar } from '../../../src/core/sidecar/read';
import { api, waitFor, workspaceUri } from './helpers';

const decoder = new TextDecoder();
const read = async (uri: vscode.Uri) => decoder.decode(await vscode.workspace.fs.readFile(uri));

type Result = { destination: string; report: { documents: number; entities: number; claims: number; orphans: number; skipped: unknown[] } };

describe('Seed Annotator in real VS Code: export', function () {
  this.timeout(60000);

  it('exports this file as JSON: every placed annotation of its sidecar, offsets that slice to their text', async () => {
    const uri = workspaceUri('001_dc080621945f1249.txt');
    await vscode.window.showTextDocument(uri);
    const destination = workspaceUri('exports/001.json');
    const result = (await vscode.commands.executeCommand<Result>('seedAnnotator.exportAnnotations', { format: 'json', scope: 'file', destination: destination.toString() }))!;
    const sidecar = readSidecar(await read(workspaceUri('001_dc080621945f1249.annotations.yaml'))).sidecar!;
    const placed = (list: ReadonlyArray<{ orphan?: boolean }>) => list.filter((a) => !a.orphan).length;
    assert.strictEqual(result.report.documents, 1);
    assert.strictEqual(result.report.entities, placed(sidecar.entities));
    assert.strictEqual(result.report.claims, placed(sidecar.claims));
    const json = JSON.parse(await read(destination)) as { documents: Array<{ text: string; entities: Array<{ start: number; end: number; text: string }> }> };
    assert.strictEqual(json.documents.length, 1);
    for (const e of json.documents[0]!.entities) assert.strictEqual(json.documents[0]!.text.slice(e.start, e.end), e.text);
  });

  it('exports the whole workspace as brat into a folder: a .txt and .ann per document and annotation.conf', async () => {
    const destination = workspaceUri('exports/brat');
    const result = (await vscode.commands.executeCommand<Result>('seedAnnotator.exportAnnotations', { format: 'brat', scope: 'workspace', destination: destination.toString() }))!;
    assert.ok(result.report.documents >= 4, `documents exported: ${result.report.documents}`);
    const names = (await vscode.workspace.fs.readDirectory(destination)).map(([n]) => n);
    assert.ok(names.includes('annotation.conf'), names.join(', '));
    const anns = names.filter((n) => n.endsWith('.ann'));
    assert.strictEqual(anns.length, result.report.documents);
    for (const ann of anns) assert.ok(names.includes(ann.replace(/\.ann$/, '.txt')), `${ann} has its .txt`);
    const conf = await read(vscode.Uri.joinPath(destination, 'annotation.conf'));
    assert.match(conf, /\[entities\][\s\S]*\bORG\b/);
  });

  it('exports the seeds selected (as the Explorer passes them) as CSV with its header row', async () => {
    const destination = workspaceUri('exports/done.csv');
    const result = await waitFor('the export', async () => vscode.commands.executeCommand<Result>('seedAnnotator.exportAnnotations', { format: 'csv', scope: 'selected', uris: [workspaceUri('000_ada6b8799641a7d2.txt').toString()], destination: destination.toString() }));
    const csv = await read(destination);
    const lines = csv.split('\r\n').filter((l) => l !== '');
    assert.strictEqual(lines[0], 'file,document,id,kind,label,start,end,text,source,cue,status,link,note');
    assert.ok(lines.length - 1 >= result.report.entities + result.report.claims, `${lines.length - 1} rows for ${result.report.entities + result.report.claims} annotations (multi-line texts are quoted)`);
  });

  it('only documents marked done: the one marked done by the tree suite, and nothing else', async () => {
    const destination = workspaceUri('exports/done.jsonl');
    const result = (await vscode.commands.executeCommand<Result>('seedAnnotator.exportAnnotations', { format: 'jsonl', scope: 'done', destination: destination.toString() }))!;
    const lines = (await read(destination)).split('\n').filter((l) => l !== '');
    assert.strictEqual(lines.length, result.report.documents);
    const files = lines.map((l) => (JSON.parse(l) as { meta: { file: string } }).meta.file);
    assert.ok(files.includes('outlet-c/124_0123456789abcdef.txt'), files.join(', '));
    assert.ok(!files.some((f) => f.includes('bundle-tail')), files.join(', '));
  });

  it('imports the brat export back: everything merges; a new span from a JSONL file is added through the session and undoable', async () => {
    type Outcome = { imported: number; merged: number; skipped: number; unmatched: string[]; files: string[] };
    const back = (await vscode.commands.executeCommand<Outcome>('seedAnnotator.importAnnotations', { format: 'brat', sources: [workspaceUri('exports/brat').toString()] }))!;
    assert.strictEqual(back.imported, 0, JSON.stringify(back));
    assert.ok(back.merged >= 50, JSON.stringify(back));
    assert.deepStrictEqual(back.unmatched, []);

    const uri = workspaceUri('000_ada6b8799641a7d2.txt');
    // The text as the editor has it (other suites may have left it edited and unsaved).
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    const word = 'retaliatory';
    const start = text.indexOf(word);
    assert.ok(start > 0);
    await vscode.workspace.fs.writeFile(workspaceUri('exports/new.jsonl'), new TextEncoder().encode(JSON.stringify({ text, spans: [{ start, end: start + word.length, label: 'EVENT' }], meta: { document: '000_ada6b8799641a7d2', offsets: 'utf16' } }) + '\n'));
    const added = (await vscode.commands.executeCommand<Outcome>('seedAnnotator.importAnnotations', { format: 'jsonl', sources: [workspaceUri('exports/new.jsonl').toString()] }))!;
    assert.strictEqual(added.imported, 1, JSON.stringify(added));
    // In the document's model (written to disk once its text is saved: other suites may have left it unsaved).
    const seed = await api();
    const mine = await waitFor('the imported entity', async () => (await seed.model(uri))?.entities.find((e) => e.start === start && e.type === 'EVENT'));
    assert.strictEqual(mine.text, word);
    await vscode.window.showTextDocument(uri);
    assert.strictEqual(await vscode.commands.executeCommand('seedAnnotator.undoAnnotationChange'), 'Import jsonl');
    assert.ok(!(await seed.model(uri))!.entities.some((e) => e.id === mine.id));
  });
});
