import { VOLUME_TYPE, type VolumeConfig } from '../../../../../src/providers/aws/model/ec2.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { resource } from '../../../testing.js';
import { arn } from '../fixture-builders.js';

const volume = (id: string, config: Partial<VolumeConfig>) =>
  resource({ type: VOLUME_TYPE, uid: arn('volume', id), config: { volumeId: id, encrypted: false, state: 'in-use', attachments: [], ...config } });
const attached = [{ instanceId: 'i-0web', state: 'attached', device: '/dev/xvda' }];

export const fixtures: RuleFixture[] = [
  { name: 'attached and unencrypted', expect: 'FAIL', target: arn('volume', 'vol-0a'), resources: [volume('vol-0a', { attachments: attached })] },
  {
    name: 'attached and encrypted',
    expect: 'PASS',
    target: arn('volume', 'vol-0b'),
    resources: [volume('vol-0b', { encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab', attachments: attached })],
  },
  { name: 'unattached volume', expect: 'NOT_APPLICABLE', target: arn('volume', 'vol-0c'), resources: [volume('vol-0c', { state: 'available' })] },
];
