// The worker's side of suggesting: requests one at a time, a newer one for the same document replacing a waiting
// one, and the annotator's history received in parts (added, replaced, removed).
import * as assert from 'assert';
import { SuggestService, type SuggestRequest, type WorkerReply } from '../../src/core/suggest/service';

const TEXT = 'The Zorvex Collective met on Monday. Later the Zorvex Collective left.\n';
const request = (id: number, key = 'a'): SuggestRequest => ({ op: 'suggest', id, key, text: TEXT, ranges: [[0, TEXT.length]], context: { entities: [], claims: [], rejected: [] }, threshold: 0.5 });
const zorvex = { id: 'e1', type: 'ORG', start: 4, end: 21, text: 'Zorvex Collective' };

function service(): { service: SuggestService; replies: WorkerReply[]; next(): Promise<WorkerReply> } {
  const replies: WorkerReply[] = [];
  const waiting: Array<(r: WorkerReply) => void> = [];
  const s = new SuggestService((r) => (waiting.length > 0 ? waiting.shift()!(r) : replies.push(r)));
  return { service: s, replies, next: () => (replies.length > 0 ? Promise.resolve(replies.shift()!) : new Promise((r) => waiting.push(r))) };
}

describe('suggestion worker service', () => {
  it('suggests what the history annotated, until that sidecar is gone from it', async () => {
    const w = service();
    w.service.receive({ op: 'learn', files: [['file:///s.annotations.yaml', { entities: [zorvex], rejected: [] }]], corpus: { entities: [] } });
    w.service.receive(request(1));
    const first = await w.next();
    assert.ok('suggestions' in first);
    const learned = first.suggestions.filter((s) => s.text === 'Zorvex Collective' && s.type === 'ORG');
    assert.strictEqual(learned.length, 2, JSON.stringify(first.suggestions));
    w.service.receive({ op: 'learn', files: [['file:///s.annotations.yaml', null]] });
    w.service.receive(request(2));
    const second = await w.next();
    assert.ok('suggestions' in second);
    assert.ok(!second.suggestions.some((s) => s.engine === 'learned'), JSON.stringify(second.suggestions));
  });

  it('a newer request for a document replaces one still waiting (answered as superseded)', async () => {
    const w = service();
    w.service.receive(request(1, 'a'));
    w.service.receive(request(2, 'b'));
    w.service.receive(request(3, 'b'));
    const ids: Array<[number, string]> = [];
    for (let i = 0; i < 3; i++) {
      const r = await w.next();
      ids.push([r.id, 'superseded' in r ? 'superseded' : 'suggestions' in r ? 'suggestions' : 'error']);
    }
    assert.deepStrictEqual(ids.sort((x, y) => x[0] - y[0]), [[1, 'suggestions'], [2, 'superseded'], [3, 'suggestions']]);
  });
});
