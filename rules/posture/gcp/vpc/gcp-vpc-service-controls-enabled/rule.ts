import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-vpc-service-controls-enabled',
  services: ['compute'],
  title: {
    en: 'VPC Service Controls perimeters protect supported Google Cloud services',
    ja: 'VPC Service Controls のサービス境界で対応する Google Cloud サービスが保護されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: {
    'cis-gcp-5.0': ['3.8'],
    'nist-800-53-r5': ['AC-4', 'SC-7', 'SC-7(10)'],
  },
  doc: {
    en: {
      description: 'Confirm that projects holding sensitive data are inside a VPC Service Controls service perimeter that restricts the supported services they use (Cloud Storage, BigQuery, Cloud SQL, Secret Manager, Cloud KMS …), with access levels and ingress/egress rules for the callers that legitimately need them. Perimeters are organisation-level Access Context Manager resources whose fitness depends on which data is sensitive, so this stays a manual review.',
      urgency: 'Plan it: a perimeter takes design and a dry-run period, but it is the main control against data exfiltration with stolen credentials.',
      risk: 'IAM alone lets anyone holding a valid credential (a leaked service account key, a phished user token) call Google APIs from anywhere and copy data to a bucket or dataset in a project they control. Without a perimeter nothing ties data access to your networks, devices or projects.',
      recommendation: 'Create an access policy for the organisation, define service perimeters around the projects with sensitive data, restrict all supported services that hold that data, start in dry-run mode and review the violations in the logs, then enforce. Add access levels (corporate IP ranges, device policy) and ingress/egress rules for the integrations that must cross the perimeter, and configure restricted.googleapis.com for private access from VPCs.',
      console: [
        'Open the Google Cloud console at the organisation level → "Security" → "VPC Service Controls".',
        'Review the existing perimeters: which projects they contain, which services are restricted, and whether they are enforced or still in dry-run mode.',
        'To add one, choose "New perimeter", add the projects, select the services to restrict, set access levels and ingress/egress policies, and create it in dry-run mode first.',
        'Check the dry-run violations in Logs Explorer (protoPayload.metadata.dryRun=true), adjust, then enforce the perimeter.',
      ],
    },
    ja: {
      description: '機密データを扱うプロジェクトが VPC Service Controls のサービス境界の内側にあり、利用している対応サービス（Cloud Storage、BigQuery、Cloud SQL、Secret Manager、Cloud KMS など）が制限され、正当に必要な呼び出し元にはアクセスレベルや上り・下りルールが設定されていることを確認します。境界は組織レベルの Access Context Manager のリソースで、その妥当性はどのデータが機密かによって決まるため、手動での確認になります。',
      urgency: '計画的に進めてください。境界の設計とドライラン期間が必要ですが、盗まれた認証情報によるデータ持ち出しを防ぐ主要な対策です。',
      risk: 'IAM だけでは、有効な認証情報（漏えいしたサービスアカウントキー、フィッシングで奪われたユーザートークンなど）を持つ者は、どこからでも Google API を呼び出し、自分が管理するプロジェクトのバケットやデータセットにデータをコピーできます。境界がなければ、データへのアクセスを自社のネットワーク、デバイス、プロジェクトに結び付けるものは何もありません。',
      recommendation: '組織のアクセスポリシーを作成し、機密データを持つプロジェクトを囲むサービス境界を定義して、そのデータを保持する対応サービスをすべて制限してください。まずドライランモードで開始してログで違反を確認し、その後に適用します。境界をまたぐ必要がある連携には、アクセスレベル（社内 IP 範囲、デバイスポリシー）や上り・下りルールを追加し、VPC からのプライベートアクセスには restricted.googleapis.com を設定してください。',
      console: [
        'Google Cloud コンソールで組織を選択し、「セキュリティ」→「VPC Service Controls」を開きます。',
        '既存の境界について、含まれるプロジェクト、制限されているサービス、適用済みかドライランのままかを確認します。',
        '追加する場合は「新しい境界」を選び、プロジェクトを追加し、制限するサービスを選択して、アクセスレベルと上り・下りポリシーを設定し、まずドライランモードで作成します。',
        'ログ エクスプローラ（protoPayload.metadata.dryRun=true）でドライランの違反を確認して調整し、境界を適用します。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud access-context-manager perimeters dry-run create prod_perimeter \\',
      '  --policy=ACCESS_POLICY_ID --perimeter-title="Production data" --perimeter-type=regular \\',
      '  --perimeter-resources=projects/PROJECT_NUMBER \\',
      '  --perimeter-restricted-services=storage.googleapis.com,bigquery.googleapis.com,sqladmin.googleapis.com',
      '# after reviewing the dry-run violations:',
      'gcloud access-context-manager perimeters dry-run enforce prod_perimeter --policy=ACCESS_POLICY_ID',
    ].join('\n'),
    terraform: [
      'resource "google_access_context_manager_service_perimeter" "prod" {',
      '  parent = "accessPolicies/${google_access_context_manager_access_policy.org.name}"',
      '  name   = "accessPolicies/${google_access_context_manager_access_policy.org.name}/servicePerimeters/prod_perimeter"',
      '  title  = "Production data"',
      '',
      '  # Dry run first: after reviewing the violations, rename "spec" to "status" and drop use_explicit_dry_run_spec',
      '  use_explicit_dry_run_spec = true',
      '  spec {',
      '    resources           = ["projects/PROJECT_NUMBER"]',
      '    restricted_services = ["storage.googleapis.com", "bigquery.googleapis.com", "sqladmin.googleapis.com"]',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/vpc-service-controls/docs/overview',
    'https://cloud.google.com/vpc-service-controls/docs/supported-products',
    'https://cloud.google.com/vpc-service-controls/docs/dry-run-mode',
  ],
});
