import { ROOT_USER_TYPE } from '../../../../../src/providers/aws/model/iam.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const uid = `arn:aws:iam::${ACCOUNT}:root`;
const root = (config: object, errors?: Record<string, string>) => resource({ type: ROOT_USER_TYPE, uid, region: 'global', config, errors });

export const fixtures: RuleFixture[] = [
  { name: 'virtual MFA only', expect: 'FAIL', target: uid, resources: [root({ summary: { AccountMFAEnabled: 1 }, virtualMfa: true })] },
  { name: 'no MFA', expect: 'FAIL', target: uid, resources: [root({ summary: { AccountMFAEnabled: 0 }, virtualMfa: false })] },
  { name: 'hardware MFA', expect: 'PASS', target: uid, resources: [root({ summary: { AccountMFAEnabled: 1 }, virtualMfa: false })] },
  { name: 'virtual device list denied', expect: 'NOT_ASSESSED', target: uid, resources: [root({ summary: { AccountMFAEnabled: 1 } }, { virtualMfa: 'AccessDenied' })] },
];
