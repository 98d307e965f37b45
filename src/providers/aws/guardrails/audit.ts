/**
 * The guardrail audit: for each account, which of the catalogue's guardrails are in place, which
 * policy on which level of the organisation provides each, and which are missing.
 *
 * SCP and RCP guardrails are decided by running their probes through the policy evaluation engine
 * with the account's real SCP / RCP path (organizationAccounts() in ../iam/snapshot.ts), so any
 * policy that denies the probe counts, whatever its name or wording; a probe counts only when the
 * denying statement spares the probe's compliant neighbour (a quarantine "deny everything" SCP is
 * not a region restriction). Declarative guardrails are decided on the account's effective EC2
 * declarative policy (declarative.ts). Centralised root access is read from the organization's
 * rootAccessFeatures (iam:ListOrganizationsFeatures).
 *
 * Statuses never claim more than the snapshot shows: "in-place" needs a deny (or an effective
 * value) seen; "missing" needs every policy on the path to have been read; anything else is
 * "unknown", with the reason.
 */
import type { LocalizedText, Resource } from '../../../model/types.js';
import { compilePolicySet, type CompiledPolicySet, type EvaluationRequest, type NamedPolicy, type StatementRef } from '../iam/index.js';
import { organizationAccounts, type AccountModel } from '../iam/snapshot.js';
import {
  MEMBERSHIP_TYPE,
  ORGANIZATION_TYPE,
  ORG_POLICY_TYPE,
  ORG_ROOT_TYPE,
  ORG_UNIT_TYPE,
  ROOT_ACCESS_FEATURES,
  type MembershipConfig,
  type OrganizationConfig,
  type OrgPolicyConfig,
  type OrgRootConfig,
  type OrgUnitConfig,
} from '../model/organizations.js';
import {
  DEFAULT_PARAMS,
  GUARDRAILS,
  type AuthorizationGuardrail,
  type DeclarativeGuardrail,
  type Guardrail,
  type GuardrailFamily,
  type GuardrailParams,
  type GuardrailProbe,
  type ProbeTarget,
} from './catalogue.js';
import { effectiveAttribute, type DeclarativeLevel } from './declarative.js';

export type GuardrailStatus = 'in-place' | 'partial' | 'missing' | 'unknown' | 'not-applicable';

/** A policy attached at a level of the organisation that provides (part of) a guardrail. */
export interface GuardrailProvider {
  policy: string;
  /** r-…, ou-… or an account id. */
  target: string;
  /** The OU's or account's name; "Root" for the root. Null when not in the snapshot. */
  targetName: string | null;
  /** The statement (SCP/RCP) or the attribute value (declarative). */
  detail: string;
}

export interface GuardrailCheck {
  id: string;
  family: GuardrailFamily;
  status: GuardrailStatus;
  reason: LocalizedText;
  providedBy: GuardrailProvider[];
  /** What the account's policies do not stop (probes that went through). */
  gaps: LocalizedText[];
}

export interface AccountGuardrails {
  account: string;
  organizationId: string | null;
  isManagement: boolean;
  /** The parameters to render the catalogue's policies with for this account (its organisation id). */
  params: GuardrailParams;
  checks: GuardrailCheck[];
}

export interface GuardrailAudit {
  /** The audit of one account (computed once, then cached). */
  account(id: string): AccountGuardrails;
}

const DECLARATIVE_TYPE = 'DECLARATIVE_POLICY_EC2';

/** The identity side of every probe: an administrator, so only organisation policies can stop it. */
const PROBE_ADMIN: NamedPolicy = { name: 'probe-administrator', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } };

const text = (en: string, ja: string): LocalizedText => ({ en, ja });

/** Builds the audit over a snapshot's resources; only organisation resources are read. */
export function auditGuardrails(resources: Iterable<Resource>, guardrails: readonly Guardrail[] = GUARDRAILS): GuardrailAudit {
  const org = new OrgView(resources);
  const accountModel = organizationAccounts(org.resources);
  const cache = new Map<string, AccountGuardrails>();
  return {
    account(id) {
      let a = cache.get(id);
      if (!a) {
        a = auditAccount(id, accountModel(id), org, guardrails);
        cache.set(id, a);
      }
      return a;
    },
  };
}

function auditAccount(id: string, model: AccountModel, org: OrgView, guardrails: readonly Guardrail[]): AccountGuardrails {
  const target: ProbeTarget = { account: id, partition: org.partition, organizationId: model.organizationId, orgPath: model.orgPath };
  const sets: Partial<Record<'scp' | 'rcp', CompiledPolicySet>> = {};
  const setFor = (kind: 'scp' | 'rcp') =>
    (sets[kind] ??= compilePolicySet(kind === 'scp' ? { identity: [PROBE_ADMIN], scps: model.scps } : { identity: [PROBE_ADMIN], rcps: model.rcps }));
  const declarative = org.declarativeLevels(id, model);
  const checks = guardrails.map((g): GuardrailCheck => {
    if (g.kind === 'scp' || g.kind === 'rcp') return authorizationCheck(g, model, target, org, setFor);
    if (g.kind === 'declarative') return declarativeCheck(g, declarative, org);
    return rootAccessCheck(g, model, org);
  });
  return {
    account: id,
    organizationId: model.organizationId,
    isManagement: model.isManagement,
    params: { ...DEFAULT_PARAMS, organizationId: model.organizationId ?? DEFAULT_PARAMS.organizationId },
    checks,
  };
}

const check = (g: Guardrail, status: GuardrailStatus, reason: LocalizedText, providedBy: GuardrailProvider[] = [], gaps: LocalizedText[] = []): GuardrailCheck => ({
  id: g.id,
  family: g.family,
  status,
  reason,
  providedBy,
  gaps,
});

const orgUnknownReason = (model: AccountModel) => {
  const r = model.incomplete.find((i) => i.code === 'org-policies-unknown');
  return r ? r.message : text('The organisation policies of this account are not in the snapshot.', 'このアカウントの組織ポリシーはスナップショットにありません。');
};

// ---------------------------------------------------------------- SCPs and RCPs

const key = (s: StatementRef) => `${s.target ?? ''}\u0000${s.policy}\u0000${s.statement}`;

function authorizationCheck(
  g: AuthorizationGuardrail,
  model: AccountModel,
  target: ProbeTarget,
  org: OrgView,
  setFor: (kind: 'scp' | 'rcp') => CompiledPolicySet,
): GuardrailCheck {
  const kind = g.kind;
  const KIND = kind.toUpperCase();
  if (model.isManagement) {
    return check(g, 'not-applicable', text(`${KIND}s never restrict the management account; keep workloads out of it.`, `${KIND} は管理アカウントには適用されません。管理アカウントではワークロードを運用しないでください。`));
  }
  const levels = kind === 'scp' ? model.scps : model.rcps;
  const incomplete = model.incomplete.some((i) => i.code === 'org-policies-unknown');
  if (!levels) {
    if (incomplete) return check(g, 'unknown', orgUnknownReason(model));
    if (!model.organizationId) return check(g, 'missing', text(`The account is in no organisation, so no ${KIND} can protect it.`, `このアカウントは組織に属していないため、${KIND} で保護できません。`));
    return check(g, 'missing', text(`${KIND}s are not enabled in the organisation.`, `組織で ${KIND} が有効になっていません。`));
  }

  const set = setFor(kind);
  const denies = (req: EvaluationRequest): Map<string, StatementRef> => {
    const out = new Map<string, StatementRef>();
    const layer = set.evaluate(req).layers.find((l) => l.layer === kind);
    if (layer?.outcome === 'deny') for (const s of layer.statements) if (s.effect === 'Deny') out.set(key(s), s);
    return out;
  };
  const providers = new Map<string, StatementRef>();
  const gaps: LocalizedText[] = [];
  const probes = g.probes(target);
  let held = 0;
  for (const probe of probes) {
    const found = probeProviders(probe, denies);
    if (found.length) {
      held++;
      for (const s of found) providers.set(key(s), s);
    } else gaps.push(probe.what);
  }
  const providedBy = [...providers.values()].map((s) => ({ policy: s.policy, target: s.target ?? '', targetName: org.targetName(s.target ?? ''), detail: s.statement }));
  const where = providedBy.map((p) => `${p.policy} @ ${p.targetName ?? p.target}`);
  const uniq = [...new Set(where)].join(', ');
  if (held === probes.length) {
    return check(g, 'in-place', text(`In place: ${uniq} denies every probe.`, `適用済み: ${uniq} がすべてのプローブを拒否します。`), providedBy);
  }
  const gapList = { en: gaps.map((x) => x.en).join('; '), ja: gaps.map((x) => x.ja).join('、') };
  if (incomplete) {
    return check(g, 'unknown', text(`Not shown to be in place (${gapList.en} went through) and some organisation policies could not be read: ${orgUnknownReason(model).en}`, `適用を確認できません（${gapList.ja}が拒否されません）。一部の組織ポリシーを読み取れませんでした: ${orgUnknownReason(model).ja}`), providedBy, gaps);
  }
  if (held > 0) {
    return check(g, 'partial', text(`Partly in place (${uniq}); not denied: ${gapList.en}.`, `一部のみ適用（${uniq}）。拒否されないもの: ${gapList.ja}。`), providedBy, gaps);
  }
  return check(g, 'missing', text(`Missing: no ${KIND} on the account's path denies ${gapList.en}.`, `未適用: アカウントのパス上のどの ${KIND} も${gapList.ja}を拒否しません。`), [], gaps);
}

/** The deny statements that make the probe hold (empty: it does not). */
function probeProviders(probe: GuardrailProbe, denies: (r: EvaluationRequest) => Map<string, StatementRef>): StatementRef[] {
  if (probe.variants) {
    // A statement that denies some variants but not all discriminates on what the variants vary in.
    const sets = probe.variants.map(denies);
    const all = new Map<string, StatementRef>();
    for (const s of sets) for (const [k, v] of s) all.set(k, v);
    return [...all].filter(([k]) => sets.some((s) => !s.has(k))).map(([, v]) => v);
  }
  const denied = denies(probe.request);
  if (!denied.size) return [];
  const spared = probe.compliant ? denies(probe.compliant) : new Map<string, StatementRef>();
  return [...denied].filter(([k]) => !spared.has(k)).map(([, v]) => v);
}

// ---------------------------------------------------------------- declarative policies

type DeclarativeState = { kind: 'levels'; levels: DeclarativeLevel[]; unreadable: string[] } | { kind: 'missing'; reason: LocalizedText } | { kind: 'unknown'; reason: LocalizedText };

function declarativeCheck(g: DeclarativeGuardrail, state: DeclarativeState, org: OrgView): GuardrailCheck {
  if (state.kind !== 'levels') return check(g, state.kind, state.reason);
  const eff = effectiveAttribute(state.levels, g.attribute);
  const attr = g.attribute.join('.');
  if (eff && g.accepted.includes(String(eff.value))) {
    const provider = { policy: eff.policy, target: eff.target, targetName: org.targetName(eff.target), detail: `${attr} = ${String(eff.value)}` };
    return check(g, 'in-place', text(`In place: ${eff.policy} @ ${provider.targetName ?? eff.target} sets ${attr} to ${String(eff.value)}.`, `適用済み: ${provider.targetName ?? eff.target} の ${eff.policy} が ${attr} を ${String(eff.value)} に設定しています。`), [provider]);
  }
  if (state.unreadable.length) {
    return check(g, 'unknown', text(`The content of declarative policies ${state.unreadable.join(', ')} could not be read.`, `宣言型ポリシー ${state.unreadable.join(', ')} の内容を読み取れませんでした。`));
  }
  if (eff) {
    return check(g, 'missing', text(`The effective declarative policy sets ${attr} to ${String(eff.value)} (${eff.policy}); expected ${g.accepted.join(' or ')}.`, `有効な宣言型ポリシーは ${attr} を ${String(eff.value)} に設定しています（${eff.policy}）。期待値は ${g.accepted.join(' または ')} です。`), [], [g.probe.what]);
  }
  return check(g, 'missing', text(`No declarative policy on the account's path sets ${attr}.`, `アカウントのパス上のどの宣言型ポリシーも ${attr} を設定していません。`), [], [g.probe.what]);
}

// ---------------------------------------------------------------- centralised root access

/** What stays possible while a feature is off (a check's gaps). */
const ROOT_FEATURE_GAPS: Record<(typeof ROOT_ACCESS_FEATURES)[number], LocalizedText> = {
  RootCredentialsManagement: text(
    'long-lived root passwords, access keys and MFA devices in member accounts, which cannot be removed or audited centrally (and new accounts get them too)',
    'メンバーアカウントに残る長期的なルートのパスワード・アクセスキー・MFA デバイス（一元的に削除・監査できず、新しいアカウントにも作成されます）',
  ),
  RootSessions: text(
    'root-only tasks (unlocking a bucket or queue policy that denies everyone) that need each member account\'s own root credentials',
    '各メンバーアカウント自身のルート認証情報が必要なルート専用の作業（全員を拒否するバケットポリシーやキューポリシーの解除など）',
  ),
};

/**
 * Centralised root access is one setting of the whole organisation (IAM User Guide › Centrally
 * manage root access for member accounts): both features on is in place, one is partial. It says
 * what the organisation can do, not that every member's root credentials are already gone.
 */
function rootAccessCheck(g: Guardrail, model: AccountModel, org: OrgView): GuardrailCheck {
  if (model.isManagement) return check(g, 'not-applicable', text('Centralised root access governs member accounts; the management account keeps its own root user.', 'ルートアクセスの一元管理はメンバーアカウントが対象です。管理アカウントのルートユーザーは対象外です。'));
  if (!model.organizationId && !model.incomplete.length) return check(g, 'missing', text('The account is in no organisation, so its root access cannot be managed centrally.', 'このアカウントは組織に属していないため、ルートアクセスを一元管理できません。'));
  const o = model.organizationId ? org.organization(model.organizationId) : undefined;
  if (!o) {
    return check(g, 'unknown', text(
      `The organisation${model.organizationId ? ` ${model.organizationId}` : ''} is not in the snapshot: scan its management account (or IAM's delegated administrator) to read centralised root access.`,
      `組織${model.organizationId ? ` ${model.organizationId}` : ''}がスナップショットにありません。ルートアクセスの一元管理の設定を読み取るには、管理アカウント（または IAM の委任管理者）をスキャンしてください。`,
    ));
  }
  const features = o.config.rootAccessFeatures;
  if (features === undefined) {
    const code = o.errors?.rootAccessFeatures;
    if (code === 'NotIamAdministrator') {
      return check(g, 'unknown', text(
        'The organisation was read by an Organizations delegated administrator that is neither the management account nor IAM\'s delegated administrator, so iam:ListOrganizationsFeatures could not be answered: scan the management account.',
        '組織は、管理アカウントでも IAM の委任管理者でもない Organizations の委任管理者から読み取られたため、iam:ListOrganizationsFeatures の結果を取得できませんでした。管理アカウントをスキャンしてください。',
      ));
    }
    if (code) return check(g, 'unknown', text(`Centralised root access could not be read (iam:ListOrganizationsFeatures: ${code}).`, `ルートアクセスの一元管理の設定を読み取れませんでした（iam:ListOrganizationsFeatures: ${code}）。`));
    return check(g, 'unknown', text('Centralised root access is not in the snapshot (collected before mamori read iam:ListOrganizationsFeatures): collect again.', 'ルートアクセスの一元管理の設定がスナップショットにありません（iam:ListOrganizationsFeatures を読み取る前の収集です）。再収集してください。'));
  }
  const allGaps = ROOT_ACCESS_FEATURES.map((f) => ROOT_FEATURE_GAPS[f]);
  if (features === null) {
    return check(g, 'missing', text(
      'Missing: trusted access for IAM is not enabled in AWS Organizations (or the organisation lacks all features), so no centralised root access feature is on.',
      '未適用: AWS Organizations で IAM の信頼されたアクセスが有効になっていない（または組織ですべての機能が有効になっていない）ため、ルートアクセスの一元管理の機能はどれも有効ではありません。',
    ), [], allGaps);
  }
  const on = ROOT_ACCESS_FEATURES.filter((f) => features.includes(f));
  const off = ROOT_ACCESS_FEATURES.filter((f) => !features.includes(f));
  if (!on.length) {
    return check(g, 'missing', text(
      'Missing: neither root credentials management nor privileged root sessions is enabled for the organisation.',
      '未適用: 組織でルート認証情報の管理も特権ルートセッションも有効になっていません。',
    ), [], allGaps);
  }
  const rootId = o.config.rootIds?.[0] ?? o.config.id;
  const providedBy: GuardrailProvider[] = [{ policy: 'IAM centralised root access', target: rootId, targetName: org.targetName(rootId), detail: on.join(', ') }];
  if (!off.length) {
    return check(g, 'in-place', text(
      `In place: the organisation ${o.config.id} has ${on.join(' and ')} enabled for its member accounts (root credentials that existing accounts still have are removed through sts:AssumeRoot).`,
      `適用済み: 組織 ${o.config.id} でメンバーアカウントに対して ${on.join(' と ')} が有効です（既存アカウントに残るルート認証情報は sts:AssumeRoot 経由で削除します）。`,
    ), providedBy);
  }
  return check(g, 'partial', text(
    `Partly in place: ${on.join(', ')} enabled; ${off.join(', ')} not enabled.`,
    `一部のみ適用: ${on.join('、')} は有効ですが、${off.join('、')} は有効になっていません。`,
  ), providedBy, off.map((f) => ROOT_FEATURE_GAPS[f]));
}

// ---------------------------------------------------------------- the organisation as the snapshot shows it

class OrgView {
  readonly resources: Resource[] = [];
  readonly partition: string;
  private readonly names = new Map<string, string>();
  private readonly orgs: OrganizationConfig[] = [];
  private readonly orgById = new Map<string, { config: OrganizationConfig; errors?: Record<string, string> }>();
  private readonly memberships = new Map<string, MembershipConfig>();
  private readonly declarative = new Map<string, { ref: { name: string; arn: string; content: unknown } }[]>();
  private readonly declarativeTargetsUnknown: boolean;
  private readonly rootTypes: { type: string; status: string }[] | undefined;

  constructor(all: Iterable<Resource>) {
    let partition = 'aws';
    let targetsUnknown = false;
    const roots: OrgRootConfig[] = [];
    for (const r of all) {
      if (r.provider !== 'aws') continue;
      switch (r.type) {
        case ORGANIZATION_TYPE: {
          const c = r.config as unknown as OrganizationConfig;
          this.orgs.push(c);
          if (c.id && !this.orgById.has(c.id)) this.orgById.set(c.id, { config: c, errors: r.errors });
          partition = r.uid.split(':')[1] || partition;
          for (const a of c.accounts ?? []) if (a.name) this.names.set(a.id, a.name);
          break;
        }
        case ORG_UNIT_TYPE: {
          const c = r.config as unknown as OrgUnitConfig;
          if (c.id && c.name) this.names.set(c.id, c.name);
          break;
        }
        case ORG_ROOT_TYPE: {
          const c = r.config as unknown as OrgRootConfig;
          roots.push(c);
          if (c.id) this.names.set(c.id, c.name || 'Root');
          break;
        }
        case MEMBERSHIP_TYPE:
          this.memberships.set(r.account, r.config as MembershipConfig);
          break;
        case ORG_POLICY_TYPE: {
          const c = r.config as unknown as OrgPolicyConfig;
          if (c.type === DECLARATIVE_TYPE) {
            if (c.targets === undefined) targetsUnknown = true;
            const content = typeof c.content === 'string' ? safeParse(c.content) : r.errors?.content ? undefined : c.content;
            for (const t of c.targets ?? []) {
              const list = this.declarative.get(t.targetId) ?? [];
              list.push({ ref: { name: c.name || c.id, arn: r.uid, content } });
              this.declarative.set(t.targetId, list);
            }
          }
          break;
        }
        default:
          continue;
      }
      this.resources.push(r);
    }
    this.partition = partition;
    this.declarativeTargetsUnknown = targetsUnknown;
    for (const o of this.orgs) for (const id of o.rootIds ?? []) if (!this.names.has(id)) this.names.set(id, 'Root');
    this.rootTypes = this.orgs.find((o) => o.rootPolicyTypes)?.rootPolicyTypes ?? roots.find((r) => r.policyTypes)?.policyTypes;
  }

  /** The organisation's own resource (its config and what could not be read), when the snapshot has it. */
  organization(id: string): { config: OrganizationConfig; errors?: Record<string, string> } | undefined {
    return this.orgById.get(id);
  }

  targetName(id: string): string | null {
    return this.names.get(id) ?? (id.startsWith('r-') ? 'Root' : null);
  }

  declarativeLevels(account: string, model: AccountModel): DeclarativeState {
    const membership = this.memberships.get(account);
    const entry = this.orgs.flatMap((o) => o.accounts ?? []).find((a) => a.id === account);
    if (!entry) {
      if (membership?.inOrganization === false) return { kind: 'missing', reason: text('The account is in no organisation, so no declarative policy can apply to it.', 'このアカウントは組織に属していないため、宣言型ポリシーを適用できません。') };
      return { kind: 'unknown', reason: orgUnknownReason(model) };
    }
    if (!this.rootTypes) return { kind: 'unknown', reason: text('The enabled policy types of the organisation are unknown.', '組織で有効なポリシータイプが不明です。') };
    if (!this.rootTypes.some((t) => t.type === DECLARATIVE_TYPE && t.status === 'ENABLED')) {
      return { kind: 'missing', reason: text('EC2 declarative policies are not enabled in the organisation.', '組織で EC2 の宣言型ポリシーが有効になっていません。') };
    }
    if (!entry.path?.length) return { kind: 'unknown', reason: text('The OU path of the account is not in the snapshot.', 'アカウントの OU パスがスナップショットにありません。') };
    if (this.declarativeTargetsUnknown) return { kind: 'unknown', reason: text('The targets of some declarative policies were not collected.', '一部の宣言型ポリシーのアタッチ先を取得できませんでした。') };
    const unreadable: string[] = [];
    const levels = [...entry.path, account].map((target) => ({
      target,
      policies: (this.declarative.get(target) ?? []).map(({ ref }) => {
        if (ref.content === undefined) unreadable.push(ref.arn);
        return ref;
      }),
    }));
    return { kind: 'levels', levels, unreadable };
  }
}

function safeParse(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
}
