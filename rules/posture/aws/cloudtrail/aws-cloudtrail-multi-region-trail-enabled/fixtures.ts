import { accountUid } from '../../../../../src/model/pseudo.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT } from '../../../testing.js';
import { account, trail } from '../fixture-helpers.js';

const target = accountUid(ACCOUNT);

export const fixtures: RuleFixture[] = [
  {
    name: 'only a single-Region trail',
    expect: 'FAIL',
    target,
    resources: [account(), trail('regional', { isMultiRegionTrail: false })],
  },
  {
    name: 'multi-Region trail records write-only management events',
    expect: 'FAIL',
    target,
    resources: [account(), trail('writes', { eventSelectors: { classic: [{ readWriteType: 'WriteOnly', includeManagementEvents: true }], advanced: [] } })],
  },
  {
    name: 'multi-Region trail excludes KMS events',
    expect: 'FAIL',
    target,
    resources: [
      account(),
      trail('nokms', {
        eventSelectors: { classic: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: ['kms.amazonaws.com'] }], advanced: [] },
      }),
    ],
  },
  {
    name: 'multi-Region trail stopped',
    expect: 'FAIL',
    target,
    resources: [account(), trail('stopped', { status: { isLogging: false } })],
  },
  { name: 'no trail at all', expect: 'FAIL', target, resources: [account()] },
  {
    name: 'multi-Region logging trail with all management events',
    expect: 'PASS',
    target,
    resources: [account(), trail('regional', { isMultiRegionTrail: false }), trail('main')],
  },
  {
    name: 'advanced selector recording all management events',
    expect: 'PASS',
    target,
    resources: [
      account(),
      trail('adv', { eventSelectors: { classic: [], advanced: [{ name: 'mgmt', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] }] } }),
    ],
  },
  {
    name: 'selectors of the only trail not collectable',
    expect: 'NOT_ASSESSED',
    target,
    resources: [account(), { ...trail('main', { eventSelectors: undefined }), errors: { eventSelectors: 'AccessDenied' } }],
  },
];
