import { DEFENDER_PLANS } from '../../../../../src/providers/azure/model/index.js';
import { defenderPlanRule } from '../plans.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-apis-plan-on',
  plan: DEFENDER_PLANS.apis,
  label: { en: 'APIs', ja: 'API' },
  subPlan: 'P1',
  title: { en: 'Microsoft Defender for APIs is on for the subscription', ja: 'サブスクリプションで Microsoft Defender for APIs がオンになっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['8.1.2.1'], 'mcsb-1.0': ['LT-1'], 'nist-800-53-r5': ['SI-4'], 'pci-dss-4.0': ['6.4.2', '11.5.1'] },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-apis-introduction', 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-apis-deploy'],
  doc: {
    en: {
      description:
        'Checks that the Defender for APIs plan (pricing Api) is set to Standard on the subscription. It inventories the APIs published through Azure API Management, flags unauthenticated and externally exposed endpoints and sensitive data in payloads, and raises alerts on API attacks such as credential stuffing, enumeration and data exfiltration.',
      urgency: 'Fix within the month where the subscription publishes APIs through API Management: those endpoints face the internet and are attacked daily. Where it has no API Management instance the plan costs nothing to keep ready.',
      risk: 'Without the plan, nobody is told when an API starts answering anonymous callers, when one client walks through customer ids one by one, or when responses suddenly carry far more records than usual. Broken object-level authorisation and token abuse then run until a customer or an auditor notices.',
      recommendation:
        'Turn on Defender for APIs with the sub-plan that fits your call volume, onboard the API Management APIs that carry business or personal data, and send the alerts to your SOC together with the other Defender for Cloud alerts.',
    },
    ja: {
      description:
        'サブスクリプションで Defender for APIs プラン（価格名 Api）が Standard に設定されていることを確認します。Azure API Management で公開している API を棚卸しし、認証なしの API や外部公開されたエンドポイント、ペイロード内の機密データを検出し、資格情報の総当たり、列挙、データ持ち出しといった API への攻撃をアラートとして通知します。',
      urgency: 'API Management で API を公開しているサブスクリプションでは 1 か月以内に対応してください。これらのエンドポイントはインターネットに面しており、日常的に攻撃を受けます。API Management がないサブスクリプションでは費用は発生しません。',
      risk: 'このプランがないと、ある API が匿名の呼び出しに応答し始めても、あるクライアントが顧客 ID を 1 件ずつ走査しても、応答に普段よりはるかに多いレコードが含まれ始めても、誰にも通知されません。オブジェクト レベルの認可不備やトークンの悪用は、顧客や監査人が気付くまで続きます。',
      recommendation:
        '呼び出し量に合ったサブプランで Defender for APIs をオンにし、業務データや個人データを扱う API Management の API をオンボードして、他の Defender for Cloud のアラートと同様に SOC へ送ってください。',
    },
  },
});
