import { SUBNET_TYPE } from '../../../../../src/providers/aws/model/ec2.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { resource } from '../../../testing.js';
import { arn } from '../../ec2/fixture-builders.js';

const subnet = (id: string, mapPublicIpOnLaunch: boolean) =>
  resource({ type: SUBNET_TYPE, uid: arn('subnet', id), config: { subnetId: id, vpcId: 'vpc-0aaa', cidrBlock: '10.0.1.0/24', mapPublicIpOnLaunch, defaultForAz: false } });

export const fixtures: RuleFixture[] = [
  { name: 'auto-assign on', expect: 'FAIL', target: arn('subnet', 'subnet-0pub'), resources: [subnet('subnet-0pub', true)] },
  { name: 'auto-assign off', expect: 'PASS', target: arn('subnet', 'subnet-0priv'), resources: [subnet('subnet-0priv', false)] },
];
