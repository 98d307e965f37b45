import { INSTANCE_TYPE, type InstanceConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';

/** Security Hub's default allowedDays for EC2.4. */
export const ALLOWED_STOPPED_DAYS = 30;
const DAY = 86_400_000;

export const rule = defineRule<InstanceConfig>({
  id: 'aws-ec2-instance-stopped-not-retained',
  services: ['ec2'],
  title: {
    en: `Stopped EC2 instances are removed after ${ALLOWED_STOPPED_DAYS} days`,
    ja: `停止した EC2 インスタンスが ${ALLOWED_STOPPED_DAYS} 日を超えて放置されていない`,
  },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [INSTANCE_TYPE],
  requires: ['state', 'stoppedAt'],
  frameworks: {
    fsbp: ['EC2.4'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-2', 'CM-2(2)'],
  },
  doc: {
    en: {
      description: `Checks that no instance has been in the stopped state for more than ${ALLOWED_STOPPED_DAYS} days (the Security Hub default), measured from the stop time in the instance's state transition reason to the snapshot time.`,
      urgency: 'Clean up in the normal maintenance cycle: nothing is exposed while the instance is stopped, but the risk materialises the day someone starts it again.',
      risk: 'A long-stopped instance misses every patch and configuration baseline update. When it is restarted — by a person, automation or an attacker with ec2:StartInstances — it comes back with old vulnerabilities, old credentials and possibly its old public IP and security rules. Its volumes also keep data nobody owns anymore.',
      recommendation: 'Decide for each stopped instance: terminate it (after taking a snapshot or AMI if the data is needed), or start it regularly for patching. Automate the clean-up, e.g. with an AWS Config rule and Systems Manager Automation, and tag exceptions with an owner and expiry.',
      console: [
        'Open the EC2 console → Instances and filter "Instance state = stopped".',
        'Check the stop date in the "State transition reason" and the owner tags.',
        'If the data is still needed, create an AMI or snapshots (Actions → Image and templates → Create image).',
        'Choose Instance state → Terminate instance.',
      ],
    },
    ja: {
      description: `インスタンスのステータス遷移理由に記録された停止時刻からスナップショット取得時点までで、停止状態が ${ALLOWED_STOPPED_DAYS} 日（Security Hub の既定値）を超えたインスタンスがないかを確認します。`,
      urgency: '通常の保守サイクルの中で整理してください。停止中は何も公開されていませんが、誰かが再起動した日にリスクが顕在化します。',
      risk: '長期間停止したインスタンスには、その間のパッチや設定ベースラインの更新がすべて適用されていません。人や自動化、あるいは ec2:StartInstances を持つ攻撃者によって再起動されると、古い脆弱性・古い認証情報、場合によっては以前のパブリック IP とセキュリティルールのまま復活します。ボリュームには管理者不在のデータも残り続けます。',
      recommendation: '停止中のインスタンスごとに、終了する（必要なデータは事前にスナップショットや AMI を取得）か、定期的に起動してパッチを適用するかを決めてください。AWS Config ルールと Systems Manager Automation などで整理を自動化し、例外には所有者と期限のタグを付けてください。',
      console: [
        'EC2 コンソールの「インスタンス」で「インスタンスの状態 = 停止済み」で絞り込みます。',
        '「状態遷移の理由」の停止日時と所有者のタグを確認します。',
        'データが必要な場合は AMI またはスナップショットを作成します（「アクション」→「イメージとテンプレート」→「イメージを作成」）。',
        '「インスタンスの状態」→「インスタンスを終了」を選択します。',
      ],
    },
  },
  remediation: {
    cli: '# List stopped instances with their stop reason\naws ec2 describe-instances --filters Name=instance-state-name,Values=stopped \\\n  --query "Reservations[].Instances[].[InstanceId,StateTransitionReason]" --output table\n# Keep an image, then terminate\naws ec2 create-image --instance-id i-0123456789abcdef0 --name "archive-i-0123456789abcdef0"\naws ec2 terminate-instances --instance-ids i-0123456789abcdef0',
    terraform: '# Remove the aws_instance resource (or set count = 0) and apply; keep the data with an AMI first:\nresource "aws_ami_from_instance" "archive" {\n  name               = "archive-legacy-batch"\n  source_instance_id = "i-0123456789abcdef0"\n}',
    cloudformation: 'StoppedInstanceCheck:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    ConfigRuleName: ec2-stopped-instance\n    InputParameters:\n      AllowedDays: "30"\n    Source:\n      Owner: AWS\n      SourceIdentifier: EC2_STOPPED_INSTANCE',
  },
  references: [
    'https://docs.aws.amazon.com/config/latest/developerguide/ec2-stopped-instance.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-4',
  ],
  evaluate(instance, ctx) {
    const { state, stoppedAt } = instance.config;
    if (state !== 'stopped') return notApplicable({ en: `The instance is ${state}, not stopped.`, ja: `インスタンスは停止状態ではありません（${state}）。` });
    if (!stoppedAt) return notAssessed({ en: 'The stop time could not be read from the state transition reason.', ja: '状態遷移の理由から停止時刻を読み取れませんでした。' });
    const days = Math.floor((ctx.now.getTime() - new Date(stoppedAt).getTime()) / DAY);
    return days > ALLOWED_STOPPED_DAYS
      ? fail(
          { en: `The instance has been stopped for ${days} days (since ${stoppedAt.slice(0, 10)}), more than ${ALLOWED_STOPPED_DAYS}.`, ja: `インスタンスは ${stoppedAt.slice(0, 10)} から ${days} 日間停止しており、${ALLOWED_STOPPED_DAYS} 日を超えています。` },
          { stoppedAt, days },
        )
      : pass({ en: `The instance has been stopped for ${days} days.`, ja: `インスタンスの停止期間は ${days} 日です。` }, { stoppedAt, days });
  },
});
