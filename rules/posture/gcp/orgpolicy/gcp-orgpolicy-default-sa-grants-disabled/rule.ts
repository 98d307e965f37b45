import { booleanConsole, booleanRemediation, defineGuardrail, ORG_POLICY_REFERENCES } from '../guardrail.js';

const constraint = 'iam.automaticIamGrantsForDefaultServiceAccounts';
const steps = booleanConsole('Disable Automatic IAM Grants for Default Service Accounts', constraint);

export const rule = defineGuardrail({
  id: 'gcp-orgpolicy-default-sa-grants-disabled',
  constraint,
  title: {
    en: 'Organisation policy stops the Editor grant to default service accounts',
    ja: '組織のポリシーでデフォルトのサービス アカウントへの編集者ロールの自動付与が停止されている',
  },
  severity: 'HIGH',
  urgency: 'high',
  frameworks: { 'nist-800-53-r5': ['AC-6', 'AC-6(1)'] },
  doc: {
    en: {
      description: 'Checks that the organisation policy constraint iam.automaticIamGrantsForDefaultServiceAccounts is effectively enforced for the project, so the default service accounts Google creates (Compute Engine, App Engine) are not automatically granted the Editor role.',
      urgency: 'Fix soon: every VM, function or App Engine app that runs as a default service account otherwise carries project-wide Editor rights.',
      risk: 'The Compute Engine and App Engine default service accounts are attached to workloads by default. With the automatic Editor grant, a compromised VM or a server-side request forgery bug gives an attacker read/write access to almost every resource in the project through the metadata server token.',
      recommendation: 'Enforce the constraint at the organisation and remove project-level overrides. It only affects default service accounts created from now on: in existing projects remove roles/editor from the default service accounts and run workloads as dedicated, least-privilege service accounts.',
      console: steps.en,
    },
    ja: {
      description: '組織のポリシー制約 iam.automaticIamGrantsForDefaultServiceAccounts がプロジェクトに実際に適用され、Google が作成するデフォルトのサービス アカウント（Compute Engine、App Engine）に編集者ロールが自動付与されない状態になっているかを確認します。',
      urgency: '早めに対応してください。適用されていない場合、デフォルトのサービス アカウントで動作するすべての VM、関数、App Engine アプリがプロジェクト全体の編集者権限を持つことになります。',
      risk: 'Compute Engine と App Engine のデフォルトのサービス アカウントは、既定でワークロードにアタッチされます。編集者ロールが自動付与されていると、VM の侵害やサーバーサイド リクエスト フォージェリの脆弱性を突かれた場合に、攻撃者はメタデータ サーバーのトークンを使ってプロジェクト内のほぼすべてのリソースを読み書きできます。',
      recommendation: '組織でこの制約を適用し、プロジェクト単位の上書きを削除してください。この制約は今後作成されるデフォルトのサービス アカウントにのみ影響します。既存プロジェクトでは、デフォルトのサービス アカウントから roles/editor を削除し、ワークロードを最小権限の専用サービス アカウントで実行してください。',
      console: steps.ja,
    },
  },
  remediation: booleanRemediation(constraint, 'disable_default_sa_grants'),
  references: [
    'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-service-accounts#disable_service_account_default_grants',
    'https://cloud.google.com/iam/docs/service-account-types#default',
    ...ORG_POLICY_REFERENCES,
  ],
});
