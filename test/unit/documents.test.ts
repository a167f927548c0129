import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compileDelimiterPatterns, BUILT_IN_DELIMITERS } from '../../src/core/delimiters';
import { documentAt, recognize } from '../../src/core/documents';

const samples = path.resolve(__dirname, '../../samples');
const read = (name: string) => fs.readFileSync(path.join(samples, name), 'utf8');
const bodies = (text: string, fileName = 'bundle.txt', delimiters = BUILT_IN_DELIMITERS) =>
  recognize(text, { fileName, delimiters }).documents.map((d) => ({ id: d.id, body: text.slice(d.bodyStart, d.bodyEnd) }));

describe('recognising seed documents', () => {
  it('a seed file is one document named after the file, whatever it contains', () => {
    const text = read('000_ada6b8799641a7d2.txt');
    const r = recognize(text, { fileName: 'samples/000_ada6b8799641a7d2.txt' });
    assert.strictEqual(r.kind, 'seed');
    assert.deepStrictEqual(r.documents.map((d) => [d.id, d.start, d.end, d.bodyStart, d.bodyEnd]), [['000_ada6b8799641a7d2', 0, text.length, 0, text.length]]);
    const withDelimiter = recognize('==> a.txt <==\ntext', { fileName: '000_ada6b8799641a7d2.txt' });
    assert.strictEqual(withDelimiter.documents.length, 1);
  });

  it('samples/bundle-tail.txt (tail -n +1 output) holds the two seed files exactly', () => {
    const text = read('bundle-tail.txt');
    const r = recognize(text, { fileName: 'bundle-tail.txt' });
    assert.strictEqual(r.kind, 'bundle');
    for (const d of r.documents) assert.strictEqual(text.slice(d.bodyStart, d.bodyEnd), read(`${d.id}.txt`), d.id);
    assert.deepStrictEqual(r.documents.map((d) => d.id), ['000_ada6b8799641a7d2', '001_dc080621945f1249']);
    // Documents tile the file from the first delimiter on.
    assert.strictEqual(r.documents[0]!.end, r.documents[1]!.start);
    assert.strictEqual(r.documents[1]!.end, text.length);
  });

  it('tail output of files that end with a newline keeps that newline in the body', () => {
    assert.deepStrictEqual(bodies('==> a.txt <==\none\n\n==> b.txt <==\ntwo\n'), [
      { id: 'a', body: 'one\n' },
      { id: 'b', body: 'two\n' },
    ]);
  });

  it('recognises ===== NAME ===== and --- NAME --- (three or more marks, with or without spaces)', () => {
    assert.deepStrictEqual(bodies('===== first.txt =====\nAlpha.\n===second.txt===\nBeta.'), [
      { id: 'first', body: 'Alpha.' },
      { id: 'second', body: 'Beta.' },
    ]);
    assert.deepStrictEqual(bodies('=== report-7 ===\nAlpha.\n=== report-8 ===\nBeta.').map((d) => d.id), ['report-7', 'report-8']);
    assert.deepStrictEqual(bodies('--- 000_ada6b8799641a7d2.txt ---\nAlpha.\n------ 001_dc080621945f1249.txt ------\nBeta.\n'), [
      { id: '000_ada6b8799641a7d2', body: 'Alpha.' },
      { id: '001_dc080621945f1249', body: 'Beta.\n' },
    ]);
  });

  it('handles CRLF line ends, a byte order mark and a missing final newline', () => {
    const text = '\uFEFF==> a.txt <==\r\nFirst line.\r\nSecond.\r\n==> b.txt <==\r\nLast, no newline';
    const r = recognize(text, { fileName: 'x.seeds.txt' });
    assert.deepStrictEqual(r.documents.map((d) => text.slice(d.bodyStart, d.bodyEnd)), ['First line.\r\nSecond.', 'Last, no newline']);
    assert.strictEqual(r.documents[0]!.start, 0);
    const seed = recognize('\uFEFFText', { fileName: '000_ada6b8799641a7d2.txt' });
    assert.strictEqual(seed.documents[0]!.bodyStart, 1, 'the BOM is not part of the body');
  });

  it('empty documents are documents with an empty body', () => {
    const r = recognize('==> a.txt <==\n==> b.txt <==\n\n==> c.txt <==\nC', { fileName: 'bundle.txt' });
    assert.deepStrictEqual(r.documents.map((d) => [d.id, d.bodyEnd - d.bodyStart]), [['a', 0], ['b', 0], ['c', 1]]);
  });

  it('text before the first delimiter is not a document', () => {
    const text = 'Exported by a scraper on Monday.\n\n==> a.txt <==\nBody';
    const r = recognize(text, { fileName: 'bundle.txt' });
    assert.strictEqual(r.documents.length, 1);
    assert.strictEqual(r.documents[0]!.start, text.indexOf('==>'));
    assert.strictEqual(documentAt(r, 0, 5), undefined);
  });

  it('a delimiter-looking line inside an article is article text', () => {
    const tail = '==> a.txt <==\nHeadline\n===== UPDATE =====\n--- 2 ---\nMore text.\n\n==> b.txt <==\nB';
    assert.deepStrictEqual(bodies(tail).map((d) => d.id), ['a', 'b'], 'other forms than the first delimiter are text');
    const dashes = '--- 000_ada6b8799641a7d2.txt ---\nStory.\n--- UPDATE ---\nStill the story.\n--- 001_dc080621945f1249.txt ---\nNext.';
    assert.deepStrictEqual(bodies(dashes).map((d) => d.id), ['000_ada6b8799641a7d2', '001_dc080621945f1249'], 'a bundle of .txt names keeps "--- UPDATE ---"');
    assert.deepStrictEqual(bodies('--- Editor’s note: updated ---\nText').map((d) => d.id), ['bundle'], 'a sentence between rules is not a name');
    assert.deepStrictEqual(bodies('Before ==> x.txt <== after\n'), [{ id: 'bundle', body: 'Before ==> x.txt <== after\n' }]);
  });

  it('user-defined delimiter patterns with a named group `name` come first', () => {
    const { rules, errors } = compileDelimiterPatterns(['^#### (?<name>\\S+) ####$']);
    assert.deepStrictEqual(errors, []);
    assert.deepStrictEqual(bodies('#### one ####\nA\n#### two ####\nB', 'b.txt', [...rules, ...BUILT_IN_DELIMITERS]), [
      { id: 'one', body: 'A' },
      { id: 'two', body: 'B' },
    ]);
    const bad = compileDelimiterPatterns(['^(unclosed', '^no name group$']);
    assert.strictEqual(bad.rules.length, 0);
    assert.match(bad.errors[0]!, /not a valid regular expression/);
    assert.match(bad.errors[1]!, /no named group "name"/);
  });

  it('warns about two documents with the same name', () => {
    const r = recognize('==> a.txt <==\nx\n==> a.txt <==\ny', { fileName: 'b.txt' });
    assert.strictEqual(r.warnings.length, 1);
    assert.match(r.warnings[0]!, /two documents are named "a"/);
  });

  it('a file of another name without delimiters is one document', () => {
    const r = recognize('Just an article.', { fileName: 'notes/story.txt' });
    assert.strictEqual(r.kind, 'text');
    assert.strictEqual(r.documents[0]!.id, 'story');
  });
});
