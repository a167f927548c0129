// Glob matching for settings such as `seedAnnotator.bundleGlobs` (the syntax VS Code's settings use: `**` any
// number of folders, `*` and `?` within one path segment, `[abc]`, `{a,b}`), by picomatch's POSIX build (no
// Node built-ins, so it bundles for the web worker host too).
import picomatch from 'picomatch/posix';

type Matcher = (path: string) => boolean;

const cache = new Map<string, Matcher>();

function matcherFor(glob: string): Matcher {
  let matcher = cache.get(glob);
  if (!matcher) {
    // dot: `*` matches names starting with a dot, as in VS Code's globs. picomatch reads `[!a]` as the class
    // of `!` and `a`; VS Code (and the shell) as "not a": written `[^a]`, which picomatch negates.
    matcher = picomatch(glob.replace(/(^|[^\\])\[!/g, '$1[^'), { dot: true });
    cache.set(glob, matcher);
  }
  return matcher;
}

/** Whether `path` (with / separators, relative to a workspace folder or absolute) matches `glob`. */
export function matchesGlob(path: string, glob: string): boolean {
  const normal = path.replace(/\\/g, '/');
  const matches = matcherFor(glob);
  if (matches(normal)) return true;
  // A glob starting with **/ also matches an absolute path's tail, as VS Code does for file patterns.
  return glob.startsWith('**/') && matches(normal.replace(/^\/+/, ''));
}
