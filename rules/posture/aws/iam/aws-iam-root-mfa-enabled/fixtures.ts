import { accountUid, ACCOUNT_TYPE } from '../../../../../src/model/pseudo.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const uid = accountUid(ACCOUNT);
const account = (summary: Record<string, number> | undefined, errors?: Record<string, string>) =>
  resource({ type: ACCOUNT_TYPE, uid, region: 'global', config: { accountId: ACCOUNT, summary }, errors });

export const fixtures: RuleFixture[] = [
  { name: 'root without MFA', expect: 'FAIL', target: uid, resources: [account({ AccountMFAEnabled: 0 })] },
  { name: 'root with MFA', expect: 'PASS', target: uid, resources: [account({ AccountMFAEnabled: 1 })] },
  {
    name: 'summary not collectable',
    expect: 'NOT_ASSESSED',
    target: uid,
    resources: [account(undefined, { summary: 'AccessDenied' })],
  },
];
