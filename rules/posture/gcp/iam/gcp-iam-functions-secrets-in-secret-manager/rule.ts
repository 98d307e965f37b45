import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-iam-functions-secrets-in-secret-manager',
  services: ['iam'],
  title: {
    en: 'Secrets are not stored in Cloud Run functions environment variables (Secret Manager is used)',
    ja: 'Cloud Run functions の環境変数にシークレットが保存されていない（Secret Manager を使用している）',
  },
  severity: 'HIGH',
  urgency: 'medium',
  frameworks: {
    'cis-gcp-5.0': ['1.18'],
    'nist-800-53-r5': ['IA-5(7)', 'SC-28'],
    'pci-dss-4.0': ['8.6.2'],
  },
  doc: {
    en: {
      description:
        'Confirm that Cloud Run functions (formerly Cloud Functions) and Cloud Run services do not hold passwords, API keys, tokens or private keys in plain environment variables, and reference Secret Manager secrets instead (as environment variables or mounted volumes). mamori does not collect function configurations, and telling a secret from an ordinary value needs human judgement, so this is a manual check.',
      urgency: 'Review this quarter, and immediately for functions handling production credentials.',
      risk: 'Plain environment variables are readable by anyone with view access to the function (roles/cloudfunctions.viewer, roles/run.viewer, project Viewer), appear in deployment descriptions and exports, and are copied into every revision. A leaked database password or third-party API key then outlives rotation because old revisions keep it.',
      recommendation:
        'Store each secret in Secret Manager, grant the function\'s runtime service account roles/secretmanager.secretAccessor on that secret only, and redeploy the function with the secret referenced (--set-secrets) instead of --set-env-vars. Rotate any secret that was previously stored in plain text, and delete old revisions that still contain it.',
      console: [
        'Open Cloud Run in the Google Cloud console (functions are listed there) and select each function or service.',
        'Open the "Revisions" tab > "Containers" > "Variables & Secrets" and look for values that are passwords, keys or tokens.',
        'Create the secret in Security > Secret Manager, then choose "Edit & deploy new revision" and, under "Variables & Secrets", reference it with "Reference a secret" instead of a plain variable.',
        'Deploy, rotate the exposed secret at its source, and remove the plain variable.',
      ],
    },
    ja: {
      description:
        'Cloud Run functions（旧 Cloud Functions）や Cloud Run サービスが、パスワード、API キー、トークン、秘密鍵を平文の環境変数に持たず、代わりに Secret Manager のシークレットを（環境変数またはボリュームのマウントとして）参照していることを確認します。mamori は関数の設定を収集しておらず、シークレットと通常の値の区別には人の判断が必要なため、手動での確認になります。',
      urgency: '今四半期中に見直してください。本番の認証情報を扱う関数は直ちに確認してください。',
      risk: '平文の環境変数は、関数の閲覧権限を持つ人（roles/cloudfunctions.viewer、roles/run.viewer、プロジェクトの閲覧者）なら誰でも読め、デプロイの詳細やエクスポートにも現れ、すべてのリビジョンに複製されます。漏えいしたデータベースのパスワードや外部 API のキーは、古いリビジョンに残るため、ローテーションした後も残り続けます。',
      recommendation:
        '各シークレットを Secret Manager に保存し、関数のランタイム サービスアカウントにはそのシークレットに対する roles/secretmanager.secretAccessor だけを付与して、--set-env-vars ではなく --set-secrets でシークレットを参照するよう関数を再デプロイしてください。平文で保存していたシークレットはすべてローテーションし、それを含む古いリビジョンは削除してください。',
      console: [
        'Google Cloud コンソールで Cloud Run を開き（関数もここに表示されます）、各関数またはサービスを選択します。',
        '「リビジョン」タブ >「コンテナ」>「変数とシークレット」を開き、パスワード、キー、トークンに当たる値がないかを確認します。',
        '「セキュリティ」>「Secret Manager」でシークレットを作成し、「編集して新しいリビジョンをデプロイ」の「変数とシークレット」で、平文の変数の代わりに「シークレットを参照」で指定します。',
        'デプロイ後、露出したシークレットを発行元でローテーションし、平文の変数を削除します。',
      ],
    },
  },
  remediation: {
    cli: [
      'printf "%s" "$DB_PASSWORD" | gcloud secrets create db-password --data-file=-',
      'gcloud secrets add-iam-policy-binding db-password \\',
      '  --member="serviceAccount:FUNCTION_SA_EMAIL" --role="roles/secretmanager.secretAccessor"',
      'gcloud functions deploy FUNCTION_NAME --gen2 --region=REGION \\',
      '  --remove-env-vars=DB_PASSWORD --set-secrets="DB_PASSWORD=db-password:latest"',
    ].join('\n'),
    terraform: [
      'resource "google_cloudfunctions2_function" "app" {',
      '  name     = "app"',
      '  location = var.region',
      '  # build_config { … }',
      '  service_config {',
      '    service_account_email = google_service_account.app.email',
      '    secret_environment_variables {',
      '      key        = "DB_PASSWORD"',
      '      project_id = var.project_id',
      '      secret     = google_secret_manager_secret.db_password.secret_id',
      '      version    = "latest"',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/functions/docs/configuring/secrets',
    'https://cloud.google.com/run/docs/configuring/services/secrets',
    'https://cloud.google.com/secret-manager/docs/best-practices',
  ],
});
