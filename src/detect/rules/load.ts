/**
 * Loads detection rules from YAML: mamori rules, Sigma rules and Sigma correlation rules
 * (multi-document files allowed). Every document that is not loaded becomes a RuleIssue with its
 * file and line; the other rules still load.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import type { EventSource } from '../../model/event.js';
import { MamoriError } from '../../model/errors.js';
import { levelToSeverity, mapAttackTags } from './attack.js';
import { compileDetection, RuleCompileError } from './compile.js';
import { expandPlaceholders, type Placeholders } from './placeholders.js';
import { buildFilter, isFilterDocument, type SigmaFilter } from './filters.js';
import type { Aggregation, DetectionRule, RuleIssue, RuleLevel, RuleTestCase } from './types.js';

// YAML 1.2 reads 012345678901 as the integer 12345678901. Keep integers with a leading zero as
// text so account ids survive; other integers stay numbers.
const customTags = (tags: unknown[]) =>
  tags.map((t) => {
    const tag = t as { tag?: string; format?: string; test?: RegExp };
    return tag.tag === 'tag:yaml.org,2002:int' && !tag.format ? { ...tag, test: /^[-+]?(?:0|[1-9][0-9]*)$/ } : t;
  }) as never;

export const LOG_SERVICES: readonly EventSource[] = ['cloudtrail', 'vpcflow', 'dns', 'gcpaudit', 'azureactivity'];
/** The AWS logs (product aws). */
const AWS_SERVICES: readonly string[] = ['cloudtrail', 'vpcflow', 'dns'];
/** Google Cloud Audit Logs (product gcp): mamori's name and Sigma's. */
const GCP_AUDIT_SERVICES: readonly string[] = ['gcpaudit', 'gcp.audit'];
/** The Azure Activity Log (product azure): mamori's name and Sigma's. */
const AZURE_ACTIVITY_SERVICES: readonly string[] = ['azureactivity', 'activitylogs'];

/**
 * The top-level keys of a Cloud Logging LogEntry: a Google Cloud rule's fields are paths from one of
 * them (or `mamori.…`).
 */
const LOG_ENTRY_KEYS = new Set(['protoPayload', 'resource', 'logName', 'insertId', 'timestamp', 'receiveTimestamp', 'severity', 'labels', 'operation', 'httpRequest', 'trace', 'spanId', 'traceSampled', 'sourceLocation', 'split']);

/** ECS names some Sigma GCP rules use for what the LogEntry holds elsewhere. */
const ECS_FIELDS: Readonly<Record<string, string>> = {
  'source.ip': 'protoPayload.requestMetadata.callerIp',
  'user_agent.original': 'protoPayload.requestMetadata.callerSuppliedUserAgent',
  'user.email': 'protoPayload.authenticationInfo.principalEmail',
  'user.name': 'protoPayload.authenticationInfo.principalEmail',
  'event.action': 'protoPayload.methodName',
  'event.provider': 'protoPayload.serviceName',
  'cloud.project.id': 'resource.labels.project_id',
  'gcp.audit.type': 'protoPayload.@type',
  'gcp.audit.request.proto_name': 'protoPayload.request.@type',
  'gcp.audit.response.proto_name': 'protoPayload.response.@type',
};

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/**
 * A Sigma Google Cloud field name as a path into the LogEntry. Sigma's gcp.audit rules use the
 * Elastic/ECS names of the audit fields: `gcp.audit.method_name` is `protoPayload.methodName`,
 * `gcp.audit.request.source_ranges` is `protoPayload.request.sourceRanges` (snake case becomes the
 * proto JSON's camel case), `gcp.audit.logentry_operation.*` the entry's `operation.*`; older rules
 * prefix the LogEntry path with `data.`. Paths already into the LogEntry are kept. Undefined for a
 * field that is not in a Cloud Audit Log entry.
 */
export function gcpFieldPath(field: string): string | undefined {
  if (field.startsWith('mamori.')) return field;
  const mapped = ECS_FIELDS[field];
  if (mapped) return mapped;
  let path = field;
  if (path.startsWith('gcp.audit.logentry_operation.')) path = `operation.${camel(path.slice('gcp.audit.logentry_operation.'.length))}`;
  else if (path.startsWith('gcp.audit.')) path = `protoPayload.${path.slice('gcp.audit.'.length).split('.').map(camel).join('.')}`;
  else if (path.startsWith('data.')) path = path.slice(5);
  const head = path.split('.', 1)[0];
  return LOG_ENTRY_KEYS.has(head) ? path : undefined;
}

/** The detection block with its field names as LogEntry paths; throws RuleCompileError for a field that is none. */
function mapGcpDetection(detection: Record<string, unknown>): Record<string, unknown> {
  const mapMap = (m: Record<string, unknown>, path: (string | number)[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(m)) {
      const bar = key.indexOf('|');
      const field = bar < 0 ? key : key.slice(0, bar);
      // `'|all': [...]` and the like are keywords, searched over the whole entry: nothing to map.
      const mapped = field === '' ? '' : gcpFieldPath(field);
      if (mapped === undefined) throw new RuleCompileError('unsupported', `field "${field}" is not a Cloud Audit Log field (a LogEntry path such as protoPayload.methodName, or Sigma's gcp.audit.*)`, [...path, key]);
      out[bar < 0 ? mapped : mapped + key.slice(bar)] = value;
    }
    return out;
  };
  const out: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(detection)) {
    if (name === 'condition' || name === 'timeframe') out[name] = def;
    else if (Array.isArray(def)) out[name] = def.map((item, i) => (item !== null && typeof item === 'object' && !Array.isArray(item) ? mapMap(item as Record<string, unknown>, ['detection', name, i]) : item));
    else if (def !== null && typeof def === 'object') out[name] = mapMap(def as Record<string, unknown>, ['detection', name]);
    else out[name] = def;
  }
  return out;
}

/** Aggregation and dedup fields of a Google Cloud rule as LogEntry paths (unknown names kept, they read nothing). */
function mapGcpFields(fields: string[]): string[] {
  return fields.map((f) => gcpFieldPath(f) ?? f);
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `30s`, `10m`, `1h`, `2d` → milliseconds. */
export function parseTimespan(text: string): number {
  const m = /^([1-9][0-9]*)([smhd])$/.exec(text);
  if (!m) throw new Error(`invalid timespan "${text}"`);
  return Number(m[1]) * UNITS[m[2]];
}

// ---------------------------------------------------------------------------------------------
// Schemas

const Level = z.enum(['informational', 'low', 'medium', 'high', 'critical']);
const Timespan = z.string().regex(/^[1-9][0-9]*[smhd]$/, 'expected a duration like 30s, 10m, 1h or 1d');
const Count = z.number().int().positive();
const Threshold = z
  .strictObject({ gt: Count.optional(), gte: Count.optional() })
  .refine((t) => (t.gt === undefined) !== (t.gte === undefined), 'give exactly one of gt or gte');
const Record_ = z.record(z.string(), z.unknown());

const TestCase = z
  .strictObject({
    name: z.string().min(1),
    match: z.boolean(),
    benign: z.boolean().optional(),
    event: Record_.optional(),
    events: z.array(Record_).min(1).optional(),
    mamori: Record_.optional(),
  })
  .refine((t) => (t.event === undefined) !== (t.events === undefined), 'give exactly one of event or events')
  .refine((t) => !(t.benign && t.match), 'a benign look-alike (benign: true) must have match: false');

const AggregationSchema = z
  .strictObject({
    group_by: z.array(z.string().min(1)).default([]),
    timespan: Timespan,
    count: Threshold.optional(),
    distinct: z
      .strictObject({ field: z.string().min(1), gt: z.number().int().positive().max(10_000).optional(), gte: z.number().int().positive().max(10_000).optional() })
      .refine((t) => (t.gt === undefined) !== (t.gte === undefined), 'give exactly one of gt or gte')
      .optional(),
  })
  .refine((a) => (a.count === undefined) !== (a.distinct === undefined), 'give exactly one of count or distinct');

const Common = {
  id: z.guid('id must be a UUID'),
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'name: letters, digits, "-", "_", "."').optional(),
  title: z.string().min(1),
  title_ja: z.string().min(1).optional(),
  description: z.string().optional(),
  description_ja: z.string().optional(),
  status: z.enum(['stable', 'test', 'experimental', 'deprecated', 'unsupported']).optional(),
  level: Level,
  tags: z.array(z.string()).default([]),
  falsepositives: z.array(z.unknown()).default([]),
  falsepositives_ja: z.array(z.string().min(1)).optional(),
  references: z.array(z.string()).default([]),
  dedup: z.array(z.string().min(1)).default([]),
  tests: z.array(TestCase).default([]),
};

const RuleSchema = z.looseObject({
  ...Common,
  logsource: z.looseObject({ product: z.string().optional(), service: z.string().optional(), category: z.string().optional() }),
  detection: Record_,
  aggregation: AggregationSchema.optional(),
});

const CorrelationSchema = z.looseObject({
  ...Common,
  correlation: z.looseObject({
    type: z.string(),
    rules: z.union([z.string(), z.array(z.string()).min(1)]),
    'group-by': z.array(z.string().min(1)).default([]),
    timespan: Timespan,
    condition: z.record(z.string(), z.union([z.number(), z.string()])),
    generate: z.boolean().default(false),
  }),
});

const MAMORI_KEYS = ['tests', 'dedup', 'aggregation', 'title_ja', 'description_ja', 'falsepositives_ja'];

// ---------------------------------------------------------------------------------------------
// Locating problems in the YAML

type Path = (string | number)[];

function locate(doc: Document, path: Path, lc: LineCounter): number | undefined {
  let node: unknown = doc.contents;
  let at: YamlNode | undefined = doc.contents ?? undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      at = (pair.key as YamlNode) ?? at;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      node = node.items[seg];
      at = node as YamlNode;
    } else break;
  }
  const offset = at?.range?.[0];
  return offset === undefined ? undefined : lc.linePos(offset).line;
}

function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

// ---------------------------------------------------------------------------------------------
// Files

async function listFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (p: string, top: boolean): Promise<void> => {
    let st;
    try {
      st = await stat(p);
    } catch {
      if (top) throw new MamoriError('DETECTION_RULES_NOT_FOUND', `detection rules not found: ${p}`);
      return;
    }
    if (st.isDirectory()) {
      const entries = (await readdir(p)).sort();
      for (const e of entries) if (!e.startsWith('.')) await walk(join(p, e), false);
    } else if (top || /\.ya?ml$/i.test(p)) {
      out.push(p);
    }
  };
  for (const p of paths) await walk(p, true);
  return out;
}

/**
 * Loads rules from YAML files and directories (recursively, *.yml / *.yaml). Rules with problems
 * are skipped and reported as issues; the rest load. Throws MamoriError only for a path that
 * does not exist.
 */
/** What loading takes besides the files. */
export interface LoadRulesOptions {
  /** Values of Sigma placeholders (`%name%` with `|expand`), from the config's detection.placeholders. */
  placeholders?: Placeholders;
}

export async function loadDetectionRules(paths: string[], options: LoadRulesOptions = {}): Promise<{ rules: DetectionRule[]; issues: RuleIssue[]; filters: SigmaFilter[] }> {
  const rules: DetectionRule[] = [];
  const issues: RuleIssue[] = [];
  const filters: SigmaFilter[] = [];
  for (const file of await listFiles(paths)) {
    const text = await readFile(file, 'utf8');
    const parsed = parseRuleText(text, file, options);
    rules.push(...parsed.rules);
    issues.push(...parsed.issues);
    filters.push(...parsed.filters);
  }
  const resolved = resolveRules(rules);
  return { rules: resolved.rules, issues: [...issues, ...resolved.issues], filters };
}

const TOO_DEEP = 'the YAML nests maps and lists too deeply to be read (a rule needs a few levels)';

function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

/** Parses the rule documents of one YAML text (no cross-file checks; see resolveRules). */
export function parseRuleText(text: string, file: string, options: LoadRulesOptions = {}): { rules: DetectionRule[]; issues: RuleIssue[]; filters: SigmaFilter[] } {
  const rules: DetectionRule[] = [];
  const issues: RuleIssue[] = [];
  const filters: SigmaFilter[] = [];
  const lc = new LineCounter();
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, { lineCounter: lc, customTags, uniqueKeys: true, prettyErrors: false, merge: true });
  } catch (err) {
    // The YAML parser recurses once per level of nesting; no rule is anywhere near that deep.
    if (isStackOverflow(err)) return { rules, issues: [{ file, kind: 'syntax', message: TOO_DEEP }], filters };
    throw err;
  }
  const list = Array.isArray(docs) ? docs : [];
  const base = basename(file, extname(file));
  const nonEmpty = list.filter((d) => d.contents !== null || d.errors.length > 0);
  nonEmpty.forEach((doc, index) => {
    const docLine = doc.contents?.range ? lc.linePos(doc.contents.range[0]).line : undefined;
    if (doc.errors.length > 0) {
      const seen = new Set<string>();
      for (const e of doc.errors.slice(0, 3)) {
        const line = lc.linePos(e.pos[0]).line;
        const message = /call stack/i.test(e.message) ? TOO_DEEP : e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
        if (seen.has(`${line}:${message}`)) continue;
        seen.add(`${line}:${message}`);
        issues.push({ file, line, kind: 'syntax', message });
      }
      return;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 1000 });
    } catch (err) {
      issues.push({ file, line: docLine, kind: 'syntax', message: isStackOverflow(err) ? TOO_DEEP : (err as Error).message.split('\n')[0] });
      return;
    }
    const defaultName = nonEmpty.length === 1 ? base : `${base}-${index + 1}`;
    if (data && typeof data === 'object' && !Array.isArray(data) && isFilterDocument(data as Record<string, unknown>)) {
      const filter = buildFilter(data as Record<string, unknown>, file, docLine, defaultName);
      if ('detection' in filter) filters.push(filter);
      else issues.push(filter);
      return;
    }
    const result = buildRule(data, doc, lc, file, defaultName, nonEmpty.length === 1, options);
    if ('rule' in result) {
      rules.push({ ...result.rule, line: docLine });
      issues.push(...result.warnings);
    } else issues.push(...result.issues);
  });
  return { rules, issues, filters };
}

function buildRule(
  data: unknown,
  doc: Document,
  lc: LineCounter,
  file: string,
  defaultName: string,
  single: boolean,
  options: LoadRulesOptions,
): { rule: DetectionRule; warnings: RuleIssue[] } | { issues: RuleIssue[] } {
  const docLine = doc.contents?.range ? lc.linePos(doc.contents.range[0]).line : undefined;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { issues: [{ file, line: docLine, kind: 'invalid', message: 'a rule must be a YAML mapping' }] };
  }
  const obj = data as Record<string, unknown>;
  const ruleId = typeof obj.name === 'string' ? obj.name : typeof obj.id === 'string' ? obj.id : typeof obj.title === 'string' ? obj.title : undefined;
  const issue = (kind: RuleIssue['kind'], message: string, path: Path = []): { issues: RuleIssue[] } => ({
    issues: [{ file, line: path.length ? (locate(doc, path, lc) ?? docLine) : docLine, ruleId, kind, message }],
  });

  if ('action' in obj) return issue('unsupported', `Sigma rule collections (action: ${String(obj.action)}) are not supported`, ['action']);
  if ('timeframe' in obj) return issue('unsupported', '`timeframe` on a rule is not supported; use mamori `aggregation:` or a Sigma correlation rule', ['timeframe']);
  const isCorrelation = 'correlation' in obj;
  const parsed = (isCorrelation ? CorrelationSchema : RuleSchema).safeParse(obj);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.slice(0, 3).map((i) => {
        const path = i.path.filter((p): p is string | number => typeof p !== 'symbol');
        const where = path.length ? `${formatPath(path)}: ` : '';
        return { file, line: locate(doc, path, lc) ?? docLine, ruleId, kind: 'invalid' as const, message: `${where}${i.message}` };
      }),
    };
  }
  const r = parsed.data as z.infer<typeof RuleSchema> & z.infer<typeof CorrelationSchema>;
  const format: DetectionRule['format'] = isCorrelation ? 'sigma-correlation' : MAMORI_KEYS.some((k) => k in obj) ? 'mamori' : 'sigma';
  const name = r.name ?? defaultName;
  if (format === 'mamori' && single && r.name !== undefined && r.name !== defaultName) {
    return issue('invalid', `name "${r.name}" must be the file name without .yml ("${defaultName}")`, ['name']);
  }
  if (format === 'mamori' && !r.description) return issue('invalid', 'description: a mamori rule needs a description', []);

  if (r.falsepositives_ja && r.falsepositives_ja.length !== r.falsepositives.length) {
    return issue('invalid', `falsepositives_ja: ${r.falsepositives_ja.length} entries for ${r.falsepositives.length} in falsepositives (give each situation in both languages, in the same order)`, ['falsepositives_ja']);
  }
  const { tactics, techniques, unknown } = mapAttackTags(r.tags);
  // An unknown tag costs the rule its tactic in correlation and reports: said, never dropped silently.
  const warnings: RuleIssue[] = unknown.map((i) => ({
    file,
    line: locate(doc, ['tags', i], lc) ?? docLine,
    ruleId,
    kind: 'warning',
    message: `unknown ATT&CK tag "${r.tags[i]}" ignored (not a tactic of ATT&CK v19 nor a technique id like attack.t1078.004)`,
  }));
  const tests: RuleTestCase[] = r.tests.map((t) => ({ name: t.name, match: t.match, ...(t.benign ? { benign: true } : {}), events: t.events ?? [t.event!], ...(t.mamori ? { mamori: t.mamori } : {}) }));
  const rule: DetectionRule = {
    id: r.id,
    name,
    title: r.title,
    ...(r.title_ja ? { title_ja: r.title_ja } : {}),
    description: r.description ?? '',
    ...(r.description_ja ? { description_ja: r.description_ja } : {}),
    ...(r.status ? { status: r.status } : {}),
    level: r.level as RuleLevel,
    severity: levelToSeverity(r.level as RuleLevel),
    logsource: { product: 'aws', service: 'cloudtrail' },
    tags: r.tags,
    tactics,
    techniques,
    dedup: r.dedup,
    falsepositives: r.falsepositives.map((f) => (typeof f === 'string' ? f : JSON.stringify(f))),
    ...(r.falsepositives_ja ? { falsepositives_ja: r.falsepositives_ja } : {}),
    references: r.references,
    tests,
    format,
    file,
  };

  if (isCorrelation) {
    const c = r.correlation;
    if (c.type !== 'event_count' && c.type !== 'value_count') return issue('unsupported', `correlation type "${c.type}" is not supported (event_count and value_count are)`, ['correlation', 'type']);
    if ('aliases' in c) return issue('unsupported', 'correlation `aliases` are not supported', ['correlation', 'aliases']);
    const cond = { ...c.condition };
    const field = cond.field;
    delete cond.field;
    if (c.type === 'value_count' && typeof field !== 'string') return issue('invalid', 'a value_count correlation needs condition.field', ['correlation', 'condition']);
    const ops = Object.keys(cond);
    if (ops.length !== 1) return issue('invalid', 'correlation condition: give exactly one comparison (gt or gte)', ['correlation', 'condition']);
    const op = ops[0];
    if (op !== 'gt' && op !== 'gte') return issue('unsupported', `correlation condition "${op}" is not supported: only gt and gte can fire while streaming`, ['correlation', 'condition', op]);
    const threshold = Number(cond[op]);
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > (c.type === 'value_count' ? 10_000 : 1_000_000)) return issue('invalid', `correlation condition ${op}: expected a positive integer`, ['correlation', 'condition', op]);
    rule.correlation = { type: c.type, rules: typeof c.rules === 'string' ? [c.rules] : c.rules, generate: c.generate };
    rule.aggregation = {
      groupBy: c['group-by'],
      timespan: c.timespan,
      timespanMs: parseTimespan(c.timespan),
      kind: c.type === 'event_count' ? 'count' : 'distinct',
      ...(c.type === 'value_count' ? { field: field as string } : {}),
      op,
      threshold,
    };
    delete rule.detection;
    return { rule, warnings };
  }

  const ls = r.logsource;
  const isAws = ls.product === 'aws' && AWS_SERVICES.includes(ls.service ?? '');
  const isGcp = ls.product === 'gcp' && GCP_AUDIT_SERVICES.includes(ls.service ?? '');
  const isAzure = ls.product === 'azure' && AZURE_ACTIVITY_SERVICES.includes(ls.service ?? '');
  if (!isAws && !isGcp && !isAzure) {
    const what = `${ls.product ?? ls.category ?? '?'}/${ls.service ?? ls.category ?? '?'}`;
    const msg =
      ls.product === 'aws'
        ? `logsource ${what} is not a supported AWS log (cloudtrail, vpcflow, dns)`
        : ls.product === 'gcp'
          ? `logsource ${what} is not a supported Google Cloud log (gcpaudit, or Sigma's gcp.audit)`
          : ls.product === 'azure'
            ? `logsource ${what} is not a supported Azure log (azureactivity, or Sigma's activitylogs)`
            : `logsource ${what} is not an AWS, Google Cloud or Azure log`;
    return issue('unsupported', msg, ['logsource']);
  }
  let detection = r.detection;
  try {
    detection = expandPlaceholders(detection, options.placeholders);
  } catch (err) {
    if (err instanceof RuleCompileError) return issue(err.kind, err.message, err.path);
    throw err;
  }
  if (isGcp) {
    rule.logsource = { product: 'gcp', service: 'gcpaudit' };
    try {
      detection = mapGcpDetection(detection);
    } catch (err) {
      if (err instanceof RuleCompileError) return issue(err.kind, err.message, err.path);
      throw err;
    }
    rule.dedup = mapGcpFields(rule.dedup);
  } else if (isAzure) {
    rule.logsource = { product: 'azure', service: 'azureactivity' };
  } else {
    rule.logsource = { product: 'aws', service: ls.service as EventSource };
  }
  rule.detection = detection;
  try {
    compileDetection(detection);
  } catch (err) {
    if (err instanceof RuleCompileError) return issue(err.kind, err.message, err.path);
    throw err;
  }
  if (r.aggregation) {
    const a = isGcp ? { ...r.aggregation, group_by: mapGcpFields(r.aggregation.group_by), ...(r.aggregation.distinct ? { distinct: { ...r.aggregation.distinct, field: gcpFieldPath(r.aggregation.distinct.field) ?? r.aggregation.distinct.field } } : {}) } : r.aggregation;
    const agg: Aggregation = a.count
      ? { groupBy: a.group_by, timespan: a.timespan, timespanMs: parseTimespan(a.timespan), kind: 'count', op: a.count.gt !== undefined ? 'gt' : 'gte', threshold: (a.count.gt ?? a.count.gte)! }
      : { groupBy: a.group_by, timespan: a.timespan, timespanMs: parseTimespan(a.timespan), kind: 'distinct', field: a.distinct!.field, op: a.distinct!.gt !== undefined ? 'gt' : 'gte', threshold: (a.distinct!.gt ?? a.distinct!.gte)! };
    rule.aggregation = agg;
  }
  return { rule, warnings };
}

/**
 * Cross-rule checks: duplicate ids and names, and correlation references (a correlation takes
 * the logsource of the rules it refers to). Rules that fail are moved to issues.
 */
export function resolveRules(input: DetectionRule[]): { rules: DetectionRule[]; issues: RuleIssue[] } {
  const issues: RuleIssue[] = [];
  const byId = new Map<string, DetectionRule>();
  const byName = new Map<string, DetectionRule>();
  let rules: DetectionRule[] = [];
  for (const r of input) {
    const dup = byId.get(r.id) ?? byName.get(r.name);
    if (dup) {
      const what = byId.has(r.id) ? `id ${r.id}` : `name ${r.name}`;
      issues.push({ file: r.file, line: r.line, ruleId: r.name, kind: 'invalid', message: `duplicate ${what} (also in ${dup.file}${dup.line ? `:${dup.line}` : ''})` });
      continue;
    }
    byId.set(r.id, r);
    byName.set(r.name, r);
    rules.push(r);
  }
  const bad = new Set<DetectionRule>();
  for (const r of rules) {
    if (!r.correlation) continue;
    const refs = r.correlation.rules.map((ref) => ({ ref, rule: byName.get(ref) ?? byId.get(ref) }));
    const missing = refs.filter((x) => !x.rule).map((x) => x.ref);
    const problem = missing.length
      ? `correlation refers to rules that are not loaded: ${missing.join(', ')}`
      : refs.some((x) => x.rule!.correlation)
        ? 'correlations of correlations are not supported'
        : new Set(refs.map((x) => x.rule!.logsource.service)).size > 1
          ? 'correlation over rules of different logs is not supported'
          : undefined;
    if (problem) {
      issues.push({ file: r.file, line: r.line, ruleId: r.name, kind: missing.length || !problem.includes('not supported') ? 'invalid' : 'unsupported', message: problem });
      bad.add(r);
      continue;
    }
    r.logsource = { ...refs[0].rule!.logsource };
    // A Sigma correlation over Google Cloud rules may group by Sigma's field names.
    if (r.logsource.product === 'gcp' && r.aggregation) {
      r.aggregation = { ...r.aggregation, groupBy: mapGcpFields(r.aggregation.groupBy), ...(r.aggregation.field ? { field: gcpFieldPath(r.aggregation.field) ?? r.aggregation.field } : {}) };
      r.dedup = mapGcpFields(r.dedup);
    }
  }
  rules = rules.filter((r) => !bad.has(r));
  return { rules, issues };
}
