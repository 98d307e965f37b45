/**
 * The one place detection learns which log formats exist: each provider's readers turn its logs
 * into the event model (src/model/event.ts). The core reader (src/detect/read) sniffs a record's
 * shape and hands it here; it never names a provider's module itself.
 */
export { fromCloudTrail, fromDns, fromEnvelope } from './aws/read/cloudtrail.js';
export { awsPolicyFields, POLICY_EVENT_NAMES, type PolicyGrants } from './aws/read/policy-grants.js';
export { detectFlowFormat, flowPathContext, fromFlowLine, type FlowFormat } from './aws/read/flow.js';
export { fromGcpAudit, gcpPolicyFields, isAuditLogEntry, isLogEntry, orgDomainsFromEnv, pubsubData, sinkObjectTime } from './gcp/read/audit.js';
export { azureActivityForm, azureCsvColumns, CsvRecords, fromAzureActivity, rowFromCsv, withAzureFields } from './azure/read/activity.js';
export { clientConfig as awsClientConfig, withOperationDeadline as awsOperationDeadline } from './aws/collect/context.js';
