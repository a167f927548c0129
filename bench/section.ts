// One section of the bench, in a process of its own so that no figure pays for another's garbage:
//   node .vscode-test/bench/section.js NAME   (bundled by bench/run.ts) -> prints the section's figures as JSON
import { activation, bundleSizes, memory } from './cases/build';
import { commandLatency } from './cases/commands';
import { exportFigures } from './cases/export';
import { liveEdit } from './cases/live';
import { open } from './cases/open';
import { reanchorFigures } from './cases/reanchor';
import { suggestFigures } from './cases/suggest';
import { suggestWorkerFigures } from './cases/suggestWorker';
import { treeFigures } from './cases/tree';
import { yamlFigures } from './cases/yaml';
import type { Figure } from './measure';

export const SECTIONS: Record<string, () => Figure[] | Promise<Figure[]>> = {
  'live edits': () => [...liveEdit(10_000, 1_000_000), ...liveEdit(100_000, 3_000_000)],
  open,
  commands: () => [...commandLatency(10_000, 1_000_000), ...commandLatency(100_000, 3_000_000)],
  'sidecar YAML': yamlFigures,
  're-anchoring': reanchorFigures,
  memory,
  'Tree views: 10,000 seeds': treeFigures,
  'export: 1,000 documents': exportFigures,
  suggestions: suggestFigures,
  bundles: bundleSizes,
  // After `bundles`: it runs the production worker bundle that section builds.
  'suggestion worker': suggestWorkerFigures,
  activation,
};

if (require.main === module) {
  const run = SECTIONS[process.argv[2] ?? ''];
  if (!run) throw new Error(`unknown section "${process.argv[2]}"; sections: ${Object.keys(SECTIONS).join(', ')}`);
  void Promise.resolve(run()).then((figures) => process.stdout.write(JSON.stringify(figures)));
}
