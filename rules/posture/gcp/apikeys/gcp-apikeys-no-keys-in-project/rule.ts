import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type ApiKeyConfig, type ProjectConfig } from '../../../../../src/providers/gcp/model.js';
import { keyLabel } from '../keys.js';

export const rule = defineRule<ProjectConfig>({
  id: 'gcp-apikeys-no-keys-in-project',
  services: ['cloudresourcemanager', 'apikeys'],
  title: {
    en: 'The project has no API keys (API keys exist only where no other authentication is possible)',
    ja: 'プロジェクトに API キーがない（API キーは他の認証方法が使えない場合にのみ存在する）',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [GCP_TYPES.project],
  requires: ['projectId'],
  reads: [GCP_TYPES.apiKey],
  frameworks: {
    'cis-gcp-5.0': ['1.13'],
    'nist-800-53-r5': ['IA-2', 'IA-5'],
  },
  doc: {
    en: {
      description:
        'Checks that the project has no API keys, as CIS 1.13 asks: API keys should only exist for services where standard authentication (OAuth, service accounts, Workload Identity Federation) cannot be used. Every key found is listed so its owner can confirm it is still needed.',
      urgency: 'Low urgency: review the listed keys during regular maintenance; keys that are unrestricted or old are flagged separately with higher priority.',
      risk: 'An API key is a bearer secret that identifies only the project, not a user or workload. Keys are embedded in web pages, mobile apps and scripts, where anyone can copy them and call the APIs they allow at the project\'s expense (quota theft, billing abuse, data exposure for APIs that return project data). Forgotten keys for retired services keep that exposure open.',
      recommendation:
        'Delete API keys that are no longer used, and replace keys for server-to-server use with service account authentication. Keep keys only for the cases that need them (for example Maps JavaScript API in a browser, or Firebase client apps), each restricted to the calling application and to the APIs it needs.',
      console: [
        'Open APIs & Services > Credentials in the Google Cloud console and select the project.',
        'In the "API Keys" section, review each key listed in the finding with its owner.',
        'For keys no longer needed, click the key\'s actions menu and choose "Delete API key" (deleted keys can be restored for 30 days).',
      ],
    },
    ja: {
      description:
        'CIS 1.13 に従い、プロジェクトに API キーがないことを確認します。API キーは、標準の認証方法（OAuth、サービスアカウント、Workload Identity 連携）が使えないサービスに限って存在すべきです。見つかったキーはすべて一覧にし、持ち主が引き続き必要かどうかを確認できるようにします。',
      urgency: '緊急度は低めです。一覧のキーは定期的なメンテナンスの中で見直してください。制限のないキーや古いキーは、別のルールでより高い優先度で検出されます。',
      risk: 'API キーはプロジェクトだけを識別するベアラーシークレットで、ユーザーやワークロードは識別しません。キーはウェブページ、モバイルアプリ、スクリプトに埋め込まれるため誰でもコピーでき、許可された API をプロジェクトの費用で呼び出されます（割り当ての窃取、課金の悪用、プロジェクトのデータを返す API ではデータの露出）。廃止したサービスのキーを放置すると、このリスクが残り続けます。',
      recommendation:
        '使われていない API キーは削除し、サーバー間の通信に使っているキーはサービスアカウントによる認証に置き換えてください。キーは本当に必要な用途（ブラウザで使う Maps JavaScript API や Firebase のクライアントアプリなど）に限って残し、それぞれ呼び出し元のアプリケーションと必要な API に制限してください。',
      console: [
        'Google Cloud コンソールで「API とサービス」>「認証情報」を開き、対象のプロジェクトを選択します。',
        '「API キー」セクションで、検出結果に記載された各キーを持ち主と一緒に見直します。',
        '不要なキーは、キーの操作メニューから「API キーを削除」を選びます（削除したキーは 30 日以内であれば復元できます）。',
      ],
    },
  },
  remediation: {
    cli: [
      '# List the API keys of the project',
      'gcloud services api-keys list --project=PROJECT_ID',
      '# Delete a key that is no longer needed',
      'gcloud services api-keys delete KEY_ID --project=PROJECT_ID',
    ].join('\n'),
    terraform: [
      '# Remove unneeded google_apikeys_key resources from the configuration; keep only keys that must exist,',
      '# each restricted to its application and APIs:',
      'resource "google_apikeys_key" "maps_web" {',
      '  name         = "maps-web"',
      '  display_name = "Maps JavaScript API for www.example.com"',
      '  project      = var.project_id',
      '  restrictions {',
      '    browser_key_restrictions {',
      '      allowed_referrers = ["https://www.example.com/*"]',
      '    }',
      '    api_targets {',
      '      service = "maps-backend.googleapis.com"',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/docs/authentication/api-keys',
    'https://cloud.google.com/docs/authentication/api-keys-best-practices',
    'https://cloud.google.com/sdk/gcloud/reference/services/api-keys',
  ],
  evaluate(resource, ctx) {
    const project = resource.config;
    const keys = ctx.resources<ApiKeyConfig>(GCP_TYPES.apiKey, { account: project.projectId });
    if (keys.length === 0) {
      return pass({ en: `Project ${project.projectId} has no API keys.`, ja: `プロジェクト ${project.projectId} に API キーはありません。` });
    }
    const labels = keys.map((k) => keyLabel(k.config));
    return fail(
      {
        en: `Project ${project.projectId} has ${keys.length} API key(s): ${labels.join(', ')}. Confirm each is still needed and cannot be replaced by service account authentication.`,
        ja: `プロジェクト ${project.projectId} に ${keys.length} 個の API キーがあります: ${labels.join('、')}。それぞれが引き続き必要で、サービスアカウントによる認証に置き換えられないかを確認してください。`,
      },
      { apiKeys: keys.map((k) => ({ name: k.config.name, displayName: k.config.displayName, createTime: k.config.createTime })) },
    );
  },
});
