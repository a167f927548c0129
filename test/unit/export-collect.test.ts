// What every export works from: documents on their own with annotations relative to them, orphans left out and
// counted, page chrome kept or cut out, and offsets in either unit.
import * as assert from 'assert';
import { OffsetConverter, safeSlice, utf16Offset } from '../../src/core/export/offsets';
import { collectFile, sampleSet, SAMPLES, unicodeSet } from './helpers/exportFixtures';
import * as path from 'path';

describe('export: collecting documents', () => {
  it('every annotation of every sample document is relative to its own text', async () => {
    const set = await sampleSet();
    assert.deepStrictEqual(set.documents.map((d) => [d.file.split('/').pop(), d.id]), [
      ['000_ada6b8799641a7d2.txt', '000_ada6b8799641a7d2'],
      ['001_dc080621945f1249.txt', '001_dc080621945f1249'],
      ['bundle-tail.txt', '000_ada6b8799641a7d2'],
      ['bundle-tail.txt', '001_dc080621945f1249'],
    ]);
    for (const d of set.documents) {
      for (const a of [...d.entities, ...d.claims]) assert.strictEqual(d.text.slice(a.start, a.end), a.text, `${d.file}#${d.id} ${a.id}`);
      for (const c of d.claims) if (c.cue) assert.strictEqual(d.text.slice(c.cue.start, c.cue.end), c.cue.text);
      assert.match(d.textHash, /^sha256-[0-9a-f]{64}$/);
    }
    assert.ok(set.documents[2]!.fileOffset > 0, "the bundle's first document starts after its delimiter line");
    assert.ok(set.corpus && set.corpus.entities.length > 0);
  });

  it('cutting out page chrome keeps every annotation outside it, at its offsets in the shorter text', async () => {
    const kept = await collectFile(path.join(SAMPLES, '001_dc080621945f1249.txt'));
    const cut = await collectFile(path.join(SAMPLES, '001_dc080621945f1249.txt'), false);
    assert.ok(kept[0]!.boilerplate.length > 0 && cut[0]!.boilerplate.length === 0);
    assert.ok(cut[0]!.text.length < kept[0]!.text.length);
    for (const a of [...cut[0]!.entities, ...cut[0]!.claims]) assert.strictEqual(cut[0]!.text.slice(a.start, a.end), a.text);
    assert.strictEqual(cut[0]!.entities.length + cut[0]!.claims.length + cut[0]!.leftOut.inBoilerplate, kept[0]!.entities.length + kept[0]!.claims.length);
  });

  it('a BOM is not text; emoji and combining accents keep UTF-16 offsets exact', async () => {
    const [doc] = (await unicodeSet()).documents;
    assert.ok(!doc!.text.startsWith('\uFEFF'));
    const ana = doc!.entities.find((e) => e.id === 'e4')!;
    assert.strictEqual(doc!.text.slice(ana.start, ana.end), 'Ana \u{1F1F5}\u{1F1F9} Lima');
    const claim = doc!.claims[0]!;
    assert.deepStrictEqual(claim.source, { entity: 'e4' });
    assert.strictEqual(claim.cue?.text, 'According to');
  });
});

describe('export: offsets', () => {
  const text = 'a\u{1F600}b\u{1F1F5}\u{1F1F9}c';
  it('code points lag UTF-16 by one per astral character before the offset', () => {
    const cp = new OffsetConverter(text, 'codepoints');
    assert.deepStrictEqual([0, 1, 3, 4, 8, 9].map((o) => cp.convert(o)), [0, 1, 2, 3, 5, 6]);
    assert.strictEqual(new OffsetConverter(text, 'utf16').convert(8), 8);
    assert.strictEqual([...text].slice(...cp.span(4, 9)).join(''), '\u{1F1F5}\u{1F1F9}c');
  });

  it('an offset inside a surrogate pair never cuts it; code points come back as UTF-16', () => {
    const cp = new OffsetConverter(text, 'codepoints');
    assert.deepStrictEqual(cp.span(2, 2), [1, 2]);
    assert.strictEqual(utf16Offset(text, 5), 8);
    assert.strictEqual(safeSlice(text, 2, 5), 'b');
    assert.strictEqual(safeSlice(text, 2, 6), 'b\u{1F1F5}');
  });
});
