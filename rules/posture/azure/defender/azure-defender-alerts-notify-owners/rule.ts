import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { CONSOLE_EN, CONSOLE_JA, CONTACT_BICEP, CONTACT_CLI, CONTACT_TERRAFORM, enabledContacts } from '../contacts.js';

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-defender-alerts-notify-owners',
  services: ['security'],
  title: { en: 'Defender for Cloud emails subscription owners about alerts', ja: 'Defender for Cloud がアラートをサブスクリプションの所有者にメールで通知する' },
  severity: 'LOW',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.securityContact],
  requires: ['subscriptionId'],
  frameworks: { 'cis-azure-6.0': ['8.1.12'], 'mcsb-1.0': ['IR-2'], 'nist-800-53-r5': ['IR-6', 'SI-4(5)'], 'pci-dss-4.0': ['12.10.3'] },
  doc: {
    en: {
      description:
        'Checks that the subscription\'s Defender for Cloud email notifications go to "All users with the following roles" including Owner: the security contact has notificationsByRole in state On with the Owner role, and is enabled.',
      urgency: 'Fix within the month: it is a setting change, and until then the people accountable for the subscription learn about an attack on it only if someone else tells them.',
      risk: 'When owners are not notified, a high-severity alert (a VM talking to a botnet, a suspicious role assignment, a key vault being dumped) can sit in the portal for days because the only people who know it exists are those who happen to open Defender for Cloud.',
      recommendation: 'In the email notifications of every subscription, select Owner under "All users with the following roles" (add other roles if your operating model needs them), and set this through policy or infrastructure as code so new subscriptions get it too.',
      console: [...CONSOLE_EN, 'Under "All users with the following roles", select Owner.', 'Click "Save".'],
    },
    ja: {
      description:
        'サブスクリプションの Defender for Cloud のメール通知が、Owner（所有者）を含む「次のロールを持つすべてのユーザー」に送られることを確認します。セキュリティ連絡先の notificationsByRole が On で Owner ロールを含み、連絡先が有効である必要があります。',
      urgency: '1 か月以内に対応してください。設定の変更だけで済みますが、それまではサブスクリプションの責任者が攻撃を知る手段は他人からの連絡しかありません。',
      risk: '所有者に通知されないと、重大度の高いアラート（ボットネットと通信する VM、不審なロール割り当て、キー コンテナーの一括読み取りなど）が、たまたま Defender for Cloud を開いた人しか存在を知らないまま、何日もポータルに放置されます。',
      recommendation: 'すべてのサブスクリプションのメール通知で「次のロールを持つすべてのユーザー」に所有者を選択し（運用体制に応じて他のロールも追加）、新しいサブスクリプションにも適用されるようポリシーまたはコードで設定してください。',
      console: [...CONSOLE_JA, '「次のロールを持つすべてのユーザー」で「所有者」を選択します。', '「保存」をクリックします。'],
    },
  },
  remediation: { cli: CONTACT_CLI, terraform: CONTACT_TERRAFORM, bicep: CONTACT_BICEP },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications', 'https://learn.microsoft.com/en-us/rest/api/defenderforcloud/security-contacts/create'],
  evaluate(subscription, ctx) {
    const contacts = enabledContacts(ctx, subscription);
    const owners = contacts.find((c) => c.config.notificationsByRole?.state?.toLowerCase() === 'on' && c.config.notificationsByRole.roles?.some((r) => r.toLowerCase() === 'owner'));
    if (owners) {
      return pass(
        { en: `Defender for Cloud emails the owners of subscription ${subscription.name} (roles: ${owners.config.notificationsByRole!.roles!.join(', ')}).`, ja: `Defender for Cloud はサブスクリプション ${subscription.name} の所有者にメールで通知します（ロール: ${owners.config.notificationsByRole!.roles!.join('、')}）。` },
        { contact: owners.uid, roles: owners.config.notificationsByRole!.roles },
      );
    }
    if (contacts.length === 0) {
      return fail(
        { en: `Subscription ${subscription.name} has no enabled Defender for Cloud security contact: email notifications were never set up.`, ja: `サブスクリプション ${subscription.name} には有効な Defender for Cloud のセキュリティ連絡先がなく、メール通知が設定されていません。` },
        { contacts: 0 },
      );
    }
    const byRole = contacts.map((c) => ({ contact: c.uid, state: c.config.notificationsByRole?.state ?? 'Off', roles: c.config.notificationsByRole?.roles ?? [] }));
    return fail(
      { en: `Defender for Cloud does not email the owners of subscription ${subscription.name}.`, ja: `Defender for Cloud はサブスクリプション ${subscription.name} の所有者にメールで通知しません。` },
      { notificationsByRole: byRole },
    );
  },
});
