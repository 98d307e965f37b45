import type { RuleFixture } from '../../../../../src/model/rule.js';
import { backendService, backendUid } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'external HTTPS backend without logging', expect: 'FAIL', target: backendUid('web'), resources: [backendService('web')] },
  { name: 'classic HTTP backend with logging off', expect: 'FAIL', target: backendUid('web'), resources: [backendService('web', { loadBalancingScheme: 'EXTERNAL', protocol: 'HTTP', logConfig: { enable: false } })] },
  { name: 'logging on with sample rate 0', expect: 'FAIL', target: backendUid('web'), resources: [backendService('web', { logConfig: { enable: true, sampleRate: 0 } })] },
  { name: 'logging on, every request', expect: 'PASS', target: backendUid('web'), resources: [backendService('web', { logConfig: { enable: true, sampleRate: 1 } })] },
  { name: 'internal Application Load Balancer logging on', expect: 'PASS', target: backendUid('api'), resources: [backendService('api', { loadBalancingScheme: 'INTERNAL_MANAGED', protocol: 'HTTP', logConfig: { enable: true } })] },
  { name: 'internal passthrough TCP backend', expect: 'NOT_APPLICABLE', target: backendUid('db'), resources: [backendService('db', { loadBalancingScheme: 'INTERNAL', protocol: 'TCP' })] },
];
