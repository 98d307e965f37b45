import { GUARDDUTY_DETECTOR_TYPE, type GuardDutyDetectorConfig } from '../../../../../src/providers/aws/model/guardduty.js';
import { REGION_TYPE } from '../../../../../src/model/pseudo.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<{ regionName?: string }>({
  id: 'aws-guardduty-enabled',
  services: ['guardduty'],
  title: {
    en: 'GuardDuty is enabled in every region',
    ja: 'すべてのリージョンで GuardDuty が有効になっている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [REGION_TYPE],
  reads: [GUARDDUTY_DETECTOR_TYPE],
  frameworks: {
    fsbp: ['GuardDuty.1'],
    'nist-800-53-r5': [
      'AC-2(12)', 'AU-6(1)', 'AU-6(5)', 'CA-7', 'CM-8(3)', 'RA-3(4)', 'SA-11(1)', 'SA-11(6)', 'SA-15(2)', 'SA-15(8)',
      'SA-8(19)', 'SA-8(21)', 'SA-8(25)', 'SC-5', 'SC-5(1)', 'SC-5(3)', 'SI-20', 'SI-3(8)', 'SI-4', 'SI-4(1)', 'SI-4(13)',
      'SI-4(2)', 'SI-4(22)', 'SI-4(25)', 'SI-4(4)', 'SI-4(5)',
    ],
    'pci-dss-3.2.1': ['11.4'],
    'pci-dss-4.0': ['11.5.1'],
  },
  doc: {
    en: {
      description: 'Checks that every collected region of the account has an enabled Amazon GuardDuty detector.',
      urgency: 'Fix this week: without a detector, threats such as credential misuse or crypto-mining in that region raise no alert at all. Unused regions matter too, because attackers deliberately launch resources where nobody is watching.',
      risk: 'Stolen access keys used from a Tor exit node, an EC2 instance talking to a command-and-control server, or a crypto-miner launched in an unused region go unnoticed. The first sign of compromise becomes the bill or a third-party abuse report, long after data has left the account.',
      recommendation: 'Enable GuardDuty in every region, ideally from a delegated administrator account in AWS Organizations with auto-enable for all member accounts, and route HIGH findings to the on-call channel (EventBridge → SNS/chat).',
      console: [
        'Open the GuardDuty console in the region reported by the finding.',
        'Choose "Get started" and then "Enable GuardDuty" (or, in the delegated administrator account, open "Accounts" and enable auto-enable for the organization).',
        'Repeat for every region, or use the organization settings so that new accounts are covered automatically.',
      ],
    },
    ja: {
      description: 'アカウントの収集対象のすべてのリージョンで、有効な Amazon GuardDuty ディテクターが存在するかを確認します。',
      urgency: '今週中に対応してください。ディテクターがないリージョンでは、認証情報の不正利用や暗号資産マイニングが起きても一切アラートが上がりません。攻撃者は監視の目が届かない未使用リージョンを狙ってリソースを起動するため、使っていないリージョンも対象です。',
      risk: '盗まれたアクセスキーが Tor 出口ノードから使われる、EC2 インスタンスが C&C サーバーと通信する、未使用リージョンでマイニング用インスタンスが起動される、といった事象に気付けません。侵害に気付くきっかけが請求額や外部からの不正利用通報となり、その時点ではすでにデータが持ち出されている可能性があります。',
      recommendation: 'すべてのリージョンで GuardDuty を有効にしてください。AWS Organizations の委任管理者アカウントから全メンバーアカウントに自動有効化を設定し、重要度 HIGH の検出結果を EventBridge → SNS／チャットで当番に通知するのが理想です。',
      console: [
        '検出結果に示されたリージョンで GuardDuty コンソールを開きます。',
        '「今すぐ始める」→「GuardDuty を有効にする」を選択します（委任管理者アカウントでは「アカウント」から組織の自動有効化をオンにします）。',
        'すべてのリージョンで繰り返すか、組織設定により新規アカウントも自動で対象になるようにします。',
      ],
    },
  },
  remediation: {
    cli: '# Enable GuardDuty in every enabled region of this account\nfor r in $(aws ec2 describe-regions --query "Regions[].RegionName" --output text); do\n  aws guardduty create-detector --enable --finding-publishing-frequency FIFTEEN_MINUTES --region "$r"\ndone',
    terraform: 'resource "aws_guardduty_detector" "this" {\n  enable                       = true\n  finding_publishing_frequency = "FIFTEEN_MINUTES"\n}\n\n# In the delegated administrator account, cover all member accounts:\nresource "aws_guardduty_organization_configuration" "this" {\n  detector_id                      = aws_guardduty_detector.this.id\n  auto_enable_organization_members = "ALL"\n}',
    cloudformation: 'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      FindingPublishingFrequency: FIFTEEN_MINUTES\n# Deploy to every region with a StackSet (service-managed permissions, all regions).',
  },
  references: [
    'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-1',
  ],
  evaluate(region, ctx) {
    const detectors = ctx.resources<GuardDutyDetectorConfig>(GUARDDUTY_DETECTOR_TYPE, { account: region.account, region: region.region });
    if (detectors.length === 0) {
      return fail({
        en: `GuardDuty has no detector in ${region.region}: threat detection is off in this region.`,
        ja: `${region.region} に GuardDuty ディテクターがなく、このリージョンでは脅威検出が行われていません。`,
      });
    }
    const enabled = detectors.filter((d) => d.config.Status === 'ENABLED');
    const unreadable = detectors.filter((d) => d.errors?.Status);
    if (enabled.length === 0 && unreadable.length > 0) {
      return notAssessed(
        {
          en: `The GuardDuty detector in ${region.region} exists but its status could not be read (${unreadable[0].errors!.Status}).`,
          ja: `${region.region} に GuardDuty ディテクターはありますが、ステータスを取得できませんでした（${unreadable[0].errors!.Status}）。`,
        },
        { detectors: unreadable.map((d) => d.uid) },
      );
    }
    if (enabled.length === 0) {
      const statuses = detectors.map((d) => `${d.config.detectorId}: ${d.config.Status}`).join(', ');
      return fail(
        {
          en: `The GuardDuty detector in ${region.region} is not enabled (${statuses}).`,
          ja: `${region.region} の GuardDuty ディテクターが有効になっていません（${statuses}）。`,
        },
        { detectors: detectors.map((d) => d.uid) },
      );
    }
    return pass(
      { en: `GuardDuty is enabled in ${region.region}.`, ja: `${region.region} で GuardDuty が有効です。` },
      { detector: enabled[0].uid },
    );
  },
});
