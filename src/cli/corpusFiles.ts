// Which corpus.yaml files apply to the paths of a command line.
import * as fs from 'fs';
import * as path from 'path';
import { CORPUS_FILE_NAME } from '../core/corpus';
import { relative } from './files';

/**
 * The corpus.yaml files named, or at the root of a folder named (and, with `searchUp`, the nearest one in a
 * folder above a path, up to the current folder); the other paths, for collectPairs.
 */
export function corpusTargets(positional: readonly string[], searchUp: boolean): { corpusFiles: string[]; targets: string[] } {
  const corpusFiles = new Set<string>();
  const targets: string[] = [];
  const cwd = process.cwd();
  for (const target of positional) {
    const isDir = fs.existsSync(target) && fs.statSync(target).isDirectory();
    // validate reports a named corpus.yaml that is not there; stats takes it as an ordinary path.
    if (!isDir && path.basename(target) === CORPUS_FILE_NAME && (!searchUp || fs.existsSync(target))) {
      corpusFiles.add(relative(target));
      continue;
    }
    targets.push(target);
    if (!searchUp) {
      if (isDir && fs.existsSync(path.join(target, CORPUS_FILE_NAME))) corpusFiles.add(relative(path.join(target, CORPUS_FILE_NAME)));
      continue;
    }
    for (let dir = path.resolve(isDir ? target : path.dirname(target)); ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, CORPUS_FILE_NAME);
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) {
        corpusFiles.add(relative(candidate));
        break;
      }
      const rel = path.relative(cwd, dir);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) || path.dirname(dir) === dir) break;
    }
  }
  return { corpusFiles: [...corpusFiles], targets };
}
