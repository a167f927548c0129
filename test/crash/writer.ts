// The crash test's child: opens the work folder as the editor would, then makes annotation changes one after
// another, each journalled and then saved through the editor's save path, until run.mjs kills it.
// Usage: writer WORK SEED [HANG_AT]. Prints, each line written before the next step starts:
//   base <ids> <digest>           the model it starts from (after recovery and the journal)
//   next <i> <ids> <digest>       the state step i is about to make durable
//   ack <i> <ids> <digest>        the journal has it on disk: from here on it must survive a kill
//   saved <i>                     the sidecar has it
//   cleared <i>                   the journal entry is gone
//   hang <i>                      (step HANG_AT) its sidecar temp is complete but never renamed: a kill there
import * as fs from 'fs';
import * as path from 'path';
import type { Entity, Sidecar } from '../../src/core/model';
import type { FileInfo, FileStore } from '../../src/core/persist/fileStore';
import { Journal } from '../../src/core/persist/journal';
import { saveSidecar } from '../../src/core/persist/saveSidecar';
import { tempNameFor } from '../../src/core/persist/tempFiles';
import { textHashAsync } from '../../src/core/sha256';
import { decodeUtf8 } from '../../src/core/text';
import { NodeFileStore } from '../../src/node/nodeFileStore';
import { LABELS, pathsOf, reopen, stateOf } from './reopen';
import { rng } from '../../bench/corpus';

const MAX_STEPS = 2000; // far more than fit before the kill: reaching it means the driver never killed us
const MAX_CRASH_ENTITIES = 40; // past this, steps remove: the sidecar stays small and saves stay fast

function say(line: string): void {
  fs.writeSync(1, `${line}\n`); // synchronous: once written, the line reaches the driver even if we die next
}

function show(sidecar: Sidecar): string {
  const { ids, digest } = stateOf(sidecar);
  return `${JSON.stringify(ids)} ${digest}`;
}

// A seeded generator (the bench's), so that a failing run can be replayed.
const random = rng;

/** One annotation change: mostly a new entity on a word of the text, sometimes an update or a removal. */
function change(model: Sidecar, text: string, words: RegExpMatchArray[], rnd: () => number, step: number): Sidecar {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const crash = model.entities.filter((e) => e.id.startsWith('crash-'));
  const r = rnd();
  if (crash.length > 0 && (crash.length >= MAX_CRASH_ENTITIES || r < 0.15)) {
    const gone = pick(crash).id;
    return { ...model, entities: model.entities.filter((e) => e.id !== gone) };
  }
  if (crash.length > 0 && r < 0.3) {
    const target = pick(crash).id;
    const updated = (e: Entity): Entity => (e.id === target ? { ...e, type: pick(LABELS), note: `updated at step ${step}` } : e);
    return { ...model, entities: model.entities.map(updated) };
  }
  const word = pick(words);
  const start = word.index!;
  const id = `crash-${Math.max(0, ...crash.map((e) => Number(e.id.slice('crash-'.length)))) + 1}`;
  const entity: Entity = { id, type: pick(LABELS), start, end: start + word[0].length, text: text.slice(start, start + word[0].length) };
  return { ...model, entities: [...model.entities, entity] };
}

/** A store whose replace writes the temp, complete and synced, and then stops before the rename. */
class StopBeforeRename implements FileStore {
  constructor(private readonly inner: FileStore) {}
  read = (p: string) => this.inner.read(p);
  remove = (p: string) => this.inner.remove(p);
  list = (folder: string): Promise<FileInfo[]> => this.inner.list(folder);
  stat = (p: string) => this.inner.stat(p);
  async replace(file: string, data: Uint8Array): Promise<void> {
    const temp = path.join(path.dirname(file), tempNameFor(path.basename(file)));
    const fd = fs.openSync(temp, 'wx');
    fs.writeSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    return new Promise(() => undefined);
  }
}

async function main(): Promise<void> {
  const [work, seedArg, hangArg] = process.argv.slice(2);
  if (!work) throw new Error('usage: writer WORK SEED [HANG_AT]');
  const rnd = random(Number(seedArg ?? 1));
  const hangAt = Number(hangArg ?? 0);
  const store = new NodeFileStore();
  const paths = pathsOf(work);
  const text = decodeUtf8(fs.readFileSync(paths.text));
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const textHash = await textHashAsync(text);

  const opened = await reopen(work);
  if (opened.errors.length > 0 || !opened.read || opened.sidecarText === undefined) throw new Error(`cannot open: ${opened.errors.join('; ')}`);
  let previous = { text: opened.sidecarText, read: opened.read };
  let model: Sidecar = { ...opened.restored!, textHash };
  let pending = opened.journal?.pending ?? 0;
  const journal = new Journal(store, paths.journalFolder);
  say(`base ${show(model)}`);

  for (let step = 1; step <= MAX_STEPS; step++) {
    model = change(model, text, words, rnd, step);
    pending++;
    say(`next ${step} ${show(model)}`);
    await journal.record({ version: 1, document: paths.document, textHash, sidecarHash: await textHashAsync(previous.text), model, pending, savedAt: Date.now() });
    say(`ack ${step} ${show(model)}`);
    if (step === hangAt) {
      // saveSidecar runs up to the replace at once, and StopBeforeRename writes the temp synchronously.
      void saveSidecar(new StopBeforeRename(store), paths.sidecar, previous, model, LABELS);
      say(`hang ${step}`);
      setInterval(() => undefined, 1000); // stay alive until killed
      return;
    }
    const saved = await saveSidecar(store, paths.sidecar, previous, model, LABELS);
    previous = { text: saved.text, read: saved.read };
    say(`saved ${step}`);
    await journal.clear(paths.document);
    pending = 0;
    say(`cleared ${step}`);
  }
  say('done');
}

main().catch((err: unknown) => {
  process.stderr.write(`writer: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(2);
});
