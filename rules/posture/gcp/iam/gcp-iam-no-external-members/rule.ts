import { defineRule, fail, notAssessed, pass, type EvaluationContext } from '../../../../../src/model/rule.js';
import { memberId } from '../../../../../src/providers/gcp/iam.js';
import { GCP_TYPES, gcpUid, type OrganizationConfig, type ProjectConfig } from '../../../../../src/providers/gcp/model.js';
import { describeGrants, grantEvidence, isConsumerAccount, memberDomain, projectGrants, projectPolicyMissing, type Grant } from '../grants.js';

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** The domain a user, group or `domain:` member belongs to; undefined for service accounts and other kinds. */
const grantDomain = (member: string) => memberDomain(member) ?? (member.startsWith('domain:') ? memberId(member).toLowerCase() : undefined);

/**
 * The organisation's own domains: its display name (Google sets it to the Cloud Identity / Workspace
 * primary domain) and every `domain:` member granted on the organisation node itself.
 */
function organizationDomains(project: ProjectConfig, ctx: EvaluationContext): { org?: string; domains: Set<string> } {
  const org = project.ancestors.find((a) => a.startsWith('organizations/'));
  const domains = new Set<string>();
  if (!org) return { domains };
  const orgResource = ctx.byUid<OrganizationConfig>(gcpUid.organization(org.slice('organizations/'.length)));
  const display = orgResource?.config.displayName?.toLowerCase();
  if (display && DOMAIN.test(display)) domains.add(display);
  const orgBindings = [...(orgResource?.config.iamPolicy?.bindings ?? []), ...(project.inherited?.bindings ?? []).filter((b) => b.source === org)];
  for (const b of orgBindings) for (const m of b.members) if (m.startsWith('domain:')) domains.add(memberId(m).toLowerCase());
  return { org, domains };
}

export const rule = defineRule<ProjectConfig>({
  id: 'gcp-iam-no-external-members',
  services: ['cloudresourcemanager'],
  title: {
    en: 'Only corporate identities of the organisation hold roles on the project (no personal Gmail or outside-domain accounts)',
    ja: 'プロジェクトのロールを持つのは組織の企業アカウントだけである（個人の Gmail や組織外ドメインのアカウントがない）',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [GCP_TYPES.project],
  reads: [GCP_TYPES.organization],
  requires: ['iamPolicy', 'inherited', 'ancestors', 'projectId'],
  frameworks: {
    'cis-gcp-5.0': ['1.2'],
    'nist-800-53-r5': ['AC-2', 'IA-2', 'IA-4'],
    'pci-dss-4.0': ['8.2.1', '8.2.2'],
  },
  doc: {
    en: {
      description:
        "Automates the audit step of CIS 1.2: checks the user:, group: and domain: members of the IAM policy that applies to the project (own and inherited bindings). Consumer Google accounts and public Google Groups (gmail.com, googlemail.com, googlegroups.com) always fail. Members whose domain is neither one of the organisation's domains nor a subdomain of one also fail; the organisation's domains are its primary domain (the organization's display name) and the domains granted with domain: members on the organization node. Service accounts and workforce identity federation principals are not checked.",
      urgency: 'Fix within days: access held by accounts the company does not control cannot be revoked at off-boarding, enforced with MFA, or audited.',
      risk: 'A personal Gmail account or an account of another company is not governed by your identity provider: no enforced MFA or password policy, no suspension when the person leaves, no security monitoring. Whoever controls that account keeps the access; it is also a classic persistence technique after a compromise.',
      recommendation:
        'Replace external accounts with corporate identities managed in Cloud Identity or Google Workspace (or federated through Workforce Identity Federation), grant roles to groups, and remove the external members. Enforce the organisation policy constraint iam.allowedPolicyMemberDomains (Domain restricted sharing) with your Cloud Identity customer ID so such members cannot be added again.',
      console: [
        'Open IAM & Admin > IAM in the Google Cloud console and select the project.',
        'Search the principals for each member named in the finding (for inherited grants, open the folder or organisation named instead).',
        'Grant the needed roles to the person\'s corporate account or group, then click the pencil icon next to the external member, delete its roles and save.',
        'Under IAM & Admin > Organization Policies, edit "Domain restricted sharing" (iam.allowedPolicyMemberDomains) and allow only your Cloud Identity customer ID.',
      ],
    },
    ja: {
      description:
        'CIS 1.2 の監査手順を自動化したものです。プロジェクトに適用される IAM ポリシー（プロジェクト自身と継承されたバインディング）の user:、group:、domain: のメンバーを確認します。個人用の Google アカウントと一般向けの Google グループ（gmail.com、googlemail.com、googlegroups.com）は常に不合格です。組織のドメインでもそのサブドメインでもないドメインのメンバーも不合格とします。組織のドメインとは、プライマリドメイン（組織の表示名）と、組織ノードで domain: メンバーとして付与されているドメインです。サービスアカウントと Workforce Identity 連携のプリンシパルは対象外です。',
      urgency: '数日以内に対応してください。会社が管理していないアカウントのアクセス権は、退職時に取り消すことも、MFA を強制することも、監査することもできません。',
      risk: '個人の Gmail アカウントや他社のアカウントは、自社の ID 基盤の管理下にありません。MFA やパスワードポリシーの強制、退職時の停止、セキュリティ監視のいずれも効きません。そのアカウントを持つ人がアクセス権を持ち続けるうえ、侵害後に攻撃者が居座るための典型的な手口でもあります。',
      recommendation:
        '外部アカウントを、Cloud Identity や Google Workspace で管理される（または Workforce Identity 連携でフェデレーションされた）企業アカウントに置き換え、ロールはグループに付与して、外部メンバーを削除してください。組織ポリシーの制約 iam.allowedPolicyMemberDomains（ドメインで制限された共有）に自社の Cloud Identity 顧客 ID を設定し、こうしたメンバーを再び追加できないようにしてください。',
      console: [
        'Google Cloud コンソールで「IAM と管理」>「IAM」を開き、対象のプロジェクトを選択します。',
        '検出結果に記載された各メンバーをプリンシパルから検索します（継承された付与の場合は、記載されたフォルダまたは組織を開きます）。',
        '本人の企業アカウントまたはグループに必要なロールを付与してから、外部メンバーの横の鉛筆アイコンをクリックし、ロールを削除して保存します。',
        '「IAM と管理」>「組織のポリシー」で「ドメインで制限された共有」（iam.allowedPolicyMemberDomains）を編集し、自社の Cloud Identity 顧客 ID だけを許可します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Remove the external member (repeat per role in the finding)',
      'gcloud projects remove-iam-policy-binding PROJECT_ID --member="user:someone@gmail.com" --role="roles/editor"',
      '# Allow only your Cloud Identity customer (find it with: gcloud organizations describe ORGANIZATION_ID)',
      'cat > policy.yaml <<POLICY',
      'name: organizations/ORGANIZATION_ID/policies/iam.allowedPolicyMemberDomains',
      'spec:',
      '  rules:',
      '  - values:',
      '      allowedValues: ["C0xxxxxxx"]',
      'POLICY',
      'gcloud org-policies set-policy policy.yaml',
    ].join('\n'),
    terraform: [
      'data "google_organization" "org" {',
      '  organization = "organizations/${var.org_id}"',
      '}',
      '',
      'resource "google_org_policy_policy" "domain_restricted_sharing" {',
      '  name   = "organizations/${var.org_id}/policies/iam.allowedPolicyMemberDomains"',
      '  parent = "organizations/${var.org_id}"',
      '  spec {',
      '    rules {',
      '      values {',
      '        allowed_values = [data.google_organization.org.directory_customer_id]',
      '      }',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains',
    'https://cloud.google.com/architecture/identity/overview-google-authentication',
    'https://cloud.google.com/iam/docs/principals-overview',
  ],
  evaluate(resource, ctx) {
    const project = resource.config;
    const missing = projectPolicyMissing(project);
    if (missing) return missing;
    const { org, domains } = organizationDomains(project, ctx);
    const people = projectGrants(project).filter((g) => grantDomain(g.member) !== undefined);
    const consumer = people.filter((g) => isConsumerAccount(g.member));
    const own = (domain: string) => [...domains].some((d) => domain === d || domain.endsWith(`.${d}`));
    const outside: Grant[] = domains.size ? people.filter((g) => !isConsumerAccount(g.member) && !own(grantDomain(g.member)!)) : [];
    const external = [...consumer, ...outside];
    const evidence = { organization: org ?? null, organizationDomains: [...domains], externalGrants: grantEvidence(external) };
    if (external.length) {
      const members = [...new Set(external.map((g) => g.member))];
      const list = describeGrants(external);
      return fail(
        {
          en: `${members.length} member(s) of project ${project.projectId} are personal or outside-domain accounts: ${list.en}.`,
          ja: `プロジェクト ${project.projectId} のメンバーのうち ${members.length} 件が個人アカウントまたは組織外ドメインのアカウントです: ${list.ja}。`,
        },
        { ...evidence, members },
      );
    }
    if (org && domains.size === 0) {
      return notAssessed(
        {
          en: `No consumer accounts hold roles on project ${project.projectId}, but the domains of ${org} are unknown (the organization was not collected), so members from other companies cannot be recognised.`,
          ja: `プロジェクト ${project.projectId} でロールを持つ個人アカウントはありませんが、${org} のドメインが不明（組織を取得できていない）ため、他社のメンバーを判別できません。`,
        },
        evidence,
      );
    }
    return pass(
      domains.size
        ? {
            en: `Every user, group and domain holding roles on project ${project.projectId} belongs to ${[...domains].join(', ')} or a subdomain.`,
            ja: `プロジェクト ${project.projectId} でロールを持つユーザー、グループ、ドメインは、すべて ${[...domains].join('、')} またはそのサブドメインに属しています。`,
          }
        : {
            en: `Project ${project.projectId} has no organization; no consumer Google accounts hold roles on it.`,
            ja: `プロジェクト ${project.projectId} は組織に属していません。ロールを持つ個人用 Google アカウントはありません。`,
          },
      evidence,
    );
  },
});
