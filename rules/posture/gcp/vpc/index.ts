import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as defaultNetworkAbsent } from './gcp-vpc-default-network-absent/rule.js';
import { rule as firewallLoggingEnabled } from './gcp-vpc-firewall-logging-enabled/rule.js';
import { rule as firewallRdpNotPublic } from './gcp-vpc-firewall-rdp-not-public/rule.js';
import { rule as firewallSensitivePortsNotPublic } from './gcp-vpc-firewall-sensitive-ports-not-public/rule.js';
import { rule as firewallSshNotPublic } from './gcp-vpc-firewall-ssh-not-public/rule.js';
import { rule as iapGoogleRangesOnly } from './gcp-vpc-iap-google-ranges-only/rule.js';
import { rule as noLegacyNetwork } from './gcp-vpc-no-legacy-network/rule.js';
import { rule as privateServiceConnectGoogleApis } from './gcp-vpc-private-service-connect-google-apis/rule.js';
import { rule as serviceControlsEnabled } from './gcp-vpc-service-controls-enabled/rule.js';
import { rule as subnetFlowLogsEnabled } from './gcp-vpc-subnet-flow-logs-enabled/rule.js';
import { rule as subnetPrivateGoogleAccess } from './gcp-vpc-subnet-private-google-access/rule.js';

/** VPC networks, subnets and firewall rules: CIS GCP 5.0 section 3 (3.1, 3.2, 3.6–3.10, 3.12) and best practices. */
export const rules: PostureRule[] = [
  defaultNetworkAbsent,
  noLegacyNetwork,
  firewallSshNotPublic,
  firewallRdpNotPublic,
  serviceControlsEnabled,
  privateServiceConnectGoogleApis,
  subnetFlowLogsEnabled,
  iapGoogleRangesOnly,
  firewallSensitivePortsNotPublic,
  firewallLoggingEnabled,
  subnetPrivateGoogleAccess,
];
