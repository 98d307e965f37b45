import { LAMBDA_FUNCTION_TYPE, type LambdaFunctionConfig } from '../../../../../src/providers/aws/model/lambda.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<LambdaFunctionConfig>({
  id: 'aws-lambda-xray-tracing',
  services: ['lambda'],
  title: {
    en: 'Lambda functions have AWS X-Ray active tracing enabled',
    ja: 'Lambda 関数で AWS X-Ray のアクティブトレースが有効になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [LAMBDA_FUNCTION_TYPE],
  requires: ['TracingMode'],
  frameworks: {
    fsbp: ['Lambda.7'],
    'nist-800-53-r5': ['CA-7'],
  },
  doc: {
    en: {
      description: 'Checks that TracingConfig.Mode is Active, so X-Ray records a trace of every invocation and its downstream calls.',
      urgency: 'Low urgency: it improves monitoring and investigation; enable it with the next deployment.',
      risk: 'Without traces you cannot see which downstream services (databases, S3, external APIs) an invocation called, so unusual data access or calls to unexpected endpoints during an incident, as well as latency and error root causes, stay invisible.',
      recommendation: 'Enable active tracing, grant the execution role AWSXRayDaemonWriteAccess (xray:PutTraceSegments), and instrument the SDK clients in the function code; use sampling rules to control cost.',
      console: [
        'Open the Lambda console, select the function and choose Configuration > Monitoring and operations tools.',
        'Choose Edit and turn on "Active tracing" under AWS X-Ray.',
        'Save; the console offers to add the X-Ray permissions to the execution role.',
      ],
    },
    ja: {
      description: 'TracingConfig.Mode が Active で、X-Ray がすべての呼び出しとその下流の呼び出しをトレースとして記録するかを確認します。',
      urgency: '緊急度は低めです。監視と調査を改善する対策のため、次回のデプロイ時に有効化してください。',
      risk: 'トレースがないと、呼び出しがどの下流サービス（データベース、S3、外部 API）にアクセスしたかが見えず、インシデント時の不審なデータアクセスや想定外の宛先への通信、遅延やエラーの根本原因を把握できません。',
      recommendation: 'アクティブトレースを有効にし、実行ロールに AWSXRayDaemonWriteAccess（xray:PutTraceSegments）を付与して、関数コード内の SDK クライアントを計装してください。費用はサンプリングルールで調整します。',
      console: [
        'Lambda コンソールで関数を選択し「設定」>「モニタリングおよび運用ツール」を開きます。',
        '「編集」を選び、AWS X-Ray の「アクティブトレース」をオンにします。',
        '保存します（コンソールが実行ロールへの X-Ray 権限の追加を提案します）。',
      ],
    },
  },
  remediation: {
    cli: 'aws lambda update-function-configuration --function-name <function> --tracing-config Mode=Active',
    terraform: 'resource "aws_lambda_function" "order_processor" {\n  # ...\n  tracing_config {\n    mode = "Active"\n  }\n}',
    cloudformation: 'OrderProcessor:\n  Type: AWS::Lambda::Function\n  Properties:\n    # ...\n    TracingConfig:\n      Mode: Active',
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-7',
  ],
  evaluate(fn) {
    return fn.config.TracingMode === 'Active'
      ? pass({ en: 'X-Ray active tracing is enabled.', ja: 'X-Ray のアクティブトレースは有効です。' })
      : fail({ en: `Tracing mode is ${fn.config.TracingMode ?? 'unset'} (not Active).`, ja: `トレースモードが ${fn.config.TracingMode ?? '未設定'} です（Active ではありません）。` }, { TracingMode: fn.config.TracingMode ?? null });
  },
});
