import { DEFENDER_PLANS } from '../../../../../src/providers/azure/model/index.js';
import { defenderPlanRule } from '../plans.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-keyvault-plan-on',
  plan: DEFENDER_PLANS.keyVault,
  label: { en: 'Key Vault', ja: 'Key Vault' },
  subPlan: 'PerKeyVault',
  title: { en: 'Microsoft Defender for Key Vault is on for the subscription', ja: 'サブスクリプションで Microsoft Defender for Key Vault がオンになっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['8.1.8.1'], 'mcsb-1.0': ['LT-1', 'DP-8'], 'nist-800-53-r5': ['SI-4', 'SC-12'], 'pci-dss-4.0': ['11.5.1', '3.6.1'] },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-key-vault-introduction'],
  doc: {
    en: {
      description:
        'Checks that the Defender for Key Vault plan (pricing KeyVaults) is set to Standard on the subscription. It detects unusual access to key vaults: access from Tor or suspicious IPs, a principal suddenly listing or reading many secrets, and access patterns that differ from the vault\'s normal use.',
      urgency: 'Fix within the month: key vaults hold the credentials to everything else, and a compromised identity reading them is the step before a much larger breach.',
      risk: 'Without the plan, an attacker who has taken over an application identity or a developer account can enumerate and read every secret it can reach (database passwords, storage keys, certificates) with no alert, then use those secrets from outside while the team is unaware.',
      recommendation: 'Turn on Defender for Key Vault for every subscription with key vaults, investigate its alerts quickly (they usually mean a credential is already in the wrong hands), and rotate any secret an alert says was read unexpectedly.',
    },
    ja: {
      description:
        'サブスクリプションで Defender for Key Vault プラン（価格名 KeyVaults）が Standard に設定されていることを確認します。Tor や不審な IP からのアクセス、あるプリンシパルが突然多数のシークレットを一覧・取得する操作、キー コンテナーの通常の利用と異なるアクセス パターンを検出します。',
      urgency: '1 か月以内に対応してください。キー コンテナーには他のあらゆるものへの資格情報が保管されており、侵害された ID によるその読み取りは、はるかに大きな侵害の一歩手前です。',
      risk: 'このプランがないと、アプリケーションの ID や開発者のアカウントを乗っ取った攻撃者が、到達できるすべてのシークレット（データベースのパスワード、ストレージのキー、証明書）を列挙して読み取ってもアラートは出ず、チームが気付かないうちにそれらを外部から悪用できます。',
      recommendation: 'キー コンテナーがあるすべてのサブスクリプションで Defender for Key Vault をオンにし、アラートは速やかに調査してください（多くの場合、資格情報がすでに第三者の手にあることを意味します）。想定外に読み取られたとされるシークレットはローテーションしてください。',
    },
  },
});
