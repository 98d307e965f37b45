import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, SYSTEM_UPDATE_ASSESSMENTS, type SecurityAssessmentConfig, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import type { Resource } from '../../../../../src/model/types.js';

const KEYS = new Set<string>(Object.values(SYSTEM_UPDATE_ASSESSMENTS));
const LIST_LIMIT = 20;

/** The assessed machine's id: resourceDetails.id, else the assessment id without its `/providers/microsoft.security/assessments/<key>` tail. */
const machineOf = (a: Resource<SecurityAssessmentConfig>) => (a.config.resourceDetails?.id ?? a.uid.replace(/\/providers\/microsoft\.security\/assessments\/[^/]+$/i, '')).toLowerCase();

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-defender-machines-system-updates',
  services: ['security'],
  title: {
    en: 'Defender for Cloud checks machines for missing OS updates and none are outstanding',
    ja: 'Defender for Cloud がマシンの OS 更新プログラムの不足を確認し、未適用のものがない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.securityAssessment],
  requires: ['subscriptionId'],
  frameworks: { 'cis-azure-6.0': ['8.1.10'], 'mcsb-1.0': ['PV-6', 'PV-5'], 'nist-800-53-r5': ['SI-2', 'RA-5'], 'pci-dss-4.0': ['6.3.3'] },
  doc: {
    en: {
      description:
        'Reads the Defender for Cloud recommendations on operating system updates for the subscription\'s machines: "Machines should be configured to periodically check for missing system updates" (periodic assessment by Azure Update Manager) and "System updates should be installed on your machines". The subscription fails when any machine is Unhealthy on either: it is not checked for updates, or it has updates outstanding.',
      urgency: 'Fix this sprint: missing security updates on VMs are among the most exploited weaknesses, and a machine that is not even assessed can stay unpatched indefinitely.',
      risk: 'A VM that misses security updates can be taken over through a published exploit (remote code execution in the OS, SSH, SMB or RDP stack) within days of disclosure; one that is not checked for missing updates gives nobody a signal that it is falling behind.',
      recommendation:
        'Set periodic assessment (AutomaticByPlatform) on every VM, at scale with the "Configure periodic checking for missing system updates on Azure virtual machines" policy, schedule patching with Azure Update Manager maintenance configurations, and install the outstanding updates on the machines listed. Keep these recommendations enabled in the Microsoft cloud security benchmark assignment.',
      console: [
        'In the Azure portal, open Microsoft Defender for Cloud > Recommendations.',
        'Open "Machines should be configured to periodically check for missing system updates", select the unhealthy machines and click "Fix" (or assign the periodic assessment policy).',
        'Open "System updates should be installed on your machines" and install the missing updates through Azure Update Manager ("One-time update" or a maintenance configuration).',
        'Check again after the next assessment (up to 24 hours).',
      ],
    },
    ja: {
      description:
        'サブスクリプションのマシンについて、OS 更新プログラムに関する Defender for Cloud の推奨事項「不足しているシステム更新プログラムを定期的に確認するようにマシンを構成する必要がある」（Azure Update Manager による定期評価）と「システム更新プログラムをマシンにインストールする必要がある」を確認します。いずれかで異常 (Unhealthy) のマシンがあれば不合格とします。更新の確認が行われていないか、未適用の更新プログラムがあることを意味します。',
      urgency: '今のスプリント内に対応してください。VM のセキュリティ更新プログラムの未適用は最も悪用されやすい弱点の一つであり、評価すらされていないマシンはいつまでも未適用のままになり得ます。',
      risk: 'セキュリティ更新プログラムが未適用の VM は、公開済みのエクスプロイト（OS、SSH、SMB、RDP のリモート コード実行など）により、公開から数日で乗っ取られる可能性があります。更新の不足を確認していないマシンは、遅れていることを誰にも知らせません。',
      recommendation:
        'すべての VM で定期評価 (AutomaticByPlatform) を設定し（「Azure 仮想マシンで不足しているシステム更新プログラムの定期的な確認を構成する」ポリシーで一括設定できます）、Azure Update Manager のメンテナンス構成で修正プログラムの適用をスケジュールして、一覧のマシンに未適用の更新プログラムをインストールしてください。Microsoft クラウド セキュリティ ベンチマークの割り当てでこれらの推奨事項を無効にしないでください。',
      console: [
        'Azure portal で Microsoft Defender for Cloud >「推奨事項」を開きます。',
        '「不足しているシステム更新プログラムを定期的に確認するようにマシンを構成する必要がある」を開き、異常なマシンを選択して「修正」をクリックします（または定期評価のポリシーを割り当てます）。',
        '「システム更新プログラムをマシンにインストールする必要がある」を開き、Azure Update Manager（「1 回限りの更新」またはメンテナンス構成）で不足している更新プログラムをインストールします。',
        '次回の評価後（最大 24 時間）に再確認します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Turn on periodic assessment for a VM (Windows; use --set osProfile.linuxConfiguration.patchSettings.assessmentMode=AutomaticByPlatform for Linux):',
      'az vm update --resource-group RG --name VM --set osProfile.windowsConfiguration.patchSettings.assessmentMode=AutomaticByPlatform',
      '# Install the outstanding security and critical updates now:',
      'az vm install-patches --resource-group RG --name VM --maximum-duration PT2H --reboot-setting IfRequired --classifications-to-include-win Critical Security',
    ].join('\n'),
    terraform:
      'resource "azurerm_linux_virtual_machine" "app" {\n  # ...\n  patch_assessment_mode = "AutomaticByPlatform"\n  patch_mode            = "AutomaticByPlatform"\n}\n\nresource "azurerm_maintenance_configuration" "patching" {\n  name                     = "mc-weekly-patching"\n  resource_group_name      = "rg-ops"\n  location                 = "japaneast"\n  scope                    = "InGuestPatch"\n  in_guest_user_patch_mode = "User"\n  window {\n    start_date_time = "2026-01-04 02:00"\n    time_zone       = "Tokyo Standard Time"\n    duration        = "03:00"\n    recur_every     = "1Week Sunday"\n  }\n  install_patches {\n    reboot = "IfRequired"\n    linux {\n      classifications_to_include = ["Critical", "Security"]\n    }\n  }\n}',
    bicep:
      "resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {\n  name: 'vm-app'\n  location: resourceGroup().location\n  properties: {\n    // ...\n    osProfile: {\n      // ...\n      linuxConfiguration: {\n        patchSettings: {\n          assessmentMode: 'AutomaticByPlatform'\n          patchMode: 'AutomaticByPlatform'\n        }\n      }\n    }\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/update-manager/assessment-options',
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/enable-periodic-system-updates-assessment',
    'https://learn.microsoft.com/en-us/azure/update-manager/overview',
  ],
  evaluate(subscription, ctx) {
    const assessments = ctx.resources<SecurityAssessmentConfig>(AZURE_TYPES.securityAssessment, { account: subscription.account }).filter((a) => KEYS.has((a.config.name ?? a.name).toLowerCase()));
    const byKey = (key: string, code: string) => [...new Set(assessments.filter((a) => (a.config.name ?? a.name).toLowerCase() === key && a.config.status?.code === code).map(machineOf))];
    const notChecked = byKey(SYSTEM_UPDATE_ASSESSMENTS.periodicAssessment, 'Unhealthy');
    const missingUpdates = byKey(SYSTEM_UPDATE_ASSESSMENTS.updatesInstalled, 'Unhealthy');
    const healthy = new Set([...byKey(SYSTEM_UPDATE_ASSESSMENTS.periodicAssessment, 'Healthy'), ...byKey(SYSTEM_UPDATE_ASSESSMENTS.updatesInstalled, 'Healthy')]);
    if (notChecked.length || missingUpdates.length) {
      const parts = [
        notChecked.length ? { en: `${notChecked.length} not checked periodically for missing updates`, ja: `${notChecked.length} 台で不足している更新プログラムが定期的に確認されていません` } : undefined,
        missingUpdates.length ? { en: `${missingUpdates.length} with system updates outstanding`, ja: `${missingUpdates.length} 台で未適用のシステム更新プログラムがあります` } : undefined,
      ].filter((p) => p !== undefined);
      return fail(
        { en: `Machines in subscription ${subscription.name}: ${parts.map((p) => p.en).join('; ')}.`, ja: `サブスクリプション ${subscription.name} のマシンのうち、${parts.map((p) => p.ja).join('。')}。` },
        {
          notCheckedCount: notChecked.length,
          notChecked: notChecked.slice(0, LIST_LIMIT),
          missingUpdatesCount: missingUpdates.length,
          missingUpdates: missingUpdates.slice(0, LIST_LIMIT),
          healthyMachines: healthy.size,
        },
      );
    }
    if (healthy.size === 0) {
      return notApplicable(
        {
          en: `Defender for Cloud has no applicable system update assessment for any machine in subscription ${subscription.name} (no VMs, or only unsupported images).`,
          ja: `サブスクリプション ${subscription.name} には、Defender for Cloud のシステム更新プログラムの評価が適用されるマシンがありません（VM がないか、サポート対象外のイメージのみです）。`,
        },
        { assessments: assessments.length },
      );
    }
    return pass(
      { en: `All ${healthy.size} assessed machines in subscription ${subscription.name} are checked for updates and have none outstanding.`, ja: `サブスクリプション ${subscription.name} の評価対象のマシン ${healthy.size} 台はすべて更新プログラムが確認され、未適用のものはありません。` },
      { healthyMachines: healthy.size },
    );
  },
});
