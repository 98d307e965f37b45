/**
 * Attack-sequence templates: ordered steps that, found in one entity's signals in this order,
 * name the attack. A template needs all its required steps; optional steps are shown when found.
 * Without a template, a group still becomes a sequence when it climbs the stages of an intrusion
 * (see `stageChain` in engine.ts).
 */
import type { LocalizedText } from '../model/types.js';
import type { CorrelationSignal } from './entities.js';

export interface TemplateStep {
  id: string;
  label: LocalizedText;
  optional?: boolean;
  match: (s: CorrelationSignal) => boolean;
}

export interface SequenceTemplate {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  /** ATT&CK techniques the whole sequence stands for (shown with it). */
  techniques: string[];
  steps: TemplateStep[];
}

const hasTactic = (...ids: string[]) => (s: CorrelationSignal) => s.tactics.some((t) => ids.includes(t));
const hasTechnique = (...prefixes: string[]) => (s: CorrelationSignal) => s.techniques.some((t) => prefixes.some((p) => t === p || t.startsWith(`${p}.`)));
const isRule = (...ids: string[]) => (s: CorrelationSignal) => ids.includes(s.ruleId);
const any =
  (...tests: ((s: CorrelationSignal) => boolean)[]) =>
  (s: CorrelationSignal) =>
    tests.some((t) => t(s));
const namesS3 = (s: CorrelationSignal) => s.resources.some((r) => r.startsWith('arn:aws:s3:::')) || /(^|[:/])S3/.test(s.ruleId) || s.ruleId.includes('-s3-');

/** Credentials used by someone who should not have them. */
const credentialMisuse = any(
  isRule('aws-ct-instance-credentials-used-outside', 'aws-ct-intel-source-ip', 'aws-ct-pentest-user-agent', 'aws-ct-console-session-used-programmatically'),
  hasTechnique('T1552.005', 'T1550'),
  (s) => s.ruleId.startsWith('UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration') || s.ruleId.startsWith('PenTest:') || s.ruleId.startsWith('Pentest:'),
);

export const TEMPLATES: readonly SequenceTemplate[] = [
  {
    id: 'cicd-supply-chain',
    title: {
      en: 'CI/CD supply-chain compromise with stolen instance credentials',
      ja: '窃取されたインスタンス認証情報による CI/CD サプライチェーン侵害',
    },
    description: {
      en: 'Credentials of a workload were used from outside, the attacker looked around in S3, wrote a deployment artifact (appspec or bundle) and the pipeline deployed it. Code the attacker chose now runs with the pipeline’s trust on the deployment targets.',
      ja: 'ワークロードの認証情報が外部から使われ、攻撃者が S3 を探索し、デプロイ成果物（appspec やバンドル）を書き込み、パイプラインがそれをデプロイしました。攻撃者が選んだコードが、パイプラインの信頼のもとでデプロイ先で動いています。',
    },
    techniques: ['T1552.005', 'T1619', 'T1195.002', 'T1072'],
    steps: [
      { id: 'credentials', label: { en: 'Instance credentials used outside', ja: 'インスタンス認証情報の外部利用' }, match: credentialMisuse },
      { id: 'discovery', label: { en: 'Discovery', ja: '探索' }, optional: true, match: hasTactic('TA0007') },
      {
        id: 'artifact',
        label: { en: 'Deployment artifact written', ja: 'デプロイ成果物の書き込み' },
        match: any(isRule('aws-ct-cicd-artifact-tampering'), hasTechnique('T1195')),
      },
      {
        id: 'deployment',
        label: { en: 'Deployment of the artifact', ja: '成果物のデプロイ' },
        match: any(isRule('aws-ct-codedeploy-deployment-from-s3'), hasTechnique('T1072')),
      },
    ],
  },
  {
    id: 'defense-evasion-then-impact',
    title: { en: 'Logging or detection disabled, then destructive action', ja: 'ログ記録・検知の無効化に続く破壊的な操作' },
    description: {
      en: 'Audit logging or threat detection was switched off and the same actor then destroyed, encrypted or exposed data or resources: the order of someone covering tracks before the real damage.',
      ja: '監査ログや脅威検知が停止され、その後同じ主体がデータやリソースを破壊・暗号化・公開しました。痕跡を消してから本当の被害を与える順序です。',
    },
    techniques: ['T1562', 'T1485'],
    steps: [
      { id: 'evasion', label: { en: 'Logging or detection disabled', ja: 'ログ記録・検知の無効化' }, match: any(hasTechnique('T1562', 'T1685'), hasTactic('TA0005', 'TA0112')) },
      { id: 'impact', label: { en: 'Destructive or exposing action', ja: '破壊的・公開する操作' }, match: any(hasTactic('TA0040'), hasTechnique('T1485', 'T1486', 'T1490', 'T1531', 'T1537')) },
    ],
  },
  {
    id: 'compromised-s3-data',
    title: { en: 'Compromised S3 data', ja: 'S3 データの侵害' },
    description: {
      en: 'One actor enumerated S3 and then opened a bucket up (policy, ACL or public access block), read unusually much, or deleted data.',
      ja: '同じ主体が S3 を列挙した後、バケットを開放（ポリシー・ACL・パブリックアクセスブロック）、大量に読み出し、またはデータを削除しました。',
    },
    techniques: ['T1619', 'T1530', 'T1485'],
    steps: [
      { id: 'discovery', label: { en: 'S3 discovery', ja: 'S3 の探索' }, match: (s) => hasTactic('TA0007')(s) && namesS3(s) },
      {
        id: 'data',
        label: { en: 'Bucket opened, mass read or deletion', ja: 'バケットの開放・大量読み出し・削除' },
        // Not any impact on S3: writing an object (T1565, a deployment artifact) is not data leaving or being destroyed.
        match: (s) => namesS3(s) && (hasTactic('TA0009', 'TA0010')(s) || hasTechnique('T1530', 'T1485', 'T1537')(s) || s.ruleId.startsWith('Impact:S3/')),
      },
    ],
  },
  {
    id: 'compromised-credentials',
    title: { en: 'Compromised IAM credentials', ja: 'IAM 認証情報の侵害' },
    description: {
      en: 'Credentials were used in a way their owner does not use them, the same credentials then explored the account, and then tried to stay, escalate, hide or reach their goal.',
      ja: '認証情報が本来の持ち主とは異なる使われ方をし、同じ認証情報でアカウント内が探索され、その後に居座り・権限昇格・隠蔽・目的の達成が試みられました。',
    },
    techniques: ['T1078.004'],
    steps: [
      { id: 'access', label: { en: 'Suspicious use of credentials', ja: '認証情報の不審な利用' }, match: any(credentialMisuse, hasTactic('TA0001', 'TA0006')) },
      { id: 'discovery', label: { en: 'Discovery', ja: '探索' }, match: hasTactic('TA0007') },
      {
        id: 'objective',
        label: { en: 'Persistence, escalation, evasion or impact', ja: '永続化・権限昇格・回避・影響' },
        match: hasTactic('TA0003', 'TA0004', 'TA0005', 'TA0112', 'TA0009', 'TA0010', 'TA0040'),
      },
    ],
  },
];

/**
 * The members matching each step, in order: each step takes its earliest match after the previous
 * step's member. An optional step is tried both ways — taken at its earliest match, and skipped —
 * so a late optional step (discovery after the artifact write) never hides the required ones.
 * A required step without a match fails the template.
 */
export function matchTemplate(template: SequenceTemplate, members: readonly CorrelationSignal[]): { step: string; signal: CorrelationSignal }[] | undefined {
  const from = (stepIndex: number, memberIndex: number): { step: string; signal: CorrelationSignal }[] | undefined => {
    if (stepIndex === template.steps.length) return [];
    const step = template.steps[stepIndex];
    let found = -1;
    for (let i = memberIndex; i < members.length; i++) {
      if (step.match(members[i])) {
        found = i;
        break;
      }
    }
    if (found >= 0) {
      const rest = from(stepIndex + 1, found + 1);
      if (rest) return [{ step: step.id, signal: members[found] }, ...rest];
    }
    return step.optional ? from(stepIndex + 1, memberIndex) : undefined;
  };
  return from(0, 0);
}
