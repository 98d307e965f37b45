import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as bucketNotPublic } from './gcp-storage-bucket-not-public/rule.js';
import { rule as uniformAccess } from './gcp-storage-bucket-uniform-access-enabled/rule.js';
import { rule as publicAccessPrevention } from './gcp-storage-bucket-public-access-prevention-enforced/rule.js';

export const rules: PostureRule[] = [bucketNotPublic, uniformAccess, publicAccessPrevention];
