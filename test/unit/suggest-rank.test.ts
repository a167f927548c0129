import * as assert from 'assert';
import { learnFrom, suggestLearned } from '../../src/core/suggest/learn';
import { rankEntities } from '../../src/core/suggest/rank';
import { suggestEntities } from '../../src/core/suggest/entities/index';
import { emptySidecar, type Entity, type Sidecar } from '../../src/core/model';
import type { EntitySuggestion } from '../../src/core/suggest/types';

const s = (start: number, end: number, type: string, engine: string, score = 0.7, text = 'x'.repeat(end - start)): EntitySuggestion => ({ start, end, text, type, score, engine });
const brief = (list: readonly EntitySuggestion[]) => list.map((x) => `${x.start}-${x.end} ${x.type}`);

describe('suggest: ranker', () => {
  it('merges one span: agreeing engines raise the score', () => {
    const [one] = rankEntities([s(0, 5, 'GPE', 'rules', 0.7), s(0, 5, 'GPE', 'compromise', 0.6)]);
    assert.strictEqual(one!.type, 'GPE');
    assert.ok(one!.score > 0.85, String(one!.score));
    assert.strictEqual(one!.engine, 'rules+compromise');
  });
  it('conflicting types: rules win ORG/LAW/EVENT over compromise, wink wins DATE/MONEY/PERCENT/QUANTITY', () => {
    assert.deepStrictEqual(brief(rankEntities([s(0, 5, 'PERSON', 'compromise', 0.9), s(0, 5, 'ORG', 'rules', 0.6)])), ['0-5 ORG']);
    assert.deepStrictEqual(brief(rankEntities([s(0, 8, 'PERSON', 'compromise', 0.9), s(2, 5, 'DATE', 'wink', 0.6)])), ['2-5 DATE']);
    // Without a trusted engine the higher score wins.
    assert.deepStrictEqual(brief(rankEntities([s(0, 5, 'PERSON', 'compromise', 0.9), s(0, 5, 'GPE', 'rules', 0.55)])), ['0-5 PERSON']);
  });
  it('overlaps: the longer, higher-scored suggestion wins; disjoint ones stay', () => {
    const got = rankEntities([s(0, 4, 'GPE', 'rules', 0.85), s(0, 30, 'ORG', 'compromise', 0.85), s(40, 45, 'GPE', 'rules', 0.8)]);
    assert.deepStrictEqual(brief(got), ['0-30 ORG', '40-45 GPE']);
  });
  it('the annotator’s label (learned) wins over every engine', () => {
    assert.deepStrictEqual(brief(rankEntities([s(0, 5, 'ORG', 'rules', 0.9), s(0, 5, 'GPE', 'learned', 0.7)])), ['0-5 GPE']);
  });
  it('threshold, existing annotations, rejected suggestions and boilerplate filter', () => {
    const all = [s(0, 5, 'GPE', 'rules', 0.9, 'Paris'), s(10, 15, 'ORG', 'rules', 0.4), s(20, 25, 'PERSON', 'rules', 0.9), s(30, 35, 'ORG', 'rules', 0.9), s(40, 45, 'GPE', 'rules', 0.9), s(50, 55, 'GPE', 'rules', 0.9)];
    const got = rankEntities(all, {
      threshold: 0.5,
      existing: [{ start: 20, end: 25, type: 'ORG' }, { start: 31, end: 38, type: 'ORG' }],
      rejected: [{ start: 0, end: 5, type: 'GPE', text: 'Paris' }, { start: 40, end: 45, type: 'ORG', text: 'xxxxx' }],
      boilerplate: [[52, 60]],
    });
    assert.deepStrictEqual(brief(got), ['40-45 GPE']);
  });
});

function sidecarOf(text: string, entities: Array<[string, string, string?]>, rejected: Array<[string, string]> = []): { text: string; sidecar: Sidecar } {
  const at = (t: string) => text.indexOf(t);
  const es: Entity[] = entities.map(([t, type, link], i) => ({ id: `e${i}`, start: at(t), end: at(t) + t.length, text: t, type, ...(link ? { link } : {}) }));
  return { text, sidecar: { ...emptySidecar(), entities: es, rejected: rejected.map(([t, type]) => ({ start: at(t), end: at(t) + t.length, text: t, type })) } };
}

describe('suggest: learning from the annotator', () => {
  const a = sidecarOf('The Latin Kings posted lookouts in Pilsen, officials said.', [['Latin Kings', 'ORG', 'latin-kings'], ['Pilsen', 'GPE']]);
  const b = sidecarOf('Pilsen residents feared the Latin Kings, and Acme rejected it.', [['Pilsen', 'LOC'], ['Latin Kings', 'ORG']], [['Acme', 'PERSON']]);
  const c = sidecarOf('In Pilsen, the Latin Kings again. Pilsener beer and latin kings were not.', [['Pilsen', 'GPE']]);
  const third = 'Police in Pilsen said the Latin Kings and Acme met. Pilsener and latin kings are other words.';

  it('two documents teach a third: whole words, case-sensitive, majority label, link', () => {
    const model = learnFrom([a, b, c]);
    const got = suggestLearned(model, third);
    assert.deepStrictEqual(got.map((x) => `${x.type} ${x.text} ${x.link ?? ''}`.trim()), ['GPE Pilsen', 'ORG Latin Kings latin-kings']);
    for (const x of got) assert.strictEqual(third.slice(x.start, x.end), x.text);
    assert.strictEqual(got[0]!.engine, 'learned');
  });
  it('corpus names and aliases are suggested with their link; the annotator’s label wins over the corpus', () => {
    const model = learnFrom([a], { entities: [{ id: 'acme', name: 'Acme Corp.', type: 'ORG', aliases: ['Acme'] }, { id: 'pilsen', name: 'Pilsen', type: 'LOC' }] });
    const got = suggestLearned(model, third);
    assert.deepStrictEqual(got.map((x) => `${x.type} ${x.text} ${x.link ?? ''}`.trim()), ['GPE Pilsen', 'ORG Latin Kings latin-kings', 'ORG Acme acme']);
  });
  it('rejected suggestions never come back: learned ones, and the document’s own in the combined engine', async () => {
    const model = learnFrom([a, b], { entities: [{ id: 'acme', name: 'Acme', type: 'PERSON' }] });
    assert.ok(!suggestLearned(model, third).some((x) => x.text === 'Acme'));
    const text = 'Officials in Chicago met Acme. Chicago agreed.';
    const first = text.indexOf('Chicago');
    const got = await suggestEntities(text, undefined, { learned: model, rejected: [{ start: first, end: first + 7, type: 'GPE', text: 'Chicago' }] });
    assert.ok(!got.some((x) => x.start === first && x.type === 'GPE'), JSON.stringify(got));
    assert.ok(got.some((x) => x.text === 'Chicago' && x.start > first));
    assert.ok(!got.some((x) => x.text === 'Acme' && x.type === 'PERSON'));
  });
  it('ranges are respected', () => {
    const model = learnFrom([a]);
    const got = suggestLearned(model, third, [[0, 20]]);
    assert.deepStrictEqual(got.map((x) => x.text), ['Pilsen']);
  });
  it('in the combined engine the learned label wins over the libraries', async () => {
    const model = learnFrom([sidecarOf('Georgia spoke.', [['Georgia', 'PERSON']])]);
    const got = await suggestEntities('Later, Georgia visited Texas.', undefined, { learned: model });
    assert.ok(got.some((x) => x.text === 'Georgia' && x.type === 'PERSON' && x.engine.includes('learned')), JSON.stringify(got));
  });
});
