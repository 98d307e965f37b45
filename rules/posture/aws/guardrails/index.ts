import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as r0 } from './aws-guardrails-scp-baseline/rule.js';
import { rule as r1 } from './aws-guardrails-rcp-data-perimeter/rule.js';
import { rule as r2 } from './aws-guardrails-ec2-declarative-policies/rule.js';
import { rule as r3 } from './aws-guardrails-centralized-root-access/rule.js';

/** Rules of this family, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [r0, r1, r2, r3];
