import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { durationSeconds } from '../../../../../src/providers/gcp/iam.js';
import { GCP_TYPES, type CryptoKeyConfig } from '../../../../../src/providers/gcp/model.js';
import { ROTATION_DAYS } from '../../iam/age.js';

const MAX_SECONDS = ROTATION_DAYS * 86_400; // 7776000s

export const rule = defineRule<CryptoKeyConfig>({
  id: 'gcp-kms-key-rotation-90-days',
  services: ['cloudkms'],
  title: {
    en: 'Cloud KMS encryption keys are rotated automatically within 90 days',
    ja: 'Cloud KMS の暗号鍵が 90 日以内に自動ローテーションされる',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.cryptoKey],
  requires: ['name', 'nextRotationTime', 'primary', 'purpose', 'rotationPeriod', 'versionTemplate'],
  frameworks: {
    'cis-gcp-5.0': ['1.11'],
    'nist-800-53-r5': ['SC-12'],
    'pci-dss-4.0': ['3.7.4'],
  },
  doc: {
    en: {
      description:
        'Checks that every symmetric encryption key (purpose ENCRYPT_DECRYPT) has automatic rotation configured with a rotation period of at most 90 days (7776000s) and a next rotation time no more than 90 days away. Keys without a rotation period fail. Asymmetric, MAC and raw keys, and Cloud EKM keys with protection level EXTERNAL, are not applicable: Cloud KMS cannot rotate them automatically.',
      urgency: 'Plan the fix this month: rotation limits the impact of a key compromise but does not close an open exposure by itself.',
      risk: 'Without rotation, one key version protects an ever-growing amount of data for years. If that version is ever compromised or misused, everything encrypted since the key was created is exposed, and compliance regimes that require defined cryptoperiods (PCI DSS, internal policies) are not met.',
      recommendation:
        'Set a rotation period of 90 days or less on each symmetric key. New data is then encrypted with the new primary version while older versions stay available for decryption; re-encrypt long-lived data if your policy requires it.',
      console: [
        'Open Security > Key Management in the Google Cloud console and select the project.',
        'Open the key ring, then the key named in the finding.',
        'Click "Edit rotation period", choose "Every 90 days" (or shorter), set the starting date, and click "Save".',
      ],
    },
    ja: {
      description:
        'すべての対称暗号鍵（用途が ENCRYPT_DECRYPT）で自動ローテーションが設定され、ローテーション期間が 90 日（7776000 秒）以内、次回ローテーション日時が 90 日以内であることを確認します。ローテーション期間のない鍵は不合格です。非対称鍵、MAC 鍵、raw 鍵、保護レベルが EXTERNAL の Cloud EKM 鍵は、Cloud KMS で自動ローテーションできないため対象外です。',
      urgency: '今月中に対応を計画してください。ローテーションは鍵が侵害された場合の影響を限定するものであり、それ自体で現在の露出を塞ぐものではありません。',
      risk: 'ローテーションしないと、1 つの鍵バージョンが何年にもわたり増え続けるデータを保護することになります。そのバージョンが侵害・悪用されれば、鍵の作成以降に暗号化されたすべてのデータが危険にさらされます。また、暗号期間の定義を求める基準（PCI DSS や社内規程など）を満たせません。',
      recommendation:
        '各対称鍵に 90 日以下のローテーション期間を設定してください。以降の新しいデータは新しいプライマリバージョンで暗号化され、古いバージョンは復号用に残ります。ポリシーで求められる場合は、長期間保存するデータを再暗号化してください。',
      console: [
        'Google Cloud コンソールで「セキュリティ」>「鍵管理」を開き、対象のプロジェクトを選択します。',
        'キーリングを開き、検出結果に記載された鍵を開きます。',
        '「ローテーション期間を編集」をクリックし、「90 日ごと」（またはそれより短い期間）と開始日を選んで「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud kms keys update KEY --keyring=KEY_RING --location=LOCATION \\',
      '  --rotation-period=90d --next-rotation-time="$(date -u -d "+90 days" +%Y-%m-%dT%H:%M:%SZ)"',
    ].join('\n'),
    terraform: [
      'resource "google_kms_crypto_key" "data" {',
      '  name            = "data"',
      '  key_ring        = google_kms_key_ring.app.id',
      '  purpose         = "ENCRYPT_DECRYPT"',
      '  rotation_period = "7776000s" # 90 days',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/kms/docs/key-rotation',
    'https://cloud.google.com/kms/docs/rotate-key',
    'https://cloud.google.com/kms/docs/reference/rest/v1/projects.locations.keyRings.cryptoKeys',
  ],
  evaluate(resource, ctx) {
    const key = resource.config;
    const purpose = key.purpose ?? 'ENCRYPT_DECRYPT';
    if (purpose !== 'ENCRYPT_DECRYPT') {
      return notApplicable(
        { en: `Key ${key.name} has purpose ${purpose}; Cloud KMS rotates only symmetric encryption keys automatically.`, ja: `鍵 ${key.name} の用途は ${purpose} です。Cloud KMS が自動ローテーションできるのは対称暗号鍵だけです。` },
        { purpose },
      );
    }
    const protection = key.versionTemplate?.protectionLevel ?? key.primary?.protectionLevel;
    if (protection === 'EXTERNAL') {
      return notApplicable(
        { en: `Key ${key.name} is a Cloud EKM key reached over the internet; its key material is rotated in the external key manager, not by Cloud KMS.`, ja: `鍵 ${key.name} はインターネット経由の Cloud EKM 鍵で、鍵マテリアルは Cloud KMS ではなく外部の鍵管理システムでローテーションします。` },
        { protectionLevel: protection },
      );
    }
    if (key.primary?.state === 'DESTROYED' || key.primary?.state === 'DESTROY_SCHEDULED') {
      return notApplicable(
        { en: `The primary version of key ${key.name} is ${key.primary.state}; the key can no longer encrypt.`, ja: `鍵 ${key.name} のプライマリバージョンは ${key.primary.state} で、もう暗号化に使えません。` },
        { primaryState: key.primary.state },
      );
    }
    if (!key.rotationPeriod) {
      return fail({ en: `Key ${key.name} has no automatic rotation period.`, ja: `鍵 ${key.name} に自動ローテーション期間が設定されていません。` }, { rotationPeriod: null, nextRotationTime: key.nextRotationTime ?? null });
    }
    const seconds = durationSeconds(key.rotationPeriod);
    if (seconds === undefined) {
      return notAssessed({ en: `The rotation period of key ${key.name} (${key.rotationPeriod}) cannot be read.`, ja: `鍵 ${key.name} のローテーション期間（${key.rotationPeriod}）を読み取れません。` });
    }
    const days = Math.round((seconds / 86_400) * 10) / 10;
    const evidence = { rotationPeriod: key.rotationPeriod, rotationDays: days, nextRotationTime: key.nextRotationTime ?? null, maxDays: ROTATION_DAYS };
    if (seconds > MAX_SECONDS) {
      return fail({ en: `Key ${key.name} rotates every ${days} days, longer than ${ROTATION_DAYS} days.`, ja: `鍵 ${key.name} のローテーション間隔は ${days} 日で、${ROTATION_DAYS} 日を超えています。` }, evidence);
    }
    const next = key.nextRotationTime ? Date.parse(key.nextRotationTime) : NaN;
    if (Number.isNaN(next)) {
      return fail({ en: `Key ${key.name} has a rotation period but no next rotation time, so it will not rotate.`, ja: `鍵 ${key.name} にはローテーション期間がありますが次回ローテーション日時がないため、ローテーションされません。` }, evidence);
    }
    if (next - ctx.now.getTime() > MAX_SECONDS * 1000) {
      return fail(
        { en: `Key ${key.name} is not due to rotate until ${key.nextRotationTime}, more than ${ROTATION_DAYS} days away.`, ja: `鍵 ${key.name} の次回ローテーションは ${key.nextRotationTime} で、${ROTATION_DAYS} 日以上先です。` },
        evidence,
      );
    }
    return pass({ en: `Key ${key.name} rotates every ${days} days; next rotation ${key.nextRotationTime}.`, ja: `鍵 ${key.name} は ${days} 日ごとにローテーションされます（次回: ${key.nextRotationTime}）。` }, evidence);
  },
});
