import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as noDefaultServiceAccount } from './gcp-compute-instance-no-default-service-account/rule.js';
import { rule as defaultSaNoFullApiAccess } from './gcp-compute-instance-default-sa-no-full-api-access/rule.js';
import { rule as blockProjectSshKeys } from './gcp-compute-instance-block-project-ssh-keys/rule.js';
import { rule as osLoginEnabled } from './gcp-compute-project-oslogin-enabled/rule.js';
import { rule as serialPortDisabled } from './gcp-compute-instance-serial-port-disabled/rule.js';
import { rule as ipForwardingDisabled } from './gcp-compute-instance-ip-forwarding-disabled/rule.js';
import { rule as diskCsekEncrypted } from './gcp-compute-disk-csek-encrypted/rule.js';
import { rule as shieldedVmEnabled } from './gcp-compute-instance-shielded-vm-enabled/rule.js';
import { rule as noPublicIp } from './gcp-compute-instance-no-public-ip/rule.js';
import { rule as appEngineHttpsEnforced } from './gcp-compute-app-engine-https-enforced/rule.js';
import { rule as confidentialComputing } from './gcp-compute-instance-confidential-computing-enabled/rule.js';
import { rule as osUpdatesInstalled } from './gcp-compute-os-updates-installed/rule.js';
import { rule as publicIpFullApiScope } from './gcp-compute-instance-public-ip-full-api-scope/rule.js';
import { rule as metadataNoSecrets } from './gcp-compute-metadata-no-secrets/rule.js';
import { rule as diskCmekEncrypted } from './gcp-compute-disk-cmek-encrypted/rule.js';
import { rule as osLogin2faEnabled } from './gcp-compute-project-oslogin-2fa-enabled/rule.js';

/** Compute Engine: CIS GCP 5.0 section 4 (4.1–4.12) and VM best practices beyond it. */
export const rules: PostureRule[] = [
  noDefaultServiceAccount,
  defaultSaNoFullApiAccess,
  blockProjectSshKeys,
  osLoginEnabled,
  serialPortDisabled,
  ipForwardingDisabled,
  diskCsekEncrypted,
  shieldedVmEnabled,
  noPublicIp,
  appEngineHttpsEnforced,
  confidentialComputing,
  osUpdatesInstalled,
  publicIpFullApiScope,
  metadataNoSecrets,
  diskCmekEncrypted,
  osLogin2faEnabled,
];
