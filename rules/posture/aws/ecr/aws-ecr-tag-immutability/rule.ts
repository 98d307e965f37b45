import { ECR_REPOSITORY_TYPE, type EcrRepositoryConfig } from '../../../../../src/providers/aws/model/ecr.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<EcrRepositoryConfig>({
  id: 'aws-ecr-tag-immutability',
  services: ['ecr'],
  title: {
    en: 'ECR private repository has tag immutability enabled',
    ja: 'ECR プライベートリポジトリでタグのイミュータビリティが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [ECR_REPOSITORY_TYPE],
  requires: ['imageTagMutability', 'imageTagMutabilityExclusionFilters', 'repositoryName'],
  frameworks: {
    fsbp: ['ECR.2'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-2', 'CM-8(1)'],
  },
  doc: {
    en: {
      description: 'Checks that image tags in the repository cannot be overwritten (imageTagMutability IMMUTABLE, or IMMUTABLE_WITH_EXCLUSION with the excluded tag patterns reported).',
      urgency: 'Plan it within a sprint: it is a one-line setting, but pipelines that re-push tags such as "latest" need to switch to unique tags first.',
      risk: 'Anyone who can push to the repository (a compromised CI job or leaked credentials) can silently replace the image behind a tag like "v1.4.2" or "prod" with a backdoored one; the next deployment or node restart pulls it, and the tag history no longer shows what really ran.',
      recommendation: 'Set the repository to IMMUTABLE and tag every build uniquely (git SHA or semantic version). Deploy by digest where possible. If a moving tag is unavoidable, use IMMUTABLE_WITH_EXCLUSION for just that tag pattern.',
      console: [
        'Open the Amazon ECR console and select the repository.',
        'Choose "Edit" (Actions → Edit repository).',
        'Set "Tag immutability" to "Immutable" and save.',
      ],
    },
    ja: {
      description: 'リポジトリのイメージタグが上書きできない設定（imageTagMutability が IMMUTABLE、または除外パターンを示したうえで IMMUTABLE_WITH_EXCLUSION）になっているかを確認します。',
      urgency: '次のスプリント内に計画してください。設定自体は 1 行ですが、"latest" などのタグを再プッシュしているパイプラインは、先に一意なタグへ切り替える必要があります。',
      risk: 'リポジトリへのプッシュ権限を持つ者（侵害された CI ジョブや漏えいした認証情報）が、"v1.4.2" や "prod" といったタグの中身をバックドア入りのイメージに気付かれず差し替えられます。次回のデプロイやノード再起動でそれが取得され、タグの履歴からは実際に何が動いていたか分からなくなります。',
      recommendation: 'リポジトリを IMMUTABLE に設定し、ビルドごとに一意なタグ（Git の SHA やセマンティックバージョン）を付けてください。可能であればダイジェスト指定でデプロイしてください。どうしても可変タグが必要な場合は、そのタグパターンだけを IMMUTABLE_WITH_EXCLUSION で除外してください。',
      console: [
        'Amazon ECR コンソールで対象リポジトリを選択します。',
        '「編集」（アクション → リポジトリを編集）を選択します。',
        '「タグのイミュータビリティ」を「イミュータブル」にして保存します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ecr put-image-tag-mutability --repository-name web-app --image-tag-mutability IMMUTABLE',
    terraform: 'resource "aws_ecr_repository" "web_app" {\n  name                 = "web-app"\n  image_tag_mutability = "IMMUTABLE"\n\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}',
    cloudformation: 'Resources:\n  WebApp:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: web-app\n      ImageTagMutability: IMMUTABLE\n      ImageScanningConfiguration:\n        ScanOnPush: true',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-2',
  ],
  evaluate(repo) {
    const mode = repo.config.imageTagMutability ?? 'MUTABLE';
    const name = repo.config.repositoryName;
    if (mode === 'IMMUTABLE') return pass({ en: `Tags in ${name} are immutable.`, ja: `${name} のタグはイミュータブルです。` }, { imageTagMutability: mode });
    const excluded = (repo.config.imageTagMutabilityExclusionFilters ?? []).map((f) => f.filter);
    if (mode === 'IMMUTABLE_WITH_EXCLUSION') {
      return pass(
        {
          en: `Tags in ${name} are immutable except those matching ${excluded.join(', ') || '(no filter)'}.`,
          ja: `${name} のタグは ${excluded.join('、') || '（フィルターなし）'} に一致するもの以外イミュータブルです。`,
        },
        { imageTagMutability: mode, exclusions: excluded },
      );
    }
    return fail(
      {
        en: `Tags in ${name} are mutable (${mode}${excluded.length ? `, immutable only for ${excluded.join(', ')}` : ''}): an existing tag can be overwritten by a different image.`,
        ja: `${name} のタグはミュータブルです（${mode}${excluded.length ? `、イミュータブルなのは ${excluded.join('、')} のみ` : ''}）。既存のタグを別のイメージで上書きできます。`,
      },
      { imageTagMutability: mode, exclusions: excluded },
    );
  },
});
