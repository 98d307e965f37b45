import type { RuleFixture } from '../../../../../src/model/rule.js';
import { arn, instance } from '../fixture-builders.js';

// Fixture snapshot time: 2026-11-01T00:00:00Z
export const fixtures: RuleFixture[] = [
  {
    name: 'stopped for 92 days',
    expect: 'FAIL',
    target: arn('instance', 'i-0old'),
    resources: [instance('i-0old', { state: 'stopped', stoppedAt: '2026-08-01T10:00:00.000Z', stateTransitionReason: 'User initiated (2026-08-01 10:00:00 GMT)' })],
  },
  {
    name: 'stopped for 10 days',
    expect: 'PASS',
    target: arn('instance', 'i-0new'),
    resources: [instance('i-0new', { state: 'stopped', stoppedAt: '2026-10-22T00:00:00.000Z' })],
  },
  { name: 'running instance', expect: 'NOT_APPLICABLE', target: arn('instance', 'i-0run'), resources: [instance('i-0run')] },
  {
    name: 'stop time unknown',
    expect: 'NOT_ASSESSED',
    target: arn('instance', 'i-0unk'),
    resources: [instance('i-0unk', { state: 'stopped', stoppedAt: null })],
  },
];
