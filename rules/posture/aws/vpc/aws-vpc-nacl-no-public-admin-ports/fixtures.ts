import type { RuleFixture } from '../../../../../src/model/rule.js';
import { aclEntry, arn, DEFAULT_DENY, networkAcl } from '../../ec2/fixture-builders.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'RDP allowed from 0.0.0.0/0',
    expect: 'FAIL',
    target: arn('network-acl', 'acl-0rdp'),
    resources: [networkAcl('acl-0rdp', [aclEntry(100, 'allow', '6', '0.0.0.0/0', [443, 443]), aclEntry(110, 'allow', '6', '0.0.0.0/0', [3389, 3389]), ...DEFAULT_DENY])],
  },
  {
    name: 'default network ACL allowing everything',
    expect: 'FAIL',
    target: arn('network-acl', 'acl-0def'),
    resources: [networkAcl('acl-0def', [aclEntry(100, 'allow', '-1', '0.0.0.0/0'), aclEntry(101, 'allow', '-1', '::/0'), ...DEFAULT_DENY], { isDefault: true })],
  },
  {
    name: 'deny 22/3389 before allow-all',
    expect: 'PASS',
    target: arn('network-acl', 'acl-0deny'),
    resources: [
      networkAcl('acl-0deny', [
        aclEntry(50, 'deny', '6', '0.0.0.0/0', [22, 22]),
        aclEntry(51, 'deny', '6', '0.0.0.0/0', [3389, 3389]),
        aclEntry(52, 'deny', '17', '0.0.0.0/0', [22, 3389]),
        aclEntry(53, 'deny', '-1', '::/0'),
        aclEntry(100, 'allow', '-1', '0.0.0.0/0'),
        ...DEFAULT_DENY,
      ]),
    ],
  },
  {
    name: 'SSH allowed only from the VPN range; egress entries ignored',
    expect: 'PASS',
    target: arn('network-acl', 'acl-0vpn'),
    resources: [
      networkAcl('acl-0vpn', [
        aclEntry(100, 'allow', '6', '10.20.0.0/16', [22, 22]),
        aclEntry(110, 'allow', '6', '0.0.0.0/0', [443, 443]),
        aclEntry(100, 'allow', '-1', '0.0.0.0/0', undefined, true),
        ...DEFAULT_DENY,
      ]),
    ],
  },
];
