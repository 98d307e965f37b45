import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'aws-account-contact-details-current',
  services: ['account'],
  title: { en: 'Maintain current contact details', ja: '連絡先情報を最新の状態に保つ' },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-aws-3.0': ['1.1'] },
  doc: {
    en: {
      description: 'Confirm that the account\'s primary contact (name, address, phone) and the root user e-mail address are current and reach a monitored, shared mailbox. mamori cannot tell whether contact details are still correct.',
      urgency: 'Review quarterly and whenever people or addresses change: AWS uses these details for abuse reports, suspension notices and account recovery.',
      risk: 'If AWS cannot reach you, abuse or compromise notices go unanswered and AWS may suspend the account to contain the problem; an outdated root e-mail on a former employee\'s or expired domain can also let someone else reset the root password.',
      recommendation: 'Use a company-controlled distribution list for the root e-mail and contact details, review them on a schedule, and manage them centrally in AWS Organizations.',
      console: [
        'Open the AWS console → account menu → "Account".',
        'Review "Contact information" and choose "Edit" to correct it.',
        'Check that the root user e-mail address is a monitored, company-owned mailbox.',
      ],
    },
    ja: {
      description: 'アカウントの主要連絡先（氏名、住所、電話番号）とルートユーザーのメールアドレスが最新で、監視されている共有メールボックスに届くことを確認します。連絡先が現在も正しいかどうかは mamori では判定できません。',
      urgency: '四半期ごと、および担当者や住所の変更時に見直してください。AWS はこれらの情報を不正利用の報告、停止の通知、アカウント復旧に使用します。',
      risk: 'AWS から連絡が取れないと、不正利用や侵害の通知に対応できず、問題の封じ込めのために AWS がアカウントを停止することがあります。退職者や失効したドメインの古いルートメールアドレスが残っていると、第三者がルートのパスワードをリセットできてしまう恐れもあります。',
      recommendation: 'ルートのメールアドレスと連絡先には自社管理の配信リストを使い、定期的に見直し、AWS Organizations で一元管理してください。',
      console: [
        'AWS コンソールのアカウントメニュー →「アカウント」を開きます。',
        '「連絡先情報」を確認し、「編集」で修正します。',
        'ルートユーザーのメールアドレスが、監視されている自社所有のメールボックスであることを確認します。',
      ],
    },
  },
  remediation: {
    cli: 'aws account get-contact-information\naws account put-contact-information --contact-information \'{"FullName":"Example Corp Cloud Team","AddressLine1":"1-1 Example","City":"Tokyo","PostalCode":"100-0001","CountryCode":"JP","PhoneNumber":"+81-3-0000-0000","CompanyName":"Example Corp"}\'',
    terraform: 'resource "aws_account_primary_contact" "this" {\n  full_name     = "Example Corp Cloud Team"\n  company_name  = "Example Corp"\n  address_line_1 = "1-1 Example"\n  city          = "Tokyo"\n  postal_code   = "100-0001"\n  country_code  = "JP"\n  phone_number  = "+81-3-0000-0000"\n}',
    cloudformation: '# Contact information is not manageable with CloudFormation; use the Account Management API (see CLI).',
  },
  references: ['https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-primary.html'],
});
