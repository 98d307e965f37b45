import type { RuleFixture } from '../../../../../src/model/rule.js';
import { gkeNode, instance, instanceUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'IP forwarding on', expect: 'FAIL', target: instanceUid('web-1'), resources: [instance('web-1', { canIpForward: true })] },
  { name: 'IP forwarding off', expect: 'PASS', target: instanceUid('web-1'), resources: [instance('web-1', { canIpForward: false })] },
  { name: 'field absent means off', expect: 'PASS', target: instanceUid('web-1'), resources: [instance('web-1', { canIpForward: undefined })] },
  { name: 'GKE node is excluded by CIS', expect: 'NOT_APPLICABLE', target: instanceUid('gke-prod-default-pool-1a2b3c4d-x9k2'), resources: [gkeNode({ canIpForward: true })] },
];
