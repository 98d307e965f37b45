import { ALARM_TYPE, type AlarmConfig } from '../../../../../src/providers/aws/model/cloudwatch.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const uid = `arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:high-5xx`;
const alarm = (over: Partial<AlarmConfig>) =>
  resource({
    type: ALARM_TYPE,
    uid,
    config: { alarmName: 'high-5xx', metricName: 'HTTPCode_Target_5XX_Count', namespace: 'AWS/ApplicationELB', actionsEnabled: true, alarmActions: [], okActions: [], insufficientDataActions: [], ...over } satisfies AlarmConfig,
  });

export const fixtures: RuleFixture[] = [
  { name: 'only an OK action', expect: 'FAIL', target: uid, resources: [alarm({ okActions: [`arn:aws:sns:us-east-1:${ACCOUNT}:ops`] })] },
  { name: 'ALARM action to SNS', expect: 'PASS', target: uid, resources: [alarm({ alarmActions: [`arn:aws:sns:us-east-1:${ACCOUNT}:ops`] })] },
];
