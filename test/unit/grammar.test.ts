import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

interface GrammarCase {
  line: string;
  has?: Record<string, string>;
  lacks?: Record<string, string>;
}

const root = path.resolve(__dirname, '../..');
const fixtures = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/grammar/scopes.json'), 'utf8')) as { cases: GrammarCase[] };

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== 'text.seed') return null;
      const file = path.join(root, 'syntaxes/seed.tmLanguage.json');
      return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const grammar = await registry.loadGrammar('text.seed');
  assert.ok(grammar, 'grammar text.seed did not load');
  return grammar;
}

/** The scopes covering each UTF-16 unit of `line`. */
function scopesPerChar(grammar: textmate.IGrammar, line: string): string[][] {
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  const out: string[][] = [];
  for (const token of tokens) {
    for (let i = token.startIndex; i < Math.min(token.endIndex, line.length); i++) out[i] = token.scopes;
  }
  return out;
}

function locate(line: string, piece: string): number {
  const at = line.indexOf(piece);
  assert.ok(at >= 0, `fixture error: "${piece}" is not in "${line}"`);
  return at;
}

describe('seed grammar (syntaxes/seed.tmLanguage.json)', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  for (const c of fixtures.cases) {
    it(c.line, () => {
      const scopes = scopesPerChar(grammar, c.line);
      for (const [piece, scope] of Object.entries(c.has ?? {})) {
        const at = locate(c.line, piece);
        for (let i = at; i < at + piece.length; i++) {
          assert.ok(scopes[i]?.includes(scope), `"${piece}" char ${i - at} has [${scopes[i]?.join(' ')}], expected ${scope}`);
        }
      }
      for (const [piece, prefix] of Object.entries(c.lacks ?? {})) {
        const at = locate(c.line, piece);
        for (let i = at; i < at + piece.length; i++) {
          const hit = scopes[i]?.find((s) => s.startsWith(prefix));
          assert.strictEqual(hit, undefined, `"${piece}" should not be ${prefix}*, has [${scopes[i]?.join(' ')}]`);
        }
      }
    });
  }

  it('tokenizes every line of the sample seeds and bundle without error', () => {
    for (const name of ['000_ada6b8799641a7d2.txt', '001_dc080621945f1249.txt', 'bundle-tail.txt']) {
      let state = textmate.INITIAL;
      const lines = fs.readFileSync(path.join(root, 'samples', name), 'utf8').split('\n');
      for (const line of lines) state = grammar.tokenizeLine(line, state).ruleStack;
      const delimiters = lines.filter((l) => scopesPerChar(grammar, l)[0]?.some((s) => s.startsWith('markup.heading.delimiter')));
      assert.strictEqual(delimiters.length, name === 'bundle-tail.txt' ? 2 : 0, `${name}: ${delimiters.join(' | ')}`);
    }
  });
});
