import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_LABELS, type Sidecar } from '../../src/core/model';
import type { FileInfo, FileStore } from '../../src/core/persist/fileStore';
import { Journal, fnv1a64, type JournalEntry } from '../../src/core/persist/journal';
import { isCompleteSidecar, readSidecarFile, saveSidecar } from '../../src/core/persist/saveSidecar';
import { isTempFor, recoverLeftover, recoveryMessage, tempNameFor } from '../../src/core/persist/tempFiles';
import { loadSidecar } from '../../src/core/sidecar/load';
import { NodeFileStore } from '../../src/node/nodeFileStore';
import { changedLines, entity } from './helpers/sidecars';

const SIDECAR = '000_ada6b8799641a7d2.annotations.yaml';
const sample = fs.readFileSync(path.resolve(__dirname, '../../samples', SIDECAR), 'utf8');
const accept = (text: string) => isCompleteSidecar(text, DEFAULT_LABELS);
const store = new NodeFileStore();

let dir: string;

const at = (...parts: string[]) => path.join(dir, ...parts);
const temps = (folder = dir) => fs.readdirSync(folder).filter((n) => n.endsWith('.tmp'));
/** Sets a file's modification time, seconds from now. */
const touch = (file: string, secondsFromNow: number) => {
  const t = Date.now() / 1000 + secondsFromNow;
  fs.utimesSync(file, t, t);
};

describe('saving: file store, temps, journal', () => {
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-persist-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('NodeFileStore', () => {
    it('creates a new file, reads it back, and leaves no temp behind', async () => {
      await store.replace(at('new.yaml'), new TextEncoder().encode('schema: x\n'));
      assert.strictEqual(fs.readFileSync(at('new.yaml'), 'utf8'), 'schema: x\n');
      assert.strictEqual(new TextDecoder().decode(await store.read(at('new.yaml'))), 'schema: x\n');
      assert.deepStrictEqual(temps(), []);
    });

    it('reports missing files and folders as undefined or empty, not as errors', async () => {
      assert.strictEqual(await store.read(at('missing')), undefined);
      assert.strictEqual(await store.stat(at('missing')), undefined);
      assert.deepStrictEqual(await store.list(at('no-folder')), []);
      await store.remove(at('missing')); // no error
      fs.writeFileSync(at('a.txt'), 'a');
      fs.mkdirSync(at('sub'));
      assert.deepStrictEqual((await store.list(dir)).map((f) => f.name), ['a.txt'], 'folders are not files');
    });

    it('replaces a symlinked file through the link: the link stays a link, its target gets the content', async () => {
      fs.mkdirSync(at('real'));
      fs.writeFileSync(at('real', 'target.yaml'), 'old\n');
      fs.symlinkSync(path.join('real', 'target.yaml'), at('link.yaml'));
      await store.replace(at('link.yaml'), new TextEncoder().encode('new\n'));
      assert.ok(fs.lstatSync(at('link.yaml')).isSymbolicLink());
      assert.strictEqual(fs.readFileSync(at('real', 'target.yaml'), 'utf8'), 'new\n');
      assert.deepStrictEqual([...temps(), ...temps(at('real'))], []);
    });

    it('creates the file a dangling symlink points to, keeping the link', async () => {
      fs.symlinkSync('later.yaml', at('link.yaml'));
      await store.replace(at('link.yaml'), new TextEncoder().encode('created\n'));
      assert.ok(fs.lstatSync(at('link.yaml')).isSymbolicLink());
      assert.strictEqual(fs.readFileSync(at('later.yaml'), 'utf8'), 'created\n');
    });

    it("keeps the file's mode (0o640)", async () => {
      fs.writeFileSync(at('private.yaml'), 'old\n');
      fs.chmodSync(at('private.yaml'), 0o640);
      await store.replace(at('private.yaml'), new TextEncoder().encode('new\n'));
      assert.strictEqual(fs.statSync(at('private.yaml')).mode & 0o7777, 0o640);
      assert.strictEqual(fs.readFileSync(at('private.yaml'), 'utf8'), 'new\n');
    });

    it('creates a missing folder (a sidecar folder not made yet)', async () => {
      await store.replace(at('a', 'b', 'c.yaml'), new TextEncoder().encode('x'));
      assert.strictEqual(fs.readFileSync(at('a', 'b', 'c.yaml'), 'utf8'), 'x');
    });

    it('removes its temp when the rename fails, and rethrows', async () => {
      fs.mkdirSync(at('occupied'));
      fs.writeFileSync(at('occupied', 'keep'), '');
      await assert.rejects(store.replace(at('occupied'), new TextEncoder().encode('x')));
      assert.deepStrictEqual(temps(), []);
      assert.ok(fs.statSync(at('occupied')).isDirectory());
    });
  });

  describe('temp files', () => {
    it('names never collide, even many in the same millisecond, and are recognised as temps of their file only', () => {
      const names = Array.from({ length: 5000 }, () => tempNameFor(SIDECAR));
      assert.strictEqual(new Set(names).size, names.length);
      assert.ok(names.every((n) => isTempFor(SIDECAR, n)));
      assert.ok(isTempFor(SIDECAR, `.${SIDECAR}.${Date.now().toString(36)}.tmp`), 'the older Date.now() names');
      for (const other of [`.other.yaml.abc.tmp`, `.${SIDECAR}.abc.tmp.bak`, `${SIDECAR}.abc.tmp`, `.${SIDECAR}.a.b.tmp`, `.${SIDECAR}..tmp`]) {
        assert.ok(!isTempFor(SIDECAR, other), other);
      }
    });
  });

  describe('recoverLeftover', () => {
    const sidecar = () => at(SIDECAR);
    const changed = sample.replace('type: NORP', 'type: ORG');

    it('recovers a complete temp newer than the sidecar, says so, and removes the temp', async () => {
      fs.writeFileSync(sidecar(), sample);
      touch(sidecar(), -60);
      const temp = at(`.${SIDECAR}.k3j2h1.tmp`);
      fs.writeFileSync(temp, changed);
      const recovery = await recoverLeftover(store, sidecar(), accept);
      assert.strictEqual(fs.readFileSync(sidecar(), 'utf8'), changed);
      assert.ok(!fs.existsSync(temp));
      assert.deepStrictEqual(
        recovery.map((s) => s.action),
        ['recovered'],
      );
      assert.strictEqual(recoveryMessage(recovery), `recovered ${SIDECAR} from an interrupted save (.${SIDECAR}.k3j2h1.tmp)`);
    });

    it('recovers a complete temp when there is no sidecar at all', async () => {
      fs.writeFileSync(at(`.${SIDECAR}.abc.tmp`), sample);
      const recovery = await recoverLeftover(store, sidecar(), accept);
      assert.strictEqual(fs.readFileSync(sidecar(), 'utf8'), sample);
      assert.deepStrictEqual(
        recovery.map((s) => s.action),
        ['recovered'],
      );
      assert.deepStrictEqual(temps(), []);
    });

    it('removes a temp older than the sidecar, with a message, and leaves the sidecar alone', async () => {
      fs.writeFileSync(sidecar(), sample);
      fs.writeFileSync(at(`.${SIDECAR}.old.tmp`), changed);
      touch(at(`.${SIDECAR}.old.tmp`), -60);
      const recovery = await recoverLeftover(store, sidecar(), accept);
      assert.strictEqual(fs.readFileSync(sidecar(), 'utf8'), sample);
      assert.deepStrictEqual(temps(), []);
      assert.strictEqual(recovery.length, 1);
      assert.strictEqual(recovery[0]!.action, 'removed-older');
      assert.match(recovery[0]!.message, /unfinished write of .* older than the file was discarded/);
    });

    it('keeps a truncated newer temp on disk untouched, and reports it', async () => {
      fs.writeFileSync(sidecar(), sample);
      touch(sidecar(), -60);
      // Cut at the end of a line: still YAML without errors, but the claims and rejected lists are gone.
      const truncated = sample.slice(0, sample.indexOf('claims:'));
      assert.ok(loadSidecar(truncated).sidecar !== undefined && loadSidecar(truncated).problems.length === 0, 'a cut that still parses');
      const temp = at(`.${SIDECAR}.cut.tmp`);
      fs.writeFileSync(temp, truncated);
      const recovery = await recoverLeftover(store, sidecar(), accept);
      assert.strictEqual(fs.readFileSync(temp, 'utf8'), truncated);
      assert.strictEqual(fs.readFileSync(sidecar(), 'utf8'), sample);
      assert.deepStrictEqual(
        recovery.map((s) => [s.action, s.temp]),
        [['kept-unreadable', temp]],
      );
      assert.match(recovery[0]!.message, /for you to look at/);
    });

    it('recovers the newest of several complete temps and removes the others, each with a message', async () => {
      fs.writeFileSync(sidecar(), sample);
      touch(sidecar(), -60);
      fs.writeFileSync(at(`.${SIDECAR}.first.tmp`), sample.replace('type: NORP', 'type: GPE'));
      touch(at(`.${SIDECAR}.first.tmp`), -30);
      fs.writeFileSync(at(`.${SIDECAR}.second.tmp`), changed);
      fs.writeFileSync(at(`.other.annotations.yaml.zzz.tmp`), 'not ours');
      const recovery = await recoverLeftover(store, sidecar(), accept);
      assert.strictEqual(fs.readFileSync(sidecar(), 'utf8'), changed);
      assert.deepStrictEqual(recovery.map((s) => `${s.action} ${path.basename(s.temp)}`).sort(), [`recovered .${SIDECAR}.second.tmp`, `removed-superseded .${SIDECAR}.first.tmp`]);
      assert.deepStrictEqual(temps(), ['.other.annotations.yaml.zzz.tmp'], "another file's temp is not touched");
    });

    it('does nothing when there is no temp', async () => {
      fs.writeFileSync(sidecar(), sample);
      const recovery = await recoverLeftover(store, sidecar(), accept);
      assert.deepStrictEqual(recovery, []);
      assert.strictEqual(recoveryMessage(recovery), undefined);
    });
  });

  describe('isCompleteSidecar', () => {
    it('accepts a whole sidecar and refuses cuts that still parse', () => {
      assert.ok(isCompleteSidecar(sample, DEFAULT_LABELS));
      assert.ok(!isCompleteSidecar(sample.slice(0, -1), DEFAULT_LABELS), 'no final line break');
      assert.ok(!isCompleteSidecar(sample.slice(0, sample.indexOf('rejected:')), DEFAULT_LABELS), 'the last list missing');
      assert.ok(!isCompleteSidecar('', DEFAULT_LABELS));
    });
  });

  /** A store in memory whose writes take longer the earlier they start, so that unserialised writes land in reverse. */
  class SlowMemoryStore implements FileStore {
    readonly files = new Map<string, { data: Uint8Array; mtime: number }>();
    private started = 0;
    private readonly pause = () => new Promise((resolve) => setTimeout(resolve, Math.max(1, 30 - this.started++)));
    async read(p: string) {
      return this.files.get(p)?.data;
    }
    async replace(p: string, data: Uint8Array) {
      await this.pause();
      this.files.set(p, { data, mtime: Date.now() });
    }
    async remove(p: string) {
      await this.pause();
      this.files.delete(p);
    }
    async list(folder: string): Promise<FileInfo[]> {
      return [...this.files].filter(([p]) => p.startsWith(`${folder}/`)).map(([p, f]) => ({ name: p.slice(folder.length + 1), mtime: f.mtime }));
    }
    async stat(p: string) {
      const f = this.files.get(p);
      return f && { name: p.split('/').pop()!, mtime: f.mtime };
    }
  }

  describe('Journal', () => {
    const doc = 'file:///work/samples/000_ada6b8799641a7d2.txt';
    const entry = (pending: number, document = doc): JournalEntry => ({
      version: 1,
      document,
      textHash: 'sha256-1',
      sidecarHash: 'sha256-2',
      model: { schema: 'seed-annotator/v1', entities: [{ id: `e${pending}` }], claims: [], rejected: [] },
      pending,
      savedAt: 1700000000000 + pending,
    });

    it('records, reads back and clears an entry, in a file named by a hash of the URI', async () => {
      const journal = new Journal(store, at('journal'));
      assert.strictEqual(await journal.read(doc), undefined);
      await journal.record(entry(3));
      assert.deepStrictEqual(fs.readdirSync(at('journal')), [`journal-${fnv1a64(doc)}.json`]);
      assert.deepStrictEqual(await journal.read(doc), entry(3));
      assert.strictEqual(await journal.read('file:///other.txt'), undefined);
      await journal.clear(doc);
      assert.strictEqual(await journal.read(doc), undefined);
      assert.deepStrictEqual(fs.readdirSync(at('journal')), []);
    });

    it('hashes with FNV-1a 64 (reference values)', () => {
      assert.strictEqual(fnv1a64(''), 'cbf29ce484222325');
      assert.strictEqual(fnv1a64('a'), 'af63dc4c8601ec8c');
      assert.strictEqual(fnv1a64('foobar'), '85944171f73967e8');
    });

    it('reads a corrupt, foreign or other-version file as no entry, without throwing', async () => {
      const journal = new Journal(store, dir);
      const file = journal.pathOf(doc);
      for (const content of ['{"version": 1, "document"', 'null', JSON.stringify({ ...entry(1), version: 2 }), JSON.stringify(entry(1, 'file:///collision.txt')), JSON.stringify({ ...entry(1), model: null })]) {
        fs.writeFileSync(file, content);
        assert.strictEqual(await journal.read(doc), undefined, content);
      }
      fs.writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00]));
      assert.strictEqual(await journal.read(doc), undefined, 'not UTF-8');
    });

    it('serialises records of a document: the last one asked for is the one on disk', async () => {
      const slow = new SlowMemoryStore();
      const journal = new Journal(slow, '/j');
      await Promise.all(Array.from({ length: 20 }, (_, i) => journal.record(entry(i + 1))));
      assert.strictEqual((await journal.read(doc))?.pending, 20);
      // A clear asked for after records lands after them.
      void journal.record(entry(21));
      await journal.clear(doc);
      assert.strictEqual(await journal.read(doc), undefined);
      assert.strictEqual(slow.files.size, 0);
    });

    it('a record resolves only once its entry is on disk', async () => {
      const slow = new SlowMemoryStore();
      const journal = new Journal(slow, '/j');
      await journal.record(entry(7));
      assert.ok(slow.files.has(journal.pathOf(doc)));
    });

    it('clear also removes temps a killed record left behind', async () => {
      const journal = new Journal(store, dir);
      await journal.record(entry(1));
      const leftover = at(`.${path.basename(journal.pathOf(doc))}.abc123.tmp`);
      fs.writeFileSync(leftover, '{"vers');
      await journal.clear(doc);
      assert.deepStrictEqual(fs.readdirSync(dir), []);
    });
  });

  describe('saveSidecar', () => {
    const file = () => at(SIDECAR);
    const previous = () => ({ text: sample, read: loadSidecar(sample) });

    it('patches an existing sidecar: comments survive and only the new annotation is added', async () => {
      fs.writeFileSync(file(), sample);
      const before = previous();
      const next: Sidecar = { ...before.read.sidecar!, entities: [...before.read.sidecar!.entities, entity('crash-1', 8, 'cartel', { type: 'PERSON' })] };
      const saved = await saveSidecar(store, file(), before, next, DEFAULT_LABELS);
      assert.strictEqual(saved.written, true);
      assert.strictEqual(fs.readFileSync(file(), 'utf8'), saved.text);
      assert.match(saved.text, /^# Comments like these survive every save\.$/m);
      assert.ok(saved.read.sidecar?.entities.some((e) => e.id === 'crash-1' && e.type === 'PERSON'));
      const { removed, added } = changedLines(sample, saved.text);
      assert.deepStrictEqual(removed, []);
      assert.ok(added.length >= 5 && added.every((l) => l.startsWith('  ')), added.join('\n'));
      assert.deepStrictEqual(temps(), []);
    });

    it('writes nothing when the output is the text already on disk', async () => {
      fs.writeFileSync(file(), sample);
      touch(file(), -60);
      const mtime = fs.statSync(file()).mtimeMs;
      const saved = await saveSidecar(store, file(), previous(), previous().read.sidecar!, DEFAULT_LABELS);
      assert.strictEqual(saved.written, false);
      assert.strictEqual(saved.text, sample);
      assert.strictEqual(fs.statSync(file()).mtimeMs, mtime);
    });

    it('writes a new sidecar in the canonical layout when there is none', async () => {
      const next: Sidecar = { schema: 'seed-annotator/v1', document: 'x.txt', entities: [entity('e1', 0, 'Mexican', { type: 'NORP' })], claims: [], rejected: [] };
      const saved = await saveSidecar(store, file(), undefined, next, DEFAULT_LABELS);
      assert.strictEqual(await readSidecarFile(store, file()), saved.text);
      assert.deepStrictEqual(saved.read.sidecar?.entities.map((e) => e.id), ['e1']);
      assert.ok(isCompleteSidecar(saved.text, DEFAULT_LABELS));
    });

    it('a JSON sidecar (json.dump) gets its text hash and state as JSON entries; a change the in-place writer cannot make is written anew, nothing lost', async () => {
      const json = '{"schema": "seed-annotator/v1", "entities": [{"id": "e1", "type": "NORP", "start": 0, "end": 7, "text": "Mexican"}], "claims": []}\n';
      fs.writeFileSync(file(), json);
      const read = loadSidecar(json);
      const hashed = await saveSidecar(store, file(), { text: json, read }, { ...read.sidecar!, textHash: `sha256-${'0'.repeat(64)}`, progress: 'done' }, DEFAULT_LABELS);
      assert.deepStrictEqual(hashed.read.problems, []);
      assert.ok(hashed.text.startsWith('{"schema"'), hashed.text);
      assert.strictEqual(JSON.parse(hashed.text).progress, 'done'); // still JSON: quoted keys and values
      // Per-document states over a one-state flow file: beyond the in-place writer; the file is written anew.
      const states = await saveSidecar(store, file(), { text: hashed.text, read: hashed.read }, { ...hashed.read.sidecar!, progress: { a: 'done', b: 'skipped' } }, DEFAULT_LABELS);
      assert.deepStrictEqual(states.read.problems, []);
      assert.deepStrictEqual(states.read.sidecar!.progress, { a: 'done', b: 'skipped' });
      assert.deepStrictEqual(states.read.sidecar!.entities.map((e) => e.text), ['Mexican']);
      assert.strictEqual(fs.readFileSync(file(), 'utf8'), states.text);
    });

    it('refuses to save over a sidecar with errors, and leaves it as it was', async () => {
      const broken = sample.replace('type: NORP', 'type: NOT_A_LABEL');
      fs.writeFileSync(file(), broken);
      const read = loadSidecar(broken);
      await assert.rejects(saveSidecar(store, file(), { text: broken, read }, read.sidecar!, DEFAULT_LABELS), /refusing to save/);
      assert.strictEqual(fs.readFileSync(file(), 'utf8'), broken);
    });

    it('reads a missing sidecar as undefined', async () => {
      assert.strictEqual(await readSidecarFile(store, at('none.yaml')), undefined);
    });
  });
});
