import { LOAD_BALANCER_TYPE, type LoadBalancerConfig } from '../../../../../src/providers/aws/model/elbv2.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { isAlb } from '../shared.js';

export const rule = defineRule<LoadBalancerConfig>({
  id: 'aws-elbv2-access-logs-enabled',
  services: ['elbv2'],
  title: {
    en: 'Application Load Balancer access logging is enabled',
    ja: 'Application Load Balancer のアクセスログが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [LOAD_BALANCER_TYPE],
  requires: ['attributes', 'LoadBalancerName', 'Type'],
  frameworks: {
    fsbp: ['ELB.5'],
    'nist-800-53-r5': ['AC-4(26)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(9)', 'SI-7(8)'],
  },
  doc: {
    en: {
      description: 'Checks that access_logs.s3.enabled is true on each Application Load Balancer, so every request (client IP, path, status, TLS details) is written to S3.',
      urgency: 'Enable within the month: logs cannot be produced retroactively, and the internet-facing entry point is where an intrusion investigation starts.',
      risk: 'Without ALB access logs there is no record of which client IPs sent which requests: you cannot trace web-shell uploads, credential-stuffing bursts or data exfiltration through the application, nor scope an incident afterwards.',
      recommendation: 'Enable access logs to an S3 bucket in the same region whose bucket policy allows the ELB log delivery principal, set lifecycle retention, and query the logs with Athena or send them to your SIEM.',
      console: [
        'Open the EC2 console, choose Load Balancers and select the ALB.',
        'On the Attributes tab choose Edit, and under Monitoring turn on "Access logs".',
        'Enter the S3 URI (s3://bucket/prefix) and save changes.',
      ],
    },
    ja: {
      description: '各 Application Load Balancer で access_logs.s3.enabled が true になり、すべてのリクエスト（クライアント IP、パス、ステータス、TLS 情報）が S3 に記録されるかを確認します。',
      urgency: '今月中に有効化してください。ログは後から遡って作成できず、インターネットに面した入口は侵入調査の起点になります。',
      risk: 'ALB のアクセスログがないと、どのクライアント IP がどのリクエストを送ったかの記録が残りません。Web シェルのアップロード、クレデンシャルスタッフィングの集中アクセス、アプリケーション経由のデータ持ち出しを追跡できず、事後にインシデントの範囲を特定できません。',
      recommendation: '同じリージョンの S3 バケット（バケットポリシーで ELB のログ配信元を許可）へのアクセスログを有効にし、ライフサイクルで保持期間を設定してください。ログは Athena で検索するか SIEM に送ります。',
      console: [
        'EC2 コンソールで「ロードバランサー」を開き、対象の ALB を選択します。',
        '「属性」タブで「編集」を選び、「モニタリング」の「アクセスログ」をオンにします。',
        'S3 URI（s3://bucket/prefix）を入力して変更を保存します。',
      ],
    },
  },
  remediation: {
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <alb-arn> --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<log-bucket> Key=access_logs.s3.prefix,Value=web-alb',
    terraform: 'resource "aws_lb" "web" {\n  # ...\n  access_logs {\n    bucket  = aws_s3_bucket.alb_logs.id\n    prefix  = "web-alb"\n    enabled = true\n  }\n}',
    cloudformation: 'WebAlb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties:\n    # ...\n    LoadBalancerAttributes:\n      - Key: access_logs.s3.enabled\n        Value: "true"\n      - Key: access_logs.s3.bucket\n        Value: !Ref AlbLogBucket',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-5',
  ],
  evaluate(lb) {
    if (!isAlb(lb.config)) return notApplicable({ en: `Only Application Load Balancers are checked (type ${lb.config.Type}).`, ja: `Application Load Balancer のみが対象です（タイプ ${lb.config.Type}）。` });
    const a = lb.config.attributes ?? {};
    return a['access_logs.s3.enabled'] === 'true'
      ? pass({ en: `Access logs go to s3://${a['access_logs.s3.bucket'] ?? '?'}.`, ja: `アクセスログは s3://${a['access_logs.s3.bucket'] ?? '?'} に出力されています。` })
      : fail({ en: `Access logging is disabled on ${lb.config.LoadBalancerName}.`, ja: `${lb.config.LoadBalancerName} のアクセスログが無効です。` }, { 'access_logs.s3.enabled': a['access_logs.s3.enabled'] ?? null });
  },
});
