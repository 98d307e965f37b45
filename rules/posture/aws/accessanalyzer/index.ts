import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as r0 } from './aws-accessanalyzer-enabled-all-regions/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [r0];
