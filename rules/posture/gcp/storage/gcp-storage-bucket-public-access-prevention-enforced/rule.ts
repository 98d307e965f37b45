import { GCP_TYPES, gcpUid, type BucketConfig, type OrgPolicyConfig, type ProjectConfig } from '../../../../../src/providers/gcp/model.js';
import { defineRule, fail, notAssessed, pass, type EvaluationContext } from '../../../../../src/model/rule.js';

const CONSTRAINT = 'storage.publicAccessPrevention';

type Enforcement =
  | { state: 'enforced' | 'not-enforced'; source: string; reset?: boolean }
  | { state: 'conditional'; source: string }
  | { state: 'unknown' };

/**
 * The effective value of the boolean constraint storage.publicAccessPrevention for a project: the
 * nearest node (project, then its folders and organisation) whose policy sets rules or resets to
 * the default decides; the default is "not enforced".
 */
function effectiveEnforcement(ctx: EvaluationContext, projectId: string): Enforcement {
  const project = ctx.byUid<ProjectConfig>(gcpUid.project(projectId));
  const nodes = [projectId, ...(project?.config.ancestors ?? [])];
  for (const node of nodes) {
    const policy = ctx.resources<OrgPolicyConfig>(GCP_TYPES.orgPolicy, { account: node }).find((p) => p.config.constraint === CONSTRAINT);
    const spec = policy?.config.spec;
    const source = node === projectId ? `projects/${projectId}` : node;
    if (!spec) continue;
    if (spec.reset) return { state: 'not-enforced', source, reset: true };
    const rules = spec.rules ?? [];
    if (rules.length === 0) continue;
    const fallback = rules.find((r) => !r.condition);
    const exceptions = rules.filter((r) => r.condition && r.enforce !== fallback?.enforce);
    if (exceptions.length > 0) return { state: 'conditional', source };
    return { state: fallback?.enforce === true ? 'enforced' : 'not-enforced', source };
  }
  return project ? { state: 'not-enforced', source: 'default' } : { state: 'unknown' };
}

export const rule = defineRule<BucketConfig>({
  id: 'gcp-storage-bucket-public-access-prevention-enforced',
  services: ['storage'],
  title: {
    en: 'Cloud Storage buckets are covered by public access prevention',
    ja: 'Cloud Storage バケットに公開アクセス防止が適用されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.bucket],
  requires: ['iamConfiguration'],
  reads: [GCP_TYPES.project, GCP_TYPES.orgPolicy],
  frameworks: { 'nist-800-53-r5': ['AC-3', 'AC-6', 'SC-7'] },
  doc: {
    en: {
      description:
        "Best practice beyond CIS: checks that public access prevention applies to every bucket, either set to enforced on the bucket (iamConfiguration.publicAccessPrevention) or inherited from the storage.publicAccessPrevention organization policy on the project, a folder or the organisation (the nearest policy that sets the constraint wins). Buckets whose project policy enforces the constraint only conditionally (by tags) are not assessed.",
      urgency: 'Medium: no data is public because of this alone, but nothing stops the next IAM change or ACL from publishing it.',
      risk: 'Without public access prevention, one mistaken grant to allUsers or allAuthenticatedUsers (a console click, a copied Terraform snippet, an object ACL) immediately exposes the data to the internet. Prevention turns such mistakes into failed requests instead of data leaks.',
      recommendation:
        'Enforce the storage.publicAccessPrevention organization policy at the organisation or folder level, and exempt only the projects that host intentionally public content. Where that is not possible, set public access prevention to enforced on each bucket that must stay private.',
      console: [
        'For one bucket: open "Cloud Storage" > "Buckets", select the bucket, open "Permissions" and click "Prevent public access" under "Public access".',
        'For everything: open "IAM & Admin" > "Organization policies" at the organisation (or folder) level.',
        'Open "Enforce Public Access Prevention" (storage.publicAccessPrevention), click "Manage policy", choose "Override parent\'s policy", add a rule with "Enforcement: On" and save.',
        'In projects that must host public content, override the policy with "Enforcement: Off" and document why.',
      ],
    },
    ja: {
      description:
        'CIS の範囲を超えるベストプラクティスとして、すべてのバケットに公開アクセス防止が適用されていること、つまりバケットで enforced に設定されている（iamConfiguration.publicAccessPrevention）か、プロジェクト、フォルダ、組織に設定された組織のポリシー storage.publicAccessPrevention から継承されていること（制約を設定している最も近いポリシーが優先）を確認します。プロジェクトのポリシーがタグによる条件付きでのみ適用している場合は評価対象外（未評価）とします。',
      urgency: '緊急度は中程度です。これだけでデータが公開されるわけではありませんが、次の IAM 変更や ACL による公開を防ぐ仕組みがありません。',
      risk: '公開アクセス防止がないと、allUsers や allAuthenticatedUsers への誤った付与（コンソールでの 1 クリック、コピーした Terraform のスニペット、オブジェクトの ACL）が 1 つあるだけで、ただちにデータがインターネットに公開されます。防止を適用していれば、そうしたミスはデータ漏えいではなくリクエストの失敗で済みます。',
      recommendation:
        '組織またはフォルダのレベルで組織のポリシー storage.publicAccessPrevention を適用し、意図的に公開コンテンツをホストするプロジェクトだけを例外にしてください。それが難しい場合は、非公開にしておくべき各バケットで公開アクセス防止を enforced に設定します。',
      console: [
        'バケット単位の場合: 「Cloud Storage」>「バケット」でバケットを選び、「権限」タブの「公開アクセス」で「公開アクセス禁止」をクリックします。',
        '全体に適用する場合: 組織（またはフォルダ）のレベルで「IAM と管理」>「組織のポリシー」を開きます。',
        '「Enforce Public Access Prevention」（storage.publicAccessPrevention）を開いて「ポリシーを管理」をクリックし、「親のポリシーをオーバーライドする」を選んで「適用: オン」のルールを追加し、保存します。',
        '公開コンテンツをホストする必要があるプロジェクトでは、「適用: オフ」でポリシーをオーバーライドし、その理由を記録します。',
      ],
    },
  },
  remediation: {
    cli: '# One bucket:\ngcloud storage buckets update gs://BUCKET_NAME --public-access-prevention\n# Whole organisation:\ngcloud resource-manager org-policies enable-enforce storage.publicAccessPrevention --organization=ORGANIZATION_ID',
    terraform:
      'resource "google_org_policy_policy" "public_access_prevention" {\n  name   = "organizations/ORGANIZATION_ID/policies/storage.publicAccessPrevention"\n  parent = "organizations/ORGANIZATION_ID"\n\n  spec {\n    rules {\n      enforce = "TRUE"\n    }\n  }\n}\n\n# Or per bucket:\nresource "google_storage_bucket" "data" {\n  name                     = "BUCKET_NAME"\n  location                 = "US"\n  public_access_prevention = "enforced"\n}',
  },
  references: ['https://cloud.google.com/storage/docs/public-access-prevention', 'https://cloud.google.com/storage/docs/using-public-access-prevention'],
  evaluate(bucket, ctx) {
    const setting = bucket.config.iamConfiguration?.publicAccessPrevention ?? null;
    if (setting === 'enforced') {
      return pass({ en: `Bucket ${bucket.name} enforces public access prevention itself.`, ja: `バケット ${bucket.name} 自体で公開アクセス防止が適用されています。` }, { publicAccessPrevention: setting });
    }
    const org = effectiveEnforcement(ctx, bucket.account);
    const evidence = { publicAccessPrevention: setting, organizationPolicy: org };
    switch (org.state) {
      case 'enforced':
        return pass(
          { en: `Bucket ${bucket.name} inherits public access prevention from the ${CONSTRAINT} policy on ${org.source}.`, ja: `バケット ${bucket.name} は ${org.source} に設定された ${CONSTRAINT} ポリシーから公開アクセス防止を継承しています。` },
          evidence,
        );
      case 'conditional':
        return notAssessed(
          { en: `The ${CONSTRAINT} policy on ${org.source} is enforced only under conditions (tags), which mamori cannot evaluate for bucket ${bucket.name}.`, ja: `${org.source} の ${CONSTRAINT} ポリシーは条件（タグ）付きで適用されており、バケット ${bucket.name} に適用されるかを mamori では判定できません。` },
          evidence,
        );
      case 'unknown':
        return notAssessed(
          { en: `Bucket ${bucket.name} does not enforce public access prevention itself, and its project ${bucket.account} was not collected, so inherited organization policies are unknown.`, ja: `バケット ${bucket.name} 自体では公開アクセス防止が適用されておらず、プロジェクト ${bucket.account} が収集されていないため、継承される組織のポリシーを判定できません。` },
          evidence,
        );
      default:
        return fail(
          {
            en: `Bucket ${bucket.name} is not covered by public access prevention: the bucket setting is "${setting ?? 'unset'}" and ${
              org.source === 'default'
                ? `no organization policy enforces ${CONSTRAINT}`
                : org.reset
                  ? `the ${CONSTRAINT} policy on ${org.source} resets it to the default (not enforced)`
                  : `the ${CONSTRAINT} policy on ${org.source} does not enforce it`
            }.`,
            ja: `バケット ${bucket.name} には公開アクセス防止が適用されていません。バケットの設定は「${setting ?? '未設定'}」で、${
              org.source === 'default'
                ? `${CONSTRAINT} を適用する組織のポリシーもありません`
                : org.reset
                  ? `${org.source} の ${CONSTRAINT} ポリシーが既定値（適用なし）にリセットしています`
                  : `${org.source} の ${CONSTRAINT} ポリシーも適用していません`
            }。`,
          },
          evidence,
        );
    }
  },
});
