/** Fixture builders for the Defender for Cloud rules: plans, contacts, settings and assessments of the fixture subscription. */
import {
  AZURE_TYPES,
  azureIds,
  type PricingConfig,
  type SecurityAssessmentConfig,
  type SecurityContactConfig,
  type SecuritySettingConfig,
} from '../../../../src/providers/azure/model/index.js';
import type { RuleFixture } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import { armId, azureResource, subscription, SUBSCRIPTION } from '../testing.js';

/** The subscription resource's uid (what every Defender rule's fixture targets). */
export const SUBSCRIPTION_UID = azureIds.subscription(SUBSCRIPTION);

const securityId = (kind: string, name: string, subscription = SUBSCRIPTION) => `/subscriptions/${subscription}/providers/Microsoft.Security/${kind}/${name}`;

/** A Defender plan as the pricings API (2024-01-01) returns it. */
export function pricing(name: string, config: Partial<PricingConfig> = {}, subscription = SUBSCRIPTION): Resource {
  return azureResource<PricingConfig>({
    type: AZURE_TYPES.pricing,
    uid: securityId('pricings', name, subscription),
    account: subscription,
    region: 'global',
    name,
    config: { name, pricingTier: 'Standard', ...config },
  });
}

/** Every plan a subscription gets back from `pricings list`, all Free: the state of a subscription nobody configured. */
export const FREE_PLANS = ['VirtualMachines', 'SqlServers', 'AppServices', 'StorageAccounts', 'SqlServerVirtualMachines', 'KeyVaults', 'Arm', 'OpenSourceRelationalDatabases', 'CosmosDbs', 'Containers', 'CloudPosture', 'Api', 'AI'];

/** All plans Free except the overrides given (by name). */
export function plans(overrides: Record<string, Partial<PricingConfig>> = {}, subscription = SUBSCRIPTION): Resource[] {
  return FREE_PLANS.map((name) => pricing(name, { pricingTier: 'Free', ...overrides[name] }, subscription));
}

/** The `default` security contact (API 2023-12-01-preview shape). */
export function securityContact(config: Partial<SecurityContactConfig> = {}, subscription = SUBSCRIPTION): Resource {
  return azureResource<SecurityContactConfig>({
    type: AZURE_TYPES.securityContact,
    uid: securityId('securityContacts', 'default', subscription),
    account: subscription,
    region: 'global',
    name: 'default',
    config: { name: 'default', ...config },
  });
}

/** What the portal saves when someone sets up email notifications properly. */
export const GOOD_CONTACT: Partial<SecurityContactConfig> = {
  emails: 'secops@contoso.co.jp;cloud-security@contoso.co.jp',
  isEnabled: true,
  notificationsByRole: { state: 'On', roles: ['Owner'] },
  notificationsSources: [
    { sourceType: 'Alert', minimalSeverity: 'Medium' },
    { sourceType: 'AttackPath', minimalRiskLevel: 'High' },
  ],
};

/** A security setting (`WDATP`, `MCAS`, …). */
export function securitySetting(name: string, enabled: boolean, subscription = SUBSCRIPTION): Resource {
  return azureResource<SecuritySettingConfig>({
    type: AZURE_TYPES.securitySetting,
    uid: securityId('settings', name, subscription),
    account: subscription,
    region: 'global',
    name,
    config: { name, kind: 'DataExportSettings', enabled },
  });
}

/** The settings list of a subscription, with WDATP as given. */
export function settings(wdatp: boolean, subscription = SUBSCRIPTION): Resource[] {
  return [securitySetting('MCAS', true, subscription), securitySetting('WDATP', wdatp, subscription), securitySetting('WDATP_EXCLUDE_LINUX_PUBLIC_PREVIEW', false, subscription), securitySetting('Sentinel', false, subscription)];
}

export const vmId = (name: string) => armId('Microsoft.Compute/virtualMachines', name);

/** A Defender for Cloud assessment of a VM. */
export function vmAssessment(vm: string, key: string, displayName: string, code: 'Healthy' | 'Unhealthy' | 'NotApplicable'): Resource {
  const resourceId = vmId(vm);
  return azureResource<SecurityAssessmentConfig>({
    type: AZURE_TYPES.securityAssessment,
    uid: `${resourceId}/providers/Microsoft.Security/assessments/${key}`,
    region: 'global',
    name: key,
    config: { name: key, displayName, status: { code }, resourceDetails: { source: 'Azure', id: resourceId } },
  });
}

/** A failed listing of the security API in the fixture subscription (pricings, contacts, settings or assessments). */
export function securityError(operation: string, resourceType: string) {
  return { provider: 'azure' as const, account: SUBSCRIPTION, region: 'global', service: 'security', operation, code: 'AccessDenied' as const, message: 'The client does not have authorization to perform action Microsoft.Security/pricings/read', resourceTypes: [resourceType] };
}

/** FAIL (Free, the default), PASS (Standard, with `on` applied), and the two NOT_ASSESSED cases, for a plan rule. */
export function planFixtures(plan: string, on: Partial<PricingConfig> = {}): RuleFixture[] {
  return [
    { name: `${plan} plan left at Free (the default)`, expect: 'FAIL', target: SUBSCRIPTION_UID, resources: [subscription(), ...plans()] },
    { name: `${plan} plan on (Standard)`, expect: 'PASS', target: SUBSCRIPTION_UID, resources: [subscription(), ...plans({ [plan]: { pricingTier: 'Standard', ...on } })] },
    { name: 'pricings not readable', expect: 'NOT_ASSESSED', target: SUBSCRIPTION_UID, resources: [subscription()], errors: [securityError('pricings.list', AZURE_TYPES.pricing)] },
    { name: `${plan} not returned by the pricings API`, expect: 'NOT_ASSESSED', target: SUBSCRIPTION_UID, resources: [subscription(), ...plans().filter((p) => p.name !== plan)] },
  ];
}
