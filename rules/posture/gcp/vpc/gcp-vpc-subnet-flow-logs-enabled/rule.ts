import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type SubnetworkConfig } from '../../../../../src/providers/gcp/model.js';
import { lastSegment } from '../refs.js';
import { specialPurpose } from '../subnet.js';

/** API defaults applied when flow logs are on and a field is absent. */
const DEFAULTS = { aggregationInterval: 'INTERVAL_5_SEC', flowSampling: 0.5, metadata: 'INCLUDE_ALL_METADATA' } as const;

export const rule = defineRule<SubnetworkConfig>({
  id: 'gcp-vpc-subnet-flow-logs-enabled',
  services: ['compute'],
  title: {
    en: 'VPC Flow Logs are enabled on every subnet with full sampling and metadata',
    ja: 'すべてのサブネットで VPC フローログが全量サンプリング・メタデータ付きで有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.subnetwork],
  requires: ['logConfig', 'name', 'network', 'purpose'],
  frameworks: {
    'cis-gcp-5.0': ['3.10'],
    'nist-800-53-r5': ['AU-2', 'AU-3', 'AU-12', 'SI-4'],
    'pci-dss-4.0': ['10.2.1'],
  },
  doc: {
    en: {
      description: 'Checks that each subnet that hosts workloads records VPC Flow Logs as CIS requires: logConfig.enable true, aggregation interval 5 seconds (INTERVAL_5_SEC), flow sampling 1 (100 %), metadata INCLUDE_ALL_METADATA and no filter expression. Proxy-only, Private Service Connect and Private NAT subnets host no VMs and are not applicable. Absent fields take the API defaults (5 seconds, sampling 0.5, all metadata).',
      urgency: 'Enable soon: flow logs only cover traffic from the moment they are on, so a gap today is a gap in every future investigation of today.',
      risk: 'Without flow logs (or with partial sampling or filters) there is no record of which VM talked to which address and port. Data exfiltration, lateral movement, connections to command-and-control servers or unexpected internet exposure cannot be detected or reconstructed after an incident.',
      recommendation: 'Turn on VPC Flow Logs for every subnet with a 5-second aggregation interval, a sample rate of 100 % and all metadata, without a filter. Route the logs to a central logging project (log sink) and set retention to what incident response needs. Review cost on very busy subnets rather than lowering the sampling.',
      console: [
        'Open the Google Cloud console → "VPC network" → "VPC networks", select the network and open the "Subnets" tab.',
        'Select the subnet and choose "Edit".',
        'Under "Flow logs" select "On", open "Configure logs" and set "Aggregation interval" to 5 sec, "Sample rate" to 100 % and enable "Include metadata"; leave "Filter logs" empty.',
        'Choose "Save" and repeat for every subnet listed in the findings.',
      ],
    },
    ja: {
      description: 'ワークロードを配置する各サブネットで、CIS が求める設定で VPC フローログが記録されていることを確認します。条件は logConfig.enable が true、集約間隔が 5 秒（INTERVAL_5_SEC）、フローのサンプリングが 1（100%）、メタデータが INCLUDE_ALL_METADATA、フィルタ式なしです。プロキシ専用サブネット、Private Service Connect 用サブネット、Private NAT 用サブネットは VM を配置しないため対象外です。値がないフィールドは API のデフォルト（5 秒、サンプリング 0.5、全メタデータ）として扱います。',
      urgency: '早めに有効にしてください。フローログは有効にした時点以降の通信しか記録しないため、今日の空白は今日の出来事を将来調査するときの空白になります。',
      risk: 'フローログがない（あるいはサンプリングの間引きやフィルタがある）と、どの VM がどのアドレス・ポートと通信したかの記録が残りません。データの持ち出し、ラテラルムーブメント、C2 サーバーへの接続、想定外のインターネット公開を検知できず、インシデント後に経緯を再構成することもできません。',
      recommendation: 'すべてのサブネットで、集約間隔 5 秒、サンプルレート 100%、全メタデータ付き、フィルタなしで VPC フローログを有効にしてください。ログはログシンクで集中管理用のプロジェクトに転送し、インシデント対応に必要な期間保持してください。通信量の多いサブネットでは、サンプリングを下げるのではなくコストを見直してください。',
      console: [
        'Google Cloud コンソールで「VPC ネットワーク」→「VPC ネットワーク」を開き、対象のネットワークの「サブネット」タブを開きます。',
        '対象のサブネットを選択し、「編集」を選択します。',
        '「フローログ」で「オン」を選び、「ログを構成」を開いて「集約間隔」を 5 秒、「サンプルレート」を 100%、「メタデータを含める」を有効にします。「ログのフィルタ」は空のままにします。',
        '「保存」を選択し、検出されたすべてのサブネットで繰り返します。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud compute networks subnets update SUBNET_NAME --project=PROJECT_ID --region=REGION \\',
      '  --enable-flow-logs \\',
      '  --logging-aggregation-interval=interval-5-sec \\',
      '  --logging-flow-sampling=1.0 \\',
      '  --logging-metadata=include-all',
    ].join('\n'),
    terraform: [
      'resource "google_compute_subnetwork" "prod_us_central1" {',
      '  name          = "prod-us-central1"',
      '  network       = google_compute_network.prod.id',
      '  region        = "us-central1"',
      '  ip_cidr_range = "10.10.0.0/20"',
      '',
      '  log_config {',
      '    aggregation_interval = "INTERVAL_5_SEC"',
      '    flow_sampling        = 1.0',
      '    metadata             = "INCLUDE_ALL_METADATA"',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/vpc/docs/flow-logs',
    'https://cloud.google.com/vpc/docs/using-flow-logs',
    'https://cloud.google.com/compute/docs/reference/rest/v1/subnetworks',
  ],
  evaluate(subnet) {
    const s = subnet.config;
    const network = lastSegment(s.network);
    const purpose = specialPurpose(s);
    if (purpose) {
      return notApplicable({
        en: `Subnet ${s.name} is a ${purpose} subnet, which hosts no VMs.`,
        ja: `サブネット ${s.name} は ${purpose} 用のサブネットで、VM を配置しません。`,
      });
    }
    const log = s.logConfig;
    if (log?.enable !== true) {
      return fail(
        { en: `VPC Flow Logs are off on subnet ${s.name} (network ${network}).`, ja: `サブネット ${s.name}（ネットワーク ${network}）の VPC フローログが無効です。` },
        { logConfig: log ?? null },
      );
    }
    const effective = {
      aggregationInterval: log.aggregationInterval ?? DEFAULTS.aggregationInterval,
      flowSampling: log.flowSampling ?? DEFAULTS.flowSampling,
      metadata: log.metadata ?? DEFAULTS.metadata,
      filterExpr: log.filterExpr,
    };
    const problems: { en: string; ja: string }[] = [];
    if (effective.aggregationInterval !== 'INTERVAL_5_SEC') problems.push({ en: `aggregation interval ${effective.aggregationInterval} (needs INTERVAL_5_SEC)`, ja: `集約間隔が ${effective.aggregationInterval}（INTERVAL_5_SEC が必要）` });
    if (effective.flowSampling < 1) problems.push({ en: `flow sampling ${effective.flowSampling} (needs 1)`, ja: `サンプリングが ${effective.flowSampling}（1 が必要）` });
    if (effective.metadata !== 'INCLUDE_ALL_METADATA') problems.push({ en: `metadata ${effective.metadata} (needs INCLUDE_ALL_METADATA)`, ja: `メタデータが ${effective.metadata}（INCLUDE_ALL_METADATA が必要）` });
    if (effective.filterExpr !== undefined && effective.filterExpr.trim() !== '' && effective.filterExpr.trim() !== 'true') {
      problems.push({ en: `filter "${effective.filterExpr}" drops flows`, ja: `フィルタ「${effective.filterExpr}」で一部のフローが記録されません` });
    }
    if (problems.length) {
      return fail(
        {
          en: `VPC Flow Logs on subnet ${s.name} (network ${network}) are incomplete: ${problems.map((p) => p.en).join('; ')}.`,
          ja: `サブネット ${s.name}（ネットワーク ${network}）の VPC フローログの設定が不十分です: ${problems.map((p) => p.ja).join('、')}。`,
        },
        { logConfig: log, effective },
      );
    }
    return pass(
      {
        en: `VPC Flow Logs on subnet ${s.name} record every flow every 5 seconds with all metadata.`,
        ja: `サブネット ${s.name} の VPC フローログは、すべてのフローを 5 秒間隔で全メタデータ付きで記録しています。`,
      },
      { effective },
    );
  },
});
