import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as accessApprovalEnabled } from './gcp-accessapproval-enabled/rule.js';

export const rules: PostureRule[] = [accessApprovalEnabled];
