import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as resourcePolicyNoOutsideAccounts } from './aws-access-resource-policy-no-outside-accounts/rule.js';
import { rule as resourcePolicyNotPublic } from './aws-access-resource-policy-not-public/rule.js';
import { rule as roleTrustOutsideAccountUnconditioned } from './aws-access-role-trust-outside-account-unconditioned/rule.js';
import { rule as snapshotImageNotSharedOutsideOrg } from './aws-access-snapshot-image-not-shared-outside-org/rule.js';

/** External access (IAM Access Analyzer's job), listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [resourcePolicyNoOutsideAccounts, resourcePolicyNotPublic, roleTrustOutsideAccountUnconditioned, snapshotImageNotSharedOutsideOrg];
