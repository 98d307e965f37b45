import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as noKeysInProject } from './gcp-apikeys-no-keys-in-project/rule.js';
import { rule as applicationRestrictions } from './gcp-apikeys-application-restrictions/rule.js';
import { rule as hostsAndAppsReview } from './gcp-apikeys-restricted-to-hosts-and-apps-review/rule.js';
import { rule as apiRestrictions } from './gcp-apikeys-api-restrictions/rule.js';
import { rule as rotated90Days } from './gcp-apikeys-rotated-90-days/rule.js';

export const rules: PostureRule[] = [noKeysInProject, applicationRestrictions, hostsAndAppsReview, apiRestrictions, rotated90Days];
