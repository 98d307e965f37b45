/**
 * Automation rules, modelled on Security Hub automation rules: an ordered list of
 * criteria → actions applied to every finding the hub ingests. Pure: no I/O.
 *
 * - Rules run in order; each sees the finding as changed by the rules before it.
 * - All criteria of a rule must match (AND); a list of values under one operator means any
 *   of them (OR) for positive operators and none of them for negative ones (notEquals,
 *   notContains, notIn). `anyOf` holds alternative criteria sets.
 * - `stop: true` ends evaluation for that finding after the rule's actions.
 *
 * Relative severity steps (`raise`, `lower`) apply to the severity the finding has when the rule
 * runs: pass findings with `severity` equal to `originalSeverity` so re-ingesting is idempotent.
 * Timestamps (resolvedAt, updatedAt) are the store's business and are not touched here.
 */
import { z } from 'zod';
import { FRAMEWORK_IDS, isFrameworkId } from '../frameworks/index.js';
import { MamoriError } from '../model/errors.js';
import { SEVERITIES, severityRank, type Severity } from '../model/types.js';
import { MAX_CONFIG_RULES, patternLengthProblem } from '../config/limits.js';
import {
  choice,
  didYouMean,
  formatPath,
  fromZodError,
  issueMessages,
  looseString,
  moreProblems,
  sortIssues,
  strictObject,
  type ConfigIssue,
  type PathKey,
} from '../config/validate.js';
import { RISK_LEVELS, WORKFLOW_STATUSES, type HubFinding, type WorkflowStatus } from './model.js';
import { globMatch } from './glob.js';
import { exactKeys, globKeys, narrower, RuleIndex, TAG_SEPARATOR, type IndexedField, type IndexKey, type IndexKeys } from './rule-index.js';
import { PROVIDERS } from '../model/types.js';

// ---------------------------------------------------------------------------------------------
// Fields of a finding that criteria can test

/** Every field of HubFinding (checked against the interface at compile time). */
export const HUB_FINDING_FIELDS = [
  'id', 'kind', 'source', 'ruleId', 'title', 'description', 'severity', 'originalSeverity', 'complianceStatus',
  'workflowStatus', 'provider', 'account', 'region', 'resourceUid', 'resourceType', 'resourceName', 'resourceTags',
  'frameworks', 'reason', 'evidence', 'risk', 'firstSeen', 'lastSeen', 'timesSeen', 'resolvedAt', 'updatedAt', 'userFields', 'localized', 'document', 'scopePath',
] as const satisfies readonly (keyof HubFinding)[];
type MissingField = Exclude<keyof HubFinding, (typeof HUB_FINDING_FIELDS)[number]>;
const allFieldsListed: [MissingField] extends [never] ? true : MissingField = true;
void allFieldsListed;

type FieldKind = 'text' | 'enum' | 'rank' | 'number' | 'date' | 'list';

interface FieldSpec {
  kind: FieldKind;
  /** Allowed values (enum, rank: in rank order). */
  values?: readonly string[];
  get(f: HubFinding): unknown;
}

const text = (get: (f: HubFinding) => unknown): FieldSpec => ({ kind: 'text', get });
const COMPLIANCE = ['PASS', 'FAIL', 'NOT_ASSESSED', 'NOT_APPLICABLE', 'MANUAL'] as const;

const FIELDS: Partial<Record<(typeof HUB_FINDING_FIELDS)[number], FieldSpec>> = {
  id: text((f) => f.id),
  kind: { kind: 'enum', values: ['posture', 'threat', 'vulnerability', 'sequence'], get: (f) => f.kind },
  source: text((f) => f.source),
  ruleId: text((f) => f.ruleId),
  title: text((f) => f.title),
  description: text((f) => f.description),
  severity: { kind: 'rank', values: SEVERITIES, get: (f) => f.severity },
  originalSeverity: { kind: 'rank', values: SEVERITIES, get: (f) => f.originalSeverity },
  complianceStatus: { kind: 'enum', values: COMPLIANCE, get: (f) => f.complianceStatus },
  workflowStatus: { kind: 'enum', values: WORKFLOW_STATUSES, get: (f) => f.workflowStatus },
  provider: { kind: 'enum', values: [...PROVIDERS], get: (f) => f.provider },
  account: text((f) => f.account),
  scopePath: text((f) => f.scopePath),
  region: text((f) => f.region),
  resourceUid: text((f) => f.resourceUid),
  resourceType: text((f) => f.resourceType),
  resourceName: text((f) => f.resourceName),
  reason: text((f) => f.reason),
  risk: { kind: 'rank', values: RISK_LEVELS, get: (f) => f.risk?.level },
  firstSeen: { kind: 'date', get: (f) => f.firstSeen },
  lastSeen: { kind: 'date', get: (f) => f.lastSeen },
  resolvedAt: { kind: 'date', get: (f) => f.resolvedAt },
  updatedAt: { kind: 'date', get: (f) => f.updatedAt },
  timesSeen: { kind: 'number', get: (f) => f.timesSeen },
};

/** Shorthand criteria that are not field names. */
export const CRITERIA_SHORTHANDS = ['accounts', 'regions', 'resources', 'ruleIds', 'tags', 'anyOf'] as const;
const NESTED = ['resourceTags', 'userFields', 'frameworks', 'risk'] as const;
const RISK_PARTS = ['level', 'likelihood', 'impact'] as const;

/** Names a criterion can start with, for "did you mean". */
const CRITERIA_NAMES: string[] = [
  ...HUB_FINDING_FIELDS.filter((f) => f !== 'evidence' && f !== 'localized' && f !== 'document'),
  ...CRITERIA_SHORTHANDS,
  ...RISK_PARTS.map((p) => `risk.${p}`),
];

function resolveField(name: string): FieldSpec | string {
  const dot = name.indexOf('.');
  if (dot > 0) {
    const head = name.slice(0, dot);
    const key = name.slice(dot + 1);
    if (!key) return `missing key after "${head}."`;
    // Own tags only, as the rule index sees them: `resourceTags.constructor` is not Object's.
    if (head === 'resourceTags') return text((f) => (f.resourceTags && Object.hasOwn(f.resourceTags, key) ? f.resourceTags[key] : undefined));
    if (head === 'userFields') return text((f) => f.userFields?.[key]);
    if (head === 'frameworks') {
      if (!isFrameworkId(key)) {
        const hint = didYouMean(key, FRAMEWORK_IDS);
        return `unknown framework "${key}"${hint ? ` (did you mean "frameworks.${hint}"?)` : ` (expected one of: ${FRAMEWORK_IDS.join(', ')})`}`;
      }
      return { kind: 'list', get: (f) => f.frameworks?.[key] ?? [] };
    }
    if (head === 'risk') {
      if (!(RISK_PARTS as readonly string[]).includes(key)) {
        const hint = didYouMean(key, RISK_PARTS);
        return `unknown field${hint ? ` (did you mean "risk.${hint}"?)` : ` (risk has ${RISK_PARTS.join(', ')})`}`;
      }
      return { kind: 'rank', values: RISK_LEVELS, get: (f) => f.risk?.[key as (typeof RISK_PARTS)[number]] };
    }
    if (head === 'evidence') return 'evidence cannot be used in criteria';
  }
  if (name === 'evidence') return 'evidence cannot be used in criteria';
  if (name === 'localized' || name.startsWith('localized.')) return 'localized text cannot be used in criteria (test title or reason, which are English)';
  if (name === 'document' || name.startsWith('document.')) return 'the improvement document cannot be used in criteria (test ruleId)';
  if (name === 'resourceTags' || name === 'userFields' || name === 'frameworks') return `name a key: ${name}.<key> (e.g. ${name === 'frameworks' ? 'frameworks.fsbp' : `${name}.owner`})`;
  const spec = FIELDS[name as keyof typeof FIELDS];
  if (spec) return spec;
  const hint = didYouMean(name, CRITERIA_NAMES) ?? (dot > 0 ? didYouMean(name.slice(0, dot), NESTED)?.concat(name.slice(dot)) : undefined);
  return hint ? `unknown field (did you mean "${hint}"?)` : 'unknown field (not a finding field; see docs/config.md)';
}

// ---------------------------------------------------------------------------------------------
// Operators

export const OPERATORS = ['equals', 'notEquals', 'prefix', 'contains', 'notContains', 'in', 'notIn', 'gte', 'lte', 'gt', 'lt', 'since', 'before', 'exists'] as const;
type Operator = (typeof OPERATORS)[number];

const OPS_BY_KIND: Record<FieldKind, readonly Operator[]> = {
  text: ['equals', 'notEquals', 'prefix', 'contains', 'notContains', 'in', 'notIn', 'exists'],
  list: ['equals', 'notEquals', 'prefix', 'contains', 'notContains', 'in', 'notIn', 'exists'],
  enum: ['equals', 'notEquals', 'in', 'notIn', 'exists'],
  rank: ['equals', 'notEquals', 'in', 'notIn', 'gte', 'lte', 'gt', 'lt', 'exists'],
  number: ['equals', 'notEquals', 'in', 'notIn', 'gte', 'lte', 'gt', 'lt', 'exists'],
  date: ['since', 'before', 'exists'],
};
const KIND_NAME: Record<FieldKind, string> = { text: 'a text', list: 'a list', enum: 'a choice', rank: 'a ranked', number: 'a numeric', date: 'a date' };
const NEGATIVE = new Set<Operator>(['notEquals', 'notContains', 'notIn']);
const LIST_OPS = new Set<Operator>(['in', 'notIn']);
const SINGLE_OPS = new Set<Operator>(['gte', 'lte', 'gt', 'lt', 'since', 'before', 'exists']);

type Predicate = (f: HubFinding) => boolean;

interface Ctx {
  issues: ConfigIssue[];
}

function issue(ctx: Ctx, path: PathKey[], message: string, unknownField = false): undefined {
  ctx.issues.push({ path, message, unknownField });
  return undefined;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return typeof v === 'string' ? 'text' : `a ${typeof v}`;
}

/** Normalises one operand for a field kind: string for text/list/enum, number for rank/number/date. */
function operand(ctx: Ctx, path: PathKey[], spec: FieldSpec, v: unknown): string | number | undefined {
  switch (spec.kind) {
    case 'text':
    case 'list': {
      const text = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
      if (text === undefined) return issue(ctx, path, `expected text, got ${describe(v)}`);
      const problem = patternLengthProblem(text);
      return problem ? issue(ctx, path, problem) : text;
    }
    case 'enum':
    case 'rank': {
      const values = spec.values!;
      if (typeof v !== 'string') return issue(ctx, path, `expected one of ${values.join(', ')}, got ${describe(v)}`);
      const i = values.findIndex((x) => x.toLowerCase() === v.trim().toLowerCase());
      if (i < 0) {
        const hint = didYouMean(v, values);
        return issue(ctx, path, `unknown value "${v}"${hint ? ` (did you mean "${hint}"?)` : ` (expected one of: ${values.join(', ')})`}`);
      }
      return spec.kind === 'rank' ? i : values[i];
    }
    case 'number':
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      return issue(ctx, path, `expected a number, got ${describe(v)}`);
    case 'date': {
      const t = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? Date.parse(v) : NaN;
      if (Number.isNaN(t)) return issue(ctx, path, 'expected an ISO date (2026-12-31 or 2026-12-31T23:59:59Z)');
      return t;
    }
  }
}

/** The finding's value in comparable form; undefined when absent. */
function actual(spec: FieldSpec, f: HubFinding): string | number | string[] | undefined {
  const v = spec.get(f);
  if (v === undefined || v === null) return undefined;
  switch (spec.kind) {
    case 'list':
      return Array.isArray(v) ? v.map(String) : [String(v)];
    case 'rank': {
      const i = spec.values!.indexOf(String(v));
      return i < 0 ? undefined : i;
    }
    case 'number':
      return typeof v === 'number' ? v : undefined;
    case 'date': {
      const t = Date.parse(String(v));
      return Number.isNaN(t) ? undefined : t;
    }
    default:
      return String(v);
  }
}

function test1(op: Operator, a: string | number, b: string | number): boolean {
  switch (op) {
    case 'equals':
    case 'notEquals':
    case 'in':
    case 'notIn':
      return a === b;
    case 'prefix':
      return String(a).startsWith(String(b));
    case 'contains':
    case 'notContains':
      return String(a).includes(String(b));
    case 'gte':
    case 'since':
      return a >= b;
    case 'gt':
      return a > b;
    case 'lte':
      return a <= b;
    case 'lt':
    case 'before':
      return a < b;
    default:
      return false;
  }
}

function compileOperator(ctx: Ctx, path: PathKey[], spec: FieldSpec, op: Operator, raw: unknown): Predicate | undefined {
  if (op === 'exists') {
    if (typeof raw !== 'boolean') return issue(ctx, path, 'expected true or false');
    return (f) => {
      const v = actual(spec, f);
      const present = v !== undefined && !(Array.isArray(v) && v.length === 0);
      return present === raw;
    };
  }
  if (Array.isArray(raw) && SINGLE_OPS.has(op)) return issue(ctx, path, `${op} takes one value, not a list`);
  if (!Array.isArray(raw) && LIST_OPS.has(op)) raw = [raw];
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0) return issue(ctx, path, 'needs at least one value');
  const operands: (string | number)[] = [];
  let ok = true;
  list.forEach((v, i) => {
    const o = operand(ctx, Array.isArray(raw) ? [...path, i] : path, spec, v);
    if (o === undefined) ok = false;
    else operands.push(o);
  });
  if (!ok) return undefined;
  const negative = NEGATIVE.has(op);
  const anyHit = (a: string | number) => operands.some((b) => test1(op, a, b));
  return (f) => {
    const v = actual(spec, f);
    if (v === undefined) return negative;
    const hit = Array.isArray(v) ? v.some(anyHit) : anyHit(v);
    return negative ? !hit : hit;
  };
}

function compileField(ctx: Ctx, path: PathKey[], name: string, raw: unknown): Predicate | undefined {
  const spec = resolveField(name);
  if (typeof spec === 'string') return issue(ctx, path, spec, spec.startsWith('unknown field'));
  const allowed = OPS_BY_KIND[spec.kind];
  if (raw === null || raw === undefined) return issue(ctx, path, `needs a value or operators (${allowed.join(', ')})`);
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    // A plain value means equals; a plain list means in.
    if (spec.kind === 'date') return issue(ctx, path, 'a date needs since, before or exists');
    return compileOperator(ctx, path, spec, Array.isArray(raw) ? 'in' : 'equals', raw);
  }
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length === 0) return issue(ctx, path, `needs at least one operator (${allowed.join(', ')})`);
  const preds: Predicate[] = [];
  for (const [op, v] of entries) {
    const opPath = [...path, op];
    if (!(OPERATORS as readonly string[]).includes(op)) {
      const hint = didYouMean(op, OPERATORS);
      issue(ctx, opPath, `unknown operator${hint ? ` (did you mean "${hint}"?)` : ` (expected one of: ${allowed.join(', ')})`}`, true);
      continue;
    }
    if (!allowed.includes(op as Operator)) {
      issue(ctx, opPath, `${op} does not apply to ${KIND_NAME[spec.kind]} field (use ${allowed.join(', ')})`);
      continue;
    }
    const p = compileOperator(ctx, opPath, spec, op as Operator, v);
    if (p) preds.push(p);
  }
  return (f) => preds.every((p) => p(f));
}

function stringList(ctx: Ctx, path: PathKey[], raw: unknown): string[] | undefined {
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0) return issue(ctx, path, 'needs at least one value');
  const out: string[] = [];
  list.forEach((v, i) => {
    const at = Array.isArray(raw) ? [...path, i] : path;
    const problem = typeof v === 'string' ? patternLengthProblem(v) : undefined;
    if (problem) issue(ctx, at, problem);
    else if (typeof v === 'string' && v !== '') out.push(v);
    else if (typeof v === 'number') out.push(String(v));
    else issue(ctx, at, `expected text, got ${describe(v)}`);
  });
  return out.length === list.length ? out : undefined;
}

function compileShorthand(ctx: Ctx, path: PathKey[], name: (typeof CRITERIA_SHORTHANDS)[number], raw: unknown): Predicate | undefined {
  switch (name) {
    case 'accounts':
    case 'regions': {
      const values = stringList(ctx, path, raw);
      if (!values) return undefined;
      const set = new Set(values);
      return name === 'accounts' ? (f) => set.has(f.account) : (f) => set.has(f.region);
    }
    case 'resources':
    case 'ruleIds': {
      const globs = stringList(ctx, path, raw);
      if (!globs) return undefined;
      return name === 'resources' ? (f) => globs.some((g) => globMatch(g, f.resourceUid)) : (f) => globs.some((g) => globMatch(g, f.ruleId));
    }
    case 'tags': {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return issue(ctx, path, 'expected a mapping of tag key: value');
      const entries = Object.entries(raw as Record<string, unknown>);
      if (entries.length === 0) return issue(ctx, path, 'needs at least one tag');
      const checks: [string, Set<string>][] = [];
      for (const [k, v] of entries) {
        const values = stringList(ctx, [...path, k], v);
        if (values) checks.push([k, new Set(values)]);
      }
      if (checks.length !== entries.length) return undefined;
      return (f) => checks.every(([k, vs]) => f.resourceTags?.[k] !== undefined && vs.has(f.resourceTags[k]));
    }
    case 'anyOf': {
      if (!Array.isArray(raw) || raw.length === 0) return issue(ctx, path, 'expected a list of criteria (any one must match)');
      const alts: Predicate[] = [];
      raw.forEach((c, i) => {
        const p = compileCriteria(ctx, [...path, i], c);
        if (p) alts.push(p);
      });
      if (alts.length !== raw.length) return undefined;
      return (f) => alts.some((p) => p(f));
    }
  }
}

function compileCriteria(ctx: Ctx, path: PathKey[], raw: unknown): Predicate | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return issue(ctx, path, `expected a mapping of criteria, got ${describe(raw)}`);
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length === 0) return issue(ctx, path, 'needs at least one criterion');
  const before = ctx.issues.length;
  const preds: Predicate[] = [];
  for (const [name, v] of entries) {
    const p = (CRITERIA_SHORTHANDS as readonly string[]).includes(name)
      ? compileShorthand(ctx, [...path, name], name as (typeof CRITERIA_SHORTHANDS)[number], v)
      : compileField(ctx, [...path, name], name, v);
    if (p) preds.push(p);
  }
  if (ctx.issues.length !== before) return undefined;
  return (f) => preds.every((p) => p(f));
}

// ---------------------------------------------------------------------------------------------
// Index: the rules a finding can meet

/** Criteria on fields that no action changes, by name: what a rule can be filed under. */
const INDEXED_CRITERIA = new Map<string, IndexedField>([
  ['account', 'account'],
  ['region', 'region'],
  ['ruleId', 'ruleId'],
  ['resourceUid', 'resourceUid'],
  ['resourceType', 'resourceType'],
]);
const TAG_CRITERION = 'resourceTags.';

/** Operands of a text criterion as compileOperator reads them (numbers and booleans as text). */
function textOperands(raw: unknown): string[] | undefined {
  const list = Array.isArray(raw) ? raw : [raw];
  const out: string[] = [];
  for (const v of list) {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number' || typeof v === 'boolean') out.push(String(v));
    else return undefined;
  }
  return out;
}

/** Keys for a criterion on an indexed text field: a plain value or list, equals, in, or prefix. */
function fieldKeys(field: IndexedField, raw: unknown, keyPrefix: string): IndexKeys | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const values = textOperands(raw);
    return values && exactKeys(field, values, keyPrefix);
  }
  const ops = raw as Record<string, unknown>;
  let best: IndexKeys | undefined;
  for (const op of ['equals', 'in'] as const) {
    if (!Object.hasOwn(ops, op)) continue;
    const values = textOperands(ops[op]);
    if (values) best = narrower(best, exactKeys(field, values, keyPrefix));
  }
  if (Object.hasOwn(ops, 'prefix')) {
    const values = textOperands(ops.prefix);
    if (values?.length) best = narrower(best, values.map((v) => ({ field, value: keyPrefix + v, prefix: true })));
  }
  return best;
}

/**
 * The narrowest condition a rule's (validated) criteria cannot match without: one criterion of
 * the AND, or for anyOf one condition per alternative. Undefined when there is none.
 */
function criteriaKeys(criteria: unknown): IndexKeys | undefined {
  if (typeof criteria !== 'object' || criteria === null || Array.isArray(criteria)) return undefined;
  let best: IndexKeys | undefined;
  for (const [name, raw] of Object.entries(criteria)) {
    let keys: IndexKeys | undefined;
    if (name === 'accounts' || name === 'regions') {
      const values = textOperands(raw);
      keys = values && exactKeys(name === 'accounts' ? 'account' : 'region', values);
    } else if (name === 'ruleIds' || name === 'resources') {
      const globs = textOperands(raw);
      keys = globs && globKeys(name === 'ruleIds' ? 'ruleId' : 'resourceUid', globs);
    } else if (name === 'tags') {
      if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
        for (const [k, v] of Object.entries(raw)) {
          const values = textOperands(v);
          if (values) keys = narrower(keys, exactKeys('tag', values, k + TAG_SEPARATOR));
        }
      }
    } else if (name === 'anyOf') {
      if (!Array.isArray(raw) || raw.length === 0) continue;
      const union: IndexKey[] = [];
      for (const alternative of raw) {
        const alt = criteriaKeys(alternative);
        if (!alt) {
          union.length = 0;
          break;
        }
        union.push(...alt);
      }
      if (union.length) keys = union;
    } else if (INDEXED_CRITERIA.has(name)) keys = fieldKeys(INDEXED_CRITERIA.get(name)!, raw, '');
    else if (name.startsWith(TAG_CRITERION) && name.length > TAG_CRITERION.length) {
      keys = fieldKeys('tag', raw, name.slice(TAG_CRITERION.length) + TAG_SEPARATOR);
    }
    best = narrower(best, keys);
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Rules

/**
 * Criteria and rules the schema has accepted: a config's rules are validated when it loads and
 * were validated again when compiled for the policy, seconds at 100,000 rules. (Rules and
 * criteria are treated as immutable once passed.)
 */
const validCriteria = new WeakSet<object>();
const validated = new WeakSet<AutomationRule>();

export type SeverityAction = Severity | { raise: number } | { lower: number };

export interface AutomationActions {
  /** Absolute severity, or steps up / down (clamped to INFORMATIONAL..CRITICAL). */
  setSeverity?: SeverityAction;
  setWorkflowStatus?: WorkflowStatus;
  /** Recorded as a note in the finding's history. */
  addNote?: string;
  setUserFields?: Record<string, string>;
  /** Stop evaluating later rules for a finding this rule matched. */
  stop?: boolean;
}

/** A validated automation rule, as in the config file. */
export interface AutomationRule {
  name: string;
  description?: string;
  enabled: boolean;
  /** Field name (or shorthand) → plain value or operators; see docs/config.md. */
  criteria: Record<string, unknown>;
  actions: AutomationActions;
}

/** A rule as written: `enabled` may be left out (true). */
export type AutomationRuleInput = Omit<AutomationRule, 'enabled'> & { enabled?: boolean };

export interface AutomationChange {
  rule: string;
  /** severity, workflowStatus, userFields.<key>, or note. */
  field: string;
  from?: string;
  to?: string;
  note?: string;
}

// User fields: their own namespace of keys (src/hub/user-fields.ts, free of the schema library so
// the commands that only read findings do not load it).
export { checkUserFields, SEVERITY_OVERRIDE, USER_FIELD_KEY, userFieldKeyProblem, userFieldProblem } from './user-fields.js';
import { checkUserFields, userFieldKeyProblem, userFieldProblem } from './user-fields.js';

// Names are checked on the input, before z.record builds its object: a "__proto__" key would
// otherwise vanish there (assigned as the prototype) instead of being refused.
const userFieldsSchema = z
  .unknown()
  .superRefine((raw, ctx) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return;
    for (const key of Object.keys(raw)) {
      const problem = userFieldKeyProblem(key);
      if (problem) ctx.addIssue({ code: 'custom', path: [key], message: problem });
    }
  })
  .pipe(
    z.record(z.string().min(1), looseString).superRefine((fields, ctx) => {
      // A severityOverride must be a severity: the hub reads it back as the finding's severity.
      for (const key of Object.keys(fields)) {
        const problem = userFieldProblem(key, fields[key]);
        if (problem) ctx.addIssue({ code: 'custom', path: [key], message: problem });
      }
    }),
  )
  .transform((fields) => checkUserFields(fields));

const steps = z.number({ error: 'expected a whole number of steps (1-4)' }).int({ error: 'expected a whole number of steps (1-4)' }).min(1).max(4);
const severityAction = z.union([choice(SEVERITIES, 'severity'), strictObject({ raise: steps }), strictObject({ lower: steps })], {
  error: (iss) => (iss.code === 'invalid_union' ? `expected a severity (${SEVERITIES.join(', ')}) or {raise: n} / {lower: n}` : undefined),
});

const ActionsSchema = strictObject({
  setSeverity: severityAction.optional(),
  setWorkflowStatus: choice(WORKFLOW_STATUSES, 'workflow status').optional(),
  addNote: z.string().trim().min(1).optional(),
  setUserFields: userFieldsSchema.optional(),
  stop: z.boolean().optional(),
}).superRefine((a, ctx) => {
  if (Object.values(a).every((v) => v === undefined)) ctx.addIssue({ code: 'custom', message: 'needs at least one action (setSeverity, setWorkflowStatus, addNote, setUserFields, stop)' });
});

/** One automation rule; criteria are checked field by field against the HubFinding fields. */
export const AutomationRuleSchema = strictObject({
  name: z.string().trim().min(1),
  description: z.string().optional(),
  enabled: z.boolean().default(true),
  criteria: z.unknown().superRefine((c, ctx) => {
    if (c === undefined) {
      ctx.addIssue({ code: 'custom', message: 'required' });
      return;
    }
    // Criteria validated once already (loading the config, then compiling its rules) are valid.
    if (typeof c === 'object' && c !== null && validCriteria.has(c)) return;
    const cctx: Ctx = { issues: [] };
    const match = compileCriteria(cctx, [], c);
    for (const i of cctx.issues) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
    if (match && cctx.issues.length === 0 && typeof c === 'object' && c !== null) validCriteria.add(c);
  }),
  actions: ActionsSchema,
}).transform((r): AutomationRule => {
  const out: AutomationRule = { name: r.name, enabled: r.enabled, criteria: r.criteria as Record<string, unknown>, actions: {} };
  if (r.description !== undefined) out.description = r.description;
  for (const [k, v] of Object.entries(r.actions)) if (v !== undefined) (out.actions as Record<string, unknown>)[k] = v;
  validated.add(out);
  return out;
});

export const AutomationRulesSchema = z.array(AutomationRuleSchema).max(MAX_CONFIG_RULES, { error: `more than ${MAX_CONFIG_RULES.toLocaleString('en')} automation rules` }).superRefine((rules, ctx) => {
  const seen = new Map<string, number>();
  rules.forEach((r, i) => {
    if (seen.has(r.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `duplicate rule name "${r.name}" (also rule ${seen.get(r.name)})` });
    else seen.set(r.name, i);
  });
});

interface CompiledRule {
  rule: AutomationRule;
  /** Compiled the first time the rule is a candidate: of 100,000 rules a run meets few. */
  match?: Predicate;
}

interface CompiledRules {
  list: CompiledRule[];
  /** Enabled rules by the conditions they cannot match without (src/hub/rule-index.ts). */
  index: RuleIndex;
}

const COMPILED = Symbol('mamori.compiledAutomation');

/** Validated rules with their criteria compiled; pass to applyAutomation. */
export interface CompiledAutomation {
  readonly [COMPILED]: true;
  readonly rules: readonly AutomationRule[];
}

const compiledRules = new WeakMap<CompiledAutomation, CompiledRules>();
const cache = new WeakMap<object, CompiledAutomation>();

/**
 * Validates and compiles automation rules. Throws a one-line MamoriError naming the rule and the
 * setting, e.g. `automation[1] "prod-critical": criteria.severty: unknown field (did you mean "severity"?)`.
 */
export function compileAutomation(rules: readonly AutomationRuleInput[] | unknown): CompiledAutomation {
  const data = alreadyValidated(rules) ? rules : validate(rules);
  const list: CompiledRule[] = new Array(data.length);
  const index = new RuleIndex();
  for (let i = 0; i < data.length; i++) {
    const rule = data[i];
    list[i] = { rule };
    if (rule.enabled) index.add(i, criteriaKeys(rule.criteria));
  }
  const compiled: CompiledAutomation = { [COMPILED]: true, rules: data };
  compiledRules.set(compiled, { list, index });
  return compiled;
}

/** Rules the schema produced, with unique names (a list put together from two configs may repeat one). */
function alreadyValidated(rules: unknown): rules is readonly AutomationRule[] {
  if (!Array.isArray(rules)) return false;
  const names = new Set<string>();
  for (const r of rules) {
    if (!validated.has(r) || names.has((r as AutomationRule).name)) return false;
    names.add((r as AutomationRule).name);
  }
  return true;
}

function validate(rules: unknown): AutomationRule[] {
  // Counted before any rule is validated: a runaway list is refused at once.
  if (Array.isArray(rules) && rules.length > MAX_CONFIG_RULES) {
    throw new MamoriError('AUTOMATION_INVALID', `automation: ${rules.length.toLocaleString('en')} rules, more than ${MAX_CONFIG_RULES.toLocaleString('en')}`);
  }
  const r = AutomationRulesSchema.safeParse(rules, { error: issueMessages });
  if (!r.success) {
    const issues = sortIssues(fromZodError(r.error));
    const first = issues[0];
    const [index, ...rest] = first.path;
    const name = typeof index === 'number' && Array.isArray(rules) ? (rules[index] as { name?: unknown } | undefined)?.name : undefined;
    const where =
      typeof index === 'number'
        ? `automation[${index}]${typeof name === 'string' && name ? ` "${name}"` : ''}${rest.length ? `: ${formatPath(rest)}` : ''}`
        : 'automation';
    throw new MamoriError('AUTOMATION_INVALID', `${where}: ${first.message}${moreProblems(issues.length)}`);
  }
  return r.data;
}

function isCompiled(x: unknown): x is CompiledAutomation {
  return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[COMPILED] === true;
}

export interface AutomationResult {
  /** A new object; the input finding is not modified. */
  finding: HubFinding;
  /** What changed, in order; empty when no rule matched. */
  changes: AutomationChange[];
}

function newSeverity(current: Severity, action: SeverityAction): Severity {
  if (typeof action === 'string') return action;
  const delta = 'raise' in action ? action.raise : -action.lower;
  const i = Math.min(SEVERITIES.length - 1, Math.max(0, severityRank(current) + delta));
  return SEVERITIES[i];
}

/**
 * Runs the rules over one finding, in order. Accepts compiled rules or plain rules (compiled once
 * per array object and cached: do not mutate an array after passing it). Disabled rules are skipped. Only real changes are reported (setting a
 * field to the value it already has is not a change); each `addNote` is.
 */
export function applyAutomation(finding: HubFinding, rules: CompiledAutomation | readonly AutomationRuleInput[]): AutomationResult {
  let compiled: CompiledAutomation;
  if (isCompiled(rules)) compiled = rules;
  else {
    compiled = cache.get(rules) ?? compileAutomation(rules);
    cache.set(rules, compiled);
  }
  const f: HubFinding = { ...finding, userFields: { ...finding.userFields } };
  const changes: AutomationChange[] = [];
  const { list, index } = compiledRules.get(compiled)!;
  // Candidates hold for every rule in turn: the index uses only fields that actions never change.
  const candidates = index.candidates(f);
  for (let c = 0; c < candidates.length; c++) {
    const compiledRule = list[candidates[c]];
    const rule = compiledRule.rule;
    compiledRule.match ??= compileCriteria({ issues: [] }, [], rule.criteria)!;
    if (!compiledRule.match(f)) continue;
    const a = rule.actions;
    if (a.setSeverity !== undefined) {
      const to = newSeverity(f.severity, a.setSeverity);
      if (to !== f.severity) {
        changes.push({ rule: rule.name, field: 'severity', from: f.severity, to });
        f.severity = to;
      }
    }
    if (a.setWorkflowStatus !== undefined && a.setWorkflowStatus !== f.workflowStatus) {
      changes.push({ rule: rule.name, field: 'workflowStatus', from: f.workflowStatus, to: a.setWorkflowStatus });
      f.workflowStatus = a.setWorkflowStatus;
    }
    if (a.setUserFields) {
      for (const [k, v] of Object.entries(a.setUserFields)) {
        const from = f.userFields[k];
        if (from === v) continue;
        changes.push(from === undefined ? { rule: rule.name, field: `userFields.${k}`, to: v } : { rule: rule.name, field: `userFields.${k}`, from, to: v });
        f.userFields[k] = v;
      }
    }
    if (a.addNote !== undefined) changes.push({ rule: rule.name, field: 'note', note: a.addNote });
    if (a.stop) break;
  }
  return { finding: f, changes };
}
