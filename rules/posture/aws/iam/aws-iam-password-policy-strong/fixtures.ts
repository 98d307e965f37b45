import { PASSWORD_POLICY_TYPE } from '../../../../../src/providers/aws/model/iam.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const uid = `arn:aws:mamori::${ACCOUNT}:iam-password-policy`;
const pp = (policy: object | null | undefined, errors?: Record<string, string>) =>
  resource({ type: PASSWORD_POLICY_TYPE, uid, region: 'global', config: { policy }, errors });
const strong = { MinimumPasswordLength: 14, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, RequireNumbers: true, RequireSymbols: true };

export const fixtures: RuleFixture[] = [
  { name: 'symbols not required', expect: 'FAIL', target: uid, resources: [pp({ ...strong, RequireSymbols: false })] },
  { name: 'no password policy', expect: 'FAIL', target: uid, resources: [pp(null)] },
  { name: 'all classes, length 14', expect: 'PASS', target: uid, resources: [pp(strong)] },
  { name: 'policy denied', expect: 'NOT_ASSESSED', target: uid, resources: [pp(undefined, { policy: 'AccessDenied' })] },
];
