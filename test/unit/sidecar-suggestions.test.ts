// The `suggestions` list of a sidecar: read in every layout by both readers, validated, written in place (comments
// kept, identity = kind + place + type + text), and absent from old sidecars, which save back byte for byte.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as jsYaml from 'js-yaml';
import type { Sidecar, SuggestionItem } from '../../src/core/model';
import { checkSidecar } from '../../src/core/sidecar/check';
import { fastReadSidecar } from '../../src/core/sidecar/fastRead';
import { loadSidecar } from '../../src/core/sidecar/load';
import { readSidecar, type ReadResult } from '../../src/core/sidecar/read';
import { patchSidecar, serializeSidecar } from '../../src/core/sidecar/write';

const TEXT = 'Maria Lopez said the border would close on Monday, according to Acme Corp.\n';

const PERSON: SuggestionItem = { kind: 'entity', type: 'PERSON', start: 0, end: 11, text: 'Maria Lopez', score: 0.91, engine: 'compromise' };
const CLAIM: SuggestionItem = {
  kind: 'claim',
  start: 17,
  end: 49,
  text: 'the border would close on Monday',
  score: 0.75,
  engine: 'claims-rules',
  source: { start: 0, end: 11, text: 'Maria Lopez' },
  cue: { start: 12, end: 16, text: 'said' },
};
const ORG: SuggestionItem = { kind: 'entity', type: 'ORG', start: 64, end: 73, text: 'Acme Corp', score: 0.6, engine: 'rules', link: 'acme' };
const ALL = [PERSON, CLAIM, ORG];

const HEAD = 'schema: seed-annotator/v1\nentities: []\nclaims: []\nrejected: []\n';

/** The layout this extension writes: one flow mapping a line. */
const FLOW = `${HEAD}suggestions:
  - {kind: entity, type: PERSON, start: 0, end: 11, text: Maria Lopez, score: 0.91, engine: compromise}
  - {kind: claim, start: 17, end: 49, text: the border would close on Monday, score: 0.75, engine: claims-rules, source: {start: 0, end: 11, text: Maria Lopez}, cue: {start: 12, end: 16, text: said}}
  - {kind: entity, type: ORG, start: 64, end: 73, text: Acme Corp, score: 0.6, engine: rules, link: acme}
`;

/** Block mappings, comments everywhere, quoted values, CLAIM as a claim's type. */
const BLOCK = `# suggestions of the night run
${HEAD}suggestions:   # from seed-annotator suggest --write
  # the speaker
  - kind: entity
    type: PERSON     # checked
    start: 0
    end: 11
    text: "Maria Lopez"
    score: 0.91
    engine: compromise
  - kind: claim
    start: 17
    end: 49
    text: 'the border would close on Monday'
    score: 0.75
    engine: claims-rules
    source: {start: 0, end: 11, text: Maria Lopez}
    cue: {start: 12, end: 16, text: said}
  - kind: entity
    type: ORG
    start: 64
    end: 73
    text: Acme Corp
    score: 0.6
    engine: rules
    link: acme
# the end
`;

/** What PyYAML's `yaml.safe_dump` writes (keys sorted, nested mappings indented, dashes at the key's indent). */
const PYYAML = `claims: []
entities: []
rejected: []
schema: seed-annotator/v1
suggestions:
- end: 11
  engine: compromise
  kind: entity
  score: 0.91
  start: 0
  text: Maria Lopez
  type: PERSON
- cue:
    end: 16
    start: 12
    text: said
  end: 49
  engine: claims-rules
  kind: claim
  score: 0.75
  source:
    end: 11
    start: 0
    text: Maria Lopez
  start: 17
  text: the border would close on Monday
- end: 73
  engine: rules
  kind: entity
  link: acme
  score: 0.6
  start: 64
  text: Acme Corp
  type: ORG
`;

/** A whole flow document, as `yaml.safe_dump(default_flow_style=True)` or a JSON writer puts it. */
const ALL_FLOW = `{schema: seed-annotator/v1, entities: [], claims: [], rejected: [], suggestions: [
  {kind: entity, type: PERSON, start: 0, end: 11, text: Maria Lopez, score: 0.91, engine: compromise},
  {kind: claim, type: CLAIM, start: 17, end: 49, text: the border would close on Monday, score: 0.75, engine: claims-rules,
   source: {start: 0, end: 11, text: Maria Lopez}, cue: {start: 12, end: 16, text: said}},
  {kind: entity, type: ORG, start: 64, end: 73, text: Acme Corp, score: 0.6, engine: rules, link: acme}]}
`;

const OLD = `schema: seed-annotator/v1
# hand notes
entities:
  - id: e1
    type: PERSON
    start: 0
    end: 11
    text: Maria Lopez   # the minister
claims: []
rejected:
  - {type: DATE, start: 43, end: 49, text: Monday}
`;

function sound(text: string): ReadResult & { sidecar: Sidecar } {
  const r = loadSidecar(text);
  assert.deepStrictEqual(r.problems, [], text);
  return r as ReadResult & { sidecar: Sidecar };
}

/** Both readers read `text` as `expected` (the fast one may hand the file over: then it gives undefined). */
function readsAs(text: string, expected: readonly SuggestionItem[], fastToo: boolean): void {
  const full = readSidecar(text);
  assert.deepStrictEqual(full.problems, []);
  assert.deepStrictEqual(full.sidecar!.suggestions, expected);
  const fast = fastReadSidecar(text);
  if (fastToo) assert.ok(fast, 'the fast reader handed the file over');
  if (fast) assert.deepStrictEqual(fast.sidecar, full.sidecar);
}

/** Patches and checks: both YAML libraries parse the output, both readers read `next`, saving again changes nothing. */
function patched(previous: ReadResult, next: Sidecar): string {
  const out = patchSidecar({ sidecar: previous.sidecar!, layout: previous.layout! }, next);
  assert.doesNotThrow(() => jsYaml.load(out), out);
  const read = readSidecar(out);
  assert.deepStrictEqual(read.problems, [], out);
  const sort = (list: readonly SuggestionItem[] | undefined) => list && [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  assert.deepStrictEqual(read.sidecar!.suggestions, sort(next.suggestions), out);
  const fast = fastReadSidecar(out);
  if (fast) assert.deepStrictEqual(fast.sidecar, read.sidecar);
  assert.strictEqual(patchSidecar({ sidecar: read.sidecar!, layout: read.layout! }, read.sidecar!), out);
  return out;
}

describe('sidecar suggestions: reading', () => {
  it('reads the flow layout this extension writes, with both readers', () => readsAs(FLOW, ALL, true));
  it('reads block items with comments and quoted values, with both readers', () => readsAs(BLOCK, ALL, true));
  it("reads PyYAML's dump (sorted keys, indented source and cue)", () => readsAs(PYYAML, ALL, true));
  it('reads a whole-flow document; a claim may say type: CLAIM', () => readsAs(ALL_FLOW, [PERSON, { ...CLAIM, type: 'CLAIM' }, ORG], false));

  it('keeps unknown keys of an item and of its spans', () => {
    const text = `${HEAD}suggestions:\n  - {kind: claim, start: 17, end: 49, text: x, score: 1, engine: e, attribution: indirect, cue: {start: 12, end: 16, text: said, lemma: say}}\n`;
    readsAs(text, [{ kind: 'claim', start: 17, end: 49, text: 'x', score: 1, engine: 'e', cue: { start: 12, end: 16, text: 'said', extra: { lemma: 'say' } }, extra: { attribution: 'indirect' } }], true);
  });

  it('an old sidecar has no suggestions; `suggestions: []` and `suggestions:` are empty lists', () => {
    for (const [text, want] of [[OLD, undefined], [`${HEAD}suggestions: []\n`, []], [`${HEAD}suggestions:\n`, []]] as const) {
      assert.deepStrictEqual(readSidecar(text).sidecar!.suggestions, want);
      const fast = fastReadSidecar(text);
      if (fast) assert.deepStrictEqual(fast.sidecar, readSidecar(text).sidecar);
      assert.ok(!('suggestions' in readSidecar(OLD).sidecar!));
    }
  });

  const bad: Array<[string, string, RegExp]> = [
    ['{kind: event, start: 0, end: 1, text: M, score: 0.5, engine: e}', 'suggestions[0].kind', /expected one of entity, claim/],
    ['{kind: entity, start: 0, end: 1, text: M, score: 0.5, engine: e}', 'suggestions[0].type', /missing/],
    ['{kind: entity, type: HERO, start: 0, end: 1, text: M, score: 0.5, engine: e}', 'suggestions[0].type', /unknown label "HERO"/],
    ['{kind: claim, type: ORG, start: 0, end: 1, text: M, score: 0.5, engine: e}', 'suggestions[0].type', /no type, or CLAIM/],
    ['{kind: entity, type: ORG, start: 0, end: 1, text: M, score: 1.5, engine: e}', 'suggestions[0].score', /a number from 0 to 1/],
    ['{kind: entity, type: ORG, start: 0, end: 1, text: M, score: high, engine: e}', 'suggestions[0].score', /a number from 0 to 1/],
    ['{kind: entity, type: ORG, start: 0, end: 1, text: M, score: 0.5}', 'suggestions[0].engine', /missing/],
    ['{kind: entity, type: ORG, start: 5, end: 1, text: M, score: 0.5, engine: e}', 'suggestions[0].end', /≥ start/],
    ['{kind: claim, start: 0, end: 1, text: M, score: 0.5, engine: e, cue: {start: 3, text: said}}', 'suggestions[0].cue.end', /missing/],
    ['{kind: claim, start: 0, end: 1, text: M, score: 0.5, engine: e, source: Maria}', 'suggestions[0].source', /expected a mapping/],
  ];
  for (const [item, where, message] of bad) {
    it(`reports ${where} ${message.source} (the fast reader hands the file over)`, () => {
      const text = `${HEAD}suggestions:\n  - ${item}\n`;
      const r = readSidecar(text);
      assert.ok(r.problems.some((p) => p.severity === 'error' && p.path === where && message.test(p.message)), JSON.stringify(r.problems));
      assert.strictEqual(fastReadSidecar(text), undefined);
      assert.deepStrictEqual(loadSidecar(text).problems, r.problems);
    });
  }

  it('a list that is not a list is an error', () => {
    assert.ok(readSidecar(`${HEAD}suggestions: many\n`).problems.some((p) => p.path === 'suggestions' && p.severity === 'error'));
  });
});

describe('sidecar suggestions: checks against the text', () => {
  it('a sound list has no problems', () => {
    assert.deepStrictEqual(checkSidecar(sound(FLOW), { text: TEXT }), []);
  });

  it('a stale suggestion (past the end, other text, a cue or source elsewhere) is a warning, as a stale rejection is', () => {
    const text = `${HEAD}suggestions:
  - {kind: entity, type: ORG, start: 64, end: 90, text: Acme Corp, score: 0.6, engine: rules}
  - {kind: entity, type: PERSON, start: 0, end: 11, text: Mario Lopez, score: 0.9, engine: rules}
  - {kind: claim, start: 17, end: 49, text: the border would close on Monday, score: 0.7, engine: c, source: {start: 0, end: 5, text: Lopez}, cue: {start: 12, end: 99, text: said}}
`;
    const problems = checkSidecar(sound(text), { text: TEXT });
    assert.deepStrictEqual(
      problems.map((p) => [p.severity, p.path]),
      [
        ['warning', 'suggestions[0].end'],
        ['warning', 'suggestions[1].text'],
        ['warning', 'suggestions[2].source.text'],
        ['warning', 'suggestions[2].cue.end'],
      ],
    );
    assert.match(problems[0]!.message, /past the end of the text \(75\): this suggestion no longer applies/);
    assert.match(problems[1]!.message, /"Mario Lopez" does not match the text at 0\.\.11: "Maria Lopez"/);
  });

  it('a lone surrogate in a suggestion is an error, as anywhere else', () => {
    const problems = checkSidecar(sound(`${HEAD}suggestions:\n  - {kind: entity, type: ORG, start: 0, end: 1, text: "\\uD83D", score: 0.5, engine: e}\n`), {});
    assert.deepStrictEqual(problems.map((p) => [p.severity, p.path]), [['error', 'suggestions[0].text']]);
  });
});

describe('sidecar suggestions: writing', () => {
  it('a new sidecar writes them last, one flow mapping a line, sorted; it reads back the same', () => {
    const sidecar: Sidecar = { schema: 'seed-annotator/v1', entities: [], claims: [], rejected: [], suggestions: [ORG, CLAIM, PERSON] };
    const out = serializeSidecar(sidecar);
    assert.strictEqual(out, FLOW);
    assert.deepStrictEqual(loadSidecar(out).sidecar, { ...sidecar, suggestions: ALL });
  });

  it('a sidecar without suggestions is written as before (no suggestions key)', () => {
    assert.ok(!serializeSidecar({ schema: 'seed-annotator/v1', entities: [], claims: [], rejected: [] }).includes('suggestions'));
  });

  it('old sidecars (the samples, a hand-edited one) save back byte for byte', () => {
    const samples = path.resolve(__dirname, '../../samples');
    const texts = [OLD, ...fs.readdirSync(samples).filter((f) => f.endsWith('.annotations.yaml')).map((f) => fs.readFileSync(path.join(samples, f), 'utf8'))];
    for (const text of texts) {
      const r = sound(text);
      assert.strictEqual(r.sidecar.suggestions, undefined);
      assert.strictEqual(patchSidecar({ sidecar: r.sidecar, layout: r.layout! }, r.sidecar), text);
      assert.strictEqual(patchSidecar({ sidecar: r.sidecar, layout: r.layout! }, { ...r.sidecar }), text);
    }
  });

  it('adds a suggestions list to an old sidecar at its end, leaving every other byte', () => {
    const r = sound(OLD);
    const out = patched(r, { ...r.sidecar, suggestions: [ORG, PERSON] });
    assert.strictEqual(out, `${OLD}suggestions:\n  - ${FLOW.split('\n  - ')[1]}\n  - ${FLOW.split('\n  - ')[3]}`);
  });

  it('adds to a file that does not end with a line break', () => {
    const r = sound(OLD.trimEnd());
    const out = patched(r, { ...r.sidecar, suggestions: [PERSON] });
    assert.ok(out.startsWith(OLD), out);
  });

  it('without suggestions in the model the file keeps its list; an empty list writes `suggestions: []`, keeping the comment after the key', () => {
    const r = sound(BLOCK);
    const { suggestions: _dropped, ...rest } = r.sidecar;
    assert.strictEqual(patchSidecar({ sidecar: r.sidecar, layout: r.layout! }, rest), BLOCK);
    const out = patched(r, { ...r.sidecar, suggestions: [] });
    assert.strictEqual(out, BLOCK.replace(/suggestions: {3}# from[^]*engine: rules\n {4}link: acme\n/, 'suggestions: []   # from seed-annotator suggest --write\n'));
  });

  it('replaces a list in place: unchanged items and their comments stay, gone ones go, new ones come in sorted', () => {
    const r = sound(BLOCK);
    const DATE: SuggestionItem = { kind: 'entity', type: 'DATE', start: 43, end: 49, text: 'Monday', score: 0.8, engine: 'rules' };
    const out = patched(r, { ...r.sidecar, suggestions: [PERSON, DATE, { ...ORG, score: 0.65 }] });
    assert.ok(out.startsWith(BLOCK.slice(0, BLOCK.indexOf('  - kind: claim'))), out);
    assert.ok(out.includes('    type: PERSON     # checked\n'));
    assert.ok(!out.includes('claims-rules'));
    assert.ok(out.includes('  - {kind: entity, type: DATE, start: 43, end: 49, text: Monday, score: 0.8, engine: rules}\n  - kind: entity\n    type: ORG\n'), out);
    assert.ok(out.includes('    score: 0.65\n') && out.endsWith('    link: acme\n# the end\n'), out);
  });

  it("identity is kind, place, type and text: a relabelled suggestion is another one; a claim's type CLAIM is no type", () => {
    const r = sound(FLOW);
    const relabelled = patched(r, { ...r.sidecar, suggestions: [{ ...PERSON, type: 'ORG' }, CLAIM, ORG] });
    assert.ok(relabelled.includes('  - {kind: entity, type: ORG, start: 0, end: 11,'));
    const claimTyped = patchSidecar({ sidecar: r.sidecar, layout: r.layout! }, { ...r.sidecar, suggestions: [PERSON, { ...CLAIM, type: 'CLAIM' }, ORG] });
    assert.strictEqual(claimTyped, FLOW.replace('{kind: claim, start', '{kind: claim, type: CLAIM, start'));
  });

  it("patches PyYAML's block items field by field (indented cue values in place)", () => {
    const r = sound(PYYAML);
    const out = patched(r, { ...r.sidecar, suggestions: [PERSON, { ...CLAIM, score: 0.5, cue: { start: 12, end: 20, text: 'said the' } }, ORG] });
    assert.strictEqual(out, PYYAML.replace('  score: 0.75\n', '  score: 0.5\n').replace('    end: 16\n    start: 12\n    text: said\n', '    end: 20\n    start: 12\n    text: said the\n'));
  });

  it('a list written as a flow sequence is kept byte for byte when unchanged, and stays one when it changes', () => {
    const text = `${HEAD}suggestions: [{kind: entity, type: ORG, start: 64, end: 73, text: Acme Corp, score: 0.6, engine: rules, link: acme},
  {kind: entity, type: PERSON, start: 0, end: 11, text: Maria Lopez, score: 0.91, engine: compromise}]   # unsorted, by hand
`;
    const r = sound(text);
    assert.strictEqual(patchSidecar({ sidecar: r.sidecar, layout: r.layout! }, { ...r.sidecar }), text);
    const out = patched(r, { ...r.sidecar, suggestions: [PERSON] });
    assert.strictEqual(out, `${HEAD}suggestions: [{kind: entity, type: PERSON, start: 0, end: 11, text: Maria Lopez, score: 0.91, engine: compromise}]   # unsorted, by hand\n`);
  });

  it('a JSON-like sidecar (one flow mapping) stays one: lists changed or added are flow sequences', () => {
    const r = sound(ALL_FLOW);
    assert.strictEqual(patchSidecar({ sidecar: r.sidecar, layout: r.layout! }, r.sidecar), ALL_FLOW);
    const out = patched(r, { ...r.sidecar, suggestions: [PERSON], rejected: [{ type: 'ORG', start: 64, end: 73, text: 'Acme Corp' }] });
    assert.match(out, /^\{schema: seed-annotator\/v1, entities: \[\], claims: \[\], rejected: \[\{type: ORG, start: 64, end: 73, text: Acme Corp\}\], suggestions: \[\{kind: entity, type: PERSON, /);
    const json = JSON.stringify({ schema: 'seed-annotator/v1', entities: [], claims: [], rejected: [] }, null, 2) + '\n';
    const added = patched(sound(json), { ...sound(json).sidecar, suggestions: [CLAIM] });
    assert.strictEqual(added, json.replace('"rejected": []\n', `"rejected": [], suggestions: [${FLOW.split('\n  - ')[2]}]\n`));
    const commented = '{schema: seed-annotator/v1, entities: [], claims: [],\n rejected: []  # none\n}\n';
    assert.strictEqual(patched(sound(commented), { ...sound(commented).sidecar, suggestions: [ORG] }), commented.replace('\n}', `\n, suggestions: [${FLOW.split('\n  - ')[3]!.trimEnd()}]}`));
  });

  it('does not touch the other lists when only suggestions change, and the reverse', () => {
    const r = sound(`${OLD}suggestions:   # kept\n  - ${FLOW.split('\n  - ')[1]}`);
    const next = { ...r.sidecar, entities: [{ ...r.sidecar.entities[0]!, note: 'the minister' }] };
    const out = patched(r, next);
    assert.ok(out.endsWith(`suggestions:   # kept\n  - ${FLOW.split('\n  - ')[1]}`), out);
  });
});

describe('docs/sidecar-format.md: suggestions', () => {
  it('the complete example holds an entity and a claim suggestion, read alike by both readers', () => {
    const doc = fs.readFileSync(path.resolve(__dirname, '../../docs/sidecar-format.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(doc)![1]!;
    const read = readSidecar(example);
    assert.deepStrictEqual(read.problems, []);
    assert.deepStrictEqual(read.sidecar!.suggestions!.map((s) => s.kind), ['entity', 'claim']);
    assert.deepStrictEqual(fastReadSidecar(example)?.sidecar ?? read.sidecar, read.sidecar);
  });
});
