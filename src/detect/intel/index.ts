/**
 * Threat intelligence: lists of bad IP addresses, networks and domains, loaded from plain text,
 * CSV or STIX 2.1 files, and matched against events. Rules see a match as the enrichment fields
 * `mamori.intel`, `mamori.intel_list` and `mamori.intel_indicator` (docs/detection-rules.md).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { domainToASCII } from 'node:url';
import { MamoriError, quoteForError } from '../../model/errors.js';
import type { CloudEvent } from '../../model/event.js';
import { bounded, FIELD_LIMIT } from '../../model/limits.js';
import { scrubText } from '../../model/scrub.js';
import { formatMs, REQUEST_TIMEOUT_ENV, requestTimeoutMs } from '../../model/timeouts.js';
import { listName, parseIntel, type RawIndicator } from './formats.js';
import { maskV4, maskV6, parseCidr, parseIp, parseIpv4 } from './ip.js';

export { detectFormat, parseCsv, parseIntel, parseStix, parseText, stixPatternValues, type ParseResult, type RawIndicator } from './formats.js';
export { formatIp, networkOf, parseCidr, parseIp } from './ip.js';

export interface IntelMatch {
  /** The list (file name without extension, or the CSV list column) the indicator is on. */
  list: string;
  /** The indicator as listed: an address, a CIDR or a domain. */
  indicator: string;
  description?: string;
}

export interface IntelIssue {
  file: string;
  line?: number;
  message: string;
}

export type IndicatorKind = 'ip' | 'cidr' | 'domain';

/** Turns defanged text back into an indicator: 1.2.3[.]4, evil(.)com, hxxp://… */
function refang(s: string): string {
  return s
    .trim()
    .replace(/^["']|["']$/g, '')
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]/gi, '.')
    .replace(/\[:\]/g, ':')
    .replace(/^hxxp/i, 'http')
    .replace(/^fxp/i, 'ftp');
}

const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?$/;

/** Lower case, no trailing dot, no leading `*.`, IDN as punycode; undefined when not a host name. */
export function normaliseDomain(name: string): string | undefined {
  let d = name.trim().toLowerCase();
  while (d.endsWith('.')) d = d.slice(0, -1);
  if (d.startsWith('*.')) d = d.slice(2);
  else if (d.startsWith('.')) d = d.slice(1);
  if (!d) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(d)) d = domainToASCII(d);
  if (!d || d.length > 253) return undefined;
  const labels = d.split('.');
  if (labels.length < 2) return undefined;
  for (const l of labels) if (!LABEL.test(l)) return undefined;
  if (/^\d+$/.test(labels[labels.length - 1])) return undefined; // 1.2.3.999 is a bad address, not a domain
  return d;
}

const TYPE_ALIASES: Record<string, 'ip' | 'domain' | 'url'> = {
  ip: 'ip', ipv4: 'ip', ipv6: 'ip', 'ipv4-addr': 'ip', 'ipv6-addr': 'ip', ip_address: 'ip', 'ip-address': 'ip', address: 'ip',
  'ip-dst': 'ip', 'ip-src': 'ip', ip_dst: 'ip', ip_src: 'ip', cidr: 'ip', network: 'ip', subnet: 'ip', netblock: 'ip', range: 'ip',
  domain: 'domain', 'domain-name': 'domain', domain_name: 'domain', hostname: 'domain', host: 'domain', fqdn: 'domain', dns: 'domain',
  url: 'url', uri: 'url', link: 'url',
};

/**
 * The index of loaded indicators. Exact addresses are in hash maps; networks in one map per prefix
 * length, lengths kept sorted longest first, so a lookup costs one probe per distinct length and
 * returns the most specific network.
 */
export class IntelIndex {
  private readonly exact4 = new Map<number, IntelMatch>();
  private readonly exact6 = new Map<bigint, IntelMatch>();
  private readonly nets4 = new Map<number, Map<number, IntelMatch>>();
  private readonly nets6 = new Map<number, Map<bigint, IntelMatch>>();
  private lengths4: number[] = [];
  private lengths6: number[] = [];
  private readonly domains = new Map<string, IntelMatch>();
  private count = 0;

  /**
   * Adds one indicator (address, CIDR, domain or URL, defanged or not). Returns what it was taken
   * as, or an error message (quoting the value at most QUOTE_LIMIT characters: lists are input too).
   * The first list to name an indicator keeps it. List names and descriptions are kept to
   * FIELD_LIMIT: they become enrichment fields, and so evidence.
   */
  add(value: string, fullList: string, fullDescription?: string, type?: string): { kind: IndicatorKind; value: string } | { error: string } {
    let text = refang(value);
    const list = bounded(fullList, FIELD_LIMIT);
    const description = bounded(fullDescription, FIELD_LIMIT);
    const declared = type ? TYPE_ALIASES[type.trim().toLowerCase()] : undefined;
    if (type && type.trim() && !declared) return { error: `unsupported indicator type ${quoteForError(type)} (use ip, cidr, domain or url)` };
    if (declared === 'url' || /^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
      let host: string;
      try {
        host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
      } catch {
        return { error: `${quoteForError(value)} is not a valid URL` };
      }
      text = host.startsWith('[') ? host.slice(1, -1) : host;
    }
    const match = (indicator: string): IntelMatch => (description ? { list, indicator, description } : { list, indicator });
    if (text.includes('/')) {
      const cidr = parseCidr(text);
      if (!cidr) return { error: `${quoteForError(value)} is not a valid CIDR` };
      if (declared === 'domain') return { error: `${quoteForError(value)} is a network, not a domain` };
      if (cidr.bits === 0) return { error: `${quoteForError(value)} matches every address; skipped` };
      if (cidr.v === 4) {
        if (cidr.bits === 32) return this.addExact4(cidr.n, match(text));
        let m = this.nets4.get(cidr.bits);
        if (!m) {
          this.nets4.set(cidr.bits, (m = new Map()));
          this.lengths4 = [...this.nets4.keys()].sort((a, b) => b - a);
        }
        if (!m.has(cidr.n)) {
          m.set(cidr.n, match(text));
          this.count++;
        }
      } else {
        if (cidr.bits === 128) return this.addExact6(cidr.n, match(text));
        let m = this.nets6.get(cidr.bits);
        if (!m) {
          this.nets6.set(cidr.bits, (m = new Map()));
          this.lengths6 = [...this.nets6.keys()].sort((a, b) => b - a);
        }
        if (!m.has(cidr.n)) {
          m.set(cidr.n, match(text));
          this.count++;
        }
      }
      return { kind: 'cidr', value: text };
    }
    const ip = parseIp(text);
    if (ip) {
      if (declared === 'domain') return { error: `${quoteForError(value)} is an IP address, not a domain` };
      return ip.v === 4 ? this.addExact4(ip.n, match(text)) : this.addExact6(ip.n, match(text));
    }
    if (declared === 'ip') return { error: `${quoteForError(value)} is not a valid IP address or CIDR` };
    const domain = normaliseDomain(text);
    if (!domain) return { error: `${quoteForError(value)} is not an IP address, CIDR or domain` };
    if (!this.domains.has(domain)) {
      this.domains.set(domain, match(domain));
      this.count++;
    }
    return { kind: 'domain', value: domain };
  }

  private addExact4(n: number, m: IntelMatch) {
    if (!this.exact4.has(n)) {
      this.exact4.set(n, m);
      this.count++;
    }
    return { kind: 'ip' as const, value: m.indicator };
  }

  private addExact6(n: bigint, m: IntelMatch) {
    if (!this.exact6.has(n)) {
      this.exact6.set(n, m);
      this.count++;
    }
    return { kind: 'ip' as const, value: m.indicator };
  }

  /** The list entry covering this address (exact address first, then the most specific network). */
  matchIp(ip: string | undefined): IntelMatch | undefined {
    if (!ip || this.count === 0) return undefined;
    const v4 = parseIpv4(ip);
    if (v4 !== undefined) return this.match4(v4);
    const p = parseIp(ip);
    if (!p) return undefined;
    if (p.v === 4) return this.match4(p.n);
    const hit = this.exact6.get(p.n);
    if (hit) return hit;
    for (const bits of this.lengths6) {
      const m = this.nets6.get(bits)!.get(maskV6(p.n, bits));
      if (m) return m;
    }
    return undefined;
  }

  private match4(n: number): IntelMatch | undefined {
    const hit = this.exact4.get(n);
    if (hit) return hit;
    for (const bits of this.lengths4) {
      const m = this.nets4.get(bits)!.get(maskV4(n, bits));
      if (m) return m;
    }
    return undefined;
  }

  /** The list entry for this domain or any parent domain (a.b.evil.example matches evil.example). */
  matchDomain(name: string | undefined): IntelMatch | undefined {
    if (!name || this.domains.size === 0) return undefined;
    let d = name.trim().toLowerCase();
    while (d.endsWith('.')) d = d.slice(0, -1);
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(d)) d = domainToASCII(d);
    for (;;) {
      const m = this.domains.get(d);
      if (m) return m;
      const dot = d.indexOf('.');
      if (dot < 0) return undefined;
      d = d.slice(dot + 1);
    }
  }

  /** Number of distinct indicators (addresses, networks and domains). */
  size(): number {
    return this.count;
  }
}

export interface LoadedIntel {
  index: IntelIndex;
  issues: IntelIssue[];
  /** Per file: its format and how many indicators it gave. */
  files: { file: string; format: string; indicators: number }[];
}

/** Files of a directory that are intel lists (not hidden, not in-progress downloads). */
async function expand(path: string): Promise<string[]> {
  const s = await stat(path);
  if (!s.isDirectory()) return [path];
  const names = (await readdir(path)).filter((n) => !n.startsWith('.') && !n.endsWith('.tmp')).sort();
  const out: string[] = [];
  for (const n of names) {
    const full = join(path, n);
    if ((await stat(full)).isFile()) out.push(full);
  }
  return out;
}

/** Issues of one file in line order (file-level issues first). */
function byLine(issues: IntelIssue[]): IntelIssue[] {
  return issues.map((issue, i) => ({ issue, i })).sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.i - b.i).map((x) => x.issue);
}

/** Adds one file's parsed content to an index; returns the number of indicators it added. */
function addParsed(index: IntelIndex, file: string, indicators: RawIndicator[], issues: IntelIssue[]): number {
  const list = listName(file);
  let added = 0;
  for (const r of indicators) {
    const res = index.add(r.value, r.list || list, r.description, r.type);
    if ('error' in res) issues.push({ file, line: r.line, message: res.error });
    else added++;
  }
  return added;
}

/**
 * Loads intel lists (files or directories of files) into one index. Problems (bad lines,
 * unsupported STIX patterns, unreadable files) are returned as issues with their file and line.
 */
export async function loadIntel(paths: string[]): Promise<LoadedIntel> {
  const index = new IntelIndex();
  const issues: IntelIssue[] = [];
  const files: LoadedIntel['files'] = [];
  for (const p of paths) {
    let list: string[];
    try {
      list = await expand(p);
    } catch (err) {
      issues.push({ file: p, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      continue;
    }
    for (const file of list) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        issues.push({ file, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
        continue;
      }
      const parsed = parseIntel(text, file);
      const fileIssues: IntelIssue[] = parsed.issues.map((i) => ({ file, ...i }));
      files.push({ file, format: parsed.format, indicators: addParsed(index, file, parsed.indicators, fileIssues) });
      issues.push(...byLine(fileIssues));
    }
  }
  return { index, issues, files };
}

export interface IntelFields {
  intel: true;
  intel_list: string;
  intel_indicator: string;
  intel_description?: string;
  /** Which part of the event matched: src, dst, dns (query) or dns_answer. */
  intel_match: 'src' | 'dst' | 'dns' | 'dns_answer';
}

/**
 * The `mamori.*` enrichment fields for an event whose source or destination address (CloudTrail
 * sourceIPAddress included), DNS query or DNS answer is on a list; undefined when nothing matches.
 */
export function enrich(event: CloudEvent, index: IntelIndex): IntelFields | undefined {
  if (index.size() === 0) return undefined;
  const fields = (m: IntelMatch, where: IntelFields['intel_match']): IntelFields => {
    const f: IntelFields = { intel: true, intel_list: m.list, intel_indicator: m.indicator, intel_match: where };
    if (m.description) f.intel_description = m.description;
    return f;
  };
  let m = index.matchIp(event.src?.ip);
  if (m) return fields(m, 'src');
  const sourceIp = event.source === 'cloudtrail' ? event.raw?.sourceIPAddress : undefined;
  if (typeof sourceIp === 'string' && sourceIp !== event.src?.ip && (m = index.matchIp(sourceIp))) return fields(m, 'src');
  if ((m = index.matchIp(event.dst?.ip))) return fields(m, 'dst');
  if (event.dns) {
    if ((m = index.matchDomain(event.dns.query))) return fields(m, 'dns');
    for (const a of event.dns.answers ?? []) {
      if ((m = index.matchIp(a) ?? index.matchDomain(a))) return fields(m, 'dns_answer');
    }
  }
  return undefined;
}

export const DEFAULT_INTEL_DIR = join(homedir(), '.mamori', 'intel');

export interface UpdateResult {
  /** Where the list was written. */
  path: string;
  format: string;
  indicators: number;
  issues: IntelIssue[];
}

/** A safe file name for a downloaded list: the URL's last path segment, or the host. */
function nameFor(from: string, isUrl: boolean): string {
  let base: string;
  if (isUrl) {
    const u = new URL(from);
    base = decodeURIComponent(u.pathname.split('/').filter(Boolean).pop() ?? '') || u.hostname;
  } else base = basename(from);
  base = base.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '');
  return base || 'intel.txt';
}

/** A feed URL as messages show it: no user info, query or fragment (feeds put API keys there). */
function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '[url]';
  }
}

/**
 * Downloads a feed: the whole download (connection, answer, body) ends within `timeoutMs` and the
 * body is refused as soon as it passes `maxBytes`, whether or not the server announced its length.
 */
async function download(from: string, timeoutMs: number, maxBytes: number): Promise<string> {
  const shown = shownUrl(from);
  // What the server says passes the scrubber before it is printed.
  const fail = (why: string) => new MamoriError('INTEL_FETCH', scrubText(`cannot download ${shown} (${why})`));
  const signal = AbortSignal.timeout(timeoutMs);
  const timedOut = () => fail(`no answer within ${formatMs(timeoutMs)}; raise ${REQUEST_TIMEOUT_ENV} for a slow feed`);
  let res: Response;
  try {
    res = await fetch(from, { signal, redirect: 'follow' });
  } catch (err) {
    if (signal.aborted) throw timedOut();
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw fail(cause?.code ?? cause?.message ?? (err as Error).message);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw fail(`HTTP ${res.status} ${res.statusText}`);
  }
  const tooLarge = (size: number) => new MamoriError('INTEL_FETCH', `${shown} is too large (${size} bytes or more, limit ${maxBytes})`);
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge(length);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body) {
    const reader = res.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) throw tooLarge(size);
        chunks.push(value);
      }
    } catch (err) {
      if (err instanceof MamoriError) throw err;
      if (signal.aborted) throw timedOut();
      throw fail((err as Error).message);
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `mamori intel update --from FILE|URL`: copies a file or downloads a URL into the intel directory
 * after checking that it loads (at least one indicator); the file is replaced atomically (a
 * temporary file renamed over it), so a failed update leaves the previous list in place.
 */
export async function updateIntel(
  from: string,
  dir = DEFAULT_INTEL_DIR,
  /** timeoutMs: the whole download (default MAMORI_REQUEST_TIMEOUT_MS, else 60 s). */
  options: { name?: string; timeoutMs?: number; maxBytes?: number } = {},
): Promise<UpdateResult> {
  const isUrl = /^https?:\/\//i.test(from);
  const maxBytes = options.maxBytes ?? 256 * 1024 * 1024;
  let text: string;
  if (isUrl) {
    text = await download(from, options.timeoutMs ?? requestTimeoutMs(), maxBytes);
  } else {
    try {
      text = await readFile(from, 'utf8');
    } catch (err) {
      throw new MamoriError('INTEL_READ', `cannot read ${from} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  }
  const name = options.name ? nameFor(options.name, false) : nameFor(from, isUrl);
  const target = join(dir, name);
  const parsed = parseIntel(text, name);
  const issues: IntelIssue[] = parsed.issues.map((i) => ({ file: target, ...i }));
  const indicators = addParsed(new IntelIndex(), target, parsed.indicators, issues);
  issues.splice(0, issues.length, ...byLine(issues));
  if (indicators === 0) {
    const first = issues[0] ? `: ${issues[0].line ? `line ${issues[0].line}: ` : ''}${issues[0].message}` : '';
    throw new MamoriError('INTEL_INVALID', `${isUrl ? shownUrl(from) : from} has no usable indicators (read as ${parsed.format})${first}; the intel directory was not changed`);
  }
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, text, 'utf8');
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new MamoriError('INTEL_WRITE', `cannot write ${target} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return { path: target, format: parsed.format, indicators, issues };
}
