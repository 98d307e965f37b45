import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as recorderAllRegions } from './aws-config-recorder-enabled-all-regions/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [recorderAllRegions];
