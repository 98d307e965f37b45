import { ROOT_USER_TYPE } from '../../../../../src/providers/aws/model/iam.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const uid = `arn:aws:iam::${ACCOUNT}:root`;
const root = (summary: Record<string, number> | undefined, errors?: Record<string, string>) =>
  resource({ type: ROOT_USER_TYPE, uid, region: 'global', config: { summary }, errors });

export const fixtures: RuleFixture[] = [
  { name: 'root without MFA', expect: 'FAIL', target: uid, resources: [root({ AccountMFAEnabled: 0 })] },
  { name: 'root with MFA', expect: 'PASS', target: uid, resources: [root({ AccountMFAEnabled: 1 })] },
  {
    name: 'summary not collectable',
    expect: 'NOT_ASSESSED',
    target: uid,
    resources: [root(undefined, { summary: 'AccessDenied' })],
  },
];
