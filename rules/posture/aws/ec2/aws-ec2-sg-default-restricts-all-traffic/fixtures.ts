import type { RuleFixture } from '../../../../../src/model/rule.js';
import { arn, perm, securityGroup } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'default group with its out-of-the-box rules (self-referencing inbound, all outbound)',
    expect: 'FAIL',
    target: arn('security-group', 'sg-0def'),
    resources: [securityGroup('sg-0def', [perm('-1', undefined, undefined, [], [], ['sg-0def'])], { groupName: 'default' })],
  },
  {
    name: 'default group with only an outbound rule left',
    expect: 'FAIL',
    target: arn('security-group', 'sg-0def2'),
    resources: [securityGroup('sg-0def2', [], { groupName: 'default' })],
  },
  {
    name: 'default group emptied',
    expect: 'PASS',
    target: arn('security-group', 'sg-0def3'),
    resources: [securityGroup('sg-0def3', [], { groupName: 'default', egress: [] })],
  },
  {
    name: 'non-default group is out of scope',
    expect: 'NOT_APPLICABLE',
    target: arn('security-group', 'sg-0web'),
    resources: [securityGroup('sg-0web', [perm('tcp', 443, 443, ['0.0.0.0/0'])], { groupName: 'web' })],
  },
];
