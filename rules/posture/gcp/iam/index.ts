import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as corporateLoginCredentials } from './gcp-iam-corporate-login-credentials/rule.js';
import { rule as noExternalMembers } from './gcp-iam-no-external-members/rule.js';
import { rule as mfaEnforced } from './gcp-iam-mfa-enforced/rule.js';
import { rule as adminSecurityKeysEnforced } from './gcp-iam-admin-security-keys-enforced/rule.js';
import { rule as saNoUserManagedKeys } from './gcp-iam-sa-no-user-managed-keys/rule.js';
import { rule as saNoAdminPrivileges } from './gcp-iam-sa-no-admin-privileges/rule.js';
import { rule as noProjectLevelSaImpersonation } from './gcp-iam-no-project-level-sa-impersonation/rule.js';
import { rule as saKeyRotated } from './gcp-iam-sa-key-rotated-90-days/rule.js';
import { rule as saSeparationOfDuties } from './gcp-iam-sa-separation-of-duties/rule.js';
import { rule as functionsSecretsInSecretManager } from './gcp-iam-functions-secrets-in-secret-manager/rule.js';
import { rule as primitiveRolesNotGrantedToUsers } from './gcp-iam-primitive-roles-not-granted-to-users/rule.js';
import { rule as saNoPublicOrPersonalAccess } from './gcp-iam-sa-no-public-or-personal-access/rule.js';

/** CIS GCP section 1 (IAM) in benchmark order, then Google Cloud best practices beyond CIS. */
export const rules: PostureRule[] = [
  corporateLoginCredentials,
  noExternalMembers,
  mfaEnforced,
  adminSecurityKeysEnforced,
  saNoUserManagedKeys,
  saNoAdminPrivileges,
  noProjectLevelSaImpersonation,
  saKeyRotated,
  saSeparationOfDuties,
  functionsSecretsInSecretManager,
  primitiveRolesNotGrantedToUsers,
  saNoPublicOrPersonalAccess,
];
