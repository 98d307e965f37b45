import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as assignmentsCompliant } from './azure-policy-assignments-compliant/rule.js';
import { rule as blockPublicStorage } from './azure-policy-block-public-storage/rule.js';
import { rule as denyLongLivedKeys } from './azure-policy-deny-long-lived-keys/rule.js';
import { rule as enforceEncryption } from './azure-policy-enforce-encryption/rule.js';
import { rule as enforceSecureTransport } from './azure-policy-enforce-secure-transport/rule.js';
import { rule as protectAuditLogging } from './azure-policy-protect-audit-logging/rule.js';
import { rule as requireMfaAdmins } from './azure-policy-require-mfa-admins/rule.js';
import { rule as requireTags } from './azure-policy-require-tags/rule.js';
import { rule as restrictLocations } from './azure-policy-restrict-locations/rule.js';
import { rule as restrictPublicIps } from './azure-policy-restrict-public-ips/rule.js';
import { rule as restrictServices } from './azure-policy-restrict-services/rule.js';
import { rule as threatDetectionOn } from './azure-policy-threat-detection-on/rule.js';

/** Azure Policy: one guardrail rule per intent Azure Policy implements (see guardrail.ts), and the subscription's compliance summary. */
export const rules: PostureRule[] = [
  restrictLocations,
  restrictServices,
  blockPublicStorage,
  protectAuditLogging,
  threatDetectionOn,
  denyLongLivedKeys,
  enforceEncryption,
  enforceSecureTransport,
  restrictPublicIps,
  requireMfaAdmins,
  requireTags,
  assignmentsCompliant,
];
