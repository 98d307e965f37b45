/**
 * Parsing the mamori config file (YAML → validated config). Loaded only when a config file exists.
 * Every problem is a MamoriError with one line: `file:line:col: setting.path: what is wrong`.
 * Resolved environment variables (`${env:NAME}`) never appear in error messages.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { MamoriError } from '../model/errors.js';
import { homedir } from 'node:os';
import { defaultConfig } from './defaults.js';
import { expandHome } from './index.js';
import { parseLargeConfig } from './large.js';
import { configTooLarge, MAX_CONFIG_RULES, maxConfigBytes } from './limits.js';
import { ConfigSchema, type MamoriConfig } from './schema.js';
import { formatPath, fromZodError, issueMessages, moreProblems, sortIssues, type ConfigIssue, type PathKey } from './validate.js';

export interface ParseConfigOptions {
  /** Name shown in error messages (and the result's `path`). */
  file?: string;
  env?: NodeJS.ProcessEnv;
  /** Directory that a relative `db` path is relative to; default the file's directory, else cwd. */
  baseDir?: string;
  homeDir?: string;
}

// YAML 1.2 reads 012345678901 as the integer 12345678901. Keep integers with a leading zero as
// text so account ids survive; other integers stay numbers. CONFIG_SCHEMA in large.ts is the same
// schema for js-yaml: change both together (test/config/large.test.ts compares them).
const customTags = (tags: unknown[]) =>
  tags.map((t) => {
    const tag = t as { tag?: string; format?: string; test?: RegExp };
    return tag.tag === 'tag:yaml.org,2002:int' && !tag.format ? { ...tag, test: /^[-+]?(?:0|[1-9][0-9]*)$/ } : t;
  }) as never;

/** From this size the text is first read by js-yaml (large.ts); smaller files only by the yaml library. */
const LARGE_FROM = 1024 * 1024;
const YAML_OPTIONS = { customTags, uniqueKeys: true, prettyErrors: false } as const;
const TO_JS = { maxAliasCount: 1000 } as const;

/** Validates config text. Pure apart from reading `options.env`. */
export function parseConfig(text: string, options: ParseConfigOptions = {}): MamoriConfig {
  const file = options.file ?? 'config.yaml';
  const env = options.env ?? process.env;
  const limit = maxConfigBytes(env);
  if (text.length > limit && Buffer.byteLength(text, 'utf8') > limit) throw configTooLarge(file, Buffer.byteLength(text, 'utf8'), limit);

  // The whole-document parse keeps every node's position: it runs for ordinary files, and for a
  // large one only when something has to be located (an error) or js-yaml declined the text.
  let whole: Document | undefined;
  const parseWhole = () => (whole ??= parseDocument(text, YAML_OPTIONS));
  const fail = (offset: number, message: string, secrets: string[] = []): never => {
    const { line, col } = linePos(text, offset);
    throw new MamoriError('CONFIG_INVALID', redact(`${file}:${line}:${col}: ${message}`, secrets));
  };
  const locateIssue = (issue: ConfigIssue) => locate(parseWhole(), issue);

  let data: unknown = text.length >= LARGE_FROM ? parseLargeConfig(text, file) : undefined;
  if (data === undefined) {
    const doc = parseWhole();
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
      fail(e.pos[0], `invalid YAML: ${first}`);
    }
    try {
      data = doc.toJS(TO_JS);
    } catch (err) {
      fail(0, `invalid YAML: ${(err as Error).message.split('\n')[0]}`);
    }
    if (data === null || data === undefined) data = {};
    // `a: &a [*a]` is valid YAML but makes a value that contains itself: no setting can be one.
    if (containsItself(data)) fail(0, 'invalid YAML: an alias (*name) refers to a node that contains it, which makes an endless value');
    if (typeof data !== 'object' || Array.isArray(data)) fail(doc.contents?.range?.[0] ?? 0, 'expected a mapping of settings (db, risk, automation, suppressions, notifications, detection)');
  }

  // Counted before anything is validated: a runaway list is refused at once.
  for (const section of ['suppressions', 'automation'] as const) {
    const list = (data as Record<string, unknown>)[section];
    if (Array.isArray(list) && list.length > MAX_CONFIG_RULES) {
      // At the section's key, found in the text: locating it in a parsed document of a million entries would take seconds.
      const key = new RegExp(`^["']?${section}["']?[ \\t]*:`, 'm').exec(text);
      fail(key?.index ?? 0, `${section}: ${list.length.toLocaleString('en')} entries, more than ${MAX_CONFIG_RULES.toLocaleString('en')}`);
    }
  }

  const secrets: string[] = [];
  const issues: ConfigIssue[] = [];
  data = resolveEnv(data, [], env, secrets, issues);

  const parsed = ConfigSchema.safeParse(data, { error: issueMessages });
  if (!parsed.success) {
    // A value that failed to resolve is already reported; do not also report it as invalid.
    const unresolved = issues.map((i) => formatPath(i.path));
    issues.push(...fromZodError(parsed.error).filter((i) => !unresolved.includes(formatPath(i.path))));
  }
  if (issues.length > 0) {
    const located = issues.map((issue) => ({ issue, offset: locateIssue(issue) }));
    const offsets = new Map(located.map((l) => [l.issue, l.offset]));
    const sorted = sortIssues(issues, (i) => offsets.get(i) ?? 0);
    const first = sorted[0];
    const where = first.path.length ? `${formatPath(first.path)}: ` : '';
    fail(offsets.get(first)!, `${where}${first.message}${moreProblems(sorted.length)}`, secrets);
  }

  const config: MamoriConfig = { ...defaultConfig(), ...parsed.data! } as MamoriConfig;
  if (options.file !== undefined) config.path = options.file;
  if (config.db !== undefined && !/^[a-z][a-z0-9+.-]*:\/\//i.test(config.db)) {
    const home = options.homeDir ?? homedir();
    const p = expandHome(config.db, home);
    config.db = isAbsolute(p) ? p : resolve(options.baseDir ?? process.cwd(), p);
  }
  return config;
}

// ---------------------------------------------------------------------------------------------
// Environment references

const ENV_REF = /\$(\$?)\{env:([^}]*)\}/g;

/**
 * Replaces `${env:NAME}` in every string value (`$${env:NAME}` stays literal). Values without a
 * reference are returned as they are, and `path` is one array pushed and popped on the way down,
 * copied only for an issue: a large config holds millions of values and few references.
 */
function resolveEnv(value: unknown, path: PathKey[], env: NodeJS.ProcessEnv, secrets: string[], issues: ConfigIssue[]): unknown {
  if (typeof value === 'string') {
    if (!value.includes('{env:')) return value;
    return value.replace(ENV_REF, (whole, escaped: string, name: string) => {
      if (escaped) return whole.slice(1);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        issues.push({ path: [...path], message: `invalid environment variable reference \${env:${name}} (expected \${env:NAME})` });
        return '';
      }
      const v = env[name];
      if (v === undefined || v === '') {
        issues.push({ path: [...path], message: `environment variable ${name} is not set` });
        return '';
      }
      secrets.push(v);
      return v;
    });
  }
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const v = resolveEnv(value[i], path, env, secrets, issues);
      path.pop();
      if (v !== value[i]) (out ??= value.slice())[i] = v;
    }
    return out ?? value;
  }
  if (value !== null && typeof value === 'object') {
    let out: Record<string, unknown> | undefined;
    const object = value as Record<string, unknown>;
    for (const k of Object.keys(object)) {
      path.push(k);
      const v = resolveEnv(object[k], path, env, secrets, issues);
      path.pop();
      if (v === object[k]) continue;
      out ??= { ...object };
      // Defined, not assigned: a "__proto__" key stays a key (and is refused as unknown).
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return out ?? value;
  }
  return value;
}

function redact(message: string, secrets: string[]): string {
  let out = message;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (s.length >= 3) out = out.split(s).join('***');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Positions

/** 1-based line and column of an offset (as the yaml library's LineCounter gives them). */
function linePos(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

/** Offset of the YAML node an issue is about: the key for unknown fields, else the value, else the nearest parent. */
function locate(doc: Document, issue: ConfigIssue): number {
  let node: unknown = doc.contents;
  let best = (doc.contents as YamlNode | null)?.range?.[0] ?? 0;
  for (let i = 0; i < issue.path.length; i++) {
    const key = issue.path[i];
    const last = i === issue.path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      const keyStart = (pair.key as YamlNode).range?.[0];
      const valueStart = (pair.value as YamlNode | null)?.range?.[0];
      best = (last && issue.unknownField) || valueStart === undefined ? (keyStart ?? best) : valueStart;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as YamlNode | undefined;
      if (!item) break;
      best = item.range?.[0] ?? best;
      node = item;
    } else break;
  }
  return best;
}

/** Whether a parsed value contains itself (a YAML alias inside its own anchor). */
function containsItself(value: unknown, open = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (open.has(value)) return true;
  open.add(value);
  for (const v of Array.isArray(value) ? value : Object.values(value)) if (containsItself(v, open)) return true;
  open.delete(value);
  return false;
}
