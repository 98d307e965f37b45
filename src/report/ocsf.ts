/**
 * Findings as OCSF 1.1: Compliance (2003), Detection (2004) or Vulnerability (2002) Findings. One
 * mapping for every finding (posture results, signals, sequences, imported findings), in the
 * language asked for where the finding carries it.
 */
import { tacticInfo } from '../correlate/tactics.js';
import { FRAMEWORKS } from '../frameworks/index.js';
import { ocsfCloud } from '../model/cloud.js';
import { docText, findingReason, findingTitle, type ComplianceStatus, type Finding, type RiskLevel, type WorkflowStatus } from '../model/finding.js';
import type { Lang, Severity } from '../model/types.js';
import { VERSION } from '../version.js';
import { frameworkEntries, partitionOf, type ReportWriter, type WriteOptions } from './report.js';
import { sequenceReason, signalTitle } from './titles.js';

export const OCSF_VERSION = '1.1.0';

const OCSF_CLASS: Record<Finding['kind'], [number, string]> = {
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
export function riskScore(f: Pick<Finding, 'risk'>): number {
  return Math.round(((RISK_ID[f.risk.likelihood] ?? 1) * (RISK_ID[f.risk.impact] ?? 1) * 100) / 16);
}

/**
 * The finding in one line of the asked language: its title and reason, the title said once (a
 * signal's reason starts with it). Threats and sequences stored with English text only take the
 * Japanese title of their rule and a Japanese sequence summary.
 */
function messageOf(f: Finding, title: string, reason: string, lang: Lang): string {
  let t = title;
  let r = reason;
  if (lang !== 'en' && f.kind === 'threat' && !f.localized?.title?.[lang]) {
    t = signalTitle({ ruleId: f.ruleId, title }, lang);
    if (r.startsWith(`${title}:`)) r = t + r.slice(title.length);
  }
  if (lang !== 'en' && f.kind === 'sequence' && !f.localized?.reason?.[lang]) r = sequenceReason(f.evidence ?? {}, lang) ?? r;
  return r.startsWith(`${t}:`) ? r : `${t}: ${r}`;
}

/** One finding as an OCSF 1.1 finding. */
export function toOcsfFinding(f: Finding, lang: Lang = 'en'): Record<string, unknown> {
  const [classUid, className] = OCSF_CLASS[f.kind];
  // Create on first sight, Close once resolved, Update otherwise. A check that passed the first
  // time it was seen (a one-off report) was never open, so there is nothing to close.
  const passedAtOnce = f.timesSeen <= 1 && f.resolvedAt === f.firstSeen;
  const [activityId, activityName] = f.workflowStatus === 'RESOLVED' && !passedAtOnce ? [3, 'Close'] : f.timesSeen > 1 ? [2, 'Update'] : [1, 'Create'];
  const [statusId, status] = OCSF_STATUS[f.workflowStatus] ?? [99, 'Other'];
  const frameworks = frameworkEntries(f);
  const evidence = f.evidence ?? {};
  const title = findingTitle(f, lang);
  const reason = findingReason(f, lang);
  const doc = f.document;
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
    status_code: f.complianceStatus ?? f.workflowStatus,
    status_detail: reason,
    message: messageOf(f, title, reason, lang),
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
      title,
      desc: docText(doc?.description, lang) || f.description || reason,
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
    unmapped: { mamori: { workflowStatus: f.workflowStatus, timesSeen: f.timesSeen, userFields: f.userFields, source: f.source, originalSeverity: f.originalSeverity, evidence: f.evidence } },
  };
  if (doc?.remediation || doc?.references?.length) {
    out.remediation = { desc: docText(doc.remediation, lang) ?? '', ...(doc.references?.length ? { references: doc.references } : {}) };
  }
  if (f.kind === 'posture') {
    const [complianceId, compliance] = f.complianceStatus ? OCSF_COMPLIANCE[f.complianceStatus] : [99, 'Other'];
    out.compliance = {
      control: f.frameworks.fsbp?.[0] ?? f.ruleId,
      requirements: frameworks.flatMap(([fw, ids]) => ids.map((id) => `${FRAMEWORKS[fw].short} ${id}`)),
      standards: frameworks.map(([fw]) => FRAMEWORKS[fw].name),
      status_id: complianceId,
      status: compliance,
      status_detail: reason,
    };
  }
  if (f.kind === 'vulnerability') {
    const pkg = typeof evidence.package === 'string' ? evidence.package : undefined;
    out.vulnerabilities = [
      {
        title,
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
  if (f.kind === 'threat' || f.kind === 'sequence') Object.assign(out.finding_info as Record<string, unknown>, threatInfo(f, lang));
  return out;
}

/**
 * ATT&CK (finding_info.attacks: one entry per technique, with its tactic when there is exactly one, else
 * per tactic) and, for an attack sequence, its member signals as related events in timeline order.
 */
function threatInfo(f: Finding, lang: Lang): Record<string, unknown> {
  const e = f.evidence ?? {};
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const tactic = (uid: string) => ({ uid, name: tacticInfo(uid)?.name[lang] ?? uid });
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
  // An attack sequence's type (credentials, s3-data, cicd-supply-chain, defense-evasion-impact, multi-stage).
  if (f.kind === 'sequence' && typeof e.type === 'string') info.types = ['Threat Detection', `Attack Sequence: ${e.type}`];
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

/** OCSF 1.1, one finding per line (JSON lines): what a SIEM or a data lake ingests as a stream. */
export function* ocsfLines(findings: Iterable<Finding>, lang: Lang = 'en'): Iterable<string> {
  for (const f of findings) yield JSON.stringify(toOcsfFinding(f, lang)) + '\n';
}

/** A report: a JSON array of OCSF findings, one per line. */
function* ocsfChunks(report: { findings: Iterable<Finding> }, { lang }: WriteOptions): Iterable<string> {
  let first = true;
  yield '[';
  for (const f of report.findings) {
    yield (first ? '\n' : ',\n') + JSON.stringify(toOcsfFinding(f, lang));
    first = false;
  }
  yield '\n]\n';
}

export const ocsfWriter: ReportWriter = {
  format: 'ocsf',
  extension: 'ocsf.json',
  chunks: ocsfChunks,
  write: (report, options) => [...ocsfChunks(report, options)].join(''),
};
