/**
 * The hub's names for the one finding model (src/model/finding.ts). A hub finding is a `Finding`.
 */
export {
  RISK_LEVELS,
  WORKFLOW_STATUSES,
  type ComplianceStatus,
  type Finding as HubFinding,
  type FindingDocument,
  type FindingHistoryEntry,
  type FindingSource,
  type ObservedFinding,
  type RiskAssessment,
  type RiskLevel,
  type WorkflowStatus,
} from '../model/finding.js';
