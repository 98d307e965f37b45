import type { RuleFixture } from '../../../../../src/model/rule.js';
import { CMK_ARN, REPO_UID as target, repoFixture } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  { name: 'AES256', expect: 'FAIL', target, resources: [repoFixture({ encryptionConfiguration: { encryptionType: 'AES256' }, kmsKeyManager: null })] },
  { name: 'KMS with aws/ecr', expect: 'FAIL', target, resources: [repoFixture({ encryptionConfiguration: { encryptionType: 'KMS' }, kmsKeyManager: 'AWS' })] },
  { name: 'KMS with customer managed key', expect: 'PASS', target, resources: [repoFixture()] },
  { name: 'DSSE-KMS with customer managed key', expect: 'PASS', target, resources: [repoFixture({ encryptionConfiguration: { encryptionType: 'KMS_DSSE', kmsKey: CMK_ARN } })] },
  { name: 'key manager not collectable', expect: 'NOT_ASSESSED', target, resources: [repoFixture({ kmsKeyManager: undefined }, { kmsKeyManager: 'AccessDenied' })] },
];
