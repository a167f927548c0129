import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { LiveAnnotations } from '../../src/core/anchoring/live';
import { reanchor, THRESHOLDS } from '../../src/core/anchoring/reanchor';
import type { TextChange } from '../../src/core/anchoring/shift';
import { similarity } from '../../src/core/anchoring/similarity';
import { recognize } from '../../src/core/documents';
import type { Sidecar } from '../../src/core/model';
import { applyAll, batchArb, changeArb, intentArb, resolveIntent } from './helpers/edits';
import { readOk } from './helpers/sidecars';

const root = path.resolve(__dirname, '../..');
const SAMPLES = ['000_ada6b8799641a7d2', '001_dc080621945f1249', 'bundle-tail'].map((name) => ({
  name,
  text: fs.readFileSync(path.join(root, `samples/${name}.txt`), 'utf8'),
  sidecar: readOk(fs.readFileSync(path.join(root, `samples/${name}.annotations.yaml`), 'utf8')).sidecar,
}));

function edges(s: Sidecar): number[] {
  return [...s.entities, ...s.claims].flatMap((a) => [a.start, a.end, ...('cue' in a && a.cue ? [a.cue.start, a.cue.end] : [])]);
}

/** A sequence of edits, each step one change or one multi-cursor batch, over a text of the given length. */
function editSequence(length: number, spanEdges: number[], steps: { minLength: number; maxLength: number }): fc.Arbitrary<TextChange[][]> {
  // Offsets are drawn for the original length and clamped to the text as it is at each step.
  return fc.array(fc.oneof({ weight: 3, arbitrary: changeArb(length, spanEdges).map((c) => [c]) }, { weight: 1, arbitrary: batchArb(length, spanEdges) }), steps);
}

function clamp(changes: TextChange[], length: number): TextChange[] {
  // A batch is given last-first over one text: clamp every change to that text, keeping them apart.
  let limit = length;
  return changes.map((c) => {
    const at = Math.min(c.rangeOffset, limit);
    const out = { rangeOffset: at, rangeLength: Math.min(c.rangeLength, limit - at), text: c.text };
    limit = at;
    return out;
  });
}

describe('anchoring: properties over the samples', function () {
  this.timeout(120000);

  it('10,000 random edit sequences: after every step each live annotation’s text is the document’s slice', () => {
    let runs = 0;
    for (const sample of SAMPLES) {
      fc.assert(
        fc.property(editSequence(sample.text.length, edges(sample.sidecar), { minLength: 1, maxLength: 8 }), (steps) => {
          runs++;
          const live = new LiveAnnotations(sample.sidecar);
          let text = sample.text;
          for (const raw of steps) {
            const changes = clamp(raw, text.length);
            live.apply(changes);
            text = applyAll(text, changes);
            for (const index of [live.entities, live.claims, live.cues]) {
              for (const span of index) {
                assert.ok(span.start >= 0 && span.end <= text.length && span.start <= span.end, `span ${span.key} out of range`);
                assert.strictEqual(text.slice(span.start, span.end), span.text, `span ${span.key}`);
              }
            }
          }
          const snapshot = live.snapshot(text);
          for (const a of [...snapshot.entities, ...snapshot.claims]) {
            if (!a.orphan) assert.strictEqual(text.slice(a.start, a.end), a.text);
          }
        }),
        { numRuns: sample.name === '000_ada6b8799641a7d2' ? 3334 : 3333, seed: 20261122 + sample.name.length },
      );
    }
    assert.strictEqual(runs, 10000);
  });

  // Random edits of the kinds annotators make (typing, typo fixes, deleted words and lines, pasted paragraphs),
  // anywhere in the text.
  it('save and reload: re-anchoring the saved sidecar agrees with live shifting for ≥ 99% of annotations, never below the floor', () => {
    let total = 0;
    let agree = 0;
    const disagreements: string[] = [];
    for (const sample of SAMPLES) {
      const file = recognize(sample.text, { fileName: `${sample.name}.txt` });
      fc.assert(
        fc.property(fc.array(intentArb(sample.text.length), { minLength: 1, maxLength: 6 }), (intents) => {
          const live = new LiveAnnotations(sample.sidecar);
          let text = sample.text;
          for (const intent of intents) {
            const change = resolveIntent(text, intent);
            live.apply([change]);
            text = applyAll(text, [change]);
          }
          const truth = live.snapshot(text);
          const { results } = reanchor(sample.sidecar, text, file.kind === 'bundle' ? recognize(text, { fileName: `${sample.name}.txt` }) : undefined);
          const truthById = new Map([...truth.entities, ...truth.claims].map((a) => [a.id, a]));
          for (const r of results) {
            total++;
            const t = truthById.get(r.id)!;
            const same = r.status === 'orphan' ? t.orphan === true : !t.orphan && t.start === r.to!.start && t.end === r.to!.end;
            if (same) agree++;
            else if (disagreements.length < 10) disagreements.push(`${sample.name} ${r.id} ${r.status} ${JSON.stringify(r.to ?? r.from)} live ${t.orphan ? 'orphan' : `${t.start}..${t.end} ${JSON.stringify(t.text)}`}`);
            // Never on text unlike its quote: exact and moved are the quote itself, fuzzy at least the floor.
            if (r.status === 'exact' || r.status === 'moved') assert.strictEqual(r.to!.text, r.from.text);
            if (r.status === 'fuzzy') assert.ok(similarity(r.to!.text, r.from.text) >= THRESHOLDS.fuzzyQuote, JSON.stringify(r));
          }
        }),
        { numRuns: 300, seed: 7 + sample.name.length },
      );
    }
    const rate = agree / total;
    console.log(`      re-anchoring agreed with live shifting for ${agree} of ${total} annotations (${(rate * 100).toFixed(2)}%)`);
    assert.ok(rate >= 0.99, `only ${(rate * 100).toFixed(2)}% agree; first disagreements:\n${disagreements.join('\n')}`);
  });
});
