/**
 * The cross-cloud guardrail intents (src/guardrails/intents.ts) on AWS: each intent is one or more
 * guardrails of mamori's AWS catalogue (./catalogue.ts), audited per account by probing the
 * account's real SCP / RCP path and effective declarative policy (./audit.ts). In place: `enforced`;
 * partly in place (some probes pass through, or one of two guardrails): `partial`. AWS has no
 * audit-only mode for SCPs, RCPs or declarative policies. Pure: no I/O.
 */
import type { GuardrailInput, IntentCheck, IntentStatus, ScopeGuardrails } from '../../../guardrails/intents.js';
import type { LocalizedText } from '../../../model/types.js';
import { auditGuardrails, type GuardrailCheck } from './audit.js';

/** The catalogue guardrails that implement each intent; empty: not evaluated on AWS (the reason says why). */
export const AWS_INTENT_GUARDRAILS: Readonly<Record<string, readonly string[]>> = {
  'restrict-locations': ['scp-region-restriction'],
  'restrict-services': [],
  'block-public-storage': ['rcp-organization-only-access', 'declarative-snapshot-block-public-access'],
  'protect-audit-logging': ['scp-protect-security-services'],
  'threat-detection-on': ['scp-protect-security-services'],
  'deny-long-lived-keys': ['centralized-root-access'],
  'enforce-encryption': ['scp-protect-ebs-encryption'],
  'enforce-secure-transport': ['rcp-enforce-secure-transport'],
  'restrict-public-ips': ['declarative-vpc-block-public-access'],
  'require-mfa-admins': ['scp-deny-root-user'],
  'require-tags': [],
};

const NOT_EVALUATED: Record<string, LocalizedText> = {
  'restrict-services': {
    en: 'Service allow-list SCPs are not evaluated by mamori yet: check the SCPs attached above this account by hand.',
    ja: 'サービスを許可リストで制限する SCP は、mamori ではまだ評価していません。このアカウントの上位にアタッチされた SCP を手動で確認してください。',
  },
  'require-tags': {
    en: 'Tag policies are not collected by mamori yet: check the tag policies and their enforcement in AWS Organizations.',
    ja: 'タグポリシーは mamori ではまだ収集していません。AWS Organizations のタグポリシーとその強制設定を確認してください。',
  },
};

const FROM_AUDIT: Record<GuardrailCheck['status'], IntentStatus> = { 'in-place': 'enforced', partial: 'partial', missing: 'missing', unknown: 'unknown', 'not-applicable': 'not-applicable' };

/** Per account of the snapshot, every guardrail intent's status from the organisation's policies. */
export function awsGuardrails({ resources, scopes }: GuardrailInput): ScopeGuardrails[] {
  const audit = auditGuardrails(resources);
  return scopes.map((account) => {
    const byId = new Map(audit.account(account).checks.map((c) => [c.id, c]));
    const checks: IntentCheck[] = Object.entries(AWS_INTENT_GUARDRAILS).map(([intent, ids]) => {
      if (!ids.length) return { intent, status: 'unknown', reason: NOT_EVALUATED[intent], controls: [] };
      const found = ids.map((id) => byId.get(id)).filter((c): c is GuardrailCheck => !!c);
      const statuses = found.map((c) => FROM_AUDIT[c.status]);
      const controls = [...new Set(found.flatMap((c) => c.providedBy.map((p) => `${p.policy} @ ${p.targetName ?? p.target}`)))];
      const reason = (pick: GuardrailCheck | undefined): LocalizedText => pick?.reason ?? { en: 'Not audited.', ja: '監査されていません。' };
      let status: IntentStatus;
      if (statuses.length && statuses.every((s) => s === 'enforced')) status = 'enforced';
      else if (statuses.length && statuses.every((s) => s === 'not-applicable')) status = 'not-applicable';
      else if (statuses.some((s) => s === 'enforced' || s === 'partial')) status = 'partial';
      else if (statuses.some((s) => s === 'unknown')) status = 'unknown';
      else status = 'missing';
      // The reason of the guardrail that limits the intent (the first one not in place), else the first.
      const limiting = found.find((c) => FROM_AUDIT[c.status] !== 'enforced') ?? found[0];
      return { intent, status, reason: reason(limiting), controls };
    });
    return { provider: 'aws' as const, scope: account, checks };
  });
}
