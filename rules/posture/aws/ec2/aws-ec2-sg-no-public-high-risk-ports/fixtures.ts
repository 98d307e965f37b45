import type { RuleFixture } from '../../../../../src/model/rule.js';
import { arn, perm, securityGroup } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'PostgreSQL open to 0.0.0.0/0',
    expect: 'FAIL',
    target: arn('security-group', 'sg-0db'),
    resources: [securityGroup('sg-0db', [perm('tcp', 5432, 5432, ['0.0.0.0/0'])])],
  },
  {
    name: 'SMB open to ::/0 via a wide range',
    expect: 'FAIL',
    target: arn('security-group', 'sg-0smb'),
    resources: [securityGroup('sg-0smb', [perm('tcp', 400, 500, [], ['::/0'])])],
  },
  {
    name: 'web ports public, database from the app group',
    expect: 'PASS',
    target: arn('security-group', 'sg-0ok'),
    resources: [securityGroup('sg-0ok', [perm('tcp', 443, 443, ['0.0.0.0/0']), perm('tcp', 5432, 5432, ['10.0.0.0/16'], [], ['sg-0app'])])],
  },
];
