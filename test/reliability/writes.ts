// The reliability suite's second half, with figures: (1) sidecars in many layouts (ours, js-yaml's, hand-written)
// changed at random and patched: invalid writes, data mismatches, comments lost, untouched lines changed — all
// must be 0; (2) random edit sequences on an open seed (typing, pastes over ranges, deletions, undo-like
// re-insertions, reloads with a re-scrape) through the core session, saved and reopened: annotations lost must
// be 0 (an annotation whose text is gone stays as an orphan; none disappears). Run by `npm run test:reliability`.
//   RELIABILITY_LAYOUTS (default 1000), RELIABILITY_EDIT_RUNS (default 150), RELIABILITY_SEED
import * as fs from 'fs';
import fc from 'fast-check';
import * as jsYaml from 'js-yaml';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import { rng } from '../../bench/corpus';
import { applyChange, type TextChange } from '../../src/core/anchoring/shift';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { AnnotationSession } from '../../src/core/session/session';
import { fastReadSidecar } from '../../src/core/sidecar/fastRead';
import { loadSidecar } from '../../src/core/sidecar/load';
import { readSidecar } from '../../src/core/sidecar/read';
import { patchSidecar } from '../../src/core/sidecar/write';
import { applyChanges, changeArb, commentsToKeep, sortedSidecar, unchangedBlocks } from '../unit/helpers/layoutCheck';
import { JS_YAML_OPTIONS, render, sidecarArb } from '../unit/helpers/layoutGen';
import { MemoryStore } from '../unit/helpers/memoryStore';

const SEED = Number(process.env.RELIABILITY_SEED ?? 20261129);
const LAYOUTS = Number(process.env.RELIABILITY_LAYOUTS ?? 1000);
const EDIT_RUNS = Number(process.env.RELIABILITY_EDIT_RUNS ?? 150);
const STYLES = 1 + JS_YAML_OPTIONS.length + 6;
const started = Date.now();

interface LayoutFigures {
  cases: number;
  invalidWrites: number;
  dataMismatches: number;
  commentsLost: number;
  untouchedLinesChanged: number;
  fastReaderDiffers: number;
  unreadableInputs: number;
}

interface EditFigures {
  runs: number;
  edits: number;
  annotationsChecked: number;
  annotationsLost: number;
  orphaned: number;
  reopenProblems: number;
}

function layoutsTimesChanges(): LayoutFigures {
  const c: LayoutFigures = { cases: 0, invalidWrites: 0, dataMismatches: 0, commentsLost: 0, untouchedLinesChanged: 0, fastReaderDiffers: 0, unreadableInputs: 0 };
  const samples = fc.sample(
    fc.tuple(sidecarArb, fc.nat(STYLES - 1), fc.array(fc.nat(99), { minLength: 32, maxLength: 32 }), fc.boolean(), fc.array(changeArb, { minLength: 1, maxLength: 6 })),
    { numRuns: LAYOUTS, seed: SEED },
  );
  for (const [model, style, picks, crlf, changes] of samples) {
    c.cases++;
    let cursor = 0;
    const input = render(model, style, () => picks[cursor++ % picks.length]! + cursor, crlf);
    const read = loadSidecar(input.text);
    if (!read.sidecar || !read.layout || read.problems.length > 0) {
      c.unreadableInputs++;
      continue;
    }
    const before = { sidecar: read.sidecar, layout: read.layout };
    const after = applyChanges(before.sidecar, changes);
    const out = patchSidecar(before, after);
    let parses = true;
    try {
      jsYaml.load(out);
    } catch {
      parses = false;
    }
    const back = readSidecar(out);
    if (!parses || back.problems.length > 0) {
      c.invalidWrites++;
      continue;
    }
    if (!isDeepStrictEqual(back.sidecar, sortedSidecar(after))) c.dataMismatches++;
    const fast = fastReadSidecar(out);
    if (fast && !isDeepStrictEqual(fast.sidecar, back.sidecar)) c.fastReaderDiffers++;
    c.commentsLost += commentsToKeep(input.comments, before.sidecar, after).filter((marker) => !out.includes(marker)).length;
    c.untouchedLinesChanged += unchangedBlocks(before.layout, before.sidecar, after).filter((block) => !out.includes(block)).length;
  }
  return c;
}

async function editSequences(): Promise<EditFigures> {
  const root = path.resolve(__dirname, '../..');
  const seeds = ['000_ada6b8799641a7d2', '001_dc080621945f1249'];
  const c: EditFigures = { runs: 0, edits: 0, annotationsChecked: 0, annotationsLost: 0, orphaned: 0, reopenProblems: 0 };
  const random = rng(SEED);
  for (let run = 0; run < EDIT_RUNS; run++) {
    const name = seeds[run % seeds.length]!;
    const store = new MemoryStore();
    const sidecarPath = `/w/${name}.annotations.yaml`;
    store.put(sidecarPath, fs.readFileSync(path.join(root, 'samples', `${name}.annotations.yaml`), 'utf8'));
    const doc = { text: fs.readFileSync(path.join(root, 'samples', `${name}.txt`), 'utf8'), dirty: false };
    const open = () =>
      new AnnotationSession(
        { uri: `file:///w/${name}.txt`, fileName: `/w/${name}.txt`, text: () => doc.text, isDirty: () => doc.dirty, readDiskText: async () => doc.text },
        DEFAULT_CONFIG,
        { files: store, sidecarPath, resolveConflicts: async () => 'mine', changed: () => undefined, problems: () => undefined, notify: () => undefined, failed: () => undefined },
      );
    const session = open();
    await session.open();
    const ids = new Set(session.store.list().map((a) => a.id));
    doc.dirty = true;
    const steps = 5 + Math.floor(random() * 25);
    for (let i = 0; i < steps; i++) {
      const t = doc.text;
      const at = Math.floor(random() * t.length);
      const kind = random();
      let change: TextChange;
      if (kind < 0.4) change = { rangeOffset: at, rangeLength: 0, text: ['x', ' the ', 'said ', '\n', '🙂'][Math.floor(random() * 5)]! };
      else if (kind < 0.7) change = { rangeOffset: at, rangeLength: Math.min(t.length - at, 1 + Math.floor(random() * 40)), text: '' };
      else if (kind < 0.9) {
        // A paste over a range: the same text with one word changed (what a re-scrape or a formatter does).
        const length = Math.min(t.length - at, 20 + Math.floor(random() * 400));
        change = { rangeOffset: at, rangeLength: length, text: t.slice(at, at + length).replace(/\b\w{4,}\b/, 'word') };
      } else {
        // A reload from disk after a re-scrape: one replacement of everything from the first changed line.
        const next = `Menu | Subscribe\n${t}`;
        change = { rangeOffset: 0, rangeLength: t.length, text: next };
      }
      doc.text = applyChange(doc.text, change);
      session.textChanged([change]);
      c.edits++;
    }
    doc.dirty = false; // saved
    await session.sync.write();
    const reopened = open();
    await reopened.open();
    if (reopened.sync.readOnly) c.reopenProblems++;
    const after = new Map(reopened.store.list().map((a) => [a.id, a]));
    for (const id of ids) {
      c.annotationsChecked++;
      const a = after.get(id);
      if (!a) c.annotationsLost++;
      else if (a.orphan) c.orphaned++;
    }
    c.runs++;
  }
  return c;
}

async function main(): Promise<number> {
  const layouts = layoutsTimesChanges();
  const edits = await editSequences();
  const show = (o: object) => Object.entries(o).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`reliability (writes): layouts × changes: ${show(layouts)}`);
  console.log(`reliability (writes): random edit sequences, saved and reopened: ${show(edits)}`);
  const failures = layouts.invalidWrites + layouts.dataMismatches + layouts.commentsLost + layouts.untouchedLinesChanged + layouts.fastReaderDiffers + layouts.unreadableInputs + edits.annotationsLost + edits.reopenProblems;
  const checks = layouts.cases + edits.runs;
  console.log(`reliability (writes): ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${SEED}`);
  console.log(`${failures === 0 ? checks : checks - 1} passed, ${failures === 0 ? 0 : 1} failed`);
  return failures === 0 ? 0 : 1;
}

void main().then((code) => process.exit(code));
