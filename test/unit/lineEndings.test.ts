import * as assert from 'assert';
import fc from 'fast-check';
import { countLineEndings, describeMixedLineEndings, eolVsCodePicks, mixedLineEndings, normalizeLineEndings, type Eol } from '../../src/core/lineEndings';
import { decodeUtf8, encodeUtf8 } from '../../src/core/text';

/** What VS Code shows for a file on disk: one line ending, the one it picks, and no byte order mark. */
function asVsCodeShows(disk: string): { text: string; eol: Eol } {
  const text = decodeUtf8(encodeUtf8(disk));
  const eol = eolVsCodePicks(countLineEndings(text));
  return { text: normalizeLineEndings(text, eol), eol };
}

function check(disk: string) {
  const shown = asVsCodeShows(disk);
  return mixedLineEndings(disk, shown.text, shown.eol);
}

describe('mixed line endings', () => {
  it('counts CRLF, LF and lone CR line endings', () => {
    assert.deepStrictEqual(countLineEndings(''), { crlf: 0, lf: 0, cr: 0 });
    assert.deepStrictEqual(countLineEndings('no final newline'), { crlf: 0, lf: 0, cr: 0 });
    assert.deepStrictEqual(countLineEndings('a\r\nb\r\n'), { crlf: 2, lf: 0, cr: 0 });
    assert.deepStrictEqual(countLineEndings('a\nb\nc'), { crlf: 0, lf: 2, cr: 0 });
    assert.deepStrictEqual(countLineEndings('a\r\nb\nc\rd\r'), { crlf: 1, lf: 1, cr: 2 });
    assert.deepStrictEqual(countLineEndings('\n\r\r\n\n\r'), { crlf: 1, lf: 2, cr: 2 });
  });

  it('picks the line ending as VS Code does: CRLF when more than half have a CR', () => {
    assert.strictEqual(eolVsCodePicks({ crlf: 3, lf: 2, cr: 0 }), 'CRLF');
    assert.strictEqual(eolVsCodePicks({ crlf: 2, lf: 2, cr: 0 }), 'LF');
    assert.strictEqual(eolVsCodePicks({ crlf: 0, lf: 0, cr: 1 }), 'CRLF');
    assert.strictEqual(eolVsCodePicks({ crlf: 0, lf: 0, cr: 0 }), 'LF');
    assert.strictEqual(eolVsCodePicks({ crlf: 0, lf: 0, cr: 0 }, 'CRLF'), 'CRLF');
  });

  it('files with one kind of line ending (or none) are shown as they are: nothing to say', () => {
    for (const disk of ['', 'one line', 'a\nb\n', 'a\nb', 'a\r\nb\r\n', 'a\r\nb', '\uFEFFa\r\nb\r\n', '\uFEFF', '\uFEFFa\nb']) {
      assert.strictEqual(check(disk), undefined, JSON.stringify(disk));
    }
  });

  it('a file mixing CRLF and LF is described with its counts and what saving does', () => {
    const disk = 'a\r\n'.repeat(12) + 'b\n'.repeat(30);
    const mixed = check(disk);
    assert.deepStrictEqual(mixed, { shown: 'LF', disk: { crlf: 12, lf: 30, cr: 0 } });
    assert.strictEqual(
      describeMixedLineEndings('000_ada6b8799641a7d2.txt', mixed!),
      'VS Code shows 000_ada6b8799641a7d2.txt with LF line endings only; the file on disk mixes 12 CRLF and 30 LF lines. ' +
        'Annotations are kept against the text as shown; saving the file will write LF everywhere.',
    );
    assert.deepStrictEqual(check('a\r\nb\r\nc\nlast without newline'), { shown: 'CRLF', disk: { crlf: 2, lf: 1, cr: 0 } });
    assert.deepStrictEqual(check('\uFEFFa\r\nb\nc\r\n'), { shown: 'CRLF', disk: { crlf: 2, lf: 1, cr: 0 } });
  });

  it('lone CRs are line endings VS Code rewrites too', () => {
    const onlyCr = check('a\rb\rc');
    assert.deepStrictEqual(onlyCr, { shown: 'CRLF', disk: { crlf: 0, lf: 0, cr: 2 } });
    assert.match(describeMixedLineEndings('x.txt', onlyCr!), /shows x\.txt with CRLF line endings only; the file on disk has 2 CR line endings\. .* write CRLF everywhere\.$/);
    const three = check('a\nb\nc\nd\r\ne\rf');
    assert.deepStrictEqual(three, { shown: 'LF', disk: { crlf: 1, lf: 3, cr: 1 } });
    assert.match(describeMixedLineEndings('x.txt', three!), /the file on disk mixes 1 CRLF, 3 LF and 1 CR lines\./);
  });

  it('other differences (an edit, another encoding) are not put down to line endings', () => {
    const disk = 'a\r\nb\nc\n';
    assert.strictEqual(mixedLineEndings(disk, 'a\nb\nc\nedited\n', 'LF'), undefined);
    assert.strictEqual(mixedLineEndings(disk, 'A\nb\nc\n', 'LF'), undefined);
    assert.strictEqual(mixedLineEndings(disk, 'a\r\nb\r\nc\r\n', 'LF'), undefined);
  });

  it('without the editor’s line ending, it is read from the editor text', () => {
    assert.deepStrictEqual(mixedLineEndings('a\r\nb\nc\n', 'a\nb\nc\n'), { shown: 'LF', disk: { crlf: 1, lf: 2, cr: 0 } });
    assert.deepStrictEqual(mixedLineEndings('a\r\nb\nc\r\n', 'a\r\nb\r\nc\r\n'), { shown: 'CRLF', disk: { crlf: 2, lf: 1, cr: 0 } });
  });

  it('for any text, a warning exactly when VS Code would show other line endings than the file has', () => {
    const piece = fc.constantFrom('a', 'bé', ' ', '\n', '\r\n', '\r', '\uD83D\uDE00');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const disk = pieces.join('');
        const shown = asVsCodeShows(disk);
        const mixed = mixedLineEndings(disk, shown.text, shown.eol);
        assert.strictEqual(mixed !== undefined, shown.text !== disk);
        if (mixed) assert.deepStrictEqual(mixed.disk, countLineEndings(disk));
      }),
    );
  });
});
