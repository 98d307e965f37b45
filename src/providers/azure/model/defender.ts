/** Microsoft Defender for Cloud. Conventions: ./index.ts. */
import type { AutoProvisioningSetting, Pricing, Setting } from '@azure/arm-security';

/**
 * A Defender plan (`VirtualMachines`, `StorageAccounts`, `CloudPosture`, …): `pricingTier` `Standard` is on, `Free` off.
 * One per plan and subscription, uid `/subscriptions/<id>/providers/microsoft.security/pricings/<plan>`. The pricings
 * API (2024-01-01) returns every plan the subscription can have, so a plan missing from a collected list is one this
 * subscription (or cloud) does not offer, not a plan that is off.
 */
export type PricingConfig = Pick<Pricing, 'name' | 'pricingTier' | 'subPlan'> & {
  deprecated?: boolean;
  /**
   * The plan's components (API 2023-01-01 and later), `isEnabled` `True` / `False`. Names used by rules:
   * VirtualMachines: `AgentlessVmScanning`, `FileIntegrityMonitoring`, `MdeDesignatedSubscription`;
   * Containers: `ContainerRegistriesVulnerabilityAssessments`, `AgentlessDiscoveryForKubernetes`,
   * `AgentlessVmScanning`, `ContainerSensor`; CloudPosture: `AgentlessVmScanning`, `SensitiveDataDiscovery`, ….
   */
  extensions?: { name: string; isEnabled: string }[];
};

/** The Defender plan names (`Microsoft.Security/pricings` resource names) the rules check. */
export const DEFENDER_PLANS = {
  cspm: 'CloudPosture',
  apis: 'Api',
  servers: 'VirtualMachines',
  containers: 'Containers',
  storage: 'StorageAccounts',
  appServices: 'AppServices',
  cosmosDb: 'CosmosDbs',
  openSourceDatabases: 'OpenSourceRelationalDatabases',
  sqlDatabases: 'SqlServers',
  sqlServersOnMachines: 'SqlServerVirtualMachines',
  keyVault: 'KeyVaults',
  resourceManager: 'Arm',
} as const;

/**
 * The security contact as API version 2023-12-01-preview returns it (what the portal writes today):
 * `emails` is a `;`-separated list; `notificationsByRole.roles` are `Owner`, `AccountAdmin`,
 * `Contributor`, `ServiceAdmin`; `notificationsSources` hold `Alert` (minimalSeverity `High`,
 * `Medium`, `Low`) and `AttackPath` (minimalRiskLevel `Critical`, `High`, `Medium`, `Low`) sources.
 * The SDK's older shape (`email`, `alertNotifications`, `alertsToAdmins`) is translated into this one by
 * the collector. uid `/subscriptions/<id>/providers/microsoft.security/securitycontacts/default`.
 */
export interface SecurityContactConfig {
  name: string;
  emails?: string;
  phone?: string;
  isEnabled?: boolean;
  notificationsByRole?: { state?: string; roles?: string[] };
  notificationsSources?: { sourceType: string; minimalSeverity?: string; minimalRiskLevel?: string }[];
}
export type AutoProvisioningSettingConfig = Pick<AutoProvisioningSetting, 'name' | 'autoProvision'>;
/**
 * `MCAS`, `WDATP`, `WDATP_EXCLUDE_LINUX_PUBLIC_PREVIEW`, `WDATP_UNIFIED_SOLUTION`, `Sentinel` integrations:
 * `{ name, kind, enabled }` (`kind` `DataExportSettings` or `AlertSyncSettings`). uid
 * `/subscriptions/<id>/providers/microsoft.security/settings/<name>`.
 */
export type SecuritySettingConfig = Pick<Setting, 'name' | 'kind'> & { enabled?: boolean };

/**
 * A Defender for Cloud assessment: one recommendation's result on one resource (SDK
 * `SecurityAssessmentResponse`, trimmed). `name` is the assessment key (a GUID, the same in every
 * tenant); uid is the assessment's ARM id in lower case
 * (`<assessed resource id>/providers/microsoft.security/assessments/<key>`), its account the
 * assessed resource's subscription. The collector lists `Microsoft.Security/assessments` at
 * subscription scope (every assessment on every resource of the subscription).
 */
export interface SecurityAssessmentConfig {
  /** The assessment key (GUID). */
  name: string;
  /** The recommendation's name, e.g. `Machines should be configured to periodically check for missing system updates`. */
  displayName?: string;
  /** `code`: `Healthy`, `Unhealthy` or `NotApplicable`; `cause` / `description` explain NotApplicable and errors. */
  status?: { code: string; cause?: string; description?: string };
  /** The assessed resource: `source` `Azure` with its ARM `id` (as the API writes it), or `OnPremise` / `OnPremiseSql`. */
  resourceDetails?: { source?: string; id?: string };
}

/** Assessment keys of the Defender for Cloud recommendations on operating system updates (Azure Update Manager). */
export const SYSTEM_UPDATE_ASSESSMENTS = {
  /** "Machines should be configured to periodically check for missing system updates" (policy bd876905-5b84-4f73-ab2d-2e7a7c4568d9). */
  periodicAssessment: '90386950-71ca-4357-a12e-486d1679427c',
  /** "System updates should be installed on your machines (powered by Azure Update Manager)" (policy f85bf3e0-d513-442e-89c3-1784ad63382b). */
  updatesInstalled: 'e1145ab1-eb4f-43d8-911b-36ddf771d13f',
} as const;
