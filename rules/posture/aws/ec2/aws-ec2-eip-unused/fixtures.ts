import { EIP_TYPE, type EipConfig } from '../../../../../src/providers/aws/model/ec2.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { resource } from '../../../testing.js';
import { arn } from '../fixture-builders.js';

const eip = (id: string, config: Partial<EipConfig>) =>
  resource({ type: EIP_TYPE, uid: arn('elastic-ip', id), config: { allocationId: id, publicIp: '198.51.100.7', domain: 'vpc', ...config } });

export const fixtures: RuleFixture[] = [
  { name: 'idle address', expect: 'FAIL', target: arn('elastic-ip', 'eipalloc-0a'), resources: [eip('eipalloc-0a', {})] },
  {
    name: 'associated with an instance',
    expect: 'PASS',
    target: arn('elastic-ip', 'eipalloc-0b'),
    resources: [eip('eipalloc-0b', { associationId: 'eipassoc-0b', instanceId: 'i-0web', networkInterfaceId: 'eni-0b' })],
  },
];
