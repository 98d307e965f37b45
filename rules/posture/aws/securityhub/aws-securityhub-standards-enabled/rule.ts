import { SECURITYHUB_HUB_TYPE, type SecurityHubHubConfig, type SecurityHubStandard } from '../../../../../src/providers/aws/model/securityhub.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

/** Subscriptions in these states count as enabled (INCOMPLETE: enabled, but some controls failed to turn on). */
const ACTIVE = new Set(['READY', 'PENDING', 'INCOMPLETE']);

const versionAtLeast = (v: string | undefined, min: number[]) => {
  const parts = (v ?? '0').split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < min.length; i++) {
    if ((parts[i] ?? 0) !== min[i]) return (parts[i] ?? 0) > min[i];
  }
  return true;
};

export const rule = defineRule<SecurityHubHubConfig>({
  id: 'aws-securityhub-standards-enabled',
  services: ['securityhub'],
  title: {
    en: 'Security Hub has the FSBP and CIS AWS Foundations (v3.0.0 or later) standards enabled',
    ja: 'Security Hub で FSBP と CIS AWS Foundations（v3.0.0 以降）の標準が有効になっている',
  },
  severity: 'LOW',
  urgency: 'medium',
  resourceTypes: [SECURITYHUB_HUB_TYPE],
  requires: ['standards'],
  frameworks: {
    'nist-800-53-r5': ['CA-7'],
  },
  doc: {
    en: {
      description: 'Checks that each Security Hub hub has the AWS Foundational Security Best Practices standard and a current CIS AWS Foundations Benchmark standard (v3.0.0 or later) enabled, so the hub actually evaluates controls.',
      urgency: 'Plan it within a sprint: the hub exists, but without these standards its controls do not run and misconfigurations are only found by periodic scans like this one.',
      risk: 'A hub with no standards, or only the outdated CIS v1.2.0, stays silent when a security group opens SSH to the world, root access keys are created or logging is turned off. Teams believe they are monitored when most checks are not running.',
      recommendation: 'Enable "AWS Foundational Security Best Practices v1.0.0" and "CIS AWS Foundations Benchmark v3.0.0" (or later) in every hub; add PCI DSS or NIST SP 800-53 where you are subject to them. Disable CIS v1.2.0/v1.4.0 once v3.0.0 is on to avoid duplicate findings. Use central configuration to apply the same standards everywhere.',
      console: [
        'Open the Security Hub console in the reported region and choose "Security standards".',
        'Enable "AWS Foundational Security Best Practices v1.0.0" and "CIS AWS Foundations Benchmark v3.0.0".',
        'Disable older CIS versions once the new one reports results.',
      ],
    },
    ja: {
      description: '各 Security Hub ハブで「AWS 基礎セキュリティのベストプラクティス（FSBP）」標準と、最新の CIS AWS Foundations Benchmark 標準（v3.0.0 以降）が有効で、ハブが実際にコントロールを評価しているかを確認します。',
      urgency: '次のスプリント内に計画してください。ハブは存在しますが、これらの標準がないとコントロールが実行されず、設定ミスはこのような定期スキャンでしか見つかりません。',
      risk: '標準が一つもない、または古い CIS v1.2.0 だけのハブでは、セキュリティグループで SSH が全世界に開放されたり、ルートのアクセスキーが作成されたり、ログ記録が停止されたりしても何も通知されません。監視されているつもりで、実際にはほとんどのチェックが動いていない状態です。',
      recommendation: 'すべてのハブで「AWS 基礎セキュリティのベストプラクティス v1.0.0」と「CIS AWS Foundations Benchmark v3.0.0」（以降）を有効にし、対象となる場合は PCI DSS や NIST SP 800-53 も追加してください。v3.0.0 を有効化したら、重複した検出結果を避けるため CIS v1.2.0／v1.4.0 は無効にしてください。中央設定を使えば全リージョン・全アカウントに同じ標準を適用できます。',
      console: [
        '対象リージョンの Security Hub コンソールで「セキュリティ標準」を開きます。',
        '「AWS 基礎セキュリティのベストプラクティス v1.0.0」と「CIS AWS Foundations Benchmark v3.0.0」を有効にします。',
        '新しい CIS が結果を出し始めたら、古いバージョンの CIS を無効にします。',
      ],
    },
  },
  remediation: {
    cli: 'REGION=ap-northeast-1\naws securityhub batch-enable-standards --region "$REGION" --standards-subscription-requests \\\n  StandardsArn=arn:aws:securityhub:$REGION::standards/aws-foundational-security-best-practices/v/1.0.0 \\\n  StandardsArn=arn:aws:securityhub:$REGION::standards/cis-aws-foundations-benchmark/v/3.0.0',
    terraform: 'data "aws_region" "current" {}\n\nresource "aws_securityhub_standards_subscription" "fsbp" {\n  standards_arn = "arn:aws:securityhub:${data.aws_region.current.name}::standards/aws-foundational-security-best-practices/v/1.0.0"\n  depends_on    = [aws_securityhub_account.this]\n}\n\nresource "aws_securityhub_standards_subscription" "cis" {\n  standards_arn = "arn:aws:securityhub:${data.aws_region.current.name}::standards/cis-aws-foundations-benchmark/v/3.0.0"\n  depends_on    = [aws_securityhub_account.this]\n}',
    cloudformation: 'Resources:\n  Fsbp:\n    Type: AWS::SecurityHub::Standard\n    Properties:\n      StandardsArn: !Sub arn:${AWS::Partition}:securityhub:${AWS::Region}::standards/aws-foundational-security-best-practices/v/1.0.0\n  Cis:\n    Type: AWS::SecurityHub::Standard\n    Properties:\n      StandardsArn: !Sub arn:${AWS::Partition}:securityhub:${AWS::Region}::standards/cis-aws-foundations-benchmark/v/3.0.0',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/enable-standards.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cis-aws-foundations-benchmark.html',
  ],
  evaluate(hub) {
    const standards = hub.config.standards ?? [];
    const active = standards.filter((s) => ACTIVE.has(s.StandardsStatus));
    const fsbp = active.some((s) => s.key === 'fsbp');
    const cis = active.filter((s) => s.key === 'cis');
    const currentCis = cis.some((s) => versionAtLeast(s.version, [3, 0, 0]));
    const enabled = active.map((s: SecurityHubStandard) => `${s.key}${s.version ? ` v${s.version}` : ''}`);
    const evidence = { enabledStandards: enabled };
    if (fsbp && currentCis) {
      return pass({ en: `FSBP and CIS v3.0.0+ are enabled (${enabled.join(', ')}).`, ja: `FSBP と CIS v3.0.0 以降が有効です（${enabled.join('、')}）。` }, evidence);
    }
    const missing: { en: string; ja: string }[] = [];
    if (!fsbp) missing.push({ en: 'AWS Foundational Security Best Practices', ja: 'AWS 基礎セキュリティのベストプラクティス' });
    if (!currentCis) {
      missing.push(
        cis.length
          ? { en: `CIS AWS Foundations v3.0.0 or later (only v${cis.map((s) => s.version).join(', v')} is enabled)`, ja: `CIS AWS Foundations v3.0.0 以降（有効なのは v${cis.map((s) => s.version).join('、v')} のみ）` }
          : { en: 'CIS AWS Foundations Benchmark', ja: 'CIS AWS Foundations Benchmark' },
      );
    }
    return fail(
      {
        en: `Security Hub in ${hub.region} is missing: ${missing.map((m) => m.en).join('; ')}.`,
        ja: `${hub.region} の Security Hub で次の標準が有効になっていません: ${missing.map((m) => m.ja).join('、')}。`,
      },
      evidence,
    );
  },
});
