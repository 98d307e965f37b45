import { IMAGE_TYPE } from '../../../../../src/providers/aws/model/ec2.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { resource } from '../../../testing.js';
import { arn } from '../fixture-builders.js';

const image = (id: string, isPublic: boolean) =>
  resource({ type: IMAGE_TYPE, uid: arn('image', id), config: { imageId: id, imageName: `golden-${id}`, public: isPublic, state: 'available' } });

export const fixtures: RuleFixture[] = [
  { name: 'public AMI', expect: 'FAIL', target: arn('image', 'ami-0pub'), resources: [image('ami-0pub', true)] },
  { name: 'private AMI', expect: 'PASS', target: arn('image', 'ami-0priv'), resources: [image('ami-0priv', false)] },
];
