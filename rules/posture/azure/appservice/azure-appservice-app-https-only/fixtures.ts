import type { RuleFixture } from '../../../../../src/model/rule.js';
import { webApp, webAppUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'httpsOnly left out', expect: 'FAIL', target: webAppUid('app-legacy'), resources: [webApp('app-legacy', { httpsOnly: undefined })] },
  { name: 'function app with httpsOnly false', expect: 'FAIL', target: webAppUid('func-orders'), resources: [webApp('func-orders', { kind: 'functionapp,linux', httpsOnly: false })] },
  { name: 'httpsOnly true', expect: 'PASS', target: webAppUid('app-web'), resources: [webApp('app-web')] },
];
