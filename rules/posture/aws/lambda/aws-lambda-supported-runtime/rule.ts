import { LAMBDA_FUNCTION_TYPE, type LambdaFunctionConfig } from '../../../../../src/providers/aws/model/lambda.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { DEPRECATION_WARNING_DAYS, RUNTIME_DEPRECATION } from '../runtimes.js';

const DAY = 86_400_000;

export const rule = defineRule<LambdaFunctionConfig>({
  id: 'aws-lambda-supported-runtime',
  services: ['lambda'],
  title: {
    en: 'Lambda functions use supported runtimes',
    ja: 'Lambda 関数がサポート対象のランタイムを使用している',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [LAMBDA_FUNCTION_TYPE],
  requires: ['PackageType', 'Runtime'],
  frameworks: {
    fsbp: ['Lambda.2'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-2', 'SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
    'pci-dss-4.0': ['12.3.4'],
  },
  doc: {
    en: {
      description: 'Checks that each .zip-packaged Lambda function uses a managed runtime whose deprecation date (per the AWS Lambda runtimes page) has not passed at snapshot time. Container image functions are not applicable.',
      urgency: 'Upgrade within weeks: a deprecated runtime no longer receives security patches for the language runtime or OS, and after the later block dates the function cannot even be updated to fix a bug.',
      risk: 'Functions on deprecated runtimes (for example nodejs16.x) run an interpreter and OS image with known, unpatched vulnerabilities and lose AWS support. When AWS blocks updates, an urgent fix such as rotating a dependency after a CVE becomes impossible without a rushed runtime migration.',
      recommendation: 'Upgrade the function to the latest runtime of its language (for example nodejs22.x or python3.13), run its tests against the new runtime, and track upcoming deprecation dates so upgrades are planned before the deadline.',
      console: [
        'Open the Lambda console and select the function.',
        'On the Code tab, under Runtime settings, choose Edit.',
        'Select the current runtime for the language (for example Node.js 22.x), save, and test the function.',
      ],
    },
    ja: {
      description: '.zip パッケージの各 Lambda 関数が、スナップショット取得時点で非推奨日（AWS Lambda ランタイムのページに基づく）を過ぎていないマネージドランタイムを使用しているかを確認します。コンテナイメージの関数は対象外です。',
      urgency: '数週間以内にアップグレードしてください。非推奨のランタイムには言語ランタイムや OS のセキュリティパッチが提供されず、その後のブロック日を過ぎると不具合修正のための更新すらできなくなります。',
      risk: '非推奨ランタイム（例: nodejs16.x）の関数は、既知で未修正の脆弱性を持つインタープリターと OS イメージで動作し、AWS のサポートも受けられません。AWS が更新をブロックすると、CVE 対応で依存ライブラリを差し替えるといった緊急修正も、慌ただしいランタイム移行なしには行えなくなります。',
      recommendation: '関数を言語の最新ランタイム（例: nodejs22.x、python3.13）にアップグレードし、新しいランタイムでテストを実行してください。今後の非推奨日を追跡し、期限前に計画的にアップグレードします。',
      console: [
        'Lambda コンソールで対象の関数を選択します。',
        '「コード」タブの「ランタイム設定」で「編集」を選びます。',
        '言語の最新ランタイム（例: Node.js 22.x）を選択して保存し、関数をテストします。',
      ],
    },
  },
  remediation: {
    cli: 'aws lambda update-function-configuration --function-name <function> --runtime nodejs22.x',
    terraform: 'resource "aws_lambda_function" "order_processor" {\n  # ...\n  runtime = "nodejs22.x"\n}',
    cloudformation: 'OrderProcessor:\n  Type: AWS::Lambda::Function\n  Properties:\n    # ...\n    Runtime: nodejs22.x',
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-2',
  ],
  evaluate(fn, ctx) {
    const c = fn.config;
    if (c.PackageType === 'Image' || !c.Runtime) {
      return notApplicable({ en: 'Container image functions bring their own runtime.', ja: 'コンテナイメージの関数は独自のランタイムを含みます。' });
    }
    const date = RUNTIME_DEPRECATION[c.Runtime];
    if (!date) return pass({ en: `Runtime ${c.Runtime} has no known deprecation date.`, ja: `ランタイム ${c.Runtime} に既知の非推奨日はありません。` }, { Runtime: c.Runtime });
    const days = Math.floor((Date.parse(`${date}T00:00:00Z`) - ctx.now.getTime()) / DAY);
    if (days <= 0) {
      return fail(
        { en: `Runtime ${c.Runtime} was deprecated on ${date} (${-days} days before the snapshot).`, ja: `ランタイム ${c.Runtime} は ${date} に非推奨になりました（スナップショットの ${-days} 日前）。` },
        { Runtime: c.Runtime, deprecatedOn: date },
      );
    }
    return days <= DEPRECATION_WARNING_DAYS
      ? pass({ en: `Runtime ${c.Runtime} is supported but will be deprecated on ${date} (in ${days} days); plan the upgrade.`, ja: `ランタイム ${c.Runtime} はサポート中ですが ${date}（${days} 日後）に非推奨になります。アップグレードを計画してください。` }, { Runtime: c.Runtime, deprecatesOn: date })
      : pass({ en: `Runtime ${c.Runtime} is supported until ${date}.`, ja: `ランタイム ${c.Runtime} は ${date} までサポートされます。` }, { Runtime: c.Runtime, deprecatesOn: date });
  },
});
