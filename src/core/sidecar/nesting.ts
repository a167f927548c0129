// A guard before the YAML parser: flow collections nested thousands deep (a hostile or broken file) take the
// parser seconds to refuse and overflow its stack. One linear scan finds them first.

/** Deeper than any sidecar needs (an item, its cue or source, evidence: four or five levels). */
export const MAX_NESTING = 256;

/** The offset where `[`/`{` nesting first goes past MAX_NESTING, outside quotes and comments; undefined if never. */
export function tooDeepAt(text: string): number | undefined {
  let depth = 0;
  let quote = '';
  let previous = '\n'; // the last character that was not a space, outside quotes
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = '';
      }
      continue;
    }
    if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n')) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end - 1;
      continue;
    }
    // A quote opens a quoted scalar only where a value starts (an apostrophe inside plain text does not).
    if ((c === '"' || c === "'") && ':-[{,\n?'.includes(previous)) quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
    if (c !== ' ' && c !== '\t' && c !== '\r') previous = c;
  }
  return undefined;
}
