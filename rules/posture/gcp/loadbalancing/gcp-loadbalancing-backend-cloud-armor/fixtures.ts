import type { RuleFixture } from '../../../../../src/model/rule.js';
import { PROJECT } from '../../testing.js';
import { backendService, backendUid } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'global external backend without a policy', expect: 'FAIL', target: backendUid('web'), resources: [backendService('web')] },
  { name: 'classic external HTTP backend without a policy', expect: 'FAIL', target: backendUid('web'), resources: [backendService('web', { loadBalancingScheme: 'EXTERNAL', protocol: 'HTTP' })] },
  {
    name: 'backend with a Cloud Armor policy',
    expect: 'PASS',
    target: backendUid('web'),
    resources: [backendService('web', { securityPolicy: `https://www.googleapis.com/compute/v1/projects/${PROJECT}/global/securityPolicies/web-waf` })],
  },
  { name: 'internal Application Load Balancer', expect: 'NOT_APPLICABLE', target: backendUid('api'), resources: [backendService('api', { loadBalancingScheme: 'INTERNAL_MANAGED', protocol: 'HTTP' })] },
  { name: 'external passthrough network load balancer', expect: 'NOT_APPLICABLE', target: backendUid('game'), resources: [backendService('game', { loadBalancingScheme: 'EXTERNAL', protocol: 'UDP' })] },
];
