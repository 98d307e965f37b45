import { LAMBDA_FUNCTION_TYPE, type LambdaFunctionConfig } from '../../../../../src/providers/aws/model/lambda.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<LambdaFunctionConfig>({
  id: 'aws-lambda-in-vpc',
  services: ['lambda'],
  title: {
    en: 'Lambda functions are in a VPC',
    ja: 'Lambda 関数が VPC 内に配置されている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [LAMBDA_FUNCTION_TYPE],
  requires: ['FunctionName', 'VpcConfig'],
  frameworks: {
    fsbp: ['Lambda.3'],
    'nist-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
    'pci-dss-3.2.1': ['1.2.1', '1.3.1', '1.3.2', '1.3.4'],
  },
  doc: {
    en: {
      description: 'Checks that each Lambda function is attached to a VPC (VpcConfig with subnets and security groups).',
      urgency: 'Low urgency: a network-control improvement; prioritise functions that handle sensitive data or reach internal resources.',
      risk: 'A function outside a VPC has unrestricted outbound internet access that security groups, network ACLs, VPC endpoints policies and VPC Flow Logs cannot control or record. Malicious code in a dependency can exfiltrate data or credentials to any host without leaving network evidence.',
      recommendation: 'Attach the function to at least two private subnets with a security group that allows only the egress it needs; use VPC endpoints (or a NAT gateway with egress filtering) for AWS APIs and external calls.',
      console: [
        'Open the Lambda console, select the function and choose Configuration > VPC.',
        'Choose Edit, select the VPC, two private subnets in different AZs and a restrictive security group.',
        'Save, and make sure the execution role has AWSLambdaVPCAccessExecutionRole permissions.',
      ],
    },
    ja: {
      description: '各 Lambda 関数が VPC（サブネットとセキュリティグループを持つ VpcConfig）に接続されているかを確認します。',
      urgency: '緊急度は低めです。ネットワーク制御の改善のため、機密データを扱う関数や内部リソースにアクセスする関数から優先してください。',
      risk: 'VPC 外の関数はインターネットへの送信が無制限で、セキュリティグループ、ネットワーク ACL、VPC エンドポイントポリシー、VPC フローログのいずれでも制御・記録できません。依存ライブラリに紛れ込んだ悪意あるコードが、ネットワーク上の証跡を残さずにデータや認証情報を任意のホストへ持ち出せます。',
      recommendation: '異なる AZ の 2 つ以上のプライベートサブネットと、必要な送信のみを許可するセキュリティグループに関数を接続してください。AWS API や外部への通信には VPC エンドポイント（または送信先を制限した NAT ゲートウェイ）を使います。',
      console: [
        'Lambda コンソールで関数を選択し「設定」>「VPC」を開きます。',
        '「編集」を選び、VPC、異なる AZ の 2 つのプライベートサブネット、制限したセキュリティグループを選択します。',
        '保存し、実行ロールに AWSLambdaVPCAccessExecutionRole の権限があることを確認します。',
      ],
    },
  },
  remediation: {
    cli: 'aws lambda update-function-configuration --function-name <function> --vpc-config SubnetIds=<subnet-a>,<subnet-c>,SecurityGroupIds=<sg-id>',
    terraform: 'resource "aws_lambda_function" "order_processor" {\n  # ...\n  vpc_config {\n    subnet_ids         = [aws_subnet.private_a.id, aws_subnet.private_c.id]\n    security_group_ids = [aws_security_group.order_processor.id]\n  }\n}',
    cloudformation: 'OrderProcessor:\n  Type: AWS::Lambda::Function\n  Properties:\n    # ...\n    VpcConfig:\n      SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetC]\n      SecurityGroupIds: [!Ref OrderProcessorSg]',
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-3',
  ],
  evaluate(fn) {
    const vpc = fn.config.VpcConfig;
    return vpc
      ? pass({ en: `Attached to ${vpc.VpcId} (${vpc.SubnetIds.length} subnets).`, ja: `${vpc.VpcId} に接続されています（サブネット ${vpc.SubnetIds.length} 個）。` })
      : fail({ en: `Function ${fn.config.FunctionName} is not attached to a VPC.`, ja: `関数 ${fn.config.FunctionName} は VPC に接続されていません。` }, { VpcConfig: null });
  },
});
