import { ECR_REPOSITORY_TYPE, type EcrRepositoryConfig } from '../../../../../src/providers/aws/model/ecr.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<EcrRepositoryConfig>({
  id: 'aws-ecr-lifecycle-policy',
  services: ['ecr'],
  title: {
    en: 'ECR repository has a lifecycle policy',
    ja: 'ECR リポジトリにライフサイクルポリシーが設定されている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [ECR_REPOSITORY_TYPE],
  requires: ['lifecyclePolicy', 'repositoryName'],
  frameworks: {
    fsbp: ['ECR.3'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-2', 'CM-2(2)'],
  },
  doc: {
    en: {
      description: 'Checks that the repository has a lifecycle policy with at least one rule, so untagged and old images expire automatically.',
      urgency: 'Low urgency: no immediate exposure, but old vulnerable images pile up and stay deployable until someone cleans them up.',
      risk: 'Hundreds of outdated images with known vulnerabilities remain available; a rollback, a mistyped tag or an old manifest can redeploy one of them. Storage cost grows and vulnerability reports are flooded with images nobody runs.',
      recommendation: 'Add a lifecycle policy that expires untagged images after a short period (e.g. 14 days) and keeps only the last N release images, matching how far back you really roll back.',
      console: [
        'Open the Amazon ECR console and select the repository.',
        'Choose "Lifecycle Policy" → "Create rule".',
        'Add a rule for "Untagged" images with "Since image pushed" 14 days, and a rule that keeps the last 30 tagged images; use "Test rules" before saving.',
      ],
    },
    ja: {
      description: 'リポジトリに 1 つ以上のルールを持つライフサイクルポリシーが設定され、タグなしイメージや古いイメージが自動的に期限切れになるかを確認します。',
      urgency: '緊急度は低めです。直ちに露出するわけではありませんが、脆弱な古いイメージが溜まり続け、誰かが整理するまでデプロイ可能な状態で残ります。',
      risk: '既知の脆弱性を含む古いイメージが何百も残り、ロールバックやタグの指定ミス、古いマニフェストによって再デプロイされるおそれがあります。ストレージ費用も増え、脆弱性レポートが誰も使っていないイメージで埋もれてしまいます。',
      recommendation: 'タグなしイメージを短期間（例: 14 日）で期限切れにし、リリースイメージは実際にロールバックしうる範囲の直近 N 個だけを残すライフサイクルポリシーを設定してください。',
      console: [
        'Amazon ECR コンソールで対象リポジトリを選択します。',
        '「ライフサイクルポリシー」→「ルールを作成」を選択します。',
        '「タグなし」イメージを「プッシュされてからの日数」14 日で削除するルールと、タグ付きイメージを直近 30 個だけ残すルールを追加し、保存前に「ルールをテスト」で確認します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ecr put-lifecycle-policy --repository-name web-app --lifecycle-policy-text \'{"rules":[{"rulePriority":1,"description":"expire untagged after 14 days","selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}},{"rulePriority":2,"description":"keep last 30 images","selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":30},"action":{"type":"expire"}}]}\'',
    terraform: 'resource "aws_ecr_lifecycle_policy" "web_app" {\n  repository = aws_ecr_repository.web_app.name\n  policy = jsonencode({\n    rules = [\n      {\n        rulePriority = 1\n        description  = "expire untagged after 14 days"\n        selection    = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 14 }\n        action       = { type = "expire" }\n      },\n      {\n        rulePriority = 2\n        description  = "keep last 30 images"\n        selection    = { tagStatus = "any", countType = "imageCountMoreThan", countNumber = 30 }\n        action       = { type = "expire" }\n      }\n    ]\n  })\n}',
    cloudformation: 'Resources:\n  WebApp:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: web-app\n      LifecyclePolicy:\n        LifecyclePolicyText: |\n          {"rules":[{"rulePriority":1,"description":"expire untagged after 14 days","selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-3',
  ],
  evaluate(repo) {
    const lp = repo.config.lifecyclePolicy;
    const count = Array.isArray(lp?.rules) ? lp.rules.length : 0;
    if (lp && count > 0) {
      return pass({ en: `A lifecycle policy with ${count} rule(s) is configured.`, ja: `${count} 件のルールを持つライフサイクルポリシーが設定されています。` }, { rules: count });
    }
    return fail(
      lp
        ? { en: `The lifecycle policy of ${repo.config.repositoryName} has no rules.`, ja: `${repo.config.repositoryName} のライフサイクルポリシーにルールがありません。` }
        : { en: `${repo.config.repositoryName} has no lifecycle policy; old images never expire.`, ja: `${repo.config.repositoryName} にライフサイクルポリシーがなく、古いイメージが削除されません。` },
      { rules: count },
    );
  },
});
