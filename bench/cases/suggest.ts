// Suggestions: the libraries' load time, and throughput over generated news-like text (entities: the rules with
// compromise's lexicon, ranked; claims: the rules) on one 1 MB document and on a corpus of 1,000 short documents
// (one call each, as the CLI and the editor make them). The target is 1 MB/s. The full parsers
// (`deep`: compromise and wink-nlp over the text) are measured on a smaller text for comparison.
import { suggestClaims } from '../../src/core/suggest/claims/index';
import { suggestEntities } from '../../src/core/suggest/entities/index';
import { makeCorpus } from '../corpus';
import { figure, now, type Figure } from '../measure';

/** Best of `runs` timings of `fn` in milliseconds (the machine's other work only ever slows a run down). */
async function bestMs(fn: () => Promise<unknown> | unknown, runs: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = now();
    await fn();
    best = Math.min(best, now() - t);
  }
  return best;
}

export async function suggestFigures(): Promise<Figure[]> {
  const { text } = makeCorpus(4_242, 1_000_000, 0);
  const docs = Array.from({ length: 1_000 }, (_, i) => makeCorpus(10_000 + i, 1_500 + (i % 7) * 250, 0).text);
  const corpusChars = docs.reduce((n, d) => n + d.length, 0);
  const mb = text.length / 1e6;
  let t = now();
  await suggestEntities('Warm-up: Ana Lima of Acme Corp. said on Monday that prices rose 5%.');
  const load = now() - t;
  let entities = 0;
  const entityMs = await bestMs(async () => (entities = (await suggestEntities(text)).length), 3);
  let corpusEntities = 0;
  const corpusMs = await bestMs(async () => {
    corpusEntities = 0;
    for (const d of docs) corpusEntities += (await suggestEntities(d)).length;
  }, 2);
  const small = text.slice(0, text.indexOf('\n', 100_000) + 1);
  t = now();
  await suggestEntities('Warm-up: Ana Lima of Acme Corp. said on Monday that prices rose 5%.', undefined, { deep: true });
  const deepLoad = now() - t;
  const deepMs = await bestMs(() => suggestEntities(small, undefined, { deep: true }), 1);
  let claims = 0;
  const claimMs = await bestMs(() => (claims = suggestClaims(text).length), 3);
  const heap = process.memoryUsage().heapUsed / 1e6;
  return [
    figure({ name: 'suggest: load compromise and its lexicon (first suggestion)', value: load, unit: 'ms' }),
    figure({ name: `suggest: entities over one ${Math.round(text.length / 1000)} KB document`, value: mb / (entityMs / 1000), unit: 'MB/s', target: 1, better: 'higher', note: `${entities} suggestions in ${Math.round(entityMs)} ms (best of 3); heap after: ${Math.round(heap)} MB` }),
    figure({ name: `suggest: entities over 1,000 documents (${Math.round(corpusChars / 1000)} KB, one call each)`, value: corpusChars / 1e6 / (corpusMs / 1000), unit: 'MB/s', target: 1, better: 'higher', note: `${corpusEntities} suggestions in ${Math.round(corpusMs)} ms (best of 2)` }),
    figure({ name: `suggest: entities with the full parsers (deep) over ${Math.round(small.length / 1000)} KB`, value: small.length / 1e6 / (deepMs / 1000), unit: 'MB/s', note: `loading wink-nlp and its model: ${Math.round(deepLoad)} ms; ${Math.round(deepMs)} ms` }),
    figure({ name: 'suggest: claims over the 1 MB document', value: mb / (claimMs / 1000), unit: 'MB/s', target: 1, better: 'higher', note: `${claims} suggestions in ${Math.round(claimMs)} ms (best of 3)` }),
  ];
}
