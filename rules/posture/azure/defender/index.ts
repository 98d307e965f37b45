import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as cspmPlan } from './azure-defender-cspm-plan-on/rule.js';
import { rule as apisPlan } from './azure-defender-apis-plan-on/rule.js';
import { rule as serversPlan } from './azure-defender-servers-plan-on/rule.js';
import { rule as machinesVa } from './azure-defender-machines-vulnerability-assessment/rule.js';
import { rule as endpointProtection } from './azure-defender-endpoint-protection-on/rule.js';
import { rule as agentlessScanning } from './azure-defender-agentless-machine-scanning-on/rule.js';
import { rule as fim } from './azure-defender-file-integrity-monitoring-on/rule.js';
import { rule as containersPlan } from './azure-defender-containers-plan-on/rule.js';
import { rule as storagePlan } from './azure-defender-storage-plan-on/rule.js';
import { rule as storageAlerts } from './azure-defender-storage-alerts-monitored/rule.js';
import { rule as appServicePlan } from './azure-defender-appservice-plan-on/rule.js';
import { rule as cosmosDbPlan } from './azure-defender-cosmosdb-plan-on/rule.js';
import { rule as ossDbPlan } from './azure-defender-opensource-databases-plan-on/rule.js';
import { rule as sqlPlan } from './azure-defender-sql-databases-plan-on/rule.js';
import { rule as sqlVmPlan } from './azure-defender-sql-servers-on-machines-plan-on/rule.js';
import { rule as keyVaultPlan } from './azure-defender-keyvault-plan-on/rule.js';
import { rule as armPlan } from './azure-defender-resource-manager-plan-on/rule.js';
import { rule as systemUpdates } from './azure-defender-machines-system-updates/rule.js';
import { rule as mcsbPolicies } from './azure-defender-mcsb-policies-not-disabled/rule.js';
import { rule as notifyOwners } from './azure-defender-alerts-notify-owners/rule.js';
import { rule as contactEmail } from './azure-defender-security-contact-email/rule.js';
import { rule as alertNotifications } from './azure-defender-alert-notifications-on/rule.js';
import { rule as attackPathNotifications } from './azure-defender-attack-path-notifications-on/rule.js';
import { rule as easm } from './azure-defender-easm-enabled/rule.js';
import { rule as iotHub } from './azure-defender-iot-hub-protected/rule.js';

export const rules: PostureRule[] = [
  cspmPlan,
  apisPlan,
  serversPlan,
  machinesVa,
  endpointProtection,
  agentlessScanning,
  fim,
  containersPlan,
  storagePlan,
  storageAlerts,
  appServicePlan,
  cosmosDbPlan,
  ossDbPlan,
  sqlPlan,
  sqlVmPlan,
  keyVaultPlan,
  armPlan,
  systemUpdates,
  mcsbPolicies,
  notifyOwners,
  contactEmail,
  alertNotifications,
  attackPathNotifications,
  easm,
  iotHub,
];
