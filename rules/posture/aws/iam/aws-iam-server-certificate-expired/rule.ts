import { SERVER_CERTIFICATE_TYPE, type ServerCertificateConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<ServerCertificateConfig>({
  id: 'aws-iam-server-certificate-expired',
  services: ['iam'],
  title: {
    en: 'Expired SSL/TLS certificates stored in IAM are removed',
    ja: 'IAM に保存された期限切れの SSL/TLS 証明書が削除されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [SERVER_CERTIFICATE_TYPE],
  requires: ['expiration'],
  frameworks: {
    'cis-aws-3.0': ['1.19'],
    fsbp: ['IAM.26'],
  },
  doc: {
    en: {
      description: 'Checks IAM server certificates for an expiration date in the past.',
      urgency: 'Address within the month: an expired certificate in IAM is not itself exploitable, but it can be selected by mistake for a load balancer or CloudFront distribution and break HTTPS for users.',
      risk: 'Deploying an expired certificate (by mistake, or by automation that picks certificates by name) makes browsers and clients reject the site, causing an outage; users trained to click through certificate warnings also become easier targets for man-in-the-middle attacks.',
      recommendation: 'Delete expired server certificates from IAM after confirming no load balancer or distribution still references them. Prefer AWS Certificate Manager (ACM), which renews certificates automatically, and keep IAM certificate storage for Regions ACM does not support.',
      console: [
        'IAM server certificates are not shown in the console; list them with the AWS CLI (see the CLI remediation).',
        'Check that no Elastic Load Balancer listener or CloudFront distribution uses the certificate.',
        'Delete the certificate with "aws iam delete-server-certificate" and move the workload to an ACM certificate.',
      ],
    },
    ja: {
      description: 'IAM のサーバー証明書の有効期限が過ぎていないかを確認します。',
      urgency: '1 か月以内に対応してください。IAM 内の期限切れ証明書自体が悪用されるわけではありませんが、ロードバランサーや CloudFront に誤って選択されると利用者の HTTPS 接続が失敗します。',
      risk: '期限切れの証明書を（誤って、あるいは名前で証明書を選ぶ自動化によって）デプロイすると、ブラウザやクライアントが接続を拒否して障害になります。また、証明書警告を無視することに慣れた利用者は中間者攻撃の標的になりやすくなります。',
      recommendation: 'ロードバランサーやディストリビューションが参照していないことを確認したうえで、期限切れのサーバー証明書を IAM から削除してください。証明書は自動更新される AWS Certificate Manager (ACM) を推奨し、IAM の証明書ストアは ACM 非対応リージョンでのみ使用します。',
      console: [
        'IAM のサーバー証明書はコンソールに表示されないため、AWS CLI で一覧を確認します（CLI の対処例を参照）。',
        'Elastic Load Balancer のリスナーや CloudFront ディストリビューションがその証明書を使っていないことを確認します。',
        '"aws iam delete-server-certificate" で証明書を削除し、ワークロードを ACM の証明書に移行します。',
      ],
    },
  },
  remediation: {
    cli: 'aws iam list-server-certificates --query "ServerCertificateMetadataList[].[ServerCertificateName,Expiration]" --output table\naws iam delete-server-certificate --server-certificate-name <name>',
    terraform: '# Remove the aws_iam_server_certificate resource and issue an ACM certificate instead:\nresource "aws_acm_certificate" "site" {\n  domain_name       = "www.example.com"\n  validation_method = "DNS"\n  lifecycle {\n    create_before_destroy = true\n  }\n}',
    cloudformation: 'SiteCertificate:\n  Type: AWS::CertificateManager::Certificate\n  Properties:\n    DomainName: www.example.com\n    ValidationMethod: DNS',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-26',
  ],
  evaluate(cert, ctx) {
    const exp = cert.config.expiration;
    if (!exp) return notAssessed('The certificate has no expiration date in the snapshot.');
    return Date.parse(exp) < ctx.now.getTime()
      ? fail({ en: `Certificate ${cert.name} expired on ${exp.slice(0, 10)}.`, ja: `証明書 ${cert.name} は ${exp.slice(0, 10)} に期限切れになっています。` }, { expiration: exp })
      : pass({ en: `Certificate ${cert.name} is valid until ${exp.slice(0, 10)}.`, ja: `証明書 ${cert.name} は ${exp.slice(0, 10)} まで有効です。` });
  },
});
