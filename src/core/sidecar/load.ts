// Reading a sidecar the fast way when its layout allows, the thorough way otherwise: same result either way.
import { fastReadSidecar } from './fastRead';
import { readSidecar, type ReadOptions, type ReadResult } from './read';

export function loadSidecar(text: string, options: ReadOptions = {}): ReadResult {
  return fastReadSidecar(text, options) ?? readSidecar(text, options);
}
