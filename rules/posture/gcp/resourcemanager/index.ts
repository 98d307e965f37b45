import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as superAdminEmailNotSingleUser } from './gcp-resourcemanager-super-admin-email-not-single-user/rule.js';
import { rule as superAdminNotUsedForCloud } from './gcp-resourcemanager-super-admin-not-used-for-cloud/rule.js';
import { rule as foldersByEnvironment } from './gcp-resourcemanager-folders-by-environment/rule.js';
import { rule as orgPoliciesCentralized } from './gcp-resourcemanager-org-policies-centralized/rule.js';

export const rules: PostureRule[] = [superAdminEmailNotSingleUser, superAdminNotUsedForCloud, foldersByEnvironment, orgPoliciesCentralized];
