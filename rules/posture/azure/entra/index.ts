import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as adminAccountsSeparate } from './azure-entra-admin-accounts-separate/rule.js';
import { rule as appCredentialsNotExpiring } from './azure-entra-app-credentials-not-expiring/rule.js';
import { rule as appSecretsShortLived } from './azure-entra-app-secrets-short-lived/rule.js';
import { rule as caBlockLegacyAuth } from './azure-entra-ca-block-legacy-auth/rule.js';
import { rule as caMfaAzureManagement } from './azure-entra-ca-mfa-azure-management/rule.js';
import { rule as deviceJoinRequiresMfa } from './azure-entra-device-join-requires-mfa/rule.js';
import { rule as globalAdminCount } from './azure-entra-global-admin-count/rule.js';
import { rule as guestAccessRestricted } from './azure-entra-guest-access-restricted/rule.js';
import { rule as guestInvitesRestricted } from './azure-entra-guest-invites-restricted/rule.js';
import { rule as guestUsersReviewed } from './azure-entra-guest-users-reviewed/rule.js';
import { rule as privilegedUserMfaRegistered } from './azure-entra-privileged-user-mfa-registered/rule.js';
import { rule as rememberMfaDisabled } from './azure-entra-remember-mfa-disabled/rule.js';
import { rule as securityDefaultsEnabled } from './azure-entra-security-defaults-enabled/rule.js';
import { rule as tenantCreatorReviewed } from './azure-entra-tenant-creator-reviewed/rule.js';
import { rule as userConsentRestricted } from './azure-entra-user-consent-restricted/rule.js';
import { rule as userMfaRegistered } from './azure-entra-user-mfa-registered/rule.js';
import { rule as usersCannotCreateSecurityGroups } from './azure-entra-users-cannot-create-security-groups/rule.js';
import { rule as usersCannotCreateTenants } from './azure-entra-users-cannot-create-tenants/rule.js';
import { rule as usersCannotRegisterApps } from './azure-entra-users-cannot-register-apps/rule.js';
import { rule as vmAdminIdentitiesMfa } from './azure-entra-vm-admin-identities-mfa/rule.js';

export const rules: PostureRule[] = [
  securityDefaultsEnabled,
  deviceJoinRequiresMfa,
  userMfaRegistered,
  privilegedUserMfaRegistered,
  rememberMfaDisabled,
  caMfaAzureManagement,
  caBlockLegacyAuth,
  globalAdminCount,
  adminAccountsSeparate,
  guestUsersReviewed,
  tenantCreatorReviewed,
  guestInvitesRestricted,
  guestAccessRestricted,
  userConsentRestricted,
  usersCannotRegisterApps,
  usersCannotCreateTenants,
  usersCannotCreateSecurityGroups,
  appCredentialsNotExpiring,
  appSecretsShortLived,
  vmAdminIdentitiesMfa,
];
