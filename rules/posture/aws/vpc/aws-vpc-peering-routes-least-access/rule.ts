import { ROUTE_TABLE_TYPE, VPC_PEERING_TYPE, type RouteTableConfig, type VpcPeeringConnectionConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { cidrContains, isWorldCidr, parseIpv4Cidr } from '../../ec2/network.js';

/** The largest VPC CIDR block AWS allows is a /16: a peering route broader than that always spans more than one VPC block. */
const MAX_VPC_PREFIX = 16;

export const rule = defineRule<RouteTableConfig>({
  id: 'aws-vpc-peering-routes-least-access',
  services: ['ec2'],
  title: {
    en: 'Routing tables for VPC peering are "least access"',
    ja: 'VPC ピアリングのルートテーブルが「最小限のアクセス」になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [ROUTE_TABLE_TYPE],
  requires: ['routes', 'vpcId'],
  reads: [VPC_PEERING_TYPE],
  frameworks: {
    'cis-aws-3.0': ['5.5'],
    'nist-800-53-r5': ['AC-4', 'SC-7'],
  },
  doc: {
    en: {
      description: 'Checks each route that targets a VPC peering connection (pcx-): it fails when the destination is 0.0.0.0/0 or ::/0, broader than a /16, or covers a whole CIDR block of the peer VPC (when the peering connection is in the snapshot). Routes should point only at the peer subnets that really need to be reached.',
      urgency: 'Review in the normal change cycle: peering only connects networks you chose to connect, but over-broad routes quietly widen what a compromise on either side can reach.',
      risk: 'A route for the entire peer VPC (or more) lets every workload in the associated subnets reach every host of the peer VPC that its security groups admit. A compromised web server can then scan and attack databases, management hosts or another team\'s services in the peered network — lateral movement the peering was never meant to allow.',
      recommendation: 'Replace broad peering routes with routes to the specific peer subnet CIDRs that each subnet needs, use separate route tables for subnets with different needs, and keep security groups on both sides restricted to the peer\'s application security groups.',
      console: [
        'Open the VPC console → Route tables and select the route table.',
        'On the "Routes" tab choose "Edit routes".',
        'For routes whose target is a peering connection (pcx-…), replace the broad destination with the specific peer subnet CIDRs that are needed and remove the rest.',
        'Choose "Save changes".',
      ],
    },
    ja: {
      description: 'VPC ピアリング接続（pcx-）を宛先とする各ルートを確認し、送信先が 0.0.0.0/0 や ::/0、/16 より広い範囲、またはピア VPC の CIDR ブロック全体（ピアリング接続の情報がある場合）を含んでいれば不合格とします。ルートは実際に到達が必要なピア側のサブネットだけを指すべきです。',
      urgency: '通常の変更サイクルの中で見直してください。ピアリングは意図して接続したネットワーク同士をつなぐだけですが、広すぎるルートは、どちらか一方が侵害されたときに到達できる範囲を静かに広げます。',
      risk: 'ピア VPC 全体（またはそれ以上）へのルートがあると、関連付けられたサブネットのすべてのワークロードが、セキュリティグループが許す限りピア VPC のすべてのホストに到達できます。侵害された Web サーバーから、ピア先のデータベース、管理用ホスト、他チームのサービスをスキャン・攻撃できるようになり、ピアリングが本来想定していない横展開を許します。',
      recommendation: '広いピアリングのルートを、各サブネットが必要とするピア側の特定のサブネット CIDR へのルートに置き換え、要件の異なるサブネットには別のルートテーブルを使ってください。両側のセキュリティグループも相手側のアプリケーション用セキュリティグループに限定してください。',
      console: [
        'VPC コンソールの「ルートテーブル」で対象のルートテーブルを選択します。',
        '「ルート」タブで「ルートを編集」を選択します。',
        'ターゲットがピアリング接続（pcx-…）のルートについて、広い送信先を必要なピア側のサブネット CIDR に置き換え、それ以外を削除します。',
        '「変更を保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'RTB=rtb-0123456789abcdef0\naws ec2 delete-route --route-table-id $RTB --destination-cidr-block 172.16.0.0/16\naws ec2 create-route --route-table-id $RTB --destination-cidr-block 172.16.10.0/24 \\\n  --vpc-peering-connection-id pcx-0123456789abcdef0',
    terraform: 'resource "aws_route" "to_shared_db_subnet" {\n  route_table_id            = aws_route_table.app.id\n  destination_cidr_block    = "172.16.10.0/24" # the peer subnet actually needed\n  vpc_peering_connection_id = aws_vpc_peering_connection.shared.id\n}',
    cloudformation: 'RouteToSharedDbSubnet:\n  Type: AWS::EC2::Route\n  Properties:\n    RouteTableId: !Ref AppRouteTable\n    DestinationCidrBlock: 172.16.10.0/24\n    VpcPeeringConnectionId: !Ref SharedPeering',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-partial-access.html',
    'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html',
  ],
  evaluate(table, ctx) {
    const peeringRoutes = table.config.routes.filter((r) => r.VpcPeeringConnectionId);
    if (!peeringRoutes.length) return notApplicable({ en: 'The route table has no routes to a peering connection.', ja: 'ルートテーブルにピアリング接続へのルートはありません。' });
    const peerings = ctx.resources<VpcPeeringConnectionConfig>(VPC_PEERING_TYPE, { account: table.account, region: table.region });
    const problems: { destination: string; pcx: string; why: string; whyJa: string }[] = [];
    for (const r of peeringRoutes) {
      const pcx = r.VpcPeeringConnectionId as string;
      const destination = r.DestinationCidrBlock ?? r.DestinationIpv6CidrBlock ?? r.DestinationPrefixListId ?? '?';
      if (isWorldCidr(destination)) {
        problems.push({ destination, pcx, why: 'routes all traffic', whyJa: 'すべての通信をルーティング' });
        continue;
      }
      const parsed = parseIpv4Cidr(r.DestinationCidrBlock);
      if (parsed && parsed.prefix < MAX_VPC_PREFIX) {
        problems.push({ destination, pcx, why: `broader than a /${MAX_VPC_PREFIX}`, whyJa: `/${MAX_VPC_PREFIX} より広い範囲` });
        continue;
      }
      const conn = peerings.find((p) => p.config.vpcPeeringConnectionId === pcx)?.config;
      if (!conn || !r.DestinationCidrBlock) continue;
      const peer = conn.requester.vpcId === table.config.vpcId ? conn.accepter : conn.requester;
      const whole = peer.cidrBlocks.find((c) => cidrContains(r.DestinationCidrBlock as string, c));
      if (whole) problems.push({ destination, pcx, why: `covers the whole peer VPC block ${whole} (${peer.vpcId ?? 'peer'})`, whyJa: `ピア VPC（${peer.vpcId ?? 'ピア'}）の CIDR ブロック ${whole} 全体を含む` });
    }
    if (!problems.length) {
      return pass({ en: `${peeringRoutes.length} peering route(s) target specific peer subnets.`, ja: `${peeringRoutes.length} 件のピアリングルートは特定のピア側サブネットを対象にしています。` });
    }
    return fail(
      {
        en: `Over-broad peering routes: ${problems.map((p) => `${p.destination} → ${p.pcx} (${p.why})`).join(', ')}.`,
        ja: `範囲の広すぎるピアリングルートがあります: ${problems.map((p) => `${p.destination} → ${p.pcx}（${p.whyJa}）`).join('、')}。`,
      },
      { routes: problems.map(({ destination, pcx, why }) => ({ destination, pcx, why })) },
    );
  },
});
