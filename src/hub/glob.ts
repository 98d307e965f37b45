/**
 * Glob matching over ids and ARNs, for suppressions, automation rules and critical resources.
 *
 * `*` matches any run of characters except `/`, `**` matches anything (including `/`), `?` one
 * character except `/`. `/**\/` also matches a single `/`. Everything else is literal, so
 * `arn:aws:s3:::logs-*` matches every bucket named logs-…
 *
 * Globs come from config files and values from cloud APIs and logs, so matching must not
 * backtrack: a V8 regular expression for `*a*a*a*a*a*b` takes exponential time on a long value
 * of `a`s. The matcher here simulates the glob as a state machine over the value, one character
 * at a time, keeping the set of pattern positions reachable so far: O(value × pattern) at worst,
 * and a plain comparison or prefix check for the globs people usually write.
 */

// The steps of a compiled glob.
/** One literal character (its code in `codes`). */
const CHAR = 0;
/** `?`: one character except `/`. */
const ONE = 1;
/** `*`: any run without `/`. */
const STAR = 2;
/** `**`: any run without a line break (as `.*` did in the regular expression this replaces). */
const ANY = 3;
/** `**\/` at the start or after `/`: nothing, or any run ending in `/` (as `(?:.*\/)?` did). */
const SEGMENTS = 4;

interface CompiledGlob {
  ops: Uint8Array;
  codes: Uint16Array;
  /** Set when the glob is a literal and one final `*` or `**`: a prefix test (and a scan of the rest) is enough. */
  prefix?: string;
  /** The final wildcard of a prefix glob: STAR (no `/` after the prefix) or ANY (no line break). */
  tail?: number;
}

const SLASH = 0x2f;
const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/** Compiled globs; cleared when it grows past CACHE_LIMIT so hostile configs cannot grow it without bound. */
const globCache = new Map<string, CompiledGlob>();
const CACHE_LIMIT = 10_000;

function compile(glob: string): CompiledGlob {
  const ops: number[] = [];
  const codes: number[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        while (glob[i + 1] === '*') i++;
        // Same reading as the regular expression this replaces: `**/` counts as whole segments only
        // when exactly two stars start the glob or follow a `/`.
        if (glob[i + 1] === '/' && (i - 2 < 0 || glob[i - 2] === '/')) {
          ops.push(SEGMENTS);
          i++;
        } else ops.push(ANY);
      } else ops.push(STAR);
      codes.push(0);
    } else if (c === '?') {
      ops.push(ONE);
      codes.push(0);
    } else {
      ops.push(CHAR);
      codes.push(glob.charCodeAt(i));
    }
  }
  const compiled: CompiledGlob = { ops: Uint8Array.from(ops), codes: Uint16Array.from(codes) };
  const first = ops.findIndex((o) => o !== CHAR);
  if (first === ops.length - 1 && (ops[first] === ANY || ops[first] === STAR)) {
    compiled.prefix = glob.slice(0, glob.indexOf('*'));
    compiled.tail = ops[first];
  }
  return compiled;
}

function compiled(glob: string): CompiledGlob {
  let c = globCache.get(glob);
  if (c) return c;
  c = compile(glob);
  if (globCache.size >= CACHE_LIMIT) globCache.clear();
  globCache.set(glob, c);
  return c;
}

// State sets of the simulation, reused between calls (matching is synchronous). A state is a
// position in the ops, `n` (their count) being the end; for SEGMENTS at `position`,
// `n + 1 + position` is "inside its run, before the `/` that ends it".
let current = new Int32Array(64);
let next = new Int32Array(64);
let seen = new Uint32Array(64);
let generation = 0;

function add(set: Int32Array, size: number, state: number, ops: Uint8Array): number {
  // Zero-width moves: a star or a segment run may match nothing.
  for (;;) {
    if (seen[state] === generation) return size;
    seen[state] = generation;
    set[size++] = state;
    const n = ops.length;
    if (state >= n) return size;
    const op = ops[state];
    if (op === STAR || op === ANY) {
      state++;
      continue;
    }
    if (op === SEGMENTS) {
      size = add(set, size, n + 1 + state, ops);
      state++;
      continue;
    }
    return size;
  }
}

function nextGeneration(): void {
  if (++generation === 0xffffffff) {
    seen.fill(0);
    generation = 1;
  }
}

function simulate(g: CompiledGlob, value: string): boolean {
  const { ops, codes } = g;
  const n = ops.length;
  if (current.length < 2 * n + 2) {
    current = new Int32Array(2 * n + 2);
    next = new Int32Array(2 * n + 2);
    seen = new Uint32Array(2 * n + 2);
    generation = 0;
  }
  nextGeneration();
  let size = add(current, 0, 0, ops);
  for (let i = 0; i < value.length && size > 0; i++) {
    const c = value.charCodeAt(i);
    nextGeneration();
    let nextSize = 0;
    for (let k = 0; k < size; k++) {
      const s = current[k];
      if (s === n) continue;
      if (s > n) {
        // Inside a segment run: anything but a line break stays inside; a `/` may also end it.
        if (isLineBreak(c)) continue;
        nextSize = add(next, nextSize, s, ops);
        if (c === SLASH) nextSize = add(next, nextSize, s - n, ops);
        continue;
      }
      switch (ops[s]) {
        case CHAR:
          if (codes[s] === c) nextSize = add(next, nextSize, s + 1, ops);
          break;
        case ONE:
          if (c !== SLASH) nextSize = add(next, nextSize, s + 1, ops);
          break;
        case STAR:
          if (c !== SLASH) nextSize = add(next, nextSize, s, ops);
          break;
        case ANY:
          if (!isLineBreak(c)) nextSize = add(next, nextSize, s, ops);
          break;
        // Segments itself consumes nothing: its run state (n + s) does.
      }
    }
    const t = current;
    current = next;
    next = t;
    size = nextSize;
  }
  for (let k = 0; k < size; k++) if (current[k] === n) return true;
  return false;
}

/** Whether a glob has wildcards at all (without them it is compared as it is). */
export function isGlob(glob: string): boolean {
  return glob.includes('*') || glob.includes('?');
}

/** The literal text a value must start with to match the glob (the whole glob when it has no wildcard). */
export function globLiteralPrefix(glob: string): string {
  let end = glob.length;
  const star = glob.indexOf('*');
  const q = glob.indexOf('?');
  if (star >= 0) end = star;
  if (q >= 0 && q < end) end = q;
  return glob.slice(0, end);
}

/** Whether a value matches a glob (exact comparison when the glob has no wildcard). */
export function globMatch(glob: string, value: string): boolean {
  if (!isGlob(glob)) return glob === value;
  const g = compiled(glob);
  if (g.prefix !== undefined) {
    if (!value.startsWith(g.prefix)) return false;
    for (let i = g.prefix.length; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (g.tail === STAR ? c === SLASH : isLineBreak(c)) return false;
    }
    return true;
  }
  return simulate(g, value);
}

/**
 * A glob as a regular expression, for callers that need one (e.g. to hand to a database). Do not
 * run it over untrusted values: V8 backtracks; globMatch does not.
 */
export function globToRegExp(glob: string): RegExp {
  let src = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        while (glob[i + 1] === '*') i++;
        if (glob[i + 1] === '/' && (i - 2 < 0 || glob[i - 2] === '/')) {
          src += '(?:.*/)?';
          i++;
        } else src += '.*';
      } else src += '[^/]*';
    } else if (c === '?') src += '[^/]';
    else src += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${src}$`);
}
