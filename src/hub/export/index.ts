/**
 * Hub findings out: OCSF 1.1 JSON lines, ASFF BatchImportFindings bodies, CSV. Each writer yields
 * string chunks so a large export streams.
 */
import { MamoriError } from '../../model/errors.js';
import { tacticInfo } from '../../correlate/tactics.js';
import { FRAMEWORKS, isFrameworkId, type FrameworkId } from '../../frameworks/index.js';
import { GLOBAL_REGION, type Severity } from '../../model/types.js';
import { csvCell } from '../../report/csv.js';
import { VERSION } from '../../version.js';
import type { ComplianceStatus, HubFinding, RiskLevel, WorkflowStatus } from '../model.js';
import { toAsffType } from './asff-types.js';
import { ocsfCloud } from '../../model/cloud.js';

export { ASFF_RESOURCE_TYPES, fromAsffType, toAsffType } from './asff-types.js';

export const OCSF_VERSION = '1.1.0';
/** BatchImportFindings accepts at most 100 findings per request. */
export const ASFF_BATCH_SIZE = 100;

const OCSF_CLASS: Record<HubFinding['kind'], [number, string]> = {
  vulnerability: [2002, 'Vulnerability Finding'],
  posture: [2003, 'Compliance Finding'],
  threat: [2004, 'Detection Finding'],
  sequence: [2004, 'Detection Finding'],
};
const SEVERITY_ID: Record<Severity, number> = { INFORMATIONAL: 1, LOW: 2, MEDIUM: 3, HIGH: 4, CRITICAL: 5 };
const SEVERITY_NAME: Record<Severity, string> = { INFORMATIONAL: 'Informational', LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', CRITICAL: 'Critical' };
/** OCSF finding status_id: 1 New, 2 In Progress, 3 Suppressed, 4 Resolved. */
const OCSF_STATUS: Record<WorkflowStatus, [number, string]> = {
  NEW: [1, 'New'],
  NOTIFIED: [2, 'In Progress'],
  SUPPRESSED: [3, 'Suppressed'],
  RESOLVED: [4, 'Resolved'],
};
/** OCSF compliance.status_id: 1 Pass, 2 Warning, 3 Fail, 99 Other. */
const OCSF_COMPLIANCE: Record<NonNullable<ComplianceStatus>, [number, string]> = {
  PASS: [1, 'Pass'],
  FAIL: [3, 'Fail'],
  MANUAL: [2, 'Manual'],
  NOT_APPLICABLE: [99, 'Not Applicable'],
  NOT_ASSESSED: [99, 'Not Assessed'],
};
/** OCSF risk_level_id: 1 Low, 2 Medium, 3 High, 4 Critical. */
const RISK_ID: Record<RiskLevel, number> = { LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

/** 0–100: likelihood × impact on the 4×4 grid (LOW×LOW 6, CRITICAL×CRITICAL 100). */
/** ASFF is AWS Security Hub's format: a finding of another cloud has no account, partition or region to put there. */
export function notAsff(provider: string, id: string): MamoriError {
  return new MamoriError('ASFF_NOT_AWS', `ASFF is the AWS Security Hub format; finding ${id} is a ${provider} finding (write OCSF or CSV instead, or only the AWS findings)`);
}

export function riskScore(f: Pick<HubFinding, 'risk'>): number {
  return Math.round(((RISK_ID[f.risk.likelihood] ?? 1) * (RISK_ID[f.risk.impact] ?? 1) * 100) / 16);
}

const partitionOf = (uid: string) => (uid.startsWith('arn:') ? uid.split(':')[1] || 'aws' : 'aws');
const clip = (s: string, max: number) => (s.length <= max ? s : s.slice(0, max - 1) + '…');
const frameworkEntries = (f: HubFinding) =>
  (Object.entries(f.frameworks) as [string, string[] | undefined][]).filter((e): e is [FrameworkId, string[]] => isFrameworkId(e[0]) && !!e[1]?.length);

/** One hub finding as an OCSF 1.1 finding: Compliance (2003), Detection (2004) or Vulnerability (2002). */
export function toOcsfFinding(f: HubFinding): Record<string, unknown> {
  const [classUid, className] = OCSF_CLASS[f.kind];
  // Create on first sight, Close once resolved, Update otherwise.
  const [activityId, activityName] = f.workflowStatus === 'RESOLVED' ? [3, 'Close'] : f.timesSeen > 1 ? [2, 'Update'] : [1, 'Create'];
  const [statusId, status] = OCSF_STATUS[f.workflowStatus] ?? [99, 'Other'];
  const frameworks = frameworkEntries(f);
  const evidence = f.evidence ?? {};
  const out: Record<string, unknown> = {
    activity_id: activityId,
    activity_name: activityName,
    category_uid: 2,
    category_name: 'Findings',
    class_uid: classUid,
    class_name: className,
    type_uid: classUid * 100 + activityId,
    type_name: `${className}: ${activityName}`,
    time: Date.parse(f.lastSeen),
    time_dt: f.lastSeen,
    severity_id: SEVERITY_ID[f.severity],
    severity: SEVERITY_NAME[f.severity],
    status_id: statusId,
    status,
    status_code: f.workflowStatus,
    status_detail: f.reason,
    message: `${f.title}: ${f.reason}`,
    risk_level_id: RISK_ID[f.risk.level],
    risk_level: f.risk.level[0] + f.risk.level.slice(1).toLowerCase(),
    risk_score: riskScore(f),
    risk_details: f.risk.factors.join('; ') || undefined,
    metadata: {
      version: OCSF_VERSION,
      profiles: ['cloud', 'datetime'],
      product: { name: 'mamori', vendor_name: 'mamori', version: VERSION, feature: { uid: f.ruleId, name: f.source } },
      event_code: f.ruleId,
      uid: f.id,
      modified_time_dt: f.updatedAt,
    },
    finding_info: {
      uid: f.id,
      title: f.title,
      desc: f.description ?? f.reason,
      types: [f.kind === 'posture' ? 'Software and Configuration Checks' : f.kind === 'threat' || f.kind === 'sequence' ? 'Threat Detection' : 'Vulnerabilities'],
      created_time_dt: f.firstSeen,
      first_seen_time_dt: f.firstSeen,
      last_seen_time_dt: f.lastSeen,
      modified_time_dt: f.updatedAt,
      analytic: { uid: f.ruleId, name: f.ruleId, type: 'Rule', type_id: 1 },
    },
    cloud: ocsfCloud(f.provider, f.account, f.region),
    resources: [
      {
        uid: f.resourceUid,
        name: f.resourceName,
        type: f.resourceType,
        region: f.region,
        cloud_partition: partitionOf(f.resourceUid),
        owner: { account: { uid: f.account } },
        labels: Object.entries(f.resourceTags).map(([k, v]) => `${k}=${v}`),
      },
    ],
    unmapped: { mamori: { timesSeen: f.timesSeen, userFields: f.userFields, source: f.source, originalSeverity: f.originalSeverity, evidence: f.evidence } },
  };
  if (f.kind === 'posture') {
    const [complianceId, compliance] = f.complianceStatus ? OCSF_COMPLIANCE[f.complianceStatus] : [99, 'Other'];
    out.compliance = {
      control: f.frameworks.fsbp?.[0] ?? f.ruleId,
      requirements: frameworks.flatMap(([fw, ids]) => ids.map((id) => `${FRAMEWORKS[fw].short} ${id}`)),
      standards: frameworks.map(([fw]) => FRAMEWORKS[fw].name),
      status_id: complianceId,
      status: compliance,
      status_detail: f.reason,
    };
  }
  if (f.kind === 'vulnerability') {
    const pkg = typeof evidence.package === 'string' ? evidence.package : undefined;
    out.vulnerabilities = [
      {
        title: f.title,
        desc: f.description,
        severity: SEVERITY_NAME[f.severity],
        cve: /^CVE-\d{4}-\d+$/.test(f.ruleId) ? { uid: f.ruleId } : undefined,
        affected_packages: pkg
          ? [{ name: pkg, version: evidence.installedVersion ?? '', fixed_in_version: evidence.fixedVersion }]
          : undefined,
      },
    ];
  }
  if (f.resolvedAt) (out.finding_info as Record<string, unknown>).resolved_time_dt = f.resolvedAt;
  if (f.kind === 'threat' || f.kind === 'sequence') Object.assign(out.finding_info as Record<string, unknown>, threatInfo(f));
  return out;
}

/**
 * ATT&CK (finding_info.attacks: one entry per technique, with its tactic when there is exactly one, else
 * per tactic) and, for an attack sequence, its member signals as related events in timeline order.
 */
function threatInfo(f: HubFinding): Record<string, unknown> {
  const e = f.evidence ?? {};
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const tactic = (uid: string) => ({ uid, name: tacticInfo(uid)?.name.en ?? uid });
  const attacksOf = (tactics: string[], techniques: string[]): Record<string, unknown>[] =>
    techniques.length
      ? techniques.map((uid) => ({ technique: { uid }, ...(tactics.length === 1 ? { tactic: tactic(tactics[0]) } : {}), ...(tactics.length > 1 ? { tactics: tactics.map(tactic) } : {}) }))
      : tactics.map((uid) => ({ tactic: tactic(uid) }));
  // A sequence: each member's own pairs (the union over all members would pair every technique with every tactic).
  const timeline = f.kind === 'sequence' && Array.isArray(e.timeline) ? (e.timeline as Record<string, unknown>[]) : undefined;
  const all = timeline ? timeline.flatMap((t) => attacksOf(strings(t.tactics), strings(t.techniques))) : attacksOf(strings(e.tactics), strings(e.techniques));
  const attacks = [...new Map(all.map((a) => [JSON.stringify(a), a])).values()];
  const info: Record<string, unknown> = {};
  if (attacks.length) info.attacks = attacks;
  if (f.kind === 'sequence' && Array.isArray(e.timeline)) {
    info.related_events = (e.timeline as { signalId: string; title: string; time: string; ruleId: string }[]).map((t) => ({
      uid: t.signalId,
      type: 'Detection Finding',
      type_uid: 200401,
      product_uid: t.ruleId,
      title: t.title,
      first_seen_time_dt: t.time,
    }));
  }
  return info;
}

/** OCSF 1.1, one finding per line (JSON lines). */
export function* ocsfJsonl(findings: Iterable<HubFinding>): Iterable<string> {
  for (const f of findings) yield JSON.stringify(toOcsfFinding(f)) + '\n';
}

const ASFF_COMPLIANCE: Record<NonNullable<ComplianceStatus>, 'PASSED' | 'FAILED' | 'NOT_AVAILABLE'> = {
  PASS: 'PASSED',
  FAIL: 'FAILED',
  NOT_ASSESSED: 'NOT_AVAILABLE',
  NOT_APPLICABLE: 'NOT_AVAILABLE',
  MANUAL: 'NOT_AVAILABLE',
};

/** ASFF string maps (ProductFields, UserDefinedFields): at most 50 entries, keys ≤128, values ≤2048 characters. */
function asffMap(entries: [string, string][]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [k, v] of entries.slice(0, 50)) out[clip(k, 128)] = clip(v, 2048);
  return entries.length ? out : undefined;
}

/**
 * One hub finding as ASFF for BatchImportFindings in the account's own product
 * (product/<account>/default). ProductFields carry the hub id, source, kind and resource so an
 * import of the export gives back the same hub findings.
 */
export function toAsffFinding(f: HubFinding, { globalRegion = 'us-east-1' }: { globalRegion?: string } = {}): Record<string, unknown> {
  if (f.provider !== 'aws') throw notAsff(f.provider, f.id);
  const region = f.region === GLOBAL_REGION ? globalRegion : f.region;
  const partition = partitionOf(f.resourceUid);
  const frameworks = frameworkEntries(f);
  const types =
    f.kind === 'posture'
      ? ['Software and Configuration Checks/AWS Security Best Practices']
      : f.kind === 'vulnerability'
        ? [/^CVE-/.test(f.ruleId) ? 'Software and Configuration Checks/Vulnerabilities/CVE' : 'Software and Configuration Checks/Vulnerabilities']
        : ['TTPs'];
  if (f.kind === 'posture' && f.frameworks['cis-aws-3.0']?.length)
    types.push('Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark');
  const evidence = f.evidence ?? {};
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    SchemaVersion: '2018-10-08',
    Id: f.id,
    ProductArn: `arn:${partition}:securityhub:${region}:${f.account}:product/${f.account}/default`,
    ProductName: 'mamori',
    CompanyName: 'mamori',
    GeneratorId: `${f.source}/${f.ruleId}`,
    AwsAccountId: f.account,
    Region: region,
    Types: types,
    CreatedAt: f.firstSeen,
    UpdatedAt: f.updatedAt,
    FirstObservedAt: f.firstSeen,
    LastObservedAt: f.lastSeen,
    Severity: { Label: f.complianceStatus === 'PASS' ? 'INFORMATIONAL' : f.severity, Original: f.originalSeverity },
    Title: clip(f.title, 256),
    Description: clip(f.description || f.reason || f.title, 1024),
    ProductFields: asffMap([
      ['mamori/FindingId', f.id],
      ['mamori/Source', f.source],
      ['mamori/Kind', f.kind],
      ['mamori/RuleId', f.ruleId],
      ...(f.complianceStatus ? [['mamori/Status', f.complianceStatus] as [string, string]] : []),
      ['mamori/Region', f.region],
      ['mamori/ResourceType', f.resourceType],
      ['mamori/ResourceName', f.resourceName],
      ['mamori/Risk', f.risk.level],
      ['mamori/TimesSeen', String(f.timesSeen)],
    ]),
    UserDefinedFields: asffMap(Object.entries(f.userFields)),
    Resources: [
      {
        Type: toAsffType(f.resourceType),
        Id: f.resourceUid,
        Partition: partition,
        Region: region,
        Tags: Object.keys(f.resourceTags).length ? asffMap(Object.entries(f.resourceTags)) : undefined,
      },
    ],
    Compliance:
      f.kind === 'posture'
        ? {
            Status: f.complianceStatus ? ASFF_COMPLIANCE[f.complianceStatus] : 'NOT_AVAILABLE',
            SecurityControlId: f.frameworks.fsbp?.[0],
            RelatedRequirements: frameworks.flatMap(([fw, ids]) => ids.map((id) => `${FRAMEWORKS[fw].name}/${id}`)).slice(0, 32),
            StatusReasons: [{ ReasonCode: f.complianceStatus ?? 'NOT_ASSESSED', Description: clip(f.reason, 2048) }],
          }
        : undefined,
    Vulnerabilities:
      f.kind === 'vulnerability'
        ? [
            {
              Id: f.ruleId,
              VulnerablePackages: text(evidence.package)
                ? [{ Name: text(evidence.package), Version: text(evidence.installedVersion), FixedInVersion: text(evidence.fixedVersion) }]
                : undefined,
            },
          ]
        : undefined,
    Workflow: { Status: f.workflowStatus },
    RecordState: 'ACTIVE',
  };
}

/** JSON lines of `{"Findings":[…]}`, at most 100 each: one BatchImportFindings request per line. */
export function* asffBatches(findings: Iterable<HubFinding>, options: { globalRegion?: string } = {}): Iterable<string> {
  let batch: Record<string, unknown>[] = [];
  for (const f of findings) {
    batch.push(toAsffFinding(f, options));
    if (batch.length === ASFF_BATCH_SIZE) {
      yield JSON.stringify({ Findings: batch }) + '\n';
      batch = [];
    }
  }
  if (batch.length) yield JSON.stringify({ Findings: batch }) + '\n';
}

export const CSV_COLUMNS = [
  'finding_id',
  'kind',
  'source',
  'workflow_status',
  'compliance_status',
  'severity',
  'original_severity',
  'risk',
  'rule_id',
  'title',
  'account',
  'region',
  'resource_type',
  'resource_uid',
  'resource_name',
  'reason',
  'frameworks',
  'first_seen',
  'last_seen',
  'times_seen',
  'resolved_at',
  'updated_at',
  'user_fields',
] as const;

/** CSV with a header row; RFC 4180 quoting and formula neutralising (csvCell). */
export function* csv(findings: Iterable<HubFinding>): Iterable<string> {
  yield CSV_COLUMNS.join(',') + '\r\n';
  for (const f of findings) {
    yield [
      f.id,
      f.kind,
      f.source,
      f.workflowStatus,
      f.complianceStatus ?? '',
      f.severity,
      f.originalSeverity,
      f.risk.level,
      f.ruleId,
      f.title,
      f.account,
      f.region,
      f.resourceType,
      f.resourceUid,
      f.resourceName,
      f.reason,
      frameworkEntries(f)
        .map(([fw, ids]) => `${fw}:${ids.join('|')}`)
        .join(' '),
      f.firstSeen,
      f.lastSeen,
      String(f.timesSeen),
      f.resolvedAt ?? '',
      f.updatedAt,
      Object.entries(f.userFields)
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
    ]
      .map(csvCell)
      .join(',') + '\r\n';
  }
}
