import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountPublicAccessBlockUid } from '../../../../../src/providers/aws/model/s3.js';
import { ACCOUNT } from '../../../testing.js';
import { accountPab, ALL_BLOCKED } from '../testing.js';

const uid = accountPublicAccessBlockUid(ACCOUNT);

export const fixtures: RuleFixture[] = [
  { name: 'no account-level configuration', expect: 'FAIL', target: uid, resources: [accountPab(null)] },
  { name: 'BlockPublicPolicy off', expect: 'FAIL', target: uid, resources: [accountPab({ ...ALL_BLOCKED, BlockPublicPolicy: false })] },
  { name: 'all four on', expect: 'PASS', target: uid, resources: [accountPab(ALL_BLOCKED)] },
  { name: 'not collectable', expect: 'NOT_ASSESSED', target: uid, resources: [accountPab(undefined, { errors: { publicAccessBlock: 'AccessDenied' } })] },
];
