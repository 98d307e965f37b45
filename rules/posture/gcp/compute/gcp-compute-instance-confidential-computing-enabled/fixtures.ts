import type { RuleFixture } from '../../../../../src/model/rule.js';
import { PROJECT } from '../../testing.js';
import { ZONE, instance, instanceUid } from '../testing.js';

const target = instanceUid('db-1');
const mt = (name: string) => `https://www.googleapis.com/compute/v1/projects/${PROJECT}/zones/${ZONE}/machineTypes/${name}`;

export const fixtures: RuleFixture[] = [
  { name: 'N2D instance without Confidential Computing', expect: 'FAIL', target, resources: [instance('db-1', { machineType: mt('n2d-standard-4') })] },
  {
    name: 'C3 instance with confidential compute explicitly off',
    expect: 'FAIL',
    target,
    resources: [instance('db-1', { machineType: mt('c3-standard-4'), confidentialInstanceConfig: { enableConfidentialCompute: false } })],
  },
  { name: 'N2D Confidential VM (legacy flag)', expect: 'PASS', target, resources: [instance('db-1', { machineType: mt('n2d-standard-4'), confidentialInstanceConfig: { enableConfidentialCompute: true } })] },
  { name: 'C3 Confidential VM with TDX', expect: 'PASS', target, resources: [instance('db-1', { machineType: mt('c3-standard-4'), confidentialInstanceConfig: { confidentialInstanceType: 'TDX' } })] },
  { name: 'E2 instance cannot be confidential', expect: 'NOT_APPLICABLE', target, resources: [instance('db-1', { machineType: mt('e2-standard-2') })] },
  { name: 'N1 custom machine type cannot be confidential', expect: 'NOT_APPLICABLE', target, resources: [instance('db-1', { machineType: mt('custom-2-4096') })] },
];
