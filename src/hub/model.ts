import type { FrameworkMappings } from '../model/rule.js';
import type { LocalizedText, Provider, Severity } from '../model/types.js';

/** Workflow of a finding in the hub, as in Security Hub: who is acting on it. */
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
export type ComplianceStatus = 'PASS' | 'FAIL' | 'NOT_ASSESSED' | 'NOT_APPLICABLE' | 'MANUAL' | null;

/**
 * One finding in the hub: the normalised model every source maps to (OCSF/ASFF compatible).
 * Times are ISO-8601 strings.
 */
export interface HubFinding {
  /** Stable id: same problem → same id across scans and imports. */
  id: string;
  /** `sequence`: an attack sequence correlated from threat findings (src/correlate). */
  kind: 'posture' | 'threat' | 'vulnerability' | 'sequence';
  source: FindingSource;
  /** Rule, control, check or finding type that produced it (e.g. aws-s3-bucket-require-tls, S3.5, CVE-2024-1234). */
  ruleId: string;
  title: string;
  description?: string;
  /**
   * The finding's text in every language, where its source gives it (mamori's rules do): any view
   * can show it in Japanese without looking the rule up. `title` and `reason` above stay English.
   */
  localized?: { title?: LocalizedText; reason?: LocalizedText };
  /** Effective severity (after automation rules). */
  severity: Severity;
  /** Severity as the rule or source tool gave it. */
  originalSeverity: Severity;
  complianceStatus: ComplianceStatus;
  workflowStatus: WorkflowStatus;
  provider: Provider;
  account: string;
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
 * What one observation of a finding says — from a mamori scan or an imported tool. The hub
 * derives the rest (workflow status, lifecycle times, risk, effective severity) on ingest.
 */
export type ObservedFinding = Omit<
  HubFinding,
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
