import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-resourcemanager-org-policies-centralized',
  services: ['cloudresourcemanager', 'orgpolicy'],
  title: {
    en: 'Organization policies are set centrally for baseline constraints',
    ja: '基本となる制約が組織ポリシーで一元的に設定されている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  frameworks: {
    'cis-gcp-5.0': ['1.1.4'],
    'nist-800-53-r5': ['CM-2', 'CM-7'],
  },
  doc: {
    en: {
      description:
        'Confirm that baseline guardrails are enforced as organization policies at the organization (or top-level folder) node rather than project by project, that exceptions are made deliberately on specific folders or projects, and that who may change them (roles/orgpolicy.policyAdmin) is restricted. Which constraints form your baseline is a design decision, so this is a manual check; individual constraints are checked by mamori\'s orgpolicy rules.',
      urgency: 'Low urgency as a review item, but each missing guardrail lets insecure configurations be created in every new project.',
      risk: 'Without central constraints, every project team must remember to avoid service account keys, public buckets, external IPs, default networks and resources in unapproved regions; one forgotten setting in one project creates the exposure. Policies scattered across projects are also easy to override silently.',
      recommendation:
        'Define a baseline at the organization node, for example iam.managed.disableServiceAccountKeyCreation, iam.allowedPolicyMemberDomains, storage.publicAccessPrevention, storage.uniformBucketLevelAccess, compute.vmExternalIpAccess, compute.skipDefaultNetworkCreation, compute.requireOsLogin, sql.restrictPublicIp and gcp.resourceLocations. Manage them as code, grant Organization Policy Administrator only to a small group, and document every exception.',
      console: [
        'Open IAM & Admin > Organization Policies in the Google Cloud console with the organization selected.',
        'Review which constraints are enforced at the organization level and which are only set on projects or folders.',
        'Click a constraint, choose "Manage policy", set "Override parent\'s policy", add the rule (Enforce or allowed values) and click "Set policy".',
        'In IAM & Admin > IAM, check that only the intended group holds "Organization Policy Administrator".',
      ],
    },
    ja: {
      description:
        '基本となるガードレールがプロジェクトごとではなく組織（または最上位フォルダ）のノードで組織ポリシーとして適用されていること、例外は特定のフォルダやプロジェクトに意図して設定されていること、変更できる人（roles/orgpolicy.policyAdmin）が限定されていることを確認します。どの制約をベースラインとするかは設計判断のため手動での確認になります。個々の制約は mamori の orgpolicy のルールで確認します。',
      urgency: 'レビュー項目としての緊急度は低めですが、欠けているガードレールがあると、新しいプロジェクトのたびに安全でない設定が作られ得ます。',
      risk: '一元的な制約がないと、サービスアカウントキー、公開バケット、外部 IP、デフォルトネットワーク、承認されていないリージョンのリソースを避けることを、各プロジェクトのチームが覚えておかなければなりません。1 つのプロジェクトで 1 つ設定を忘れるだけで露出が生まれます。プロジェクトに散らばったポリシーは、気付かれずに上書きされやすくもあります。',
      recommendation:
        '組織ノードでベースラインを定義してください。例えば iam.managed.disableServiceAccountKeyCreation、iam.allowedPolicyMemberDomains、storage.publicAccessPrevention、storage.uniformBucketLevelAccess、compute.vmExternalIpAccess、compute.skipDefaultNetworkCreation、compute.requireOsLogin、sql.restrictPublicIp、gcp.resourceLocations などです。コードで管理し、組織ポリシー管理者は少人数のグループだけに付与して、例外はすべて文書化してください。',
      console: [
        'Google Cloud コンソールで組織を選択し、「IAM と管理」>「組織のポリシー」を開きます。',
        'どの制約が組織レベルで適用され、どれがプロジェクトやフォルダだけに設定されているかを確認します。',
        '制約をクリックして「ポリシーを管理」を選び、「親のポリシーをオーバーライドする」を選択してルール（適用、または許可する値）を追加し、「ポリシーを設定」をクリックします。',
        '「IAM と管理」>「IAM」で、「組織ポリシー管理者」を持つのが意図したグループだけであることを確認します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Enforce a boolean constraint at the organization node',
      'gcloud resource-manager org-policies enable-enforce compute.skipDefaultNetworkCreation --organization=ORGANIZATION_ID',
      '# Review what is set at the organization',
      'gcloud org-policies list --organization=ORGANIZATION_ID',
    ].join('\n'),
    terraform: [
      'resource "google_org_policy_policy" "public_access_prevention" {',
      '  name   = "organizations/${var.org_id}/policies/storage.publicAccessPrevention"',
      '  parent = "organizations/${var.org_id}"',
      '  spec {',
      '    rules {',
      '      enforce = "TRUE"',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/resource-manager/docs/organization-policy/overview',
    'https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints',
    'https://cloud.google.com/resource-manager/docs/organization-policy/understanding-hierarchy',
  ],
});
