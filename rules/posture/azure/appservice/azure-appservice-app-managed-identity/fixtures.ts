import type { RuleFixture } from '../../../../../src/model/rule.js';
import { webApp, webAppUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'identity left out', expect: 'FAIL', target: webAppUid('app-legacy'), resources: [webApp('app-legacy', { identity: undefined })] },
  { name: 'identity type None', expect: 'FAIL', target: webAppUid('func-none'), resources: [webApp('func-none', { kind: 'functionapp', identity: { type: 'None' } })] },
  { name: 'system-assigned', expect: 'PASS', target: webAppUid('app-web'), resources: [webApp('app-web')] },
];
