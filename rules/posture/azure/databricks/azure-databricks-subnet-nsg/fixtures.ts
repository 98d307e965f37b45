import type { RuleFixture } from '../../../../../src/model/rule.js';
import { defaultWorkspace, NSG_ID, vnet, workspace, workspaceUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'container subnet without NSG', expect: 'FAIL', target: workspaceUid('dbw-analytics'), resources: [workspace('dbw-analytics'), vnet({ 'snet-dbw-host': NSG_ID, 'snet-dbw-container': null, 'snet-endpoints': null })] },
  { name: 'both subnets with NSG', expect: 'PASS', target: workspaceUid('dbw-analytics'), resources: [workspace('dbw-analytics'), vnet({ 'snet-dbw-host': NSG_ID, 'snet-dbw-container': NSG_ID })] },
  { name: 'managed VNet', expect: 'NOT_APPLICABLE', target: workspaceUid('dbw-sandbox'), resources: [defaultWorkspace('dbw-sandbox')] },
  { name: 'injected VNet not collected', expect: 'NOT_ASSESSED', target: workspaceUid('dbw-analytics'), resources: [workspace('dbw-analytics')] },
];
