// Test-data builders for sidecars.
import type { Claim, Entity, Sidecar } from '../../../src/core/model';
import { SCHEMA_V1 } from '../../../src/core/model';
import { readSidecar } from '../../../src/core/sidecar/read';

export function entity(id: string, start: number, text: string, more: Partial<Entity> = {}): Entity {
  return { id, type: 'ORG', start, end: start + text.length, text, ...more };
}

export function claim(id: string, start: number, text: string, more: Partial<Claim> = {}): Claim {
  return { id, start, end: start + text.length, text, status: 'unverified', ...more };
}

export function sidecar(more: Partial<Sidecar> = {}): Sidecar {
  return { schema: SCHEMA_V1, entities: [], claims: [], rejected: [], ...more };
}

/** Reads a sidecar that must be free of problems. */
export function readOk(text: string) {
  const r = readSidecar(text);
  if (r.problems.length > 0) throw new Error(`unexpected problems: ${r.problems.map((p) => `${p.line}:${p.col} ${p.path} ${p.message}`).join('; ')}\n${text}`);
  return { sidecar: r.sidecar!, layout: r.layout! };
}

/** The lines that differ between two texts: from the first differing line to the last (common prefix and suffix removed). */
export function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return { removed: a.slice(p, a.length - s), added: b.slice(p, b.length - s) };
}
