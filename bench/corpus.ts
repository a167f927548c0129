// Seeded, news-like text and annotations for the bench: generated on every run, never committed.
import { contextOf } from '../src/core/context';
import type { Claim, Entity, Sidecar } from '../src/core/model';
import { SCHEMA_V1 } from '../src/core/model';
import { createHash } from 'crypto';

/** A small, fast, seeded generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Kristi', 'Ismael', 'Joaquín', 'María', 'John', 'Aisha', 'Chen', 'Olga', 'Pedro', 'Laura', 'Ahmed', 'Sofia', 'David', 'Yuki', 'Grace', 'Omar', 'Elena', 'Tomás', 'Fatima', 'Lucas', 'Ana', 'Viktor', 'Nadia', 'Samuel'];
const LAST = ['Noem', 'Zambada', 'Guzmán', 'López', 'Carter', 'Rahman', 'Wei', 'Petrova', 'Alvarez', 'Okafor', 'Schmidt', 'Tanaka', 'Haddad', 'Moreau', 'Kowalski', 'Nguyen', 'Silva', 'Brennan', 'Ivanova', 'Mendoza'];
const ORGS = ['Border Patrol', 'Homeland Security', 'the Sinaloa Cartel', 'NewsNation', 'the State Department', 'Reuters', 'the city council', 'EL PAÍS', 'the Red Cross', 'the Interior Ministry', 'Amnesty International', 'the FBI', 'the port authority', 'the teachers’ union', 'Europol', 'the central bank', 'the World Health Organization', 'the election board'];
const PLACES = ['San Diego', 'Chicago', 'Texas', 'Mexico City', 'Portland', 'Eagle Pass', 'Lyon', 'Kyiv', 'Lagos', 'Manila', 'Bogotá', 'Marseille', 'Tijuana', 'Hamburg', 'Nairobi', 'Osaka', 'Quito', 'Gdańsk', 'Tucson', 'Valparaíso'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CUES = ['said', 'told reporters', 'according to', 'claimed', 'warned', 'reported', 'alleged', 'wrote', 'insisted', 'confirmed'];
const SUBJECTS = ['officials', 'agents', 'the report', 'a statement', 'migrants', 'the incident', 'the video', 'the memo', 'authorities', 'residents', 'the investigation', 'the operation', 'the shooting', 'the agency', 'prosecutors', 'witnesses', 'the ministry', 'lawmakers', 'the court', 'analysts', 'the documents', 'local media'];
const VERBS = ['confirmed', 'denied', 'reviewed', 'described', 'questioned', 'announced', 'investigated', 'rejected', 'supported', 'criticized', 'disputed', 'welcomed', 'documented', 'played down', 'linked'];
const TOPICS = ['the new checkpoints', 'a contract worth $', 'rising fuel prices', 'the water shortage', 'the ceasefire talks', 'a spike in arrests', 'the hospital closures', 'a leaked audit', 'the housing plan', 'the border fence', 'the strike', 'delays at the port', 'the flood defenses', 'missing shipments'];

export interface Corpus {
  readonly text: string;
  readonly sidecar: Sidecar;
}

/** About `size` characters of paragraphs, and `count` annotations (a tenth of them claims) spread over them. */
export function makeCorpus(seed: number, size: number, count: number): Corpus {
  const next = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const spans: Array<{ start: number; end: number; type: string }> = [];
  const sentences: Array<{ start: number; end: number; cue?: { start: number; end: number } }> = [];
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const paragraph = 2 + Math.floor(next() * 4);
    for (let s = 0; s < paragraph; s++) {
      const start = length;
      const add = (piece: string, type?: string) => {
        if (type) spans.push({ start: length, end: length + piece.length, type });
        parts.push(piece);
        length += piece.length;
      };
      const quoted = next() < 0.25;
      const person = `${pick(FIRST)} ${pick(LAST)}`;
      const date = next() < 0.5 ? `on ${pick(MONTHS)} ${1 + Math.floor(next() * 28)}` : `on ${pick(DAYS)}`;
      let topic = pick(TOPICS);
      if (topic.endsWith('$')) topic += `${(1 + Math.floor(next() * 900)).toLocaleString('en-US')},000`;
      if (quoted) add('“');
      const subject = pick(SUBJECTS);
      add(subject[0]!.toUpperCase() + subject.slice(1));
      add(' ');
      add(pick(VERBS));
      add(` ${topic} after `);
      add(person, 'PERSON');
      add(' of ');
      add(pick(ORGS), 'ORG');
      add(next() < 0.5 ? ' visited ' : ' spoke in ');
      add(pick(PLACES), 'GPE');
      add(' ');
      add(date, 'DATE');
      add(quoted ? ',” ' : ', ');
      const cueStart = length;
      const cue = pick(CUES);
      add(cue);
      add(' ');
      add(pick(SUBJECTS));
      add('.');
      sentences.push({ start, end: cueStart - 2, cue: { start: cueStart, end: cueStart + cue.length } });
      add(s < paragraph - 1 ? ' ' : '\n');
    }
  }
  const text = parts.join('');
  // Pick `count` annotations: mostly entities, a tenth claims; spread evenly.
  const entities: Entity[] = [];
  const claims: Claim[] = [];
  const claimCount = Math.round(count / 10);
  const entityStep = spans.length / (count - claimCount);
  for (let i = 0; i < count - claimCount; i++) {
    const s = spans[Math.floor(i * entityStep) % spans.length]!;
    const { prefix, suffix } = contextOf(text, s.start, s.end);
    entities.push({ id: `e${i.toString(36)}`, type: s.type, start: s.start, end: s.end, text: text.slice(s.start, s.end), prefix, suffix });
  }
  const claimStep = sentences.length / claimCount;
  for (let i = 0; i < claimCount; i++) {
    const s = sentences[Math.floor(i * claimStep) % sentences.length]!;
    const { prefix, suffix } = contextOf(text, s.start, s.end);
    claims.push({
      id: `c${i.toString(36)}`,
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      prefix,
      suffix,
      source: { text: 'officials' },
      cue: { ...s.cue!, text: text.slice(s.cue!.start, s.cue!.end) },
      attribution: 'indirect',
      status: 'unverified',
    });
  }
  return { text, sidecar: { schema: SCHEMA_V1, document: 'bench.txt', textHash: `sha256-${createHash('sha256').update(text, 'utf8').digest('hex')}`, entities, claims, rejected: [] } };
}
