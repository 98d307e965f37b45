/**
 * The one finding model. A posture result, a detection signal, an attack sequence and an imported
 * Security Hub / GuardDuty / Prowler / Trivy finding all become a `Finding`: OCSF-shaped (one
 * resource, a class by `kind`, compliance and ATT&CK where they apply) and carrying its own text in
 * every language it has, so a writer, the hub or the dashboard shows it without a rule list.
 *
 * `PostureFinding` below is not a second model: it is the raw record of one rule × resource
 * evaluation that the assessment engine produces and `postureToObserved` turns into a finding.
 */
import { hexDigest } from './hash.js';
import type { FrameworkMappings, ResultStatus, RuleRemediationCode, Urgency } from './rule.js';
import type { LocalizedText, Provider, Severity, Text } from './types.js';

/** Workflow of a finding, as in Security Hub: who is acting on it. */
export const WORKFLOW_STATUSES = ['NEW', 'NOTIFIED', 'RESOLVED', 'SUPPRESSED'] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

/** Levels of the 4×4 risk grid (likelihood × impact → risk). */
export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export interface RiskAssessment {
  level: RiskLevel;
  likelihood: RiskLevel;
  impact: RiskLevel;
  /** Why: each factor that raised or lowered likelihood or impact, in words. */
  factors: string[];
}

/** Where a finding came from. mamori's own rules, or an imported tool. */
export type FindingSource = 'mamori' | 'securityhub' | 'guardduty' | 'inspector' | 'macie' | 'prowler' | 'trivy' | (string & {});

/** Posture result of the latest observation; null for findings that are not compliance checks. */
export type ComplianceStatus = ResultStatus | null;

/**
 * The improvement document a finding carries: what the check is, the concrete risk, how urgent,
 * how to fix it (prose, console steps, CLI / Terraform / CloudFormation) and where to read more.
 * mamori's rules fill all of it in English and Japanese; an imported finding has what its source
 * gives (often a description, a recommendation and a URL, in English only).
 */
export interface FindingDocument {
  description?: LocalizedText;
  risk?: LocalizedText;
  urgency?: { level: Urgency; text?: LocalizedText };
  /** The recommended fix in prose. */
  remediation?: LocalizedText;
  console?: { en: string[]; ja: string[] };
  code?: RuleRemediationCode;
  references?: string[];
}

/** A finding's text in every language where its source gives it; `title` and `reason` stay English. */
export interface FindingLocalized {
  title?: LocalizedText;
  reason?: LocalizedText;
}

/** One finding. Times are ISO-8601 strings. */
export interface Finding {
  /** Stable id: same problem → same id across scans and imports. */
  id: string;
  /** `sequence`: an attack sequence correlated from threat findings (src/correlate). */
  kind: 'posture' | 'threat' | 'vulnerability' | 'sequence';
  source: FindingSource;
  /** Rule, control, check or finding type that produced it (e.g. aws-s3-bucket-require-tls, S3.5, CVE-2024-1234). */
  ruleId: string;
  title: string;
  description?: string;
  localized?: FindingLocalized;
  document?: FindingDocument;
  /** Effective severity (after automation rules). */
  severity: Severity;
  /** Severity as the rule or source tool gave it. */
  originalSeverity: Severity;
  complianceStatus: ComplianceStatus;
  workflowStatus: WorkflowStatus;
  provider: Provider;
  /** The scope: AWS account id, Google Cloud project id, Azure subscription id. */
  account: string;
  /**
   * Where the scope sits, root first, ending with the scope itself: `organizations/1/folders/2/projects/p`
   * (Google Cloud), `organizations/o-abc/accounts/111122223333` (AWS), management groups for Azure.
   * Absent when the source does not say.
   */
  scopePath?: string;
  region: string;
  resourceUid: string;
  resourceType: string;
  resourceName: string;
  resourceTags: Record<string, string>;
  frameworks: FrameworkMappings;
  /** Why the latest observation came out as it did. */
  reason: string;
  evidence?: Record<string, unknown>;
  risk: RiskAssessment;
  firstSeen: string;
  lastSeen: string;
  timesSeen: number;
  resolvedAt?: string;
  updatedAt: string;
  /** Fields added by automation rules or people (key → value). */
  userFields: Record<string, string>;
}

/** One audited change of a finding. */
export interface FindingHistoryEntry {
  findingId: string;
  at: string;
  actor: string;
  /** What changed: workflowStatus, severity, userFields, note. */
  field: string;
  from?: string;
  to?: string;
  note?: string;
}

/**
 * What one observation of a finding says — from a mamori scan or an imported tool. The hub (or a
 * report, for a one-off run) derives the rest: workflow status, lifecycle times, risk, effective severity.
 */
export type ObservedFinding = Omit<
  Finding,
  'workflowStatus' | 'risk' | 'timesSeen' | 'firstSeen' | 'lastSeen' | 'resolvedAt' | 'updatedAt' | 'userFields' | 'originalSeverity'
> & {
  /** When the source saw it (scan time, or the source's UpdatedAt / updatedAt). */
  observedAt: string;
  /** When the source first saw it, if it says (ASFF FirstObservedAt, GuardDuty createdAt). */
  firstObservedAt?: string;
  /** The source's own workflow state, if it has one (ASFF Workflow.Status). */
  sourceWorkflowStatus?: WorkflowStatus;
  /** Whether the source considers it active (ASFF RecordState ACTIVE / ARCHIVED). */
  active?: boolean;
};

/** A document text in a language; English where the source gave no other (imports leave `ja` empty). */
export function docText(text: LocalizedText | undefined, lang: 'en' | 'ja'): string | undefined {
  return text ? text[lang] || text.en : undefined;
}

/** A finding's title in a language (English when the source gave no other). */
export function findingTitle(f: Pick<Finding, 'title' | 'localized'>, lang: 'en' | 'ja'): string {
  return f.localized?.title?.[lang] || f.title;
}

/** A finding's reason in a language (English when the source gave no other). */
export function findingReason(f: Pick<Finding, 'reason' | 'localized'>, lang: 'en' | 'ja'): string {
  return f.localized?.reason?.[lang] || f.reason;
}

/** The resource an evaluation is about, copied so a result stands alone without its snapshot. */
export interface FindingResource {
  uid: string;
  type: string;
  name: string;
  account: string;
  region: string;
  tags: Record<string, string>;
}

/**
 * One rule × resource evaluation as the assessment engine records it (compact: the rule's text and
 * document stay on the rule until `postureToObserved` makes the finding).
 */
export interface PostureFinding {
  /** Stable: the same rule and resource give the same id in every scan. */
  id: string;
  kind: 'posture';
  provider: Provider;
  ruleId: string;
  status: ResultStatus;
  severity: Severity;
  title: LocalizedText;
  reason: Text;
  evidence?: Record<string, unknown>;
  resource: FindingResource;
  frameworks: FrameworkMappings;
  snapshotId: string;
  observedAt: string;
}

export function findingId(ruleId: string, resourceUid: string): string {
  return 'mamori-' + hexDigest('sha256', `${ruleId}\0${resourceUid}`).slice(0, 32);
}
