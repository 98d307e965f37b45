import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as rbacKeysExpire } from './azure-keyvault-rbac-vault-keys-expire/rule.js';
import { rule as accessPolicyKeysExpire } from './azure-keyvault-access-policy-vault-keys-expire/rule.js';
import { rule as rbacSecretsExpire } from './azure-keyvault-rbac-vault-secrets-expire/rule.js';
import { rule as accessPolicySecretsExpire } from './azure-keyvault-access-policy-vault-secrets-expire/rule.js';
import { rule as purgeProtection } from './azure-keyvault-purge-protection-enabled/rule.js';
import { rule as rbacAuthorization } from './azure-keyvault-rbac-authorization-enabled/rule.js';
import { rule as publicNetworkAccess } from './azure-keyvault-public-network-access-disabled/rule.js';
import { rule as privateEndpoint } from './azure-keyvault-private-endpoint-used/rule.js';
import { rule as keyRotation } from './azure-keyvault-key-rotation-enabled/rule.js';
import { rule as managedHsm } from './azure-keyvault-managed-hsm-when-required/rule.js';
import { rule as certificateValidity } from './azure-keyvault-certificate-validity-12-months/rule.js';
import { rule as expiringSoon } from './azure-keyvault-items-not-expiring-soon/rule.js';
import { rule as firewall } from './azure-keyvault-firewall-default-deny/rule.js';
import { rule as softDelete } from './azure-keyvault-soft-delete-retention/rule.js';

export const rules: PostureRule[] = [
  rbacKeysExpire,
  accessPolicyKeysExpire,
  rbacSecretsExpire,
  accessPolicySecretsExpire,
  purgeProtection,
  rbacAuthorization,
  publicNetworkAccess,
  privateEndpoint,
  keyRotation,
  managedHsm,
  certificateValidity,
  expiringSoon,
  firewall,
  softDelete,
];
