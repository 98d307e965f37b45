import { ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE, type AccountPublicAccessBlockConfig } from '../../../../../src/providers/aws/model/s3.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { offSettings } from '../public.js';

export const rule = defineRule<AccountPublicAccessBlockConfig>({
  id: 'aws-s3-account-public-access-block',
  services: ['s3'],
  title: {
    en: 'S3 Block Public Access is enabled at the account level',
    ja: 'アカウント単位で S3 ブロックパブリックアクセスが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE],
  requires: ['publicAccessBlock'],
  frameworks: {
    'cis-aws-3.0': ['2.1.4'],
    fsbp: ['S3.1'],
    'nist-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
    'pci-dss-3.2.1': ['1.2.1', '1.3.1', '1.3.2', '1.3.4', '1.3.6'],
    'pci-dss-4.0': ['1.4.4'],
  },
  doc: {
    en: {
      description:
        'Checks that all four account-level S3 Block Public Access settings are on, which stops every bucket and access point in the account, present and future, from being made public through ACLs or policies.',
      urgency:
        'Fix within days in accounts that do not host public content: it is a single switch that removes the whole class of "accidentally public bucket" incidents in the account.',
      risk: 'Without the account-level guardrail, protection depends on every bucket being configured correctly; a new bucket created by a script or a team member, or a bucket whose own settings were switched off, can be published to the internet.',
      recommendation:
        'Enable all four settings under "Block Public Access settings for this account". Host intentionally public content in a dedicated account (or serve it through CloudFront with Origin Access Control) instead of weakening the guardrail. In AWS Organizations, consider enforcing it with an SCP or a declarative policy.',
      console: [
        'Open the Amazon S3 console and choose "Block Public Access settings for this account" in the navigation pane.',
        'Choose Edit, select "Block all public access" and choose "Save changes".',
        'Type "confirm" and choose Confirm.',
      ],
    },
    ja: {
      description:
        'アカウント単位の S3 ブロックパブリックアクセス 4 項目がすべて有効で、アカウント内の既存・将来のすべてのバケットとアクセスポイントが ACL やポリシーで公開されない状態かを確認します。',
      urgency:
        '公開コンテンツを置かないアカウントでは、数日以内に対応してください。スイッチ一つで「誤って公開されたバケット」という種類の事故をアカウント全体でなくせます。',
      risk: 'アカウント単位のガードレールがないと、保護はすべてのバケットが正しく設定されていることに依存します。スクリプトやメンバーが新しく作成したバケットや、バケット単位の設定が無効化されたバケットがインターネットに公開される可能性があります。',
      recommendation:
        '「このアカウントのブロックパブリックアクセス設定」で 4 項目をすべて有効にしてください。意図的に公開するコンテンツは、ガードレールを弱めるのではなく専用アカウントに置くか、オリジンアクセスコントロール (OAC) を使った CloudFront 経由で配信してください。AWS Organizations を利用している場合は、SCP や宣言型ポリシーでの強制も検討してください。',
      console: [
        'Amazon S3 コンソールのナビゲーションペインで「このアカウントのブロックパブリックアクセス設定」を選択します。',
        '「編集」を選び、「パブリックアクセスをすべてブロック」を選択して「変更の保存」を選択します。',
        '「確認」と入力して確定します。',
      ],
    },
  },
  remediation: {
    cli: 'aws s3control put-public-access-block --account-id ACCOUNT_ID \\\n  --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    cloudformation:
      '# No CloudFormation resource for the account-level setting; detect drift with AWS Config:\nAccountLevelPublicAccessBlocks:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    Source:\n      Owner: AWS\n      SourceIdentifier: S3_ACCOUNT_LEVEL_PUBLIC_ACCESS_BLOCKS_PERIODIC\n    MaximumExecutionFrequency: TwentyFour_Hours',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-1',
  ],
  evaluate(acct) {
    const pab = acct.config.publicAccessBlock;
    const off = offSettings(pab);
    if (off.length === 0) return pass({ en: 'All four account-level Block Public Access settings are on.', ja: 'アカウント単位のブロックパブリックアクセス 4 項目はすべて有効です。' });
    return fail(
      pab === null
        ? { en: 'The account has no account-level Block Public Access configuration.', ja: 'アカウント単位のブロックパブリックアクセスが設定されていません。' }
        : { en: `Account-level Block Public Access is off for ${off.join(', ')}.`, ja: `アカウント単位のブロックパブリックアクセスで ${off.join('、')} が無効です。` },
      { disabled: off },
    );
  },
});
