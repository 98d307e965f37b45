import { LOG_GROUP_TYPE } from '../../../../../src/providers/aws/model/logs.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const uid = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/orders`;
const group = (retentionInDays?: number) => resource({ type: LOG_GROUP_TYPE, uid, config: { logGroupName: '/aws/lambda/orders', retentionInDays } });

export const fixtures: RuleFixture[] = [
  { name: '90-day retention', expect: 'FAIL', target: uid, resources: [group(90)] },
  { name: '364 days is still short', expect: 'FAIL', target: uid, resources: [group(364)] },
  { name: '400-day retention', expect: 'PASS', target: uid, resources: [group(400)] },
  { name: 'never expire', expect: 'PASS', target: uid, resources: [group(undefined)] },
];
