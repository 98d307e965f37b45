import type { RuleFixture } from '../../../../../src/model/rule.js';
import { webApp, webAppUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'remote debugging on', expect: 'FAIL', target: webAppUid('app-debug'), resources: [webApp('app-debug', {}, { remoteDebuggingEnabled: true })] },
  { name: 'remote debugging off', expect: 'PASS', target: webAppUid('app-web'), resources: [webApp('app-web')] },
  { name: 'left out (off)', expect: 'PASS', target: webAppUid('app-default'), resources: [webApp('app-default', {}, { remoteDebuggingEnabled: undefined })] },
];
