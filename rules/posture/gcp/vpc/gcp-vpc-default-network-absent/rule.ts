import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type NetworkConfig, type ProjectConfig } from '../../../../../src/providers/gcp/model.js';
import { firewallNamesOf, networkMode } from '../network.js';

export const rule = defineRule<ProjectConfig>({
  id: 'gcp-vpc-default-network-absent',
  services: ['compute'],
  title: {
    en: 'The default network does not exist in the project',
    ja: 'プロジェクトに default ネットワークが存在しない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.project],
  requires: ['projectId'],
  reads: [GCP_TYPES.network],
  frameworks: {
    'cis-gcp-5.0': ['3.1'],
    'nist-800-53-r5': ['CM-6', 'CM-7', 'SC-7'],
  },
  doc: {
    en: {
      description: 'Checks that the project has no VPC network named "default", the auto mode network Compute Engine creates in new projects unless the compute.skipDefaultNetworkCreation organization policy is enforced.',
      urgency: 'Plan the removal this sprint: the default network is rarely what the workload needs, but deleting it requires moving anything that still uses it.',
      risk: 'The default network has a subnet in every region and comes with pre-populated firewall rules (default-allow-ssh and default-allow-rdp from 0.0.0.0/0, default-allow-internal across all subnets, default-allow-icmp). Any VM attached to it is reachable over SSH and RDP from the internet and can talk to every other VM in the project, and its address plan was not designed by anyone.',
      recommendation: 'Create custom mode VPC networks with only the subnets and firewall rules the workloads need, move any VM, GKE cluster or service still attached to "default", then delete its firewall rules and the network. Enforce the compute.skipDefaultNetworkCreation organization policy so new projects start without it.',
      console: [
        'Open the Google Cloud console → "VPC network" → "VPC networks" and select the project.',
        'Open the network named "default" and check on the "Subnets" and "Firewalls" tabs that nothing still uses it (VM instances, GKE clusters, Serverless VPC Access connectors).',
        'Delete the network\'s firewall rules ("VPC network" → "Firewall"), then return to the network and choose "Delete VPC network".',
        'In "IAM & Admin" → "Organization policies", enforce "Skip default network creation" (compute.skipDefaultNetworkCreation) at the organization or folder.',
      ],
    },
    ja: {
      description: 'プロジェクトに「default」という名前の VPC ネットワークが存在しないことを確認します。これは、組織のポリシー compute.skipDefaultNetworkCreation を適用していない限り、Compute Engine が新しいプロジェクトに自動作成する自動モードのネットワークです。',
      urgency: '今回のスプリントで削除を計画してください。default ネットワークがワークロードの要件に合っていることはまずありませんが、削除するにはまだ利用しているリソースの移行が必要です。',
      risk: 'default ネットワークにはすべてのリージョンにサブネットがあり、あらかじめファイアウォールルール（0.0.0.0/0 からの default-allow-ssh と default-allow-rdp、全サブネット間の default-allow-internal、default-allow-icmp）が作成されています。ここに接続された VM はインターネットから SSH や RDP で到達でき、プロジェクト内の他のすべての VM と通信できます。また、そのアドレス設計は誰かが意図して決めたものではありません。',
      recommendation: 'ワークロードに必要なサブネットとファイアウォールルールだけを持つカスタムモードの VPC ネットワークを作成し、まだ「default」に接続している VM、GKE クラスタ、サービスを移行したうえで、ファイアウォールルールとネットワークを削除してください。新しいプロジェクトに作成されないよう、組織のポリシー compute.skipDefaultNetworkCreation を適用してください。',
      console: [
        'Google Cloud コンソールで「VPC ネットワーク」→「VPC ネットワーク」を開き、対象のプロジェクトを選択します。',
        '「default」ネットワークを開き、「サブネット」タブと「ファイアウォール」タブで、これを使っているもの（VM インスタンス、GKE クラスタ、サーバーレス VPC アクセス コネクタ）が残っていないことを確認します。',
        '「VPC ネットワーク」→「ファイアウォール」でこのネットワークのファイアウォールルールを削除し、ネットワークの画面に戻って「VPC ネットワークを削除」を選択します。',
        '「IAM と管理」→「組織のポリシー」で「デフォルト ネットワークの作成をスキップ」（compute.skipDefaultNetworkCreation）を組織またはフォルダに適用します。',
      ],
    },
  },
  remediation: {
    cli: [
      'PROJECT_ID=my-project',
      '# Delete the firewall rules of the default network, then the network itself',
      'gcloud compute firewall-rules list --project="$PROJECT_ID" --filter="network~/networks/default$" --format="value(name)" \\',
      '  | xargs -r gcloud compute firewall-rules delete --project="$PROJECT_ID" --quiet',
      'gcloud compute networks delete default --project="$PROJECT_ID" --quiet',
      '# Stop new projects from getting one',
      'gcloud resource-manager org-policies enable-enforce compute.skipDefaultNetworkCreation --organization=ORGANIZATION_ID',
    ].join('\n'),
    terraform: [
      '# New projects: do not create the default network',
      'resource "google_project" "app" {',
      '  name                = "app"',
      '  project_id          = "my-project"',
      '  folder_id           = "folders/123456789012"',
      '  auto_create_network = false',
      '}',
      '',
      '# Organisation-wide guardrail',
      'resource "google_org_policy_policy" "skip_default_network" {',
      '  name   = "organizations/ORGANIZATION_ID/policies/compute.skipDefaultNetworkCreation"',
      '  parent = "organizations/ORGANIZATION_ID"',
      '  spec {',
      '    rules {',
      '      enforce = "TRUE"',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/vpc/docs/vpc#default-network',
    'https://cloud.google.com/vpc/docs/create-modify-vpc-networks#deleting_a_network',
    'https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints',
  ],
  evaluate(project, ctx) {
    const projectId = project.config.projectId ?? project.account;
    const network = ctx.resources<NetworkConfig>(GCP_TYPES.network, { account: projectId }).find((n) => n.config.name === 'default');
    if (!network) {
      return pass({ en: `Project ${projectId} has no network named "default".`, ja: `プロジェクト ${projectId} に「default」ネットワークはありません。` });
    }
    const firewalls = firewallNamesOf(ctx, network);
    return fail(
      {
        en: `Project ${projectId} still has the default network${firewalls.length ? ` (firewall rules: ${firewalls.join(', ')})` : ''}.`,
        ja: `プロジェクト ${projectId} に default ネットワークが残っています${firewalls.length ? `（ファイアウォールルール: ${firewalls.join('、')}）` : ''}。`,
      },
      { network: network.uid, mode: networkMode(network.config), firewallRules: firewalls },
    );
  },
});
