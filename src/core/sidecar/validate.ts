// Everything that can be wrong with a sidecar, given its text file.
import type { SeedConfig } from '../config';
import { recognize, type RecognizedFile } from '../documents';
import type { Problem } from '../problems';
import { checkSidecar } from './check';
import type { ReadResult } from './read';
import { loadSidecar } from './load';

export interface Validation {
  readonly read: ReadResult;
  readonly file: RecognizedFile | undefined;
  /** Sorted by position. */
  readonly problems: Problem[];
}

/**
 * Reads and checks a sidecar. `text` is the text file's content (without BOM), or undefined if it is missing;
 * `textHash` its hash (from textHashAsync), for the check that the text is the one the sidecar was saved with.
 */
export function validateSidecar(yamlText: string, text: string | undefined, textFileName: string, config: SeedConfig, textHash?: string): Validation {
  const read = loadSidecar(yamlText, { labels: config.labels });
  const file = text === undefined ? undefined : recognize(text, { fileName: textFileName, delimiters: config.delimiters, boilerplate: config.boilerplate });
  const problems = [...read.problems, ...checkSidecar(read, { ...(text !== undefined ? { text } : {}), ...(file ? { file } : {}), ...(textHash !== undefined ? { textHash } : {}) })];
  problems.sort((a, b) => a.start - b.start || a.line - b.line || a.col - b.col);
  return { read, file, problems };
}
