import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'aws-account-security-questions',
  services: ['account'],
  title: { en: 'Security questions are registered in the AWS account', ja: 'AWS アカウントにセキュリティの質問が登録されている' },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-aws-3.0': ['1.3'] },
  doc: {
    en: {
      description: 'Confirm that security challenge questions are configured for the account so AWS Support can verify the caller when account access must be recovered. There is no API to read them, so this stays a manual check.',
      urgency: 'Low urgency: it matters only in an account-recovery situation, but then it decides how fast you get back in.',
      risk: 'Without registered questions, proving ownership to AWS Support after losing root access (lost MFA, leaver took the mailbox) is slower and harder, prolonging an outage or incident.',
      recommendation: 'Sign in as root, set three security challenge questions with answers stored in the company\'s secret store, and document where they are kept. (AWS has been retiring this feature for new setups; if it is not offered, document the alternative recovery path instead.)',
      console: [
        'Sign in as the root user and open "Account" from the account menu.',
        'Under "Configure Security Challenge Questions", choose "Edit".',
        'Select three questions, enter the answers, store them securely and save.',
      ],
    },
    ja: {
      description: 'アカウントへのアクセス復旧時に AWS サポートが本人確認できるよう、セキュリティチャレンジの質問が設定されていることを確認します。これを読み取る API はないため、手動での確認になります。',
      urgency: '緊急度は低めです。影響するのはアカウント復旧の場面だけですが、そのときにはアクセスを取り戻すまでの時間を左右します。',
      risk: '質問が登録されていないと、ルートへのアクセスを失った場合（MFA の紛失、退職者がメールボックスを持ち去った場合など）に AWS サポートへ所有者であることを証明するのに時間がかかり、障害やインシデントが長引きます。',
      recommendation: 'ルートでサインインし、3 つのセキュリティチャレンジの質問を設定して回答を社内のシークレット管理に保管し、その保管場所を文書化してください（新規設定ではこの機能が廃止されつつあるため、提供されていない場合は代替の復旧手順を文書化してください）。',
      console: [
        'ルートユーザーでサインインし、アカウントメニューから「アカウント」を開きます。',
        '「セキュリティチャレンジの質問の設定」で「編集」を選びます。',
        '3 つの質問を選んで回答を入力し、回答を安全に保管して保存します。',
      ],
    },
  },
  references: ['https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-security-challenge.html'],
});
