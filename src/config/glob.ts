// Glob patterns for `include` / `exclude` (config) and --exclude (CLI), matched
// against a path relative to the config's folder, with `/` separators. The usual
// subset: `**` (any folders), `*` and `?` (within a name), `{a,b}`, `[abc]`.
// A pattern without a `/` matches a name at any depth, as in .gitignore.

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  const hit = cache.get(glob);
  if (hit) return hit;
  let g = glob.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  if (!g.includes('/')) g = `**/${g}`;
  if (g.endsWith('/')) g += '**';
  let out = '';
  let depth = 0;
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        const slash = g[i + 2] === '/';
        out += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') { out += '(?:'; depth++; }
    else if (c === '}' && depth > 0) { out += ')'; depth--; }
    else if (c === ',' && depth > 0) out += '|';
    else if (c === '[') {
      const close = g.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else { out += `[${g.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`; i = close; }
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  // a folder pattern covers what is below it: "archive/**" and "archive" alike
  const re = new RegExp(`^${out}(?:/.*)?$`);
  if (cache.size > 500) cache.clear(); // patterns come from configs: few, but never unbounded
  cache.set(glob, re);
  return re;
}

/** Does the relative path match any of the patterns? */
export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  const p = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
  return globs.some((g) => globToRegExp(g).test(p));
}
