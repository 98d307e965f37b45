import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromCloudTrail, fromEnvelope } from '../../../src/providers/aws/read/cloudtrail.js';
import type { CloudEvent } from '../../../src/model/event.js';

const record = () => ({
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole',
    principalId: 'AROAEXAMPLE:i-0abc1234def567890',
    arn: 'arn:aws:sts::111122223333:assumed-role/app/i-0abc1234def567890',
    accountId: '111122223333',
    accessKeyId: 'ASIAEXAMPLE',
    sessionContext: { sessionIssuer: { arn: 'arn:aws:iam::111122223333:role/app' }, attributes: { mfaAuthenticated: 'false' } },
  },
  eventTime: '2024-05-01T10:00:00Z',
  eventSource: 'ec2.amazonaws.com',
  eventName: 'RunInstances',
  awsRegion: 'eu-west-1',
  sourceIPAddress: '203.0.113.9',
  userAgent: 'aws-cli/2.15.0',
  errorCode: 'Client.UnauthorizedOperation',
  requestParameters: { instancesSet: { items: [{ imageId: 'ami-0abcdef1234567890' }] }, instanceId: 'i-0123' },
  readOnly: false,
  eventID: 'e-1',
  recipientAccountId: '111122223333',
});

/** What normalisation gives for record() — every derived field, written out. */
const expected: CloudEvent = {
  id: 'e-1',
  source: 'cloudtrail',
  time: '2024-05-01T10:00:00.000Z',
  timeMs: Date.parse('2024-05-01T10:00:00Z'),
  account: '111122223333',
  region: 'eu-west-1',
  api: { service: 'ec2', operation: 'RunInstances', errorCode: 'Client.UnauthorizedOperation', readOnly: false },
  resources: [
    { uid: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0123', type: 'AWS::EC2::Instance', name: 'i-0123' },
    { uid: 'arn:aws:ec2:eu-west-1::image/ami-0abcdef1234567890', type: 'AWS::EC2::Image', name: 'ami-0abcdef1234567890' },
  ],
  raw: record(),
  actor: {
    type: 'AssumedRole',
    arn: 'arn:aws:sts::111122223333:assumed-role/app/i-0abc1234def567890',
    principalId: 'AROAEXAMPLE:i-0abc1234def567890',
    accessKeyId: 'ASIAEXAMPLE',
    roleArn: 'arn:aws:iam::111122223333:role/app',
    sessionName: 'i-0abc1234def567890',
    mfa: false,
  },
  src: { ip: '203.0.113.9', userAgent: 'aws-cli/2.15.0' },
};

const fields = (e: CloudEvent) => ({
  id: e.id, source: e.source, time: e.time, timeMs: e.timeMs, account: e.account, region: e.region,
  api: e.api, resources: e.resources, raw: e.raw, actor: e.actor, src: e.src,
});

test('a CloudTrail event works out its derived fields when read, in any order, and keeps them', () => {
  const e = fromCloudTrail(record()) as CloudEvent;
  assert.equal(typeof e, 'object');
  // Read back to front, then front to back: the same values, and the same objects the second time.
  const { src, actor, resources, api, time } = e;
  assert.deepEqual({ time, api, resources, actor, src }, { time: expected.time, api: expected.api, resources: expected.resources, actor: expected.actor, src: expected.src });
  assert.equal(e.actor, actor);
  assert.equal(e.resources, resources);
  assert.deepEqual(fields(e), fields(expected));
});

test('a lazily normalised event serialises like an eagerly built one (same keys, same order)', () => {
  const e = fromCloudTrail(record()) as CloudEvent;
  e.origin = { file: 'f.json', line: 1 };
  assert.equal(JSON.stringify(e), JSON.stringify({ ...expected, origin: { file: 'f.json', line: 1 } }));
  const bare = fromCloudTrail({ eventSource: 's3.amazonaws.com', eventName: 'ListBuckets', eventTime: '2024-05-01T10:00:00Z', eventID: 'x' }) as CloudEvent;
  assert.deepEqual(JSON.parse(JSON.stringify(bare)), {
    id: 'x', source: 'cloudtrail', time: '2024-05-01T10:00:00.000Z', timeMs: Date.parse('2024-05-01T10:00:00Z'), account: '', region: '',
    api: { service: 's3', operation: 'ListBuckets' }, resources: [], raw: { eventSource: 's3.amazonaws.com', eventName: 'ListBuckets', eventTime: '2024-05-01T10:00:00Z', eventID: 'x' },
  });
  assert.equal(bare.actor, undefined);
  assert.equal(bare.src, undefined);
});

test('derived fields of a lazily normalised event can be assigned, before or after they are read', () => {
  const e = fromCloudTrail(record()) as CloudEvent;
  e.actor = undefined;
  assert.equal(e.actor, undefined, 'an assigned undefined is not recomputed');
  void e.src;
  e.src = { ip: '198.51.100.1' };
  assert.deepEqual(e.src, { ip: '198.51.100.1' });
  e.resources = [];
  assert.deepEqual(e.resources, []);
  e.time = '2024-05-01T10:00:00.500Z';
  assert.equal(JSON.parse(JSON.stringify(e)).time, '2024-05-01T10:00:00.500Z');
});

test('EventBridge envelopes and console sign-ins keep their fallbacks and MFA when read lazily', () => {
  const login = {
    eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', eventTime: '2024-05-01T10:00:00Z', eventID: 'l-1',
    userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/ops', userName: 'ops', accountId: '111122223333' },
    additionalEventData: { MFAUsed: 'No' },
  };
  const e = fromEnvelope({ 'detail-type': 'AWS Console Sign In via CloudTrail', account: '444455556666', region: 'us-east-1', detail: login }) as CloudEvent;
  assert.equal(e.account, '444455556666');
  assert.equal(e.region, 'us-east-1');
  assert.deepEqual(e.actor, { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/ops', userName: 'ops', mfa: false });
});
