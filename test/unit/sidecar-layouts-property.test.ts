// The writer keeps any valid layout: sidecars written in many styles (ours, js-yaml's, by hand), changed at
// random, patched, and checked: both YAML libraries parse the result, both readers read exactly the new data,
// comments of unchanged nodes and the lines of unchanged items are still there, byte for byte.
import * as assert from 'assert';
import fc from 'fast-check';
import { fastReadSidecar } from '../../src/core/sidecar/fastRead';
import { readSidecar } from '../../src/core/sidecar/read';
import { applyChanges, changeArb, commentsToKeep, patchChecked, readSound, unchangedBlocks } from './helpers/layoutCheck';
import { JS_YAML_OPTIONS, render, sidecarArb } from './helpers/layoutGen';

const STYLES = 1 + JS_YAML_OPTIONS.length + 6; // ours, js-yaml's, and (most often) hand-written ones
const RUNS = 2000;

describe('sidecar layouts: patching keeps every valid layout', () => {
  it(`${RUNS} random layouts and changes: the result parses, reads back exactly, keeps comments and untouched lines`, function () {
    this.timeout(120000);
    fc.assert(
      fc.property(
        sidecarArb,
        fc.nat(STYLES - 1),
        fc.array(fc.nat(99), { minLength: 32, maxLength: 32 }),
        fc.boolean(),
        fc.array(changeArb, { minLength: 1, maxLength: 6 }),
        (model, style, picks, crlf, changes) => {
          let cursor = 0;
          const input = render(model, style, () => picks[cursor++ % picks.length]! + cursor, crlf);
          const before = readSound(input.text);
          const after = applyChanges(before.sidecar, changes);
          const context = `${input.style}; changes ${JSON.stringify(changes)}`;
          const out = patchChecked(before, after, context);
          for (const marker of commentsToKeep(input.comments, before.sidecar, after)) assert.ok(out.includes(marker), `lost comment ${marker}: ${context}\n${input.text}\n---\n${out}`);
          for (const block of unchangedBlocks(before.layout, before.sidecar, after)) assert.ok(out.includes(block), `an unchanged item was touched: ${context}\n${block}\n---\n${out}`);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the fast reader, whenever it answers on these layouts, answers as the full reader (and answers on many)', function () {
    this.timeout(60000);
    let answered = 0;
    const runs = 1000;
    fc.assert(
      fc.property(sidecarArb, fc.boolean(), fc.nat(STYLES - 1), fc.array(fc.nat(99), { minLength: 32, maxLength: 32 }), fc.boolean(), (model, noEvidence, style, picks, crlf) => {
        // Evidence in block style is beyond the fast reader: without it, more of the other layouts reach it.
        const s = noEvidence ? { ...model, claims: model.claims.map(({ evidence: _e, ...c }) => c) } : model;
        let cursor = 0;
        const text = render(s, style, () => picks[cursor++ % picks.length]! + cursor, crlf).text;
        const fast = fastReadSidecar(text);
        if (fast) answered++;
        if (fast) assert.deepStrictEqual(plain(fast), plain(readSidecar(text)), text);
      }),
      { numRuns: runs },
    );
    assert.ok(answered > runs / 10, `the fast reader answered on only ${answered} of ${runs} files`);
  });
});

describe('sidecar layouts: plain values in the fast reader', () => {
  // Raw text written unquoted, in block and flow context: where the fast reader answers, YAML must agree.
  const raw = fc.array(fc.constantFrom('a', 'Z', 'é', '😀', '0', '1', '9', '.', '-', '+', '_', ':', ' ', '#', "'", '"', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '\\', '~', '?', 'e', 'x', 'o', 'true', 'Null', 'NaN', 'inf', '\t', '\u00a0', '\u2028'), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

  it('reads block and flow plain values exactly as the full reader, or declines', () => {
    fc.assert(
      fc.property(raw, raw, fc.boolean(), (note, text, crlf) => {
        let file = `schema: seed-annotator/v1\ndocument: ${note}\nentities:\n  - id: e1\n    type: ORG\n    start: 1\n    end: 2\n    text: ${text}\n    note: ${note}\nclaims: []\nrejected:\n  - {type: ORG, start: 1, end: 2, text: ${text}}\n`;
        if (crlf) file = file.replace(/\n/g, '\r\n');
        const fast = fastReadSidecar(file);
        if (fast) assert.deepStrictEqual(plain(fast), plain(readSidecar(file)), JSON.stringify(file));
      }),
      { numRuns: 3000 },
    );
  });
});

/** A ReadResult as plain data (layouts hold Maps and class instances). */
function plain(r: ReturnType<typeof readSidecar>): unknown {
  const layout = r.layout && {
    ...r.layout,
    top: [...r.layout.top.entries()],
    lists: Object.fromEntries(Object.entries(r.layout.lists).map(([k, l]) => [k, { ...l, items: l!.items.map((i) => ({ ...i, keys: [...i.keys.entries()] })) }])),
  };
  return { ...r, layout };
}
