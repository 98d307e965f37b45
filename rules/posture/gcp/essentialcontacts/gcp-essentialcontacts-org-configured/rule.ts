import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type EssentialContactConfig, type OrganizationConfig } from '../../../../../src/providers/gcp/model.js';

/** Categories CIS 1.17 requires a contact for; `ALL` covers every one of them. */
export const REQUIRED_CATEGORIES = ['LEGAL', 'SECURITY', 'SUSPENSION', 'TECHNICAL'] as const;

export const rule = defineRule<OrganizationConfig>({
  id: 'gcp-essentialcontacts-org-configured',
  services: ['cloudresourcemanager', 'essentialcontacts'],
  title: {
    en: 'Essential Contacts are configured for the organization (legal, security, suspension, technical)',
    ja: '組織に重要な連絡先（法務、セキュリティ、停止、技術）が設定されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.organization],
  requires: ['displayName', 'name'],
  reads: [GCP_TYPES.essentialContact],
  frameworks: {
    'cis-gcp-5.0': ['1.17'],
  },
  doc: {
    en: {
      description:
        'Checks that Essential Contacts set on the organization node cover the notification categories LEGAL, SECURITY, SUSPENSION and TECHNICAL (a contact subscribed to ALL covers them all). Contacts whose email validation state is INVALID do not count. Contacts set only on folders or projects do not count either. Premium Support customers should also add TECHNICAL_INCIDENTS.',
      urgency: 'Plan the fix this month: nothing is exposed today, but the next security or suspension notice from Google may reach nobody who can act.',
      risk: 'Without Essential Contacts, Google sends security advisories, abuse and suspension warnings, and legal notices to whoever happens to hold certain IAM roles, often individuals who have left or ignore such mail. A compromised-project warning or an impending suspension can go unnoticed until services stop.',
      recommendation:
        'At the organization level, add group mailboxes (not personal addresses) that are monitored: for example a security team list for SECURITY, the platform team for TECHNICAL and SUSPENSION, and legal/compliance for LEGAL. Confirm the addresses are valid and review them when teams change.',
      console: [
        'Open IAM & Admin > Essential Contacts in the Google Cloud console.',
        'In the resource selector at the top, select the organization (not a project or folder).',
        'Click "Add contact", enter a monitored group address, and select the notification categories (Legal, Security, Suspension, Technical; or All).',
        'Click "Save" and repeat until every required category has a contact.',
      ],
    },
    ja: {
      description:
        '組織ノードに設定された重要な連絡先（Essential Contacts）が、通知カテゴリ LEGAL・SECURITY・SUSPENSION・TECHNICAL を網羅していることを確認します（ALL を購読している連絡先はすべてを網羅します）。メールの検証状態が INVALID の連絡先は数えません。フォルダやプロジェクトだけに設定された連絡先も対象外です。プレミアム サポートを契約している場合は TECHNICAL_INCIDENTS も追加してください。',
      urgency: '今月中に対応を計画してください。現時点で何かが露出しているわけではありませんが、Google からの次のセキュリティ通知や停止の通知が、対応できる人に届かないおそれがあります。',
      risk: '重要な連絡先がないと、Google はセキュリティ勧告、不正利用や停止の警告、法的な通知を、特定の IAM ロールを持つ人にたまたま送ることになります。その多くは退職者やこうしたメールを見ない個人です。プロジェクトが侵害されているという警告や停止の予告が、サービスが止まるまで見過ごされるおそれがあります。',
      recommendation:
        '組織レベルで、確実に監視されているグループのメールアドレス（個人のアドレスではなく）を追加してください。例えば SECURITY にはセキュリティチームのメーリングリスト、TECHNICAL と SUSPENSION にはプラットフォームチーム、LEGAL には法務・コンプライアンス部門を設定します。アドレスが有効であることを確認し、体制の変更時に見直してください。',
      console: [
        'Google Cloud コンソールで「IAM と管理」>「重要な連絡先」を開きます。',
        '上部のリソース選択で、プロジェクトやフォルダではなく組織を選択します。',
        '「連絡先を追加」をクリックし、監視されているグループのアドレスを入力して、通知カテゴリ（法務、セキュリティ、停止、技術、またはすべて）を選択します。',
        '「保存」をクリックし、必要なすべてのカテゴリに連絡先が設定されるまで繰り返します。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud essential-contacts create --organization=ORGANIZATION_ID \\',
      '  --email="security@example.com" --notification-categories=security,technical,suspension,legal --language=en',
      '# Verify',
      'gcloud essential-contacts list --organization=ORGANIZATION_ID',
    ].join('\n'),
    terraform: [
      'resource "google_essential_contacts_contact" "security" {',
      '  parent                              = "organizations/${var.org_id}"',
      '  email                               = "security@example.com"',
      '  language_tag                        = "en"',
      '  notification_category_subscriptions = ["SECURITY", "TECHNICAL", "SUSPENSION"]',
      '}',
      '',
      'resource "google_essential_contacts_contact" "legal" {',
      '  parent                              = "organizations/${var.org_id}"',
      '  email                               = "legal@example.com"',
      '  language_tag                        = "en"',
      '  notification_category_subscriptions = ["LEGAL"]',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/resource-manager/docs/managing-notification-contacts',
    'https://cloud.google.com/resource-manager/docs/reference/essentialcontacts/rest/v1/NotificationCategory',
  ],
  evaluate(resource, ctx) {
    const org = resource.config;
    const contacts = ctx.resources<EssentialContactConfig>(GCP_TYPES.essentialContact, { account: resource.account }).map((r) => r.config);
    const valid = contacts.filter((c) => c.validationState !== 'INVALID');
    const covered = new Set(valid.flatMap((c) => c.notificationCategorySubscriptions ?? []));
    const missing = covered.has('ALL') ? [] : REQUIRED_CATEGORIES.filter((c) => !covered.has(c));
    const evidence = {
      contacts: contacts.map((c) => ({ email: c.email, categories: c.notificationCategorySubscriptions ?? [], validationState: c.validationState })),
      missingCategories: missing,
    };
    const label = org.displayName ? `${org.displayName} (${org.name})` : org.name;
    if (missing.length === 0) {
      return pass({ en: `Organization ${label} has Essential Contacts for ${REQUIRED_CATEGORIES.join(', ')}.`, ja: `組織 ${label} には ${REQUIRED_CATEGORIES.join('、')} の重要な連絡先が設定されています。` }, evidence);
    }
    const invalid = contacts.length - valid.length;
    const note = invalid ? { en: ` (${invalid} contact(s) ignored because their email is INVALID)`, ja: `（メールアドレスが INVALID の連絡先 ${invalid} 件は除外しています）` } : { en: '', ja: '' };
    return fail(
      contacts.length === 0
        ? { en: `Organization ${label} has no Essential Contacts.`, ja: `組織 ${label} に重要な連絡先が設定されていません。` }
        : { en: `Organization ${label} has no valid Essential Contact for ${missing.join(', ')}${note.en}.`, ja: `組織 ${label} には ${missing.join('、')} の有効な重要な連絡先がありません${note.ja}。` },
      evidence,
    );
  },
});
