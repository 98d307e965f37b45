import { LAMBDA_FUNCTION_TYPE, type LambdaFunctionConfig } from '../../../../../src/providers/aws/model/lambda.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<LambdaFunctionConfig>({
  id: 'aws-lambda-function-url-auth',
  services: ['lambda'],
  title: {
    en: 'Lambda function URLs require IAM authentication',
    ja: 'Lambda 関数 URL が IAM 認証を必須にしている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [LAMBDA_FUNCTION_TYPE],
  requires: ['functionUrls'],
  frameworks: {
    'nist-800-53-r5': ['AC-3', 'AC-6', 'SC-7'],
  },
  doc: {
    en: {
      description: 'Checks that no function URL of the function (or of its aliases) uses AuthType NONE, which exposes an HTTPS endpoint that anyone on the internet can call without signing requests.',
      urgency: 'Fix this week: an unauthenticated URL is reachable by anyone who learns it, and URLs leak through logs, browser history and client code.',
      risk: 'With AuthType NONE the function runs for every HTTP request to its *.lambda-url.<region>.on.aws address. Unless the code itself authenticates callers, attackers can trigger business actions (here: processing orders), read data the function returns, and flood it to exhaust concurrency or generate cost; there is no WAF or throttling in front.',
      recommendation: 'Use AuthType AWS_IAM and sign requests (SigV4) from callers, or put the function behind API Gateway or CloudFront with authentication, WAF and throttling. If a public webhook is really intended, verify a signature in the code, set reserved concurrency and document the exception.',
      console: [
        'Open the Lambda console, select the function and choose Configuration > Function URL.',
        'Choose Edit and set Auth type to AWS_IAM (or delete the function URL if it is not needed).',
        'Save, then remove the public lambda:InvokeFunctionUrl statement from the resource-based policy.',
      ],
    },
    ja: {
      description: '関数（またはそのエイリアス）の関数 URL が AuthType NONE、つまりリクエスト署名なしにインターネット上の誰でも呼び出せる HTTPS エンドポイントになっていないかを確認します。',
      urgency: '今週中に対応してください。認証なしの URL は知った人なら誰でも呼び出せ、URL はログ、ブラウザー履歴、クライアントコードから漏れます。',
      risk: 'AuthType NONE では、*.lambda-url.<region>.on.aws への HTTP リクエストのたびに関数が実行されます。コード側で呼び出し元を認証していない限り、攻撃者は業務処理（ここでは注文処理）を実行させ、関数が返すデータを読み、大量のリクエストで同時実行数の枯渇や費用の増大を引き起こせます。前段に WAF やスロットリングもありません。',
      recommendation: 'AuthType を AWS_IAM にして呼び出し元で SigV4 署名するか、認証・WAF・スロットリングを備えた API Gateway や CloudFront の背後に関数を置いてください。公開の Webhook が本当に必要な場合は、コード内で署名を検証し、予約済み同時実行数を設定して例外として記録します。',
      console: [
        'Lambda コンソールで関数を選択し「設定」>「関数 URL」を開きます。',
        '「編集」を選び「認証タイプ」を AWS_IAM にします（不要なら関数 URL を削除します）。',
        '保存し、リソースベースポリシーからパブリックな lambda:InvokeFunctionUrl ステートメントを削除します。',
      ],
    },
  },
  remediation: {
    cli: [
      'aws lambda update-function-url-config --function-name <function> --auth-type AWS_IAM',
      'aws lambda remove-permission --function-name <function> --statement-id FunctionURLAllowPublicAccess',
    ].join('\n'),
    terraform: 'resource "aws_lambda_function_url" "order_processor" {\n  function_name      = aws_lambda_function.order_processor.function_name\n  authorization_type = "AWS_IAM"\n}',
    cloudformation: 'OrderProcessorUrl:\n  Type: AWS::Lambda::Url\n  Properties:\n    TargetFunctionArn: !GetAtt OrderProcessor.Arn\n    AuthType: AWS_IAM',
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
    'https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html',
  ],
  evaluate(fn) {
    const urls = fn.config.functionUrls ?? [];
    const open = urls.filter((u) => u.AuthType === 'NONE');
    if (open.length) {
      return fail(
        { en: `Function URL without authentication: ${open.map((u) => u.FunctionUrl).join(', ')}.`, ja: `認証なしの関数 URL があります: ${open.map((u) => u.FunctionUrl).join(', ')}。` },
        { functionUrls: open },
      );
    }
    return urls.length
      ? pass({ en: `All ${urls.length} function URL(s) require AWS_IAM authentication.`, ja: `${urls.length} 個の関数 URL はすべて AWS_IAM 認証が必須です。` })
      : pass({ en: 'The function has no function URL.', ja: '関数 URL はありません。' });
  },
});
