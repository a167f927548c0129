import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { BoilerplateClassifier, DEFAULT_BOILERPLATE } from '../../src/core/boilerplate';
import { recognize } from '../../src/core/documents';

const classifier = new BoilerplateClassifier();
/** The boilerplate of a whole text, as the text it covers. */
const chrome = (text: string, c = classifier) => c.find(text, 0, text.length).map(([s, e]) => text.slice(s, e));

const ARTICLE = [
  'Officials in Lyon said on Monday that the bridge would reopen in May, after two years of repairs.',
  'The mayor’s office confirmed the cost had risen to €40 million, according to a statement.',
  '“We are relieved,” said a shop owner whose trade fell by half during the works.',
].join('\n');

describe('boilerplate (page chrome)', () => {
  it('samples/001: the chrome at the head and the newsletter, Spanish paywall notice and links at the tail, none of the article', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../samples/001_dc080621945f1249.txt'), 'utf8');
    const [doc] = recognize(text, { fileName: '001_dc080621945f1249.txt' }).documents;
    const ranges = doc!.boilerplate;
    assert.strictEqual(ranges.length, 2);
    const [head, tail] = ranges.map(([s, e]) => text.slice(s, e));
    assert.strictEqual(head, 'Skip to content\n_\n_\n_\n_');
    assert.ok(tail!.startsWith('Sign up for our weekly newsletter'));
    for (const piece of ['Tu suscripción se está usando en otro dispositivo', '¿Por qué estás viendo esto?', 'More information', 'Archived In', 'Recomendaciones EL PAÍS']) {
      assert.ok(tail!.includes(piece), piece);
    }
    assert.ok(text.endsWith(tail!));
    // The article: from the headline to its last paragraph, untouched.
    const articleStart = text.indexOf('US claims Mexican criminal organizations');
    const articleEnd = text.indexOf('this new escalation could have unforeseeable consequences.') + 58;
    for (const [s, e] of ranges) assert.ok(e <= articleStart || s >= articleEnd, `range ${s}..${e} overlaps the article`);
  });

  it('samples/000 (article only) has none', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../samples/000_ada6b8799641a7d2.txt'), 'utf8');
    assert.deepStrictEqual(chrome(text), []);
  });

  it('English site chrome: navigation, share buttons, cookie and copyright lines', () => {
    const text = ['Menu', 'Search', 'Skip to main content', '', 'Bridge to reopen in May', '', ARTICLE, '', 'Share this article', 'Related stories', '© 2024 Lyon Daily. All rights reserved.', 'Privacy policy · Terms of use'].join('\n');
    const [head, tail] = chrome(text);
    assert.strictEqual(head, 'Menu\nSearch\nSkip to main content');
    assert.ok(tail!.startsWith('Share this article') && tail!.endsWith('Terms of use'));
    assert.ok(!head!.includes('Bridge'), 'a short headline after the chrome is not chrome');
  });

  it('an English paywall notice at the tail', () => {
    const text = [ARTICLE, '', 'You have reached your limit of free articles.', 'Subscribe now to continue reading', 'Already a subscriber? Log in'].join('\n');
    const [tail] = chrome(text);
    assert.strictEqual(tail, 'You have reached your limit of free articles.\nSubscribe now to continue reading\nAlready a subscriber? Log in');
  });

  it('never marks article text: quotes, attribution, short final sentences, articles about subscriptions', () => {
    assert.deepStrictEqual(chrome(ARTICLE), []);
    const short = `${ARTICLE}\nHe declined to comment.`;
    assert.deepStrictEqual(chrome(short), []);
    const aboutPaywalls = 'Readers who share a subscription account across devices will be charged more, the company said on Tuesday.\nThe change starts in May.';
    assert.deepStrictEqual(chrome(aboutPaywalls), []);
    const quoteAtEnd = `${ARTICLE}\n“Subscribe to nothing,” she said.`;
    assert.deepStrictEqual(chrome(quoteAtEnd), []);
  });

  it('short lines count only between chrome and the edge, never on the article side', () => {
    const text = [ARTICLE, 'Lyon, France', '', 'Read more', 'Weather', 'Sport'].join('\n');
    assert.deepStrictEqual(chrome(text), ['Read more\nWeather\nSport']);
  });

  it('is configurable: extra phrases and patterns, or off', () => {
    const custom = new BoilerplateClassifier({ ...DEFAULT_BOILERPLATE, phrases: [...DEFAULT_BOILERPLATE.phrases, 'Lyon Daily'], patterns: ['^Listen to this story'] });
    const text = ['Lyon Daily', 'Listen to this story (4 min)', ARTICLE].join('\n');
    assert.deepStrictEqual(chrome(text, custom), ['Lyon Daily\nListen to this story (4 min)']);
    assert.deepStrictEqual(chrome('Skip to content\n' + ARTICLE, new BoilerplateClassifier({ ...DEFAULT_BOILERPLATE, enabled: false })), []);
  });

  it('a document that is all chrome is one range', () => {
    const text = 'Skip to content\n_\nMenu\nSubscribe';
    assert.deepStrictEqual(new BoilerplateClassifier().find(text, 0, text.length), [[0, text.length]]);
  });
});
