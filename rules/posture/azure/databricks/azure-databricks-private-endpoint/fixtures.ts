import type { RuleFixture } from '../../../../../src/model/rule.js';
import type { DatabricksWorkspaceConfig } from '../../../../../src/providers/azure/model/index.js';
import { defaultWorkspace, workspace, workspaceUid } from '../testing.js';

const pending = [{ name: 'pe-dbw-ui.77aa', properties: { groupIds: ['databricks_ui_api'], privateLinkServiceConnectionState: { status: 'Pending' } } }] as DatabricksWorkspaceConfig['privateEndpointConnections'];

export const fixtures: RuleFixture[] = [
  { name: 'no private endpoint (absent)', expect: 'FAIL', target: workspaceUid('dbw-sandbox'), resources: [defaultWorkspace('dbw-sandbox')] },
  { name: 'only a pending connection', expect: 'FAIL', target: workspaceUid('dbw-analytics'), resources: [workspace('dbw-analytics', { privateEndpointConnections: pending })] },
  { name: 'approved front-end endpoint', expect: 'PASS', target: workspaceUid('dbw-analytics'), resources: [workspace('dbw-analytics')] },
];
