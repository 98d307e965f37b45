import { EIP_TYPE, type EipConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<EipConfig>({
  id: 'aws-ec2-eip-unused',
  services: ['ec2'],
  title: {
    en: 'Unused Elastic IP addresses are released',
    ja: '使用されていない Elastic IP アドレスが解放されている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [EIP_TYPE],
  requires: ['associationId', 'instanceId', 'networkInterfaceId', 'publicIp'],
  frameworks: {
    fsbp: ['EC2.12'],
    'nist-800-53-r5': ['CM-8(1)'],
    'pci-dss-3.2.1': ['2.4'],
  },
  doc: {
    en: {
      description: 'Checks that each Elastic IP address is associated with an instance or a network interface.',
      urgency: 'Clean up in the normal maintenance cycle: an idle address is an inventory and cost issue rather than an exposure.',
      risk: 'Unassociated addresses drift out of the asset inventory. DNS records, allow-lists at partners or firewall rules may still point at them, so re-associating one later (by mistake or by someone with ec2:AssociateAddress) can silently expose a new instance to traffic meant for the old service. Idle public IPv4 addresses are also billed.',
      recommendation: 'Release Elastic IPs that are no longer needed after checking DNS records and partner allow-lists that reference them; tag the ones kept in reserve with an owner and purpose.',
      console: [
        'Open the EC2 console → Network & Security → Elastic IPs.',
        'Select the address without an "Associated instance ID" / network interface.',
        'Choose Actions → Release Elastic IP addresses → Release.',
      ],
    },
    ja: {
      description: '各 Elastic IP アドレスがインスタンスまたはネットワークインターフェイスに関連付けられているかを確認します。',
      urgency: '通常の保守サイクルの中で整理してください。未使用のアドレスは公開リスクというより、資産管理とコストの問題です。',
      risk: '関連付けのないアドレスは資産台帳から外れていきます。DNS レコード、取引先の許可リスト、ファイアウォールのルールがまだそのアドレスを指していることがあり、後で（誤って、あるいは ec2:AssociateAddress を持つ者が）関連付けると、旧サービス向けの通信が新しいインスタンスに気づかないうちに届きます。未使用のパブリック IPv4 アドレスには料金もかかります。',
      recommendation: '参照している DNS レコードや取引先の許可リストを確認したうえで、不要になった Elastic IP を解放してください。予備として保持するものには所有者と用途のタグを付けてください。',
      console: [
        'EC2 コンソールの「ネットワーク & セキュリティ」→「Elastic IP」を開きます。',
        '「関連付けられたインスタンス ID」やネットワークインターフェイスがないアドレスを選択します。',
        '「アクション」→「Elastic IP アドレスの解放」→「解放」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ec2 describe-addresses --query "Addresses[?AssociationId==null].[AllocationId,PublicIp]" --output table\naws ec2 release-address --allocation-id eipalloc-0123456789abcdef0',
    terraform: '# Remove the unused aws_eip resource, or associate it explicitly:\nresource "aws_eip_association" "web" {\n  allocation_id = aws_eip.web.id\n  instance_id   = aws_instance.web.id\n}',
    cloudformation: 'WebEipAssociation:\n  Type: AWS::EC2::EIPAssociation\n  Properties:\n    AllocationId: !GetAtt WebEip.AllocationId\n    InstanceId: !Ref WebInstance',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/working-with-eips.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-12',
  ],
  evaluate(eip) {
    const c = eip.config;
    return c.associationId || c.instanceId || c.networkInterfaceId
      ? pass({ en: `The address is associated with ${c.instanceId ?? c.networkInterfaceId ?? c.associationId}.`, ja: `アドレスは ${c.instanceId ?? c.networkInterfaceId ?? c.associationId} に関連付けられています。` })
      : fail({ en: `The Elastic IP ${c.publicIp ?? c.allocationId} is not associated with anything.`, ja: `Elastic IP ${c.publicIp ?? c.allocationId} はどこにも関連付けられていません。` }, { publicIp: c.publicIp });
  },
});
