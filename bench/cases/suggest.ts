// Suggestions: the libraries' load time, and throughput over a generated news-like text (entities: compromise,
// wink-nlp and the rules, ranked; claims: the rules). The target is 1 MB/s; a 200 KB text keeps the bench
// short (the throughput is per byte either way).
import { suggestClaims } from '../../src/core/suggest/claims/index';
import { suggestEntities } from '../../src/core/suggest/entities/index';
import { makeCorpus } from '../corpus';
import { figure, now, type Figure } from '../measure';

export async function suggestFigures(): Promise<Figure[]> {
  const { text } = makeCorpus(4_242, 200_000, 0);
  const mb = text.length / 1e6;
  let t = now();
  await suggestEntities('Warm-up: Ana Lima of Acme Corp. said on Monday that prices rose 5%.');
  const load = now() - t;
  t = now();
  const entities = await suggestEntities(text);
  const entityMs = now() - t;
  t = now();
  const claims = suggestClaims(text);
  const claimMs = now() - t;
  const heap = process.memoryUsage().heapUsed / 1e6;
  return [
    figure({ name: 'suggest: load compromise and wink-nlp with its model (first suggestion)', value: load, unit: 'ms' }),
    figure({ name: `suggest: entities over ${Math.round(text.length / 1000)} KB of news-like text`, value: mb / (entityMs / 1000), unit: 'MB/s', target: 1, better: 'higher', note: `${entities.length} suggestions in ${Math.round(entityMs)} ms; heap after: ${Math.round(heap)} MB` }),
    figure({ name: `suggest: claims over the same text`, value: mb / (claimMs / 1000), unit: 'MB/s', target: 1, better: 'higher', note: `${claims.length} suggestions in ${Math.round(claimMs)} ms` }),
  ];
}
