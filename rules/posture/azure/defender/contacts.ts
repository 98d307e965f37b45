/**
 * Defender for Cloud email notifications (`Microsoft.Security/securityContacts`), read from the
 * subscription: a subscription with no security contact has never had its notifications set up.
 */
import type { EvaluationContext } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import { AZURE_TYPES, type SecurityContactConfig, type SubscriptionConfig } from '../../../../src/providers/azure/model/index.js';

/** The subscription's security contacts that are enabled (`isEnabled` absent: the older APIs had no switch, so enabled). */
export function enabledContacts(ctx: EvaluationContext, subscription: Resource<SubscriptionConfig>): Resource<SecurityContactConfig>[] {
  return ctx.resources<SecurityContactConfig>(AZURE_TYPES.securityContact, { account: subscription.account }).filter((c) => c.config.isEnabled !== false);
}

/** The `;` or `,` separated addresses of a contact that look like email addresses. */
export const emailsOf = (c: SecurityContactConfig) => (c.emails ?? '').split(/[;,]/).map((e) => e.trim()).filter((e) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e));

/** Whether the contact mails holders of some role (`notificationsByRole.state` On with at least one role). */
export const mailsRoles = (c: SecurityContactConfig) => c.notificationsByRole?.state?.toLowerCase() === 'on' && (c.notificationsByRole.roles?.length ?? 0) > 0;

/** Whether the contact has anyone to send to. */
export const hasRecipients = (c: SecurityContactConfig) => emailsOf(c).length > 0 || mailsRoles(c);

/** The source of a type (`Alert`, `AttackPath`) a contact notifies about. */
export const sourceOf = (c: SecurityContactConfig, type: string) => c.notificationsSources?.find((s) => s.sourceType?.toLowerCase() === type.toLowerCase());

/** Portal steps shared by the email-notification rules (the last step differs). */
export const CONSOLE_EN = ['In the Azure portal, open Microsoft Defender for Cloud > Management > Environment settings and select the subscription.', 'Select "Email notifications".'];
export const CONSOLE_JA = ['Azure portal で Microsoft Defender for Cloud >「管理」>「環境設定」を開き、対象のサブスクリプションを選択します。', '「電子メール通知」を選択します。'];

/** The full security contact the email-notification rules recommend, as Bicep. */
export const CONTACT_BICEP =
  "targetScope = 'subscription'\n\nresource contact 'Microsoft.Security/securityContacts@2023-12-01-preview' = {\n  name: 'default'\n  properties: {\n    isEnabled: true\n    emails: 'secops@contoso.com'\n    notificationsByRole: {\n      state: 'On'\n      roles: [ 'Owner' ]\n    }\n    notificationsSources: [\n      { sourceType: 'Alert', minimalSeverity: 'Medium' }\n      { sourceType: 'AttackPath', minimalRiskLevel: 'High' }\n    ]\n  }\n}";

/** The same contact through the REST API (the az CLI's `az security contact` still writes the older shape). */
export const CONTACT_CLI =
  'az rest --method put --url "https://management.azure.com/subscriptions/<subscription-id>/providers/Microsoft.Security/securityContacts/default?api-version=2023-12-01-preview" --body \'{"properties":{"isEnabled":true,"emails":"secops@contoso.com","notificationsByRole":{"state":"On","roles":["Owner"]},"notificationsSources":[{"sourceType":"Alert","minimalSeverity":"Medium"},{"sourceType":"AttackPath","minimalRiskLevel":"High"}]}}\'';

/** azurerm's `azurerm_security_center_contact` writes the older API shape (no roles, no attack paths): deploy the current one with azapi. */
export const CONTACT_TERRAFORM =
  'resource "azapi_resource" "security_contact" {\n  type      = "Microsoft.Security/securityContacts@2023-12-01-preview"\n  name      = "default"\n  parent_id = "/subscriptions/<subscription-id>"\n  body = {\n    properties = {\n      isEnabled           = true\n      emails              = "secops@contoso.com"\n      notificationsByRole = { state = "On", roles = ["Owner"] }\n      notificationsSources = [\n        { sourceType = "Alert", minimalSeverity = "Medium" },\n        { sourceType = "AttackPath", minimalRiskLevel = "High" }\n      ]\n    }\n  }\n}';
