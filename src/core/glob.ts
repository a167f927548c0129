// A small glob matcher for settings such as `seedAnnotator.bundleGlobs` (the same syntax VS Code's settings use):
// `**` any number of folders, `*` and `?` within one path segment, `[abc]`, `{a,b}`.

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  const cached = cache.get(glob);
  if (cached) return cached;
  let re = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` matches everything below.
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      inGroup++;
      re += '(?:';
    } else if (c === '}' && inGroup > 0) {
      inGroup--;
      re += ')';
    } else if (c === ',' && inGroup > 0) re += '|';
    else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  const compiled = new RegExp(`^${re}$`);
  cache.set(glob, compiled);
  return compiled;
}

/** Whether `path` (with / separators, relative to a workspace folder or absolute) matches `glob`. */
export function matchesGlob(path: string, glob: string): boolean {
  const normal = path.replace(/\\/g, '/');
  const re = globToRegExp(glob);
  if (re.test(normal)) return true;
  // A glob starting with **/ also matches an absolute path's tail, as VS Code does for file patterns.
  return glob.startsWith('**/') && re.test(normal.replace(/^\/+/, ''));
}
