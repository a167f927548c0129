// Seeded, news-like text and annotations for the bench: generated on every run, never committed.
import { contextOf } from '../src/core/context';
import type { Claim, Entity, Sidecar } from '../src/core/model';
import { SCHEMA_V1 } from '../src/core/model';
import { textHashOf } from '../src/core/sidecar/check';

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

const PEOPLE = ['Kristi Noem', 'Ismael Zambada', 'Joaquín Guzmán', 'María López', 'John Carter', 'Aisha Rahman', 'Chen Wei', 'Olga Petrova'];
const ORGS = ['Border Patrol', 'Homeland Security', 'the Sinaloa Cartel', 'NewsNation', 'the State Department', 'Reuters', 'the city council', 'EL PAÍS'];
const PLACES = ['San Diego', 'Chicago', 'Texas', 'Mexico City', 'Portland', 'Eagle Pass', 'Lyon', 'Kyiv'];
const DATES = ['on Monday', 'on Nov. 27', 'last week', 'on Oct. 7', 'in March 2024', 'on Thursday'];
const CUES = ['said', 'told reporters', 'according to', 'claimed', 'warned', 'reported', 'alleged'];
const FILLER = ['officials', 'agents', 'the report', 'a statement', 'migrants', 'the incident', 'the video', 'the memo', 'authorities', 'residents', 'the border', 'the investigation', 'the operation', 'rewards of $50,000', 'the shooting', 'the agency'];
const VERBS = ['confirmed', 'denied', 'reviewed', 'described', 'questioned', 'announced', 'investigated', 'rejected', 'supported', 'criticized'];

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
  let text = '';
  while (text.length < size) {
    const paragraph = 2 + Math.floor(next() * 4);
    for (let s = 0; s < paragraph; s++) {
      const start = text.length;
      const add = (piece: string, type?: string) => {
        if (type) spans.push({ start: text.length, end: text.length + piece.length, type });
        text += piece;
      };
      const quoted = next() < 0.25;
      if (quoted) add('“');
      add(pick(FILLER)[0]!.toUpperCase() + pick(FILLER).slice(1));
      add(' ');
      add(pick(VERBS));
      add(' that ');
      add(pick(PEOPLE), 'PERSON');
      add(' and ');
      add(pick(ORGS), 'ORG');
      add(' met in ');
      add(pick(PLACES), 'GPE');
      add(' ');
      add(pick(DATES), 'DATE');
      add(quoted ? ',” ' : ', ');
      const cueStart = text.length;
      const cue = pick(CUES);
      add(cue);
      add(' ');
      add(pick(FILLER));
      add('.');
      sentences.push({ start, end: cueStart - 2, cue: { start: cueStart, end: cueStart + cue.length } });
      text += ' ';
    }
    text = text.trimEnd() + '\n';
  }
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
  return { text, sidecar: { schema: SCHEMA_V1, document: 'bench.txt', textHash: textHashOf(text), entities, claims, rejected: [] } };
}
