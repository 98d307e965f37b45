import { EKS_CLUSTER_TYPE, type EksClusterConfig } from '../../../../../src/providers/aws/model/eks.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<EksClusterConfig>({
  id: 'aws-eks-audit-logging-enabled',
  services: ['eks'],
  title: {
    en: 'EKS cluster has control plane audit logging enabled',
    ja: 'EKS クラスターでコントロールプレーンの監査ログが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [EKS_CLUSTER_TYPE],
  requires: ['enabledLogTypes', 'name'],
  frameworks: {
    fsbp: ['EKS.8'],
    'nist-800-53-r5': ['AC-2(12)', 'AC-2(4)', 'AC-4(26)', 'AC-6(9)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(9)', 'SI-3(8)', 'SI-4(20)', 'SI-7(8)'],
  },
  doc: {
    en: {
      description: 'Checks that the "audit" control plane log type is enabled, so Kubernetes audit events are delivered to CloudWatch Logs (/aws/eks/<cluster>/cluster).',
      urgency: 'Plan it within a sprint: it costs little and cannot be added retroactively; every day without it is a day whose cluster activity cannot be investigated.',
      risk: 'After an incident nobody can tell who read which secret, who created the privileged pod or which service account was used from outside, because the Kubernetes API activity was never recorded. Detection rules on audit events (e.g. exec into pods, RBAC changes) cannot run either.',
      recommendation: 'Enable at least the "audit" and "authenticator" log types (ideally all five) and set a retention period on the /aws/eks/<cluster>/cluster log group that matches your investigation and compliance needs (e.g. 1 year).',
      console: [
        'Open the Amazon EKS console, select the cluster and open the "Observability" tab.',
        'Under "Control plane logging", choose "Manage logging".',
        'Turn on "Audit" (and "Authenticator", "API server") and save.',
        'In CloudWatch Logs, set the retention of /aws/eks/<cluster>/cluster.',
      ],
    },
    ja: {
      description: 'コントロールプレーンのログタイプ "audit" が有効で、Kubernetes の監査イベントが CloudWatch Logs（/aws/eks/<クラスター名>/cluster）に送られているかを確認します。',
      urgency: '次のスプリント内に計画してください。費用は小さく、後から遡って取得することはできません。有効にしていない日のクラスター操作は調査できなくなります。',
      risk: 'インシデントが起きても、誰がどのシークレットを読んだか、誰が特権 Pod を作成したか、どのサービスアカウントが外部から使われたかが分かりません。Kubernetes API の操作が記録されていないためです。監査イベントに基づく検知（Pod への exec、RBAC の変更など）も実行できません。',
      recommendation: '少なくとも "audit" と "authenticator"（できれば 5 種類すべて）のログタイプを有効にし、/aws/eks/<クラスター名>/cluster のロググループに調査・コンプライアンス要件に合った保持期間（例: 1 年）を設定してください。',
      console: [
        'Amazon EKS コンソールで対象クラスターを選択し、「オブザーバビリティ」タブを開きます。',
        '「コントロールプレーンのログ記録」で「ログ記録を管理」を選択します。',
        '「監査」（および「オーセンティケーター」「API サーバー」）をオンにして保存します。',
        'CloudWatch Logs で /aws/eks/<クラスター名>/cluster の保持期間を設定します。',
      ],
    },
  },
  remediation: {
    cli: 'aws eks update-cluster-config --name web-eks \\\n  --logging \'{"clusterLogging":[{"types":["api","audit","authenticator","controllerManager","scheduler"],"enabled":true}]}\'\naws logs put-retention-policy --log-group-name /aws/eks/web-eks/cluster --retention-in-days 365',
    terraform: 'resource "aws_cloudwatch_log_group" "eks" {\n  name              = "/aws/eks/web-eks/cluster"\n  retention_in_days = 365\n}\n\nresource "aws_eks_cluster" "this" {\n  name                      = "web-eks"\n  role_arn                  = aws_iam_role.cluster.arn\n  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]\n  depends_on                = [aws_cloudwatch_log_group.eks]\n\n  vpc_config {\n    subnet_ids = var.private_subnet_ids\n  }\n}',
    cloudformation: 'Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Name: web-eks\n      RoleArn: !GetAtt ClusterRole.Arn\n      Logging:\n        ClusterLogging:\n          EnabledTypes:\n            - Type: api\n            - Type: audit\n            - Type: authenticator\n      ResourcesVpcConfig:\n        SubnetIds: !Ref PrivateSubnetIds',
  },
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-8',
  ],
  evaluate(cluster) {
    const types = cluster.config.enabledLogTypes;
    if (types.includes('audit')) {
      return pass({ en: `Audit logging is enabled (log types: ${types.join(', ')}).`, ja: `監査ログが有効です（ログタイプ: ${types.join('、')}）。` }, { enabledLogTypes: types });
    }
    return fail(
      {
        en: types.length
          ? `Cluster ${cluster.config.name} logs ${types.join(', ')} but not "audit".`
          : `Cluster ${cluster.config.name} has no control plane logging enabled.`,
        ja: types.length
          ? `クラスター ${cluster.config.name} は ${types.join('、')} のログを記録していますが、"audit" が含まれていません。`
          : `クラスター ${cluster.config.name} ではコントロールプレーンのログ記録が一つも有効になっていません。`,
      },
      { enabledLogTypes: types },
    );
  },
});
