import type { RuleFixture } from '../../../../../src/model/rule.js';
import { defaultWorkspace, workspace, workspaceUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'enabled', expect: 'FAIL', target: workspaceUid('dbw-analytics'), resources: [workspace('dbw-analytics', { publicNetworkAccess: 'Enabled' })] },
  { name: 'property absent', expect: 'FAIL', target: workspaceUid('dbw-sandbox'), resources: [defaultWorkspace('dbw-sandbox')] },
  { name: 'disabled', expect: 'PASS', target: workspaceUid('dbw-analytics'), resources: [workspace('dbw-analytics')] },
];
