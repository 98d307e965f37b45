import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as endpointNotPublic } from './aws-eks-endpoint-not-public/rule.js';
import { rule as supportedVersion } from './aws-eks-supported-version/rule.js';
import { rule as secretsEncrypted } from './aws-eks-secrets-encrypted/rule.js';
import { rule as auditLogging } from './aws-eks-audit-logging-enabled/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [endpointNotPublic, supportedVersion, secretsEncrypted, auditLogging];
