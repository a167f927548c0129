// Re-anchoring when the stored context is missing (a hand-written or imported sidecar), of entries without
// context (rejected suggestions), and of a span whose context survives on one side only.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { reanchor } from '../../src/core/anchoring/reanchor';
import { contextOf } from '../../src/core/context';
import type { Entity, Sidecar } from '../../src/core/model';
import { checkSidecar } from '../../src/core/sidecar/check';
import { loadSidecar } from '../../src/core/sidecar/load';
import { serializeSidecar } from '../../src/core/sidecar/write';
import { readOk, sidecar as makeSidecar } from './helpers/sidecars';

const root = path.resolve(__dirname, '../..');
const text001 = fs.readFileSync(path.join(root, 'samples/001_dc080621945f1249.txt'), 'utf8');
const sample001 = readOk(fs.readFileSync(path.join(root, 'samples/001_dc080621945f1249.annotations.yaml'), 'utf8')).sidecar;

/** The sidecar as a hand-written one would be: no prefix, no suffix. */
function withoutContext(s: Sidecar): Sidecar {
  const strip = <T extends { prefix?: string; suffix?: string }>({ prefix: _p, suffix: _s, ...rest }: T) => rest as T;
  return { ...s, entities: s.entities.map(strip), claims: s.claims.map(strip) };
}

function entityAt(text: string, id: string, name: string, from = 0): Entity {
  const start = text.indexOf(name, from);
  assert.ok(start >= 0, name);
  return { id, type: 'PERSON', start, end: start + name.length, text: name, ...contextOf(text, start, start + name.length) };
}

describe('re-anchoring: missing context is unknown, not "at the edge"', () => {
  const bare = withoutContext(sample001);

  it('unchanged text: every annotation without context is exact, and gets its context', () => {
    const { results, sidecar } = reanchor(bare, text001);
    assert.deepStrictEqual(results.filter((r) => r.status !== 'exact').map((r) => `${r.id} ${r.status}`), []);
    // Re-anchoring fills in the context, so that `anchor --write` stores it.
    const byId = new Map([...sample001.entities, ...sample001.claims].map((a) => [a.id, a]));
    for (const a of [...sidecar.entities, ...sidecar.claims]) {
      assert.strictEqual(a.prefix, byId.get(a.id)!.prefix, `prefix of ${a.id}`);
      assert.strictEqual(a.suffix, byId.get(a.id)!.suffix, `suffix of ${a.id}`);
    }
  });

  it('a sentence inserted at the top: each annotation is the unique copy near where its neighbours moved', () => {
    const inserted = 'Updated at 10 a.m. with a statement from DHS.\n';
    const { results } = reanchor(bare, inserted + text001);
    const wrong = results.filter((r) => r.status !== 'moved' || r.to!.start !== r.from.start + inserted.length);
    assert.deepStrictEqual(wrong.map((r) => `${r.id} ${r.status}`), []);
  });

  it('a copy far away, with no context to confirm it, is not taken', () => {
    const leal = bare.entities.find((e) => e.text === 'Nicholas Dale Leal')!;
    assert.strictEqual(text001.split('Nicholas Dale Leal').length, 2, 'the name occurs once');
    const edited = text001.slice(0, leal.start) + text001.slice(leal.end) + '\nNicholas Dale Leal\n';
    assert.strictEqual(reanchor(bare, edited).results.find((r) => r.id === leal.id)!.status, 'orphan');
  });

  it('an empty prefix still means "at the edge of the document"', () => {
    const text = 'Mexican cartel leaders have allegedly put out a hit.';
    const edge: Entity = { id: 'e1', type: 'NORP', start: 0, end: 7, text: 'Mexican', prefix: '', suffix: ' cartel leaders have allegedly p' };
    const s = makeSidecar({ entities: [edge] });
    assert.strictEqual(reanchor(s, text).results[0]!.status, 'exact');
    assert.strictEqual(reanchor(s, text).sidecar.entities[0]!.prefix, '', 'kept as the edge');
  });

  it('validate warns about annotations without context (not at the edge), once per list', () => {
    const yaml = serializeSidecar(bare);
    const read = loadSidecar(yaml);
    const problems = checkSidecar(read, { text: text001 });
    const warnings = problems.filter((p) => /context/.test(p.message));
    assert.strictEqual(warnings.length, 2, JSON.stringify(problems));
    assert.ok(warnings.every((p) => p.severity === 'warning'));
    assert.match(warnings[0]!.message, /anchor --write/);
    // With its context, the sample has no such warning (its first annotations stand at the edge).
    assert.deepStrictEqual(checkSidecar(loadSidecar(serializeSidecar(sample001)), { text: text001 }), []);
  });
});

describe('re-anchoring: rejected suggestions follow the text', () => {
  const leal = text001.indexOf('Nicholas Dale Leal');
  const s: Sidecar = { ...sample001, rejected: [{ type: 'PERSON', start: leal, end: leal + 18, text: 'Nicholas Dale Leal' }] };

  it('moved with the text, reported beside the annotations', () => {
    const inserted = 'Updated at 10 a.m.\n';
    const outcome = reanchor(s, inserted + text001);
    assert.deepStrictEqual(outcome.sidecar.rejected, [{ type: 'PERSON', start: leal + inserted.length, end: leal + inserted.length + 18, text: 'Nicholas Dale Leal' }]);
    assert.deepStrictEqual(
      outcome.rejected.map((r) => [r.kind, r.status, r.to?.start]),
      [['rejected', 'moved', leal + inserted.length]],
    );
  });

  it('dropped when its text is gone, and reported as such', () => {
    const edited = text001.slice(0, leal) + 'A staff writer' + text001.slice(leal + 18);
    const outcome = reanchor(s, edited);
    assert.deepStrictEqual(outcome.sidecar.rejected, []);
    assert.deepStrictEqual(
      outcome.rejected.map((r) => [r.kind, r.status, r.from.text]),
      [['rejected', 'orphan', 'Nicholas Dale Leal']],
    );
  });
});

describe('re-anchoring: a span whose context survives on one side', () => {
  const paragraphs = [
    'The council met on Tuesday to discuss the budget for next year and the new bus routes.',
    'Residents complained about the noise from the building site near the river, again.',
    'Federal Emergency Management Agency officials arrived on Wednesday with water and tents.',
    'The mayor said the city would ask the state for more money before the winter storms.',
    'Schools stayed closed for a second day while crews cleared fallen trees from the roads.',
  ];
  const name = 'Federal Emergency Management Agency';
  const text = paragraphs.join('\n') + '\n';
  const s = makeSidecar({ entities: [entityAt(text, 'e1', 'The council'), entityAt(text, 'e2', name), entityAt(text, 'e3', 'Wednesday'), entityAt(text, 'e4', 'The mayor')] });

  it('an entity that opens a moved paragraph moves with it (unique exact copy, suffix intact)', () => {
    const moved = [paragraphs[0], paragraphs[1], paragraphs[3], paragraphs[4], paragraphs[2]].join('\n') + '\n';
    const { results } = reanchor(s, moved);
    const byId = new Map(results.map((r) => [r.id, r]));
    assert.strictEqual(byId.get('e3')!.to?.start, moved.indexOf('Wednesday'), 'the rest of the paragraph moves');
    assert.deepStrictEqual([byId.get('e2')!.status, byId.get('e2')!.to?.start], ['moved', moved.indexOf(name)]);
  });

  it('not when the name occurs twice: a second mention with one side alike is not evidence enough', () => {
    const moved = [paragraphs[0], paragraphs[1], paragraphs[3], `${name} officials said so.`, paragraphs[4], paragraphs[2]].join('\n') + '\n';
    const r = reanchor(s, moved).results.find((x) => x.id === 'e2')!;
    assert.ok(r.status === 'orphan' || r.to!.start === moved.lastIndexOf(name), JSON.stringify(r));
  });
});
