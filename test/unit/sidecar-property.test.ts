import * as assert from 'assert';
import fc from 'fast-check';
import { CLAIM_STATUSES, compareSpans, DEFAULT_LABELS, SCHEMA_V1, type Claim, type Entity, type Rejected, type Sidecar } from '../../src/core/model';
import { fastReadSidecar } from '../../src/core/sidecar/fastRead';
import { readSidecar } from '../../src/core/sidecar/read';
import { patchSidecar, serializeSidecar } from '../../src/core/sidecar/write';

// Text that YAML finds hard: quotes, colons, #, line breaks, indicators, emoji, right-to-left text, BOMs,
// look-alikes of numbers and booleans. NUL is excluded (it is not text).
const tricky = fc.constantFrom('"', "'", ':', ': ', '#', ' #', '\n', '\r\n', '\r', '\t', ' ', '  ', '- ', '? ', '{', '}', '[', ']', ',', '&a', '*a', '!tag', '|', '>', '%', '@', '`', '\\', '\\n', '😀', '👩‍👩‍👧', 'مرحبا بالعالم', 'שלום', '\u200F', '\u2028', '\u2029', '\uFEFF', '\u0085', '\u0007', '\u007f', 'true', 'no', 'null', '~', '123', '-1.5e3', '0x1F', '.inf', '---', '...', 'é', '“quoted”', '’');
const text = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), tricky, fc.string({ maxLength: 8 })), { maxLength: 5 })
  .map((parts) => parts.join(''))
  .filter((s) => !s.includes('\0'));
const id = fc.stringMatching(/^[a-z0-9]{1,9}$/);
const extraValue = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), text, fc.array(text, { maxLength: 2 }));
const extra = fc.dictionary(fc.stringMatching(/^x_[a-z]{1,5}$/), extraValue, { minKeys: 1, maxKeys: 2, noNullPrototype: true });
const span = fc.tuple(fc.nat(100000), fc.nat(500)).map(([start, length]) => ({ start, end: start + length }));

const entityArb = (entityId: string): fc.Arbitrary<Entity> =>
  fc
    .record(
      { type: fc.constantFrom(...DEFAULT_LABELS), span, text, prefix: text, suffix: text, doc: id, link: text, note: text, orphan: fc.boolean(), extra },
      { requiredKeys: ['type', 'span', 'text'], noNullPrototype: true },
    )
    .map(({ span: s, ...rest }) => ({ id: entityId, ...s, ...rest }));

const claimArb = (claimId: string): fc.Arbitrary<Claim> =>
  fc
    .record(
      {
        span,
        text,
        status: fc.constantFrom(...CLAIM_STATUSES),
        source: fc.oneof(fc.record({ entity: id }, { noNullPrototype: true }), fc.record({ text }, { noNullPrototype: true }), fc.record({ entity: id, text }, { noNullPrototype: true })),
        cue: fc.tuple(span, text).map(([s, t]) => ({ ...s, text: t })),
        attribution: fc.constantFrom('direct' as const, 'indirect' as const),
        checkworthy: fc.boolean(),
        evidence: fc.array(fc.record({ url: text, note: text }, { requiredKeys: [], noNullPrototype: true }), { maxLength: 3 }),
        note: text,
        prefix: text,
        extra,
      },
      { requiredKeys: ['span', 'text', 'status'], noNullPrototype: true },
    )
    .map(({ span: s, ...rest }) => ({ id: claimId, ...s, ...rest }));

const rejectedArb: fc.Arbitrary<Rejected> = fc.record({ type: fc.constantFrom(...DEFAULT_LABELS), span, text }, { noNullPrototype: true }).map(({ span: s, ...rest }) => ({ ...s, ...rest }));

const sidecarArb: fc.Arbitrary<Sidecar> = fc
  .uniqueArray(id, { minLength: 0, maxLength: 10 })
  .chain((ids) => {
    const half = Math.floor(ids.length / 2);
    return fc.record(
      {
        document: text,
        textHash: fc.stringMatching(/^[0-9a-f]{64}$/).map((h) => `sha256-${h}`),
        entities: fc.tuple(...ids.slice(0, half).map(entityArb)),
        claims: fc.tuple(...ids.slice(half).map(claimArb)),
        rejected: fc.array(rejectedArb, { maxLength: 3 }),
      },
      { requiredKeys: ['entities', 'claims', 'rejected'], noNullPrototype: true },
    );
  })
  .map((s) => ({ schema: SCHEMA_V1, ...s }));

/** What a sidecar reads back as: lists in file order. */
function sorted(s: Sidecar): Sidecar {
  const byKey = (a: Rejected, b: Rejected) => compareSpans(a, b) || JSON.stringify([a.type, a.text]).localeCompare(JSON.stringify([b.type, b.text]));
  return { ...s, entities: [...s.entities].sort(compareSpans), claims: [...s.claims].sort(compareSpans), rejected: [...s.rejected].sort(byKey) };
}

function readBack(yamlText: string): Sidecar {
  const r = readSidecar(yamlText);
  assert.deepStrictEqual(r.problems, [], yamlText);
  return r.sidecar!;
}

describe('sidecar YAML: properties', () => {
  it('whatever the text, serialising then reading gives the same sidecar', () => {
    fc.assert(
      fc.property(sidecarArb, (s) => {
        assert.deepStrictEqual(readBack(serializeSidecar(s)), sorted(s));
      }),
      { numRuns: 400 },
    );
  });

  it('patching a file to another sidecar reads back as that sidecar, and back again gives the first bytes', () => {
    fc.assert(
      fc.property(sidecarArb, fc.array(fc.nat(5), { minLength: 20, maxLength: 20 }), entityArb('znew1'), (s, choices, fresh) => {
        const original = serializeSidecar(s);
        const read = readSidecar(original);
        // Derive the next version: keep, drop, or change each entity; change claim statuses; maybe add one.
        const entities = s.entities.flatMap((e, i): Entity[] => {
          const c = choices[i % choices.length]!;
          if (c === 0) return [];
          if (c === 1) return [{ ...e, type: e.type === 'ORG' ? 'GPE' : 'ORG' }];
          if (c === 2) return [{ ...e, text: `${e.text}x`, start: e.start + 7, end: e.end + 7 }];
          if (c === 3) {
            const { note: _n, ...rest } = e;
            return [{ ...rest, link: 'changed' }];
          }
          return [e];
        });
        if (choices[19]! > 2) entities.push(fresh);
        const claims = s.claims.map((c, i) => (choices[(i + 7) % 20]! > 3 ? { ...c, status: 'refuted' as const, evidence: [{ url: 'https://x.org/a:b', note: '#1' }] } : c));
        const next: Sidecar = { ...s, entities, claims };
        const patched = patchSidecar({ sidecar: read.sidecar!, layout: read.layout! }, next);
        assert.deepStrictEqual(readBack(patched), sorted(next));
        const reread = readSidecar(patched);
        assert.strictEqual(patchSidecar({ sidecar: reread.sidecar!, layout: reread.layout! }, sorted(next)), patched, 'saving unchanged data changes nothing');
      }),
      { numRuns: 300 },
    );
  });
});

/** A ReadResult as plain data (layouts hold Maps). */
function plainResult(r: ReturnType<typeof readSidecar> | undefined): unknown {
  if (!r) return r;
  const layout = r.layout && {
    ...r.layout,
    top: [...r.layout.top.entries()],
    lists: Object.fromEntries(Object.entries(r.layout.lists).map(([k, l]) => [k, { ...l, items: l!.items.map((i) => ({ ...i, keys: [...i.keys.entries()] })) }])),
  };
  return { ...r, layout };
}

// Hand edits a user might make to a sidecar: comments, blank lines, other quoting.
const handEdit = fc.oneof(
  fc.record({ kind: fc.constant('comment-line' as const), line: fc.nat(), text: fc.constantFrom('# note', '  # indented note', '#') }),
  fc.record({ kind: fc.constant('trailing-comment' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('blank-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('single-quotes' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('trailing-spaces' as const), line: fc.nat() }),
);

function applyHandEdit(text: string, edit: { kind: string; line: number; text?: string }): string {
  const lines = text.split('\n');
  const i = edit.line % lines.length;
  switch (edit.kind) {
    case 'comment-line':
      lines.splice(i, 0, edit.text!);
      break;
    case 'blank-line':
      lines.splice(i, 0, '');
      break;
    case 'trailing-comment':
      if (lines[i] !== '') lines[i] += '  # why';
      break;
    case 'trailing-spaces':
      lines[i] += '   ';
      break;
    case 'single-quotes':
      lines[i] = lines[i]!.replace(/: ([\p{L}][^'#]*)$/u, ": '$1'");
      break;
  }
  return lines.join('\n');
}

describe('sidecar YAML: the fast reader', () => {
  it('reads our own files exactly as the full reader does (and never declines them without unknown keys)', () => {
    fc.assert(
      fc.property(sidecarArb, (s) => {
        const text = serializeSidecar(s);
        const fast = fastReadSidecar(text);
        const hasExtra = [...s.entities, ...s.claims].some((a) => a.extra) || s.extra !== undefined;
        if (!hasExtra) assert.ok(fast, `declined:\n${text}`);
        if (fast) assert.deepStrictEqual(plainResult(fast), plainResult(readSidecar(text)));
      }),
      { numRuns: 400 },
    );
  });

  it('on hand-edited files it reads exactly what the full reader reads, or declines', () => {
    fc.assert(
      fc.property(sidecarArb, fc.array(handEdit, { minLength: 1, maxLength: 4 }), (s, edits) => {
        let text = serializeSidecar(s);
        for (const edit of edits) text = applyHandEdit(text, edit);
        const fast = fastReadSidecar(text);
        if (fast) assert.deepStrictEqual(plainResult(fast), plainResult(readSidecar(text)), text);
      }),
      { numRuns: 600 },
    );
  });
});
