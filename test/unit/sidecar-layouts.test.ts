// Fixed files in layouts other tools and people write: PyYAML's dump of a sample, a hand-edited file, dashes on
// their own lines and block scalars. Saving changes only what changed, and the result reads back exactly.
import * as assert from 'assert';
import type { Claim, Entity, Sidecar } from '../../src/core/model';
import { fastReadSidecar } from '../../src/core/sidecar/fastRead';
import { loadSidecar } from '../../src/core/sidecar/load';
import { readSidecar } from '../../src/core/sidecar/read';
import { patchChecked, readSound, yamlErrors } from './helpers/layoutCheck';
import { HAND_EDITED, HAND_EDITED_BLOCKS, PYYAML_SAMPLE_000 } from './helpers/layoutFixtures';

/** Every offset moved by `by`, as re-anchoring does after text is inserted before all spans. */
function shifted(s: Sidecar, by: number): Sidecar {
  const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  return { ...s, entities: s.entities.map(move), claims: s.claims.map((c) => ({ ...move(c), ...(c.cue ? { cue: move(c.cue) } : {}) })), rejected: s.rejected.map(move) };
}

function withClaim(s: Sidecar, id: string, change: (c: Claim) => Claim): Sidecar {
  return { ...s, claims: s.claims.map((c) => (c.id === id ? change(c) : c)) };
}

function withEntity(s: Sidecar, id: string, change: (e: Entity) => Entity): Sidecar {
  return { ...s, entities: s.entities.map((e) => (e.id === id ? change(e) : e)) };
}

/** The lines of `before` that are in `after` unchanged, as a count (a patch should keep nearly all). */
function keptLines(before: string, after: string): number {
  const have = new Set(after.split('\n'));
  return before.split('\n').filter((line) => have.has(line)).length;
}

describe('sidecar layouts: PyYAML safe_dump of sample 000', () => {
  it('is read as the sample reads (the fixture is the same data)', () => {
    const { sidecar } = readSound(PYYAML_SAMPLE_000);
    assert.strictEqual(sidecar.entities.length, 17);
    assert.strictEqual(sidecar.claims.length, 4);
  });

  it('re-anchoring every offset (cues are indented mappings) writes a file that parses and reads back', () => {
    const previous = readSound(PYYAML_SAMPLE_000);
    const out = patchChecked(previous, shifted(previous.sidecar, 5));
    assert.deepStrictEqual(yamlErrors(out), []);
    // Only offset lines change: cue offsets in place, under their keys.
    assert.match(out, /\n {2}cue:\n {4}end: 174\n {4}start: 162\n {4}text: according to\n/);
    for (const line of PYYAML_SAMPLE_000.split('\n')) if (!/^ *(- )?(start|end): \d+$/.test(line)) assert.ok(out.includes(line), `lost line ${line}`);
  });

  it('patches an indented cue in place and rewrites a folded text as a one-line value, the next key on its own line', () => {
    const previous = readSound(PYYAML_SAMPLE_000);
    const next = withClaim(previous.sidecar, 'cy7t26o', (c) => ({ ...c, cue: { start: 150, end: 169, text: 'report, according to' }, text: 'a shorter claim' }));
    const out = patchChecked(previous, next);
    assert.match(out, /\n {2}cue:\n {4}end: 169\n {4}start: 150\n {4}text: report, according to\n {2}end: 155\n/);
    assert.match(out, /\n {2}text: a shorter claim\n- attribution: direct\n/);
  });

  it('rewrites an indented cue whose keys change as one flow mapping, the next key on its own line', () => {
    const previous = readSound(PYYAML_SAMPLE_000);
    const next = withClaim(previous.sidecar, 'c7suxhx', (c) => ({ ...c, cue: { start: 632, end: 636, text: 'said', extra: { checked: true } } }));
    const out = patchChecked(previous, next);
    assert.match(out, /\n {2}cue: \{start: 632, end: 636, text: said, checked: true\}\n {2}end: 621\n/);
  });

  it('re-orders items whose dash stands at the list key’s indent without merging them', () => {
    const previous = readSound(PYYAML_SAMPLE_000);
    const first = previous.sidecar.entities[0]!;
    patchChecked(previous, withEntity(previous.sidecar, first.id, (e) => ({ ...e, start: 5000, end: 5007 })));
  });

  it('removes the key beside a dash (attribution, first in sorted order) keeping the item whole', () => {
    const previous = readSound(PYYAML_SAMPLE_000);
    const next = withClaim(previous.sidecar, 'c7suxhx', ({ attribution: _gone, ...c }) => c);
    const out = patchChecked(previous, next);
    assert.match(out, /\n- checkworthy: true\n {2}cue:\n {4}end: 636\n/);
  });
});

describe('sidecar layouts: a hand-edited file', () => {
  it('the fast reader reads it (plain values, comments everywhere), exactly as the full reader', () => {
    const fast = fastReadSidecar(HAND_EDITED);
    assert.ok(fast, 'the fast reader declined');
    const full = readSidecar(HAND_EDITED);
    assert.deepStrictEqual(full.problems, []);
    assert.deepStrictEqual(fast.sidecar, full.sidecar);
    assert.strictEqual(fast.sidecar!.document, '100_0123456789abcdef.txt');
    assert.deepStrictEqual(loadSidecar(HAND_EDITED).sidecar, full.sidecar);
  });

  it('a changed flow item keeps the comment after it', () => {
    const previous = readSound(HAND_EDITED);
    const out = patchChecked(previous, withEntity(previous.sidecar, 'e2', (e) => ({ ...e, end: 37, text: 'Tijuana,' })));
    assert.match(out, /\n {2}- \{id: e2, type: GPE, start: 30, end: 37, text: "Tijuana,"\} {2}# checked\n/);
    assert.strictEqual(keptLines(HAND_EDITED, out), HAND_EDITED.split('\n').length - 1);
  });

  it('moving items past each other keeps every comment, and each comment with its item', () => {
    const previous = readSound(HAND_EDITED);
    const next = withEntity(previous.sidecar, 'e1', (e) => ({ ...e, start: 70, end: 79 }));
    const out = patchChecked(previous, next);
    for (const comment of HAND_EDITED.match(/#.*$/gm)!) assert.ok(out.includes(comment), `lost ${comment}`);
    assert.match(out, /# a second look needed\n {2}- id: e3[^]*\n {2}- id: e1\n/);
  });
});

describe('sidecar layouts: dashes on their own lines, anchors, block scalars', () => {
  it('re-ordering keeps each item’s keys under its own dash', () => {
    const previous = readSound(HAND_EDITED_BLOCKS);
    const out = patchChecked(previous, withEntity(previous.sidecar, 'e1', (e) => ({ ...e, start: 80, end: 89 })));
    assert.match(out, /\n {2}- # the second one\n {4}id: e2\n/);
    assert.match(out, /\n {2}- &third\n {4}id: e3\n/);
  });

  it('changed block scalars and an indented cue are rewritten as one-line values, their neighbours untouched', () => {
    const previous = readSound(HAND_EDITED_BLOCKS);
    let next = withEntity(previous.sidecar, 'e2', (e) => ({ ...e, text: 'Tijuana, BC' }));
    next = withEntity(next, 'e3', (e) => ({ ...e, text: 'Border Patrol agents' }));
    next = withClaim(next, 'c1', (c) => ({ ...c, text: 'the crossing was shut', cue: { start: 91, end: 95, text: 'aid' } }));
    const out = patchChecked(previous, next);
    assert.match(out, /\n {4}text: Tijuana, BC\n {2}- &third\n/);
    assert.match(out, /\n {4}text: Border Patrol agents\nclaims:\n/);
    assert.match(out, /\n {4}cue:\n {6}end: 95\n {6}start: 91\n {6}text: aid\n {4}end: 140\n/);
    assert.match(out, /\n {4}text: the crossing was shut\nrejected: \[\]\n$/);
  });

  it('works the same with CRLF line endings', () => {
    const crlf = HAND_EDITED_BLOCKS.replace(/\n/g, '\r\n');
    const previous = readSound(crlf);
    const next = withClaim(withEntity(previous.sidecar, 'e1', (e) => ({ ...e, start: 80, end: 89, text: 'Ana' })), 'c1', (c) => ({ ...c, cue: { start: 1, end: 2, text: 'x' } }));
    const out = patchChecked(previous, next);
    assert.ok(!/[^\r]\n/.test(out), 'a bare line feed in a CRLF file');
  });
});

describe('sidecar layouts: aliases', () => {
  it('an anchor alone is fine, an alias is refused by both readers (nothing is saved over it)', () => {
    const aliased = HAND_EDITED_BLOCKS.replace('rejected: []', 'rejected:\n  - *third');
    assert.strictEqual(fastReadSidecar(aliased), undefined);
    const read = loadSidecar(aliased);
    assert.strictEqual(read.sidecar, undefined);
    assert.match(read.problems[0]!.message, /aliases such as \*third are not allowed/);
  });
});
