import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as r0 } from './aws-organizations-account-member/rule.js';
import { rule as r1 } from './aws-organizations-central-identity/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [r0, r1];
