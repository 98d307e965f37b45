/**
 * Microsoft Defender for Cloud: plans (pricings), security contacts, auto-provisioning settings,
 * integration settings (MCAS, WDATP, Sentinel) and assessments (each recommendation's result on
 * each resource). `@azure/arm-security` 5 speaks old API versions for two of them, so they are
 * read through the SDK's pipeline at current versions: pricings at 2024-01-01 (sub-plans,
 * extensions, deprecation) and security contacts at 2023-12-01-preview (the shape the portal
 * writes; the older SDK shape has no `emails` / `notificationsByRole`).
 */
import { AZURE_TYPES, azureUid, type AutoProvisioningSettingConfig, type PricingConfig, type SecurityContactConfig, type SecuritySettingConfig } from '../../model/index.js';
import type { AzureServiceCollector } from '../types.js';
import { clean, fieldsFor, pick } from '../util.js';

export const PRICINGS_API = '2024-01-01';
export const SECURITY_CONTACTS_API = '2023-12-01-preview';

interface ArmItem<P> {
  id?: string;
  name?: string;
  properties?: P;
}

export const collector: AzureServiceCollector = {
  service: 'security',
  scopes: ['subscription'],
  resourceTypes: [AZURE_TYPES.pricing, AZURE_TYPES.securityContact, AZURE_TYPES.autoProvisioningSetting, AZURE_TYPES.securitySetting, AZURE_TYPES.securityAssessment],
  async collect(ctx) {
    const sub = ctx.scope.subscriptionId!;
    const { SecurityCenter } = await import('@azure/arm-security');
    const client = ctx.clients.arm(SecurityCenter, sub);
    const base = `/subscriptions/${sub}/providers/Microsoft.Security`;

    const pricings = async () => {
      const items: ArmItem<Record<string, unknown>>[] = [];
      const ok = await ctx.get('security.pricings.list', [AZURE_TYPES.pricing], () => ctx.clients.restList<ArmItem<Record<string, unknown>>>(`${base}/pricings?api-version=${PRICINGS_API}`, (page) => void items.push(...page)).then(() => true));
      if (ok === undefined) return;
      for (const p of items) {
        if (!p.id || !p.name) continue;
        const props = p.properties ?? {};
        const config = pick<PricingConfig & Record<string, unknown>>({ ...props, name: p.name }, fieldsFor(AZURE_TYPES.pricing, ['name', 'pricingTier', 'subPlan', 'deprecated', 'enablementTime', 'resourcesCoverageStatus']));
        if (Array.isArray(props.extensions)) {
          config.extensions = (props.extensions as { name?: string; isEnabled?: string }[]).filter((e) => e.name).map((e) => ({ name: e.name!, isEnabled: String(e.isEnabled ?? '') }));
        }
        ctx.emit({ uid: azureUid(p.id), type: AZURE_TYPES.pricing, name: p.name, config });
      }
    };

    const contacts = async () => {
      const items: ArmItem<Record<string, unknown>>[] = [];
      const ok = await ctx.get('security.securityContacts.list', [AZURE_TYPES.securityContact], () =>
        ctx.clients.restList<ArmItem<Record<string, unknown>>>(`${base}/securityContacts?api-version=${SECURITY_CONTACTS_API}`, (page) => void items.push(...page)).then(() => true),
      );
      if (ok === undefined) return;
      for (const c of items) {
        if (!c.id || !c.name) continue;
        const props = clean<Record<string, unknown>>(c.properties ?? {});
        const config: SecurityContactConfig = { name: c.name, ...pick<Omit<SecurityContactConfig, 'name'>>(props, ['emails', 'phone', 'isEnabled', 'notificationsByRole', 'notificationsSources']) };
        // An answer in the older shape (email / alertNotifications / alertsToAdmins) is translated.
        if (config.emails === undefined && typeof props.email === 'string') config.emails = props.email;
        if (config.notificationsByRole === undefined && typeof props.alertsToAdmins === 'string') {
          config.notificationsByRole = { state: props.alertsToAdmins === 'On' ? 'On' : 'Off', roles: ['Owner'] };
        }
        const alerts = props.alertNotifications as { state?: string; minimalSeverity?: string } | string | undefined;
        if (config.notificationsSources === undefined && alerts) {
          const on = typeof alerts === 'string' ? alerts === 'On' : alerts.state === 'On';
          config.notificationsSources = on ? [{ sourceType: 'Alert', minimalSeverity: typeof alerts === 'string' ? 'High' : alerts.minimalSeverity ?? 'High' }] : [];
        }
        ctx.emit({ uid: azureUid(c.id), type: AZURE_TYPES.securityContact, name: c.name, config });
      }
    };

    const autoProvisioning = async () => {
      const items = await ctx.list('security.autoProvisioningSettings.list', [AZURE_TYPES.autoProvisioningSetting], () => client.autoProvisioningSettings.list());
      for (const s of items ?? []) {
        if (!s.id || !s.name) continue;
        ctx.emit({ uid: azureUid(s.id), type: AZURE_TYPES.autoProvisioningSetting, name: s.name, config: pick<AutoProvisioningSettingConfig>(s, ['name', 'autoProvision']) });
      }
    };

    const settings = async () => {
      const items = await ctx.list('security.settings.list', [AZURE_TYPES.securitySetting], () => client.settings.list());
      for (const s of items ?? []) {
        if (!s.id || !s.name) continue;
        const config = pick<SecuritySettingConfig>(s, ['name', 'kind', 'enabled']);
        ctx.emit({ uid: azureUid(s.id), type: AZURE_TYPES.securitySetting, name: s.name, config });
      }
    };

    const assessments = async () => {
      const items = await ctx.list('security.assessments.list', [AZURE_TYPES.securityAssessment], () => client.assessments.list(`subscriptions/${sub}`));
      for (const a of items ?? []) {
        if (!a.id || !a.name) continue;
        const config = pick<Record<string, unknown>>(a, fieldsFor(AZURE_TYPES.securityAssessment, ['name', 'displayName', 'status', 'resourceDetails']));
        if (config.status) config.status = pick(config.status as object, ['code', 'cause', 'description']);
        if (config.resourceDetails) config.resourceDetails = pick(config.resourceDetails as object, ['source', 'id']);
        ctx.emit({ uid: azureUid(a.id), type: AZURE_TYPES.securityAssessment, name: a.name, config });
      }
    };

    await Promise.all([pricings(), contacts(), autoProvisioning(), settings(), assessments()]);
  },
};
