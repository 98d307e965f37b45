import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as rootMfaEnabled } from './aws-iam-root-mfa-enabled/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [rootMfaEnabled];
