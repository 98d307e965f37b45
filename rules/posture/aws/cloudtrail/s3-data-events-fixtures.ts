import { BUCKET_TYPE } from '../../../../src/providers/aws/model/s3.js';
import { accountUid } from '../../../../src/model/pseudo.js';
import type { RuleFixture } from '../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../testing.js';
import type { S3Access } from './trails.js';
import { account, trail } from './fixture-helpers.js';

const target = accountUid(ACCOUNT);
const mgmt = { readWriteType: 'All' as const, includeManagementEvents: true };
const bucket = (name: string) => resource({ type: BUCKET_TYPE, uid: `arn:aws:s3:::${name}`, config: { name, bucketRegion: 'us-east-1' } });

export function s3DataEventFixtures(access: S3Access): RuleFixture[] {
  const same = access === 'write' ? 'WriteOnly' : 'ReadOnly';
  const other = access === 'write' ? 'ReadOnly' : 'WriteOnly';
  const readOnly = access === 'write' ? 'false' : 'true';
  const otherReadOnly = access === 'write' ? 'true' : 'false';
  return [
    { name: 'management events only', expect: 'FAIL', target, resources: [account(), trail('main'), bucket('app-data')] },
    {
      name: `all buckets but only for ${access === 'write' ? 'read' : 'write'} events`,
      expect: 'FAIL',
      target,
      resources: [account(), trail('main', { eventSelectors: { classic: [mgmt, { readWriteType: other, includeManagementEvents: false, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }], advanced: [] } })],
    },
    {
      name: 'one bucket covered, another not',
      expect: 'FAIL',
      target,
      resources: [
        account(),
        trail('main', { eventSelectors: { classic: [mgmt, { readWriteType: 'All', includeManagementEvents: false, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3:::app-data/'] }] }], advanced: [] } }),
        bucket('app-data'),
        bucket('pipeline-artifacts'),
      ],
    },
    {
      name: 'all-bucket data events on a single-Region trail',
      expect: 'FAIL',
      target,
      resources: [account(), trail('regional', { isMultiRegionTrail: false, eventSelectors: { classic: [{ ...mgmt, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }], advanced: [] } })],
    },
    {
      name: 'classic selector for all current and future buckets',
      expect: 'PASS',
      target,
      resources: [account(), trail('main', { eventSelectors: { classic: [mgmt, { readWriteType: same, includeManagementEvents: false, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }], advanced: [] } })],
    },
    {
      name: 'advanced selector on AWS::S3::Object',
      expect: 'PASS',
      target,
      resources: [
        account(),
        trail('main', {
          eventSelectors: {
            classic: [],
            advanced: [
              { name: 'mgmt', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] },
              { name: 's3', fieldSelectors: [{ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::S3::Object'] }, { field: 'readOnly', equals: [readOnly] }] },
            ],
          },
        }),
      ],
    },
    {
      name: 'advanced selector restricted to the other access type',
      expect: 'FAIL',
      target,
      resources: [
        account(),
        trail('main', {
          eventSelectors: {
            classic: [],
            advanced: [{ name: 's3', fieldSelectors: [{ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::S3::Object'] }, { field: 'readOnly', equals: [otherReadOnly] }] }],
          },
        }),
      ],
    },
    {
      name: 'every bucket of the account named explicitly',
      expect: 'PASS',
      target,
      resources: [
        account(),
        trail('main', { eventSelectors: { classic: [mgmt, { readWriteType: 'All', includeManagementEvents: false, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3:::app-data/', 'arn:aws:s3:::pipeline-artifacts/'] }] }], advanced: [] } }),
        bucket('app-data'),
        bucket('pipeline-artifacts'),
      ],
    },
    {
      name: 'event selectors not collectable',
      expect: 'NOT_ASSESSED',
      target,
      resources: [account(), { ...trail('main', { eventSelectors: undefined }), errors: { eventSelectors: 'AccessDenied' } }],
    },
  ];
}
