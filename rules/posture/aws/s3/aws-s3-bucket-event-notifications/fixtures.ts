import type { RuleFixture } from '../../../../../src/model/rule.js';
import { bucket, bucketUid } from '../testing.js';

const name = 'pipeline-artifacts';
const uid = bucketUid(name);

export const fixtures: RuleFixture[] = [
  {
    name: 'no destinations',
    expect: 'FAIL',
    target: uid,
    resources: [bucket(name, { notifications: { topics: 0, queues: 0, lambdaFunctions: 0, eventBridge: false } })],
  },
  {
    name: 'an SQS queue destination',
    expect: 'PASS',
    target: uid,
    resources: [bucket(name, { notifications: { topics: 0, queues: 1, lambdaFunctions: 0, eventBridge: false } })],
  },
  { name: 'EventBridge on', expect: 'PASS', target: uid, resources: [bucket(name)] },
  {
    name: 'notification configuration not collectable',
    expect: 'NOT_ASSESSED',
    target: uid,
    resources: [bucket(name, { notifications: undefined }, { errors: { notifications: 'AccessDenied' } })],
  },
];
