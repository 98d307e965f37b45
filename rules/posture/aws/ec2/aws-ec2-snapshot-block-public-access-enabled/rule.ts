import { REGIONAL_SETTINGS_TYPE, type RegionalSettingsConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<RegionalSettingsConfig>({
  id: 'aws-ec2-snapshot-block-public-access-enabled',
  services: ['ec2'],
  title: {
    en: 'Block public access for EBS snapshots blocks all sharing',
    ja: 'EBS スナップショットのパブリックアクセスのブロックですべての公開共有をブロックしている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [REGIONAL_SETTINGS_TYPE],
  requires: ['snapshotBlockPublicAccess'],
  frameworks: {
    fsbp: ['EC2.182'],
  },
  doc: {
    en: {
      description: 'Checks that the regional setting "Block public access for snapshots" is in the block-all-sharing state, which prevents new public sharing and hides snapshots that are already public.',
      urgency: 'Enable within days: it is a one-command, no-impact guardrail that neutralises the most damaging EBS mistake — a public snapshot.',
      risk: 'Without the guardrail, one ModifySnapshotAttribute call by a careless user, a faulty script or an attacker makes a complete disk copy available to every AWS account. In block-new-sharing mode, snapshots that are already public stay public.',
      recommendation: 'Set block public access for snapshots to "block all public access" (block-all-sharing) in every region, ideally through an organisation declarative policy so member accounts cannot turn it off.',
      console: [
        'Open the EC2 console and select the region.',
        'EC2 Dashboard → Account attributes → Data protection and security.',
        'Under "Block public access for EBS snapshots" choose "Manage", select "Block public access" → "Block all public access" and choose "Update".',
      ],
    },
    ja: {
      description: 'リージョンの設定「スナップショットのパブリックアクセスをブロック」が block-all-sharing 状態で、新たな公開共有を防ぎ、既に公開されているスナップショットも非公開として扱われるかを確認します。',
      urgency: '数日以内に有効にしてください。コマンド 1 つで設定でき既存ワークロードへの影響もなく、EBS で最も被害の大きいミスであるスナップショットの公開を無力化できるガードレールです。',
      risk: 'このガードレールがないと、不注意なユーザー、不具合のあるスクリプト、攻撃者による ModifySnapshotAttribute の呼び出し 1 回で、ディスクの完全なコピーがすべての AWS アカウントから利用可能になります。block-new-sharing モードでは、既に公開されているスナップショットは公開されたままです。',
      recommendation: 'すべてのリージョンでスナップショットのパブリックアクセスのブロックを「すべてのパブリックアクセスをブロック」（block-all-sharing）に設定してください。メンバーアカウントで解除できないよう、組織の宣言型ポリシーで設定するのが理想です。',
      console: [
        'EC2 コンソールを開き、対象のリージョンを選択します。',
        'EC2 ダッシュボード →「アカウントの属性」→「データ保護とセキュリティ」を開きます。',
        '「EBS スナップショットのパブリックアクセスをブロック」の「管理」を選び、「パブリックアクセスをブロック」→「すべてのパブリックアクセスをブロック」を選択して「更新」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'for r in $(aws ec2 describe-regions --query "Regions[].RegionName" --output text); do\n  aws ec2 enable-snapshot-block-public-access --state block-all-sharing --region "$r"\ndone',
    terraform: 'resource "aws_ebs_snapshot_block_public_access" "this" {\n  state = "block-all-sharing"\n}',
    cloudformation: 'SnapshotBlockPublicAccess:\n  Type: AWS::EC2::SnapshotBlockPublicAccess\n  Properties:\n    State: block-all-sharing',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html',
    'https://docs.aws.amazon.com/config/latest/developerguide/ebs-snapshot-block-public-access.html',
  ],
  evaluate(settings) {
    const state = settings.config.snapshotBlockPublicAccess;
    if (state === undefined) return notAssessed({ en: 'The snapshot block public access state was not collected.', ja: 'スナップショットのパブリックアクセスのブロック状態を取得できませんでした。' });
    return state === 'block-all-sharing'
      ? pass({ en: `Snapshot block public access is block-all-sharing in ${settings.region}.`, ja: `${settings.region} のスナップショットのパブリックアクセスのブロックは block-all-sharing です。` })
      : fail(
          { en: `Snapshot block public access is "${state}" in ${settings.region}, not block-all-sharing.`, ja: `${settings.region} のスナップショットのパブリックアクセスのブロックが「${state}」で、block-all-sharing ではありません。` },
          { state },
        );
  },
});
