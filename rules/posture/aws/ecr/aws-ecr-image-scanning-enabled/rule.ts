import {
  ECR_REGISTRY_SCANNING_TYPE,
  ECR_REPOSITORY_TYPE,
  type EcrRegistryScanningConfig,
  type EcrRepositoryConfig,
} from '../../../../../src/providers/aws/model/ecr.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

/** ECR repository filters are wildcards where `*` matches any characters. */
export function matchesFilter(name: string, filter: string): boolean {
  const re = new RegExp(`^${filter.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(name);
}

export const rule = defineRule<EcrRepositoryConfig>({
  id: 'aws-ecr-image-scanning-enabled',
  services: ['ecr'],
  title: {
    en: 'ECR private repository has image scanning configured (scan on push or continuous)',
    ja: 'ECR プライベートリポジトリでイメージスキャン（プッシュ時または継続的）が設定されている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [ECR_REPOSITORY_TYPE],
  requires: ['repositoryName', 'scanOnPush'],
  reads: [ECR_REGISTRY_SCANNING_TYPE],
  frameworks: {
    fsbp: ['ECR.1'],
    'nist-800-53-r5': ['RA-5'],
    'pci-dss-4.0': ['6.2.3', '6.2.4'],
  },
  doc: {
    en: {
      description: "Checks that images pushed to the repository are scanned for vulnerabilities: with basic scanning, by the repository's scan-on-push setting or a registry scan-on-push filter; with enhanced scanning (Amazon Inspector), by a registry rule with SCAN_ON_PUSH or CONTINUOUS_SCAN whose filter matches the repository.",
      urgency: 'Fix this week: images built from old base layers or dependencies with known critical CVEs are deployed today without anyone being told.',
      risk: 'A container image with a remotely exploitable vulnerability (e.g. in OpenSSL, log4j or the application framework) reaches production unnoticed and becomes the entry point for attackers; nobody learns when a new CVE affects images that are already running.',
      recommendation: 'Turn on enhanced scanning (Amazon Inspector) for the registry with a continuous-scan rule for all repositories ("*"), or at least scan on push. Route critical findings to the owning team and block deployment of images with unresolved critical vulnerabilities in CI/CD.',
      console: [
        'Open the Amazon ECR console and choose "Private registry" → "Settings" → "Scanning".',
        'Select "Enhanced scanning" and add a "Continuous scanning" filter for "*" (or "Basic scanning" with a scan-on-push filter for "*").',
        'Save, then check the repository images for scan results.',
      ],
    },
    ja: {
      description: 'リポジトリにプッシュされたイメージが脆弱性スキャンされるかを確認します。ベーシックスキャンの場合はリポジトリのプッシュ時スキャン設定またはレジストリのプッシュ時スキャンフィルター、拡張スキャン（Amazon Inspector）の場合はリポジトリに一致するフィルターを持つ SCAN_ON_PUSH または CONTINUOUS_SCAN のレジストリルールで判定します。',
      urgency: '今週中に対応してください。古いベースレイヤーや既知の重大な CVE を含む依存関係から作られたイメージが、誰にも知らされないまま今日もデプロイされています。',
      risk: 'リモートから悪用可能な脆弱性（OpenSSL、log4j、アプリケーションフレームワークなど）を含むコンテナイメージが気付かれずに本番環境に入り、攻撃者の侵入口になります。すでに稼働中のイメージに新しい CVE が影響しても、誰も気付けません。',
      recommendation: 'レジストリで拡張スキャン（Amazon Inspector）を有効にし、全リポジトリ（"*"）を対象とした継続的スキャンのルールを設定してください。少なくともプッシュ時スキャンは必須です。重大な検出結果は担当チームに通知し、未解決の重大な脆弱性を含むイメージは CI/CD でデプロイを止めるようにしてください。',
      console: [
        'Amazon ECR コンソールで「プライベートレジストリ」→「設定」→「スキャン」を開きます。',
        '「拡張スキャン」を選び、"*" を対象とする「継続的なスキャン」フィルターを追加します（または「ベーシックスキャン」で "*" のプッシュ時スキャンフィルター）。',
        '保存後、リポジトリのイメージにスキャン結果が表示されることを確認します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ecr put-registry-scanning-configuration --scan-type ENHANCED \\\n  --rules \'[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]\'\n# or, per repository with basic scanning:\naws ecr put-image-scanning-configuration --repository-name web-app --image-scanning-configuration scanOnPush=true',
    terraform: 'resource "aws_ecr_registry_scanning_configuration" "this" {\n  scan_type = "ENHANCED"\n\n  rule {\n    scan_frequency = "CONTINUOUS_SCAN"\n    repository_filter {\n      filter      = "*"\n      filter_type = "WILDCARD"\n    }\n  }\n}',
    cloudformation: 'Resources:\n  RegistryScanning:\n    Type: AWS::ECR::RegistryScanningConfiguration\n    Properties:\n      ScanType: ENHANCED\n      Rules:\n        - ScanFrequency: CONTINUOUS_SCAN\n          RepositoryFilters:\n            - Filter: "*"\n              FilterType: WILDCARD',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-1',
  ],
  evaluate(repo, ctx) {
    const name = repo.config.repositoryName;
    const registry = ctx.resources<EcrRegistryScanningConfig>(ECR_REGISTRY_SCANNING_TYPE, { account: repo.account, region: repo.region })[0]?.config;
    const scanType = registry?.scanType ?? 'BASIC';
    const matching = (registry?.rules ?? []).filter(
      (r) => r.scanFrequency !== 'MANUAL' && r.repositoryFilters.some((f) => matchesFilter(name, f.filter)),
    );
    const evidence = { scanType, scanOnPush: repo.config.scanOnPush, matchingRules: matching.map((r) => r.scanFrequency) };
    if (scanType === 'ENHANCED') {
      return matching.length
        ? pass({ en: `Enhanced scanning covers ${name} (${matching[0].scanFrequency}).`, ja: `拡張スキャンが ${name} を対象にしています（${matching[0].scanFrequency}）。` }, evidence)
        : fail(
            {
              en: `Enhanced scanning is on, but no registry scanning rule matches ${name}, so its images are not scanned.`,
              ja: `拡張スキャンは有効ですが、${name} に一致するレジストリのスキャンルールがないため、イメージはスキャンされません。`,
            },
            evidence,
          );
    }
    if (repo.config.scanOnPush || matching.length) {
      return pass({ en: `${name} is scanned on push (basic scanning).`, ja: `${name} はプッシュ時にスキャンされます（ベーシックスキャン）。` }, evidence);
    }
    return fail(
      {
        en: `${name} has scan on push disabled and no registry scanning filter matches it.`,
        ja: `${name} はプッシュ時スキャンが無効で、一致するレジストリのスキャンフィルターもありません。`,
      },
      evidence,
    );
  },
});
