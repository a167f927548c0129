// Export throughput: 1,000 generated documents (~4 KB each, ~12 annotations) with their sidecars, in memory,
// through runExport (collect: parse, re-anchor check, hash; then the format) for every format; and how soon a
// cancel stops it.
import { DEFAULT_CONFIG } from '../../src/core/config';
import type { SeedFileInput } from '../../src/core/export/collect';
import { EXPORT_FORMATS } from '../../src/core/export/formats';
import { runExport } from '../../src/core/export/run';
import { serializeSidecar } from '../../src/core/sidecar/write';
import { makeCorpus } from '../corpus';
import { figure, now, type Figure } from '../measure';

const DOCUMENTS = 1_000;

function inputs(): { inputs: Array<() => Promise<SeedFileInput>>; bytes: number } {
  let bytes = 0;
  const list = Array.from({ length: DOCUMENTS }, (_, i) => {
    const { text, sidecar } = makeCorpus(7_000 + i, 4_000, 12);
    const name = `${String(i % 1000).padStart(3, '0')}_${(0x1000000000000000n + BigInt(i)).toString(16)}.txt`;
    const yaml = serializeSidecar({ ...sidecar, document: name });
    bytes += text.length + yaml.length;
    const input: SeedFileInput = { file: `bench/${name}`, fileIri: `file:///bench/${name}`, text, sidecarYaml: yaml };
    return async () => input;
  });
  return { inputs: list, bytes };
}

export async function exportFigures(): Promise<Figure[]> {
  const { inputs: list, bytes } = inputs();
  const figures: Figure[] = [];
  for (const format of EXPORT_FORMATS) {
    await runExport(list.slice(0, 50), format, DEFAULT_CONFIG, undefined, { created: '2026-01-01T00:00:00Z' }); // warm-up
    const t = now();
    const result = await runExport(list, format, DEFAULT_CONFIG, undefined, { created: '2026-01-01T00:00:00Z' });
    const ms = now() - t;
    const out = result.output.reduce((n, f) => n + f.content.length, 0);
    figures.push(
      figure({
        name: `export ${format.name}: 1,000 documents (${(bytes / 1e6).toFixed(1)} MB of text and sidecars)`,
        value: ms,
        unit: 'ms',
        note: `${result.report.entities + result.report.claims} annotations, ${(out / 1e6).toFixed(1)} MB written, ${((bytes / 1e6 / ms) * 1000).toFixed(1)} MB/s`,
      }),
    );
  }
  // Cancel after the 100th file: how many files are read before it stops.
  let seen = 0;
  const t = now();
  const cancelled = await runExport(list, EXPORT_FORMATS[0]!, DEFAULT_CONFIG, undefined, { cancelled: () => seen >= 100, progress: (done) => (seen = done) });
  figures.push(figure({ name: 'export: cancel after 100 of 1,000 files (time to stop)', value: now() - t, unit: 'ms', note: `stopped: ${cancelled.cancelled}, ${seen} files read, nothing returned to write (${cancelled.output.length} files)` }));
  return figures;
}
