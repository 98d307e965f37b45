/**
 * Microsoft Entra ID of the Contoso tenant: directory-wide policies (security defaults off, anyone
 * may invite guests, users may register apps), users with and without MFA registration, guests,
 * five Global Administrators, app registrations (one whose client secret runs until 2299, one with
 * an expired secret), Conditional Access policies (one in report-only mode) and a named location.
 */
import { AZURE_TYPES, azureIds, azureScope, DIRECTORY_ROLES, GUEST_USER_ROLES, WELL_KNOWN_APPS } from '../model/index.js';
import type { AzureDemoBuilder } from './builder.js';
import { PRINCIPALS } from './hierarchy.js';
import { AZURE_DEMO } from './scenario.js';

const { tenantId, domain, initialDomain, names } = AZURE_DEMO;
const T = AZURE_TYPES;
const account = azureScope.tenant(tenantId);

interface DemoUser {
  id: string;
  upn: string;
  displayName: string;
  userType?: 'Member' | 'Guest';
  enabled?: boolean;
  created: string;
  /** Registered authentication methods; none: no MFA. */
  methods: string[];
  roles?: string[];
}

const BREAK_GLASS_1 = 'b1a2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const BREAK_GLASS_2 = 'b2a3c4d5-e6f7-4a8b-9c0d-1e2f3a4b5c6e';
const IT_MANAGER = 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f';
const GA = 'Global Administrator';

export const USERS: DemoUser[] = [
  { id: PRINCIPALS.yuki.id, upn: `yuki.tanaka@${domain}`, displayName: 'Yuki Tanaka', created: '2023-11-06T01:02:03Z', methods: ['microsoftAuthenticatorPush', 'fido2'], roles: [GA] },
  // A Global Administrator who never registered MFA ("I always sign in from the office").
  { id: PRINCIPALS.kenji.id, upn: `kenji.sato@${domain}`, displayName: 'Kenji Sato', created: '2023-11-06T01:05:44Z', methods: [], roles: [GA] },
  { id: IT_MANAGER, upn: `takeshi.mori@${domain}`, displayName: 'Takeshi Mori (IT manager)', created: '2024-04-15T00:31:19Z', methods: ['mobilePhone'], roles: [GA] },
  { id: BREAK_GLASS_1, upn: `break-glass-01@${initialDomain}`, displayName: 'Emergency access 01', created: '2023-11-06T01:00:00Z', methods: ['fido2'], roles: [GA] },
  { id: BREAK_GLASS_2, upn: `break-glass-02@${initialDomain}`, displayName: 'Emergency access 02', created: '2023-11-06T01:00:30Z', methods: ['fido2'], roles: [GA] },
  { id: PRINCIPALS.aiko.id, upn: `aiko.suzuki@${domain}`, displayName: 'Aiko Suzuki', created: '2024-01-10T02:44:51Z', methods: ['microsoftAuthenticatorPush', 'softwareOneTimePasscode'], roles: ['Security Administrator'] },
  { id: PRINCIPALS.hiroshi.id, upn: `hiroshi.ito@${domain}`, displayName: 'Hiroshi Ito', created: '2024-09-02T06:12:00Z', methods: [] },
  { id: 'd5e6f7a8-b9c0-4d1e-8f2a-3b4c5d6e7f80', upn: `mei.kobayashi@${domain}`, displayName: 'Mei Kobayashi', created: '2025-03-17T00:08:36Z', methods: ['microsoftAuthenticatorPush'] },
  { id: 'e6f7a8b9-c0d1-4e2f-9a3b-4c5d6e7f8091', upn: `ryo.yamamoto@${domain}`, displayName: 'Ryo Yamamoto', created: '2025-07-01T04:20:13Z', methods: [] },
  // Left in March; the account was disabled, its role assignment in sub-shop-dev was not removed.
  { id: PRINCIPALS.formerContractor.id, upn: `s.nakamura.contractor@${domain}`, displayName: 'Sho Nakamura (contractor)', enabled: false, created: '2025-02-03T03:00:00Z', methods: ['mobilePhone'] },
  // Guests: a partner developer with Contributor in development, and an outside consultant.
  { id: PRINCIPALS.partnerGuest.id, upn: `dev.lead_fabrikam.com#EXT#@${initialDomain}`, displayName: 'Fabrikam dev lead', userType: 'Guest', created: '2025-05-20T07:30:02Z', methods: [] },
  { id: PRINCIPALS.kowalskiGuest.id, upn: names.guestUpn, displayName: 'Marek Kowalski', userType: 'Guest', created: '2026-08-04T10:11:45Z', methods: [] },
];

function addTenant(demo: AzureDemoBuilder): void {
  demo.add({
    uid: azureIds.tenant(tenantId),
    type: T.tenant,
    name: 'Contoso',
    account,
    config: {
      tenantId,
      displayName: 'Contoso',
      // Turned off when the first Conditional Access policy was created; the policies never covered everyone.
      securityDefaultsEnabled: false,
      authorizationPolicy: {
        allowInvitesFrom: 'everyone',
        allowedToSignUpEmailBasedSubscriptions: true,
        allowEmailVerifiedUsersToJoinOrganization: false,
        blockMsolPowerShell: false,
        defaultUserRolePermissions: {
          allowedToCreateApps: true,
          allowedToCreateSecurityGroups: false,
          allowedToCreateTenants: false,
          allowedToReadBitlockerKeysForOwnedDevice: true,
          allowedToReadOtherUsers: true,
          permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForSelf.microsoft-user-default-legacy'],
        },
        guestUserRoleId: GUEST_USER_ROLES.guest,
      },
      deviceRegistrationPolicy: { multiFactorAuthConfiguration: 'notRequired', userDeviceQuota: 50 },
      adminConsentRequestEnabled: false,
    },
  });
}

function addUsers(demo: AzureDemoBuilder): void {
  for (const u of USERS) {
    const admin = (u.roles ?? []).length > 0;
    const mfa = u.methods.some((m) => m !== 'email');
    demo.add({
      uid: azureIds.graphObject(tenantId, 'users', u.id),
      type: T.user,
      name: u.upn,
      account,
      config: {
        id: u.id,
        userPrincipalName: u.upn,
        displayName: u.displayName,
        userType: u.userType ?? 'Member',
        accountEnabled: u.enabled ?? true,
        createdDateTime: u.created,
        registration: { isMfaRegistered: mfa, isMfaCapable: mfa && (u.enabled ?? true), isAdmin: admin, methodsRegistered: u.methods, isPasswordlessCapable: u.methods.includes('fido2') },
        directoryRoles: u.roles ?? [],
      },
    });
  }
}

function addDirectoryRoles(demo: AzureDemoBuilder): void {
  const assignments: [string, string, string, string][] = [
    ['lAPpYvVpN0KRkAEhdxReEA1aGgQ3b9lGkH8oQhQ-1', PRINCIPALS.yuki.id, DIRECTORY_ROLES.globalAdministrator, GA],
    ['lAPpYvVpN0KRkAEhdxReEPRPPj5-fJ1OvvQmW6Rg-1', PRINCIPALS.kenji.id, DIRECTORY_ROLES.globalAdministrator, GA],
    ['lAPpYvVpN0KRkAEhdxReEPfl5sSovA1MnhQqPF1d-1', IT_MANAGER, DIRECTORY_ROLES.globalAdministrator, GA],
    ['lAPpYvVpN0KRkAEhdxReELGiw9Tl9kp7jJ0OHyo7-1', BREAK_GLASS_1, DIRECTORY_ROLES.globalAdministrator, GA],
    ['lAPpYvVpN0KRkAEhdxReELKjxNXm90p4nCDh4vOl-1', BREAK_GLASS_2, DIRECTORY_ROLES.globalAdministrator, GA],
    ['y8sawbZlGU2EJ_b2fZt8a1prfI2e6kyrHj5Fpq-1', PRINCIPALS.aiko.id, DIRECTORY_ROLES.securityAdministrator, 'Security Administrator'],
  ];
  for (const [id, principalId, roleDefinitionId, roleName] of assignments) {
    demo.add({
      uid: azureIds.graphObject(tenantId, 'roleManagement/directory/roleAssignments', id),
      type: T.directoryRoleAssignment,
      name: roleName,
      account,
      config: { id, principalId, principalType: 'user', roleDefinitionId, roleName, directoryScopeId: '/' },
    });
  }
}

function addApplications(demo: AzureDemoBuilder): void {
  const apps = [
    {
      id: names.backupAppObjectId,
      appId: names.backupAppId,
      displayName: names.backupApp,
      createdDateTime: '2024-02-14T01:10:27Z',
      // Created with PowerShell and an end date far in the future "so the nightly job never breaks".
      passwordCredentials: [{ keyId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', displayName: 'nightly-job', startDateTime: '2024-02-14T01:12:00Z', endDateTime: '2299-12-31T00:00:00Z' }],
      keyCredentials: [],
    },
    {
      id: '3b4c5d6e-7f80-4a91-8b2c-3d4e5f607182',
      appId: '8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f',
      displayName: 'legacy-order-sync',
      createdDateTime: '2023-12-01T05:00:00Z',
      // Expired in May: the integration has been failing since, nobody removed the app.
      passwordCredentials: [{ keyId: '0a1b2c3d-4e5f-4061-8273-4a5b6c7d8e9f', displayName: 'erp-connector', startDateTime: '2024-05-31T00:00:00Z', endDateTime: '2026-05-31T00:00:00Z' }],
      keyCredentials: [],
    },
    {
      id: names.pipelineAppObjectId,
      appId: names.pipelineAppId,
      displayName: names.pipelineApp,
      createdDateTime: '2024-03-11T04:40:00Z',
      // GitHub Actions signs in with workload identity federation: no secret at all.
      passwordCredentials: [],
      keyCredentials: [],
    },
    {
      id: '4c5d6e7f-8091-4a2b-9c3d-4e5f60718293',
      appId: '1e2f3a4b-5c6d-4e7f-8091-a2b3c4d5e6f7',
      displayName: 'shop-storefront-signin',
      createdDateTime: '2024-06-20T08:00:00Z',
      signInAudience: 'AzureADMyOrg',
      passwordCredentials: [{ keyId: '5e6f7081-92a3-4b4c-8d5e-6f708192a3b4', displayName: 'storefront-2026H2', startDateTime: '2026-09-01T00:00:00Z', endDateTime: '2027-03-01T00:00:00Z' }],
      keyCredentials: [{ keyId: '6f708192-a3b4-4c5d-9e6f-708192a3b4c5', displayName: 'CN=storefront-signin', startDateTime: '2026-06-01T00:00:00Z', endDateTime: '2027-06-01T00:00:00Z', type: 'AsymmetricX509Cert', usage: 'Verify' }],
    },
  ];
  for (const a of apps) {
    demo.add({
      uid: azureIds.graphObject(tenantId, 'applications', a.id),
      type: T.application,
      name: a.displayName,
      account,
      config: { signInAudience: 'AzureADMyOrg', ...a },
    });
  }
}

const users = (o: { include?: string[]; exclude?: string[]; includeRoles?: string[] }) => ({
  includeUsers: o.include ?? [],
  excludeUsers: o.exclude ?? [],
  includeGroups: [],
  excludeGroups: [],
  includeRoles: o.includeRoles ?? [],
  excludeRoles: [],
});

function addConditionalAccess(demo: AzureDemoBuilder): void {
  const policies = [
    {
      id: '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      displayName: 'CA001: Require MFA for administrators',
      state: 'enabled',
      conditions: { users: users({ includeRoles: [DIRECTORY_ROLES.globalAdministrator, DIRECTORY_ROLES.securityAdministrator], exclude: ['b1a2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', 'b2a3c4d5-e6f7-4a8b-9c0d-1e2f3a4b5c6e'] }), applications: { includeApplications: ['All'], excludeApplications: [] }, clientAppTypes: ['all'], userRiskLevels: [], signInRiskLevels: [] },
      grantControls: { operator: 'OR', builtInControls: ['mfa'], customAuthenticationFactors: [], termsOfUse: [] },
      createdDateTime: '2024-02-01T03:00:00Z',
      modifiedDateTime: '2024-02-01T03:00:00Z',
    },
    {
      id: '9b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e',
      displayName: 'CA002: Require MFA for Azure management',
      state: 'enabled',
      conditions: { users: users({ include: ['All'], exclude: ['b1a2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', 'b2a3c4d5-e6f7-4a8b-9c0d-1e2f3a4b5c6e'] }), applications: { includeApplications: [WELL_KNOWN_APPS.azureManagement], excludeApplications: [] }, clientAppTypes: ['all'], userRiskLevels: [], signInRiskLevels: [] },
      grantControls: { operator: 'OR', builtInControls: ['mfa'], customAuthenticationFactors: [], termsOfUse: [] },
      createdDateTime: '2024-02-01T03:10:00Z',
      modifiedDateTime: '2025-06-12T00:40:00Z',
    },
    {
      // Left in report-only mode since 2024 "until the old ERP connector is replaced".
      id: 'ac3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f',
      displayName: 'CA003: Block legacy authentication',
      state: 'enabledForReportingButNotEnforced',
      conditions: { users: users({ include: ['All'], exclude: ['b1a2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d'] }), applications: { includeApplications: ['All'], excludeApplications: [] }, clientAppTypes: ['exchangeActiveSync', 'other'], userRiskLevels: [], signInRiskLevels: [] },
      grantControls: { operator: 'OR', builtInControls: ['block'], customAuthenticationFactors: [], termsOfUse: [] },
      createdDateTime: '2024-02-01T03:20:00Z',
      modifiedDateTime: '2024-02-01T03:20:00Z',
    },
    {
      id: 'bd4e5f6a-7b8c-4d9e-9f0a-2b3c4d5e6f70',
      displayName: 'CA004: Require MFA outside the offices',
      state: 'enabled',
      conditions: {
        users: users({ include: ['All'], exclude: ['b1a2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', 'b2a3c4d5-e6f7-4a8b-9c0d-1e2f3a4b5c6e'] }),
        applications: { includeApplications: ['All'], excludeApplications: [] },
        clientAppTypes: ['browser', 'mobileAppsAndDesktopClients'],
        locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] },
        userRiskLevels: [],
        signInRiskLevels: [],
      },
      grantControls: { operator: 'OR', builtInControls: ['mfa'], customAuthenticationFactors: [], termsOfUse: [] },
      createdDateTime: '2024-05-09T07:00:00Z',
      modifiedDateTime: '2025-11-02T02:15:00Z',
    },
  ];
  for (const p of policies) {
    demo.add({ uid: azureIds.graphObject(tenantId, 'identity/conditionalAccess/policies', p.id), type: T.conditionalAccessPolicy, name: p.displayName, account, config: { sessionControls: null, ...p } });
  }
  const location = { id: 'ce5f6a7b-8c9d-4e0f-8a1b-3c4d5e6f7081', '@odata.type': '#microsoft.graph.ipNamedLocation', displayName: 'Contoso offices (Tokyo, Osaka)', isTrusted: true, ipRanges: [{ '@odata.type': '#microsoft.graph.iPv4CidrRange', cidrAddress: '203.0.113.0/28' }, { '@odata.type': '#microsoft.graph.iPv4CidrRange', cidrAddress: '203.0.113.32/28' }] };
  demo.add({ uid: azureIds.graphObject(tenantId, 'identity/conditionalAccess/namedLocations', location.id), type: T.namedLocation, name: location.displayName, account, config: location });
}

export function addIdentity(demo: AzureDemoBuilder): void {
  addTenant(demo);
  addUsers(demo);
  addDirectoryRoles(demo);
  addApplications(demo);
  addConditionalAccess(demo);
}
