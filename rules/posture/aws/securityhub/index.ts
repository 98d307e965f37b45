import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as enabled } from './aws-securityhub-enabled/rule.js';
import { rule as standardsEnabled } from './aws-securityhub-standards-enabled/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [enabled, standardsEnabled];
