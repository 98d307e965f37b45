import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ROLE_TYPE } from '../../../../../src/providers/aws/model/iam.js';
import { ACCOUNT, OTHER_ACCOUNT, OUTSIDER, orgResources, resource } from '../shared.js';

const arn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const role = (name: string, trust: unknown, errors?: Record<string, string>) =>
  resource({ type: ROLE_TYPE, uid: arn(name), region: 'global', config: { roleName: name, serviceLinked: false, ...(trust === undefined ? {} : { assumeRolePolicy: trust }) }, errors });
// IAM User Guide › Access to AWS accounts owned by third parties: trust the vendor's account with sts:ExternalId.
const trust = (principal: string, condition?: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Vendor', Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) }],
});

export const fixtures: RuleFixture[] = [
  { name: 'vendor account trusted without an external ID', expect: 'FAIL', target: arn('vendor'), resources: [...orgResources(), role('vendor', trust(`arn:aws:iam::${OUTSIDER}:root`))] },
  {
    // IAM User Guide › Condition operators › ...IfExists: BoolIfExists is true when the key is absent (long-term keys).
    name: 'outside account with BoolIfExists MFA (true without MFA)',
    expect: 'FAIL',
    target: arn('mfa-ifexists'),
    resources: [...orgResources(), role('mfa-ifexists', trust(OUTSIDER, { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } }))],
  },
  { name: 'vendor account with sts:ExternalId', expect: 'PASS', target: arn('vendor-ok'), resources: [...orgResources(), role('vendor-ok', trust(`arn:aws:iam::${OUTSIDER}:root`, { StringEquals: { 'sts:ExternalId': 'Unique-ID-1234' } }))] },
  { name: 'outside account with MFA required', expect: 'PASS', target: arn('mfa'), resources: [...orgResources(), role('mfa', trust(`arn:aws:iam::${OUTSIDER}:root`, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }))] },
  { name: 'account of the organisation trusted', expect: 'PASS', target: arn('sibling'), resources: [...orgResources(), role('sibling', trust(`arn:aws:iam::${OTHER_ACCOUNT}:root`))] },
  { name: 'trust policy not collected', expect: 'NOT_ASSESSED', target: arn('unknown'), resources: [...orgResources(), role('unknown', undefined, { assumeRolePolicy: 'AccessDenied' })] },
];
