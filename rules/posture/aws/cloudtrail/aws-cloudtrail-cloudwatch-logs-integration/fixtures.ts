import type { RuleFixture } from '../../../../../src/model/rule.js';
import { trail, trailArn } from '../fixture-helpers.js';

export const fixtures: RuleFixture[] = [
  { name: 'no log group', expect: 'FAIL', target: trailArn('main'), resources: [trail('main', { cloudWatchLogsLogGroupArn: undefined })] },
  {
    name: 'log group set but delivery failing',
    expect: 'FAIL',
    target: trailArn('main'),
    resources: [trail('main', { status: { isLogging: true, latestCloudWatchLogsDeliveryError: 'AccessDeniedException: role cannot write' } })],
  },
  { name: 'delivering to CloudWatch Logs', expect: 'PASS', target: trailArn('main'), resources: [trail('main')] },
];
