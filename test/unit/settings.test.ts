import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { configFrom } from '../../src/core/config';
import { DEFAULT_LABEL_SPECS, readLabels } from '../../src/core/labels';
import { settingOfProblem, settingsProblemsReport } from '../../src/core/settingValues';

const from = (settings: Record<string, unknown>) => configFrom((key) => settings[key]);
const defaultNames = DEFAULT_LABEL_SPECS.map((l) => l.name);

describe('settings problems', () => {
  it('unset settings are the defaults, without problems', () => {
    const { config, problems, labelSpecs } = from({});
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(labelSpecs, DEFAULT_LABEL_SPECS);
    assert.deepStrictEqual(config.labels, defaultNames);
    assert.deepStrictEqual(config.bundleGlobs, ['**/bundle-*.txt', '**/*.seeds.txt']);
  });

  it('a label without a name is ignored on its own; the other labels stay in force', () => {
    const { config, problems, labelSpecs } = from({ labels: [{ name: 'ORG', key: '2' }, { color: 'red' }, 'VESSEL'] });
    assert.deepStrictEqual(config.labels, ['ORG', 'VESSEL']);
    assert.deepStrictEqual(labelSpecs, [{ name: 'ORG', key: '2' }, { name: 'VESSEL' }]);
    assert.deepStrictEqual(problems, ['seedAnnotator.labels item 2 ({"color":"red"}) has no name; it is ignored']);
  });

  it('the editor and the sidecar reader get the same labels, field problems keeping the label', () => {
    const problems: string[] = [];
    const labels = readLabels(
      [' SHIP ', { name: 'PORT', key: 3, color: ' #0af ', description: 'Harbours' }, { name: 'CREW', key: '12', color: 7 }, { name: 'CARGO', key: '3', colour: 'red' }, 'SHIP', 42, '', { name: '' }],
      problems,
    );
    assert.deepStrictEqual(labels, [
      { name: 'SHIP' },
      { name: 'PORT', key: '3', color: '#0af', description: 'Harbours' },
      { name: 'CREW' },
      { name: 'CARGO' },
    ]);
    assert.deepStrictEqual(problems, [
      'seedAnnotator.labels item 3 ({"name":"CREW","key":"12","color":7}): color 7 is not a CSS colour; CREW keeps its theme colour',
      'seedAnnotator.labels item 3 ({"name":"CREW","key":"12","color":7}): key "12" is not a digit from 1 to 9; CREW is kept without a key',
      'seedAnnotator.labels item 4 ({"name":"CARGO","key":"3","colour":"red"}): unknown property "colour" (a label has name, color, key, description); it is ignored',
      'seedAnnotator.labels item 4 ({"name":"CARGO","key":"3","colour":"red"}): key 3 already picks PORT; CARGO is kept without a key',
      'seedAnnotator.labels item 5 ("SHIP") repeats the label SHIP; it is ignored',
      'seedAnnotator.labels item 6 (42) is neither a label name nor a {"name": ...} object; it is ignored',
      'seedAnnotator.labels item 7 ("") is an empty label name; it is ignored',
      'seedAnnotator.labels item 8 ({"name":""}) has no name (name "" is not a label name); it is ignored',
    ]);
  });

  it('an empty, all-bad or wrong-typed label list falls back to the default labels with a message', () => {
    for (const labels of [[], [{ color: 'red' }, null], 'PERSON']) {
      const { config, problems } = from({ labels });
      assert.deepStrictEqual(config.labels, defaultNames, JSON.stringify(labels));
      assert.match(problems[problems.length - 1]!, /^seedAnnotator\.labels .*; using the default labels \(PERSON, ORG, /);
    }
    assert.match(from({ labels: [] }).problems[0]!, /has no usable label \(the list is empty\)/);
  });

  it('invalid boilerplate patterns are reported and left out; the valid ones and the built-in ones stay', () => {
    const { config, problems } = from({ 'boilerplate.patterns': ['^Listen to this story', '(unclosed', 7] });
    assert.deepStrictEqual(config.boilerplate.patterns.slice(-1), ['^Listen to this story']);
    assert.ok(!config.boilerplate.patterns.includes('(unclosed'));
    assert.deepStrictEqual(problems, [
      'seedAnnotator.boilerplate.patterns item 2 ("(unclosed") is not a valid regular expression (Unterminated group); it is ignored',
      'seedAnnotator.boilerplate.patterns item 3 (7) is not a string; it is ignored',
    ]);
  });

  it('bad delimiter patterns name their item; good ones keep their item number', () => {
    const { config, problems } = from({ delimiterPatterns: ['(bad', '', '^no group$', '^## (?<name>.+)$'] });
    assert.deepStrictEqual(
      config.delimiters.filter((d) => d.form.startsWith('custom')).map((d) => d.form),
      ['custom 4'],
    );
    assert.deepStrictEqual(problems, [
      'seedAnnotator.delimiterPatterns item 1 ("(bad") is not a valid regular expression (Unterminated group); it is ignored',
      'seedAnnotator.delimiterPatterns item 2 ("") is empty; it is ignored',
      'seedAnnotator.delimiterPatterns item 3 ("^no group$") has no named group "name" (write (?<name>...) around the document name); it is ignored',
    ]);
  });

  it('wrong scalar values fall back to their defaults with a message', () => {
    const { config, problems } = from({ bundleGlobs: '**/*.txt', 'boilerplate.enabled': 'no', 'boilerplate.shortLineWords': -1, sidecarFolder: 3 });
    assert.deepStrictEqual(config.bundleGlobs, ['**/bundle-*.txt', '**/*.seeds.txt']);
    assert.strictEqual(config.boilerplate.enabled, true);
    assert.strictEqual(config.boilerplate.shortLineWords, 6);
    assert.strictEqual(config.sidecarFolder, undefined);
    assert.deepStrictEqual(problems, [
      'seedAnnotator.bundleGlobs should be a list of strings, not "**/*.txt"; using the default (**/bundle-*.txt, **/*.seeds.txt)',
      'seedAnnotator.sidecarFolder should be a folder path, not 3; sidecars are kept beside their text',
      'seedAnnotator.boilerplate.enabled should be true or false, not "no"; using the default (true)',
      'seedAnnotator.boilerplate.shortLineWords should be a number of at least 0, not -1; using the default (6)',
    ]);
  });

  it('long values are shortened in messages', () => {
    const { problems } = from({ labels: [{ description: 'x'.repeat(200) }, 'OK'] });
    assert.ok(problems[0]!.length < 140, problems[0]);
    assert.match(problems[0]!, /\.\.\.\) has no name; it is ignored$/);
  });

  it('a report says every problem (up to five), and opens the first problem’s setting', () => {
    assert.strictEqual(settingsProblemsReport([]), undefined);
    const one = from({ 'boilerplate.patterns': ['('] }).problems;
    assert.deepStrictEqual(settingsProblemsReport(one), {
      message: `Seed Annotator settings: ${one[0]}.`,
      setting: 'seedAnnotator.boilerplate.patterns',
    });
    const many = from({ labels: [{}, {}, {}, {}, {}, {}, 'A'], delimiterPatterns: ['('] }).problems;
    const report = settingsProblemsReport(many)!;
    assert.strictEqual(report.setting, 'seedAnnotator.labels');
    assert.match(report.message, /^Seed Annotator settings \(7 problems\): seedAnnotator\.labels item 1 \(\{\}\) has no name; it is ignored\. seedAnnotator\.labels item 2/);
    assert.match(report.message, / And 2 more\.$/);
    assert.strictEqual(settingOfProblem('seedAnnotator.boilerplate.shortLineWords should be'), 'seedAnnotator.boilerplate.shortLineWords');
    assert.strictEqual(settingOfProblem('something else'), undefined);
  });

  it('the command line prints the problems of its config file to stderr and carries on', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-settings-'));
    try {
      const configFile = path.join(dir, 'settings.json');
      fs.writeFileSync(configFile, '{\n  // a comment\n  "seedAnnotator.labels": ["ORG", {"color": "red"}],\n  "seedAnnotator.boilerplate.patterns": ["(x"],\n}\n');
      const text = path.join(dir, '000_ada6b8799641a7d2.txt');
      fs.writeFileSync(text, 'Lyon, France — The council met on Tuesday.\n');
      let out = '';
      let err = '';
      const code = await main(['docs', text, '--config', configFile], { out: (s) => (out += s), err: (s) => (err += s) });
      assert.strictEqual(code, 0, err);
      assert.ok(out.length > 0);
      assert.strictEqual(
        err,
        `${configFile}: seedAnnotator.labels item 2 ({"color":"red"}) has no name; it is ignored\n` +
          `${configFile}: seedAnnotator.boilerplate.patterns item 1 ("(x") is not a valid regular expression (Unterminated group); it is ignored\n`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
