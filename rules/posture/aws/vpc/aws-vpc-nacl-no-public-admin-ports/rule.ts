import { NETWORK_ACL_TYPE, type NetworkAclConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { aclAllowsWorldToPort, ADMIN_PORTS } from '../../ec2/network.js';

export const rule = defineRule<NetworkAclConfig>({
  id: 'aws-vpc-nacl-no-public-admin-ports',
  services: ['ec2'],
  title: {
    en: 'No network ACL allows ingress from 0.0.0.0/0 or ::/0 to remote server administration ports',
    ja: 'ネットワーク ACL で 0.0.0.0/0 または ::/0 からリモート管理ポートへのインバウンドを許可していない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [NETWORK_ACL_TYPE],
  requires: ['associatedSubnetIds', 'entries', 'isDefault'],
  frameworks: {
    'cis-aws-3.0': ['5.1'],
    fsbp: ['EC2.21'],
    'nist-800-53-r5': ['AC-4(21)', 'CA-9(1)', 'CM-2', 'CM-2(2)', 'CM-7', 'SC-7', 'SC-7(21)', 'SC-7(5)'],
  },
  doc: {
    en: {
      description: 'Checks, in rule-number order, whether the network ACL\'s inbound entries let TCP or UDP traffic from 0.0.0.0/0 or ::/0 reach port 22 (SSH) or 3389 (RDP). An earlier deny entry for the whole internet covering the port makes the ACL pass. Default network ACLs, which allow all inbound traffic, fail too.',
      urgency: 'Fix within weeks: security groups still have to allow the traffic, but the network ACL is meant to be the subnet-wide safety net that catches a mistaken security group rule.',
      risk: 'If any instance in the associated subnets gets a security group that opens SSH or RDP (a common quick fix that is then forgotten), nothing at the subnet boundary stops internet-wide brute-force or exploitation of the login service.',
      recommendation: 'Add inbound deny entries for TCP/UDP 22 and 3389 from 0.0.0.0/0 and ::/0 with a lower rule number than any allow-all entry, or replace the allow-all entries with explicit allows for the ports the subnet serves. Allow administration only from your VPN or bastion CIDRs.',
      console: [
        'Open the VPC console → Network ACLs and select the network ACL.',
        'On the "Inbound rules" tab choose "Edit inbound rules".',
        'Add rules with a low rule number (e.g. 50 and 51) of type SSH (22) and RDP (3389), source 0.0.0.0/0, action Deny; do the same for ::/0, or remove the allow entries that cover those ports.',
        'Choose "Save changes".',
      ],
    },
    ja: {
      description: 'ネットワーク ACL のインバウンドエントリをルール番号順に評価し、0.0.0.0/0 または ::/0 からの TCP/UDP 通信がポート 22（SSH）または 3389（RDP）に到達できるかを確認します。そのポートを含むインターネット全体に対する拒否エントリが先にあれば合格です。すべてのインバウンドを許可する既定のネットワーク ACL も不合格になります。',
      urgency: '数週間以内に対応してください。通信にはセキュリティグループの許可も必要ですが、ネットワーク ACL はセキュリティグループの誤ったルールを受け止めるサブネット全体の安全網です。',
      risk: '関連付けられたサブネットのインスタンスに SSH や RDP を開けるセキュリティグループが付くと（一時的な対応のまま忘れられがちです）、インターネット全体からのブルートフォースやログインサービスへの攻撃をサブネットの境界で止めるものがなくなります。',
      recommendation: 'すべてを許可するエントリより小さいルール番号で、0.0.0.0/0 と ::/0 からの TCP/UDP 22 と 3389 を拒否するインバウンドエントリを追加するか、すべてを許可するエントリをサブネットが提供するポートだけの明示的な許可に置き換えてください。管理用の通信は VPN や踏み台の CIDR からのみ許可してください。',
      console: [
        'VPC コンソールの「ネットワーク ACL」で対象のネットワーク ACL を選択します。',
        '「インバウンドルール」タブで「インバウンドルールを編集」を選択します。',
        '小さいルール番号（例: 50 と 51）で、タイプ SSH (22) と RDP (3389)、送信元 0.0.0.0/0、アクション「拒否」のルールを追加し、::/0 についても同様に追加するか、これらのポートを含む許可エントリを削除します。',
        '「変更を保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'ACL=acl-0123456789abcdef0\naws ec2 create-network-acl-entry --network-acl-id $ACL --ingress --rule-number 50 \\\n  --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny\naws ec2 create-network-acl-entry --network-acl-id $ACL --ingress --rule-number 51 \\\n  --protocol tcp --port-range From=3389,To=3389 --cidr-block 0.0.0.0/0 --rule-action deny\naws ec2 create-network-acl-entry --network-acl-id $ACL --ingress --rule-number 52 \\\n  --protocol tcp --port-range From=22,To=22 --ipv6-cidr-block ::/0 --rule-action deny\naws ec2 create-network-acl-entry --network-acl-id $ACL --ingress --rule-number 53 \\\n  --protocol tcp --port-range From=3389,To=3389 --ipv6-cidr-block ::/0 --rule-action deny',
    terraform: 'resource "aws_network_acl_rule" "deny_ssh" {\n  network_acl_id = aws_network_acl.public.id\n  rule_number    = 50\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "deny"\n  cidr_block     = "0.0.0.0/0"\n  from_port      = 22\n  to_port        = 22\n}\n\nresource "aws_network_acl_rule" "deny_rdp" {\n  network_acl_id = aws_network_acl.public.id\n  rule_number    = 51\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "deny"\n  cidr_block     = "0.0.0.0/0"\n  from_port      = 3389\n  to_port        = 3389\n}',
    cloudformation: 'DenySshFromInternet:\n  Type: AWS::EC2::NetworkAclEntry\n  Properties:\n    NetworkAclId: !Ref PublicNetworkAcl\n    RuleNumber: 50\n    Egress: false\n    Protocol: 6\n    RuleAction: deny\n    CidrBlock: 0.0.0.0/0\n    PortRange: { From: 22, To: 22 }\nDenyRdpFromInternet:\n  Type: AWS::EC2::NetworkAclEntry\n  Properties:\n    NetworkAclId: !Ref PublicNetworkAcl\n    RuleNumber: 51\n    Egress: false\n    Protocol: 6\n    RuleAction: deny\n    CidrBlock: 0.0.0.0/0\n    PortRange: { From: 3389, To: 3389 }',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21',
  ],
  evaluate(acl) {
    const open: { port: number; source: string; ruleNumber: number; protocol: string }[] = [];
    for (const family of ['ipv4', 'ipv6'] as const) {
      for (const port of ADMIN_PORTS) {
        const entry = aclAllowsWorldToPort(acl.config.entries, port, family, ['tcp', 'udp']);
        if (entry) open.push({ port, source: family === 'ipv4' ? '0.0.0.0/0' : '::/0', ruleNumber: entry.RuleNumber, protocol: entry.Protocol === '-1' ? 'all' : entry.Protocol });
      }
    }
    if (!open.length) return pass({ en: 'Inbound entries do not allow ports 22/3389 from the whole internet.', ja: 'インバウンドエントリはインターネット全体からのポート 22/3389 を許可していません。' });
    const list = open.map((o) => `${o.port} from ${o.source} (rule ${o.ruleNumber})`).join(', ');
    const listJa = open.map((o) => `${o.source} から ${o.port}（ルール ${o.ruleNumber}）`).join('、');
    return fail(
      {
        en: `The ${acl.config.isDefault ? 'default ' : ''}network ACL allows remote administration from the internet: ${list}.`,
        ja: `${acl.config.isDefault ? '既定の' : ''}ネットワーク ACL がインターネットからのリモート管理を許可しています: ${listJa}。`,
      },
      { open, associatedSubnetIds: acl.config.associatedSubnetIds },
    );
  },
});
