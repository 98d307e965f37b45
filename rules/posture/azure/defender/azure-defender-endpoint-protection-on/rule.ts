import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, DEFENDER_PLANS, type SecuritySettingConfig, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { isStandard, lookupPlan } from '../plans.js';

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-defender-endpoint-protection-on',
  services: ['security'],
  title: {
    en: 'The Defender for Servers endpoint protection component (Defender for Endpoint integration) is on',
    ja: 'Defender for Servers のエンドポイント保護コンポーネント（Defender for Endpoint との統合）がオンになっている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.securitySetting, AZURE_TYPES.pricing],
  requires: ['subscriptionId'],
  frameworks: { 'cis-azure-6.0': ['8.1.3.3'], 'mcsb-1.0': ['ES-1', 'ES-2'], 'nist-800-53-r5': ['SI-4', 'SI-3(8)'], 'pci-dss-4.0': ['11.5.1'] },
  doc: {
    en: {
      description:
        'Checks that the subscription\'s WDATP security setting, the "Endpoint protection" component of Defender for Servers, is enabled, so that Defender for Cloud onboards the subscription\'s Windows and Linux machines to Microsoft Defender for Endpoint. The component only protects machines while the Defender for Servers plan is on, so a subscription whose Servers plan is Free fails too.',
      urgency: 'Fix this sprint: without it, machines covered by Defender for Servers have no EDR sensor, which is most of what the plan is paid for.',
      risk: 'Without endpoint protection, malware, credential theft tools and hands-on-keyboard activity on a VM are neither blocked nor recorded; investigators have no process tree or timeline after an incident, and vulnerability data from Defender Vulnerability Management is missing for those machines.',
      recommendation:
        'Turn on the Endpoint protection component in the Defender for Servers settings (it sets the WDATP setting), keep Defender for Servers on, and check in the Defender portal that the machines appear as onboarded. Coordinate with the team that manages Defender for Endpoint if machines were onboarded another way.',
      console: [
        'In the Azure portal, open Microsoft Defender for Cloud > Management > Environment settings and select the subscription.',
        'Select "Defender plans" and, in the Servers row, click "Settings" (Monitoring coverage).',
        'Set the Status of "Endpoint protection" to On and click "Continue".',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        'サブスクリプションの WDATP セキュリティ設定（Defender for Servers の「エンドポイント保護」コンポーネント）が有効で、Defender for Cloud がサブスクリプションの Windows と Linux のマシンを Microsoft Defender for Endpoint にオンボードするようになっていることを確認します。このコンポーネントは Defender for Servers プランがオンの間だけマシンを保護するため、Servers プランが Free のサブスクリプションも不合格とします。',
      urgency: '今のスプリント内に対応してください。これがないと、Defender for Servers の対象マシンに EDR センサーがなく、プランの費用の大半が無駄になります。',
      risk: 'エンドポイント保護がないと、VM 上のマルウェア、資格情報の窃取ツール、攻撃者の手動操作はブロックも記録もされません。インシデント後の調査でプロセス ツリーやタイムラインが得られず、Defender 脆弱性管理のデータもそれらのマシンについては欠落します。',
      recommendation:
        'Defender for Servers の設定でエンドポイント保護コンポーネントをオンにし（WDATP 設定が有効になります）、Defender for Servers もオンのままにして、Defender ポータルでマシンがオンボード済みと表示されることを確認してください。別の方法でオンボードしている場合は、Defender for Endpoint の管理チームと調整してください。',
      console: [
        'Azure portal で Microsoft Defender for Cloud >「管理」>「環境設定」を開き、対象のサブスクリプションを選択します。',
        '「Defender プラン」を選択し、「サーバー」の行で「設定」（監視範囲）をクリックします。',
        '「エンドポイント保護」の状態を「オン」にして「続行」をクリックします。',
        '「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'az security setting update --name WDATP --enabled true\naz security pricing create --name VirtualMachines --tier Standard --subplan P2',
    terraform: 'resource "azurerm_security_center_setting" "mde" {\n  setting_name = "WDATP"\n  enabled      = true\n}',
    bicep: "targetScope = 'subscription'\n\nresource mde 'Microsoft.Security/settings@2022-05-01' = {\n  name: 'WDATP'\n  kind: 'DataExportSettings'\n  properties: {\n    enabled: true\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/integration-defender-for-endpoint',
    'https://learn.microsoft.com/en-us/rest/api/defenderforcloud/settings/update',
  ],
  evaluate(subscription, ctx) {
    const settings = ctx.resources<SecuritySettingConfig>(AZURE_TYPES.securitySetting, { account: subscription.account });
    const wdatp = settings.find((s) => (s.config.name ?? s.name).toUpperCase() === 'WDATP');
    if (!wdatp || typeof wdatp.config.enabled !== 'boolean') {
      return notAssessed(
        {
          en: `The WDATP (Defender for Endpoint integration) setting of subscription ${subscription.name} was not collected.`,
          ja: `サブスクリプション ${subscription.name} の WDATP（Defender for Endpoint との統合）設定が収集されていません。`,
        },
        { settingsCollected: settings.map((s) => s.config.name ?? s.name) },
      );
    }
    if (!wdatp.config.enabled) {
      return fail(
        { en: `Endpoint protection (WDATP) is off in subscription ${subscription.name}: machines are not onboarded to Defender for Endpoint.`, ja: `サブスクリプション ${subscription.name} でエンドポイント保護 (WDATP) がオフです。マシンは Defender for Endpoint にオンボードされません。` },
        { setting: 'WDATP', enabled: false },
      );
    }
    const servers = lookupPlan(ctx, subscription.account, DEFENDER_PLANS.servers);
    if (servers.kind === 'found' && servers.pricing.config.pricingTier && !isStandard(servers.pricing.config)) {
      return fail(
        {
          en: `Endpoint protection (WDATP) is on in subscription ${subscription.name}, but Defender for Servers is off (${servers.pricing.config.pricingTier}), so no machine is onboarded.`,
          ja: `サブスクリプション ${subscription.name} でエンドポイント保護 (WDATP) はオンですが、Defender for Servers がオフ (${servers.pricing.config.pricingTier}) のため、どのマシンもオンボードされません。`,
        },
        { setting: 'WDATP', enabled: true, serversPlan: servers.pricing.config.pricingTier },
      );
    }
    return pass(
      { en: `Endpoint protection (WDATP) is on in subscription ${subscription.name}.`, ja: `サブスクリプション ${subscription.name} でエンドポイント保護 (WDATP) がオンです。` },
      { setting: 'WDATP', enabled: true, ...(servers.kind === 'found' ? { serversPlan: servers.pricing.config.pricingTier } : {}) },
    );
  },
});
