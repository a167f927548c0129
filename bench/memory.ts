// Peak memory of one case, run in a process of its own (bundled by bench/run.ts): memory.js open|reanchor|idle DIR;
// memory.js tree DIR (with --expose-gc) prints the heap and RSS that 10,000 cached summaries hold.
import * as fs from 'fs';
import * as path from 'path';
import { reanchor } from '../src/core/anchoring/reanchor';
import { loadSidecar } from '../src/core/sidecar/load';
import { decodeUtf8 } from '../src/core/text';
import { openOnce } from './cases/open';
import { measureTreeMemory } from './cases/tree';

const [mode, dir] = process.argv.slice(2) as [string, string];
if (mode === 'tree') {
  void measureTreeMemory(dir).then((figures) => process.stdout.write(JSON.stringify(figures)));
} else if (mode === 'open') openOnce(path.join(dir, 'bundle-bench.txt'), path.join(dir, 'bundle-bench.annotations.yaml'));
else if (mode === 'reanchor') {
  const text = decodeUtf8(fs.readFileSync(path.join(dir, 'reanchor.txt')));
  const read = loadSidecar(decodeUtf8(fs.readFileSync(path.join(dir, 'reanchor.annotations.yaml'))));
  reanchor(read.sidecar!, text);
} else if (mode !== 'idle') throw new Error(`unknown mode ${mode}`);
// maxRSS is in kilobytes.
if (mode !== 'tree') process.stdout.write(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 }));
