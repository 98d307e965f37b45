import { SECURITY_GROUP_TYPE, type SecurityGroupConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { portLabel } from '../network.js';

export const rule = defineRule<SecurityGroupConfig>({
  id: 'aws-ec2-sg-default-restricts-all-traffic',
  services: ['ec2'],
  title: {
    en: 'The default security group of every VPC restricts all traffic',
    ja: 'すべての VPC のデフォルトセキュリティグループがすべての通信を制限している',
  },
  severity: 'HIGH',
  urgency: 'medium',
  resourceTypes: [SECURITY_GROUP_TYPE],
  requires: ['egress', 'groupId', 'ingress', 'isDefault', 'vpcId'],
  frameworks: {
    'cis-aws-3.0': ['5.4'],
    fsbp: ['EC2.2'],
    'nist-800-53-r5': ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)', 'SC-7(4)', 'SC-7(5)'],
    'pci-dss-3.2.1': ['1.2.1', '1.3.4', '2.1'],
  },
  doc: {
    en: {
      description: 'Checks that the "default" security group of each VPC has no inbound and no outbound rules, so that resources accidentally launched with it get no network access.',
      urgency: 'Fix within days: it is not an exposure by itself, but anything launched without an explicit security group silently lands in the default group.',
      risk: 'Resources created without choosing a security group (instances, ENIs, Lambda or RDS in a VPC) are placed in the default group. With its default rules they can talk to every other member of that group on every port and reach the internet; with added rules they may even be exposed. This defeats least-privilege network segmentation.',
      recommendation: 'Create purpose-specific security groups for each workload, move resources off the default group, then delete all inbound and outbound rules of every default security group. In Terraform, manage it with aws_default_security_group without rules.',
      console: [
        'Open the VPC console → Security groups, filter on "Group name = default".',
        'Check the "Related resources"/network interfaces that still use it and move them to dedicated groups.',
        'On the "Inbound rules" tab choose "Edit inbound rules", delete all rules and save.',
        'On the "Outbound rules" tab choose "Edit outbound rules", delete all rules and save. Repeat for each VPC and region.',
      ],
    },
    ja: {
      description: '各 VPC の「default」セキュリティグループにインバウンド・アウトバウンドのルールが 1 つもなく、誤ってこのグループで起動したリソースがネットワークにアクセスできない状態かを確認します。',
      urgency: '数日以内に対応してください。それ自体が直接の公開ではありませんが、セキュリティグループを明示せずに作成したリソースは気づかないうちにデフォルトグループに入ります。',
      risk: 'セキュリティグループを選ばずに作成したリソース（インスタンス、ENI、VPC 内の Lambda や RDS など）はデフォルトグループに配置されます。既定のルールのままだと同じグループの他のメンバーと全ポートで通信でき、インターネットにも出られます。ルールが追加されていれば外部に公開されることもあり、最小権限のネットワーク分離が崩れます。',
      recommendation: 'ワークロードごとに用途別のセキュリティグループを作成し、リソースをデフォルトグループから移したうえで、すべてのデフォルトセキュリティグループのインバウンド・アウトバウンドルールを削除してください。Terraform ではルールを持たない aws_default_security_group で管理します。',
      console: [
        'VPC コンソールの「セキュリティグループ」で「グループ名 = default」で絞り込みます。',
        'まだこのグループを使っているネットワークインターフェイスなどを確認し、専用のグループに移します。',
        '「インバウンドルール」タブで「インバウンドのルールを編集」を選び、すべてのルールを削除して保存します。',
        '「アウトバウンドルール」タブで「アウトバウンドのルールを編集」を選び、すべてのルールを削除して保存します。VPC とリージョンごとに繰り返します。',
      ],
    },
  },
  remediation: {
    cli: 'SG=sg-0123456789abcdef0\naws ec2 revoke-security-group-ingress --group-id "$SG" \\\n  --ip-permissions "$(aws ec2 describe-security-groups --group-ids "$SG" --query "SecurityGroups[0].IpPermissions")"\naws ec2 revoke-security-group-egress --group-id "$SG" \\\n  --ip-permissions "$(aws ec2 describe-security-groups --group-ids "$SG" --query "SecurityGroups[0].IpPermissionsEgress")"',
    terraform: '# Adopting the default security group without ingress/egress blocks removes all its rules\nresource "aws_default_security_group" "default" {\n  vpc_id = aws_vpc.main.id\n}',
    cloudformation: '# CloudFormation cannot manage the default security group\'s rules directly; detect it with AWS Config\nDefaultSgClosed:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    ConfigRuleName: vpc-default-security-group-closed\n    Source:\n      Owner: AWS\n      SourceIdentifier: VPC_DEFAULT_SECURITY_GROUP_CLOSED',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-2',
  ],
  evaluate(sg) {
    const c = sg.config;
    if (!c.isDefault) return notApplicable({ en: 'Not a default security group.', ja: 'デフォルトセキュリティグループではありません。' });
    if (!c.ingress.length && !c.egress.length) {
      return pass({ en: 'The default security group has no inbound or outbound rules.', ja: 'デフォルトセキュリティグループにインバウンド・アウトバウンドのルールはありません。' });
    }
    const summarize = (perms: typeof c.ingress) =>
      perms
        .map((p) => {
          const sources = [...p.IpRanges.map((r) => r.CidrIp), ...p.Ipv6Ranges.map((r) => r.CidrIpv6), ...p.UserIdGroupPairs.map((g) => g.GroupId ?? 'group'), ...p.PrefixListIds.map((x) => x.PrefixListId)];
          return `${p.IpProtocol === '-1' ? 'all' : p.IpProtocol} ${portLabel(p)} ${sources.join('/')}`;
        })
        .join('; ');
    return fail(
      {
        en: `The default security group ${c.groupId} of ${c.vpcId ?? 'its VPC'} still has ${c.ingress.length} inbound and ${c.egress.length} outbound rule(s) (inbound: ${summarize(c.ingress) || 'none'}; outbound: ${summarize(c.egress) || 'none'}).`,
        ja: `${c.vpcId ?? 'VPC'} のデフォルトセキュリティグループ ${c.groupId} にインバウンド ${c.ingress.length} 件、アウトバウンド ${c.egress.length} 件のルールが残っています（インバウンド: ${summarize(c.ingress) || 'なし'}、アウトバウンド: ${summarize(c.egress) || 'なし'}）。`,
      },
      { ingress: c.ingress.length, egress: c.egress.length },
    );
  },
});
