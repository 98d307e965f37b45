import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type ServiceAccountKeyConfig } from '../../../../../src/providers/gcp/model.js';
import { ROTATION_DAYS, ageInDays } from '../age.js';
import { keyId } from '../gcp-iam-sa-no-user-managed-keys/rule.js';

export const rule = defineRule<ServiceAccountKeyConfig>({
  id: 'gcp-iam-sa-key-rotated-90-days',
  services: ['iam'],
  title: {
    en: 'User-managed service account keys are rotated every 90 days or fewer',
    ja: 'ユーザー管理のサービスアカウントキーが 90 日以内にローテーションされている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [GCP_TYPES.serviceAccountKey],
  requires: ['disabled', 'keyType', 'name', 'serviceAccountEmail', 'validAfterTime'],
  frameworks: {
    'cis-gcp-5.0': ['1.8'],
    'nist-800-53-r5': ['IA-5', 'IA-5(1)'],
    'pci-dss-4.0': ['8.6.3'],
  },
  doc: {
    en: {
      description:
        'Checks that every user-managed (including uploaded, external) service account key was created no more than 90 days before the snapshot, using the key\'s validAfterTime. Google-managed keys are rotated by Google and are not applicable. Disabled keys are checked too: an old key that is only disabled still exists and can be re-enabled.',
      urgency: 'Fix within days: the older a key, the more copies of it exist and the longer a leaked copy has been usable.',
      risk: 'Service account keys do not expire by default. A key that has been in use for months has been copied to more machines, pipelines and backups, and a leaked copy keeps working until the key is deleted. Regular rotation limits how long a stolen key stays valuable.',
      recommendation:
        'Create a new key, switch the consumers to it, then delete the old key (disabling it first for a short observation period is fine, but delete it afterwards). Better, remove the need for keys with Workload Identity Federation or attached service accounts; if keys must remain, set the organisation policy constraint iam.serviceAccountKeyExpiryHours so keys expire automatically.',
      console: [
        'Open IAM & Admin > Service Accounts in the Google Cloud console and select the project.',
        'Click the service account named in the finding and open the "Keys" tab; the "Key creation date" column shows the key age.',
        'Click "Add key" > "Create new key", distribute the new key to its consumers through your secret manager, and confirm they use it.',
        'Click the trash icon next to the old key and confirm "Delete".',
      ],
    },
    ja: {
      description:
        'ユーザー管理（アップロードした外部キーを含む）のサービスアカウントキーが、スナップショット取得時点で作成から 90 日以内であることを、キーの validAfterTime で確認します。Google 管理のキーは Google がローテーションするため対象外です。無効化されたキーも確認します。無効化しただけの古いキーは残っており、再び有効にできるためです。',
      urgency: '数日以内に対応してください。キーが古いほど複製が増え、漏えいした複製が使える期間も長くなります。',
      risk: 'サービスアカウントキーには既定で有効期限がありません。何か月も使われているキーは多くのマシン、パイプライン、バックアップに複製されており、漏えいした複製はキーを削除するまで使えてしまいます。定期的なローテーションにより、盗まれたキーが悪用できる期間を限定できます。',
      recommendation:
        '新しいキーを作成して利用側を切り替えてから、古いキーを削除してください（短期間の様子見として先に無効化するのは構いませんが、その後必ず削除します）。より望ましいのは、Workload Identity 連携やサービスアカウントの割り当てによってキー自体を不要にすることです。キーを残す必要がある場合は、組織ポリシーの制約 iam.serviceAccountKeyExpiryHours でキーが自動的に失効するようにしてください。',
      console: [
        'Google Cloud コンソールで「IAM と管理」>「サービス アカウント」を開き、対象のプロジェクトを選択します。',
        '検出結果に記載されたサービスアカウントをクリックして「鍵」タブを開きます。「鍵の作成日」列でキーの経過日数を確認できます。',
        '「鍵を追加」>「新しい鍵を作成」で新しいキーを作成し、シークレット管理の仕組みを通じて利用側に配布し、切り替わったことを確認します。',
        '古いキーの横のゴミ箱アイコンをクリックし、「削除」で確定します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Find old user-managed keys',
      'gcloud iam service-accounts keys list --iam-account=SA_EMAIL --managed-by=user \\',
      '  --format="table(name.basename(), validAfterTime, disabled)"',
      '# Rotate: create a new key, move consumers to it, then delete the old one',
      'gcloud iam service-accounts keys create new-key.json --iam-account=SA_EMAIL',
      'gcloud iam service-accounts keys delete OLD_KEY_ID --iam-account=SA_EMAIL',
    ].join('\n'),
    terraform: [
      '# Rotate keys automatically with the time provider: a new key every 90 days.',
      'resource "time_rotating" "sa_key" {',
      '  rotation_days = 90',
      '}',
      '',
      'resource "google_service_account_key" "app" {',
      '  service_account_id = google_service_account.app.name',
      '  keepers = {',
      '    rotation = time_rotating.sa_key.rotation_rfc3339',
      '  }',
      '}',
      '',
      '# And let keys expire organisation-wide',
      'resource "google_org_policy_policy" "sa_key_expiry" {',
      '  name   = "organizations/${var.org_id}/policies/iam.serviceAccountKeyExpiryHours"',
      '  parent = "organizations/${var.org_id}"',
      '  spec {',
      '    rules {',
      '      values {',
      '        allowed_values = ["2160h"]',
      '      }',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys#rotate-keys',
    'https://cloud.google.com/iam/docs/keys-create-delete',
    'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-service-accounts#limit_key_expiry',
  ],
  evaluate(resource, ctx) {
    const key = resource.config;
    const id = keyId(key);
    if (key.keyType !== 'USER_MANAGED') {
      return notApplicable({ en: `Key ${id} is managed and rotated by Google.`, ja: `キー ${id} は Google が管理・ローテーションしています。` }, { keyType: key.keyType });
    }
    const age = ageInDays(key.validAfterTime, ctx.now);
    if (age === undefined) {
      return notAssessed({ en: `Key ${id} of ${key.serviceAccountEmail} has no readable creation time (validAfterTime).`, ja: `${key.serviceAccountEmail} のキー ${id} の作成日時（validAfterTime）を読み取れません。` });
    }
    const evidence = { serviceAccount: key.serviceAccountEmail, keyId: id, validAfterTime: key.validAfterTime, ageDays: age, disabled: key.disabled ?? false, maxAgeDays: ROTATION_DAYS };
    if (age > ROTATION_DAYS) {
      const state = key.disabled ? { en: ' It is disabled but not deleted.', ja: '無効化されていますが削除されていません。' } : { en: '', ja: '' };
      return fail(
        {
          en: `User-managed key ${id} of ${key.serviceAccountEmail} is ${age} days old (created ${key.validAfterTime}), over the ${ROTATION_DAYS}-day limit.${state.en}`,
          ja: `${key.serviceAccountEmail} のユーザー管理キー ${id} は作成から ${age} 日経過しており（作成: ${key.validAfterTime}）、上限の ${ROTATION_DAYS} 日を超えています。${state.ja}`,
        },
        evidence,
      );
    }
    return pass(
      { en: `User-managed key ${id} of ${key.serviceAccountEmail} is ${age} days old.`, ja: `${key.serviceAccountEmail} のユーザー管理キー ${id} は作成から ${age} 日です。` },
      evidence,
    );
  },
});
