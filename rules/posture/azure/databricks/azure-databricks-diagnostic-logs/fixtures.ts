import type { RuleFixture } from '../../../../../src/model/rule.js';
import { SUBSCRIPTION } from '../../testing.js';
import { defaultWorkspace, diagnosticSetting, workspace, workspaceUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no diagnostic setting', expect: 'FAIL', target: workspaceUid('dbw-analytics'), resources: [workspace('dbw-analytics')] },
  {
    name: 'setting with every log category disabled',
    expect: 'FAIL',
    target: workspaceUid('dbw-analytics'),
    resources: [workspace('dbw-analytics'), diagnosticSetting(workspaceUid('dbw-analytics'), { logs: [{ category: 'accounts', enabled: false }] })],
  },
  { name: 'standard tier', expect: 'FAIL', target: workspaceUid('dbw-sandbox'), resources: [defaultWorkspace('dbw-sandbox')] },
  { name: 'allLogs to Log Analytics', expect: 'PASS', target: workspaceUid('dbw-analytics'), resources: [workspace('dbw-analytics'), diagnosticSetting(workspaceUid('dbw-analytics'))] },
  {
    name: 'diagnostic settings listing failed',
    expect: 'NOT_ASSESSED',
    target: workspaceUid('dbw-analytics'),
    resources: [workspace('dbw-analytics')],
    errors: [{ provider: 'azure', account: SUBSCRIPTION, region: 'global', service: 'monitor', operation: 'diagnosticSettings.list', code: 'AccessDenied', message: 'AuthorizationFailed', resourceTypes: ['Microsoft.Insights/diagnosticSettings'] }],
  },
];
