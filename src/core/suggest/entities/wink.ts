// Dates, money, percentages and quantities from wink-nlp (wink-eng-lite-web-model). Its entities come as token
// spans; token offsets are rebuilt from each token's text and preceding spaces and checked against the text.
import type { EntitySuggestion } from '../types';
import { loadWink } from './libraries';
import { prepare, toOriginal, trimSpan, type Prepared } from './prepare';
import { inRanges } from './rules';

const UNIT = /^\s*(?:-\s*)?(?:miles?|kilometers?|kilometres?|km|meters?|metres?|feet|foot|inches|inch|yards?|pounds?|lbs?|kilograms?|kg|grams?|tons?|tonnes?|ounces?|gallons?|liters?|litres?|barrels?|acres?|hectares?|degrees?|mph|megawatts?|gigawatts?)\b/i;
const NUMBERISH = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion)\b/i;

export async function suggestByWink(original: string, ranges?: ReadonlyArray<readonly [number, number]>): Promise<EntitySuggestion[]> {
  return winkOnPrepared(original, prepare(original), ranges);
}

export async function winkOnPrepared(original: string, prepared: Prepared, ranges?: ReadonlyArray<readonly [number, number]>): Promise<EntitySuggestion[]> {
  const nlp = await loadWink();
  const text = prepared.text;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(nlp.its.value) as string[];
  const spaces = doc.tokens().out(nlp.its.precedingSpaces) as string[];
  const offsets = tokenOffsets(text, values, spaces);
  const out: EntitySuggestion[] = [];
  doc.entities().each((e) => {
    const kind = e.out(nlp.its.type) as string;
    const [first, last] = e.out(nlp.its.span) as [number, number];
    const a = offsets[first];
    const b = offsets[last];
    if (!a || !b) return;
    let [start, end] = trimSpan(text, a[0], b[1]);
    if (end <= start) return;
    const inner = text.slice(start, end);
    let type: string | undefined;
    let score = 0.8;
    switch (kind) {
      case 'DATE':
        type = 'DATE';
        break;
      case 'DURATION':
        // "two months", "the coming days": a date only with a number in it.
        if (NUMBERISH.test(inner)) type = 'DATE';
        score = 0.6;
        break;
      case 'MONEY':
        type = 'MONEY';
        score = 0.85;
        break;
      case 'PERCENT':
        type = 'PERCENT';
        score = 0.85;
        break;
      case 'CARDINAL': {
        // A number followed by a unit is a quantity; other cardinals are not suggested.
        const unit = UNIT.exec(text.slice(end, end + 24));
        if (unit) {
          end += unit[0].length;
          type = 'QUANTITY';
          score = 0.7;
        }
        break;
      }
      default:
        break;
    }
    if (!type) return;
    [start, end] = trimSpan(text, start, end);
    const [s, e2] = toOriginal(prepared, start, end);
    if (e2 <= s || (ranges && !inRanges(ranges, s, e2))) return;
    out.push({ start: s, end: e2, text: original.slice(s, e2), type, score, engine: 'wink' });
  });
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

/** [start, end) of each token, or undefined when a token could not be found in the text. */
export function tokenOffsets(text: string, values: readonly string[], spaces: readonly string[]): Array<[number, number] | undefined> {
  const out: Array<[number, number] | undefined> = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let start = at + (spaces[i]?.length ?? 0);
    if (!text.startsWith(value, start)) {
      const found = text.indexOf(value, at);
      if (found < 0 || found - at > 64) {
        out.push(undefined);
        continue;
      }
      start = found;
    }
    out.push([start, start + value.length]);
    at = start + value.length;
  }
  return out;
}
