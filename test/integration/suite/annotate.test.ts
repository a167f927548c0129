import * as assert from 'assert';
import * as vscode from 'vscode';
import { textHashAsync } from '../../../src/core/sha256';
import { api, waitFor, workspaceUri } from './helpers';

const TEXT = 'Officials in Lyon said the bridge would reopen in May.\nThe mayor denied it.\n';

let counter = 0;
/** A fresh seed document (its own name, so that tests never share files) open in an editor. */
async function freshSeed(text = TEXT): Promise<{ uri: vscode.Uri; sidecar: vscode.Uri; editor: vscode.TextEditor }> {
  const name = `9${String(++counter).padStart(2, '0')}_${Date.now().toString(16).padStart(16, '0').slice(-16)}`;
  const uri = workspaceUri(`${name}.txt`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  assert.strictEqual(editor.document.languageId, 'seed');
  return { uri, sidecar: workspaceUri(`${name}.annotations.yaml`), editor };
}

async function readFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

const at = (text: string, piece: string, from = 0) => ({ start: text.indexOf(piece, from), end: text.indexOf(piece, from) + piece.length });

describe('Seed Annotator in real VS Code: annotating', function () {
  this.timeout(30000);

  it('annotates an entity and a claim by command with arguments; the sidecar holds exactly the expected YAML', async () => {
    const seed = await api();
    const { uri, sidecar } = await freshSeed();
    const lyon = at(TEXT, 'Lyon');
    const entityIds = await vscode.commands.executeCommand<string[]>('seedAnnotator.annotateEntity', { uri: uri.toString(), ...lyon, type: 'GPE' });
    assert.ok(entityIds && entityIds.length === 1, 'the command returns the new id');
    const said = at(TEXT, 'said');
    const content = at(TEXT, 'the bridge would reopen in May');
    const claimId = await vscode.commands.executeCommand<string>('seedAnnotator.annotateClaim', { uri, ...content, source: { entity: entityIds[0] }, cue: said, status: 'unverified' });
    assert.ok(claimId);
    await seed.flush(uri);
    const name = uri.path.split('/').pop();
    const expected = [
      'schema: seed-annotator/v1',
      `document: "${name}"`,
      `textHash: ${await textHashAsync(TEXT)}`,
      'entities:',
      `  - id: ${entityIds[0]}`,
      '    type: GPE',
      '    start: 13',
      '    end: 17',
      '    text: Lyon',
      '    prefix: "Officials in "',
      '    suffix: " said the bridge would reopen in"',
      'claims:',
      `  - id: ${claimId}`,
      '    start: 23',
      '    end: 53',
      '    text: the bridge would reopen in May',
      '    prefix: "Officials in Lyon said "',
      '    suffix: ".\\nThe mayor denied it.\\n"',
      `    source: {entity: ${entityIds[0]}}`,
      '    cue: {start: 18, end: 22, text: said}',
      '    attribution: indirect',
      '    status: unverified',
      'rejected: []',
      '',
    ].join('\n');
    assert.strictEqual(await readFile(sidecar), expected);
  });

  it('draws one decoration per type exactly where the model has its annotations', async () => {
    const seed = await api();
    const { uri } = await freshSeed();
    await vscode.commands.executeCommand('seedAnnotator.annotateEntity', { uri, ...at(TEXT, 'Lyon'), type: 'GPE' });
    await vscode.commands.executeCommand('seedAnnotator.annotateEntity', { uri, ...at(TEXT, 'May'), type: 'DATE' });
    await vscode.commands.executeCommand('seedAnnotator.annotateClaim', { uri, ...at(TEXT, 'The mayor denied it.'), cue: at(TEXT, 'denied'), status: 'refuted' });
    const model = (await seed.model(uri))!;
    const expected: Record<string, Array<[number, number]>> = {};
    for (const e of model.entities) (expected[`entity:${e.type}`] ??= []).push([e.start, e.end]);
    for (const c of model.claims) {
      (expected[`claim:${c.status}`] ??= []).push([c.start, c.end]);
      if (c.cue) (expected['cue'] ??= []).push([c.cue.start, c.cue.end]);
    }
    assert.deepStrictEqual(Object.keys(expected).sort(), ['claim:refuted', 'cue', 'entity:DATE', 'entity:GPE']);
    const matches = () => {
      try {
        assert.deepStrictEqual(sorted(seed.decorations(uri)), sorted(expected));
        return true;
      } catch {
        return undefined;
      }
    };
    await waitFor('decorations', matches, 5000).catch(() => assert.deepStrictEqual(sorted(seed.decorations(uri)), sorted(expected)));
  });

  it('an edit before an annotation, then a save: the sidecar’s offsets follow', async () => {
    const seed = await api();
    const { uri, sidecar, editor } = await freshSeed();
    await vscode.commands.executeCommand('seedAnnotator.annotateEntity', { uri, ...at(TEXT, 'Lyon'), type: 'GPE' });
    await seed.flush(uri);
    assert.match((await readFile(sidecar))!, /start: 13\n {4}end: 17\n/);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'BREAKING: '));
    await editor.document.save();
    const written = await waitFor('sidecar after save', async () => ((await readFile(sidecar))?.includes('start: 23') ? readFile(sidecar) : undefined));
    assert.match(written!, /start: 23\n {4}end: 27\n {4}text: Lyon\n/);
    assert.match(written!, new RegExp(`textHash: ${await textHashAsync(`BREAKING: ${TEXT}`)}`));
  });

  it('while the text has unsaved edits, annotation changes wait for the save (offsets always match the text on disk)', async () => {
    const seed = await api();
    const { uri, sidecar, editor } = await freshSeed();
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'UPDATE: '));
    assert.ok(editor.document.isDirty);
    const text = editor.document.getText();
    await vscode.commands.executeCommand('seedAnnotator.annotateEntity', { uri, ...at(text, 'Lyon'), type: 'GPE' });
    await seed.flush(uri);
    await new Promise((r) => setTimeout(r, 600)); // longer than the write delay
    assert.strictEqual(await readFile(sidecar), undefined, 'nothing is written while the text is dirty');
    await editor.document.save();
    const written = await waitFor('sidecar after save', () => readFile(sidecar));
    assert.match(written, /start: 21\n {4}end: 25\n {4}text: Lyon\n/);
  });

  it('merges a change made to the sidecar on disk with local changes not yet written', async () => {
    const seed = await api();
    const { uri, sidecar, editor } = await freshSeed();
    const [lyonId] = (await vscode.commands.executeCommand<string[]>('seedAnnotator.annotateEntity', { uri, ...at(TEXT, 'Lyon'), type: 'GPE' }))!;
    await seed.flush(uri);
    // Local: the text gets an unsaved edit, and a new annotation (held until the save).
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'Meanwhile, '));
    const text = editor.document.getText();
    await vscode.commands.executeCommand('seedAnnotator.annotateEntity', { uri, ...at(text, 'mayor'), type: 'PERSON' });
    // Outside: a colleague retypes Lyon and adds a comment.
    const theirs = (await readFile(sidecar))!.replace('type: GPE', 'type: LOC  # a place, not a polity').replace('schema:', '# reviewed\nschema:');
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(theirs));
    await seed.reload(uri);
    const model = (await seed.model(uri))!;
    assert.deepStrictEqual(model.entities.map((e) => [e.id === lyonId ? 'lyon' : 'new', e.type, e.text]), [['lyon', 'LOC', 'Lyon'], ['new', 'PERSON', 'mayor']]);
    await editor.document.save();
    const written = await waitFor('merged sidecar', async () => ((await readFile(sidecar))?.includes('PERSON') ? readFile(sidecar) : undefined));
    assert.ok(written!.startsWith('# reviewed\nschema:'), 'their comment survives');
    assert.match(written!, /type: LOC {2}# a place, not a polity\n/);
    assert.match(written!, /type: PERSON\n/);
  });

  it('a malformed sidecar: diagnostics at the right line, and the file stays byte for byte as it was', async () => {
    await api();
    const name = `990_${'0'.repeat(15)}${++counter % 10}`;
    const uri = workspaceUri(`${name}.txt`);
    const sidecar = workspaceUri(`${name}.annotations.yaml`);
    const broken = 'schema: seed-annotator/v1\nentities:\n  - id: e1\n    type: GPE\n    start: 13\n    end: 7\n    text: Lyon\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(broken));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await waitFor('diagnostics', () => {
      const d = vscode.languages.getDiagnostics(sidecar);
      return d.length > 0 ? d : undefined;
    });
    assert.strictEqual(diagnostics[0]!.range.start.line, 5);
    assert.match(diagnostics[0]!.message, /^entities\[0\]\.end: expected an integer ≥ start \(13\), found 7$/);
    assert.strictEqual(diagnostics[0]!.severity, vscode.DiagnosticSeverity.Error);
    const result = await vscode.commands.executeCommand('seedAnnotator.annotateEntity', { uri, ...at(TEXT, 'May'), type: 'DATE' });
    assert.strictEqual(result, undefined, 'annotating is refused while the sidecar is broken');
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'X'));
    await editor.document.save();
    await new Promise((r) => setTimeout(r, 600));
    assert.strictEqual(await readFile(sidecar), broken);
  });

  it('undoes and redoes annotation changes, apart from text undo', async () => {
    const seed = await api();
    const { uri, sidecar } = await freshSeed();
    await vscode.commands.executeCommand('seedAnnotator.annotateEntity', { uri, ...at(TEXT, 'Lyon'), type: 'GPE' });
    const [cid] = [await vscode.commands.executeCommand<string>('seedAnnotator.annotateClaim', { uri, ...at(TEXT, 'The mayor denied it.'), cue: null })];
    await vscode.commands.executeCommand('seedAnnotator.setClaimStatus', { uri, id: cid, status: 'supported' });
    assert.strictEqual((await seed.model(uri))!.claims[0]!.status, 'supported');
    assert.strictEqual(await vscode.commands.executeCommand('seedAnnotator.undoAnnotationChange', { uri }), 'Set Claim Status');
    assert.strictEqual((await seed.model(uri))!.claims[0]!.status, 'unverified');
    await vscode.commands.executeCommand('seedAnnotator.undoAnnotationChange', { uri });
    assert.deepStrictEqual((await seed.model(uri))!.claims, []);
    await seed.flush(uri);
    assert.doesNotMatch((await readFile(sidecar))!, /claims:\n {2}- /);
    await vscode.commands.executeCommand('seedAnnotator.redoAnnotationChange', { uri });
    await vscode.commands.executeCommand('seedAnnotator.redoAnnotationChange', { uri });
    const model = (await seed.model(uri))!;
    assert.deepStrictEqual([model.claims[0]!.id, model.claims[0]!.status, model.entities.length], [cid, 'supported', 1]);
  });
});

function sorted(r: Record<string, Array<[number, number]>>): Record<string, Array<[number, number]>> {
  return Object.fromEntries(Object.keys(r).sort().map((k) => [k, [...r[k]!].sort((a, b) => a[0] - b[0])]));
}

describe('Seed Annotator in real VS Code: hovers, orphans, occurrences', function () {
  this.timeout(30000);

  it('hovers an annotation with its label, claim details and edit links', async () => {
    await api();
    const { uri, editor } = await freshSeed();
    const [eid] = (await vscode.commands.executeCommand<string[]>('seedAnnotator.annotateEntity', { uri, ...at(TEXT, 'Lyon'), type: 'GPE' }))!;
    await vscode.commands.executeCommand('seedAnnotator.annotateClaim', { uri, ...at(TEXT, 'the bridge would reopen in May'), source: { entity: eid }, cue: at(TEXT, 'said'), status: 'mixed' });
    const hoverAt = async (piece: string) => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(TEXT.indexOf(piece) + 1));
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    };
    const entity = await hoverAt('Lyon');
    assert.match(entity, /\*\*GPE\*\* “Lyon”/);
    assert.match(entity, /command:seedAnnotator\.editAnnotation\?/);
    const claim = await hoverAt('bridge');
    assert.match(claim, /\*\*Claim\*\* · mixed/);
    assert.match(claim, /source: Lyon \(GPE\)/);
    assert.match(claim, /cue: “said”/);
    assert.match(claim, /command:seedAnnotator\.setClaimStatus\?/);
  });

  it('deleting an annotated word makes an orphan (counted in the status bar), and it can be re-attached', async () => {
    const seed = await api();
    const { uri, editor } = await freshSeed();
    const [eid] = (await vscode.commands.executeCommand<string[]>('seedAnnotator.annotateEntity', { uri, ...at(TEXT, 'Lyon'), type: 'GPE' }))!;
    const lyon = at(TEXT, 'Lyon');
    await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(lyon.start), editor.document.positionAt(lyon.end)), 'Paris'));
    const orphan = (await seed.model(uri))!.entities[0]!;
    assert.deepStrictEqual([orphan.id, orphan.orphan, orphan.text], [eid, true, 'Lyon']);
    await waitFor('orphan in the status bar', () => (seed.statusBarText()?.includes('$(warning) 1') ? true : undefined));
    const paris = at(editor.document.getText(), 'Paris');
    await vscode.commands.executeCommand('seedAnnotator.reattachAnnotation', { uri, id: eid, ...paris });
    const back = (await seed.model(uri))!.entities[0]!;
    assert.deepStrictEqual([back.orphan, back.text, back.start], [undefined, 'Paris', paris.start]);
  });

  it('annotates every other occurrence of an entity in the document, as one undoable change', async () => {
    const seed = await api();
    const text = 'Lyon voted. In Lyon, the mayor of Lyon said Lyonnais food is good.\n';
    const { uri } = await freshSeed(text);
    const [eid] = (await vscode.commands.executeCommand<string[]>('seedAnnotator.annotateEntity', { uri, ...at(text, 'Lyon'), type: 'GPE' }))!;
    const added = await vscode.commands.executeCommand<string[]>('seedAnnotator.annotateAllOccurrences', { uri, id: eid });
    assert.strictEqual(added!.length, 2, 'whole words only: not "Lyonnais"');
    assert.deepStrictEqual((await seed.model(uri))!.entities.map((e) => e.start), [0, 15, 34]);
    await vscode.commands.executeCommand('seedAnnotator.undoAnnotationChange', { uri });
    assert.strictEqual((await seed.model(uri))!.entities.length, 1);
  });
});
