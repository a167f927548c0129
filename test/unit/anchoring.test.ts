import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LiveAnnotations } from '../../src/core/anchoring/live';
import { reanchor, THRESHOLDS } from '../../src/core/anchoring/reanchor';
import { applyChange, shiftSpan, type TextChange } from '../../src/core/anchoring/shift';
import { SpanIndex } from '../../src/core/anchoring/spanIndex';
import { similarity } from '../../src/core/anchoring/similarity';
import { makeClaim, makeEntity } from '../../src/core/annotate';
import { recognize } from '../../src/core/documents';
import { emptySidecar, type Sidecar } from '../../src/core/model';
import { readOk } from './helpers/sidecars';

const span = (text: string, start: number, end: number) => ({ start, end, text: text.slice(start, end) });
const ins = (at: number, text: string): TextChange => ({ rangeOffset: at, rangeLength: 0, text });
const del = (at: number, length: number, text = ''): TextChange => ({ rangeOffset: at, rangeLength: length, text });

describe('anchoring: live edits', () => {
  //            0         1         2
  //            0123456789012345678901234
  const text = 'the Border Patrol agents';
  const bp = span(text, 4, 17); // "Border Patrol"
  const after = (change: TextChange) => {
    const next = shiftSpan(bp, change);
    const newText = applyChange(text, change);
    if (next) assert.strictEqual(newText.slice(next.start, next.end), next.text, 'the span text is the document slice');
    return next && [next.start, next.end, next.text];
  };

  it('a change before the span shifts it; after it, leaves it', () => {
    assert.deepStrictEqual(after(ins(0, 'AND ')), [8, 21, 'Border Patrol']);
    assert.deepStrictEqual(after(del(0, 4)), [0, 13, 'Border Patrol']);
    assert.deepStrictEqual(after(ins(20, 'X')), [4, 17, 'Border Patrol']);
    assert.deepStrictEqual(after(del(17, 7)), [4, 17, 'Border Patrol']);
  });

  it('typing at either edge does not grow it; typing strictly inside does', () => {
    assert.deepStrictEqual(after(ins(4, 'US ')), [7, 20, 'Border Patrol']);
    assert.deepStrictEqual(after(ins(17, 's')), [4, 17, 'Border Patrol']);
    assert.deepStrictEqual(after(ins(10, 'X')), [4, 18, 'BorderX Patrol']);
  });

  it('replacing its first or last characters keeps the new text; trimming what the change took otherwise', () => {
    assert.deepStrictEqual(after(del(4, 1, 'b')), [4, 17, 'border Patrol']);
    assert.deepStrictEqual(after(del(16, 1, 'ls')), [4, 18, 'Border Patrols']);
    assert.deepStrictEqual(after(del(0, 7, 'A ')), [2, 12, 'der Patrol']);
    assert.deepStrictEqual(after(del(11, 10, 'x')), [4, 11, 'Border ']);
    assert.deepStrictEqual(after(del(6, 3, '')), [4, 14, 'Bor Patrol']);
  });

  it('deleting or replacing its whole text makes it an orphan', () => {
    assert.strictEqual(after(del(4, 13)), undefined);
    assert.strictEqual(after(del(0, 24, 'new text')), undefined);
    assert.strictEqual(after(del(4, 13, 'Coast Guard')), undefined);
  });

  it('the index applies a change to all spans and reports orphans', () => {
    const index = new SpanIndex([
      { key: 'a', ...span(text, 0, 3) },
      { key: 'b', ...bp },
      { key: 'c', ...span(text, 11, 24) },
      { key: 'd', ...span(text, 4, 24) },
    ]);
    const effect = index.apply(del(10, 7)); // " Patrol"
    assert.deepStrictEqual(effect.orphaned, []);
    assert.deepStrictEqual(effect.changed.sort(), ['b', 'c', 'd']);
    const result = applyChange(text, del(10, 7));
    for (const s of index) assert.strictEqual(result.slice(s.start, s.end), s.text, s.key);
    const gone = index.apply(del(0, 4));
    assert.deepStrictEqual(gone.orphaned.map((o) => [o.key, o.text]), [['a', 'the']]);
    assert.strictEqual(index.size, 3);
    assert.strictEqual(index.get('a'), undefined);
  });

  it('live annotations: snapshot marks orphans with their last place and keeps a deleted cue marked lost', () => {
    const doc = 'Police said the bridge reopens. Officials in Lyon agreed.';
    const file = recognize(doc, { fileName: '000_0000000000000000.txt' });
    let s: Sidecar = emptySidecar();
    const lyon = makeEntity(doc, file, s, { start: doc.indexOf('Lyon'), end: doc.indexOf('Lyon') + 4, type: 'GPE' });
    s = { ...s, entities: [lyon] };
    const claim = makeClaim(doc, file, s, { start: doc.indexOf('the bridge'), end: doc.indexOf('.'), cue: { start: 7, end: 11 } });
    s = { ...s, claims: [claim] };
    const live = new LiveAnnotations(s);
    const change = del(0, 12); // "Police said "
    const effect = live.apply([change]);
    assert.deepStrictEqual(effect.cuesLost, [claim.id]);
    const edited = applyChange(doc, change);
    const snap = live.snapshot(edited);
    // Kept, marked lost, with its last place (as orphans keep theirs).
    assert.deepStrictEqual(snap.claims[0]!.cue, { ...claim.cue!, lost: true });
    assert.strictEqual(snap.claims[0]!.text, 'the bridge reopens');
    assert.strictEqual(snap.entities[0]!.start, edited.indexOf('Lyon'));
    assert.strictEqual(snap.entities[0]!.prefix, 'the bridge reopens. Officials in '.slice(-32));
    live.apply([del(edited.indexOf('Officials'), 'Officials in Lyon'.length, 'They')]);
    const orphaned = live.snapshot(applyChange(edited, del(edited.indexOf('Officials'), 'Officials in Lyon'.length, 'They'))).entities[0]!;
    assert.deepStrictEqual([orphaned.orphan, orphaned.text, orphaned.start], [true, 'Lyon', edited.indexOf('Lyon')]);
  });
});

describe('anchoring: re-anchoring against changed text', () => {
  const root = path.resolve(__dirname, '../..');
  const original = fs.readFileSync(path.join(root, 'samples/000_ada6b8799641a7d2.txt'), 'utf8');
  const { sidecar } = readOk(fs.readFileSync(path.join(root, 'samples/000_ada6b8799641a7d2.annotations.yaml'), 'utf8'));

  it('unchanged text: every annotation is exact', () => {
    const { results } = reanchor(sidecar, original);
    assert.ok(results.every((r) => r.status === 'exact'));
  });

  it('a paragraph pasted at the top moves everything by its length, including the lookalike "CBP"', () => {
    const pasted = 'Editor’s note: CBP and Border Patrol answered questions on Dec. 2.\n';
    const { results, sidecar: moved } = reanchor(sidecar, pasted + original);
    assert.ok(results.every((r) => r.status === 'moved' && r.to!.start === r.from.start + pasted.length), JSON.stringify(results.filter((r) => r.status !== 'moved')));
    assert.strictEqual(moved.claims.find((c) => c.cue)!.cue!.start, sidecar.claims.find((c) => c.cue)!.cue!.start + pasted.length);
  });

  it('a lookalike sentence elsewhere never receives the annotation of a deleted one (hypothesis/client#7571)', () => {
    const target = sidecar.claims.find((c) => c.text.startsWith('the agent driving the car'))!;
    const sentenceStart = original.lastIndexOf('\n', target.start) + 1;
    const sentenceEnd = original.indexOf('\n', target.end) + 1;
    const sentence = original.slice(sentenceStart, sentenceEnd);
    // Delete the annotated sentence; put a near-identical one in a paragraph further on.
    const lookalike = sentence.replace('driving the car', 'driving the truck');
    const edited = original.slice(0, sentenceStart) + original.slice(sentenceEnd).replace('The Sinaloa Cartel, which', `${lookalike.trim()} The Sinaloa Cartel, which`);
    assert.ok(similarity(lookalike, sentence) > 0.9, 'the lookalike is near-identical');
    const result = reanchor(sidecar, edited).results.find((r) => r.id === target.id)!;
    assert.strictEqual(result.status, 'orphan', JSON.stringify(result));
    // Put where the deleted sentence stood, the same edited sentence is the annotated one, edited: fuzzy.
    const inPlace = original.slice(0, sentenceStart) + lookalike + original.slice(sentenceEnd);
    assert.strictEqual(reanchor(sidecar, inPlace).results.find((r) => r.id === target.id)!.status, 'fuzzy');
  });

  it('never attaches an annotation to text less alike than the floor', () => {
    // Rewrite every "Border" as "Frontier": the entities of that text have nothing left to match.
    const edited = original.replace(/Border Patrol/g, 'Frontier Force');
    const { results } = reanchor(sidecar, edited);
    for (const r of results.filter((x) => x.status === 'fuzzy')) {
      assert.ok(similarity(r.to!.text, r.from.text) >= THRESHOLDS.fuzzyQuote - 0.05, JSON.stringify(r));
    }
    assert.ok(results.filter((r) => r.from.text === 'Border Patrol').every((r) => r.status === 'orphan'));
  });
});
