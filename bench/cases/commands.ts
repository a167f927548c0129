// Command latency on a session with many annotations, as the commands run it: annotate (make + apply in place),
// next annotation (binary search), set status (find by id + update), list (what the list shows of every annotation, placed).
import { makeEntity } from '../../src/core/annotate';
import { DEFAULT_CONFIG } from '../../src/core/config';
import type { Claim } from '../../src/core/model';
import type { FileStore } from '../../src/core/persist/fileStore';
import { AnnotationSession } from '../../src/core/session/session';
import { makeCorpus, rng } from '../corpus';
import { figure, now, quantile, type Figure } from '../measure';

/** A store that holds nothing: the text stays "unsaved", so no command waits on a write. */
const nowhere: FileStore = { read: async () => undefined, replace: async () => undefined, remove: async () => undefined, list: async () => [], stat: async () => undefined };

export function commandLatency(count: number, size: number, runs = 200): Figure[] {
  const { text, sidecar } = makeCorpus(count + 7, size, count);
  const session = new AnnotationSession(
    { uri: 'bench:/doc', fileName: 'bench.seeds.txt', text: () => text, isDirty: () => true, readDiskText: async () => text },
    { ...DEFAULT_CONFIG, labels: [...new Set(sidecar.entities.map((e) => e.type))] },
    { files: nowhere, sidecarPath: '/bench.annotations.yaml', resolveConflicts: async () => 'mine', changed: () => undefined, problems: () => undefined, notify: () => undefined, failed: () => undefined },
  );
  session.store.reset(sidecar);
  void session.store.file; // recognised once, as after opening
  const random = rng(9);
  const time = (fn: () => void) => {
    const t = now();
    fn();
    return now() - t;
  };
  const words = [...text.matchAll(/\b[A-Z][a-z]{3,}\b/g)].map((m) => m.index!).slice(0, 5000);
  const taken = new Set(sidecar.entities.map((e) => `${e.start}`));
  const free = words.filter((w) => !taken.has(`${w}`));
  const annotate: number[] = [];
  const next: number[] = [];
  const setStatus: number[] = [];
  const list: number[] = [];
  const claims = sidecar.claims;
  for (let i = 0; i < runs + 20; i++) {
    const at = free[i % free.length]!;
    const end = at + /^[A-Za-z]+/.exec(text.slice(at))![0].length;
    const a = time(() => {
      const e = makeEntity(text, session.store.file, session.store.ids, { start: at, end, type: 'PERSON' });
      session.perform({ label: 'Annotate', operations: [{ op: 'add', kind: 'entity', annotation: e }] });
    });
    const cursor = Math.floor(random() * text.length);
    const n = time(() => session.store.nextStart(cursor, 1));
    const target = claims[Math.floor(random() * claims.length)]!;
    const s = time(() => {
      const found = session.store.find(target.id)!;
      const { kind: _k, ...before } = found;
      session.perform({ label: 'Set Claim Status', operations: [{ op: 'update', kind: 'claim', before: before as Claim, after: { ...(before as Claim), status: (before as Claim).status === 'supported' ? 'refuted' : 'supported' } }] });
    });
    if (i >= 20) {
      annotate.push(a);
      next.push(n);
      setStatus.push(s);
    }
  }
  for (let i = 0; i < 12; i++) list.push(time(() => session.store.summaries()));
  const k = `${Math.round(count / 1000)}k`;
  return [
    figure({ name: `command, annotate entity, ${k} annotations (p99)`, value: quantile(annotate, 0.99), unit: 'ms', target: 16 }),
    figure({ name: `command, next annotation, ${k} annotations (p99)`, value: quantile(next, 0.99), unit: 'ms', target: 16 }),
    figure({ name: `command, set claim status, ${k} annotations (p99)`, value: quantile(setStatus, 0.99), unit: 'ms', target: 16 }),
    figure({ name: `command, list annotations, ${k} annotations (median)`, value: quantile(list.slice(2), 0.5), unit: 'ms', ...(count >= 100_000 ? { target: 100 } : {}) }),
  ];
}
