import { PASSWORD_POLICY_TYPE } from '../../../../../src/providers/aws/model/iam.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const uid = `arn:aws:mamori::${ACCOUNT}:iam-password-policy`;
const pp = (policy: object | null | undefined, errors?: Record<string, string>) =>
  resource({ type: PASSWORD_POLICY_TYPE, uid, region: 'global', config: { policy }, errors });

export const fixtures: RuleFixture[] = [
  { name: 'minimum length 8', expect: 'FAIL', target: uid, resources: [pp({ MinimumPasswordLength: 8, RequireSymbols: true })] },
  { name: 'no password policy', expect: 'FAIL', target: uid, resources: [pp(null)] },
  { name: 'minimum length 14', expect: 'PASS', target: uid, resources: [pp({ MinimumPasswordLength: 14 })] },
  { name: 'policy denied', expect: 'NOT_ASSESSED', target: uid, resources: [pp(undefined, { policy: 'AccessDenied' })] },
];
