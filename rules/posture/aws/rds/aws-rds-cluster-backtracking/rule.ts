import { DB_CLUSTER_TYPE, type DbClusterConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<DbClusterConfig>({
  id: 'aws-rds-cluster-backtracking',
  services: ['rds'],
  title: {
    en: 'Amazon Aurora MySQL clusters have backtracking enabled',
    ja: 'Amazon Aurora MySQL クラスターでバックトラックが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [DB_CLUSTER_TYPE],
  requires: ['BacktrackWindow', 'DBClusterIdentifier', 'Engine'],
  frameworks: {
    fsbp: ['RDS.14'],
    'nist-800-53-r5': ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SI-13(5)'],
  },
  doc: {
    en: {
      description: 'Checks that Aurora MySQL clusters have a backtrack window (BacktrackWindow > 0), allowing the cluster to be rewound in place to an earlier time.',
      urgency: 'Low urgency: point-in-time restore still exists; backtracking shortens recovery. Since it can only be enabled at creation (or on a clone), fold it into the next rebuild.',
      risk: 'Without backtracking, undoing a destructive statement (a DELETE without WHERE, a dropped table, an attacker wiping data) requires restoring a new cluster from backups, which takes much longer and requires reconnecting applications to new endpoints while the business waits.',
      recommendation: 'Create Aurora MySQL clusters with a backtrack window (for example 24 hours). For an existing cluster, create a clone or restore with backtracking enabled and switch over during a maintenance window.',
      console: [
        'Open the RDS console and select the Aurora MySQL cluster; choose Actions > Create clone (or restore a snapshot).',
        'Under Backtrack, tick "Enable Backtrack" and set the target backtrack window.',
        'Create the clone, move the application to its endpoints and retire the old cluster.',
      ],
    },
    ja: {
      description: 'Aurora MySQL クラスターでバックトラックウィンドウ（BacktrackWindow > 0）が設定され、クラスターをその場で過去の時点に巻き戻せるかを確認します。',
      urgency: '緊急度は低めです。ポイントインタイムリストアは利用でき、バックトラックは復旧時間を短縮するものです。作成時（またはクローン）でしか有効化できないため、次回の再構築時に組み込んでください。',
      risk: 'バックトラックがないと、破壊的な操作（WHERE なしの DELETE、テーブル削除、攻撃者によるデータ消去）を元に戻すにはバックアップから新しいクラスターを復元する必要があり、時間がかかるうえアプリケーションの接続先変更も必要で、その間業務が止まります。',
      recommendation: 'Aurora MySQL クラスターはバックトラックウィンドウ（例: 24 時間）を指定して作成してください。既存クラスターはバックトラックを有効にしたクローンまたは復元を作成し、メンテナンス時間に切り替えます。',
      console: [
        'RDS コンソールで Aurora MySQL クラスターを選択し「アクション」>「クローンの作成」（またはスナップショットの復元）を選びます。',
        '「バックトラック」で「バックトラックを有効にする」をオンにし、ウィンドウを設定します。',
        'クローンを作成し、アプリケーションをそのエンドポイントに切り替えて旧クラスターを廃止します。',
      ],
    },
  },
  remediation: {
    cli: 'aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier <cluster> --db-cluster-identifier <cluster>-bt --restore-type copy-on-write --use-latest-restorable-time --backtrack-window 86400',
    terraform: 'resource "aws_rds_cluster" "main" {\n  engine           = "aurora-mysql"\n  # ...\n  backtrack_window = 86400 # seconds (24h)\n}',
    cloudformation: 'AuroraCluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    Engine: aurora-mysql\n    # ...\n    BacktrackWindow: 86400',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-14',
  ],
  evaluate(cluster) {
    const c = cluster.config;
    if (c.Engine !== 'aurora-mysql' && c.Engine !== 'aurora') {
      return notApplicable({ en: `Backtracking exists only for Aurora MySQL (engine ${c.Engine}).`, ja: `バックトラックは Aurora MySQL のみの機能です（エンジン ${c.Engine}）。` });
    }
    return (c.BacktrackWindow ?? 0) > 0
      ? pass({ en: `Backtrack window is ${Math.round((c.BacktrackWindow ?? 0) / 3600)} hours.`, ja: `バックトラックウィンドウは ${Math.round((c.BacktrackWindow ?? 0) / 3600)} 時間です。` })
      : fail({ en: `Aurora MySQL cluster ${c.DBClusterIdentifier} has backtracking disabled.`, ja: `Aurora MySQL クラスター ${c.DBClusterIdentifier} のバックトラックが無効です。` }, { BacktrackWindow: c.BacktrackWindow ?? 0 });
  },
});
