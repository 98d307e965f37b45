import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as imageScanning } from './aws-ecr-image-scanning-enabled/rule.js';
import { rule as tagImmutability } from './aws-ecr-tag-immutability/rule.js';
import { rule as lifecyclePolicy } from './aws-ecr-lifecycle-policy/rule.js';
import { rule as kmsCmk } from './aws-ecr-kms-cmk-encryption/rule.js';
import { rule as notPublic } from './aws-ecr-repository-not-public/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [imageScanning, tagImmutability, lifecyclePolicy, kmsCmk, notPublic];
