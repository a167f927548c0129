// The seed files of a workspace folder as a tree of folders, from their paths alone (nothing is read): what the
// Documents view lists first. Kept up to date one path at a time as files are added, renamed or deleted.

/** Paths are relative to the workspace folder, '/'-separated. */
export class SeedCatalog {
  /** Folder ('' for the root) → its seed files' names and its subfolders holding seeds somewhere below. */
  private readonly folders = new Map<string, { files: Set<string>; subfolders: Set<string> }>([['', { files: new Set(), subfolders: new Set() }]]);

  constructor(paths: Iterable<string> = []) {
    for (const p of paths) this.add(p);
  }

  get size(): number {
    let n = 0;
    for (const f of this.folders.values()) n += f.files.size;
    return n;
  }

  has(path: string): boolean {
    const [folder, name] = split(path);
    return this.folders.get(folder)?.files.has(name) ?? false;
  }

  /** Adds a seed file; returns the folder whose children changed (the highest folder it brought in, or its own). */
  add(path: string): string {
    const [folder, name] = split(path);
    const created: string[] = [];
    let changed = folder;
    for (let at = folder; !this.folders.has(at); at = split(at)[0]) {
      this.folders.set(at, { files: new Set(), subfolders: new Set() });
      created.push(at);
      changed = split(at)[0];
    }
    for (const f of created) {
      const [parent, own] = split(f);
      this.folders.get(parent)!.subfolders.add(own);
    }
    this.folders.get(folder)!.files.add(name);
    return changed;
  }

  /** Removes a seed file (and folders left without seeds); returns the folder whose children changed. */
  remove(path: string): string | undefined {
    const [folder, name] = split(path);
    const entry = this.folders.get(folder);
    if (!entry?.files.delete(name)) return undefined;
    let at = folder;
    while (at !== '') {
      const here = this.folders.get(at)!;
      if (here.files.size > 0 || here.subfolders.size > 0) break;
      this.folders.delete(at);
      const [parent, own] = split(at);
      this.folders.get(parent)!.subfolders.delete(own);
      at = parent;
    }
    return at;
  }

  /** Removes every seed file under a folder (a deleted folder). Returns the paths removed. */
  removeFolder(folder: string): string[] {
    const removed = this.under(folder);
    for (const p of removed) this.remove(p);
    return removed;
  }

  /** The subfolders of `folder` that hold seeds, sorted by name. */
  subfolders(folder: string): string[] {
    return [...(this.folders.get(folder)?.subfolders ?? [])].sort(byName).map((n) => join(folder, n));
  }

  /** The seed files directly in `folder`, sorted by name. */
  files(folder: string): string[] {
    return [...(this.folders.get(folder)?.files ?? [])].sort(byName).map((n) => join(folder, n));
  }

  /** Every seed file under `folder` ('' for all), in tree order. */
  under(folder = ''): string[] {
    const out: string[] = [];
    const walk = (f: string) => {
      for (const s of this.subfolders(f)) walk(s);
      out.push(...this.files(f));
    };
    if (this.folders.has(folder)) walk(folder);
    return out;
  }
}

// Made on first use: the first Intl.Collator loads locale data, which activation should not wait for.
let collator: Intl.Collator | undefined;
const byName = (a: string, b: string) => (collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })).compare(a, b);

function split(path: string): [folder: string, name: string] {
  const i = path.lastIndexOf('/');
  return i < 0 ? ['', path] : [path.slice(0, i), path.slice(i + 1)];
}

function join(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}
