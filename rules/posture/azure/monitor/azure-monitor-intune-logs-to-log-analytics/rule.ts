import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-monitor-intune-logs-to-log-analytics',
  services: ['graph'],
  title: {
    en: 'Intune logs are captured and sent to Log Analytics',
    ja: 'Intune のログを取得して Log Analytics に送信している',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: {
    'cis-azure-6.0': ['6.1.1.9'],
    'mcsb-1.0': ['LT-3'],
    'nist-800-53-r5': ['AU-2', 'AU-12'],
  },
  doc: {
    en: {
      description:
        'Confirm that Microsoft Intune has a diagnostic setting that sends AuditLogs, OperationalLogs, DeviceComplianceOrg and Devices to a Log Analytics workspace. Intune\'s diagnostic settings are configured in the Intune admin center and are not readable through Azure Resource Manager, so this is a manual check (not applicable if the organisation does not use Intune).',
      urgency:
        'Low urgency: device management logs enrich investigations of compromised endpoints; add them when Intune is in use and the workspace is ready.',
      risk: 'Without Intune logs next to sign-in and security logs, you cannot see who changed a compliance policy, wiped or retired a device, or pushed a script to endpoints, and a device that fell out of compliance just before an incident goes unnoticed.',
      recommendation:
        'In the Microsoft Intune admin center, add a diagnostic setting that sends AuditLogs, OperationalLogs, DeviceComplianceOrg and Devices to the central Log Analytics workspace, and restrict who can change it.',
      console: [
        'Sign in to the Microsoft Intune admin center as an Intune Administrator.',
        'Open "Reports" > "Diagnostic settings" and click "+ Add diagnostic setting".',
        'Check AuditLogs, OperationalLogs, DeviceComplianceOrg and Devices, select "Send to Log Analytics workspace" and the workspace.',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        'Microsoft Intune に、AuditLogs、OperationalLogs、DeviceComplianceOrg、Devices を Log Analytics ワークスペースに送る診断設定があることを確認します。Intune の診断設定は Intune 管理センターで構成され、Azure Resource Manager からは読み取れないため、手動での確認になります（Intune を利用していない組織では対象外です）。',
      urgency:
        '緊急度は低めです。デバイス管理のログは、侵害されたエンドポイントの調査を補強します。Intune を利用しており、ワークスペースの準備ができた時点で追加してください。',
      risk: 'Intune のログがサインイン ログやセキュリティ ログと並んでいないと、誰がコンプライアンス ポリシーを変更したか、デバイスをワイプや廃止したか、エンドポイントにスクリプトを配布したかが分からず、インシデント直前にコンプライアンス違反となったデバイスにも気付けません。',
      recommendation:
        'Microsoft Intune 管理センターで、AuditLogs、OperationalLogs、DeviceComplianceOrg、Devices を集約先の Log Analytics ワークスペースに送る診断設定を追加し、変更できる人を限定してください。',
      console: [
        'Intune 管理者の権限で Microsoft Intune 管理センターにサインインします。',
        '「レポート」>「診断設定」を開き、「+ 診断設定を追加する」をクリックします。',
        'AuditLogs、OperationalLogs、DeviceComplianceOrg、Devices をオンにし、「Log Analytics ワークスペースに送信する」でワークスペースを選択します。',
        '「保存」をクリックします。',
      ],
    },
  },
  references: ['https://learn.microsoft.com/en-us/intune/intune-service/fundamentals/review-logs-using-azure-monitor'],
});
