import * as assert from 'assert';
import { createHash } from 'crypto';
import fc from 'fast-check';
import { makeClaim, makeEntity, SpanError } from '../../src/core/annotate';
import { configFrom, sidecarPathFor, textPathFor } from '../../src/core/config';
import { CONTEXT_LENGTH, contextOf, newId } from '../../src/core/context';
import { recognize } from '../../src/core/documents';
import { matchesGlob } from '../../src/core/glob';
import { emptySidecar } from '../../src/core/model';
import { sha256HexAsync } from '../../src/core/sha256';
import { decodeUtf8, lineStarts, positionAt } from '../../src/core/text';

describe('core helpers', () => {
  it('sha256 (Web Crypto) matches Node’s crypto for any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        assert.strictEqual(await sha256HexAsync(bytes), createHash('sha256').update(bytes).digest('hex'));
      }),
    );
  });

  it('decodes UTF-8 as VS Code does: the BOM is dropped, bad bytes are refused', () => {
    assert.strictEqual(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), 'A');
    assert.throws(() => decodeUtf8(new Uint8Array([0xff, 0xfe, 0x41])));
  });

  it('turns offsets into line and column across \\n, \\r\\n and \\r', () => {
    const starts = lineStarts('ab\ncd\r\nef\rg');
    assert.deepStrictEqual(starts, [0, 3, 7, 10]);
    assert.deepStrictEqual(positionAt(starts, 8), { line: 2, col: 1 });
  });

  it('matches globs like VS Code settings do', () => {
    assert.ok(matchesGlob('samples/bundle-tail.txt', '**/bundle-*.txt'));
    assert.ok(matchesGlob('bundle-tail.txt', '**/bundle-*.txt'));
    assert.ok(matchesGlob('/abs/path/x.seeds.txt', '**/*.seeds.txt'));
    assert.ok(matchesGlob('a/b/c.txt', 'a/**/*.{txt,md}'));
    assert.ok(!matchesGlob('samples/bundle/x.txt', '**/bundle-*.txt'));
    assert.ok(!matchesGlob('a/b.txt', 'a/?.md'));
  });

  it('context: up to 32 characters each side, within the document, never half a surrogate pair', () => {
    const text = 'x'.repeat(50) + 'SPAN' + 'y'.repeat(50);
    assert.deepStrictEqual(contextOf(text, 50, 54), { prefix: 'x'.repeat(CONTEXT_LENGTH), suffix: 'y'.repeat(CONTEXT_LENGTH) });
    assert.deepStrictEqual(contextOf(text, 50, 54, { start: 45, end: 56 }), { prefix: 'xxxxx', suffix: 'yy' });
    const emoji = '😀'.repeat(20) + 'A';
    const { prefix } = contextOf(emoji, 40, 41);
    assert.ok(!/^[\udc00-\udfff]/.test(prefix) && prefix.length <= CONTEXT_LENGTH);
  });

  it('ids are short, random and never repeat one in use', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const id = newId(i % 2 ? 'e' : 'c', taken);
      assert.match(id, /^[ec][0-9a-z]{6}$/);
      assert.ok(!taken.has(id));
      taken.add(id);
    }
  });

  it('makes entities and claims with their text, context and (in bundles) document', () => {
    const text = '==> a.txt <==\nThe mayor said the bridge reopens.\n\n==> b.txt <==\nPolice in Lyon said so.';
    const file = recognize(text, { fileName: 'b.seeds.txt' });
    const lyon = text.indexOf('Lyon');
    const e = makeEntity(text, file, emptySidecar(), { start: lyon, end: lyon + 4, type: 'GPE' });
    assert.deepStrictEqual({ ...e, id: 'x' }, { id: 'x', type: 'GPE', start: lyon, end: lyon + 4, text: 'Lyon', prefix: 'Police in ', suffix: ' said so.', doc: 'b' });
    const s = { ...emptySidecar(), entities: [e] };
    const said = text.indexOf('said', lyon);
    const c = makeClaim(text, file, s, { start: text.indexOf('Police'), end: text.length - 1, source: { entity: e.id }, cue: { start: said, end: said + 4 } });
    assert.strictEqual(c.status, 'unverified');
    assert.deepStrictEqual(c.cue, { start: said, end: said + 4, text: 'said' });
    assert.throws(() => makeEntity(text, file, s, { start: 20, end: text.indexOf('Lyon'), type: 'GPE' }), SpanError);
    assert.throws(() => makeEntity(text, file, s, { start: 0, end: 5, type: 'GPE' }), /not inside one document/);
    assert.throws(() => makeClaim(text, file, s, { start: lyon, end: lyon + 4, source: { entity: 'nope' } }), /no entity with id "nope"/);
    // "No source" in the UI, or a blank text: the claim has no source (an empty one would not validate).
    assert.strictEqual(makeClaim(text, file, s, { start: lyon, end: lyon + 4, source: {} }).source, undefined);
    assert.strictEqual(makeClaim(text, file, s, { start: lyon, end: lyon + 4, source: { text: '  ' } }).source, undefined);
    assert.deepStrictEqual(makeClaim(text, file, s, { start: lyon, end: lyon + 4, source: { entity: e.id, text: '' } }).source, { entity: e.id });
  });

  it('reads settings, reporting wrong ones and keeping defaults', () => {
    const { config, problems } = configFrom((key) => ({ labels: ['PERSON', { name: 'VESSEL', color: '#f00' }], bundleGlobs: 'oops', delimiterPatterns: ['^## (?<name>.+)$', '(bad'], sidecarFolder: './annotations/' } as Record<string, unknown>)[key]);
    assert.deepStrictEqual(config.labels, ['PERSON', 'VESSEL']);
    assert.deepStrictEqual(config.bundleGlobs, ['**/bundle-*.txt', '**/*.seeds.txt']);
    assert.strictEqual(config.delimiters[0]!.form, 'custom 1');
    assert.strictEqual(config.sidecarFolder, 'annotations');
    assert.strictEqual(problems.length, 2);
    assert.strictEqual(sidecarPathFor('seeds/000_x.txt', config), 'annotations/seeds/000_x.annotations.yaml');
    assert.strictEqual(textPathFor('annotations/seeds/000_x.annotations.yaml', config), 'seeds/000_x.txt');
    assert.strictEqual(sidecarPathFor('seeds/000_x.txt', { sidecarFolder: undefined }), 'seeds/000_x.annotations.yaml');
  });
});
