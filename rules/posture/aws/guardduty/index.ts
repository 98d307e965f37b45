import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as enabled } from './aws-guardduty-enabled/rule.js';
import { rule as eksAuditLogs } from './aws-guardduty-eks-audit-logs/rule.js';
import { rule as lambdaProtection } from './aws-guardduty-lambda-protection/rule.js';
import { rule as eksRuntimeMonitoring } from './aws-guardduty-eks-runtime-monitoring/rule.js';
import { rule as malwareProtection } from './aws-guardduty-malware-protection/rule.js';
import { rule as rdsProtection } from './aws-guardduty-rds-protection/rule.js';
import { rule as s3Protection } from './aws-guardduty-s3-protection/rule.js';
import { rule as runtimeMonitoring } from './aws-guardduty-runtime-monitoring/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [
  enabled,
  eksAuditLogs,
  lambdaProtection,
  eksRuntimeMonitoring,
  malwareProtection,
  rdsProtection,
  s3Protection,
  runtimeMonitoring,
];
