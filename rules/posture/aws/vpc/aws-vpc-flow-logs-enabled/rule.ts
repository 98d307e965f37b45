import { FLOW_LOG_TYPE, VPC_TYPE, type FlowLogConfig, type VpcConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<VpcConfig>({
  id: 'aws-vpc-flow-logs-enabled',
  services: ['ec2'],
  title: {
    en: 'VPC flow logging is enabled in all VPCs',
    ja: 'すべての VPC で VPC フローログが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [VPC_TYPE],
  requires: ['isDefault', 'vpcId'],
  reads: [FLOW_LOG_TYPE],
  frameworks: {
    'cis-aws-3.0': ['3.7'],
    fsbp: ['EC2.6'],
    'nist-800-53-r5': ['AC-4(26)', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SI-7(8)'],
    'pci-dss-3.2.1': ['10.3.3', '10.3.4', '10.3.5', '10.3.6'],
  },
  doc: {
    en: {
      description: 'Checks that every VPC has an active flow log attached to the VPC itself that captures at least rejected traffic (traffic type REJECT or ALL).',
      urgency: 'Enable within days: flow logs only record traffic from the moment they are created, so every day without them is a day you cannot investigate later.',
      risk: 'Without flow logs there is no record of which addresses talked to your instances, on which ports, and how much data left the VPC. After a compromise — a web shell calling home, a port scan, data exfiltration — you cannot establish scope or timeline, and GuardDuty-style analysis of rejected probes is impossible.',
      recommendation: 'Create a flow log for every VPC (traffic type ALL is best for investigations; REJECT is the minimum) delivered to a central S3 bucket or CloudWatch Logs group with a retention policy, and keep the destination in a log-archive account.',
      console: [
        'Open the VPC console → Your VPCs and select the VPC.',
        'On the "Flow logs" tab choose "Create flow log".',
        'Choose Filter "All" (or at least "Reject"), the maximum aggregation interval, and a destination (S3 bucket or CloudWatch Logs group with an IAM role).',
        'Choose "Create flow log" and repeat for every VPC in every region.',
      ],
    },
    ja: {
      description: 'すべての VPC に、VPC 自体を対象とし、少なくとも拒否されたトラフィックを記録する（トラフィックタイプ REJECT または ALL）有効なフローログがあるかを確認します。',
      urgency: '数日以内に有効にしてください。フローログは作成した時点からしか記録されないため、無効な日はそのまま後から調査できない日になります。',
      risk: 'フローログがないと、どのアドレスがどのポートでインスタンスと通信し、どれだけのデータが VPC から出たかの記録が残りません。侵害（外部と通信する Web シェル、ポートスキャン、データ持ち出しなど）の後に影響範囲や時系列を特定できず、拒否された探索通信の分析もできません。',
      recommendation: 'すべての VPC にフローログを作成し（調査には ALL が最適、最低でも REJECT）、保持期間を設定した中央の S3 バケットまたは CloudWatch Logs ロググループに配信してください。配信先はログアーカイブ用アカウントに置くのが理想です。',
      console: [
        'VPC コンソールの「お使いの VPC」で対象の VPC を選択します。',
        '「フローログ」タブで「フローログを作成」を選択します。',
        'フィルタに「すべて」（少なくとも「拒否」）、最大集約間隔、送信先（S3 バケット、または IAM ロール付きの CloudWatch Logs ロググループ）を指定します。',
        '「フローログを作成」を選択し、すべてのリージョンのすべての VPC で繰り返します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids vpc-0123456789abcdef0 \\\n  --traffic-type ALL --log-destination-type s3 \\\n  --log-destination arn:aws:s3:::central-vpc-flow-logs/ --max-aggregation-interval 60',
    terraform: 'resource "aws_flow_log" "main" {\n  vpc_id               = aws_vpc.main.id\n  traffic_type         = "ALL"\n  log_destination_type = "s3"\n  log_destination      = aws_s3_bucket.flow_logs.arn\n}',
    cloudformation: 'VpcFlowLog:\n  Type: AWS::EC2::FlowLog\n  Properties:\n    ResourceId: !Ref Vpc\n    ResourceType: VPC\n    TrafficType: ALL\n    LogDestinationType: s3\n    LogDestination: !GetAtt FlowLogBucket.Arn',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6',
  ],
  evaluate(vpc, ctx) {
    const logs = ctx
      .resources<FlowLogConfig>(FLOW_LOG_TYPE, { account: vpc.account, region: vpc.region })
      .filter((f) => f.config.resourceId === vpc.config.vpcId);
    const good = logs.filter((f) => f.config.flowLogStatus === 'ACTIVE' && (f.config.trafficType === 'ALL' || f.config.trafficType === 'REJECT'));
    if (good.length) {
      return pass(
        { en: `Flow log ${good[0].config.flowLogId} captures ${good[0].config.trafficType} traffic of the VPC.`, ja: `フローログ ${good[0].config.flowLogId} が VPC の ${good[0].config.trafficType} トラフィックを記録しています。` },
        { flowLogs: good.map((f) => f.config.flowLogId) },
      );
    }
    if (logs.length) {
      const desc = logs.map((f) => `${f.config.flowLogId} (${f.config.flowLogStatus ?? '?'}, ${f.config.trafficType ?? '?'})`).join(', ');
      return fail(
        { en: `The VPC's flow logs do not capture rejected traffic while active: ${desc}.`, ja: `VPC のフローログが有効な状態で拒否トラフィックを記録していません: ${desc}。` },
        { flowLogs: logs.map((f) => f.config) },
      );
    }
    return fail({
      en: `The ${vpc.config.isDefault ? 'default ' : ''}VPC ${vpc.config.vpcId} has no flow log.`,
      ja: `${vpc.config.isDefault ? 'デフォルト ' : ''}VPC ${vpc.config.vpcId} にフローログがありません。`,
    });
  },
});
