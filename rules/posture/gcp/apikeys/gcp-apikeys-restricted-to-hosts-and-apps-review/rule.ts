import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-apikeys-restricted-to-hosts-and-apps-review',
  services: ['apikeys'],
  title: {
    en: 'API key application restrictions name only the hosts and apps that really use the key',
    ja: 'API キーのアプリケーションの制限に、実際にキーを使うホストとアプリだけが指定されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: {
    'cis-gcp-5.0': ['1.14'],
    'nist-800-53-r5': ['AC-3'],
  },
  doc: {
    en: {
      description:
        "CIS 1.14 is a manual recommendation: review, with each key's owner, that the allowed HTTP referrers, IP addresses, Android packages and iOS bundle IDs are exactly the sites, servers and apps that call the key. mamori already checks automatically that every key has an application restriction and that it is not a wildcard such as '*', '*.[TLD]' or 0.0.0.0/0 (rule gcp-apikeys-application-restrictions); whether the listed hosts are still yours and still needed can only be judged by a person.",
      urgency: 'Review every quarter and whenever a site, server or app is retired.',
      risk: 'Restrictions that list retired domains (which may be re-registered by someone else), shared hosting, broad IP ranges of a cloud provider, or test apps let third parties use the key as if they were your application, consuming quota and billing the project.',
      recommendation:
        'For each key, compare the application restriction with the current inventory of callers; remove stale domains, addresses and apps, narrow broad ranges to specific addresses, and split keys used by several unrelated applications into one key per application.',
      console: [
        'Open APIs & Services > Credentials in the Google Cloud console and select the project.',
        'Click each API key and review "Application restrictions" with the application owner.',
        'Remove entries that are no longer used or not under your control and click "Save".',
        'Check APIs & Services > Metrics (filtered by credential) after the change to confirm legitimate traffic still succeeds.',
      ],
    },
    ja: {
      description:
        "CIS 1.14 は手動の推奨事項です。各キーの持ち主と一緒に、許可された HTTP リファラー、IP アドレス、Android パッケージ、iOS バンドル ID が、キーを呼び出すサイト、サーバー、アプリと正確に一致しているかを見直します。すべてのキーにアプリケーションの制限があり、'*'、'*.[TLD]'、0.0.0.0/0 のようなワイルドカードでないことは mamori が自動で確認しています（ルール gcp-apikeys-application-restrictions）。指定されたホストが今も自社のもので、今も必要かどうかは人が判断するしかありません。",
      urgency: '四半期ごと、およびサイト、サーバー、アプリを廃止したときに見直してください。',
      risk: '廃止したドメイン（第三者に再登録されるおそれがあります）、共有ホスティング、クラウド事業者の広い IP 範囲、テスト用アプリが制限に残っていると、第三者が自社のアプリケーションになりすましてキーを使い、割り当てを消費してプロジェクトに課金させることができます。',
      recommendation:
        '各キーについて、アプリケーションの制限を現在の呼び出し元の一覧と照らし合わせてください。使われていないドメイン、アドレス、アプリは削除し、広い範囲は特定のアドレスに絞り込み、無関係な複数のアプリケーションで共有しているキーはアプリケーションごとに分けてください。',
      console: [
        'Google Cloud コンソールで「API とサービス」>「認証情報」を開き、対象のプロジェクトを選択します。',
        '各 API キーをクリックし、アプリケーションの担当者と一緒に「アプリケーションの制限」を見直します。',
        '使われていない、または自社の管理下にないエントリを削除し、「保存」をクリックします。',
        '変更後、「API とサービス」>「指標」（認証情報で絞り込み）で、正規の通信が引き続き成功していることを確認します。',
      ],
    },
  },
  references: [
    'https://cloud.google.com/docs/authentication/api-keys#adding_application_restrictions',
    'https://cloud.google.com/docs/authentication/api-keys-best-practices',
  ],
});
