/**
 * Threat-intelligence list formats: plain text (one indicator a line), CSV with a header, and
 * STIX 2.1 bundles of `indicator` objects. Parsers only extract candidate values; the index
 * validates and classifies them (IP, CIDR, domain) so every format reports problems the same way.
 */
import { basename, extname } from 'node:path';
import { QUOTE_LIMIT, quoteForError } from '../../model/errors.js';

export interface RawIndicator {
  value: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** A type the source declared (CSV type column, STIX object type): checked against the value. */
  type?: string;
  list?: string;
  description?: string;
}

export interface ParseIssue {
  line?: number;
  message: string;
}

export interface ParseResult {
  format: 'text' | 'csv' | 'stix';
  indicators: RawIndicator[];
  issues: ParseIssue[];
}

/** The list name a file gives its indicators: the file name without its extension. */
export function listName(file: string): string {
  const base = basename(file);
  const ext = extname(base);
  return (ext ? base.slice(0, -ext.length) : base) || base;
}

export function detectFormat(text: string, file: string): ParseResult['format'] {
  const ext = extname(file).toLowerCase();
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (ext === '.json' || ext === '.stix' || head.startsWith('{') || head.startsWith('[{')) return 'stix';
  if (ext === '.csv') return 'csv';
  // A text file whose first non-comment line looks like a CSV header with an indicator column.
  for (const line of head.split(/\r?\n/, 50)) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    return t.includes(',') && indicatorColumn(splitCsvLine(t).map(normaliseHeader)) >= 0 ? 'csv' : 'text';
  }
  return 'text';
}

export function parseIntel(text: string, file: string): ParseResult {
  const format = detectFormat(text, file);
  if (format === 'stix') return parseStix(text);
  if (format === 'csv') return parseCsv(text);
  return parseText(text);
}

// ---------------------------------------------------------------------------------------------
// Plain text

const HOSTS_SINKS = new Set(['0.0.0.0', '127.0.0.1', '::', '::1', '0']);
const HOSTS_SKIP = new Set(['localhost', 'localhost.localdomain', 'local', 'broadcasthost', 'ip6-localhost', 'ip6-loopback', 'ip6-localnet', 'ip6-mcastprefix', 'ip6-allnodes', 'ip6-allrouters', 'ip6-allhosts', '0.0.0.0']);

/**
 * One indicator a line; `#`, `//` and `;` start comments (the text after an indicator becomes its
 * description, as in Spamhaus DROP: `1.10.16.0/20 ; SBL256894`). Hosts-file lines
 * (`0.0.0.0 evil.example`) give their host names.
 */
export function parseText(text: string): ParseResult {
  const indicators: RawIndicator[] = [];
  const issues: ParseIssue[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith('#') || line.startsWith(';') || line.startsWith('//')) continue;
    const cut = line.search(/\s[#;]|\s\/\/|;/);
    const body = (cut >= 0 ? line.slice(0, cut) : line).trim();
    const comment = cut >= 0 ? line.slice(cut).replace(/^\s*(#|;|\/\/)\s*/, '').trim() : '';
    const tokens = body.split(/\s+/).filter(Boolean);
    if (!tokens.length) continue;
    if (tokens.length >= 2 && HOSTS_SINKS.has(tokens[0])) {
      for (const host of tokens.slice(1)) {
        if (!HOSTS_SKIP.has(host.toLowerCase())) indicators.push({ value: host, line: i + 1, description: comment || undefined });
      }
      continue;
    }
    if (tokens.length === 1 && HOSTS_SKIP.has(tokens[0].toLowerCase()) && tokens[0] !== '0.0.0.0') continue;
    const rest = tokens.slice(1).join(' ');
    indicators.push({ value: tokens[0].replace(/[,;]$/, ''), line: i + 1, description: comment || rest || undefined });
  }
  return { format: 'text', indicators, issues };
}

// ---------------------------------------------------------------------------------------------
// CSV

const INDICATOR_COLUMNS = ['indicator', 'ioc', 'value', 'observable', 'ip', 'ip_address', 'ipaddress', 'ipv4', 'ipv6', 'address', 'cidr', 'network', 'dst_ip', 'src_ip', 'domain', 'domain_name', 'hostname', 'host', 'fqdn', 'url'];
const TYPE_COLUMNS = ['type', 'indicator_type', 'ioc_type', 'kind'];
const DESCRIPTION_COLUMNS = ['description', 'desc', 'comment', 'comments', 'name', 'threat', 'malware', 'tags'];
const LIST_COLUMNS = ['list', 'list_name', 'feed', 'source'];

function normaliseHeader(h: string): string {
  return h.trim().replace(/^#\s*/, '').toLowerCase().replace(/[\s-]+/g, '_');
}

function pick(header: string[], names: string[]): number {
  for (const n of names) {
    const i = header.indexOf(n);
    if (i >= 0) return i;
  }
  return -1;
}

function indicatorColumn(header: string[]): number {
  return pick(header, INDICATOR_COLUMNS);
}

/** Splits one CSV line (RFC 4180 quoting; no embedded newlines). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === ',') {
      out.push(field.trim());
      field = '';
    } else field += c;
  }
  out.push(field.trim());
  return out;
}

/**
 * CSV with a header naming an indicator column (indicator, ip, domain, url, …) and optionally
 * type, description and list columns. A header commented out with `#` (as abuse.ch feeds do) counts.
 */
export function parseCsv(text: string): ParseResult {
  const indicators: RawIndicator[] = [];
  const issues: ParseIssue[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | undefined;
  let lastComment: { line: number; text: string } | undefined;
  let cols = { value: -1, type: -1, description: -1, list: -1 };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    if (line.startsWith('#')) {
      if (!header) lastComment = { line: i + 1, text: line.replace(/^#+\s*/, '') };
      continue;
    }
    if (!header) {
      const candidate = splitCsvLine(line).map(normaliseHeader);
      if (indicatorColumn(candidate) >= 0) {
        header = candidate;
      } else if (lastComment && indicatorColumn(splitCsvLine(lastComment.text).map(normaliseHeader)) >= 0) {
        header = splitCsvLine(lastComment.text).map(normaliseHeader);
      } else {
        issues.push({ line: i + 1, message: `no CSV header with an indicator column (one of: ${INDICATOR_COLUMNS.slice(0, 6).join(', ')}, domain, url, …)` });
        return { format: 'csv', indicators, issues };
      }
      cols = { value: indicatorColumn(header), type: pick(header, TYPE_COLUMNS), description: pick(header, DESCRIPTION_COLUMNS), list: pick(header, LIST_COLUMNS) };
      if (header === candidate) continue;
    }
    const fields = splitCsvLine(line);
    const value = fields[cols.value];
    if (!value) {
      issues.push({ line: i + 1, message: `empty or missing ${quoteForError(header[cols.value])} field` });
      continue;
    }
    // A column named after the type (ip, domain, url) declares it unless a type column says otherwise.
    const named = header[cols.value];
    const implied = ['ip', 'ip_address', 'ipaddress', 'ipv4', 'ipv6', 'dst_ip', 'src_ip', 'cidr', 'network'].includes(named)
      ? 'ip'
      : ['domain', 'domain_name', 'hostname', 'fqdn'].includes(named)
        ? 'domain'
        : named === 'url'
          ? 'url'
          : undefined;
    indicators.push({
      value,
      line: i + 1,
      type: (cols.type >= 0 && fields[cols.type]) || implied,
      description: (cols.description >= 0 && fields[cols.description]) || undefined,
      list: (cols.list >= 0 && fields[cols.list]) || undefined,
    });
  }
  if (!header) issues.push({ message: 'no CSV header with an indicator column' });
  return { format: 'csv', indicators, issues };
}

// ---------------------------------------------------------------------------------------------
// STIX 2.1

/** Object paths whose values are indicators this index understands, and the type they declare. */
const STIX_PATHS: Record<string, string> = {
  'ipv4-addr:value': 'ipv4-addr',
  'ipv6-addr:value': 'ipv6-addr',
  'domain-name:value': 'domain-name',
  'url:value': 'url',
  'network-traffic:dst_ref.value': 'ip',
  'network-traffic:src_ref.value': 'ip',
  'email-addr:value': 'email',
};

type Token = { t: 'str'; v: string } | { t: 'word'; v: string } | { t: 'sym'; v: string };

class PatternError extends Error {}

function tokenize(pattern: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let v = '';
      i++;
      while (i < pattern.length && pattern[i] !== "'") {
        if (pattern[i] === '\\' && i + 1 < pattern.length) i++;
        v += pattern[i++];
      }
      if (i >= pattern.length) throw new PatternError('unterminated string');
      i++;
      out.push({ t: 'str', v });
    } else if ('[]()=,'.includes(c)) {
      out.push({ t: 'sym', v: c });
      i++;
    } else if (c === '!' && pattern[i + 1] === '=') {
      out.push({ t: 'sym', v: '!=' });
      i += 2;
    } else if ('<>'.includes(c)) {
      const v = pattern[i + 1] === '=' ? c + '=' : c;
      out.push({ t: 'sym', v });
      i += v.length;
    } else {
      // Object paths (with quoted components such as hashes.'SHA-256'), keywords, numbers, t'…' timestamps.
      let v = '';
      while (i < pattern.length && !/[\s[\]()=,!<>]/.test(pattern[i])) {
        if (pattern[i] === "'") {
          const end = pattern.indexOf("'", i + 1);
          if (end < 0) throw new PatternError('unterminated string');
          v += pattern.slice(i, end + 1);
          i = end + 1;
        } else v += pattern[i++];
      }
      out.push({ t: 'word', v });
    }
  }
  return out;
}

/**
 * The values of a STIX pattern made of observation expressions joined with OR, each a comparison
 * (or comparisons joined with OR) of a supported object path with `=`, `ISSUBSET` or `IN (…)`.
 * Qualifiers (START/STOP, WITHIN, REPEATS) do not change which values are bad and are ignored.
 * Anything else (AND, FOLLOWEDBY, NOT, LIKE, MATCHES, unsupported objects) throws.
 */
export function stixPatternValues(pattern: string): { path: string; value: string }[] {
  const tokens = tokenize(pattern);
  let pos = 0;
  const peek = () => tokens[pos];
  const isWord = (w: string) => peek()?.t === 'word' && peek()!.v.toUpperCase() === w;
  const expect = (v: string) => {
    const t = tokens[pos++];
    if (!t || t.v !== v || t.t === 'str') throw new PatternError(`expected "${v}"${t ? ` near ${quoteForError(t.v)}` : ' at the end'}`);
  };
  const values: { path: string; value: string }[] = [];

  const comparison = () => {
    const path = tokens[pos++];
    if (!path || path.t !== 'word') throw new PatternError('expected an object path');
    if (path.v.toUpperCase() === 'NOT') throw new PatternError('NOT is not supported');
    const type = STIX_PATHS[path.v];
    if (!type || type === 'email') throw new PatternError(`unsupported object path ${quoteForError(path.v)} (supported: ipv4-addr, ipv6-addr, domain-name, url values)`);
    const op = tokens[pos++];
    if (!op) throw new PatternError('expected an operator');
    const opText = op.v.toUpperCase();
    if (op.t === 'sym' && op.v === '=') {
      const v = tokens[pos++];
      if (!v || v.t !== 'str') throw new PatternError('expected a quoted value');
      values.push({ path: path.v, value: v.v });
    } else if (op.t === 'word' && opText === 'ISSUBSET') {
      const v = tokens[pos++];
      if (!v || v.t !== 'str') throw new PatternError('expected a quoted CIDR');
      if (!v.v.includes('/')) throw new PatternError(`ISSUBSET needs a CIDR, got ${quoteForError(v.v)}`);
      values.push({ path: path.v, value: v.v });
    } else if (op.t === 'word' && opText === 'IN') {
      expect('(');
      for (;;) {
        const v = tokens[pos++];
        if (!v || v.t !== 'str') throw new PatternError('expected a quoted value in IN (…)');
        values.push({ path: path.v, value: v.v });
        if (peek()?.v === ',') pos++;
        else break;
      }
      expect(')');
    } else {
      throw new PatternError(`operator ${quoteForError(op.v)} is not supported (use =, ISSUBSET or IN)`);
    }
  };

  const comparisonExpr = (): void => {
    if (peek()?.t === 'sym' && peek()!.v === '(') {
      pos++;
      comparisonExpr();
      expect(')');
    } else comparison();
    while (isWord('OR')) {
      pos++;
      comparisonExpr();
    }
    if (isWord('AND')) throw new PatternError('AND inside an observation is not supported (it narrows the match to more than one value)');
  };

  const qualifiers = () => {
    for (;;) {
      if (isWord('START')) {
        pos += 2;
        if (!isWord('STOP')) throw new PatternError('START without STOP');
        pos += 2;
      } else if (isWord('WITHIN')) pos += 3;
      else if (isWord('REPEATS')) pos += 3;
      else return;
    }
  };

  const observation = (): void => {
    const t = peek();
    if (t?.t === 'sym' && t.v === '[') {
      pos++;
      comparisonExpr();
      expect(']');
    } else if (t?.t === 'sym' && t.v === '(') {
      pos++;
      observationExpr();
      expect(')');
    } else throw new PatternError(t ? `unexpected "${t.v}"` : 'empty pattern');
    qualifiers();
  };

  const observationExpr = (): void => {
    observation();
    while (isWord('OR')) {
      pos++;
      observation();
    }
    if (isWord('AND') || isWord('FOLLOWEDBY')) throw new PatternError(`${peek()!.v.toUpperCase()} between observations is not supported`);
  };

  observationExpr();
  if (pos < tokens.length) throw new PatternError(`unexpected ${quoteForError(tokens[pos].v)}`);
  return values;
}

export function parseStix(text: string, now = Date.now()): ParseResult {
  const indicators: RawIndicator[] = [];
  const issues: ParseIssue[] = [];
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    issues.push({ message: `not valid JSON: ${(err as Error).message}` });
    return { format: 'stix', indicators, issues };
  }
  const objects: unknown[] = Array.isArray(doc)
    ? doc
    : doc && typeof doc === 'object' && Array.isArray((doc as { objects?: unknown }).objects)
      ? (doc as { objects: unknown[] }).objects
      : doc && typeof doc === 'object' && (doc as { type?: unknown }).type === 'indicator'
        ? [doc]
        : [];
  if (!objects.length) {
    issues.push({ message: 'no STIX objects (expected a bundle with "objects", an array or an indicator)' });
    return { format: 'stix', indicators, issues };
  }
  // Line numbers of indicator objects: the line of their "id", found in one pass over the text.
  let lines: Map<string, number> | undefined;
  const lineOf = (id: unknown): number | undefined => {
    if (typeof id !== 'string') return undefined;
    if (!lines) {
      lines = new Map();
      const re = /"id"\s*:\s*"(indicator--[^"\\]+)"/g;
      let line = 1;
      let from = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        for (let i = text.indexOf('\n', from); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
        from = m.index;
        if (!lines.has(m[1])) lines.set(m[1], line);
      }
    }
    return lines.get(id);
  };
  let indicatorObjects = 0;
  for (const o of objects) {
    if (!o || typeof o !== 'object') continue;
    const obj = o as Record<string, unknown>;
    if (obj.type !== 'indicator') continue;
    indicatorObjects++;
    const label = obj.id ?? obj.name ?? 'indicator';
    const where = typeof label === 'string' && label.length <= QUOTE_LIMIT ? label : quoteForError(label);
    if (obj.revoked === true) {
      issues.push({ line: lineOf(obj.id), message: `${where}: revoked, skipped` });
      continue;
    }
    if (typeof obj.valid_until === 'string' && Date.parse(obj.valid_until) < now) {
      issues.push({ line: lineOf(obj.id), message: `${where}: expired (valid_until ${quoteForError(obj.valid_until)}), skipped` });
      continue;
    }
    if (obj.pattern_type !== undefined && obj.pattern_type !== 'stix') {
      issues.push({ line: lineOf(obj.id), message: `${where}: pattern_type ${quoteForError(obj.pattern_type)} is not supported (only stix)` });
      continue;
    }
    if (typeof obj.pattern !== 'string') {
      issues.push({ line: lineOf(obj.id), message: `${where}: no pattern` });
      continue;
    }
    let values: { path: string; value: string }[];
    try {
      values = stixPatternValues(obj.pattern);
    } catch (err) {
      if (!(err instanceof PatternError)) throw err;
      issues.push({ line: lineOf(obj.id), message: `${where}: pattern ${quoteForError(obj.pattern)} — ${err.message}` });
      continue;
    }
    const description = typeof obj.name === 'string' && obj.name ? obj.name : typeof obj.description === 'string' && obj.description ? obj.description : undefined;
    const line = lineOf(obj.id);
    for (const v of values) indicators.push({ value: v.value, type: STIX_PATHS[v.path], line, description });
  }
  if (!indicatorObjects) issues.push({ message: 'the STIX content has no indicator objects' });
  return { format: 'stix', indicators, issues };
}
