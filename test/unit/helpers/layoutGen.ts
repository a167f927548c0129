// Sidecars in many layouts: the same data written by our writer, by js-yaml with several option sets, and by a
// "hand" renderer that picks, per node, a style a person or another tool might use. Every comment the hand
// renderer writes is unique (`#cN`) and remembers which node it belongs to, so tests can ask whether it survived.
import fc from 'fast-check';
import * as jsYaml from 'js-yaml';
import { SCHEMA_V1, type Claim, type Entity, type Rejected, type Sidecar } from '../../../src/core/model';
import { serializeSidecar } from '../../../src/core/sidecar/write';

const WORDS = ['Ana', 'Pérez', 'border', 'patrol', "O'Brien", 'said:', 'a #1', '“quoted”', 'x: y', '-dash', '100%', '#tag', 'true', 'null', '123', '😀', 'مرحبا', '{a}', '[b]', 'Tijuana', 'e.g.', 'a\\b', '"hi"', 'it’s', '&x', '*y', '!t', '|', '>'];
const word = fc.constantFrom(...WORDS);
/** Text of one to twelve words, sometimes over several lines. */
export const textArb = fc
  .array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', ' ', ' ', '\n')), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([w, sep], i) => (i === 0 ? w : sep + w)).join(''))
  .chain((body) => fc.constantFrom(body, body, body, `${body}\n`));
/** Text on one line (files of such text are the ones the fast reader can take in every layout). */
const lineArb = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
const span = fc.tuple(fc.nat(5000), fc.nat(80)).map(([start, length]) => ({ start, end: start + length }));
const labels = fc.constantFrom('PERSON', 'ORG', 'GPE', 'DATE');

const entityArb = (id: string, textArb: fc.Arbitrary<string>): fc.Arbitrary<Entity> =>
  fc
    .record({ type: labels, span, text: textArb, prefix: textArb, suffix: textArb, link: fc.constantFrom('us-border-patrol', 'cbp', 'ana-perez'), note: textArb }, { requiredKeys: ['type', 'span', 'text'], noNullPrototype: true })
    .map(({ span: s, ...rest }) => ({ id, ...s, ...rest }));

const claimArb = (id: string, textArb: fc.Arbitrary<string>): fc.Arbitrary<Claim> =>
  fc
    .record(
      {
        span,
        text: textArb,
        status: fc.constantFrom('unverified' as const, 'supported' as const, 'refuted' as const),
        source: fc.oneof(fc.record({ entity: fc.constant('e0') }, { noNullPrototype: true }), fc.record({ text: textArb }, { noNullPrototype: true })),
        cue: fc.tuple(span, textArb).map(([s, t]) => ({ ...s, text: t })),
        attribution: fc.constantFrom('direct' as const, 'indirect' as const),
        checkworthy: fc.boolean(),
        evidence: fc.array(fc.record({ url: fc.constantFrom('https://x.org/a:b', 'https://cbp.gov/n'), note: textArb }, { requiredKeys: ['url'], noNullPrototype: true }), { minLength: 1, maxLength: 2 }),
        note: textArb,
      },
      { requiredKeys: ['span', 'text', 'status'], noNullPrototype: true },
    )
    .map(({ span: s, ...rest }) => ({ id, ...s, ...rest }));

const rejectedArb = (start: number, textArb: fc.Arbitrary<string>): fc.Arbitrary<Rejected> => fc.record({ type: labels, text: textArb, length: fc.nat(20) }, { noNullPrototype: true }).map(({ length, ...rest }) => ({ ...rest, start, end: start + length }));

/** A sidecar of 3 to 9 entities, 2 to 5 claims and up to 3 rejected suggestions (distinct places). */
const sidecarOf = (textArb: fc.Arbitrary<string>): fc.Arbitrary<Sidecar> =>
  fc
    .record({ entities: fc.integer({ min: 3, max: 9 }), claims: fc.integer({ min: 2, max: 5 }), rejected: fc.uniqueArray(fc.nat(5000), { maxLength: 3 }) }, { noNullPrototype: true })
    .chain((n) =>
      fc.record(
        {
          document: fc.constantFrom('100_0123456789abcdef.txt', 'seed 7.txt', 'news.txt'),
          textHash: fc.constantFrom('0', '7', 'c', 'f').map((h) => `sha256-${h.repeat(64)}`),
          entities: fc.tuple(...Array.from({ length: n.entities }, (_, i) => entityArb(`e${i}`, textArb))),
          claims: fc.tuple(...Array.from({ length: n.claims }, (_, i) => claimArb(`c${i}`, textArb))),
          rejected: fc.tuple(...n.rejected.map((start) => rejectedArb(start, textArb))),
        },
        { noNullPrototype: true },
      ),
    )
    .map((s) => ({ schema: SCHEMA_V1, ...s }));

/** Sidecars whose text runs over lines as often as not, and sidecars of one-line text. */
export const sidecarArb: fc.Arbitrary<Sidecar> = fc.oneof(sidecarOf(textArb), sidecarOf(lineArb));

/** A sidecar as plain YAML data, fields in the writer's order. */
export function plainData(s: Sidecar): Record<string, unknown> {
  return JSON.parse(JSON.stringify({ schema: s.schema, document: s.document, textHash: s.textHash, entities: s.entities, claims: s.claims, rejected: s.rejected })) as Record<string, unknown>;
}

export const JS_YAML_OPTIONS: readonly jsYaml.DumpOptions[] = [{}, { flowLevel: 2 }, { lineWidth: 20 }, { quotingType: '"' }, { forceQuotes: true }, { noCompatMode: true }, { sortKeys: true, noArrayIndent: true }, { indent: 4, lineWidth: 30 }];

/** Who a comment belongs to: the file, a list, an item (by identity), or one field of an item. */
export type CommentOwner = { readonly kind: 'top' } | { readonly kind: 'list'; readonly list: string } | { readonly kind: 'item'; readonly item: string } | { readonly kind: 'field'; readonly item: string; readonly field: string };

export interface Rendered {
  readonly text: string;
  readonly style: string;
  readonly comments: ReadonlyMap<string, CommentOwner>;
}

/** The identity the writer matches items by. */
export function identityOf(list: string, item: Entity | Claim | Rejected): string {
  return list === 'rejected' ? `rejected:${(item as Rejected).type}:${item.start}:${item.end}:${item.text}` : `${list}:${(item as Entity).id}`;
}

/** `s` in layout number `style` (0: ours, 1..n: js-yaml option sets, others: hand-written), `pick` choosing details. */
export function render(s: Sidecar, style: number, pick: () => number, crlf: boolean): Rendered {
  let out: Rendered;
  if (style === 0) out = { text: serializeSidecar(s), style: 'ours', comments: new Map() };
  else if (style <= JS_YAML_OPTIONS.length) {
    const options = JS_YAML_OPTIONS[style - 1]!;
    out = { text: jsYaml.dump(plainData(s), options), style: `js-yaml ${JSON.stringify(options)}`, comments: new Map() };
  } else out = new HandRenderer(pick).render(s);
  return crlf ? { ...out, text: out.text.replace(/\n/g, '\r\n'), style: `${out.style}, CRLF` } : out;
}

class HandRenderer {
  private readonly lines: string[] = [];
  private readonly comments = new Map<string, CommentOwner>();

  constructor(private readonly pick: () => number) {}

  render(s: Sidecar): Rendered {
    this.commentLine('', { kind: 'top' });
    this.lines.push(`schema: ${SCHEMA_V1}${this.trailing({ kind: 'top' })}`);
    if (s.document !== undefined) this.lines.push(`document: ${withComment(this.scalar(s.document, 0), this.trailing({ kind: 'top' }))}`);
    if (s.textHash !== undefined) this.lines.push(`textHash: ${withComment(this.scalar(s.textHash, 0), this.trailing({ kind: 'top' }))}`);
    for (const list of ['entities', 'claims', 'rejected'] as const) {
      const items = s[list] as readonly (Entity | Claim | Rejected)[];
      this.commentLine('', { kind: 'top' });
      if (items.length === 0) {
        this.lines.push(`${list}: []${this.trailing({ kind: 'top' })}`);
        continue;
      }
      this.lines.push(`${list}:${this.trailing({ kind: 'list', list })}`);
      const dash = this.pick() % 2 === 0 ? '' : '  ';
      this.commentLine(dash, { kind: 'list', list });
      for (const item of items) this.item(list, item, dash);
    }
    return { text: this.lines.join('\n') + '\n', style: 'hand', comments: this.comments };
  }

  private comment(owner: CommentOwner): string {
    const marker = `#c${this.comments.size}`;
    this.comments.set(marker, owner);
    return marker;
  }

  /** Sometimes a comment line. */
  private commentLine(indent: string, owner: CommentOwner): void {
    if (this.pick() % 4 === 0) this.lines.push(`${indent}${this.comment(owner)}`);
  }

  /** Sometimes a comment after a value. */
  private trailing(owner: CommentOwner): string {
    return this.pick() % 3 === 0 ? `${' '.repeat(1 + (this.pick() % 3))}${this.comment(owner)}` : '';
  }

  private item(list: string, item: Entity | Claim | Rejected, dash: string): void {
    const id = identityOf(list, item);
    this.commentLine(dash, { kind: 'item', item: id });
    const fields = Object.entries(JSON.parse(JSON.stringify(item)) as Record<string, unknown>);
    const style = this.pick() % 7;
    const flowable = fields.every(([, v]) => typeof v !== 'object' && (typeof v !== 'string' || !v.includes('\n')));
    if (style === 0 && flowable) {
      const body = fields.map(([k, v]) => `${k}: ${this.flowScalar(v)}`).join(', ');
      this.lines.push(`${dash}- {${body}}${this.trailing({ kind: 'item', item: id })}`);
      return;
    }
    const indent = `${dash}  `;
    let first: string;
    if (style === 1) {
      this.lines.push(`${dash}-`);
      first = indent;
    } else if (style === 3) {
      this.lines.push(`${dash}- &a${this.lines.length}`);
      first = indent;
    } else if (style === 2) {
      this.lines.push(`${dash}- ${this.comment({ kind: 'item', item: id })}`);
      first = indent;
    } else first = `${dash}- `;
    fields.forEach(([key, value], i) => {
      const owner: CommentOwner = { kind: 'field', item: id, field: key };
      this.field(i === 0 ? first : indent, indent, key, value, owner);
      if (i < fields.length - 1) this.commentLine(indent, owner);
    });
  }

  private field(lead: string, indent: string, key: string, value: unknown, owner: CommentOwner): void {
    if (Array.isArray(value)) {
      this.lines.push(`${lead}${key}:${this.trailing(owner)}`);
      for (const entry of value as Record<string, unknown>[]) this.lines.push(`${indent}  - {${Object.entries(entry).map(([k, v]) => `${k}: ${this.flowScalar(v)}`).join(', ')}}`);
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value as Record<string, unknown>);
      const flowable = entries.every(([, v]) => typeof v !== 'string' || !v.includes('\n'));
      if (flowable && this.pick() % 2 === 0) {
        this.lines.push(`${lead}${key}: {${entries.map(([k, v]) => `${k}: ${this.flowScalar(v)}`).join(', ')}}${this.trailing(owner)}`);
        return;
      }
      this.lines.push(`${lead}${key}:${this.trailing(owner)}`);
      for (const [k, v] of entries) this.lines.push(`${indent}  ${k}: ${withComment(this.scalar(v, indent.length + 2), this.trailing(owner))}`);
    } else this.lines.push(`${lead}${key}: ${withComment(this.scalar(value, indent.length), this.trailing(owner))}`);
  }

  /** A value in block context: plain, quoted or a block scalar. */
  private scalar(value: unknown, indent: number): string {
    if (typeof value !== 'string') return String(value);
    const choice = this.pick() % 6;
    const pad = ' '.repeat(indent + 2);
    // Block scalars: the text's lines indented under the key; `|`/`>` keep one final line break, `|-`/`>-` none.
    const body = value.endsWith('\n') ? value.slice(0, -1) : value;
    const blockable = /^\S/.test(body) && !/\s$/.test(body) && !/ \n|\n /.test(body) && !body.includes('\n\n');
    const chomp = value.endsWith('\n') ? '' : '-';
    const literal = () => `|${chomp}\n${body.split('\n').map((l) => pad + l).join('\n')}`;
    if (choice === 4 && blockable) return literal();
    if (choice === 5 && blockable && !body.includes('\n') && !body.includes('  ')) {
      let n = 0;
      return `>${chomp}\n${pad}${body.replace(/ (?=\S)/g, (m) => (n++ % 3 === 2 ? `\n${pad}` : m))}`;
    }
    return this.quoted(value, choice);
  }

  private quoted(value: string, choice: number): string {
    if (choice <= 1 && isPlainSafe(value)) return value;
    if (choice === 2 && !value.includes('\n')) return `'${value.replace(/'/g, "''")}'`;
    return JSON.stringify(value);
  }

  private flowScalar(value: unknown): string {
    if (typeof value !== 'string') return String(value);
    if (this.pick() % 2 === 0 && isPlainSafe(value) && !/[,[\]{}]/.test(value)) return value;
    return JSON.stringify(value);
  }
}

/** A value with a comment after it: on the header line of a block scalar (after its content is content). */
function withComment(value: string, comment: string): string {
  const header = value.indexOf('\n');
  return header < 0 ? value + comment : value.slice(0, header) + comment + value.slice(header);
}

/** Plain text YAML 1.2 reads back as this very string (conservatively). */
function isPlainSafe(value: string): boolean {
  if (!/^[\p{L}0-9][^\n#]*$/u.test(value) || /: |:$|\s$/.test(value)) return false;
  let parsed: unknown;
  try {
    parsed = jsYaml.load(value);
  } catch {
    return false;
  }
  return parsed === value && /^[\p{L}]/u.test(value) ? !/^(?:yes|no|on|off|y|n)$/i.test(value) : /^[0-9]+_[0-9a-f]+\.txt$/.test(value);
}
