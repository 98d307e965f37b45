/** Glob matching over ids and ARNs, for suppressions, automation rules and critical resources. */
const globCache = new Map<string, RegExp>();

/**
 * A glob as a regular expression. `*` matches any run of characters except `/`, `**` matches
 * anything (including `/`), `?` one character except `/`. `/**\/` also matches a single `/`.
 * Everything else is literal, so `arn:aws:s3:::logs-*` matches every bucket named logs-…
 */
export function globToRegExp(glob: string): RegExp {
  let re = globCache.get(glob);
  if (re) return re;
  let src = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        while (glob[i + 1] === '*') i++;
        if (glob[i + 1] === '/' && (i - 2 < 0 || glob[i - 2] === '/')) {
          // `**/` at the start or after a `/`: zero or more whole segments
          src += '(?:.*/)?';
          i++;
        } else src += '.*';
      } else src += '[^/]*';
    } else if (c === '?') src += '[^/]';
    else src += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  re = new RegExp(`^${src}$`);
  if (globCache.size > 10_000) globCache.clear();
  globCache.set(glob, re);
  return re;
}

/** Whether a value matches a glob (exact comparison when the glob has no wildcard). */
export function globMatch(glob: string, value: string): boolean {
  if (!/[*?]/.test(glob)) return glob === value;
  return globToRegExp(glob).test(value);
}

