import { defineAzurePolicyGuardrail } from '../guardrail.js';
import { assignmentCode, assignmentSteps, type BuiltInAssignment } from '../remediation.js';

const ASSIGNMENT: BuiltInAssignment = {
  name: 'deny-public-blob',
  displayName: 'Storage account public access should be disallowed',
  guid: '4fa4b6c0-31ca-4c0d-b10d-24b96f62a751',
  definition: { en: 'Storage account public access should be disallowed', ja: 'ストレージ アカウントのパブリック アクセスを禁止する必要がある' },
  // This definition's allowed values are lower case.
  parameters: { effect: 'deny' },
};
const steps = assignmentSteps(ASSIGNMENT, {
  en: 'On "Parameters", clear "Only show parameters that need input or review" and set "Effect" to deny. Where storage must also be unreachable from the internet, assign "Storage accounts should disable public network access" (b2982f36-99f2-4db5-8eff-283140c09693) with Deny as well, once private endpoints are in place.',
  ja: '「パラメーター」タブで「入力または確認が必要なパラメーターのみを表示する」をオフにし、「効果」を deny にします。ストレージをインターネットから到達不能にする必要がある場合は、プライベート エンドポイントを整備したうえで「ストレージ アカウントはパブリック ネットワーク アクセスを無効にする必要がある」（b2982f36-99f2-4db5-8eff-283140c09693）も Deny で割り当てます。',
});

export const rule = defineAzurePolicyGuardrail({
  id: 'azure-policy-block-public-storage',
  intent: 'block-public-storage',
  title: {
    en: 'Azure Policy denies storage accounts that allow public access',
    ja: 'Azure Policy でパブリック アクセスを許可するストレージ アカウントを拒否している',
  },
  severity: 'HIGH',
  urgency: 'high',
  frameworks: { 'mcsb-1.0': ['NS-2', 'DP-2'], 'nist-800-53-r5': ['AC-3', 'SC-7'], 'pci-dss-4.0': ['1.3.1', '7.2.1'] },
  doc: {
    en: {
      description:
        'Checks that "Storage account public access should be disallowed" (anonymous blob access) or "Storage accounts should disable public network access" applies to the subscription with effect Deny, assigned at the subscription or a management group above it, not exempted and not in DoNotEnforce mode.',
      urgency:
        'Fix within days: anonymous blob access is the most common way Azure data leaks, and without the guardrail one checkbox on one container publishes its content to anyone who guesses the URL.',
      risk:
        'With anonymous access allowed on the account, any owner of a container can set it to Blob or Container access level; everything in it can then be listed and downloaded without credentials, and search engines and scanners find such containers within hours. Audit reports the account only after the data is reachable.',
      recommendation:
        'Assign "Storage account public access should be disallowed" with effect deny at the management group that holds your subscriptions, so no storage account can be created or changed with allowBlobPublicAccess enabled. Publish content meant for the public through a CDN or Front Door with a dedicated account and a documented exemption, not by opening the guardrail.',
      console: steps.en,
    },
    ja: {
      description:
        '「ストレージ アカウントのパブリック アクセスを禁止する必要がある」（匿名 BLOB アクセス）または「ストレージ アカウントはパブリック ネットワーク アクセスを無効にする必要がある」が、サブスクリプション自体または上位の管理グループへの割り当てにより効果 Deny で適用されており、適用除外や DoNotEnforce モードになっていないことを確認します。',
      urgency:
        '数日以内に対応してください。匿名 BLOB アクセスは Azure でデータが漏えいする最も一般的な経路であり、ガードレールがなければコンテナー 1 つのチェックボックス 1 つで、URL を推測した誰にでも中身が公開されます。',
      risk:
        'アカウントで匿名アクセスが許可されていると、コンテナーの所有者は誰でもアクセス レベルを BLOB やコンテナーに変更でき、中身を資格情報なしで一覧表示・ダウンロードできるようになります。検索エンジンやスキャナーはこうしたコンテナーを数時間で見つけます。Audit では、データに到達可能になった後でアカウントが報告されるだけです。',
      recommendation:
        'サブスクリプションを含む管理グループで「ストレージ アカウントのパブリック アクセスを禁止する必要がある」を効果 deny で割り当て、allowBlobPublicAccess を有効にしたストレージ アカウントを作成・変更できないようにしてください。一般公開するコンテンツは、ガードレールを開けるのではなく、専用アカウントと文書化した適用除外のうえで CDN や Front Door を通して公開します。',
      console: steps.ja,
    },
  },
  remediation: assignmentCode(ASSIGNMENT),
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/common/policy-reference',
    'https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent',
    'https://learn.microsoft.com/en-us/azure/governance/policy/concepts/assignment-structure',
    'https://learn.microsoft.com/en-us/azure/governance/policy/concepts/exemption-structure',
  ],
});
