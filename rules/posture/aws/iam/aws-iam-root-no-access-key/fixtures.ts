import { ROOT_USER_TYPE } from '../../../../../src/providers/aws/model/iam.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const uid = `arn:aws:iam::${ACCOUNT}:root`;
const root = (summary: Record<string, number> | undefined, errors?: Record<string, string>) =>
  resource({ type: ROOT_USER_TYPE, uid, region: 'global', config: { summary }, errors });

export const fixtures: RuleFixture[] = [
  { name: 'root has an access key', expect: 'FAIL', target: uid, resources: [root({ AccountAccessKeysPresent: 1, AccountMFAEnabled: 1 })] },
  { name: 'no root access key', expect: 'PASS', target: uid, resources: [root({ AccountAccessKeysPresent: 0, AccountMFAEnabled: 1 })] },
  { name: 'summary denied', expect: 'NOT_ASSESSED', target: uid, resources: [root(undefined, { summary: 'AccessDenied' })] },
];
