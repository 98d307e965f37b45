import { ALARM_TYPE, type AlarmConfig } from '../../../../../src/providers/aws/model/cloudwatch.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const uid = `arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:root-usage`;
const alarm = (actionsEnabled: boolean) =>
  resource({
    type: ALARM_TYPE,
    uid,
    config: { alarmName: 'root-usage', metricName: 'RootAccountUsage', namespace: 'CISBenchmark', actionsEnabled, alarmActions: [`arn:aws:sns:us-east-1:${ACCOUNT}:security`], okActions: [], insufficientDataActions: [] } satisfies AlarmConfig,
  });

export const fixtures: RuleFixture[] = [
  { name: 'actions disabled', expect: 'FAIL', target: uid, resources: [alarm(false)] },
  { name: 'actions enabled', expect: 'PASS', target: uid, resources: [alarm(true)] },
];
