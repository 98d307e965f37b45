import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as cmk } from './azure-databricks-cmk/rule.js';
import { rule as diagnosticLogs } from './azure-databricks-diagnostic-logs/rule.js';
import { rule as entraScimSync } from './azure-databricks-entra-scim-sync/rule.js';
import { rule as groupsReviewed } from './azure-databricks-groups-reviewed/rule.js';
import { rule as noPublicIp } from './azure-databricks-no-public-ip/rule.js';
import { rule as patRestricted } from './azure-databricks-pat-restricted/rule.js';
import { rule as privateEndpoint } from './azure-databricks-private-endpoint/rule.js';
import { rule as publicNetworkAccessDisabled } from './azure-databricks-public-network-access-disabled/rule.js';
import { rule as subnetNsg } from './azure-databricks-subnet-nsg/rule.js';
import { rule as unityCatalog } from './azure-databricks-unity-catalog/rule.js';
import { rule as vnetInjection } from './azure-databricks-vnet-injection/rule.js';
import { rule as workerTrafficEncryption } from './azure-databricks-worker-traffic-encryption/rule.js';

export const rules: PostureRule[] = [
  cmk,
  diagnosticLogs,
  entraScimSync,
  groupsReviewed,
  noPublicIp,
  patRestricted,
  privateEndpoint,
  publicNetworkAccessDisabled,
  subnetNsg,
  unityCatalog,
  vnetInjection,
  workerTrafficEncryption,
];
