// How one span follows one text change (VS Code's contentChanges: rangeOffset, rangeLength, text).

export interface TextChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Where span [start, end) with its `text` is after `change`, or undefined when the change deleted all of its
 * text (the annotation becomes an orphan). The rules:
 * - a change before the span shifts it; a change after it leaves it alone;
 * - typing strictly inside grows it; typing at either edge does not;
 * - a change inside it, or replacing its first or last characters, keeps the new text inside;
 * - a change that also covers text outside the span trims the span to what is left of it;
 * - a change that covers the whole span orphans it.
 */
export function shiftSpan(span: Span, change: TextChange): Span | undefined {
  const { start: s, end: e, text } = span;
  const a = change.rangeOffset;
  const b = a + change.rangeLength;
  const inserted = change.text;
  const delta = inserted.length - change.rangeLength;

  if (a === b) {
    if (inserted.length === 0 || a >= e) return span;
    if (a <= s) return { start: s + delta, end: e + delta, text };
    return { start: s, end: e + delta, text: text.slice(0, a - s) + inserted + text.slice(a - s) };
  }
  if (b <= s) return { start: s + delta, end: e + delta, text };
  if (a >= e) return span;
  if (a <= s && b >= e) return undefined;
  if (a <= s) {
    // The change covers the span's beginning. Starting exactly at the span, it replaces its first characters.
    const rest = text.slice(b - s);
    return a === s ? { start: s, end: e + delta, text: inserted + rest } : { start: a + inserted.length, end: e + delta, text: rest };
  }
  if (b >= e) {
    // The change covers the span's end. Ending exactly with the span, it replaces its last characters.
    const head = text.slice(0, a - s);
    return b === e ? { start: s, end: e + delta, text: head + inserted } : { start: s, end: a, text: head };
  }
  return { start: s, end: e + delta, text: text.slice(0, a - s) + inserted + text.slice(b - s) };
}

/** The text after applying `change` (for tests and the command line; the editor has its own document). */
export function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
}
