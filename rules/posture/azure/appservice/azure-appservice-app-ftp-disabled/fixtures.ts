import type { RuleFixture } from '../../../../../src/model/rule.js';
import { webApp, webAppUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'AllAllowed', expect: 'FAIL', target: webAppUid('app-ftp'), resources: [webApp('app-ftp', {}, { ftpsState: 'AllAllowed' })] },
  { name: 'ftpsState left out', expect: 'FAIL', target: webAppUid('app-legacy'), resources: [webApp('app-legacy', {}, { ftpsState: undefined })] },
  { name: 'FtpsOnly', expect: 'PASS', target: webAppUid('app-ftps'), resources: [webApp('app-ftps', {}, { ftpsState: 'FtpsOnly' })] },
  { name: 'Disabled', expect: 'PASS', target: webAppUid('app-web'), resources: [webApp('app-web')] },
];
