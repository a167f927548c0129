// Walking the `yaml` package's nodes for the corpus reader: aliases followed within a budget (so alias bombs
// are harmless), values turned into plain data, problems collected with their ranges.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { Problem, Severity } from '../problems';

/** How many nodes aliases may expand to, in all, before the file is refused. */
export const MAX_ALIAS_EXPANSION = 10_000;

export class AliasBudgetError extends Error {}

export class NodeReader {
  readonly problems: Problem[] = [];
  errors = 0;
  private expanded = 0;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lineCounter: LineCounter,
  ) {}

  problem(severity: Severity, start: number, end: number, path: string, message: string): void {
    const { line, col } = this.lineCounter.linePos(start);
    if (severity === 'error') this.errors++;
    this.problems.push({ severity, line, col, start, end: Math.max(start, end), path, message });
  }

  /** A problem at a node (an alias: where the alias is written). */
  at(severity: Severity, node: unknown, fallback: number, path: string, message: string): void {
    const range = (node as Node | null | undefined)?.range;
    this.problem(severity, range?.[0] ?? fallback, range?.[1] ?? fallback, path, message);
  }

  /** The node an alias stands for (the node itself otherwise). */
  deref(node: unknown): Node | null {
    let n = node as Node | null | undefined;
    for (let hops = 0; n && isAlias(n); hops++) {
      if (hops > 64 || ++this.expanded > MAX_ALIAS_EXPANSION) throw new AliasBudgetError(`YAML aliases expand to more than ${MAX_ALIAS_EXPANSION} values`);
      n = n.resolve(this.doc) as Node | undefined;
    }
    return n ?? null;
  }

  /** Any value as plain data (for keys this version does not know), aliases expanded within the budget. */
  plain(node: unknown): unknown {
    const n = this.deref(node);
    if (++this.expanded > MAX_ALIAS_EXPANSION * 100) throw new AliasBudgetError('the file holds too many values');
    if (n === null) return null;
    if (isScalar(n)) return n.value;
    if (isSeq(n)) return n.items.map((item) => this.plain(item));
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      for (const pair of n.items) {
        const key = this.plain(pair.key);
        out[typeof key === 'string' ? key : JSON.stringify(key)] = this.plain(pair.value);
      }
      return out;
    }
    return null;
  }

  /** A string value, or undefined (with an error) for anything else. */
  string(node: unknown, fallback: number, path: string, what = 'a string'): string | undefined {
    const n = this.deref(node);
    if (n && isScalar(n) && typeof n.value === 'string') return n.value;
    this.at('error', node, fallback, path, `expected ${what}${found(n)}`);
    return undefined;
  }

  /** The entries of a mapping with string keys; undefined (with an error) for anything else. */
  entries(node: unknown, fallback: number, path: string, what: string): Array<{ key: string; pair: Pair }> | undefined {
    const n = this.deref(node);
    if (!n || !isMap(n)) {
      this.at('error', node, fallback, path, `expected ${what}${found(n)}`);
      return undefined;
    }
    const out: Array<{ key: string; pair: Pair }> = [];
    for (const pair of n.items) {
      const key = this.plain(pair.key);
      if (typeof key === 'string' || typeof key === 'number') out.push({ key: String(key), pair });
      else this.at('error', pair.key, n.range?.[0] ?? fallback, path, 'expected a text key');
    }
    return out;
  }
}

/** What a value that is not the expected one is, for messages. */
export function found(n: Node | null): string {
  if (n === null || (isScalar(n) && n.value === null)) return ', found nothing';
  if (isScalar(n)) {
    const v = n.value;
    return typeof v === 'number' || typeof v === 'boolean' ? `, found ${String(v)} (put it in quotes to make it text)` : `, found ${JSON.stringify(v)}`;
  }
  return isMap(n) ? ', found a mapping' : isSeq(n) ? ', found a list' : '';
}

export function startOf(node: unknown, fallback: number): number {
  return (node as Node | null | undefined)?.range?.[0] ?? fallback;
}
