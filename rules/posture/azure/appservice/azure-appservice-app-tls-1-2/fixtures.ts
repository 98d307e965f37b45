import type { RuleFixture } from '../../../../../src/model/rule.js';
import { webApp, webAppUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'app TLS 1.0', expect: 'FAIL', target: webAppUid('app-old'), resources: [webApp('app-old', {}, { minTlsVersion: '1.0' })] },
  { name: 'SCM TLS 1.1', expect: 'FAIL', target: webAppUid('app-scm'), resources: [webApp('app-scm', {}, { scmMinTlsVersion: '1.1' })] },
  { name: '1.2 for both', expect: 'PASS', target: webAppUid('app-web'), resources: [webApp('app-web')] },
  { name: 'site config not collectable', expect: 'NOT_ASSESSED', target: webAppUid('app-denied'), resources: [webApp('app-denied', {}, {}, { siteConfig: 'AuthorizationFailed' })] },
];
