import { LAMBDA_FUNCTION_TYPE, type LambdaFunctionConfig } from '../../../../../src/providers/aws/model/lambda.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';

/** Name parts that usually mean the variable holds a secret value. */
const SECRET_TOKENS = new Set(['PASSWORD', 'PASSWD', 'PASS', 'PWD', 'SECRET', 'SECRETS', 'TOKEN', 'APIKEY', 'PRIVATEKEY', 'CREDENTIAL', 'CREDENTIALS', 'CREDS']);
/** Adjacent parts that together name a secret (API_KEY, ACCESS_KEY, ...). */
const SECRET_PAIRS = [['API', 'KEY'], ['PRIVATE', 'KEY'], ['ACCESS', 'KEY'], ['SECRET', 'KEY'], ['SIGNING', 'KEY'], ['ENCRYPTION', 'KEY'], ['CLIENT', 'SECRET'], ['CONNECTION', 'STRING']];
/** Last parts that mean the variable holds a reference to a secret, not the secret itself. */
const REFERENCE_SUFFIXES = new Set(['ARN', 'NAME', 'ID', 'PATH', 'PARAM', 'PARAMETER', 'URL', 'URI', 'ENDPOINT', 'TTL', 'EXPIRY', 'EXPIRES', 'ENABLED', 'LENGTH', 'FILE', 'REGION', 'HEADER', 'TYPE', 'VERSION', 'KEYID']);

/** Whether an environment variable NAME suggests a secret value (the value itself is never collected). */
export function looksLikeSecret(name: string): boolean {
  const parts = name.toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
  if (parts.length === 0 || REFERENCE_SUFFIXES.has(parts[parts.length - 1])) return false;
  if (parts.some((p) => SECRET_TOKENS.has(p) || p.endsWith('PASSWORD') || p.endsWith('SECRET') || p.endsWith('TOKEN'))) return true;
  for (let i = 0; i + 1 < parts.length; i++) {
    if (SECRET_PAIRS.some(([a, b]) => parts[i] === a && parts[i + 1] === b)) return true;
  }
  return false;
}

export const rule = defineRule<LambdaFunctionConfig>({
  id: 'aws-lambda-env-secret-names',
  services: ['lambda'],
  title: {
    en: 'Lambda environment variables do not appear to hold secrets',
    ja: 'Lambda の環境変数にシークレットと思われる値が設定されていない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [LAMBDA_FUNCTION_TYPE],
  requires: ['environmentVariableNames'],
  frameworks: {
    'nist-800-53-r5': ['IA-5(7)', 'SC-28'],
  },
  doc: {
    en: {
      description: 'Flags functions whose environment variable NAMES suggest secrets (for example DB_PASSWORD, *_SECRET, *_TOKEN, API_KEY, AWS_SECRET_ACCESS_KEY) as a hint to move them to AWS Secrets Manager or SSM Parameter Store. mamori never reads the values; names ending in _ARN, _NAME, _ID, _PATH and similar references are ignored.',
      urgency: 'Fix within the month: plan the move to Secrets Manager with the next release, and rotate the secret afterwards since it has been visible in configuration.',
      risk: 'Environment variables are returned in cleartext by lambda:GetFunctionConfiguration and GetFunction to anyone with read access (ReadOnlyAccess, support tooling, CI roles), shown in the console, copied into IaC state files and CloudFormation templates, and often logged by error handlers. A database password stored this way is effectively shared with everyone who can read the function, and it is rarely rotated.',
      recommendation: 'Store the secret in AWS Secrets Manager (with rotation) or an SSM SecureString parameter, pass only its ARN or name (for example DB_SECRET_ARN) in the environment, and read it at start-up with the AWS Parameters and Secrets Lambda Extension or the SDK. Then rotate the old value, because it has been exposed. If a variable only looks like a secret, rename it.',
      console: [
        'Open the Secrets Manager console and choose Store a new secret; enter the value and enable rotation if supported.',
        'In the Lambda console open Configuration > Environment variables, replace the secret variable with one holding the secret ARN and grant secretsmanager:GetSecretValue to the execution role.',
        'Deploy code that reads the secret at start-up, then rotate the old credential.',
      ],
    },
    ja: {
      description: '環境変数の「名前」がシークレットを示唆する関数（例: DB_PASSWORD、*_SECRET、*_TOKEN、API_KEY、AWS_SECRET_ACCESS_KEY）を検出し、AWS Secrets Manager や SSM Parameter Store への移行を促します。mamori は値を一切読み取りません。_ARN、_NAME、_ID、_PATH などで終わる参照用の名前は対象外です。',
      urgency: '今月中に対応してください。次回のリリースで Secrets Manager への移行を計画し、設定上で見えていたシークレットは移行後にローテーションします。',
      risk: '環境変数は lambda:GetFunctionConfiguration や GetFunction により、読み取り権限を持つ誰にでも（ReadOnlyAccess、サポート用ツール、CI のロールなど）平文で返され、コンソールにも表示され、IaC のステートファイルや CloudFormation テンプレートにもコピーされ、エラーハンドラーのログに出力されることもあります。このように保存されたデータベースのパスワードは、関数を参照できる全員と共有されているのと同じで、ローテーションもほとんど行われません。',
      recommendation: 'シークレットは AWS Secrets Manager（ローテーション付き）または SSM の SecureString パラメータに保存し、環境変数にはその ARN や名前（例: DB_SECRET_ARN）だけを渡して、起動時に AWS Parameters and Secrets Lambda Extension や SDK で取得してください。露出していた古い値はその後ローテーションします。シークレットではないのに名前が紛らわしい変数は名前を変更します。',
      console: [
        'Secrets Manager コンソールで「新しいシークレットを保存する」を選び、値を入力して可能ならローテーションを有効にします。',
        'Lambda コンソールの「設定」>「環境変数」でシークレットの変数をシークレット ARN を持つ変数に置き換え、実行ロールに secretsmanager:GetSecretValue を付与します。',
        '起動時にシークレットを読み込むコードをデプロイし、古い認証情報をローテーションします。',
      ],
    },
  },
  remediation: {
    cli: [
      'aws secretsmanager create-secret --name prod/order-processor/db --secret-string file://db-credentials.json',
      'aws lambda update-function-configuration --function-name <function> --environment \'Variables={DB_SECRET_ARN=<secret-arn>,LOG_LEVEL=info}\'',
    ].join('\n'),
    terraform: 'resource "aws_secretsmanager_secret" "db" {\n  name = "prod/order-processor/db"\n}\n\nresource "aws_lambda_function" "order_processor" {\n  # ...\n  environment {\n    variables = {\n      DB_SECRET_ARN = aws_secretsmanager_secret.db.arn\n      LOG_LEVEL     = "info"\n    }\n  }\n}',
    cloudformation: 'DbSecret:\n  Type: AWS::SecretsManager::Secret\n  Properties:\n    Name: prod/order-processor/db\n    GenerateSecretString:\n      SecretStringTemplate: \'{"username":"app"}\'\n      GenerateStringKey: password\nOrderProcessor:\n  Type: AWS::Lambda::Function\n  Properties:\n    # ...\n    Environment:\n      Variables:\n        DB_SECRET_ARN: !Ref DbSecret\n        LOG_LEVEL: info',
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html',
  ],
  evaluate(fn) {
    const names = fn.config.environmentVariableNames;
    if (names.length === 0) return notApplicable({ en: 'The function has no environment variables.', ja: '関数に環境変数はありません。' });
    const suspicious = names.filter(looksLikeSecret);
    return suspicious.length
      ? fail(
          { en: `Environment variable names suggest secrets stored in plain configuration: ${suspicious.join(', ')}.`, ja: `環境変数の名前からシークレットが設定に直接保存されていると思われます: ${suspicious.join(', ')}。` },
          { variables: suspicious },
        )
      : pass({ en: `None of ${names.length} environment variable names look like secrets.`, ja: `${names.length} 個の環境変数名にシークレットと思われるものはありません。` });
  },
});
