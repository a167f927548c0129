// What every export format works from: the documents to export (each a text of its own, with its annotations
// relative to it), and what each format writes. Offsets here are UTF-16 code units, as in sidecars; formats
// convert them to the unit their readers count (offsets.ts).
import type { Corpus } from '../corpus';
import type { Attribution, ClaimStatus, DocumentState, Evidence } from '../model';

export type OffsetUnit = 'utf16' | 'codepoints';

export interface ExportEntity {
  readonly id: string;
  readonly type: string;
  /** UTF-16 offsets into the document's `text`, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly link?: string;
  readonly note?: string;
}

export interface ExportClaim {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly status: ClaimStatus;
  /** Who claims it: an entity of the same document (its id), and/or free text. */
  readonly source?: { readonly entity?: string; readonly text?: string };
  /** The cue, relative to the document's text like the claim. */
  readonly cue?: { readonly start: number; readonly end: number; readonly text: string };
  readonly attribution?: Attribution;
  readonly checkworthy?: boolean;
  readonly evidence?: readonly Evidence[];
  readonly link?: string;
  readonly note?: string;
}

/** Why annotations were left out of a document's export. */
export interface LeftOut {
  /** Their text could not be found in the current text. */
  readonly orphans: number;
  /** They lie in page chrome, and chrome was cut out (`includeBoilerplate: false`). */
  readonly inBoilerplate: number;
}

export interface ExportDocument {
  /** The seed file, as the caller names it (a path relative to the workspace or the command line's folder). */
  readonly file: string;
  /** The seed file as an absolute IRI (`file:///…`), for formats that need one (W3C). */
  readonly fileIri: string;
  /** The document's id: a seed file's name without `.txt`, or a bundle document's delimiter name. */
  readonly id: string;
  /** Whether the file is a bundle of several documents. */
  readonly bundle: boolean;
  /** The document's text: its body (in bundles, without the delimiter line); page chrome cut out if asked. */
  readonly text: string;
  /** Where `text` starts in the file (UTF-16): file offset = fileOffset + document offset (when chrome is kept). */
  readonly fileOffset: number;
  /** `sha256-<hex>` of `text` as UTF-8. */
  readonly textHash: string;
  readonly state: DocumentState;
  /** Page chrome in `text` (empty when cut out). */
  readonly boilerplate: ReadonlyArray<readonly [number, number]>;
  readonly entities: readonly ExportEntity[];
  readonly claims: readonly ExportClaim[];
  readonly leftOut: LeftOut;
}

export interface ExportSet {
  readonly documents: readonly ExportDocument[];
  /** The workspace's canonical entities and claims, when it has a corpus.yaml. */
  readonly corpus?: Corpus;
}

export interface ExportOptions {
  /** The unit offsets are written in (each format has a default: the unit its readers count). */
  readonly unit?: OffsetUnit;
  /** A base IRI for documents' `source` in W3C annotations (default: their `file:` IRIs). */
  readonly baseIri?: string;
  /** The configured entity labels (formats that declare their types list them all, in this order). */
  readonly labels?: readonly string[];
  /** When the export was made (ISO 8601), for formats that record it; fixed in tests. */
  readonly created?: string;
}

/** One file an export writes: `path` relative to the destination folder, or '' for the one stream of a single-file format. */
export interface ExportFile {
  readonly path: string;
  readonly content: string;
}

export interface ExportFormat {
  readonly name: string;
  /** One line for pickers and --help. */
  readonly description: string;
  /** Writes a folder (a file or two per document) rather than one stream. */
  readonly folder: boolean;
  /** The file name extension of a single-stream export (`.jsonl`), or of its main files. */
  readonly extension: string;
  readonly defaultUnit: OffsetUnit;
  export(set: ExportSet, options: ExportOptions): ExportFile[];
}
