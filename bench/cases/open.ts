// Opening a 1 MB seed with 10,000 annotations: read both files, parse the sidecar, anchor, ranges to draw.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { openDocument, spansByKind } from '../../src/core/open';
import { serializeSidecar } from '../../src/core/sidecar/write';
import { decodeUtf8, lineStarts, positionAt } from '../../src/core/text';
import { makeCorpus } from '../corpus';
import { figure, medianMs, type Figure } from '../measure';

export function writeOpenCase(dir: string): { textPath: string; yamlPath: string } {
  const { text, sidecar } = makeCorpus(7, 1_000_000, 10_000);
  const textPath = path.join(dir, 'bundle-bench.txt');
  const yamlPath = path.join(dir, 'bundle-bench.annotations.yaml');
  fs.writeFileSync(textPath, text);
  fs.writeFileSync(yamlPath, serializeSidecar(sidecar));
  return { textPath, yamlPath };
}

/** What the editor does on opening: everything up to the line/column ranges it hands to setDecorations. */
export function openOnce(textPath: string, yamlPath: string): number {
  const text = decodeUtf8(fs.readFileSync(textPath));
  const yaml = decodeUtf8(fs.readFileSync(yamlPath));
  const opened = openDocument(text, yaml, textPath, DEFAULT_CONFIG);
  if (opened.problems.length > 0) throw new Error('the bench sidecar should load cleanly');
  const starts = lineStarts(text); // VS Code's positionAt does this work in the editor
  let ranges = 0;
  for (const spans of spansByKind(opened).values()) {
    for (const [s, e] of spans) {
      positionAt(starts, s);
      positionAt(starts, e);
      ranges++;
    }
  }
  return ranges;
}

export function open(): Figure[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bench-'));
  try {
    const { textPath, yamlPath } = writeOpenCase(dir);
    const ms = medianMs(() => openOnce(textPath, yamlPath), 7, 2);
    return [figure({ name: 'open: 1 MB seed, 10k annotations (read, parse, anchor, ranges)', value: ms, unit: 'ms', target: 100 })];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
