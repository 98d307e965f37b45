import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as defaultNetworkCreationSkipped } from './gcp-orgpolicy-default-network-creation-skipped/rule.js';
import { rule as defaultSaGrantsDisabled } from './gcp-orgpolicy-default-sa-grants-disabled/rule.js';
import { rule as domainRestrictedSharing } from './gcp-orgpolicy-domain-restricted-sharing/rule.js';
import { rule as nonCmekServicesRestricted } from './gcp-orgpolicy-non-cmek-services-restricted/rule.js';
import { rule as osLoginRequired } from './gcp-orgpolicy-os-login-required/rule.js';
import { rule as publicAccessPreventionEnforced } from './gcp-orgpolicy-public-access-prevention-enforced/rule.js';
import { rule as resourceLocationsRestricted } from './gcp-orgpolicy-resource-locations-restricted/rule.js';
import { rule as saKeyCreationDisabled } from './gcp-orgpolicy-sa-key-creation-disabled/rule.js';
import { rule as saKeyUploadDisabled } from './gcp-orgpolicy-sa-key-upload-disabled/rule.js';
import { rule as serialPortAccessDisabled } from './gcp-orgpolicy-serial-port-access-disabled/rule.js';
import { rule as serviceUsageRestricted } from './gcp-orgpolicy-service-usage-restricted/rule.js';
import { rule as shieldedVmRequired } from './gcp-orgpolicy-shielded-vm-required/rule.js';
import { rule as sqlPublicIpRestricted } from './gcp-orgpolicy-sql-public-ip-restricted/rule.js';
import { rule as uniformBucketAccessEnforced } from './gcp-orgpolicy-uniform-bucket-access-enforced/rule.js';
import { rule as vmExternalIpRestricted } from './gcp-orgpolicy-vm-external-ip-restricted/rule.js';

/** Organisation-policy guardrails: one rule per constraint a cloud centre of excellence enforces, evaluated per project. */
export const rules: PostureRule[] = [
  resourceLocationsRestricted,
  serviceUsageRestricted,
  saKeyCreationDisabled,
  saKeyUploadDisabled,
  defaultSaGrantsDisabled,
  domainRestrictedSharing,
  uniformBucketAccessEnforced,
  publicAccessPreventionEnforced,
  vmExternalIpRestricted,
  osLoginRequired,
  serialPortAccessDisabled,
  shieldedVmRequired,
  defaultNetworkCreationSkipped,
  sqlPublicIpRestricted,
  nonCmekServicesRestricted,
];
