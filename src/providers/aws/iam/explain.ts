/**
 * The engine's reasons, in English and Japanese: one function per situation, so every text a
 * user can see lives here and the evaluator only decides which one applies.
 */
import type { LocalizedText } from '../../../model/types.js';
import type { PolicyLayer, StatementRef } from './types.js';

const LAYER: Record<PolicyLayer, LocalizedText> = {
  scp: { en: 'SCPs', ja: 'SCP' },
  rcp: { en: 'RCPs', ja: 'RCP' },
  resource: { en: 'the resource-based policy', ja: 'リソースベースのポリシー' },
  identity: { en: 'the identity-based policies', ja: 'アイデンティティベースのポリシー' },
  boundary: { en: 'the permissions boundary', ja: 'アクセス許可の境界' },
  session: { en: 'the session policies', ja: 'セッションポリシー' },
};

const ref = (s: StatementRef) => `${s.policy}${s.target ? ` @ ${s.target}` : ''} (${s.statement})`;
const refs = (list: readonly StatementRef[]) => list.slice(0, 3).map(ref).join(', ') + (list.length > 3 ? ` (+${list.length - 3})` : '');

export const reasons = {
  // ------------------------------------------------------------ layer outcomes
  explicitDeny: (layer: PolicyLayer, denies: readonly StatementRef[]): LocalizedText => ({
    en: `Explicit Deny in ${LAYER[layer].en}: ${refs(denies)}.`,
    ja: `${LAYER[layer].ja}の Deny ステートメントが明示的に拒否しています: ${refs(denies)}。`,
  }),
  allows: (layer: PolicyLayer, allows: readonly StatementRef[]): LocalizedText => ({
    en: `Allowed by ${LAYER[layer].en}: ${refs(allows)}.`,
    ja: `${LAYER[layer].ja}が許可しています: ${refs(allows)}。`,
  }),
  noAllow: (layer: PolicyLayer): LocalizedText => ({
    en: `No statement of ${LAYER[layer].en} allows the request (implicit deny).`,
    ja: `${LAYER[layer].ja}にリクエストを許可するステートメントがありません（暗黙的な拒否）。`,
  }),
  absent: (layer: PolicyLayer): LocalizedText => ({
    en: `No ${LAYER[layer].en.replace(/^the /, '')} apply to this request.`,
    ja: `このリクエストに適用される${LAYER[layer].ja}はありません。`,
  }),
  scpMissingLevel: (target: string): LocalizedText => ({
    en: `No SCP attached at ${target} allows the request: every level of the path from the root to the account must allow it.`,
    ja: `${target} にアタッチされた SCP のいずれもリクエストを許可していません。ルートからアカウントまでのパスのすべての階層で許可が必要です。`,
  }),
  scpAllLevels: (levels: number): LocalizedText => ({
    en: `An SCP allows the request at each of the ${levels} level(s) of the principal account's path.`,
    ja: `プリンシパルのアカウントのパス上の ${levels} 階層すべてで SCP が許可しています。`,
  }),
  scpManagement: (): LocalizedText => ({
    en: "SCPs do not restrict the management account's principals.",
    ja: 'SCP は管理アカウントのプリンシパルを制限しません。',
  }),
  scpServiceLinked: (): LocalizedText => ({
    en: 'SCPs do not restrict service-linked roles.',
    ja: 'SCP はサービスリンクロールを制限しません。',
  }),
  scpNotIam: (): LocalizedText => ({
    en: 'SCPs restrict only the IAM users, roles and root user of member accounts; this caller is none of them.',
    ja: 'SCP が制限するのはメンバーアカウントの IAM ユーザー・ロール・ルートユーザーのみで、この呼び出し元は該当しません。',
  }),
  rcpFullAccess: (levels: number): LocalizedText => ({
    en: `No RCP denies the request; RCPFullAWSAccess allows it at each of the ${levels} level(s) of the resource account's path.`,
    ja: `リクエストを拒否する RCP はなく、リソースのアカウントのパス上の ${levels} 階層すべてで RCPFullAWSAccess が許可しています。`,
  }),
  rcpManagement: (): LocalizedText => ({
    en: "RCPs do not restrict the management account's resources.",
    ja: 'RCP は管理アカウントのリソースを制限しません。',
  }),
  rcpServiceLinked: (): LocalizedText => ({
    en: 'RCPs do not restrict service-linked roles.',
    ja: 'RCP はサービスリンクロールを制限しません。',
  }),
  rcpUnsupported: (service: string): LocalizedText => ({
    en: `The service "${service}" does not support RCPs, so they do not apply.`,
    ja: `サービス「${service}」は RCP に対応していないため、RCP は適用されません。`,
  }),
  rootIdentity: (): LocalizedText => ({
    en: 'The root user has full access within its own account; identity-based policies do not apply to it.',
    ja: 'ルートユーザーは自身のアカウント内で完全なアクセス権を持ち、アイデンティティベースのポリシーは適用されません。',
  }),
  notIamPrincipal: (layer: PolicyLayer): LocalizedText => ({
    en: `The caller is not an IAM principal, so ${LAYER[layer].en} do not apply; only a resource-based policy can allow it.`,
    ja: `呼び出し元は IAM プリンシパルではないため${LAYER[layer].ja}は適用されず、許可できるのはリソースベースのポリシーのみです。`,
  }),
  sessionNotSession: (): LocalizedText => ({
    en: 'Session policies apply only to role sessions and federated user sessions.',
    ja: 'セッションポリシーが適用されるのはロールセッションとフェデレーションユーザーセッションのみです。',
  }),
  federatedWithoutSessionPolicy: (): LocalizedText => ({
    en: 'A federated user session created without a session policy has no permissions of its own.',
    ja: 'セッションポリシーなしで作成されたフェデレーションユーザーセッションには、それ自体の権限がありません。',
  }),
  resourceAccountOnly: (allows: readonly StatementRef[]): LocalizedText => ({
    en: `The resource-based policy names the caller's account (${refs(allows)}), which delegates the decision to that account's identity-based policies.`,
    ja: `リソースベースのポリシーは呼び出し元のアカウントを指定しており（${refs(allows)}）、判断はそのアカウントのアイデンティティベースのポリシーに委ねられます。`,
  }),
  resourceAbsent: (): LocalizedText => ({
    en: 'No resource-based policy was given for this resource.',
    ja: 'このリソースのリソースベースのポリシーは指定されていません。',
  }),

  // ------------------------------------------------------------ decisions
  decisionExplicitDeny: (denies: readonly StatementRef[]): LocalizedText => ({
    en: `Denied: an explicit Deny applies (${refs(denies)}); an explicit deny overrides every allow.`,
    ja: `拒否: 明示的な Deny が適用されます（${refs(denies)}）。明示的な拒否はすべての許可に優先します。`,
  }),
  decisionScpImplicit: (target: string): LocalizedText => ({
    en: `Denied: no SCP at ${target} allows the request, so the organisation's guardrail blocks it.`,
    ja: `拒否: ${target} の SCP が許可していないため、組織のガードレールによりブロックされます。`,
  }),
  decisionResourceDirect: (allows: readonly StatementRef[]): LocalizedText => ({
    en: `Allowed: within one account, the resource-based policy grants the caller directly (${refs(allows)}); an implicit deny in identity policies, boundary or session policies does not limit it.`,
    ja: `許可: 同一アカウント内で、リソースベースのポリシーが呼び出し元に直接許可を与えています（${refs(allows)}）。アイデンティティポリシー・境界・セッションポリシーの暗黙的な拒否はこれを制限しません。`,
  }),
  decisionSameAccount: (allows: readonly StatementRef[]): LocalizedText => ({
    en: `Allowed: within one account, ${refs(allows)} allows the request and the boundary and session policies (where present) allow it too.`,
    ja: `許可: 同一アカウント内で ${refs(allows)} がリクエストを許可しており、境界とセッションポリシー（ある場合）も許可しています。`,
  }),
  decisionCrossAccount: (allows: readonly StatementRef[]): LocalizedText => ({
    en: `Allowed: across accounts both sides allow the request (${refs(allows)}).`,
    ja: `許可: クロスアカウントのリクエストで、双方のポリシーが許可しています（${refs(allows)}）。`,
  }),
  decisionPublic: (allows: readonly StatementRef[]): LocalizedText => ({
    en: `Allowed: the caller is not an IAM principal of an account and the resource-based policy grants it (${refs(allows)}).`,
    ja: `許可: 呼び出し元はアカウントの IAM プリンシパルではなく、リソースベースのポリシーが許可を与えています（${refs(allows)}）。`,
  }),
  decisionNotIamDenied: (): LocalizedText => ({
    en: 'Denied: the caller is not an IAM principal of an account, and no resource-based policy statement grants it (implicit deny).',
    ja: '拒否: 呼び出し元はアカウントの IAM プリンシパルではなく、許可を与えるリソースベースのポリシーのステートメントもありません（暗黙的な拒否）。',
  }),
  decisionStrictResource: (kind: 'kms' | 'trust'): LocalizedText =>
    kind === 'kms'
      ? {
          en: 'Denied: a KMS key policy must allow the caller (or its account, delegating to identity policies); an identity-based policy alone is not enough.',
          ja: '拒否: KMS キーポリシーが呼び出し元（またはアイデンティティポリシーに委任するアカウント）を許可している必要があり、アイデンティティベースのポリシーだけでは不十分です。',
        }
      : {
          en: "Denied: the role's trust policy must allow the caller (or its account, delegating to identity policies); an identity-based policy alone is not enough.",
          ja: '拒否: ロールの信頼ポリシーが呼び出し元（またはアイデンティティポリシーに委任するアカウント）を許可している必要があり、アイデンティティベースのポリシーだけでは不十分です。',
        },
  decisionCrossAccountResourceMissing: (): LocalizedText => ({
    en: "Denied: across accounts the resource-based policy must allow the caller or its account, and it does not (implicit deny).",
    ja: '拒否: クロスアカウントのリクエストではリソースベースのポリシーが呼び出し元またはそのアカウントを許可している必要がありますが、許可していません（暗黙的な拒否）。',
  }),
  decisionIdentitySideMissing: (layer: PolicyLayer, crossAccount: boolean): LocalizedText => ({
    en: crossAccount
      ? `Denied: across accounts the caller's own side must allow too, and ${LAYER[layer].en} do(es) not (implicit deny).`
      : `Denied: ${LAYER[layer].en} do(es) not allow the request and no resource-based policy grants the caller directly (implicit deny).`,
    ja: crossAccount
      ? `拒否: クロスアカウントのリクエストでは呼び出し元側でも許可が必要ですが、${LAYER[layer].ja}が許可していません（暗黙的な拒否）。`
      : `拒否: ${LAYER[layer].ja}が許可しておらず、呼び出し元に直接許可を与えるリソースベースのポリシーもありません（暗黙的な拒否）。`,
  }),
};
