import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type ServiceAccountKeyConfig } from '../../../../../src/providers/gcp/model.js';

/** The key id: the last segment of `projects/p/serviceAccounts/sa@…/keys/<id>`. */
export const keyId = (key: ServiceAccountKeyConfig) => key.name.slice(key.name.lastIndexOf('/') + 1);

export const rule = defineRule<ServiceAccountKeyConfig>({
  id: 'gcp-iam-sa-no-user-managed-keys',
  services: ['iam'],
  title: {
    en: 'Service accounts have only Google-managed keys (no user-managed keys)',
    ja: 'サービスアカウントに Google 管理のキーしかない（ユーザー管理キーがない）',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [GCP_TYPES.serviceAccountKey],
  requires: ['disabled', 'keyOrigin', 'keyType', 'name', 'serviceAccountEmail', 'validAfterTime', 'validBeforeTime'],
  frameworks: {
    'cis-gcp-5.0': ['1.5'],
    'nist-800-53-r5': ['IA-5', 'IA-5(7)', 'AC-2'],
    'pci-dss-4.0': ['8.6.3'],
  },
  doc: {
    en: {
      description:
        'Checks every service account key: keys of type USER_MANAGED (created with "Add key" / `gcloud iam service-accounts keys create`, or uploaded public keys) fail; SYSTEM_MANAGED keys, which Google Cloud creates, rotates and never exposes, pass. Disabled user-managed keys fail too, because they can be re-enabled.',
      urgency: 'Fix within days: a user-managed key is a long-lived password for a non-human identity, valid until it is deleted, usable from anywhere on the internet.',
      risk: 'Downloaded JSON key files end up in source repositories, CI variables, laptops and container images. Anyone who obtains one can authenticate as the service account from outside Google Cloud with all its permissions, and the key never expires by default (valid until 9999-12-31). Leaked service account keys are one of the most common causes of Google Cloud compromises.',
      recommendation:
        'Delete user-managed keys and use keyless authentication: attached service accounts for workloads on Google Cloud, Workload Identity Federation for workloads on AWS, Azure, GitHub Actions, GitLab or on-premises, Workload Identity for GKE, and service account impersonation for people. Then enforce the organisation policy constraint iam.managed.disableServiceAccountKeyCreation (or the legacy iam.disableServiceAccountKeyCreation) and, where keys are unavoidable, iam.serviceAccountKeyExpiryHours.',
      console: [
        'Open IAM & Admin > Service Accounts in the Google Cloud console and select the project.',
        'Click the service account named in the finding and open the "Keys" tab.',
        'Replace every use of the key with an attached service account, Workload Identity Federation or impersonation, then click the trash icon next to the key and confirm "Delete".',
        'Under IAM & Admin > Organization Policies, enforce "Disable service account key creation" so new keys cannot be created.',
      ],
    },
    ja: {
      description:
        'すべてのサービスアカウントキーを確認します。USER_MANAGED タイプのキー（「鍵を追加」や `gcloud iam service-accounts keys create` で作成したキー、アップロードした公開鍵）は不合格、Google Cloud が作成・ローテーションし外部に出さない SYSTEM_MANAGED キーは合格です。無効化されたユーザー管理キーも、再び有効にできるため不合格とします。',
      urgency: '数日以内に対応してください。ユーザー管理キーは人間以外の ID の長期パスワードであり、削除するまでインターネット上のどこからでも使えます。',
      risk: 'ダウンロードされた JSON キーファイルは、ソースリポジトリ、CI の変数、PC、コンテナイメージなどに紛れ込みがちです。入手した人は誰でも Google Cloud の外部からそのサービスアカウントとして認証し、その権限をすべて使えます。しかも既定では有効期限がありません（9999-12-31 まで有効）。サービスアカウントキーの漏えいは、Google Cloud が侵害される最も多い原因の 1 つです。',
      recommendation:
        'ユーザー管理キーを削除し、キーを使わない認証に移行してください。Google Cloud 上のワークロードにはサービスアカウントの割り当て、AWS・Azure・GitHub Actions・GitLab・オンプレミスのワークロードには Workload Identity 連携、GKE には Workload Identity、人による利用にはサービスアカウントの権限借用を使います。そのうえで組織ポリシーの制約 iam.managed.disableServiceAccountKeyCreation（または従来の iam.disableServiceAccountKeyCreation）を適用し、どうしてもキーが必要な場合は iam.serviceAccountKeyExpiryHours で有効期限を設けてください。',
      console: [
        'Google Cloud コンソールで「IAM と管理」>「サービス アカウント」を開き、対象のプロジェクトを選択します。',
        '検出結果に記載されたサービスアカウントをクリックし、「鍵」タブを開きます。',
        'キーの利用箇所をすべて、サービスアカウントの割り当て、Workload Identity 連携、または権限借用に置き換えてから、キーの横のゴミ箱アイコンをクリックして「削除」で確定します。',
        '「IAM と管理」>「組織のポリシー」で「サービス アカウント キーの作成を無効化」を適用し、新しいキーを作成できないようにします。',
      ],
    },
  },
  remediation: {
    cli: [
      '# List user-managed keys of a service account',
      'gcloud iam service-accounts keys list --iam-account=SA_EMAIL --managed-by=user',
      '# Delete a key once nothing uses it',
      'gcloud iam service-accounts keys delete KEY_ID --iam-account=SA_EMAIL',
      '# Block new keys across the organisation',
      'gcloud resource-manager org-policies enable-enforce iam.disableServiceAccountKeyCreation --organization=ORGANIZATION_ID',
    ].join('\n'),
    terraform: [
      '# Remove google_service_account_key resources and block key creation.',
      'resource "google_org_policy_policy" "disable_sa_key_creation" {',
      '  name   = "organizations/${var.org_id}/policies/iam.disableServiceAccountKeyCreation"',
      '  parent = "organizations/${var.org_id}"',
      '  spec {',
      '    rules {',
      '      enforce = "TRUE"',
      '    }',
      '  }',
      '}',
      '',
      '# External workloads: Workload Identity Federation instead of keys',
      'resource "google_iam_workload_identity_pool" "ci" {',
      '  workload_identity_pool_id = "ci-pool"',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys',
    'https://cloud.google.com/iam/docs/service-account-creds#key-types',
    'https://cloud.google.com/iam/docs/workload-identity-federation',
    'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-service-accounts#disable_service_account_key_creation',
  ],
  evaluate(resource) {
    const key = resource.config;
    const id = keyId(key);
    if (key.keyType !== 'USER_MANAGED') {
      return pass(
        { en: `Key ${id} of ${key.serviceAccountEmail} is managed by Google (${key.keyType}).`, ja: `${key.serviceAccountEmail} のキー ${id} は Google が管理しています（${key.keyType}）。` },
        { keyType: key.keyType },
      );
    }
    const state = key.disabled ? { en: ' It is disabled, but it can be re-enabled.', ja: '無効化されていますが、再び有効にできます。' } : { en: '', ja: '' };
    const origin = key.keyOrigin === 'USER_PROVIDED' ? { en: 'an uploaded', ja: 'アップロードされた' } : { en: 'a', ja: '' };
    return fail(
      {
        en: `Service account ${key.serviceAccountEmail} has ${origin.en} user-managed key ${id}, created ${key.validAfterTime ?? 'at an unknown time'}.${state.en}`,
        ja: `サービスアカウント ${key.serviceAccountEmail} に${origin.ja}ユーザー管理キー ${id}（作成: ${key.validAfterTime ?? '不明'}）があります。${state.ja}`,
      },
      { serviceAccount: key.serviceAccountEmail, keyId: id, keyType: key.keyType, keyOrigin: key.keyOrigin, disabled: key.disabled ?? false, validAfterTime: key.validAfterTime, validBeforeTime: key.validBeforeTime },
    );
  },
});
