// The core session without VS Code: every way the text changes goes through one entry that re-anchors replaced
// ranges; commands touch only what they change; the sidecar and the journal keep every acknowledged change.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyChange, type TextChange } from '../../src/core/anchoring/shift';
import { DEFAULT_CONFIG } from '../../src/core/config';
import type { Entity } from '../../src/core/model';
import { openDocument } from '../../src/core/open';
import { Journal } from '../../src/core/persist/journal';
import { AnnotationSession } from '../../src/core/session/session';
import { textHashAsync } from '../../src/core/sha256';
import { loadSidecar } from '../../src/core/sidecar/load';
import { reloadChange } from './helpers/lineDiff';
import { MemoryStore } from './helpers/memoryStore';

const SEED = '000_ada6b8799641a7d2';
const sampleText = fs.readFileSync(path.join(__dirname, '../../samples', `${SEED}.txt`), 'utf8');
const sampleYaml = fs.readFileSync(path.join(__dirname, '../../samples', `${SEED}.annotations.yaml`), 'utf8');

/** An open document in a test: its text changes through `edit`, like VS Code's document. */
function harness(text = sampleText, yaml: string | undefined = sampleYaml, name = `${SEED}.txt`) {
  const store = new MemoryStore();
  const sidecarPath = `/work/${SEED}.annotations.yaml`;
  if (yaml !== undefined) store.put(sidecarPath, yaml);
  store.put(`/work/${SEED}.txt`, text);
  const doc = { text, dirty: false };
  const messages: string[] = [];
  const journal = new Journal(store, '/storage');
  const make = () =>
    new AnnotationSession(
      { uri: `file:///work/${SEED}.txt`, fileName: `/work/${name}`, text: () => doc.text, isDirty: () => doc.dirty, readDiskText: async () => store.text(`/work/${SEED}.txt`) },
      DEFAULT_CONFIG,
      { files: store, sidecarPath, journal, resolveConflicts: async () => 'mine', changed: () => undefined, problems: () => undefined, notify: (m) => messages.push(m), failed: (e) => messages.push(`failed: ${e.message}`) },
    );
  const session = make();
  const edit = (change: TextChange) => {
    doc.text = applyChange(doc.text, change);
    return session.textChanged([change]);
  };
  return { store, sidecarPath, doc, session, edit, messages, make };
}

async function waitUntil(ok: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Sample 000 as a re-scrape would give it: three lines of page chrome on top, one word changed lower down. */
function rescraped(text: string): string {
  const chrome = 'Skip to main content\nSubscribe | Sign in\n──────────\n';
  return chrome + text.replace('rushes to the scene', 'hurries to the scene');
}

describe('text changes re-anchor what they replace', () => {
  it('a reload of a re-scraped seed keeps every annotation (one replacement over the changed lines)', async () => {
    const h = harness();
    const { session, edit, doc } = h;
    await session.open();
    const before = session.store.snapshot();
    const change = reloadChange(doc.text, rescraped(doc.text));
    assert.ok(change.rangeLength > 1000, 'the reload replaces a large range, as VS Code does');
    const inRange = [...before.entities, ...before.claims].filter((a) => a.start >= change.rangeOffset && a.end <= change.rangeOffset + change.rangeLength);
    assert.ok(inRange.length >= 9, `the range holds annotations (${inRange.length})`);
    const effect = edit(change);
    const after = session.store.snapshot();
    const orphans = [...after.entities, ...after.claims].filter((a) => a.orphan);
    assert.deepStrictEqual(orphans.map((a) => a.id), [], 'no annotation is orphaned');
    assert.deepStrictEqual(new Set(effect.refound), new Set(inRange.map((a) => a.id)), 'everything inside the replaced range was found again');
    for (const a of [...after.entities, ...after.claims]) assert.strictEqual(doc.text.slice(a.start, a.end), a.text, a.id);
    for (const c of after.claims) if (c.cue) assert.strictEqual(doc.text.slice(c.cue.start, c.cue.end), c.cue.text, `cue of ${c.id}`);
    assert.strictEqual(after.entities.length, before.entities.length);
    // The text now is the text on disk: the sidecar follows by itself, with no orphan.
    const { store, sidecarPath } = h;
    await waitUntil(() => store.text(sidecarPath) !== sampleYaml);
    const written = loadSidecar(store.text(sidecarPath)!, {}).sidecar!;
    assert.strictEqual([...written.entities, ...written.claims].filter((a) => a.orphan).length, 0);
    assert.strictEqual(written.textHash, await textHashAsync(doc.text));
  });

  it('a paste over a paragraph with one word changed keeps the annotations of that paragraph', async () => {
    const { session, edit, doc } = harness();
    await session.open();
    const start = doc.text.indexOf('Agents were issued');
    const end = doc.text.indexOf('\n', start);
    const pasted = doc.text.slice(start, end).replace('Thursday', 'Friday');
    const inside = session.store.list().filter((a) => a.start >= start && a.end <= end && !a.text.includes('Thursday'));
    assert.ok(inside.length > 0, 'the paragraph has annotations');
    edit({ rangeOffset: start, rangeLength: end - start, text: pasted });
    for (const a of inside) {
      const now = session.store.find(a.id)!;
      assert.ok(!now.orphan, `${a.id} (${a.text}) is found again`);
      assert.strictEqual(doc.text.slice(now.start, now.end), now.text);
    }
  });

  it('a deletion without replacing text leaves orphans (nothing to look in), and undo brings them back', async () => {
    const { session, edit, doc } = harness();
    await session.open();
    const start = doc.text.indexOf('Agents were issued');
    const end = doc.text.indexOf('\n', start);
    const removed = doc.text.slice(start, end);
    const effect = edit({ rangeOffset: start, rangeLength: end - start, text: '' });
    assert.ok(effect.orphaned.length > 0);
    assert.deepStrictEqual(effect.refound, []);
    const back = edit({ rangeOffset: start, rangeLength: 0, text: removed });
    assert.deepStrictEqual([...back.restored].sort(), [...effect.orphaned].sort());
  });

  it('text replaced by something else entirely stays orphaned: an annotation never jumps to another mention', async () => {
    const { session, edit, doc } = harness();
    await session.open();
    const at = doc.text.indexOf('Border Patrol');
    const patrol = session.store.at(at).find((a) => a.kind === 'entity' && a.text === 'Border Patrol')!;
    assert.ok(patrol);
    const effect = edit({ rangeOffset: patrol.start, rangeLength: patrol.end - patrol.start, text: 'the agency' });
    assert.ok(effect.orphaned.includes(patrol.id));
    assert.ok(session.store.find(patrol.id)!.orphan);
  });
});

describe('the store answers commands without a snapshot', () => {
  it('finds by id, at the cursor (either edge counts with edges), and applies changes in place', async () => {
    const { session } = harness();
    await session.open();
    const first = session.store.list()[0]!;
    assert.deepStrictEqual(session.store.find(first.id)?.id, first.id);
    assert.ok(session.store.at(first.end, true).some((a) => a.id === first.id), 'the cursor right after the text is on it');
    assert.ok(!session.store.at(first.end).some((a) => a.id === first.id), 'but not for hovers');
    const { kind: _k, ...plain } = first;
    session.perform({ label: 'note', operations: [{ op: 'update', kind: first.kind, before: plain as Entity, after: { ...(plain as Entity), note: 'checked' } }] });
    assert.strictEqual((session.store.find(first.id) as Entity).note, 'checked');
    assert.throws(() => session.perform({ label: 'again', operations: [{ op: 'update', kind: first.kind, before: plain as Entity, after: { ...(plain as Entity), note: 'other' } }] }), /changed meanwhile/);
    assert.strictEqual(session.undo(), 'note');
    assert.strictEqual((session.store.find(first.id) as Entity).note, undefined);
  });

  it('refreshes the documents of a bundle after typing, without any drawing', async () => {
    const text = '==> 000_aaaaaaaaaaaaaaaa.txt <==\nAlpha said hello.\n\n==> 001_bbbbbbbbbbbbbbbb.txt <==\nBeta said bye.\n';
    const { session, edit, doc } = harness(text, undefined, 'bundle-two.txt');
    await session.open();
    assert.strictEqual(session.store.file.documents.length, 2);
    const at = doc.text.indexOf('Alpha');
    edit({ rangeOffset: at, rangeLength: 0, text: 'A new sentence here. ' });
    const beta = doc.text.indexOf('Beta');
    const d = session.store.file.documents.find((x) => x.bodyStart <= beta && beta < x.bodyEnd);
    assert.strictEqual(d?.id, '001_bbbbbbbbbbbbbbbb');
  });
});

describe('the editor runs the checks validate runs', () => {
  it('duplicate ids make the sidecar read-only with a problem at the line, and what is readable is shown', () => {
    const yaml = sampleYaml.replace(/id: egzb420/, 'id: ekpdepo');
    const opened = openDocument(sampleText, yaml, `${SEED}.txt`, DEFAULT_CONFIG);
    const dup = opened.problems.find((p) => /duplicate id "ekpdepo"/.test(p.message));
    assert.ok(dup, 'duplicate id reported');
    assert.ok(dup.line > 1);
    assert.ok(opened.sidecar.entities.length > 0, 'readable annotations are drawn');
  });

  it('a session over such a sidecar refuses to write', async () => {
    const { session, store, sidecarPath } = harness(sampleText, sampleYaml.replace(/id: egzb420/, 'id: ekpdepo'));
    await session.open();
    assert.ok(session.sync.readOnly);
    assert.throws(() => session.perform({ label: 'x', operations: [] }), /has problems/);
    await session.sync.write();
    assert.strictEqual(store.text(sidecarPath), sampleYaml.replace(/id: egzb420/, 'id: ekpdepo'), 'the file is untouched');
  });
});

describe('writes never drop what came while they ran', () => {
  it('a command made while the sidecar is being written is written next, not forgotten', async () => {
    const h = harness();
    await h.session.open();
    const word = (w: string) => ({ start: h.doc.text.indexOf(w), end: h.doc.text.indexOf(w) + w.length });
    const add = (w: string, id: string) => h.session.perform({ label: 'add', operations: [{ op: 'add', kind: 'entity', annotation: { id, type: 'ORG', ...word(w), text: w } }] });
    // The next replace waits until we let it finish.
    let release!: () => void;
    let replacing = false;
    const gate = new Promise<void>((r) => (release = r));
    const replace = h.store.replace.bind(h.store);
    h.store.replace = async (path, data) => {
      replacing = true;
      await gate;
      return replace(path, data);
    };
    add('retaliatory', 'efirst1');
    const first = h.session.sync.write();
    await waitUntil(() => replacing);
    add('memo', 'esecond');
    release();
    await first;
    await waitUntil(() => h.store.text(h.sidecarPath)!.includes('esecond'));
    const onDisk = loadSidecar(h.store.text(h.sidecarPath)!, {}).sidecar!;
    assert.ok(onDisk.entities.some((e) => e.id === 'efirst1') && onDisk.entities.some((e) => e.id === 'esecond'));
    assert.ok(!h.session.sync.hasUnwrittenChanges);
  });
});

describe('held changes survive quitting', () => {
  it('changes made while the text has unsaved edits are journalled and restored at the next open', async () => {
    const h = harness();
    await h.session.open();
    h.doc.dirty = true;
    h.edit({ rangeOffset: 0, rangeLength: 0, text: 'BREAKING: ' });
    const target = h.session.store.list()[3]!;
    const { kind: _k, ...plain } = target;
    h.session.perform({ label: 'note', operations: [{ op: 'update', kind: target.kind, before: plain as Entity, after: { ...(plain as Entity), note: 'kept' } }] });
    assert.strictEqual(h.session.sync.waiting, 1);
    await h.session.sync.journalIdle();
    assert.strictEqual(h.store.text(h.sidecarPath), sampleYaml, 'nothing written while the text is unsaved');
    // VS Code quits (hot exit keeps the text); a new session opens on the same unsaved text.
    const again = h.make();
    await again.open();
    const restored = again.store.find(target.id) as Entity;
    assert.strictEqual(restored.note, 'kept');
    assert.strictEqual(h.doc.text.slice(restored.start, restored.end), restored.text);
    assert.ok(h.messages.some((m) => /restored 1 annotation change/.test(m)), h.messages.join('\n'));
    // Saved: written to the sidecar, and the journal is cleared.
    h.doc.dirty = false;
    await again.sync.write();
    const onDisk = loadSidecar(h.store.text(h.sidecarPath)!, {}).sidecar!;
    assert.strictEqual(onDisk.entities.find((e) => e.id === target.id)?.note, 'kept');
    assert.strictEqual(await new Journal(h.store, '/storage').read(`file:///work/${SEED}.txt`), undefined);
  });

  it('a journal made over other unsaved text is re-anchored onto the text that was restored', async () => {
    const h = harness();
    await h.session.open();
    h.doc.dirty = true;
    const target = h.session.store.list()[5]!;
    h.session.perform({ label: 'delete', operations: [{ op: 'remove', kind: target.kind, annotation: (({ kind: _k, ...p }) => p)(target) as Entity }] });
    await h.session.sync.journalIdle();
    h.doc.text = `Intro line.\n${h.doc.text}`;
    const again = h.make();
    await again.open();
    assert.strictEqual(again.store.find(target.id), undefined, 'the deletion is kept');
    const someone = again.store.list().find((a) => !a.orphan)!;
    assert.strictEqual(h.doc.text.slice(someone.start, someone.end), someone.text);
    assert.ok(h.messages.some((m) => /re-anchored/.test(m)));
  });
});
