import * as assert from 'assert';
import { baseName, documentIdFromName, isSeedFileName } from '../../src/core/seedName';

describe('seed file names', () => {
  it('recognises NNN_<16 lowercase hex>.txt, in any folder', () => {
    assert.ok(isSeedFileName('000_ada6b8799641a7d2.txt'));
    assert.ok(isSeedFileName('/data/seeds/001_dc080621945f1249.txt'));
    assert.ok(isSeedFileName('C:\\seeds\\999_0123456789abcdef.txt'));
  });

  it('rejects near misses', () => {
    for (const name of ['00_ada6b8799641a7d2.txt', '000_ADA6B8799641A7D2.txt', '000_ada6b8799641a7d.txt', '000_ada6b8799641a7d2.md', 'bundle-tail.txt', '000_ada6b8799641a7d2.txt.bak']) {
      assert.strictEqual(isSeedFileName(name), false, name);
    }
  });

  it('derives document ids from names', () => {
    assert.strictEqual(documentIdFromName('000_ada6b8799641a7d2.txt'), '000_ada6b8799641a7d2');
    assert.strictEqual(documentIdFromName(' notes/report-7.TXT '), 'report-7');
    assert.strictEqual(documentIdFromName('report-7'), 'report-7');
    assert.strictEqual(baseName('a/b\\c.txt'), 'c.txt');
  });
});
