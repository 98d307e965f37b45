/**
 * Preventive guardrails as intents, across clouds: what a Security CoE wants to hold everywhere
 * (restrict locations, block public storage, protect audit logging, …) and how each cloud
 * implements it: AWS SCPs, RCPs and declarative policies, Google Cloud organisation policy
 * constraints, Azure Policy definitions. Each provider's evaluator (src/providers/<provider>/…,
 * found through the provider registry) tells per scope whether an intent is enforced, only
 * audited, or missing; `mamori guardrails` and the HTML report show the table the seeds' CoE keeps
 * by hand. No I/O here.
 */
import type { CollectionError, LocalizedText, Provider, Resource } from '../model/types.js';

/**
 * - `enforced`: a preventive control denies (or remediates) what the intent forbids, everywhere in the scope.
 * - `partial`: enforced for part of the scope or of the intent (a condition, an exemption, some variants).
 * - `audit-only`: the control is in place but only reports (Azure Policy Audit / AuditIfNotExists or
 *   DoNotEnforce, an organisation policy in dry run).
 * - `missing`: no control implements the intent for the scope.
 * - `unknown`: the inputs were not collected, or mamori cannot evaluate this implementation yet.
 * - `not-applicable`: the cloud has no such control, or the scope cannot carry it (the AWS management account for SCPs).
 */
export const INTENT_STATUSES = ['enforced', 'partial', 'audit-only', 'missing', 'unknown', 'not-applicable'] as const;
export type IntentStatus = (typeof INTENT_STATUSES)[number];

/** How the terminal and the HTML report show each status: a mark readable without colour, and its words. */
export const INTENT_STATUS_TEXT: Readonly<Record<IntentStatus, LocalizedText & { mark: string }>> = {
  enforced: { mark: '✓', en: 'enforced', ja: '適用' },
  partial: { mark: '~', en: 'partial', ja: '一部' },
  'audit-only': { mark: 'A', en: 'audit only', ja: '監査のみ' },
  missing: { mark: '✗', en: 'missing', ja: '未設定' },
  unknown: { mark: '?', en: 'unknown', ja: '不明' },
  'not-applicable': { mark: '-', en: 'not applicable', ja: '対象外' },
};

/** The clouds' short names in the guardrail tables. */
export const CLOUD_SHORT_NAMES: Readonly<Record<Provider, string>> = { aws: 'AWS', gcp: 'Google Cloud', azure: 'Azure' };

/** Scopes in one order everywhere: AWS, Google Cloud, Azure, then by place in the organisation. */
export function compareScopes(a: ScopeGuardrails, b: ScopeGuardrails): number {
  const order: readonly Provider[] = ['aws', 'gcp', 'azure'];
  return order.indexOf(a.provider) - order.indexOf(b.provider) || (a.scopePath ?? a.scope).localeCompare(b.scopePath ?? b.scope);
}

export interface GuardrailIntent {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  /** How each cloud implements it (the controls the evaluators look for), for the reader. */
  implementations: Record<Provider, LocalizedText>;
}

/** One intent on one scope. */
export interface IntentCheck {
  intent: string;
  status: IntentStatus;
  reason: LocalizedText;
  /** The controls that implement it there: SCP names, constraint ids, policy assignment names. */
  controls: string[];
}

/** Every intent on one scope (an AWS account, a Google Cloud project, an Azure subscription). */
export interface ScopeGuardrails {
  provider: Provider;
  scope: string;
  /** The scope's display name, when known. */
  name?: string;
  /** Where the scope sits (Finding.scopePath), when known. */
  scopePath?: string;
  checks: IntentCheck[];
}

/** What an evaluator reads: the snapshot's resources (only the provider's guardrail types are needed), its scopes and collection errors. */
export interface GuardrailInput {
  resources: readonly Resource[];
  /** The snapshot's scopes (accounts, projects, subscriptions). */
  scopes: readonly string[];
  errors: readonly CollectionError[];
}

/** A provider's evaluator: one entry per scope of the snapshot. */
export type GuardrailEvaluator = (input: GuardrailInput, now: Date) => ScopeGuardrails[];

const t = (en: string, ja: string): LocalizedText => ({ en, ja });

export const GUARDRAIL_INTENTS: readonly GuardrailIntent[] = [
  {
    id: 'restrict-locations',
    title: t('Restrict regions and locations', 'リージョンとロケーションを制限する'),
    description: t(
      'Resources can be created only in the regions the organisation has approved, so data stays where regulation and contracts require and an attacker cannot hide workloads in an unwatched region.',
      '承認したリージョンにしかリソースを作成できないようにします。規制や契約で定められた場所にデータを留め、監視されていないリージョンに攻撃者がワークロードを隠すことを防ぎます。',
    ),
    implementations: {
      aws: t('SCP denying requests outside the allowed Regions (aws:RequestedRegion)', '許可リージョン外のリクエストを拒否する SCP（aws:RequestedRegion）'),
      gcp: t('Organisation policy gcp.resourceLocations', '組織のポリシー gcp.resourceLocations'),
      azure: t('Azure Policy "Allowed locations" (and "Allowed locations for resource groups") with effect Deny', 'Azure Policy「許可されている場所」（および「リソース グループの許可されている場所」）、効果 Deny'),
    },
  },
  {
    id: 'restrict-services',
    title: t('Restrict services and resource types', 'サービスとリソースの種類を制限する'),
    description: t(
      'Only services the organisation has reviewed can be used; new or risky services cannot be switched on by a project team or an intruder.',
      '組織がレビューしたサービスだけを利用できるようにします。プロジェクトチームや侵入者が、新しいサービスやリスクの高いサービスを勝手に使い始めることを防ぎます。',
    ),
    implementations: {
      aws: t('SCP allow-listing services (not evaluated by mamori yet)', 'サービスを許可リストで制限する SCP（mamori はまだ評価しません）'),
      gcp: t('Organisation policy gcp.restrictServiceUsage', '組織のポリシー gcp.restrictServiceUsage'),
      azure: t('Azure Policy "Allowed resource types" or "Not allowed resource types" with effect Deny', 'Azure Policy「許可されているリソースの種類」または「許可されていないリソースの種類」、効果 Deny'),
    },
  },
  {
    id: 'block-public-storage',
    title: t('Block public storage', 'ストレージの公開を禁止する'),
    description: t(
      'Object storage and disk snapshots cannot be made readable by anyone on the internet, whatever an individual bucket, container or account setting says.',
      '個々のバケット、コンテナー、アカウントの設定にかかわらず、オブジェクト ストレージやディスクのスナップショットをインターネット上の誰からでも読み取れる状態にできないようにします。',
    ),
    implementations: {
      aws: t('RCP restricting access to the organisation; EC2 declarative policy blocking public snapshot sharing', '組織外からのアクセスを制限する RCP、スナップショットの公開共有をブロックする EC2 宣言型ポリシー'),
      gcp: t('Organisation policy storage.publicAccessPrevention', '組織のポリシー storage.publicAccessPrevention'),
      azure: t('Azure Policy "Storage account public access should be disallowed" with effect Deny', 'Azure Policy「ストレージ アカウントの公開アクセスを禁止する必要がある」、効果 Deny'),
    },
  },
  {
    id: 'protect-audit-logging',
    title: t('Protect audit logging', '監査ログを保護する'),
    description: t(
      'Audit logging is on everywhere and cannot be turned off or redirected from inside a workload account, so an intruder cannot erase their tracks.',
      '監査ログがすべての場所で有効で、ワークロード側のアカウントから無効化や送信先の変更ができないようにします。侵入者が痕跡を消すことを防ぎます。',
    ),
    implementations: {
      aws: t('SCP denying changes to CloudTrail, GuardDuty, Config and Security Hub', 'CloudTrail、GuardDuty、Config、Security Hub の変更を拒否する SCP'),
      gcp: t('No organisation policy constraint; use an organisation sink and locked log buckets', '該当する組織のポリシーの制約はありません。組織のシンクとロックされたログバケットを使用します'),
      azure: t('Azure Policy deploying the Activity Log diagnostic setting (DeployIfNotExists)', 'アクティビティ ログの診断設定を展開する Azure Policy（DeployIfNotExists）'),
    },
  },
  {
    id: 'threat-detection-on',
    title: t('Keep threat detection on', '脅威検出を有効に保つ'),
    description: t(
      "The cloud's threat detection service runs in every scope and cannot be disabled by workload owners.",
      'クラウドの脅威検出サービスがすべてのスコープで動作し、ワークロードの所有者が無効化できないようにします。',
    ),
    implementations: {
      aws: t('SCP protecting GuardDuty and Security Hub from being disabled', 'GuardDuty と Security Hub の無効化を防ぐ SCP'),
      gcp: t('No organisation policy constraint (Security Command Center is enabled at the organisation)', '該当する組織のポリシーの制約はありません（Security Command Center は組織で有効化します）'),
      azure: t('Azure Policy enabling or auditing Microsoft Defender for Cloud plans', 'Microsoft Defender for Cloud のプランを有効化または監査する Azure Policy'),
    },
  },
  {
    id: 'deny-long-lived-keys',
    title: t('Deny long-lived keys', '長期間有効なキーを禁止する'),
    description: t(
      'Static credentials (service account keys, storage account keys, root access keys) cannot be created or used; workloads use short-lived tokens.',
      '静的な認証情報（サービス アカウント キー、ストレージ アカウント キー、ルートのアクセスキー）の作成や利用を禁止し、ワークロードには有効期間の短いトークンを使わせます。',
    ),
    implementations: {
      aws: t('Centralised root access (no root credentials in member accounts)', 'ルートアクセスの一元管理（メンバーアカウントにルートの認証情報を置かない）'),
      gcp: t('Organisation policies iam.disableServiceAccountKeyCreation and iam.disableServiceAccountKeyUpload', '組織のポリシー iam.disableServiceAccountKeyCreation と iam.disableServiceAccountKeyUpload'),
      azure: t('Azure Policy "Storage accounts should prevent shared key access" with effect Deny', 'Azure Policy「ストレージ アカウントで共有キー アクセスを禁止する必要がある」、効果 Deny'),
    },
  },
  {
    id: 'enforce-encryption',
    title: t('Enforce encryption at rest', '保存データの暗号化を強制する'),
    description: t(
      'Data is stored only encrypted, with the keys the organisation requires, and encryption cannot be switched off.',
      'データが組織の求める鍵で暗号化された状態でのみ保存され、暗号化を無効にできないようにします。',
    ),
    implementations: {
      aws: t('SCP protecting EBS encryption by default', 'EBS のデフォルト暗号化を保護する SCP'),
      gcp: t('Organisation policy gcp.restrictNonCmekServices', '組織のポリシー gcp.restrictNonCmekServices'),
      azure: t('Azure Policy "Storage accounts should have infrastructure encryption" with effect Deny', 'Azure Policy「ストレージ アカウントではインフラストラクチャ暗号化を使用する必要がある」、効果 Deny'),
    },
  },
  {
    id: 'enforce-secure-transport',
    title: t('Enforce encrypted transport', '通信の暗号化を強制する'),
    description: t(
      'Storage and services accept only TLS connections, so credentials and data never cross the network in clear text.',
      'ストレージやサービスが TLS 接続だけを受け付け、認証情報やデータが平文でネットワークを流れないようにします。',
    ),
    implementations: {
      aws: t('RCP denying requests without aws:SecureTransport', 'aws:SecureTransport のないリクエストを拒否する RCP'),
      gcp: t('Organisation policy gcp.restrictTLSVersion', '組織のポリシー gcp.restrictTLSVersion'),
      azure: t('Azure Policy "Secure transfer to storage accounts should be enabled" with effect Deny', 'Azure Policy「ストレージ アカウントへの安全な転送を有効にする必要がある」、効果 Deny'),
    },
  },
  {
    id: 'restrict-public-ips',
    title: t('No public addresses on machines', 'マシンにパブリック アドレスを付けない'),
    description: t(
      'Virtual machines cannot get public IP addresses directly; internet exposure goes through reviewed entry points (load balancers, gateways).',
      '仮想マシンにパブリック IP アドレスを直接付与できないようにします。インターネットへの公開は、レビュー済みの入口（ロードバランサーやゲートウェイ）を通します。',
    ),
    implementations: {
      aws: t('EC2 declarative policy VPC Block Public Access', 'EC2 宣言型ポリシー VPC Block Public Access'),
      gcp: t('Organisation policy compute.vmExternalIpAccess', '組織のポリシー compute.vmExternalIpAccess'),
      azure: t('Azure Policy "Network interfaces should not have public IPs"', 'Azure Policy「ネットワーク インターフェイスにパブリック IP を設定しない」'),
    },
  },
  {
    id: 'require-mfa-admins',
    title: t('Require MFA for administrators', '管理者に MFA を必須にする'),
    description: t(
      'Accounts that can administer the cloud must sign in with multi-factor authentication; the most powerful credentials cannot be used at all.',
      'クラウドを管理できるアカウントは多要素認証でサインインしなければならず、最も強力な認証情報はそもそも使えないようにします。',
    ),
    implementations: {
      aws: t('SCP denying the root user in member accounts', 'メンバーアカウントのルートユーザーを拒否する SCP'),
      gcp: t('No organisation policy constraint (2-Step Verification is enforced in Cloud Identity)', '該当する組織のポリシーの制約はありません（2 段階認証プロセスは Cloud Identity で強制します）'),
      azure: t('Azure Policy "Accounts with owner permissions on Azure resources should be MFA enabled" (audit only by design)', 'Azure Policy「Azure リソースに対する所有者アクセス許可を持つアカウントは MFA を有効にする必要がある」（設計上は監査のみ）'),
    },
  },
  {
    id: 'require-tags',
    title: t('Require ownership tags', '所有者タグを必須にする'),
    description: t(
      'Every resource carries the tags that say who owns it and what it holds, so a finding always reaches an owner.',
      'すべてのリソースに、所有者と保持するデータを示すタグを付けることを必須にし、検出結果が必ず所有者に届くようにします。',
    ),
    implementations: {
      aws: t('Tag policies with enforcement (not collected by mamori yet)', '強制付きのタグポリシー（mamori はまだ収集しません）'),
      gcp: t('No organisation policy constraint for labels', 'ラベルに関する組織のポリシーの制約はありません'),
      azure: t('Azure Policy "Require a tag on resources" or "Require a tag on resource groups"', 'Azure Policy「リソースでタグを必須にする」または「リソース グループでタグを必須にする」'),
    },
  },
];

export const INTENT_IDS = GUARDRAIL_INTENTS.map((i) => i.id);

export function intentById(id: string): GuardrailIntent | undefined {
  return GUARDRAIL_INTENTS.find((i) => i.id === id);
}
