import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as r0 } from './aws-iam-identity-no-full-admin/rule.js';
import { rule as r1 } from './aws-iam-instance-roles-used/rule.js';
import { rule as r2 } from './aws-iam-no-cloudshell-full-access/rule.js';
import { rule as r3 } from './aws-iam-password-policy-min-length/rule.js';
import { rule as r4 } from './aws-iam-password-policy-reuse/rule.js';
import { rule as r5 } from './aws-iam-password-policy-strong/rule.js';
import { rule as r6 } from './aws-iam-policy-no-full-admin/rule.js';
import { rule as r7 } from './aws-iam-policy-no-service-wildcard/rule.js';
import { rule as r8 } from './aws-iam-role-trust-any-principal/rule.js';
import { rule as r9 } from './aws-iam-root-hardware-mfa/rule.js';
import { rule as r10 } from './aws-iam-root-mfa-enabled/rule.js';
import { rule as r11 } from './aws-iam-root-no-access-key/rule.js';
import { rule as r12 } from './aws-iam-root-not-used-recently/rule.js';
import { rule as r13 } from './aws-iam-server-certificate-expired/rule.js';
import { rule as r14 } from './aws-iam-support-role/rule.js';
import { rule as r15 } from './aws-iam-user-access-keys-rotated/rule.js';
import { rule as r16 } from './aws-iam-user-console-mfa/rule.js';
import { rule as r17 } from './aws-iam-user-mfa/rule.js';
import { rule as r18 } from './aws-iam-user-no-direct-policies/rule.js';
import { rule as r19 } from './aws-iam-user-no-initial-access-key/rule.js';
import { rule as r20 } from './aws-iam-user-single-active-key/rule.js';
import { rule as r21 } from './aws-iam-user-unused-credentials-45d/rule.js';
import { rule as r22 } from './aws-iam-user-unused-credentials-90d/rule.js';
import { rule as r23 } from './aws-iam-privilege-escalation-path/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20, r21, r22, r23];
