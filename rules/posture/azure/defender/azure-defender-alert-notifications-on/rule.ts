import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { CONSOLE_EN, CONSOLE_JA, CONTACT_BICEP, CONTACT_CLI, CONTACT_TERRAFORM, enabledContacts, hasRecipients, sourceOf } from '../contacts.js';

/** Alert severities the portal offers; each includes the ones above it. */
const SEVERITIES = ['high', 'medium', 'low'];

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-defender-alert-notifications-on',
  services: ['security'],
  title: { en: 'Defender for Cloud emails about alerts of high severity or higher', ja: 'Defender for Cloud が重要度「高」以上のアラートをメールで通知する' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.securityContact],
  requires: ['subscriptionId'],
  frameworks: { 'cis-azure-6.0': ['8.1.14'], 'mcsb-1.0': ['IR-2'], 'nist-800-53-r5': ['IR-6', 'SI-4(5)'], 'pci-dss-4.0': ['12.10.3'] },
  doc: {
    en: {
      description:
        'Checks that an enabled Defender for Cloud security contact of the subscription has "Notify about alerts with the following severity (or higher)" turned on (an Alert notification source with minimal severity High, Medium or Low) and has at least one recipient (an address or a role).',
      urgency: 'Fix within the month: without it Defender for Cloud raises alerts that nobody is told about.',
      risk: 'With alert notifications off, Defender for Cloud still detects a crypto-miner, a brute-forced SQL login or a suspicious key vault dump, but the alert only waits in the portal; unless a SIEM collects it, the attacker keeps working until someone happens to look.',
      recommendation: 'Turn on alert notifications at High, or Medium where the team can handle the volume (Defender for Cloud caps daily emails per severity), with the security mailbox and owners as recipients; forward alerts to your SIEM as well (continuous export or the Microsoft Sentinel connector).',
      console: [...CONSOLE_EN, 'Under "Notification types", check "Notify about alerts with the following severity (or higher)" and select High (or Medium).', 'Click "Save".'],
    },
    ja: {
      description:
        'サブスクリプションの有効な Defender for Cloud のセキュリティ連絡先で「次の重要度以上のアラートについて通知する」がオン（最小重要度が High、Medium、Low のいずれかの Alert 通知ソース）になっており、受信者（アドレスまたはロール）が 1 つ以上あることを確認します。',
      urgency: '1 か月以内に対応してください。これがないと、Defender for Cloud がアラートを出しても誰にも知らされません。',
      risk: 'アラート通知がオフでも、Defender for Cloud は暗号通貨マイナー、ブルートフォースされた SQL ログイン、不審なキー コンテナーの一括読み取りを検出しますが、アラートはポータルで待つだけです。SIEM で収集していなければ、誰かがたまたま見るまで攻撃者は活動を続けます。',
      recommendation: 'アラート通知を重要度「高」（対応できる量であれば「中」）でオンにし（Defender for Cloud は重要度ごとに 1 日のメール数を制限します）、受信者にセキュリティ用メールボックスと所有者を設定してください。アラートは SIEM にも転送してください（連続エクスポートまたは Microsoft Sentinel コネクタ）。',
      console: [...CONSOLE_JA, '「通知の種類」で「次の重要度以上のアラートについて通知する」をオンにし、「高」（または「中」）を選択します。', '「保存」をクリックします。'],
    },
  },
  remediation: { cli: CONTACT_CLI, terraform: CONTACT_TERRAFORM, bicep: CONTACT_BICEP },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications', 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/alerts-overview'],
  evaluate(subscription, ctx) {
    const contacts = enabledContacts(ctx, subscription);
    const notifying = contacts.find((c) => SEVERITIES.includes(sourceOf(c.config, 'Alert')?.minimalSeverity?.toLowerCase() ?? '') && hasRecipients(c.config));
    if (notifying) {
      const severity = sourceOf(notifying.config, 'Alert')!.minimalSeverity;
      return pass(
        { en: `Defender for Cloud emails about alerts of severity ${severity} or higher in subscription ${subscription.name}.`, ja: `サブスクリプション ${subscription.name} では、Defender for Cloud が重要度 ${severity} 以上のアラートをメールで通知します。` },
        { contact: notifying.uid, minimalSeverity: severity },
      );
    }
    if (contacts.length === 0) {
      return fail(
        { en: `Subscription ${subscription.name} has no enabled Defender for Cloud security contact: alerts are not emailed to anyone.`, ja: `サブスクリプション ${subscription.name} には有効な Defender for Cloud のセキュリティ連絡先がなく、アラートは誰にもメールで通知されません。` },
        { contacts: 0 },
      );
    }
    const withSource = contacts.filter((c) => sourceOf(c.config, 'Alert'));
    return fail(
      withSource.length
        ? { en: `Alert notifications of subscription ${subscription.name} have no recipient.`, ja: `サブスクリプション ${subscription.name} のアラート通知に受信者がいません。` }
        : { en: `Alert notifications are off in subscription ${subscription.name}.`, ja: `サブスクリプション ${subscription.name} ではアラート通知がオフです。` },
      { alertSources: withSource.map((c) => ({ contact: c.uid, minimalSeverity: sourceOf(c.config, 'Alert')?.minimalSeverity })) },
    );
  },
});
