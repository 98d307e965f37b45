import type { RuleFixture } from '../../../../../src/model/rule.js';
import { defaultWorkspace, workspace, workspaceUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'No Public IP disabled', expect: 'FAIL', target: workspaceUid('dbw-sandbox'), resources: [defaultWorkspace('dbw-sandbox')] },
  { name: 'parameter not reported', expect: 'FAIL', target: workspaceUid('dbw-old'), resources: [defaultWorkspace('dbw-old', { parameters: {} })] },
  { name: 'No Public IP enabled', expect: 'PASS', target: workspaceUid('dbw-analytics'), resources: [workspace('dbw-analytics')] },
];
