import type { RuleFixture } from '../../../../../src/model/rule.js';
import { bucket, bucketUid, OWNER_ID } from '../testing.js';

const name = 'public-assets';
const uid = bucketUid(name);

export const fixtures: RuleFixture[] = [
  {
    name: 'no ownership controls and a public-read ACL',
    expect: 'FAIL',
    target: uid,
    resources: [
      bucket(name, {
        ownershipControls: null,
        acl: {
          ownerId: OWNER_ID,
          grants: [
            { grantee: 'CanonicalUser', id: OWNER_ID, permission: 'FULL_CONTROL' },
            { grantee: 'AllUsers', permission: 'READ' },
          ],
        },
      }),
    ],
  },
  { name: 'BucketOwnerPreferred keeps ACLs enabled', expect: 'FAIL', target: uid, resources: [bucket(name, { ownershipControls: { objectOwnership: 'BucketOwnerPreferred' } })] },
  { name: 'BucketOwnerEnforced', expect: 'PASS', target: uid, resources: [bucket(name)] },
  {
    name: 'ownership controls not collectable',
    expect: 'NOT_ASSESSED',
    target: uid,
    resources: [bucket(name, { ownershipControls: undefined }, { errors: { ownershipControls: 'AccessDenied' } })],
  },
];
