import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as orgConfigured } from './gcp-essentialcontacts-org-configured/rule.js';

export const rules: PostureRule[] = [orgConfigured];
