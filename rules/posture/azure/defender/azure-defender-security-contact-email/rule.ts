import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { CONSOLE_EN, CONSOLE_JA, CONTACT_BICEP, CONTACT_CLI, CONTACT_TERRAFORM, emailsOf, enabledContacts } from '../contacts.js';

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-defender-security-contact-email',
  services: ['security'],
  title: { en: 'Defender for Cloud notifications go to a security contact email address', ja: 'Defender for Cloud の通知がセキュリティ担当者のメール アドレスに送られる' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.securityContact],
  requires: ['subscriptionId'],
  frameworks: { 'cis-azure-6.0': ['8.1.13'], 'mcsb-1.0': ['IR-2'], 'nist-800-53-r5': ['IR-6', 'SI-4(5)'], 'pci-dss-4.0': ['12.10.3'] },
  doc: {
    en: {
      description:
        'Checks that an enabled Defender for Cloud security contact of the subscription lists at least one valid address under "Additional email addresses" (the contact\'s emails), so alerts reach the security team and not only the people who hold a role on the subscription.',
      urgency: 'Fix within the month: it is a one-line setting, and without it the security team depends on subscription owners forwarding alerts.',
      risk: 'Subscription owners are often project members who change, leave, or filter automated mail. If no security mailbox receives Defender for Cloud alerts, an active intrusion can be reported only to an inbox nobody reads, and the response starts days late.',
      recommendation: 'Add the security operations team\'s shared mailbox or distribution list (not a person\'s address) under "Additional email addresses" in every subscription, ideally through policy or infrastructure as code.',
      console: [...CONSOLE_EN, 'Enter the security team\'s address (or several, separated by commas) in "Additional email addresses".', 'Click "Save".'],
    },
    ja: {
      description:
        'サブスクリプションの有効な Defender for Cloud のセキュリティ連絡先で、「追加のメール アドレス」（連絡先の emails）に有効なアドレスが 1 つ以上設定され、サブスクリプションでロールを持つ人だけでなくセキュリティ チームにもアラートが届くことを確認します。',
      urgency: '1 か月以内に対応してください。1 行の設定で済みますが、それまではセキュリティ チームはサブスクリプションの所有者によるアラートの転送に頼ることになります。',
      risk: 'サブスクリプションの所有者は、異動や退職、自動送信メールの振り分けが起こりがちなプロジェクト メンバーであることが多いものです。Defender for Cloud のアラートを受け取るセキュリティ用のメールボックスがなければ、進行中の侵入が誰も読まない受信トレイにしか届かず、対応が何日も遅れます。',
      recommendation: 'すべてのサブスクリプションの「追加のメール アドレス」に、個人のアドレスではなくセキュリティ運用チームの共有メールボックスまたは配布リストを、できればポリシーまたはコードで設定してください。',
      console: [...CONSOLE_JA, '「追加のメール アドレス」にセキュリティ チームのアドレス（複数ある場合はコンマ区切り）を入力します。', '「保存」をクリックします。'],
    },
  },
  remediation: { cli: CONTACT_CLI, terraform: CONTACT_TERRAFORM, bicep: CONTACT_BICEP },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications', 'https://learn.microsoft.com/en-us/rest/api/defenderforcloud/security-contacts/create'],
  evaluate(subscription, ctx) {
    const contacts = enabledContacts(ctx, subscription);
    const withEmail = contacts.find((c) => emailsOf(c.config).length > 0);
    if (withEmail) {
      const emails = emailsOf(withEmail.config);
      return pass(
        { en: `Defender for Cloud notifications of subscription ${subscription.name} go to ${emails.length} additional address(es).`, ja: `サブスクリプション ${subscription.name} の Defender for Cloud の通知は ${emails.length} 件の追加アドレスに送られます。` },
        { contact: withEmail.uid, addresses: emails.length },
      );
    }
    return fail(
      contacts.length
        ? { en: `No additional email address is set in the Defender for Cloud notifications of subscription ${subscription.name}.`, ja: `サブスクリプション ${subscription.name} の Defender for Cloud の通知に追加のメール アドレスが設定されていません。` }
        : { en: `Subscription ${subscription.name} has no enabled Defender for Cloud security contact: email notifications were never set up.`, ja: `サブスクリプション ${subscription.name} には有効な Defender for Cloud のセキュリティ連絡先がなく、メール通知が設定されていません。` },
      { contacts: contacts.length },
    );
  },
});
