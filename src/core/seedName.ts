/** Seed files are named `NNN_<16 lowercase hex>.txt`, e.g. `000_ada6b8799641a7d2.txt`. */
const SEED_FILE_NAME = /^\d{3}_[0-9a-f]{16}\.txt$/;

/** The last path segment of a path or URI path, with either separator. */
export function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}

export function isSeedFileName(path: string): boolean {
  return SEED_FILE_NAME.test(baseName(path));
}

/** A document's id: its file (or bundle delimiter) name without `.txt`. */
export function documentIdFromName(name: string): string {
  const base = baseName(name.trim());
  return base.toLowerCase().endsWith('.txt') ? base.slice(0, -4) : base;
}
