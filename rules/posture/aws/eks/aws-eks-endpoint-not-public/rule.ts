import { EKS_CLUSTER_TYPE, type EksClusterConfig } from '../../../../../src/providers/aws/model/eks.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

const OPEN = new Set(['0.0.0.0/0', '::/0']);

export const rule = defineRule<EksClusterConfig>({
  id: 'aws-eks-endpoint-not-public',
  services: ['eks'],
  title: {
    en: 'EKS cluster API server endpoint is not publicly accessible',
    ja: 'EKS クラスターの API サーバーエンドポイントがパブリックに公開されていない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [EKS_CLUSTER_TYPE],
  requires: ['resourcesVpcConfig', 'name'],
  frameworks: {
    fsbp: ['EKS.1'],
    'nist-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
    'pci-dss-4.0': ['1.4.4'],
  },
  doc: {
    en: {
      description: 'Checks that the Kubernetes API server endpoint of an EKS cluster is private only (endpointPublicAccess is false). A public endpoint restricted to a few CIDRs still fails, but the reason says so.',
      urgency: 'Fix this week, today if the endpoint is open to 0.0.0.0/0: the API server is then reachable by every scanner on the internet, and a single leaked kubeconfig or IAM key is enough to use it.',
      risk: 'Anyone holding leaked IAM credentials or a stolen kubeconfig can reach the cluster API from anywhere to list secrets, create privileged pods or deploy crypto-miners. Public endpoints are also exposed to API server vulnerabilities and credential-stuffing before any network control applies.',
      recommendation: 'Enable the private endpoint and disable public access; reach the API from inside the VPC (bastion via SSM, VPN, or CI runners in the VPC). If public access is temporarily unavoidable, restrict publicAccessCidrs to your fixed egress IPs, never 0.0.0.0/0.',
      console: [
        'Open the Amazon EKS console and select the cluster.',
        'On the "Networking" tab choose "Manage endpoint access".',
        'Select "Private" (or "Public and private" with only your office/CI CIDRs as a temporary measure) and save.',
        'Confirm kubectl still works from the VPC (e.g. a bastion reached through Session Manager) before removing public access everywhere.',
      ],
    },
    ja: {
      description: 'EKS クラスターの Kubernetes API サーバーエンドポイントがプライベートのみ（endpointPublicAccess が false）になっているかを確認します。パブリックエンドポイントを一部の CIDR に制限している場合も不合格としますが、その旨を理由に示します。',
      urgency: '今週中、0.0.0.0/0 に開放されている場合は本日中に対応してください。その状態ではインターネット上のあらゆるスキャナーから API サーバーに到達でき、kubeconfig や IAM キーが一つ漏れるだけで悪用されます。',
      risk: '漏えいした IAM 認証情報や盗まれた kubeconfig を持つ者が、どこからでもクラスター API に接続してシークレットの一覧取得、特権 Pod の作成、マイナーのデプロイなどを行えます。パブリックエンドポイントは、ネットワーク制御が効く前の段階で API サーバーの脆弱性やクレデンシャルスタッフィングにもさらされます。',
      recommendation: 'プライベートエンドポイントを有効にしてパブリックアクセスを無効にし、API には VPC 内から接続してください（SSM 経由の踏み台、VPN、VPC 内の CI ランナーなど）。一時的にパブリックアクセスが避けられない場合も、publicAccessCidrs を固定の送信元 IP に限定し、0.0.0.0/0 は決して使わないでください。',
      console: [
        'Amazon EKS コンソールで対象クラスターを選択します。',
        '「ネットワーキング」タブで「エンドポイントアクセスを管理」を選択します。',
        '「プライベート」を選択して保存します（一時的な措置としては「パブリックおよびプライベート」で社内／CI の CIDR のみを許可）。',
        'パブリックアクセスを完全に外す前に、VPC 内（Session Manager 経由の踏み台など）から kubectl が使えることを確認します。',
      ],
    },
  },
  remediation: {
    cli: 'aws eks update-cluster-config --name web-eks \\\n  --resources-vpc-config endpointPrivateAccess=true,endpointPublicAccess=false',
    terraform: 'resource "aws_eks_cluster" "this" {\n  name     = "web-eks"\n  role_arn = aws_iam_role.cluster.arn\n\n  vpc_config {\n    subnet_ids              = var.private_subnet_ids\n    endpoint_private_access = true\n    endpoint_public_access  = false\n  }\n}',
    cloudformation: 'Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Name: web-eks\n      RoleArn: !GetAtt ClusterRole.Arn\n      ResourcesVpcConfig:\n        SubnetIds: !Ref PrivateSubnetIds\n        EndpointPrivateAccess: true\n        EndpointPublicAccess: false',
  },
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-1',
  ],
  evaluate(cluster) {
    const vpc = cluster.config.resourcesVpcConfig;
    if (!vpc.endpointPublicAccess) {
      return pass({ en: 'The API server endpoint is private only.', ja: 'API サーバーエンドポイントはプライベートのみです。' });
    }
    const cidrs = vpc.publicAccessCidrs.length ? vpc.publicAccessCidrs : ['0.0.0.0/0'];
    const open = cidrs.filter((c) => OPEN.has(c));
    const evidence = { endpointPublicAccess: true, endpointPrivateAccess: vpc.endpointPrivateAccess, publicAccessCidrs: cidrs };
    if (open.length) {
      return fail(
        {
          en: `The API server endpoint of ${cluster.config.name} is public and open to ${open.join(', ')} (the whole internet).`,
          ja: `${cluster.config.name} の API サーバーエンドポイントがパブリックで、${open.join('、')}（インターネット全体）に開放されています。`,
        },
        evidence,
      );
    }
    return fail(
      {
        en: `The API server endpoint of ${cluster.config.name} is public, restricted to ${cidrs.join(', ')}; make it private.`,
        ja: `${cluster.config.name} の API サーバーエンドポイントはパブリックです（${cidrs.join('、')} に制限）。プライベートにしてください。`,
      },
      evidence,
    );
  },
});
