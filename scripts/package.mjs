// npm run package: builds the production bundles and a .vsix offline with @vscode/vsce, then checks what went in.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const out = path.join(root, `${name}-${version}.vsix`);

fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true }); // no development maps or test bundles inside
execFileSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out], {
  cwd: root,
  stdio: 'inherit',
});

/** Names of the entries of a zip file, read from its central directory. */
function zipEntries(file) {
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    names.push(buf.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

const entries = zipEntries(out);
const forbidden = entries.filter((e) => /^extension\/(src|test)\//.test(e) || e.endsWith('.map') || e.endsWith('.ts'));
if (forbidden.length > 0) {
  console.error(`the .vsix must not carry sources, tests or source maps:\n  ${forbidden.join('\n  ')}`);
  process.exit(1);
}
for (const required of ['extension/dist/node/extension.js', 'extension/dist/web/extension.js', 'extension/dist/cli/seed-annotator.js', 'extension/syntaxes/seed.tmLanguage.json']) {
  if (!entries.includes(required)) {
    console.error(`the .vsix lacks ${required}`);
    process.exit(1);
  }
}
const kb = (fs.statSync(out).size / 1024).toFixed(1);
console.log(`${path.basename(out)}: ${kb} KB, ${entries.length} files, no src/, test/ or source maps`);
