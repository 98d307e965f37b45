/** Microsoft Defender for Cloud. Conventions: ./index.ts. */
import type { AutoProvisioningSetting, Pricing, Setting } from '@azure/arm-security';

/** A Defender plan (`VirtualMachines`, `StorageAccounts`, `CloudPosture`, …): `pricingTier` `Standard` is on, `Free` off. */
export type PricingConfig = Pick<Pricing, 'name' | 'pricingTier' | 'subPlan'> & {
  deprecated?: boolean;
  extensions?: { name: string; isEnabled: string }[];
};
/**
 * The security contact as API version 2023-12-01-preview returns it (what the portal writes today):
 * `emails` is a `;`-separated list; `notificationsByRole.roles` are `Owner`, `AccountAdmin`,
 * `Contributor`, `ServiceAdmin`; `notificationsSources` hold `Alert` (minimalSeverity) and
 * `AttackPath` (minimalRiskLevel) sources. The SDK's older shape (`email`, `alertNotifications`,
 * `alertsToAdmins`) is translated into this one by the collector.
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
/** `MCAS`, `WDATP`, `Sentinel` integrations: `{ name, kind, enabled }`. */
export type SecuritySettingConfig = Pick<Setting, 'name' | 'kind'> & { enabled?: boolean };
