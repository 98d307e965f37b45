import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as notPendingDeletion } from './aws-kms-key-not-pending-deletion/rule.js';
import { rule as policyNoPublicAccess } from './aws-kms-key-policy-no-public-access/rule.js';
import { rule as rotation } from './aws-kms-key-rotation-enabled/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [rotation, notPendingDeletion, policyNoPublicAccess];
