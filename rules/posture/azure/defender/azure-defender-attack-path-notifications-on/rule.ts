import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { CONSOLE_EN, CONSOLE_JA, CONTACT_BICEP, CONTACT_CLI, CONTACT_TERRAFORM, enabledContacts, hasRecipients, sourceOf } from '../contacts.js';

/** Risk levels that count: High or lower thresholds. Critical only would hide every High-risk path. */
const LEVELS = ['high', 'medium', 'low'];

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-defender-attack-path-notifications-on',
  services: ['security'],
  title: { en: 'Defender for Cloud emails about attack paths of high risk or higher', ja: 'Defender for Cloud がリスク レベル「高」以上の攻撃パスをメールで通知する' },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.securityContact],
  requires: ['subscriptionId'],
  frameworks: { 'cis-azure-6.0': ['8.1.15'], 'mcsb-1.0': ['IR-2'], 'nist-800-53-r5': ['IR-6', 'RA-3(4)'] },
  doc: {
    en: {
      description:
        'Checks that an enabled Defender for Cloud security contact of the subscription has "Notify about attack paths with the following risk level (or higher)" turned on at High, Medium or Low (an AttackPath notification source), and has at least one recipient. A Critical-only threshold fails: it hides every High-risk path. Attack paths are produced by Defender CSPM.',
      urgency: 'Low urgency: attack paths describe exposure, not an attack in progress, but a new critical path (for example an internet-facing VM with a vulnerability and a privileged identity) deserves attention within days.',
      risk: 'Without the notification, a deployment that opens a path from the internet to a database or key vault is visible only to whoever browses the attack path page; it stays open until an attacker follows the same path.',
      recommendation: 'Turn on attack path notifications at High (or Medium) risk level, sending them to the team that owns cloud posture remediation; make sure Defender CSPM is on, since attack paths come from it.',
      console: [...CONSOLE_EN, 'Under "Notification types", check "Notify about attack paths with the following risk level (or higher)" and select High (or Medium).', 'Click "Save".'],
    },
    ja: {
      description:
        'サブスクリプションの有効な Defender for Cloud のセキュリティ連絡先で「次のリスク レベル以上の攻撃パスについて通知する」が High、Medium、Low のいずれかでオン（AttackPath 通知ソース）になっており、受信者が 1 つ以上あることを確認します。Critical のみのしきい値はリスク「高」の攻撃パスをすべて見逃すため不合格とします。攻撃パスは Defender CSPM が生成します。',
      urgency: '緊急度は低めです。攻撃パスは進行中の攻撃ではなく露出を示すものですが、新たな重大な攻撃パス（脆弱性と特権 ID を持つインターネット公開 VM など）は数日以内に確認すべきです。',
      risk: '通知がないと、インターネットからデータベースやキー コンテナーへの経路を開いてしまったデプロイも、攻撃パスのページを見た人にしか分からず、攻撃者が同じ経路をたどるまで開いたままになります。',
      recommendation: '攻撃パスの通知をリスク レベル「高」（または「中」）でオンにし、クラウドの態勢の修正を担当するチームに送ってください。攻撃パスは Defender CSPM から生成されるため、Defender CSPM がオンであることも確認してください。',
      console: [...CONSOLE_JA, '「通知の種類」で「次のリスク レベル以上の攻撃パスについて通知する」をオンにし、「高」（または「中」）を選択します。', '「保存」をクリックします。'],
    },
  },
  remediation: { cli: CONTACT_CLI, terraform: CONTACT_TERRAFORM, bicep: CONTACT_BICEP },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications', 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/concept-attack-path'],
  evaluate(subscription, ctx) {
    const contacts = enabledContacts(ctx, subscription);
    const notifying = contacts.find((c) => LEVELS.includes(sourceOf(c.config, 'AttackPath')?.minimalRiskLevel?.toLowerCase() ?? '') && hasRecipients(c.config));
    if (notifying) {
      const level = sourceOf(notifying.config, 'AttackPath')!.minimalRiskLevel;
      return pass(
        { en: `Defender for Cloud emails about attack paths of risk level ${level} or higher in subscription ${subscription.name}.`, ja: `サブスクリプション ${subscription.name} では、Defender for Cloud がリスク レベル ${level} 以上の攻撃パスをメールで通知します。` },
        { contact: notifying.uid, minimalRiskLevel: level },
      );
    }
    const sources = contacts.flatMap((c) => (sourceOf(c.config, 'AttackPath') ? [{ contact: c.uid, minimalRiskLevel: sourceOf(c.config, 'AttackPath')!.minimalRiskLevel, recipients: hasRecipients(c.config) }] : []));
    const reason =
      contacts.length === 0
        ? { en: `Subscription ${subscription.name} has no enabled Defender for Cloud security contact: attack paths are not emailed to anyone.`, ja: `サブスクリプション ${subscription.name} には有効な Defender for Cloud のセキュリティ連絡先がなく、攻撃パスは誰にもメールで通知されません。` }
        : sources.some((s) => s.minimalRiskLevel?.toLowerCase() === 'critical')
          ? { en: `Attack path notifications of subscription ${subscription.name} cover Critical risk only; High-risk paths are not emailed.`, ja: `サブスクリプション ${subscription.name} の攻撃パス通知はリスク「重大」のみが対象で、リスク「高」の攻撃パスは通知されません。` }
          : sources.length
            ? { en: `Attack path notifications of subscription ${subscription.name} have no recipient.`, ja: `サブスクリプション ${subscription.name} の攻撃パス通知に受信者がいません。` }
            : { en: `Attack path notifications are off in subscription ${subscription.name}.`, ja: `サブスクリプション ${subscription.name} では攻撃パスの通知がオフです。` };
    return fail(reason, { attackPathSources: sources });
  },
});
