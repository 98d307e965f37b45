/** The API's JSON shapes as the dashboard reads them (src/server/routes; src/model/finding.ts). */
export type Lang = 'en' | 'ja';
export type LocalizedText = { en: string; ja: string };
export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
export type RiskLevel = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
export type WorkflowStatus = 'NEW' | 'NOTIFIED' | 'RESOLVED' | 'SUPPRESSED';

export const SEVERITIES: Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];
export const RISKS: RiskLevel[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
export const STATUSES: WorkflowStatus[] = ['NEW', 'NOTIFIED', 'RESOLVED', 'SUPPRESSED'];
export const KINDS = ['posture', 'threat', 'vulnerability', 'sequence'] as const;

export interface FindingDocument {
  description?: LocalizedText;
  risk?: LocalizedText;
  urgency?: { level: string; text?: LocalizedText };
  remediation?: LocalizedText;
  console?: { en: string[]; ja: string[] };
  code?: Record<string, string | undefined>;
  references?: string[];
}

export interface Finding {
  id: string;
  kind: 'posture' | 'threat' | 'vulnerability' | 'sequence';
  source: string;
  ruleId: string;
  title: string;
  description?: string;
  localized?: { title?: LocalizedText; reason?: LocalizedText };
  document?: FindingDocument;
  severity: Severity;
  originalSeverity: Severity;
  complianceStatus: string | null;
  workflowStatus: WorkflowStatus;
  provider: string;
  account: string;
  region: string;
  resourceUid: string;
  resourceType: string;
  resourceName: string;
  resourceTags: Record<string, string>;
  frameworks: Record<string, string[]>;
  reason: string;
  evidence?: Record<string, unknown>;
  risk: { level: RiskLevel; likelihood?: RiskLevel; impact?: RiskLevel; factors?: string[]; score?: number; explanation?: string | string[] };
  firstSeen: string;
  lastSeen: string;
  timesSeen: number;
  resolvedAt?: string;
  updatedAt: string;
  userFields: Record<string, string>;
}

export interface HistoryEntry {
  findingId: string;
  at: string;
  actor: string;
  field: string;
  from?: string;
  to?: string;
  note?: string;
}

export interface FindingPage {
  total?: number;
  offset: number;
  findings: Finding[];
  next?: string;
}

export interface Group {
  key: string | null;
  count: number;
}

export interface ScorePoint {
  scanId: string;
  at: string;
  framework: string;
  score: number | null;
  passed: number;
  failed: number;
}

export interface Overview {
  scores: ScorePoint[];
  latestScan: { id: string; at: string; counts: Record<string, number> } | null;
  /** How many findings the latest scan made newly failing / resolved. */
  changes: { newlyFailing: number; newlyResolved: number };
  open: { bySeverity: Group[]; byRisk: Group[]; byProvider: Group[]; byScope: Group[] };
  topFindings: Finding[];
  sequences: { total: number; findings: Finding[] };
  /** Collection errors of the latest scans, when the server reports them. */
  /** What the latest scan of each scope could not collect (its checks there are not assessed). */
  collectionErrors?: { scope?: string; service?: string; region?: string; code?: string; operation?: string; message: string; at?: string }[];
}

export interface Posture {
  passed: number;
  failed: number;
  notAssessed: number;
  score: number | null;
}

export interface ScopeSummary {
  scope: string;
  provider: string;
  open: number;
  bySeverity: Partial<Record<Severity, number>>;
  posture: Posture;
  worst: Finding[];
  frameworks?: { framework: string; passed: number; failed: number; score: number | null }[];
  /** The scope's control score per framework at each of its scans, oldest first. */
  trend?: Pick<ScorePoint, 'at' | 'framework' | 'score'>[];
}

export interface Framework {
  id: string;
  name: string;
  short?: string;
  provider?: string;
  passed: number;
  failed: number;
  notAssessed: number;
  manual: number;
  score: number | null;
}

/** One control of a framework over the scopes shown, after triage (src/app/dashboard.ts › ControlSummary). */
export interface Control {
  id: string;
  title?: string;
  titleJa?: string;
  section?: string;
  /** What the control asks for, in mamori's words. */
  description?: LocalizedText;
  /** PASS, FAIL, NOT_ASSESSED, MANUAL, TRIAGED (failed only through triaged findings), NOT_COVERED (no rule checks it). */
  status: string;
  failingScopes: number;
  passingScopes: number;
  /** Checks (rule × resource): passing at the latest scans, failing and open now, failing but triaged. */
  passedChecks: number;
  openFailures: number;
  triagedFailures: number;
}

export interface TimelineEntry {
  time: string;
  lastTime: string;
  tactics: string[];
  techniques: string[];
  step?: string;
  signalId: string;
  ruleId: string;
  title: string;
  severity: Severity;
  source: string;
  actor?: string;
  accessKeyId?: string;
  sourceIps: string[];
  userAgents: string[];
  resources: string[];
  count: number;
}

export interface SequenceView {
  id: string;
  title: string;
  severity: Severity;
  workflowStatus?: string;
  account: string;
  region: string;
  resourceName: string;
  resourceUid: string;
  evidence: {
    template: string;
    type?: string;
    open: boolean;
    firstSeen: string;
    lastSeen: string;
    tactics: string[];
    techniques: string[];
    principals: string[];
    sourceIps: string[];
    timeline: TimelineEntry[];
  };
}

export interface ResourceRow {
  uid: string;
  type: string;
  name: string;
  provider: string;
  scope: string;
  region: string;
  open: number;
  worstSeverity: Severity | null;
}

export interface Session {
  mode: 'local' | 'team';
  user: { name: string; role: 'viewer' | 'triager' | 'admin' } | null;
  csrfToken?: string;
  oidc?: unknown;
}

/** One step of an attack path (evidence.paths[].steps of the aws-attack-paths-* rules). */
export interface AttackStep {
  kind: string;
  text: LocalizedText;
  why?: LocalizedText[];
  subject?: string;
}

export interface AttackPath {
  summary?: LocalizedText;
  role?: string;
  target?: { uid: string; kind: string; name: string; action: string; resource: string };
  likelihood?: string;
  impact?: string;
  steps: AttackStep[];
  fix?: { text: LocalizedText; breaks: boolean; cost: number };
}
