import type { RuleFixture } from '../../../../../src/model/rule.js';
import { arn, DEFAULT_DENY, networkAcl } from '../../ec2/fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'no subnet associated', expect: 'FAIL', target: arn('network-acl', 'acl-0old'), resources: [networkAcl('acl-0old', DEFAULT_DENY, { subnets: [] })] },
  { name: 'associated', expect: 'PASS', target: arn('network-acl', 'acl-0used'), resources: [networkAcl('acl-0used', DEFAULT_DENY)] },
  {
    name: 'default ACL without subnets',
    expect: 'NOT_APPLICABLE',
    target: arn('network-acl', 'acl-0def'),
    resources: [networkAcl('acl-0def', DEFAULT_DENY, { isDefault: true, subnets: [] })],
  },
];
