import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-defender-iot-hub-protected',
  services: ['security'],
  title: { en: 'Microsoft Defender for IoT is on for IoT hubs', ja: 'IoT Hub で Microsoft Defender for IoT がオンになっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['8.2.1'], 'mcsb-1.0': ['LT-1'], 'nist-800-53-r5': ['SI-4'], 'pci-dss-4.0': ['11.5.1'] },
  doc: {
    en: {
      description:
        'Confirm that every Azure IoT Hub that connects devices has Microsoft Defender for IoT turned on (the hub\'s "Defender for IoT" security solution), so device and hub activity is analysed for threats and weak configurations. IoT hubs and their security solutions are not collected by mamori, so this is checked by hand.',
      urgency: 'Fix within the month where IoT hubs connect production devices: devices are rarely patched and are a common way into corporate networks.',
      risk: 'A compromised device can send malicious telemetry, abuse its connection string to reach the hub, or be used as a foothold to the networks it sits on; without Defender for IoT these actions and the devices\' weak settings are not reported.',
      recommendation: 'On every IoT hub, open Defender for IoT, click "Secure your IoT solution" and complete the onboarding; route its alerts to the SOC and review its recommendations for the devices.',
      console: [
        'In the Azure portal, open each IoT Hub.',
        'Under "Defender for IoT", select "Overview" and check that threat prevention and threat detection are shown as enabled.',
        'If not, click "Secure your IoT solution" and complete the onboarding.',
      ],
    },
    ja: {
      description:
        'デバイスを接続するすべての Azure IoT Hub で Microsoft Defender for IoT（ハブの「Defender for IoT」セキュリティ ソリューション）がオンになり、デバイスとハブの動作が脅威や脆弱な構成について分析されていることを確認します。IoT Hub とそのセキュリティ ソリューションは mamori が収集していないため、手動で確認します。',
      urgency: '本番のデバイスを接続する IoT Hub がある場合は 1 か月以内に対応してください。デバイスはほとんど修正プログラムが適用されず、企業ネットワークへの侵入経路として多く使われます。',
      risk: '侵害されたデバイスは、悪意あるテレメトリを送信したり、接続文字列を悪用してハブにアクセスしたり、接続先のネットワークへの足がかりとして使われたりします。Defender for IoT がなければ、これらの動作やデバイスの脆弱な設定は報告されません。',
      recommendation: 'すべての IoT Hub で Defender for IoT を開き、「IoT ソリューションのセキュリティ保護」をクリックしてオンボードを完了し、アラートを SOC に送ってデバイスに関する推奨事項を確認してください。',
      console: [
        'Azure portal で各 IoT Hub を開きます。',
        '「Defender for IoT」の「概要」を選択し、脅威の防止と脅威の検出が有効と表示されることを確認します。',
        '有効でない場合は「IoT ソリューションのセキュリティ保護」をクリックしてオンボードを完了します。',
      ],
    },
  },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-iot/device-builders/quickstart-onboard-iot-hub', 'https://learn.microsoft.com/en-us/azure/defender-for-iot/'],
});
