/**
 * Attack-sequence templates: ordered steps that, found in one entity's signals in this order,
 * name the attack. A template needs all its required steps; optional steps are shown when found.
 * Without a template, a group still becomes a sequence when it climbs the stages of an intrusion
 * (see `stageChain` in engine.ts).
 */
import { severityRank, type LocalizedText } from '../model/types.js';
import type { CorrelationSignal } from './entities.js';

export interface TemplateStep {
  id: string;
  label: LocalizedText;
  optional?: boolean;
  match: (s: CorrelationSignal) => boolean;
}

/**
 * What kind of attack a sequence is, by the template it matched (`multi-stage`: no template, the
 * stages of an intrusion climbed). Shown with every sequence: model, hub finding, JSON, OCSF, CLI.
 */
export type SequenceType = 'credentials' | 's3-data' | 'cicd-supply-chain' | 'defense-evasion-impact' | 'multi-stage';

export const SEQUENCE_TYPES: Readonly<Record<SequenceType, LocalizedText>> = {
  credentials: { en: 'Compromised credentials', ja: '認証情報の侵害' },
  's3-data': { en: 'S3 data', ja: 'S3 データ' },
  'cicd-supply-chain': { en: 'CI/CD supply chain', ja: 'CI/CD サプライチェーン' },
  'defense-evasion-impact': { en: 'Defence evasion then impact', ja: '防御回避から影響' },
  'multi-stage': { en: 'Multi-stage', ja: '多段階' },
};

export interface SequenceTemplate {
  id: string;
  type: SequenceType;
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

/**
 * Why a sequence may stand: evidence that the actor is compromised or the data at risk. Several
 * weak signals of a routine actor at its usual addresses (an artifact upload, a discovery burst, a
 * Lambda update) are ordinary work; an attack sequence needs at least one member of these kinds.
 */
export type CompromiseKind = 'credential-theft' | 'suspicious-source' | 'initial-access' | 'workload-probing' | 'defence-impairment' | 'exfiltration' | 'external-finding';

const SUSPICIOUS_SOURCE_RULES = /(^|-)(intel|tor|pentest|malicious-ip)(-|$)|^mamori-baseline-new-network$|^mamori-intel/;
const WORKLOAD_PROBING = /^aws-ct-(instance|workload|lambda)-role-.*-denied$/;
/** GuardDuty finding types that are about who is calling: stolen, outside, anonymised or tooling. */
const GUARDDUTY_ACTOR = /^(UnauthorizedAccess|CredentialAccess|InitialAccess|PenTest|Pentest|Recon):/;
/**
 * Defence impairment: logging, detection or security tooling blinded. Opening a firewall
 * (T1562.007) is exposure, which developers do routinely; it is not the defender being blinded.
 */
const IMPAIRMENT = /^T(1562\.(001|002|006|008|012)|1685)(\.|$)/;
/** Initial access that says something about the actor: supply-chain writes (T1195) say nothing about who wrote. */
const actorInitialAccess = (s: CorrelationSignal) => s.tactics.includes('TA0001') && !s.techniques.some((t) => /^T1195(\.|$)/.test(t));

/** The kind of compromise evidence a signal is, or undefined when it is none. */
export function compromiseKind(s: CorrelationSignal): CompromiseKind | undefined {
  if (SUSPICIOUS_SOURCE_RULES.test(s.ruleId) || GUARDDUTY_ACTOR.test(s.ruleId)) return 'suspicious-source';
  if (credentialMisuse(s) || s.tactics.includes('TA0006')) return 'credential-theft';
  if (actorInitialAccess(s)) return 'initial-access';
  // A workload runs fixed code: its own credentials exploring and being denied are someone else's hands.
  if (WORKLOAD_PROBING.test(s.ruleId)) return 'workload-probing';
  if (s.techniques.some((t) => IMPAIRMENT.test(t)) || (s.tactics.includes('TA0112') && !s.techniques.every((t) => /^T1562(\.007)?$/.test(t)))) return 'defence-impairment';
  if (s.tactics.includes('TA0010') && severityRank(s.severity) >= severityRank('HIGH')) return 'exfiltration';
  if (/^(Impact|Exfiltration):S3\//.test(s.ruleId)) return 'exfiltration';
  // Another detector's (GuardDuty's) own finding of MEDIUM or above already judged the behaviour anomalous.
  if (s.source !== 'mamori' && severityRank(s.severity) >= severityRank('MEDIUM')) return 'external-finding';
  return undefined;
}

/** Signals that show the credentials themselves are in the wrong hands (the compromised-credentials entry step). */
const credentialEvidence = (s: CorrelationSignal) => {
  const kind = compromiseKind(s);
  return kind === 'credential-theft' || kind === 'suspicious-source' || kind === 'initial-access';
};

export const TEMPLATES: readonly SequenceTemplate[] = [
  {
    id: 'cicd-supply-chain',
    type: 'cicd-supply-chain',
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
    type: 'defense-evasion-impact',
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
    type: 's3-data',
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
    type: 'credentials',
    title: { en: 'Compromised IAM credentials', ja: 'IAM 認証情報の侵害' },
    description: {
      en: 'Credentials were used in a way their owner does not use them, the same credentials then explored the account, and then tried to stay, escalate, hide or reach their goal.',
      ja: '認証情報が本来の持ち主とは異なる使われ方をし、同じ認証情報でアカウント内が探索され、その後に居座り・権限昇格・隠蔽・目的の達成が試みられました。',
    },
    techniques: ['T1078.004'],
    steps: [
      { id: 'access', label: { en: 'Suspicious use of credentials', ja: '認証情報の不審な利用' }, match: credentialEvidence },
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
