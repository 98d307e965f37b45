import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, DEFENDER_PLANS, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { componentEnabled, isStandard, lookupPlan, planNotReadable } from '../plans.js';

const COMPONENT = 'FileIntegrityMonitoring';
const SERVERS = { en: 'Servers', ja: 'サーバー' };

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-defender-file-integrity-monitoring-on',
  services: ['security'],
  title: { en: 'File Integrity Monitoring of Defender for Servers is on', ja: 'Defender for Servers のファイル整合性監視がオンになっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.pricing],
  requires: ['subscriptionId'],
  frameworks: { 'cis-azure-6.0': ['8.1.3.5'], 'mcsb-1.0': ['LT-1'], 'nist-800-53-r5': ['SI-7', 'SI-7(1)'], 'pci-dss-4.0': ['11.5.2'] },
  doc: {
    en: {
      description:
        'Checks that Defender for Servers Plan 2 is on with its File Integrity Monitoring component (pricing extension FileIntegrityMonitoring). FIM, now collected through Defender for Endpoint, records changes to critical OS files, registry keys and binaries on Windows and Linux machines.',
      urgency: 'Fix within the month where machines are in scope of PCI DSS or hold critical workloads: change detection on critical files is a required control there, and it is how persistence is spotted.',
      risk: 'Without FIM, an attacker who replaces a system binary, adds a service, edits sshd_config or a run key to keep access leaves no change record, and an unauthorised configuration change by an operator cannot be told apart from a planned one.',
      recommendation:
        'Use Defender for Servers Plan 2, turn on File Integrity Monitoring and choose the workspace it reports to, keep the default rules for OS files and registry and add the paths of your own applications, and review changes against approved change tickets.',
      console: [
        'In the Azure portal, open Microsoft Defender for Cloud > Management > Environment settings and select the subscription.',
        'Select "Defender plans", make sure Servers is On with Plan 2, and click "Settings" in its row.',
        'Set the Status of "File Integrity Monitoring" to On, select the Log Analytics workspace, and click "Continue".',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        'Defender for Servers プラン 2 がオンで、そのファイル整合性監視 (FIM) コンポーネント（価格の拡張機能 FileIntegrityMonitoring）もオンであることを確認します。FIM は現在 Defender for Endpoint を通じて収集され、Windows と Linux のマシンの重要な OS ファイル、レジストリ キー、バイナリへの変更を記録します。',
      urgency: 'PCI DSS の対象や重要なワークロードを持つマシンがある場合は 1 か月以内に対応してください。重要なファイルの変更検知はそこで必須の管理策であり、攻撃者の永続化を見つける手段でもあります。',
      risk: 'FIM がないと、攻撃者がシステム バイナリを置き換えたり、サービスを追加したり、アクセスを維持するために sshd_config や Run キーを書き換えたりしても変更の記録が残らず、運用者による無許可の構成変更と計画された変更を区別できません。',
      recommendation:
        'Defender for Servers プラン 2 を使用し、ファイル整合性監視をオンにして報告先のワークスペースを選択してください。OS ファイルとレジストリの既定のルールは維持し、自社アプリケーションのパスを追加して、変更を承認済みの変更チケットと照合してください。',
      console: [
        'Azure portal で Microsoft Defender for Cloud >「管理」>「環境設定」を開き、対象のサブスクリプションを選択します。',
        '「Defender プラン」を選択し、「サーバー」がプラン 2 でオンであることを確認して、その行の「設定」をクリックします。',
        '「ファイル整合性監視」の状態を「オン」にし、Log Analytics ワークスペースを選択して「続行」をクリックします。',
        '「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'az security pricing create --name VirtualMachines --tier Standard --subplan P2 --extensions name=FileIntegrityMonitoring isEnabled=True additionalExtensionProperties={"DefinedWorkspaceId":"<workspace resource id>"}',
    terraform:
      'resource "azurerm_security_center_subscription_pricing" "servers" {\n  tier          = "Standard"\n  resource_type = "VirtualMachines"\n  subplan       = "P2"\n\n  extension {\n    name = "FileIntegrityMonitoring"\n    additional_extension_properties = {\n      DefinedWorkspaceId = azurerm_log_analytics_workspace.security.id\n    }\n  }\n}',
    bicep:
      "targetScope = 'subscription'\n\nparam workspaceId string\n\nresource servers 'Microsoft.Security/pricings@2024-01-01' = {\n  name: 'VirtualMachines'\n  properties: {\n    pricingTier: 'Standard'\n    subPlan: 'P2'\n    extensions: [\n      {\n        name: 'FileIntegrityMonitoring'\n        isEnabled: 'True'\n        additionalExtensionProperties: { DefinedWorkspaceId: workspaceId }\n      }\n    ]\n  }\n}",
  },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/file-integrity-monitoring-overview', 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/file-integrity-monitoring-enable-defender-endpoint'],
  evaluate(subscription, ctx) {
    const lookup = lookupPlan(ctx, subscription.account, DEFENDER_PLANS.servers);
    const unreadable = planNotReadable(lookup, DEFENDER_PLANS.servers, SERVERS, subscription.name);
    if (unreadable || lookup.kind !== 'found') return unreadable!;
    const servers = lookup.pricing.config;
    const evidence = { serversPlan: servers.pricingTier, subPlan: servers.subPlan };
    if (!isStandard(servers)) {
      return fail({ en: `File Integrity Monitoring is off in subscription ${subscription.name}: Defender for Servers is not on.`, ja: `サブスクリプション ${subscription.name} でファイル整合性監視がオフです。Defender for Servers がオンになっていません。` }, evidence);
    }
    if (servers.subPlan?.toUpperCase() === 'P1') {
      return fail(
        { en: `File Integrity Monitoring is not available in subscription ${subscription.name}: Defender for Servers runs Plan 1, and FIM needs Plan 2.`, ja: `サブスクリプション ${subscription.name} ではファイル整合性監視を利用できません。Defender for Servers がプラン 1 で、FIM にはプラン 2 が必要です。` },
        evidence,
      );
    }
    const enabled = componentEnabled(servers, COMPONENT);
    if (enabled === undefined) {
      return notAssessed(
        { en: `The components of Defender for Servers in subscription ${subscription.name} were not returned, so File Integrity Monitoring could not be read.`, ja: `サブスクリプション ${subscription.name} の Defender for Servers のコンポーネントが返されなかったため、ファイル整合性監視の状態を読み取れませんでした。` },
        evidence,
      );
    }
    return enabled
      ? pass({ en: `File Integrity Monitoring is on in subscription ${subscription.name}.`, ja: `サブスクリプション ${subscription.name} でファイル整合性監視がオンです。` }, evidence)
      : fail({ en: `File Integrity Monitoring is off in subscription ${subscription.name}.`, ja: `サブスクリプション ${subscription.name} でファイル整合性監視がオフです。` }, evidence);
  },
});
