import { booleanConsole, booleanRemediation, defineGuardrail, ORG_POLICY_REFERENCES } from '../guardrail.js';

const constraint = 'sql.restrictPublicIp';
const steps = booleanConsole('Restrict Public IP access on Cloud SQL instances', constraint);

export const rule = defineGuardrail({
  id: 'gcp-orgpolicy-sql-public-ip-restricted',
  constraint,
  title: {
    en: 'Organisation policy restricts public IP addresses on Cloud SQL instances',
    ja: '組織のポリシーで Cloud SQL インスタンスのパブリック IP が制限されている',
  },
  severity: 'HIGH',
  urgency: 'high',
  frameworks: { 'nist-800-53-r5': ['AC-3', 'SC-7'] },
  doc: {
    en: {
      description: 'Checks that the organisation policy constraint sql.restrictPublicIp is effectively enforced for the project, so Cloud SQL instances cannot be given a public IPv4 address.',
      urgency: 'Fix soon: databases reachable from the internet are a frequent breach path, and one mistaken authorized network (0.0.0.0/0) is enough to expose one.',
      risk: 'A Cloud SQL instance with a public IP is protected only by its authorized networks, database passwords and SSL settings. A broad authorized network, a weak password or an unpatched engine lets attackers brute-force or exploit the database directly from the internet.',
      recommendation: 'Enforce the constraint at the organisation and remove project-level overrides. Connect applications through private IP (private services access or Private Service Connect) and the Cloud SQL Auth Proxy or language connectors. Existing instances keep their public IP until you remove it, so review them separately.',
      console: steps.en,
    },
    ja: {
      description: '組織のポリシー制約 sql.restrictPublicIp がプロジェクトに実際に適用され、Cloud SQL インスタンスにパブリック IPv4 アドレスを割り当てられない状態になっているかを確認します。',
      urgency: '早めに対応してください。インターネットから到達可能なデータベースは侵害の経路になりやすく、承認済みネットワークの設定ミス（0.0.0.0/0）が 1 つあるだけで公開されてしまいます。',
      risk: 'パブリック IP を持つ Cloud SQL インスタンスは、承認済みネットワーク、データベースのパスワード、SSL 設定だけで保護されています。広すぎる承認済みネットワークや弱いパスワード、未適用のパッチがあると、攻撃者はインターネットから直接データベースへの総当たり攻撃や脆弱性の悪用を行えます。',
      recommendation: '組織でこの制約を適用し、プロジェクト単位の上書きを削除してください。アプリケーションはプライベート IP（プライベート サービス アクセスまたは Private Service Connect）と Cloud SQL Auth Proxy または言語別コネクタで接続してください。既存のインスタンスはパブリック IP を削除するまで保持し続けるため、別途確認してください。',
      console: steps.ja,
    },
  },
  remediation: booleanRemediation(constraint, 'sql_restrict_public_ip'),
  references: [
    'https://cloud.google.com/sql/docs/mysql/org-policy/configure-org-policy',
    'https://cloud.google.com/sql/docs/mysql/configure-private-ip',
    ...ORG_POLICY_REFERENCES,
  ],
});
