// Export test inputs: the samples (two seeds and a bundle, with corpus.yaml) and a text with a byte order mark,
// emoji and combining accents, collected as the export command and the CLI collect them.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { readCorpus } from '../../../src/core/corpus';
import { collectDocuments } from '../../../src/core/export/collect';
import type { ExportDocument, ExportSet } from '../../../src/core/export/types';
import { decodeUtf8 } from '../../../src/core/text';

const root = path.join(__dirname, '../../..');
export const SAMPLES = path.join(root, 'samples');
export const UNICODE_FIXTURE = path.join(root, 'test/fixtures/export/210_00000000000000e1.txt');

export async function collectFile(file: string, includeBoilerplate = true): Promise<ExportDocument[]> {
  const text = decodeUtf8(fs.readFileSync(file));
  const sidecarPath = file.replace(/\.txt$/, '.annotations.yaml');
  const sidecarYaml = fs.existsSync(sidecarPath) ? fs.readFileSync(sidecarPath, 'utf8') : undefined;
  const collected = await collectDocuments({ file: path.relative(root, file).split(path.sep).join('/'), fileIri: pathToFileURL(file).href, text, sidecarYaml }, DEFAULT_CONFIG, { includeBoilerplate });
  if (collected.problems.length > 0) throw new Error(`${file}: ${collected.problems.map((p) => p.message).join('; ')}`);
  return collected.documents;
}

/** The samples (000, 001, the bundle's two documents) with the samples' corpus.yaml. */
export async function sampleSet(includeBoilerplate = true): Promise<ExportSet> {
  const files = ['000_ada6b8799641a7d2.txt', '001_dc080621945f1249.txt', 'bundle-tail.txt'].map((f) => path.join(SAMPLES, f));
  const documents = (await Promise.all(files.map((f) => collectFile(f, includeBoilerplate)))).flat();
  const corpus = readCorpus(fs.readFileSync(path.join(SAMPLES, 'corpus.yaml'), 'utf8')).corpus;
  return { documents, ...(corpus ? { corpus } : {}) };
}

/** One document: a BOM (dropped, as VS Code does), emoji (a flag: two code points, four UTF-16 units), combining accents. */
export async function unicodeSet(): Promise<ExportSet> {
  return { documents: await collectFile(UNICODE_FIXTURE) };
}
