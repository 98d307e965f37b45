import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type ApiKeyConfig } from '../../../../../src/providers/gcp/model.js';
import { ROTATION_DAYS, ageInDays } from '../../iam/age.js';
import { keyLabel } from '../keys.js';

export const rule = defineRule<ApiKeyConfig>({
  id: 'gcp-apikeys-rotated-90-days',
  services: ['apikeys'],
  title: {
    en: 'API keys are rotated every 90 days',
    ja: 'API キーが 90 日ごとにローテーションされている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.apiKey],
  requires: ['createTime', 'displayName', 'name'],
  frameworks: {
    'cis-gcp-5.0': ['1.16'],
    'nist-800-53-r5': ['IA-5', 'IA-5(1)'],
  },
  doc: {
    en: {
      description: 'Checks that each API key was created no more than 90 days before the snapshot (its createTime). An API key cannot be renewed in place: rotating means creating a new key and deleting the old one.',
      urgency: 'Plan the fix this month: an old key is not exposed by itself, but the longer it lives the more places it has been copied to.',
      risk: 'API keys do not expire. A key that has lived for a long time has been embedded in more app versions, pages, scripts and logs, and a copy leaked long ago still works. Regular rotation bounds how long a leaked key can be abused.',
      recommendation:
        'Create a replacement key with the same application and API restrictions, roll it out to the clients that use the old key, then delete the old key. Automate the rotation where possible (for example with Terraform and a rotating time resource) and keep API keys only where no other authentication method is possible.',
      console: [
        'Open APIs & Services > Credentials in the Google Cloud console and select the project.',
        'Click "Create credentials" > "API key", then edit the new key to copy the application and API restrictions of the old key listed in the finding.',
        'Deploy the new key to every client that uses the old one and confirm traffic has moved (APIs & Services > Metrics, filtered by credential).',
        'Open the actions menu of the old key and choose "Delete API key".',
      ],
    },
    ja: {
      description: '各 API キーが、スナップショット取得時点で作成（createTime）から 90 日以内であることを確認します。API キーはその場で更新できないため、ローテーションとは新しいキーを作成して古いキーを削除することを指します。',
      urgency: '今月中に対応を計画してください。古いキーそれ自体が露出を意味するわけではありませんが、長く使うほどコピーされた場所が増えていきます。',
      risk: 'API キーには有効期限がありません。長く使われているキーほど、多くのアプリのバージョン、ページ、スクリプト、ログに埋め込まれており、ずっと前に漏えいしたコピーも使えてしまいます。定期的なローテーションにより、漏えいしたキーが悪用できる期間を限定できます。',
      recommendation:
        '同じアプリケーションの制限と API の制限を持つ代わりのキーを作成し、古いキーを使っているクライアントに展開してから、古いキーを削除してください。可能であれば（Terraform と時間でローテーションするリソースなどで）ローテーションを自動化し、API キーは他の認証方法が使えない場合に限って使用してください。',
      console: [
        'Google Cloud コンソールで「API とサービス」>「認証情報」を開き、対象のプロジェクトを選択します。',
        '「認証情報を作成」>「API キー」をクリックし、新しいキーを編集して、検出結果に記載された古いキーと同じアプリケーションの制限と API の制限を設定します。',
        '古いキーを使っているすべてのクライアントに新しいキーを展開し、通信が移行したことを確認します（「API とサービス」>「指標」で認証情報ごとに絞り込めます）。',
        '古いキーの操作メニューから「API キーを削除」を選びます。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Create the replacement with the same restrictions as the old key',
      'gcloud services api-keys create --project=PROJECT_ID --display-name="app key 2026-Q4" \\',
      '  --api-target=service=translate.googleapis.com --allowed-referrers="https://www.example.com/*"',
      '# After clients have switched, delete the old key',
      'gcloud services api-keys delete OLD_KEY_ID --project=PROJECT_ID',
    ].join('\n'),
    terraform: [
      '# A new key every 90 days (create_before_destroy keeps a key available during the switch).',
      'resource "time_rotating" "api_key" {',
      '  rotation_days = 90',
      '}',
      '',
      'resource "google_apikeys_key" "app" {',
      '  name         = "app-${formatdate("YYYYMMDD", time_rotating.api_key.rfc3339)}"',
      '  display_name = "App key"',
      '  project      = var.project_id',
      '  restrictions {',
      '    api_targets {',
      '      service = "translate.googleapis.com"',
      '    }',
      '  }',
      '  lifecycle {',
      '    create_before_destroy = true',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/docs/authentication/api-keys-best-practices',
    'https://cloud.google.com/docs/authentication/api-keys',
    'https://cloud.google.com/api-keys/docs/reference/rest/v2/projects.locations.keys',
  ],
  evaluate(resource, ctx) {
    const key = resource.config;
    const label = keyLabel(key);
    const age = ageInDays(key.createTime, ctx.now);
    if (age === undefined) {
      return notAssessed({ en: `API key ${label} has no readable creation time.`, ja: `API キー ${label} の作成日時を読み取れません。` });
    }
    const evidence = { createTime: key.createTime, ageDays: age, maxAgeDays: ROTATION_DAYS };
    if (age > ROTATION_DAYS) {
      return fail(
        { en: `API key ${label} was created ${age} days ago (${key.createTime}), more than ${ROTATION_DAYS} days.`, ja: `API キー ${label} は作成から ${age} 日経過しており（作成: ${key.createTime}）、${ROTATION_DAYS} 日を超えています。` },
        evidence,
      );
    }
    return pass({ en: `API key ${label} was created ${age} days ago.`, ja: `API キー ${label} は作成から ${age} 日です。` }, evidence);
  },
});
