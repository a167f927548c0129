// What every import format gives: the documents another tool annotated, each with its entities and claims as
// offsets into the document's text (UTF-16, converted by the parser when the tool counted code points).
import type { Attribution, ClaimStatus } from '../model';

export type ImportUnit = 'utf16' | 'codepoints';

export interface ImportedEntity {
  /**
   * UTF-16 offsets into the document's `text` when it is given; without it, offsets into the target document's
   * body in the document's `unit`. Both -1 when the source gives no position, only the text (a W3C
   * TextQuoteSelector): the span is then found by `text` and its `prefix`/`suffix`.
   */
  start: number;
  end: number;
  label: string;
  /** The span's text as the source gives it. */
  text?: string;
  /** Context the source gives (a W3C TextQuoteSelector's prefix and suffix). */
  prefix?: string;
  suffix?: string;
  note?: string;
  /** A canonical entity: a corpus.yaml id, or a knowledge-base reference such as `Wikidata:Q41187`. */
  link?: string;
}

export interface ImportedClaim {
  /** As for entities. */
  start: number;
  end: number;
  text?: string;
  prefix?: string;
  suffix?: string;
  status?: ClaimStatus;
  /** Who makes the claim: free text and/or an entity of the same imported document (its index in `entities`). */
  source?: { text?: string; entityIndex?: number };
  /** The attribution cue, in the same offsets as the claim (-1 and its text when the source gives only the text: it is looked for near the claim). */
  cue?: { start: number; end: number; text?: string };
  attribution?: Attribution;
  checkworthy?: boolean;
  note?: string;
  link?: string;
}

export interface ImportedDocument {
  /** A file or document name as the source gives it ("000_ada6b8799641a7d2", "bundle-tail__001_dc080621945f1249", a path). */
  name: string;
  /** The file the document came from when the source says so apart from `name` (a bundle's file). */
  file?: string;
  /** The text the offsets refer to, when the format carries it. */
  text?: string;
  /**
   * Without `text`: the unit the offsets count (the parser had nothing to convert them against; they are
   * converted against the target document's body on import). With `text` offsets are always UTF-16.
   */
  unit?: ImportUnit;
  entities: ImportedEntity[];
  claims: ImportedClaim[];
  /** What could not be read, each naming the file and line (or item). */
  warnings: string[];
}

export interface ImportFile {
  /** As the caller names it: its extension and base name are read (`x.ann` pairs with `x.txt`). */
  readonly path: string;
  readonly content: string;
}

export interface ImportOptions {
  /** The unit the tool counted offsets in (each format has a default: the unit its tool counts). */
  readonly unit?: ImportUnit;
  /** Label Studio: import model predictions too (by default only annotations are). */
  readonly predictions?: boolean;
}

export type ImportParser = (files: ReadonlyArray<ImportFile>, options?: ImportOptions) => ImportedDocument[];
