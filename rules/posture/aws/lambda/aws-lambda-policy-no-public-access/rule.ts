import { LAMBDA_FUNCTION_TYPE, type LambdaFunctionConfig } from '../../../../../src/providers/aws/model/lambda.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { publicGrants } from '../shared.js';

export const rule = defineRule<LambdaFunctionConfig>({
  id: 'aws-lambda-policy-no-public-access',
  services: ['lambda'],
  title: {
    en: 'Lambda function policies prohibit public access',
    ja: 'Lambda 関数のリソースベースポリシーがパブリックアクセスを禁止している',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [LAMBDA_FUNCTION_TYPE],
  requires: ['policy'],
  frameworks: {
    fsbp: ['Lambda.1'],
    'nist-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
    'pci-dss-3.2.1': ['1.2.1', '1.3.1', '1.3.2', '1.3.4', '7.2.1'],
    'pci-dss-4.0': ['7.2.1'],
  },
  doc: {
    en: {
      description: 'Checks that no Allow statement in the function\'s resource-based policy grants access to Principal "*" (or {"AWS": "*"}), or to a service principal such as s3.amazonaws.com, without a fixed aws:SourceAccount / aws:SourceArn / aws:PrincipalOrgID condition.',
      urgency: 'Act today: any AWS account can invoke the function right now, running your code with your execution role\'s permissions and at your cost.',
      risk: 'With a public policy, anyone with AWS credentials can call lambda:InvokeFunction on the ARN. The attacker runs the function with arbitrary input, abusing whatever its execution role can do (read the database, write to S3, send email), can flood it to exhaust concurrency and run up cost, and may probe input-handling bugs. A service principal without a source condition lets another customer\'s bucket or API trigger it (confused deputy).',
      recommendation: 'Remove the public statement (aws lambda remove-permission with its Sid) and re-add permissions for the exact principal: a specific account or role, or the service principal with --source-arn and --source-account. For public HTTP access put API Gateway or a function URL with AWS_IAM auth in front instead.',
      console: [
        'Open the Lambda console, select the function and choose Configuration > Permissions.',
        'Under Resource-based policy statements, find the statement whose principal is * (or a service without conditions) and choose Delete.',
        'Choose Add permissions and grant invoke only to the specific account, role or service with its source ARN.',
      ],
    },
    ja: {
      description: '関数のリソースベースポリシーに、Principal "*"（または {"AWS": "*"}）や、s3.amazonaws.com などのサービスプリンシパルを aws:SourceAccount / aws:SourceArn / aws:PrincipalOrgID の固定値条件なしで許可する Allow ステートメントがないかを確認します。',
      urgency: '本日中に対応してください。現在、任意の AWS アカウントがこの関数を呼び出せ、自社の実行ロールの権限と費用でコードが実行されます。',
      risk: 'ポリシーがパブリックだと、AWS の認証情報を持つ誰もがこの ARN に lambda:InvokeFunction を実行できます。攻撃者は任意の入力で関数を実行して実行ロールの権限（データベースの読み取り、S3 への書き込み、メール送信など）を悪用し、大量呼び出しで同時実行数を枯渇させたり費用を増大させたり、入力処理の不具合を探ったりできます。条件のないサービスプリンシパルは、他の利用者のバケットや API からの起動を許します（混乱した代理問題）。',
      recommendation: 'パブリックなステートメントを削除し（Sid を指定して aws lambda remove-permission）、特定のアカウントやロール、または --source-arn と --source-account を付けたサービスプリンシパルに限定して許可し直してください。HTTP で公開する必要がある場合は、API Gateway や AWS_IAM 認証の関数 URL を前段に置きます。',
      console: [
        'Lambda コンソールで関数を選択し「設定」>「アクセス権限」を開きます。',
        '「リソースベースのポリシーステートメント」でプリンシパルが *（または条件のないサービス）のステートメントを選び「削除」します。',
        '「アクセス権限を追加」で、特定のアカウント、ロール、またはソース ARN 付きのサービスにのみ呼び出しを許可します。',
      ],
    },
  },
  remediation: {
    cli: [
      'aws lambda get-policy --function-name <function> --query Policy --output text',
      'aws lambda remove-permission --function-name <function> --statement-id <public-sid>',
      'aws lambda add-permission --function-name <function> --statement-id s3-invoke --action lambda:InvokeFunction --principal s3.amazonaws.com --source-arn arn:aws:s3:::<bucket> --source-account <account-id>',
    ].join('\n'),
    terraform: 'resource "aws_lambda_permission" "s3_invoke" {\n  statement_id   = "s3-invoke"\n  action         = "lambda:InvokeFunction"\n  function_name  = aws_lambda_function.order_processor.function_name\n  principal      = "s3.amazonaws.com"\n  source_arn     = aws_s3_bucket.orders.arn\n  source_account = data.aws_caller_identity.current.account_id\n}',
    cloudformation: 'S3InvokePermission:\n  Type: AWS::Lambda::Permission\n  Properties:\n    FunctionName: !Ref OrderProcessor\n    Action: lambda:InvokeFunction\n    Principal: s3.amazonaws.com\n    SourceArn: !GetAtt OrdersBucket.Arn\n    SourceAccount: !Ref AWS::AccountId',
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-1',
  ],
  evaluate(fn) {
    const grants = publicGrants(fn.config.policy);
    if (grants.length === 0) {
      return fn.config.policy
        ? pass({ en: 'The resource policy grants access only to specific principals or conditioned services.', ja: 'リソースポリシーは特定のプリンシパルまたは条件付きのサービスにのみアクセスを許可しています。' })
        : pass({ en: 'The function has no resource-based policy.', ja: '関数にリソースベースポリシーはありません。' });
    }
    const list = grants.map((g) => `${g.sid ?? '(no Sid)'}: ${g.principal} → ${g.actions.join(', ') || '*'}`);
    return fail(
      { en: `Resource policy allows public invocation without a source condition: ${list.join('; ')}.`, ja: `リソースポリシーが送信元の条件なしにパブリックな呼び出しを許可しています: ${list.join('; ')}。` },
      { publicStatements: grants },
    );
  },
});
