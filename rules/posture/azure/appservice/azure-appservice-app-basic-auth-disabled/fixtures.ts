import type { RuleFixture } from '../../../../../src/model/rule.js';
import { webApp, webAppUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'both allowed', expect: 'FAIL', target: webAppUid('app-legacy'), resources: [webApp('app-legacy', { basicPublishingCredentials: { ftp: true, scm: true } })] },
  { name: 'SCM allowed, FTP off', expect: 'FAIL', target: webAppUid('app-scm'), resources: [webApp('app-scm', { basicPublishingCredentials: { ftp: false, scm: true } })] },
  { name: 'both off', expect: 'PASS', target: webAppUid('app-web'), resources: [webApp('app-web')] },
  { name: 'policies not collectable', expect: 'NOT_ASSESSED', target: webAppUid('app-denied'), resources: [webApp('app-denied', {}, {}, { basicPublishingCredentials: 'AuthorizationFailed' })] },
];
