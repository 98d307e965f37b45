import { severityRank, type Provider, type Severity } from '../../model/types.js';
import type { FindingHistoryEntry, HubFinding, RiskLevel, WorkflowStatus } from '../model.js';
import { riskRank } from '../risk.js';
import type { FindingsTable, HistoryTable } from './schema.js';

const json = (v: unknown) => JSON.stringify(v ?? {});

export function toRow(f: HubFinding, scanId: string | null): FindingsTable {
  return {
    id: f.id,
    kind: f.kind,
    source: f.source,
    rule_id: f.ruleId,
    title: f.title,
    description: f.description ?? null,
    severity: f.severity,
    severity_rank: severityRank(f.severity),
    original_severity: f.originalSeverity,
    compliance_status: f.complianceStatus,
    workflow_status: f.workflowStatus,
    provider: f.provider,
    account: f.account,
    region: f.region,
    resource_uid: f.resourceUid,
    resource_type: f.resourceType,
    resource_name: f.resourceName,
    resource_tags: json(f.resourceTags),
    frameworks: json(f.frameworks),
    reason: f.reason,
    evidence: f.evidence ? JSON.stringify(f.evidence) : null,
    risk_level: f.risk.level,
    risk_rank: riskRank(f.risk.level),
    likelihood: f.risk.likelihood,
    impact: f.risk.impact,
    risk_factors: JSON.stringify(f.risk.factors),
    first_seen: f.firstSeen,
    last_seen: f.lastSeen,
    times_seen: f.timesSeen,
    resolved_at: f.resolvedAt ?? null,
    updated_at: f.updatedAt,
    localized: f.localized ? JSON.stringify(f.localized) : null,
    scope_path: f.scopePath ?? null,
    user_fields: json(f.userFields),
    last_scan_id: scanId,
  };
}

export function fromRow(r: FindingsTable): HubFinding {
  return {
    id: r.id,
    kind: r.kind as HubFinding['kind'],
    source: r.source,
    ruleId: r.rule_id,
    title: r.title,
    description: r.description ?? undefined,
    ...(r.localized ? { localized: JSON.parse(r.localized) as HubFinding['localized'] } : {}),
    severity: r.severity as Severity,
    originalSeverity: r.original_severity as Severity,
    complianceStatus: r.compliance_status as HubFinding['complianceStatus'],
    workflowStatus: r.workflow_status as WorkflowStatus,
    provider: r.provider as Provider,
    ...(r.scope_path ? { scopePath: r.scope_path } : {}),
    account: r.account,
    region: r.region,
    resourceUid: r.resource_uid,
    resourceType: r.resource_type,
    resourceName: r.resource_name,
    resourceTags: JSON.parse(r.resource_tags),
    frameworks: JSON.parse(r.frameworks),
    reason: r.reason,
    evidence: r.evidence ? JSON.parse(r.evidence) : undefined,
    risk: {
      level: r.risk_level as RiskLevel,
      likelihood: r.likelihood as RiskLevel,
      impact: r.impact as RiskLevel,
      factors: JSON.parse(r.risk_factors),
    },
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    timesSeen: Number(r.times_seen),
    resolvedAt: r.resolved_at ?? undefined,
    updatedAt: r.updated_at,
    userFields: JSON.parse(r.user_fields),
  };
}

export function toHistoryRow(h: FindingHistoryEntry): Omit<HistoryTable, 'id'> {
  return {
    finding_id: h.findingId,
    at: h.at,
    actor: h.actor,
    field: h.field,
    from_value: h.from ?? null,
    to_value: h.to ?? null,
    note: h.note ?? null,
  };
}

export function fromHistoryRow(r: HistoryTable): FindingHistoryEntry {
  return {
    findingId: r.finding_id,
    at: r.at,
    actor: r.actor,
    field: r.field,
    from: r.from_value ?? undefined,
    to: r.to_value ?? undefined,
    note: r.note ?? undefined,
  };
}
