import { FLOW_LOG_TYPE, VPC_TYPE, type FlowLogConfig } from '../../../../../src/providers/aws/model/ec2.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { resource } from '../../../testing.js';
import { arn } from '../../ec2/fixture-builders.js';

const vpc = (id: string) => resource({ type: VPC_TYPE, uid: arn('vpc', id), config: { vpcId: id, isDefault: false, cidrBlock: '10.0.0.0/16', cidrBlocks: ['10.0.0.0/16'], ipv6CidrBlocks: [] } });
const flowLog = (id: string, config: Partial<FlowLogConfig>) =>
  resource({ type: FLOW_LOG_TYPE, uid: arn('vpc-flow-log', id), config: { flowLogId: id, flowLogStatus: 'ACTIVE', trafficType: 'ALL', logDestinationType: 's3', ...config } });

export const fixtures: RuleFixture[] = [
  {
    name: 'no flow log (another VPC has one)',
    expect: 'FAIL',
    target: arn('vpc', 'vpc-0a'),
    resources: [vpc('vpc-0a'), vpc('vpc-0b'), flowLog('fl-0b', { resourceId: 'vpc-0b' })],
  },
  {
    name: 'only accepted traffic is logged',
    expect: 'FAIL',
    target: arn('vpc', 'vpc-0c'),
    resources: [vpc('vpc-0c'), flowLog('fl-0c', { resourceId: 'vpc-0c', trafficType: 'ACCEPT' })],
  },
  { name: 'ALL traffic logged', expect: 'PASS', target: arn('vpc', 'vpc-0b'), resources: [vpc('vpc-0b'), flowLog('fl-0b', { resourceId: 'vpc-0b' })] },
  {
    name: 'REJECT traffic logged',
    expect: 'PASS',
    target: arn('vpc', 'vpc-0d'),
    resources: [vpc('vpc-0d'), flowLog('fl-0d', { resourceId: 'vpc-0d', trafficType: 'REJECT' })],
  },
  {
    name: 'flow logs could not be listed',
    expect: 'NOT_ASSESSED',
    target: arn('vpc', 'vpc-0e'),
    resources: [vpc('vpc-0e')],
    errors: [
      { provider: 'aws', account: '111111111111', region: 'us-east-1', service: 'ec2', operation: 'DescribeFlowLogs', code: 'AccessDenied', message: 'denied', resourceTypes: [FLOW_LOG_TYPE] },
    ],
  },
];
