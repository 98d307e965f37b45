import type { RuleFixture } from '../../../../../src/model/rule.js';
import { bucket, bucketUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'allUsers object viewer', expect: 'FAIL', target: bucketUid('website'), resources: [bucket('website', {}, [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }])] },
  {
    name: 'allAuthenticatedUsers in a conditional binding',
    expect: 'FAIL',
    target: bucketUid('exports'),
    resources: [
      bucket('exports', {}, [
        { role: 'roles/storage.objectViewer', members: ['group:analysts@example.com', 'allAuthenticatedUsers'], condition: { title: 'prefix', expression: 'resource.name.startsWith("projects/_/buckets/exports/objects/public/")' } },
      ]),
    ],
  },
  {
    name: 'public grant on a bucket with public access prevention enforced (CIS audits the policy)',
    expect: 'FAIL',
    target: bucketUid('locked'),
    resources: [bucket('locked', { iamConfiguration: { uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'enforced' } }, [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }])],
  },
  { name: 'named principals only', expect: 'PASS', target: bucketUid('private'), resources: [bucket('private', {}, [{ role: 'roles/storage.objectViewer', members: ['group:analysts@example.com', 'domain:example.com'] }])] },
  { name: 'IAM policy not collectable', expect: 'NOT_ASSESSED', target: bucketUid('denied'), resources: [bucket('denied', { iamPolicy: undefined }, [], { iamPolicy: 'AccessDenied' })] },
];
