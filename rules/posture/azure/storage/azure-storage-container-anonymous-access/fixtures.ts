import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'container-level public access on an account that allows it',
    expect: 'FAIL',
    target: accountUid('stwebassets'),
    resources: [storageAccount('stwebassets', { allowBlobPublicAccess: true, containers: [{ name: 'exports', publicAccess: 'Container' }, { name: 'private', publicAccess: 'None' }] })],
  },
  { name: 'legacy account (setting absent) with a Blob-level container', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb', { containers: [{ name: 'images', publicAccess: 'Blob' }] })] },
  { name: 'anonymous access allowed but every container private', expect: 'PASS', target: accountUid('stwebassets'), resources: [storageAccount('stwebassets', { allowBlobPublicAccess: true, containers: [{ name: 'images', publicAccess: 'None' }] })] },
  { name: 'container says Blob but the account disallows anonymous access', expect: 'PASS', target: accountUid('stinvoicesprod'), resources: [storageAccount('stinvoicesprod', { containers: [{ name: 'old', publicAccess: 'Blob' }] })] },
  { name: 'container list not collected', expect: 'NOT_ASSESSED', target: accountUid('stdenied'), resources: [storageAccount('stdenied', { allowBlobPublicAccess: true, containers: undefined }, { errors: { containers: 'AuthorizationFailed' } })] },
];
