import { allowListOnly } from '../../../../../src/providers/gcp/orgpolicy.js';
import { defineGuardrail, listConsole, listRemediation, ORG_POLICY_REFERENCES } from '../guardrail.js';

const constraint = 'gcp.resourceLocations';
const steps = listConsole('Google Cloud Platform - Resource Location Restriction', constraint, {
  en: 'Set "Policy values" to "Custom", "Policy type" to "Allow" and add the approved locations or value groups (for example in:asia-northeast1-locations), then click "Done".',
  ja: '「ポリシーの値」を「カスタム」、「ポリシーの種類」を「許可」にして、承認済みのロケーションまたは値グループ（例: in:asia-northeast1-locations）を追加し、「完了」をクリックします。',
});

export const rule = defineGuardrail({
  id: 'gcp-orgpolicy-resource-locations-restricted',
  constraint,
  title: {
    en: 'Organisation policy restricts resource locations to an allow list',
    ja: '組織のポリシーでリソースのロケーションが許可リストに制限されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  list: {
    satisfied: allowListOnly,
    requirement: { en: 'an allow list of approved locations (allowedValues such as in:asia-northeast1-locations)', ja: '承認済みロケーションの許可リスト（in:asia-northeast1-locations などの allowedValues）' },
  },
  frameworks: { 'nist-800-53-r5': ['SA-9(5)', 'CM-7'] },
  doc: {
    en: {
      description: 'Checks that the organisation policy constraint gcp.resourceLocations is effectively set for the project with an allow list of locations, so location-bound resources (buckets, datasets, disks, instances…) can only be created in approved regions.',
      urgency: 'Medium: data residency requirements (contracts, privacy law, internal policy) are broken silently the first time someone picks the wrong region, and moving data back afterwards is costly.',
      risk: 'Without an allow list, any team can store personal or regulated data in any region, including multi-regions spanning other jurisdictions, which can breach residency commitments and complicate incident response and legal holds. A deny list only blocks the regions someone thought of.',
      recommendation: 'Set gcp.resourceLocations at the organisation with allowedValues listing the approved regions or value groups (in:<region>-locations, in:<country>-locations, in:<continent>-locations), and remove project-level policies that allow all values or replace the list. Let projects that need another region merge an extra value with inheritFromParent: true instead of replacing the policy. The constraint is not retroactive: review resources already created elsewhere, and remember some global services are not governed by it.',
      console: steps.en,
    },
    ja: {
      description: '組織のポリシー制約 gcp.resourceLocations がロケーションの許可リストとしてプロジェクトに実際に設定され、ロケーションを持つリソース（バケット、データセット、ディスク、インスタンスなど）を承認済みのリージョンにしか作成できない状態になっているかを確認します。',
      urgency: '緊急度は中程度です。データ所在地の要件（契約、個人情報保護法令、社内規程）は、誰かが誤ったリージョンを選んだ時点で気付かないうちに破られ、後からデータを戻すには大きなコストがかかります。',
      risk: '許可リストがないと、どのチームも個人データや規制対象データを任意のリージョン（他の法域にまたがるマルチリージョンを含む）に保存でき、データ所在地に関する約束に違反したり、インシデント対応や訴訟ホールドが複雑になったりします。拒否リストでは、想定したリージョンしかブロックできません。',
      recommendation: '組織で gcp.resourceLocations を設定し、allowedValues に承認済みのリージョンまたは値グループ（in:<リージョン>-locations、in:<国>-locations、in:<大陸>-locations）を指定してください。すべての値を許可したり、リストを置き換えたりするプロジェクト単位のポリシーは削除します。別のリージョンが必要なプロジェクトでは、ポリシーを置き換えるのではなく inheritFromParent: true で値を追加して統合してください。この制約は既存リソースには遡及しないため、すでに他のロケーションに作成されたリソースを確認してください。また、一部のグローバル サービスはこの制約の対象外です。',
      console: steps.ja,
    },
  },
  remediation: listRemediation(
    constraint,
    'resource_locations',
    ['- values:', '    allowedValues:', '    - in:asia-northeast1-locations', '    - in:asia-northeast2-locations'],
    ['values {', '  allowed_values = ["in:asia-northeast1-locations", "in:asia-northeast2-locations"]', '}'],
  ),
  references: [
    'https://cloud.google.com/resource-manager/docs/organization-policy/defining-locations',
    'https://cloud.google.com/resource-manager/docs/organization-policy/defining-locations-supported-services',
    ...ORG_POLICY_REFERENCES,
  ],
});
