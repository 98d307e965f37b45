import type { RuleFixture } from '../../../../../src/model/rule.js';
import { defaultWorkspace, workspace, workspaceUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'managed VNet', expect: 'FAIL', target: workspaceUid('dbw-sandbox'), resources: [defaultWorkspace('dbw-sandbox')] },
  { name: 'VNet injected', expect: 'PASS', target: workspaceUid('dbw-analytics'), resources: [workspace('dbw-analytics')] },
];
