// Peak memory of one case, run in a process of its own (bundled by bench/run.ts): memory.js open|reanchor|idle DIR
import * as fs from 'fs';
import * as path from 'path';
import { reanchor } from '../src/core/anchoring/reanchor';
import { loadSidecar } from '../src/core/sidecar/load';
import { decodeUtf8 } from '../src/core/text';
import { openOnce } from './cases/open';

const [mode, dir] = process.argv.slice(2) as [string, string];
if (mode === 'open') openOnce(path.join(dir, 'bundle-bench.txt'), path.join(dir, 'bundle-bench.annotations.yaml'));
else if (mode === 'reanchor') {
  const text = decodeUtf8(fs.readFileSync(path.join(dir, 'reanchor.txt')));
  const read = loadSidecar(decodeUtf8(fs.readFileSync(path.join(dir, 'reanchor.annotations.yaml'))));
  reanchor(read.sidecar!, text);
} else if (mode !== 'idle') throw new Error(`unknown mode ${mode}`);
// maxRSS is in kilobytes.
process.stdout.write(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 }));
