import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type ApiKeyConfig } from '../../../../../src/providers/gcp/model.js';
import { keyLabel } from '../keys.js';

/** An API target of this service means "all Google Cloud APIs": no real restriction. */
const ALL_CLOUD_APIS = 'cloudapis.googleapis.com';

export const rule = defineRule<ApiKeyConfig>({
  id: 'gcp-apikeys-api-restrictions',
  services: ['apikeys'],
  title: {
    en: 'API keys are restricted to only the APIs the application needs',
    ja: 'API キーがアプリケーションに必要な API だけに制限されている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [GCP_TYPES.apiKey],
  requires: ['displayName', 'name', 'restrictions'],
  frameworks: {
    'cis-gcp-5.0': ['1.15'],
    'nist-800-53-r5': ['AC-6', 'IA-5'],
  },
  doc: {
    en: {
      description:
        'Checks that each API key has API restrictions (restrictions.apiTargets) and that none of them is cloudapis.googleapis.com, which stands for all Google Cloud APIs. A key without API restrictions can call every API enabled in the project.',
      urgency: 'Fix within days: API keys are designed to be embedded in clients, so assume they are public; the API restriction is what limits the damage.',
      risk: 'An unrestricted key copied from a web page, app bundle or repository can call any API enabled in the project (for example Gemini/Vertex AI, Maps, Translation, or APIs that return project data), billing the project and consuming its quota. Attackers actively scan for leaked Google API keys to resell or abuse them.',
      recommendation:
        'Edit each key and, under "API restrictions", select "Restrict key" with only the APIs the calling application uses. Combine this with an application restriction (HTTP referrers, IP addresses, Android or iOS apps) and delete keys that are no longer used.',
      console: [
        'Open APIs & Services > Credentials in the Google Cloud console and select the project.',
        'Click the name of the API key listed in the finding.',
        'Under "API restrictions", select "Restrict key" and choose only the APIs the application calls (not "Cloud APIs" as a whole).',
        'Click "Save"; the change takes effect within a few minutes.',
      ],
    },
    ja: {
      description:
        '各 API キーに API の制限（restrictions.apiTargets）があり、その中に Google Cloud のすべての API を意味する cloudapis.googleapis.com が含まれていないことを確認します。API の制限がないキーは、プロジェクトで有効なすべての API を呼び出せます。',
      urgency: '数日以内に対応してください。API キーはクライアントに埋め込む前提のため公開されているものと考えるべきで、被害を限定するのは API の制限です。',
      risk: 'ウェブページ、アプリのパッケージ、リポジトリからコピーされた制限のないキーは、プロジェクトで有効な任意の API（Gemini や Vertex AI、Maps、Translation、プロジェクトのデータを返す API など）を呼び出せ、その費用はプロジェクトに請求され、割り当ても消費されます。攻撃者は漏えいした Google の API キーを積極的に探し、転売や悪用をしています。',
      recommendation:
        '各キーを編集し、「API の制限」で「キーを制限」を選んで、呼び出し元のアプリケーションが使う API だけを指定してください。あわせてアプリケーションの制限（HTTP リファラー、IP アドレス、Android アプリ、iOS アプリ）を設定し、使われていないキーは削除してください。',
      console: [
        'Google Cloud コンソールで「API とサービス」>「認証情報」を開き、対象のプロジェクトを選択します。',
        '検出結果に記載された API キーの名前をクリックします。',
        '「API の制限」で「キーを制限」を選び、アプリケーションが呼び出す API だけを選択します（「Cloud API」全体は選ばないでください）。',
        '「保存」をクリックします。変更は数分以内に反映されます。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Restrict the key to the APIs it needs (repeat --api-target per API)',
      'gcloud services api-keys update KEY_ID --project=PROJECT_ID \\',
      '  --api-target=service=translate.googleapis.com',
    ].join('\n'),
    terraform: [
      'resource "google_apikeys_key" "translate" {',
      '  name         = "translate-app"',
      '  display_name = "Translation API for the mobile app"',
      '  project      = var.project_id',
      '  restrictions {',
      '    api_targets {',
      '      service = "translate.googleapis.com"',
      '    }',
      '    android_key_restrictions {',
      '      allowed_applications {',
      '        package_name     = "com.example.app"',
      '        sha1_fingerprint = "1699466a142d4682a5f91b50fdf400f2358e2b0b"',
      '      }',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/docs/authentication/api-keys#api_key_restrictions',
    'https://cloud.google.com/docs/authentication/api-keys-best-practices',
    'https://cloud.google.com/api-keys/docs/reference/rest/v2/projects.locations.keys#Restrictions',
  ],
  evaluate(resource) {
    const key = resource.config;
    const label = keyLabel(key);
    const targets = key.restrictions?.apiTargets ?? [];
    if (targets.length === 0) {
      return fail({ en: `API key ${label} has no API restrictions: it can call every API enabled in the project.`, ja: `API キー ${label} に API の制限がなく、プロジェクトで有効なすべての API を呼び出せます。` }, { apiTargets: [] });
    }
    const services = targets.map((t) => t.service);
    if (services.includes(ALL_CLOUD_APIS)) {
      return fail(
        { en: `API key ${label} is restricted to ${ALL_CLOUD_APIS}, which allows all Google Cloud APIs.`, ja: `API キー ${label} の制限先が ${ALL_CLOUD_APIS} で、Google Cloud のすべての API を許可しています。` },
        { apiTargets: services },
      );
    }
    return pass({ en: `API key ${label} may call only: ${services.join(', ')}.`, ja: `API キー ${label} が呼び出せるのは次の API だけです: ${services.join('、')}。` }, { apiTargets: services });
  },
});
