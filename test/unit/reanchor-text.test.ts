// Re-anchoring against text that tempts a span onto the wrong words: another speaker's cue, another document
// of a bundle, half of an emoji.
import * as assert from 'assert';
import { LiveAnnotations } from '../../src/core/anchoring/live';
import { reanchor } from '../../src/core/anchoring/reanchor';
import { refindReplaced } from '../../src/core/anchoring/refind';
import { contextOf } from '../../src/core/context';
import { recognize, type RecognizedFile } from '../../src/core/documents';
import type { Claim, Entity } from '../../src/core/model';
import { checkSidecar } from '../../src/core/sidecar/check';
import { loadSidecar } from '../../src/core/sidecar/load';
import { serializeSidecar } from '../../src/core/sidecar/write';
import { sidecar as makeSidecar } from './helpers/sidecars';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function entityAt(text: string, id: string, name: string, from = 0, file?: RecognizedFile): Entity {
  const start = text.indexOf(name, from);
  assert.ok(start >= 0, name);
  const doc = file?.documents.find((d) => start >= d.bodyStart && start < d.bodyEnd);
  const bounds = doc ? { start: doc.bodyStart, end: doc.bodyEnd } : undefined;
  return { id, type: 'PERSON', start, end: start + name.length, text: name, ...contextOf(text, start, start + name.length, bounds), ...(doc ? { doc: doc.id } : {}) };
}

function claimWithCue(text: string, id: string, quote: string, cue: string): Claim {
  const start = text.indexOf(quote);
  const cueStart = text.lastIndexOf(cue, start);
  return { id, start, end: start + quote.length, text: quote, ...contextOf(text, start, start + quote.length), status: 'unverified', cue: { start: cueStart, end: cueStart + cue.length, text: cue } };
}

describe('re-anchoring: a cue moves with its claim, or is lost', () => {
  const text = 'Officials met on Monday. Noem said the deployment of troops would end in March. The governor disagreed.\n';
  const claim = claimWithCue(text, 'c1', 'the deployment of troops would end in March', 'said');
  const s = makeSidecar({ claims: [claim] });

  it('never re-attaches to another speaker’s word', () => {
    const edited = 'Officials met on Monday. Noem wrote the deployment of troops would end in March, which a DHS spokesperson said was final. The governor disagreed.\n';
    const { results, sidecar } = reanchor(s, edited);
    assert.notStrictEqual(results[0]!.status, 'orphan');
    assert.strictEqual(results[0]!.cueLost, true, JSON.stringify(sidecar.claims[0]));
    // The claim keeps its cue, marked lost, where it was: nothing on the spokesperson's "said".
    assert.deepStrictEqual(sidecar.claims[0]!.cue, { ...claim.cue!, lost: true });
  });

  it('a lost cue stays in the sidecar: written, read back by both readers, not checked against the text, kept lost', () => {
    const edited = 'Officials met on Monday. Noem wrote the deployment of troops would end in March, which a DHS spokesperson said was final. The governor disagreed.\n';
    const once = reanchor(s, edited).sidecar;
    const yaml = serializeSidecar(once);
    assert.match(yaml, /cue: \{start: \d+, end: \d+, text: said, lost: true\}/);
    const read = loadSidecar(yaml);
    assert.deepStrictEqual(read.problems, []);
    assert.deepStrictEqual(read.sidecar!.claims[0]!.cue, once.claims[0]!.cue);
    assert.deepStrictEqual(checkSidecar(read, { text: edited }).filter((p) => p.path.includes('cue')), [], 'a lost cue is not checked against the text');
    const again = reanchor(read.sidecar!, edited);
    assert.deepStrictEqual(again.sidecar.claims[0]!.cue, once.claims[0]!.cue, 'stays lost, never moves onto another word');
    assert.strictEqual(again.results[0]!.cueLost, undefined, 'reported once, when it was lost');
  });

  it('follows its claim when the text around both moves', () => {
    const edited = `Breaking news.\n${text}`;
    const { results, sidecar } = reanchor(s, edited);
    assert.strictEqual(results[0]!.cueLost, undefined);
    assert.deepStrictEqual(sidecar.claims[0]!.cue, { start: claim.cue!.start + 15, end: claim.cue!.end + 15, text: 'said' });
  });

  it('follows its claim when words between them changed a little', () => {
    const quoted = 'Officials met. Noem said on Monday that the deployment would end in March. The governor disagreed.\n';
    const c = claimWithCue(quoted, 'c2', 'the deployment would end in March', 'said');
    const edited = quoted.replace('said on Monday that', 'said Monday that');
    const { results, sidecar } = reanchor(makeSidecar({ claims: [c] }), edited);
    assert.strictEqual(results[0]!.cueLost, undefined);
    assert.strictEqual(sidecar.claims[0]!.cue!.start, edited.indexOf('said'));
  });
});

describe('an edit that replaces a cue: found again in the replacing text only where it stood', () => {
  const text = 'Officials met on Monday. Noem said the deployment of troops would end in March. The governor disagreed.\n';
  const claim = claimWithCue(text, 'c1', 'the deployment of troops would end in March', 'said');
  const replace = (what: string, by: string) => {
    const live = new LiveAnnotations(makeSidecar({ claims: [claim] }));
    const at = text.indexOf(what);
    const effect = live.apply([{ rangeOffset: at, rangeLength: what.length, text: by }]);
    const now = text.slice(0, at) + by + text.slice(at + what.length);
    return { cues: refindReplaced(live, effect.replaced, now, undefined).cues, cue: live.cues.get('c1'), now };
  };

  it('retyped in place: found again', () => {
    const { cues, cue, now } = replace('said', 'said');
    assert.deepStrictEqual(cues, ['c1']);
    assert.strictEqual(now.slice(cue!.start, cue!.end), 'said');
  });

  it('replaced by another speaker’s words that hold the same word elsewhere: lost', () => {
    const { cues, cue } = replace('Noem said', 'A spokesperson said Noem wrote');
    assert.deepStrictEqual([cues, cue], [[], undefined]);
  });
});

describe('re-anchoring in bundles: an annotation stays in its document', () => {
  const story = 'Wire story: the port reopened on Friday after the strike ended, officials at the harbour said.\nShips queued outside.\n';
  const bundle = `==> a.txt <==\n${story}==> b.txt <==\n${story}`;
  const file = recognize(bundle, { fileName: 'bundle.txt' });
  const inA = entityAt(bundle, 'e1', 'the harbour', 0, file);
  const inB = entityAt(bundle, 'e2', 'the harbour', bundle.indexOf('==> b.txt'), file);

  it('a story printed twice: deleted from one document, its annotation does not jump to the other copy', () => {
    assert.deepStrictEqual([inA.doc, inB.doc], ['a', 'b']);
    const edited = bundle.replace(story, 'Ships queued outside.\n');
    const editedFile = recognize(edited, { fileName: 'bundle.txt' });
    const { results, sidecar } = reanchor(makeSidecar({ entities: [inA, inB] }), edited, editedFile);
    const a = results.find((r) => r.id === 'e1')!;
    assert.strictEqual(a.status, 'orphan', JSON.stringify(a));
    assert.deepStrictEqual(sidecar.entities.map((e) => e.doc), ['a', 'b']);
  });

  it('found again within its document', () => {
    const edited = bundle.replace(story, `Ships queued outside.\n${story}`);
    const { results, sidecar } = reanchor(makeSidecar({ entities: [inA, inB] }), edited, recognize(edited, { fileName: 'bundle.txt' }));
    assert.deepStrictEqual(results.map((r) => r.status), ['moved', 'moved']);
    assert.deepStrictEqual(sidecar.entities.map((e) => e.doc), ['a', 'b']);
    assert.ok(sidecar.entities[0]!.start < edited.indexOf('==> b.txt'));
  });

  it('"--- Advertisement ---" inside an article is text, with a warning, when the names do not fit the bundle', () => {
    const dashes = '--- 000_ada6b8799641a7d2 ---\nStory.\n--- Advertisement ---\nStill the story.\n--- 001_dc080621945f1249 ---\nNext.';
    const r = recognize(dashes, { fileName: 'bundle.txt' });
    assert.deepStrictEqual(r.documents.map((d) => d.id), ['000_ada6b8799641a7d2', '001_dc080621945f1249']);
    assert.match(r.warnings.join('\n'), /Advertisement.*line 3|line 3.*Advertisement/);
    const tail = recognize('==> a.txt <==\nStory.\n--- Advertisement ---\nMore.\n==> b.txt <==\nB', { fileName: 'bundle.txt' });
    assert.deepStrictEqual(tail.documents.map((d) => d.id), ['a', 'b']);
    assert.match(tail.warnings.join('\n'), /Advertisement/);
  });
});

describe('re-anchoring never splits a surrogate pair', () => {
  it('a fuzzy match next to an edited emoji starts after it', () => {
    const text = 'Crowds gathered in Marseille on Sunday to watch the parade go by the old harbour.';
    const s = makeSidecar({ entities: [entityAt(text, 'e1', 'Marseille')] });
    for (const edited of [text.replace('Marseille', '😀arseille'), text.replace('Marseille', 'Marseill😀'), text.replace('Marseille', 'Mars😀ille')]) {
      const { results, sidecar } = reanchor(s, edited);
      const r = results[0]!;
      if (r.to) assert.ok(!LONE_SURROGATE.test(r.to.text), JSON.stringify(r));
      for (const e of sidecar.entities) assert.ok(![e.text, e.prefix ?? '', e.suffix ?? ''].some((t) => LONE_SURROGATE.test(t)), JSON.stringify(e));
    }
  });

  it('validate rejects lone surrogates in any text field', () => {
    const text = 'Crowds gathered in Marseille.';
    const yaml = serializeSidecar(makeSidecar({ entities: [{ ...entityAt(text, 'e1', 'Marseille'), note: 'half \uD83D emoji' }] }));
    const problems = checkSidecar(loadSidecar(yaml), { text });
    const errors = problems.filter((p) => p.severity === 'error');
    assert.strictEqual(errors.length, 1, JSON.stringify(problems));
    assert.match(errors[0]!.message, /surrogate/);
    assert.strictEqual(errors[0]!.path, 'entities[0].note');
  });
});
