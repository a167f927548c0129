// Properties of re-anchoring over the samples, for the inputs that used to go wrong: sidecars without context,
// bundles that print a story twice, emoji typed next to annotations.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { LiveAnnotations } from '../../src/core/anchoring/live';
import { reanchor, THRESHOLDS, type AnchorResult } from '../../src/core/anchoring/reanchor';
import { similarity } from '../../src/core/anchoring/similarity';
import { contextOf } from '../../src/core/context';
import { recognize } from '../../src/core/documents';
import type { Entity, Sidecar } from '../../src/core/model';
import { applyAll, intentArb, resolveIntent, type EditIntent } from './helpers/edits';
import { readOk } from './helpers/sidecars';

const root = path.resolve(__dirname, '../..');
const load = (name: string) => ({
  text: fs.readFileSync(path.join(root, `samples/${name}.txt`), 'utf8'),
  sidecar: readOk(fs.readFileSync(path.join(root, `samples/${name}.annotations.yaml`), 'utf8')).sidecar,
});
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function withoutContext(s: Sidecar): Sidecar {
  const strip = <T extends { prefix?: string; suffix?: string }>({ prefix: _p, suffix: _s, ...rest }: T) => rest as T;
  return { ...s, entities: s.entities.map(strip), claims: s.claims.map(strip) };
}

function edited(text: string, intents: readonly EditIntent[], live: LiveAnnotations): string {
  for (const intent of intents) {
    const change = resolveIntent(text, intent);
    live.apply([change]);
    text = applyAll(text, [change]);
  }
  return text;
}

/** Exact and moved results are the quote itself; fuzzy ones at least the floor; none holds half an emoji. */
function assertNeverWrongText(results: readonly AnchorResult[], text: string): void {
  for (const r of results) {
    if (!r.to) continue;
    assert.strictEqual(text.slice(r.to.start, r.to.end), r.to.text);
    if (r.status === 'exact' || r.status === 'moved') assert.strictEqual(r.to.text, r.from.text);
    if (r.status === 'fuzzy') assert.ok(similarity(r.to.text, r.from.text) >= THRESHOLDS.fuzzyQuote, JSON.stringify(r));
    assert.ok(!LONE_SURROGATE.test(r.to.text), JSON.stringify(r));
  }
}

describe('re-anchoring: properties of the inputs that used to go wrong', function () {
  this.timeout(120000);

  it('sidecars without context: never on other text, and mostly where live shifting puts them', () => {
    let total = 0;
    let agree = 0;
    for (const name of ['000_ada6b8799641a7d2', '001_dc080621945f1249']) {
      const sample = load(name);
      const bare = withoutContext(sample.sidecar);
      fc.assert(
        fc.property(fc.array(intentArb(sample.text.length), { minLength: 1, maxLength: 6 }), (intents) => {
          const live = new LiveAnnotations(bare);
          const text = edited(sample.text, intents, live);
          const truth = live.snapshot(text);
          const truthById = new Map([...truth.entities, ...truth.claims].map((a) => [a.id, a]));
          const { results, sidecar } = reanchor(bare, text);
          assertNeverWrongText(results, text);
          for (const r of results) {
            total++;
            const t = truthById.get(r.id)!;
            if (r.status === 'orphan' ? t.orphan === true : !t.orphan && t.start === r.to!.start && t.end === r.to!.end) agree++;
          }
          // Whatever was found gets its context, so that the next re-anchoring has it.
          for (const a of [...sidecar.entities, ...sidecar.claims]) if (!a.orphan) assert.ok(a.prefix !== undefined || a.start === 0, a.id);
        }),
        { numRuns: 200, seed: 11 + name.length },
      );
    }
    const rate = agree / total;
    console.log(`      without context, re-anchoring agreed with live shifting for ${agree} of ${total} annotations (${(rate * 100).toFixed(2)}%)`);
    assert.ok(rate >= 0.93, `only ${(rate * 100).toFixed(2)}%`);
  });

  it('a bundle printing one story twice: every annotation stays in its own document', () => {
    const sample = load('000_ada6b8799641a7d2');
    const headA = '==> a.txt <==\n';
    const headB = '==> b.txt <==\n';
    const text = `${headA}${sample.text}\n${headB}${sample.text}`;
    const file = recognize(text, { fileName: 'bundle.txt' });
    const entities: Entity[] = [];
    for (const [doc, offset] of [['a', headA.length], ['b', headA.length + sample.text.length + 1 + headB.length]] as const) {
      const body = file.documents.find((d) => d.id === doc)!;
      for (const e of sample.sidecar.entities) {
        const start = e.start + offset;
        entities.push({ ...e, id: `${e.id}${doc}`, start, end: start + e.text.length, ...contextOf(text, start, start + e.text.length, { start: body.bodyStart, end: body.bodyEnd }), doc });
      }
    }
    const bundle: Sidecar = { ...sample.sidecar, entities, claims: [] };
    fc.assert(
      fc.property(fc.array(intentArb(text.length), { minLength: 1, maxLength: 6 }), (intents) => {
        const now = edited(text, intents, new LiveAnnotations(bundle));
        const nowFile = recognize(now, { fileName: 'bundle.txt' });
        const { results, sidecar } = reanchor(bundle, now, nowFile);
        assertNeverWrongText(results, now);
        const byId = new Map(sidecar.entities.map((e) => [e.id, e]));
        for (const r of results) {
          const e = byId.get(r.id)!;
          assert.strictEqual(e.doc, r.id.slice(-1), `${r.id} keeps its document`);
          const body = nowFile.documents.find((d) => d.id === e.doc);
          if (r.to && body) assert.ok(r.to.start >= body.bodyStart && r.to.end <= body.bodyEnd, `${r.id} found outside "${e.doc}": ${JSON.stringify(r)}`);
        }
      }),
      { numRuns: 200, seed: 23 },
    );
  });

  it('emoji typed or pasted at and inside annotations: no half of a pair is ever kept', () => {
    const sample = load('001_dc080621945f1249');
    const edges = sample.sidecar.entities.flatMap((e) => [e.start, e.end]);
    const emojiEdit = fc.record({
      edge: fc.constantFrom(...edges),
      offset: fc.integer({ min: -2, max: 2 }),
      length: fc.integer({ min: 0, max: 2 }),
      emoji: fc.constantFrom('😀', '👍🏽', '🇲🇽', 'é😀'),
    });
    fc.assert(
      fc.property(fc.array(emojiEdit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = sample.text;
        // Applied last-first, each before the one applied before it: each edge is where the sample has it, and
        // no edit cuts an emoji that another put in (the text itself stays valid).
        let limit = text.length;
        for (const e of [...edits].sort((x, y) => y.edge - x.edge)) {
          const at = Math.max(0, Math.min(limit, e.edge + e.offset));
          text = text.slice(0, at) + e.emoji + text.slice(Math.min(limit, at + e.length));
          limit = at;
        }
        assert.ok(!LONE_SURROGATE.test(text), 'the edited text is valid');
        const { results, sidecar } = reanchor(sample.sidecar, text);
        assertNeverWrongText(results, text);
        for (const a of [...sidecar.entities, ...sidecar.claims]) {
          for (const s of [a.text, a.prefix ?? '', a.suffix ?? '']) assert.ok(!LONE_SURROGATE.test(s), `${a.id}: ${JSON.stringify(s)}`);
        }
      }),
      { numRuns: 300, seed: 31 },
    );
  });
});
