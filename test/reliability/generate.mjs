// Hostile sidecars for the reliability suite: seeded, so that a failing case can be made again (RELIABILITY_SEED).
// Each case is a folder holding a sidecar and the seed text it names; `expect: 'problem'` marks inputs that are
// wrong by construction (validate must report at least one problem), `any` those that may happen to be valid.
import * as fs from 'fs';
import * as path from 'path';

/** mulberry32: small, fast, seeded. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  return { next, int, pick };
}

const SAMPLES = [
  { name: '000_ada6b8799641a7d2', kind: 'seed' },
  { name: '001_dc080621945f1249', kind: 'seed' },
  { name: 'bundle-tail', kind: 'bundle' },
];

const WRONG_VALUES = [
  '[]', '{}', '[1, 2]', '{a: 1}', 'null', '~', 'true', 'yes', 'no', 'on', '1.5', '-3', '0x1F', '0o17', '1e400', '-1e400', '.nan', '.inf',
  '"str"', '!!str 5', '!!binary aGVsbG8=', '2026-01-01', '"' + 'x'.repeat(5000) + '"', '|\n      block\n      text', '>-\n      folded', '!custom tag',
  '&anchor 5', '*nosuchalias', '? complex\n    : key', '"\\u0000"', "'single ''quoted'''", '- a\n      - b', '9007199254740993', '-0', '+5', '0b101',
];
const FIELDS = ['id', 'type', 'start', 'end', 'text', 'status', 'checkworthy', 'source', 'cue', 'evidence', 'prefix', 'suffix', 'doc', 'orphan', 'attribution'];
const TOP_FIELDS = ['schema', 'document', 'textHash', 'entities', 'claims', 'rejected'];
const SYNTAX_BREAKERS = [
  ': :', '[', '{', ']', '}', '"unterminated', "'unterminated", '\t- tab: indented', '- - -', '&', '*', '!!', '? ', '%YAML 1.1', '---', '...', '|', '>',
  'key: value: other', '  bad:\n indent', '- [a, b', '{a: 1, b', '"\\x"', '"\\uZZZZ"', '@reserved', '`backtick', '#!', ',', 'a: !<tag:x> 1', '\u0000', '\u007f', '\ufeff',
];
const PATHS = [
  '../../../../etc/passwd', '/etc/passwd', 'C:\\\\Windows\\\\win.ini', '\\\\\\\\server\\\\share\\\\x.txt', 'file:///etc/passwd', 'https://example.com/x.txt', '~/x.txt',
  'NUL', 'con.txt', 'a/../../b.txt', '.', '..', '', '/', '/dev/zero', '/proc/self/mem', 'x\\u0000y.txt', '"' + 'a/'.repeat(3000) + 'x.txt"', '%2e%2e/%2e%2e/x',
  '../000_ada6b8799641a7d2.txt', 'cases/0001/000_ada6b8799641a7d2.txt', '*.txt', '**/*', '$HOME/x', '`rm -rf /`', '$(touch pwned)', '|cat /etc/passwd',
];

function lines(s) {
  return s.split('\n');
}

/** Everything of a case; `text` may be replaced (bundles with duplicate names), `yaml` is a string or bytes. */
function makeCase(category, sample, yaml, expect, extra = {}) {
  return { category, sample, yaml, expect, ...extra };
}

function withField(r, base, fields) {
  const ls = lines(base);
  const candidates = ls.map((l, i) => [l, i]).filter(([l]) => fields.some((f) => new RegExp(`^\\s*-?\\s*${f}:`).test(l)));
  if (candidates.length === 0) return base;
  const [line, i] = r.pick(candidates);
  return { ls, line, i };
}

export function generate(seed, dataDir) {
  const r = rng(seed);
  const base = Object.fromEntries(SAMPLES.map((s) => [s.name, fs.readFileSync(path.join(dataDir, `${s.name}.annotations.yaml`), 'utf8')]));
  const sample = () => r.pick(SAMPLES).name;
  const cases = [];

  // Syntax errors: a breaker inserted into a line, a line cut, or the file truncated mid-way.
  for (let n = 0; n < 200; n++) {
    const s = sample();
    const ls = lines(base[s]);
    const i = r.int(ls.length);
    const breaker = r.pick(SYNTAX_BREAKERS);
    const how = r.int(3);
    if (how === 0) ls.splice(i, 0, breaker);
    else if (how === 1) ls[i] = ls[i].slice(0, r.int(ls[i].length + 1)) + breaker + ls[i].slice(r.int(ls[i].length + 1));
    else ls[i] = breaker + ' ' + ls[i];
    cases.push(makeCase('syntax', s, ls.join('\n'), 'any'));
  }
  for (let n = 0; n < 60; n++) {
    const s = sample();
    cases.push(makeCase('truncated', s, base[s].slice(0, r.int(base[s].length)), 'any'));
  }

  // Wrong types for fields of annotations and top-level keys.
  for (let n = 0; n < 180; n++) {
    const s = sample();
    const top = n % 4 === 0;
    const found = withField(r, base[s], top ? TOP_FIELDS : FIELDS);
    if (typeof found === 'string') continue;
    const { ls, line, i } = found;
    const key = line.match(/^(\s*-?\s*[A-Za-z]+):/)[1];
    ls[i] = `${key}: ${r.pick(WRONG_VALUES)}`;
    cases.push(makeCase('wrong-type', s, ls.join('\n'), 'any'));
  }

  // Offsets out of range, reversed, fractional, huge, negative, as strings.
  const BAD_OFFSETS = ['-1', '-100000', '1e21', '9007199254740993', '2.5', '"10"', '99999999', '4294967296', '0x10', 'NaN', '.nan', '.inf', '-.inf', '1_000', '00012'];
  for (let n = 0; n < 150; n++) {
    const s = sample();
    const ls = lines(base[s]);
    const starts = ls.map((l, i) => [l, i]).filter(([l]) => /^\s*-?\s*start: \d+$/.test(l));
    const [line, i] = r.pick(starts);
    const endIndex = ls.findIndex((l, j) => j > i && /^\s*end: \d+$/.test(l));
    const start = Number(line.match(/\d+$/)[0]);
    const end = endIndex > 0 ? Number(ls[endIndex].match(/\d+$/)[0]) : start + 1;
    const kind = n % 3;
    if (kind === 0 && endIndex > 0) {
      // reversed
      ls[i] = line.replace(/\d+$/, String(end));
      ls[endIndex] = ls[endIndex].replace(/\d+$/, String(start));
      cases.push(makeCase('reversed-offsets', s, ls.join('\n'), 'problem'));
    } else if (kind === 1) {
      ls[i] = line.replace(/\d+$/, r.pick(BAD_OFFSETS));
      cases.push(makeCase('bad-offset', s, ls.join('\n'), 'problem'));
    } else if (endIndex > 0) {
      // past the end of the text
      ls[endIndex] = ls[endIndex].replace(/\d+$/, String(100000 + r.int(1e9)));
      cases.push(makeCase('out-of-range', s, ls.join('\n'), 'problem'));
    }
  }

  // Duplicate ids (across entities and claims), duplicate keys, duplicate lists.
  for (let n = 0; n < 80; n++) {
    const s = sample();
    const ls = lines(base[s]);
    const ids = ls.map((l, i) => [l, i]).filter(([l]) => /^\s*- id: \w+$/.test(l));
    const kind = n % 3;
    if (kind === 0 && ids.length >= 2) {
      const [a] = r.pick(ids);
      let [, j] = r.pick(ids);
      while (ls[j] === a) [, j] = r.pick(ids);
      ls[j] = a;
      cases.push(makeCase('duplicate-id', s, ls.join('\n'), 'problem'));
    } else if (kind === 1) {
      const [line, i] = r.pick(ls.map((l, i) => [l, i]).filter(([l]) => /^\s+(start|end|type|text): /.test(l)));
      ls.splice(i + 1, 0, line);
      cases.push(makeCase('duplicate-key', s, ls.join('\n'), 'problem'));
    } else {
      cases.push(makeCase('duplicate-list', s, base[s] + '\n' + r.pick(['entities: []', 'claims: []', 'rejected: []', 'schema: seed-annotator/v1']) + '\n', 'problem'));
    }
  }

  // Alias bombs (billion laughs), aliases where scalars belong, self references.
  for (let n = 0; n < 40; n++) {
    const s = sample();
    const depth = 2 + r.int(12);
    const width = 2 + r.int(15);
    let bomb = `a0: &a0 ["lol", "lol"]\n`;
    for (let d = 1; d < depth; d++) bomb += `a${d}: &a${d} [${Array(width).fill(`*a${d - 1}`).join(', ')}]\n`;
    const where = r.int(3);
    let yaml;
    if (where === 0) yaml = base[s].replace(/^entities:/m, `${bomb}entities:`);
    else if (where === 1) yaml = base[s].replace(/^entities:/m, `${bomb}entities: *a${depth - 1}\nx_entities:`);
    else yaml = base[s].replace(/text: .*/, `text: *a${depth - 1}`).replace(/^schema:/m, `${bomb}schema:`);
    cases.push(makeCase('alias-bomb', s, yaml, 'problem'));
  }
  for (const yaml of ['a: &a [*a]\n', 'a: &a {b: *a}\n', 'schema: &s seed-annotator/v1\ndocument: *s\nentities: []\nclaims: []\nrejected: []\n', '*a\n', '&a\n']) {
    cases.push(makeCase('alias-bomb', '000_ada6b8799641a7d2', yaml, 'problem'));
  }

  // Deep nesting: flow sequences and maps, block maps and sequences.
  for (const depth of [100, 1000, 10000, 100000, 1000000]) {
    cases.push(makeCase('deep-nesting', '000_ada6b8799641a7d2', `schema: seed-annotator/v1\nentities: ${'['.repeat(depth)}${']'.repeat(depth)}\n`, 'problem'));
    cases.push(makeCase('deep-nesting', '000_ada6b8799641a7d2', `schema: seed-annotator/v1\nentities: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`, 'problem'));
    cases.push(makeCase('deep-nesting', '000_ada6b8799641a7d2', `schema: seed-annotator/v1\nentities: ${'['.repeat(depth)}\n`, 'problem'));
    cases.push(makeCase('deep-nesting', '000_ada6b8799641a7d2', `schema: seed-annotator/v1\nclaims:\n${'- '.repeat(Math.min(depth, 20000))}x\n`, 'problem'));
  }
  for (const depth of [50, 500, 2000]) {
    let yaml = 'schema: seed-annotator/v1\nentities:\n';
    for (let d = 0; d < depth; d++) yaml += `${' '.repeat(d + 1)}k${d}:\n`;
    cases.push(makeCase('deep-nesting', '000_ada6b8799641a7d2', yaml + `${' '.repeat(depth + 1)}v\n`, 'problem'));
  }

  // Lone surrogates: as YAML escapes, as raw (CESU-style, invalid UTF-8) bytes, in keys, values and comments.
  for (let n = 0; n < 60; n++) {
    const s = sample();
    const ls = lines(base[s]);
    const i = ls.findIndex((l, j) => j >= r.int(ls.length) && /^\s+(text|id|type|prefix|suffix): /.test(l));
    const at = i < 0 ? ls.findIndex((l) => /^\s+text: /.test(l)) : i;
    const lone = r.pick(['\\uD800', '\\uDFFF', '\\uDBFF', '\\uDC00x', 'a\\uD83D', '\\uDE00\\uD83D']);
    const kind = n % 4;
    if (kind < 2) {
      ls[at] = ls[at].replace(/: .*/, `: "${lone}"`);
      cases.push(makeCase('lone-surrogate', s, ls.join('\n'), kind === 0 ? 'any' : 'any'));
    } else {
      // raw bytes ED A0 80 (U+D800 encoded as if it were a scalar value): not UTF-8.
      const text = ls.join('\n');
      const cut = text.indexOf(ls[at]) + ls[at].length;
      const bytes = Buffer.concat([Buffer.from(text.slice(0, cut)), Buffer.from(kind === 2 ? [0xed, 0xa0, 0x80] : [0xed, 0xbf, 0xbf, 0x23]), Buffer.from(text.slice(cut))]);
      cases.push(makeCase('lone-surrogate', s, bytes, 'problem'));
    }
  }

  // Path-like `document:` values: validate must not open, create or touch them.
  for (let n = 0; n < PATHS.length * 2; n++) {
    const s = sample();
    const p = PATHS[n % PATHS.length];
    const value = n < PATHS.length ? (p.startsWith('"') ? p : JSON.stringify(p)) : p.startsWith('"') ? p : p;
    cases.push(makeCase('path-document', s, base[s].replace(/^document: .*$/m, `document: ${value}`), 'any'));
  }

  // Binary garbage: random bytes, random bytes after a valid header, NULs, UTF-16 text, control characters.
  for (let n = 0; n < 100; n++) {
    const s = sample();
    const size = 1 + r.int(n % 10 === 0 ? 1 << 20 : 4096);
    const bytes = Buffer.alloc(size);
    for (let i = 0; i < size; i++) bytes[i] = r.int(256);
    const kind = n % 5;
    if (kind === 0) cases.push(makeCase('binary', s, bytes, 'any'));
    else if (kind === 1) cases.push(makeCase('binary', s, Buffer.concat([Buffer.from('schema: seed-annotator/v1\nentities:\n'), bytes]), 'problem'));
    else if (kind === 2) cases.push(makeCase('binary', s, Buffer.from(base[s].replace(/ /g, () => (r.int(20) === 0 ? '\u0000' : ' '))), 'any'));
    else if (kind === 3) cases.push(makeCase('binary', s, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(base[s], 'utf16le')]), 'problem'));
    else cases.push(makeCase('binary', s, base[s].replace(/[a-z]/g, (c) => (r.int(30) === 0 ? String.fromCharCode(r.int(32)) : c)), 'any'));
  }

  // Random byte flips, insertions and deletions of a valid sidecar.
  for (let n = 0; n < 150; n++) {
    const s = sample();
    const bytes = [...Buffer.from(base[s])];
    for (let k = 1 + r.int(8); k > 0; k--) {
      const i = r.int(bytes.length);
      const op = r.int(3);
      if (op === 0) bytes[i] = r.int(256);
      else if (op === 1) bytes.splice(i, 0, r.int(128));
      else bytes.splice(i, 1 + r.int(20));
    }
    cases.push(makeCase('mutation', s, Buffer.from(bytes), 'any'));
  }

  // checkworthy: yes and friends (YAML 1.1 booleans), which must get the clear message.
  for (const word of ['yes', 'no', 'on', 'off', 'Yes', 'NO', 'y', 'n']) {
    const s = '000_ada6b8799641a7d2';
    cases.push(makeCase('yaml11-boolean', s, base[s].replace(/^(\s+)checkworthy: \w+$/m, `$1checkworthy: ${word}`), 'problem', { mustSay: 'YAML 1.2 reads' }));
  }

  // Bundles with two documents of the same name: a warning on the text, with its line.
  for (let n = 0; n < 10; n++) {
    const text = fs.readFileSync(path.join(dataDir, 'bundle-tail.txt'), 'utf8');
    const second = text.indexOf('==> 001_dc080621945f1249.txt <==');
    const dup = text.slice(0, second) + text.slice(0, second).replace(/\n$/, '') + '\n' + text.slice(second);
    cases.push(makeCase('duplicate-document', 'bundle-tail', base['bundle-tail'], 'any', { text: dup, mustSay: 'two documents are named' }));
  }

  // Huge files: over the 20 MB limit (refused unread) and a 5 MB one that is parsed.
  cases.push(makeCase('huge', '000_ada6b8799641a7d2', 'schema: seed-annotator/v1\nnote: "' + 'x'.repeat(50 * 1024 * 1024) + '"\n', 'problem'));
  const entity = (i) => `  - id: e${i.toString(36)}\n    type: ORG\n    start: 0\n    end: 7\n    text: Mexican\n`;
  const many = (bytes) => {
    let out = 'schema: seed-annotator/v1\ndocument: "000_ada6b8799641a7d2.txt"\nentities:\n';
    const parts = [];
    let size = out.length;
    for (let i = 0; size < bytes; i++) {
      const e = entity(i);
      parts.push(e);
      size += e.length;
    }
    return out + parts.join('') + 'claims: []\nrejected: []\n';
  };
  cases.push(makeCase('huge', '000_ada6b8799641a7d2', many(50 * 1024 * 1024), 'problem'));
  const garbage = Buffer.alloc(50 * 1024 * 1024);
  for (let i = 0; i < garbage.length; i += 4) garbage.writeUInt32LE((r.next() * 0xffffffff) >>> 0, i);
  cases.push(makeCase('huge', '000_ada6b8799641a7d2', garbage, 'problem'));
  cases.push(makeCase('huge', '000_ada6b8799641a7d2', many(5 * 1024 * 1024), 'any'));
  cases.push(makeCase('huge', '000_ada6b8799641a7d2', many(5 * 1024 * 1024).replace(/id: e\w+$/gm, 'id: same'), 'problem'));
  return cases;
}

/** Writes each case as `cases/NNNN/NAME.annotations.yaml` beside `NAME.txt`; returns the sidecar paths (relative to `root`). */
export function writeCases(cases, dataDir, root) {
  const texts = Object.fromEntries(SAMPLES.map((s) => [s.name, fs.readFileSync(path.join(dataDir, `${s.name}.txt`))]));
  return cases.map((c, n) => {
    const dir = path.join('cases', String(n).padStart(4, '0'));
    fs.mkdirSync(path.join(root, dir), { recursive: true });
    fs.writeFileSync(path.join(root, dir, `${c.sample}.txt`), c.text ?? texts[c.sample]);
    const sidecar = `${dir}/${c.sample}.annotations.yaml`;
    fs.writeFileSync(path.join(root, sidecar), c.yaml);
    return sidecar;
  });
}
