import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES } from '../../../../../src/providers/azure/model/index.js';
import { OTHER_SUBSCRIPTION } from '../../testing.js';
import { appInsights, monitorListingError, subscription, SUBSCRIPTION_UID } from '../testing.js';
import { armResource } from '../../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'no Application Insights component', expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription()] },
  {
    name: 'a component exists only in another subscription',
    expect: 'FAIL',
    target: SUBSCRIPTION_UID,
    resources: [subscription(), armResource(AZURE_TYPES.applicationInsights, 'appi-shared', { kind: 'web', ingestionMode: 'LogAnalytics' }, { subscription: OTHER_SUBSCRIPTION })],
  },
  { name: 'a workspace-based component', expect: 'PASS', target: SUBSCRIPTION_UID, resources: [subscription(), appInsights('appi-orders')] },
  { name: 'components could not be listed', expect: 'NOT_ASSESSED', target: SUBSCRIPTION_UID, resources: [subscription()], errors: [monitorListingError(AZURE_TYPES.applicationInsights, 'Components_List')] },
];
