/**
 * Finding filters from text (command-line flags, HTTP query parameters): one parser, so the CLI and
 * the server filter alike. Every bad value is a one-line MamoriError.
 */
import { RISK_LEVELS, WORKFLOW_STATUSES, type WorkflowStatus } from '../hub/model.js';
import type { FindingFilter } from '../hub/store/store.js';
import { FRAMEWORK_IDS, isFrameworkId } from '../frameworks/index.js';
import { MamoriError } from '../model/errors.js';
import { parseList, parseProviders, parseSeverity } from './values.js';

/** Filters as text: comma-separated lists, `since` as an ISO date or 7d / 24h. */
export interface FilterFlags {
  status?: string;
  severity?: string;
  risk?: string;
  provider?: string;
  scope?: string;
  account?: string;
  region?: string;
  rule?: string;
  source?: string;
  kind?: string;
  since?: string;
  /** Resource types (CloudFormation names such as AWS::S3::Bucket; Google Cloud / Azure types). */
  resourceType?: string;
  /** Resource tags as key=value (a finding matches when its resource has every one). */
  tag?: string;
  /** Resource uids. */
  resource?: string;
  /** Framework controls as framework:control (cis-aws-3.0:2.1.1, fsbp:S3.5): findings mapped to any of them. */
  control?: string;
}

export const KINDS = ['posture', 'threat', 'vulnerability', 'sequence'] as const;

export function oneOf<T extends string>(values: readonly T[], what: string, input: string[] | undefined): T[] | undefined {
  return input?.map((v) => {
    const up = v.toUpperCase() as T;
    if (!values.includes(up)) throw new MamoriError('BAD_FILTER', `unknown ${what} "${v}" (use ${values.join(', ')})`);
    return up;
  });
}

/** "7d", "24h" or an ISO date → ISO time. */
export function parseSince(value: string, now = new Date()): string {
  const rel = /^(\d+)([dhm])$/.exec(value);
  if (rel) {
    const ms = Number(rel[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[rel[2] as 'd' | 'h' | 'm'];
    const at = new Date(now.getTime() - ms);
    // "99999999999d" reaches before the first representable date: toISOString would throw a RangeError.
    if (Number.isNaN(at.getTime())) throw new MamoriError('BAD_FILTER', `--since "${value}" reaches too far back`);
    return at.toISOString();
  }
  const t = Date.parse(value);
  if (Number.isNaN(t) || Number.isNaN(new Date(t).getTime())) throw new MamoriError('BAD_FILTER', `--since "${value}" is neither a date nor a duration like 7d / 24h`);
  return new Date(t).toISOString();
}

function scopesOf(flags: FilterFlags): string[] | undefined {
  const scopes = [...(parseList(flags.account) ?? []), ...(parseList(flags.scope) ?? [])];
  return scopes.length ? scopes : undefined;
}

export function filterFrom(flags: FilterFlags): FindingFilter {
  const severity = parseList(flags.severity)?.map(parseSeverity);
  const risk = oneOf(RISK_LEVELS, 'risk', parseList(flags.risk));
  return {
    status: oneOf<WorkflowStatus>(WORKFLOW_STATUSES, 'status', parseList(flags.status)),
    // A single severity or risk means "at least".
    ...(severity?.length === 1 ? { minSeverity: severity[0] } : { severity }),
    ...(risk?.length === 1 ? { minRisk: risk[0] } : { risk }),
    provider: parseProviders(flags.provider),
    // A scope is an AWS account, a Google Cloud project or an Azure subscription: --scope and --account are one filter.
    account: scopesOf(flags),
    region: parseList(flags.region),
    rule: parseList(flags.rule),
    source: parseList(flags.source),
    kind: parseList(flags.kind)?.map((k) => {
      if (!(KINDS as readonly string[]).includes(k)) throw new MamoriError('BAD_FILTER', `unknown kind "${k}" (use ${KINDS.join(', ')})`);
      return k as (typeof KINDS)[number];
    }),
    since: flags.since ? parseSince(flags.since) : undefined,
    resourceType: parseList(flags.resourceType),
    tag: parseTags(flags.tag),
    resource: parseList(flags.resource),
    control: parseControls(flags.control),
  };
}

/** `cis-aws-3.0:2.1.1,fsbp:S3.5` → [{ framework, control }]; the framework must be one mamori knows. */
function parseControls(value: string | undefined): { framework: string; control: string }[] | undefined {
  return parseList(value)?.map((pair) => {
    const i = pair.indexOf(':');
    const framework = pair.slice(0, Math.max(0, i));
    if (i <= 0 || i === pair.length - 1) throw new MamoriError('BAD_FILTER', `control "${pair}": expected framework:control (e.g. cis-aws-3.0:2.1.1)`);
    if (!isFrameworkId(framework)) throw new MamoriError('BAD_FILTER', `control "${pair}": unknown framework ${framework} (use ${FRAMEWORK_IDS.join(', ')})`);
    return { framework, control: pair.slice(i + 1) };
  });
}

/** `env=prod,team=payments` → [{ key, value }]; a tag without `=` is refused. */
function parseTags(value: string | undefined): { key: string; value: string }[] | undefined {
  return parseList(value)?.map((pair) => {
    const i = pair.indexOf('=');
    if (i <= 0) throw new MamoriError('BAD_FILTER', `tag "${pair}": expected key=value`);
    return { key: pair.slice(0, i), value: pair.slice(i + 1) };
  });
}

