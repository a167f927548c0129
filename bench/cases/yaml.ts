// Sidecar YAML of 10,000 annotations: our load and save beside the yaml package, js-yaml and JSON.parse.
import * as jsyaml from 'js-yaml';
import { fastReadSidecar } from '../../src/core/sidecar/fastRead';
import { readSidecar } from '../../src/core/sidecar/read';
import { patchSidecar, serializeSidecar } from '../../src/core/sidecar/write';
import { makeCorpus } from '../corpus';
import { figure, medianMs, type Figure } from '../measure';

export function yamlFigures(): Figure[] {
  const { sidecar } = makeCorpus(11, 1_000_000, 10_000);
  const yaml = serializeSidecar(sidecar);
  const json = JSON.stringify(sidecar);
  const fast = medianMs(() => {
    if (!fastReadSidecar(yaml)) throw new Error('the fast reader declined the bench file');
  }, 9, 2);
  const jsYaml = medianMs(() => jsyaml.load(yaml), 9, 2);
  const full = medianMs(() => readSidecar(yaml), 3, 1);
  const jsonParse = medianMs(() => JSON.parse(json), 9, 2);
  const read = fastReadSidecar(yaml)!;
  const changed = { ...read.sidecar!, entities: read.sidecar!.entities.map((e, i) => (i === 5000 ? { ...e, type: 'LOC', note: 'checked' } : e)) };
  const saveOne = medianMs(() => patchSidecar({ sidecar: read.sidecar!, layout: read.layout! }, changed), 9, 2);
  const saveAll = medianMs(() => serializeSidecar(sidecar), 5, 1);
  const mb = (yaml.length / 1048576).toFixed(2);
  const layouts = layoutFigures();
  return [
    figure({ name: `sidecar load, 10k annotations (${mb} MB YAML), fast reader`, value: fast, unit: 'ms', target: jsYaml, baseline: jsYaml, note: 'target: faster than js-yaml on the same file' }),
    figure({ name: 'sidecar load, same file, js-yaml load', value: jsYaml, unit: 'ms' }),
    figure({ name: 'sidecar load, same file, yaml parseDocument (full reader, with positions)', value: full, unit: 'ms' }),
    figure({ name: 'sidecar load, same data as JSON, JSON.parse', value: jsonParse, unit: 'ms' }),
    figure({ name: 'sidecar save, one annotation changed (in-place patch)', value: saveOne, unit: 'ms', target: 20 }),
    figure({ name: 'sidecar save, new file of 10k annotations', value: saveAll, unit: 'ms' }),
    ...layouts,
  ];
}

/** The fast reader on 50k annotations in the samples' layout and in a hand-edited one (plain values, comments). */
function layoutFigures(): Figure[] {
  const { sidecar } = makeCorpus(12, 5_000_000, 50_000);
  const samples = serializeSidecar({ ...sidecar, document: '100_0123456789abcdef.txt' }).replace(/^document: .*$/m, 'document: "100_0123456789abcdef.txt"');
  const edited = handEdited(samples);
  const load = (text: string) => () => {
    if (!fastReadSidecar(text)) throw new Error('the fast reader declined a bench file');
  };
  const onSamples = medianMs(load(samples), 5, 1);
  const onEdited = medianMs(load(edited), 5, 1);
  const jsYamlEdited = medianMs(() => jsyaml.load(edited), 5, 1);
  return [
    figure({ name: `sidecar load, 50k annotations (${(samples.length / 1048576).toFixed(1)} MB), samples' layout, fast reader`, value: onSamples, unit: 'ms' }),
    figure({ name: 'sidecar load, 50k annotations, hand-edited layout (plain values, comments), fast reader', value: onEdited, unit: 'ms', target: jsYamlEdited, baseline: onSamples, note: "target: faster than js-yaml on the same file; ratio: against the samples' layout" }),
    figure({ name: 'sidecar load, 50k annotations, hand-edited layout, js-yaml load', value: jsYamlEdited, unit: 'ms' }),
  ];
}

/** A file as a person edits it: quotes dropped where plain text reads the same, comments above and after lines. */
export function handEdited(yaml: string): string {
  let item = 0;
  return yaml
    .split('\n')
    .map((line) => {
      const plain = /^(\s*[a-zA-Z]+: )"([\p{L}][^"\\#:]*[^\s"\\#:])"$/u.exec(line) ?? /^(document: )"(.*)"$/.exec(line);
      let out = plain ? `${plain[1]}${plain[2]}` : line;
      if (/^\s*- /.test(line) && item++ % 10 === 0) out = `${line.replace(/-.*/, '')}# checked by hand\n${out}`;
      if (/^\s*type: /.test(line) && item % 7 === 0) out += '  # verified';
      return out;
    })
    .join('\n');
}
