// VS Code gives a document a single line ending: when it loads a file that mixes CRLF and LF (or has lone CRs),
// it rewrites every line ending to one kind. Offsets and textHash then describe the text shown, not the file on
// disk, until the file is saved with the one line ending. This finds that case so that the user can be told.
import { BOM } from './text';

export type Eol = 'LF' | 'CRLF';

export interface LineEndingCounts {
  readonly crlf: number;
  readonly lf: number;
  /** Lone carriage returns (old Mac files); VS Code treats them as line endings too. */
  readonly cr: number;
}

export function countLineEndings(text: string): LineEndingCounts {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lf++;
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    }
  }
  return { crlf, lf, cr };
}

/** The line ending VS Code gives a file it loads: CRLF when more than half of its line endings have a CR, else LF. */
export function eolVsCodePicks(counts: LineEndingCounts, whenNone: Eol = 'LF'): Eol {
  const total = counts.crlf + counts.lf + counts.cr;
  if (total === 0) return whenNone;
  return counts.crlf + counts.cr > total / 2 ? 'CRLF' : 'LF';
}

/** `text` with every line ending (CRLF, LF, lone CR) made `eol`, as VS Code does on loading. */
export function normalizeLineEndings(text: string, eol: Eol): string {
  return text.replace(/\r\n|\r|\n/g, eol === 'CRLF' ? '\r\n' : '\n');
}

export interface MixedLineEndings {
  /** The one line ending of the text shown. */
  readonly shown: Eol;
  /** The line endings of the file on disk. */
  readonly disk: LineEndingCounts;
}

/**
 * How the file on disk (decoded) differs from the editor's text when the only difference is that its line
 * endings were made `editorEol` (by default the editor text's own). Undefined when they are the same text, or
 * when they differ otherwise (an edit, another encoding): that is not a line-ending matter.
 */
export function mixedLineEndings(diskText: string, editorText: string, editorEol?: Eol): MixedLineEndings | undefined {
  const disk = diskText.startsWith(BOM) ? diskText.slice(1) : diskText;
  if (disk === editorText) return undefined;
  const counts = countLineEndings(disk);
  const shown = editorEol ?? eolVsCodePicks(countLineEndings(editorText), eolVsCodePicks(counts));
  const otherEndings = shown === 'LF' ? counts.crlf + counts.cr : counts.lf + counts.cr;
  if (otherEndings === 0 || normalizeLineEndings(disk, shown) !== editorText) return undefined;
  return { shown, disk: counts };
}

/** The warning for a file whose line endings the editor changed: what is shown, what is on disk, what saving does. */
export function describeMixedLineEndings(name: string, mixed: MixedLineEndings): string {
  const kinds = [
    [mixed.disk.crlf, 'CRLF'],
    [mixed.disk.lf, 'LF'],
    [mixed.disk.cr, 'CR'],
  ] as const;
  const present = kinds.filter(([n]) => n > 0).map(([n, kind]) => `${n} ${kind}`);
  const disk = present.length === 1 ? `has ${present[0]!} line endings` : `mixes ${present.slice(0, -1).join(', ')} and ${present[present.length - 1]!} lines`;
  return (
    `VS Code shows ${name} with ${mixed.shown} line endings only; the file on disk ${disk}. ` +
    `Annotations are kept against the text as shown; saving the file will write ${mixed.shown} everywhere.`
  );
}
