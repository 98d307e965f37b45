import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-accessapproval-enabled',
  services: ['accessapproval'],
  title: {
    en: 'Access Approval is enabled',
    ja: 'アクセス承認（Access Approval）が有効になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: {
    'cis-gcp-5.0': ['2.16'],
    'nist-800-53-r5': ['AC-3'],
  },
  doc: {
    en: {
      description:
        'Confirm that Access Approval is enabled for the project (or inherited from its folder or organisation) for all supported services, with approvers who receive the requests, so Google personnel must get your explicit approval before accessing your content. CIS assesses this recommendation manually: whether Access Approval is appropriate depends on the sensitivity of the data and on support arrangements.',
      urgency:
        'Plan it: it protects against a rare event (Google staff accessing your content) and adds a step to support cases, so enable it where the data justifies it.',
      risk:
        'Without Access Approval, Google staff with a valid business justification can access your content without waiting for your consent; you learn about it only afterwards through Access Transparency logs (if enabled). Data subject to strict sovereignty or contractual controls may require prior approval of every provider access.',
      recommendation:
        'Enable Access Transparency first (CIS 2.15), then enrol the organisation, folder or project in Access Approval for all supported services and set notification e-mails of a monitored group of approvers. Grant roles/accessapproval.approver only to that group, and document how support cases that need access are approved.',
      console: [
        'In the Google Cloud console select the organisation, folder or project and open Security > Access Approval.',
        'Click "Enroll", choose to enrol all supported services and confirm.',
        'Under "Settings", add the notification e-mail addresses of the approver group and save.',
        'In IAM, grant roles/accessapproval.approver to the approver group only.',
      ],
    },
    ja: {
      description:
        'プロジェクトで（またはフォルダや組織から継承して）サポート対象のすべてのサービスについてアクセス承認が有効になっており、リクエストを受け取る承認者が設定されていて、Google の担当者がコンテンツにアクセスする前にお客様の明示的な承認が必要になっていることを確認します。CIS ではこの推奨事項を手動で評価します。アクセス承認が適切かどうかはデータの機密性やサポート体制によって異なるためです。',
      urgency:
        '計画的に対応してください。まれな事象（Google の担当者によるコンテンツへのアクセス）への対策であり、サポートケースに承認の手順が加わるため、データの重要度に見合う範囲で有効にしてください。',
      risk:
        'アクセス承認がないと、正当な業務上の理由を持つ Google の担当者はお客様の同意を待たずにコンテンツにアクセスでき、お客様がそれを知るのは事後に（有効にしていれば）アクセスの透明性のログを通じてだけです。厳格なデータ主権や契約上の管理が求められるデータでは、クラウド事業者によるすべてのアクセスに事前承認が必要な場合があります。',
      recommendation:
        'まずアクセスの透明性（CIS 2.15）を有効にし、そのうえで組織・フォルダ・プロジェクトをサポート対象のすべてのサービスについてアクセス承認に登録し、監視されている承認者グループの通知先メールアドレスを設定してください。roles/accessapproval.approver はそのグループだけに付与し、アクセスが必要なサポートケースの承認手順を文書化してください。',
      console: [
        'Google Cloud コンソールで組織・フォルダ・プロジェクトのいずれかを選択し、[セキュリティ] > [アクセス承認] を開きます。',
        '[登録] をクリックし、サポート対象のすべてのサービスを登録することを選んで確定します。',
        '[設定] で承認者グループの通知先メールアドレスを追加して保存します。',
        'IAM で roles/accessapproval.approver を承認者グループだけに付与します。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud access-approval settings update --project=<project-id> \\',
      '  --enrolled_services=all --notification_emails="security-approvers@example.com"',
      '# or --organization=<organization-id> / --folder=<folder-id> to cover every project below',
      'gcloud access-approval settings get --project=<project-id>',
    ].join('\n'),
    terraform: [
      'resource "google_project_access_approval_settings" "this" {',
      '  project_id          = var.project_id',
      '  notification_emails = ["security-approvers@example.com"]',
      '',
      '  enrolled_services {',
      '    cloud_product = "all"',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/assured-workloads/access-approval/docs/overview',
    'https://cloud.google.com/assured-workloads/access-approval/docs/reference/rest/v1/projects/getAccessApprovalSettings',
    'https://cloud.google.com/sdk/gcloud/reference/access-approval/settings/update',
  ],
});
