import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as r0 } from './aws-account-contact-details-current/rule.js';
import { rule as r1 } from './aws-account-security-contact/rule.js';
import { rule as r2 } from './aws-account-security-questions/rule.js';
import { rule as r3 } from './aws-budgets-cost-alert-configured/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [r0, r1, r2, r3];
