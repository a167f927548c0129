// Suggestions made by the engines (entities, claims): plain data, no `vscode` import.
// Offsets are UTF-16 code units into the text given to the engine, end exclusive. Every engine takes
// `(text: string, ranges?: Array<[start, end]>)`: the ranges are the parts to look at (document bodies minus
// boilerplate); without ranges the whole text is looked at.

/** A part of the text to look at: [start, end), UTF-16 offsets. */
export type TextRange = [number, number];

export interface EntitySuggestion {
  start: number;
  end: number;
  text: string;
  type: string;
  /** 0..1 */
  score: number;
  /** Which engine suggested it ("compromise", "wink", "rules", "learned", ...). */
  engine: string;
  link?: string;
}

export interface SuggestedSpan {
  start: number;
  end: number;
  text: string;
}

export interface ClaimSuggestion {
  /** The content of the claim (the clause or the inside of the quote). */
  start: number;
  end: number;
  text: string;
  /** 0..1 */
  score: number;
  engine: string;
  /** Who made the statement (a name, a title and name, "officials", a pronoun, ...). */
  source?: SuggestedSpan;
  /** The attribution verb or phrase ("said", "according to", "told reporters"). */
  cue?: SuggestedSpan;
  /** `direct` for quoted speech, `indirect` for reported speech. */
  attribution?: 'direct' | 'indirect';
}
