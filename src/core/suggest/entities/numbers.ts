// Dates, money, percentages and quantities by regular expressions over the prepared text: one pass per
// pattern, no tokenizer. OntoNotes conventions (docs/annotation-guidelines.md): durations in days or longer and
// ages are DATE, clock times and durations in hours or minutes are TIME (not suggested), bare counts are not
// suggested, "$5,000 and $10,000" is two MONEY spans.

export interface NumberPiece {
  start: number;
  end: number;
  type: 'DATE' | 'MONEY' | 'PERCENT' | 'QUANTITY';
  score: number;
}

const WORD_NUMBER = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a dozen|dozens of|hundreds of|thousands of|millions of|a few|several|a couple of|many';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A number in figures or words: "18", "1,040", "4.5", "two", "twenty-four", "a few", "2 million". */
const FIGURES = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const NUMBER = String.raw`(?:${FIGURES}|(?:${TENS})-(?:one|two|three|four|five|six|seven|eight|nine)|${WORD_NUMBER})(?:[ -](?:hundred|thousand|million|billion))?`;

const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = String.raw`Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.`;
const ANY_MONTH = `(?:${MONTH_ABBR}|${MONTH})`;
const DAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const PART_OF_DAY = 'morning|afternoon|evening|night';
const PERIOD = 'week|weekend|month|year|decade|century|quarter|season|spring|summer|fall|autumn|winter';
const PERIODS = 'days|weeks|months|years|decades|centuries';
const ORDINAL_DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;

const DATE_PATTERNS: ReadonlyArray<[RegExp, number]> = [
  // "Nov. 27", "November 27, 2024", "late January", "mid-March 2025", "27 November 2024", "December 2024"
  [new RegExp(String.raw`(?:(?:early|late|mid)[ -])?${ANY_MONTH}(?: ${ORDINAL_DAY}(?![\d:])(?:,? ${YEAR})?| ${YEAR}| of ${YEAR})?(?![\p{L}\d])`, 'gu'), 0.8],
  [new RegExp(String.raw`\b${ORDINAL_DAY} ${ANY_MONTH}(?: ${YEAR})?(?![\p{L}\d])`, 'gu'), 0.8],
  // "Thursday", "Tuesday night"
  [new RegExp(String.raw`\b(?:${DAY})(?: (?:${PART_OF_DAY}))?\b`, 'g'), 0.8],
  // "last week", "this year", "earlier this month", "the past decade", "next summer"
  [new RegExp(String.raw`\b(?:(?:earlier|later) )?(?:last|next|this|past|coming|previous|following|same) (?:${PERIOD})\b`, 'g'), 0.75],
  [/\b(?:yesterday|today|tomorrow)\b/g, 0.7],
  [new RegExp(String.raw`\b(?:the (?:past|last|next|coming) )(?:few |several )?(?:${PERIODS}|decade|year|month|week)\b`, 'g'), 0.65],
  // "2024", "the 1990s", "2024-25", "fiscal 2026"
  [new RegExp(String.raw`(?<![\p{L}\d$€£.,/-])(?:mid-)?${YEAR}(?:s|-\d\d)?(?![\d%,.]\d|\d| ?(?:%|percent|per cent))`, 'gu'), 0.7],
  // "the second quarter", "Q3"
  [/\b(?:the )?(?:first|second|third|fourth) quarter\b|\bQ[1-4](?: \d{4})?\b/g, 0.7],
];

/** "May" and "March" alone are words too: a date only with a day, a year or a preposition before them. */
const WEAK_MONTH = /^(?:May|March)$/;
const MONTH_CONTEXT = /(?:\b(?:in|since|until|till|through|by|from|to|last|next|this|early|late|of|on|before|after|during|between|and|or)\s+|mid-)$/;

const SCALE = String.raw`(?:\s?(?:[Mm]illion|[Bb]illion|[Tt]rillion|[Tt]housand|bn|mn|m|k)\b)?`;
const MONEY_SYMBOL = new RegExp(String.raw`[$€£¥₹]\s?${FIGURES}${SCALE}`, 'g');
/** "US$", "C$", "HK$": a country's letters before the symbol belong to the amount. */
const CURRENCY_PREFIX = /(?:^|[^\p{L}])(US|C|A|NZ|HK|S|R)$/u;

const UNITS = [
  'miles?', 'kilometers?', 'kilometres?', 'km', 'meters?', 'metres?', 'feet', 'foot', 'ft', 'inches', 'inch', 'yards?', 'pounds?',
  'lbs?', 'kilograms?', 'kg', 'grams?', 'tons?', 'tonnes?', 'ounces?', 'oz', 'gallons?', 'liters?', 'litres?', 'barrels?',
  'acres?', 'hectares?', 'square (?:miles?|feet|kilometers?|kilometres?|meters?)', 'degrees?(?: (?:Fahrenheit|Celsius|F|C))?', 'mph',
  'km/h', 'megawatts?', 'gigawatts?', 'kilowatts?', 'MW', 'GW', 'kWh', 'calories', 'bushels?', 'cubic (?:feet|meters?|metres?)',
];

/**
 * Patterns found by their last word (a unit, "percent", "dollars", "years"), which is rare, and then the
 * number before it: scanning for the number first would try the number words at every position of the text.
 */
interface Anchored {
  /** The last word, with the space or hyphen before it. */
  readonly anchor: RegExp;
  /** What must end right before the anchor: the number (and the words before it that belong to the span). */
  readonly before: RegExp;
  /** Words after the anchor that belong to the span. */
  readonly after?: RegExp;
  readonly type: NumberPiece['type'];
  readonly score: number;
}
const ANCHORED: readonly Anchored[] = [
  { anchor: /\s?%|\s(?:percent|per cent|percentage points?)\b/g, before: new RegExp(String.raw`(?<![\p{L}\d.])(?:${NUMBER})$`, 'iu'), type: 'PERCENT', score: 0.85 },
  { anchor: /(?: million| billion| trillion)? (?:dollars|euros|pounds|yen|yuan|pesos|rupees|cents|francs|rubles|roubles)\b/g, before: new RegExp(String.raw`(?<![\p{L}\d])(?:${NUMBER})$`, 'iu'), type: 'MONEY', score: 0.8 },
  { anchor: new RegExp(String.raw`[ -](?:${UNITS.join('|')})(?![\p{L}])`, 'gu'), before: new RegExp(String.raw`(?<![\p{L}\p{N}$€£])(?:${NUMBER.replace('|many', '')})$`, 'iu'), type: 'QUANTITY', score: 0.7 },
  // "two months", "18 months ago", "the next few days", "three decades", "22 years"
  { anchor: new RegExp(String.raw` (?:more )?(?:${PERIODS})\b`, 'g'), before: new RegExp(String.raw`(?<![\p{L}\d])(?:the (?:past|last|next|coming|previous|first|final) )?(?:${NUMBER})$`, 'iu'), after: /^ (?:ago|earlier|later|old)\b/, type: 'DATE', score: 0.65 },
  // "24-year-old", "a four-year contract", "the 10-year note"
  { anchor: /-(?:year|month|week|day)s?(?:-old)?\b/g, before: new RegExp(String.raw`(?<![\p{L}\d-])(?:${NUMBER})$`, 'iu'), type: 'DATE', score: 0.7 },
];

/** Dates, money, percentages and quantities in `text`, sorted by start. */
export function numbers(text: string): NumberPiece[] {
  const out: NumberPiece[] = [];
  for (const [re, score] of DATE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (WEAK_MONTH.test(m[0]) && !MONTH_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', score });
    }
  }
  for (const m of text.matchAll(MONEY_SYMBOL)) {
    const prefix = CURRENCY_PREFIX.exec(text.slice(Math.max(0, m.index - 3), m.index));
    const start = m.index - (prefix ? prefix[1]!.length : 0);
    out.push({ start, end: m.index + m[0].length, type: 'MONEY', score: 0.85 });
  }
  for (const a of ANCHORED) {
    for (const m of text.matchAll(a.anchor)) {
      const b = a.before.exec(text.slice(Math.max(0, m.index - 48), m.index));
      if (!b) continue;
      let end = m.index + m[0].length;
      if (a.after) end += a.after.exec(text.slice(end, end + 10))?.[0].length ?? 0;
      out.push({ start: m.index - b[0].length, end, type: a.type, score: a.score });
    }
  }
  return longest(out);
}

/** Of overlapping pieces of one type the longest is kept (the patterns overlap on purpose). */
function longest(pieces: NumberPiece[]): NumberPiece[] {
  pieces.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NumberPiece[] = [];
  const lastEnd = new Map<string, number>();
  for (const p of pieces) {
    if ((lastEnd.get(p.type) ?? -1) > p.start) continue;
    out.push(p);
    lastEnd.set(p.type, p.end);
  }
  return out;
}
