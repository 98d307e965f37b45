/**
 * Effective permissions after an assessment: who can do an action on a resource, what a principal
 * can do. Answered by the AWS policy engine over the authorisation model of a snapshot file, or of
 * what the last assessments stored in the hub (inventory documents of kind `authorization`).
 */
import { MamoriError, quoteForError } from '../model/errors.js';
import { readSnapshot } from '../model/snapshot.js';
import type { Resource } from '../model/types.js';
import { authorizationDocuments } from '../providers/inventory.js';
import type { WhatCanResult, WhoCanResult } from '../providers/aws/iam/access.js';
import { openHub, type HubOptions } from './hub.js';

export interface AuthorizationSource {
  /** A snapshot file; otherwise the hub. */
  snapshot?: string;
  store?: HubOptions;
}

/** The resources that decide who can do what, and where they came from (for the operator's note). */
export async function loadAuthorizationResources(source: AuthorizationSource): Promise<{ resources: Resource[]; from: string; accounts: string[] }> {
  if (source.snapshot) {
    const snapshot = await readSnapshot(source.snapshot);
    const byAccount = authorizationDocuments(snapshot);
    return { resources: [...byAccount.values()].flat(), from: `snapshot ${quoteForError(source.snapshot)}`, accounts: [...byAccount.keys()] };
  }
  const { store } = await openHub(source.store ?? {}, { readOnly: true });
  try {
    const docs = await store.inventoryDocuments('authorization');
    if (!docs.length) {
      throw new MamoriError('NO_INVENTORY', `the hub ${store.location} holds no assessed AWS account yet: run "mamori assess SNAPSHOT" (or "mamori demo"), or give --snapshot FILE`);
    }
    return { resources: docs.flatMap((d) => d.document as Resource[]), from: `hub ${store.location} (${docs.map((d) => `${d.account} as of ${d.collectedAt}`).join(', ')})`, accounts: docs.map((d) => d.account) };
  } finally {
    await store.close();
  }
}

/** `mamori iam who-can ACTION RESOURCE`. */
export async function runWhoCan(source: AuthorizationSource, action: string, resource: string): Promise<{ result: WhoCanResult; from: string }> {
  checkAction(action);
  const { resources, from } = await loadAuthorizationResources(source);
  const { buildAuthorizationModel } = await import('../providers/aws/iam/snapshot.js');
  const { whoCan } = await import('../providers/aws/iam/access.js');
  return { result: whoCan(buildAuthorizationModel(resources), action, resource), from };
}

/** `mamori iam what-can PRINCIPAL [--service s3]`. */
export async function runWhatCan(source: AuthorizationSource, principal: string, service?: string): Promise<{ result: WhatCanResult; from: string }> {
  const { resources, from } = await loadAuthorizationResources(source);
  const { buildAuthorizationModel } = await import('../providers/aws/iam/snapshot.js');
  const { whatCan } = await import('../providers/aws/iam/access.js');
  const model = buildAuthorizationModel(resources);
  // A user or role name is enough when it names one principal.
  let arn = principal;
  if (!model.principals.has(arn)) {
    const named = [...model.principals.values()].filter((p) => p.name === principal);
    if (named.length === 1) arn = named[0].arn;
    else if (named.length > 1) throw new MamoriError('AMBIGUOUS_PRINCIPAL', `${quoteForError(principal)} names ${named.length} principals (${named.map((p) => p.arn).join(', ')}): give the ARN`);
    else throw new MamoriError('UNKNOWN_PRINCIPAL', `${quoteForError(principal)} is not an IAM user or role of ${from}`);
  }
  return { result: await whatCan(model, arn, service ? { service } : {}), from };
}

function checkAction(action: string): void {
  if (!/^[A-Za-z0-9-]+:[A-Za-z0-9]+$/.test(action)) throw new MamoriError('BAD_OPTION', `${quoteForError(action)}: expected one action as service:Action, e.g. s3:PutObject`);
}

export interface LeastPrivilegeRequest {
  source: AuthorizationSource;
  principal: string;
  /** CloudTrail logs (files, folders, s3://) whose calls by the principal narrow service-level grants. */
  logs?: string[];
  /** Use older than this many days counts as no use (default 90). */
  days?: number;
  onNote?: (line: string) => void;
}

/**
 * `mamori iam least-privilege PRINCIPAL`: a tightened policy from the principal's last-accessed data
 * (collected with the snapshot) and, when given, the calls it made in CloudTrail.
 */
export async function runLeastPrivilege(request: LeastPrivilegeRequest) {
  const { resources, from } = await loadAuthorizationResources(request.source);
  const { buildAuthorizationModel } = await import('../providers/aws/iam/snapshot.js');
  const { suggestLeastPrivilege, iamActionOfEvent } = await import('../providers/aws/iam/least-privilege.js');
  const model = buildAuthorizationModel(resources);
  let arn = request.principal;
  if (!model.principals.has(arn)) {
    const named = [...model.principals.values()].filter((p) => p.name === arn);
    if (named.length !== 1) throw new MamoriError('UNKNOWN_PRINCIPAL', named.length ? `${quoteForError(arn)} names ${named.length} principals: give the ARN` : `${quoteForError(arn)} is not an IAM user or role of ${from}`);
    arn = named[0].arn;
  }
  const principal = model.principals.get(arn)!;
  const res = resources.find((r) => r.uid === arn);
  const lastAccessed = (res?.config as { lastAccessed?: unknown[] } | undefined)?.lastAccessed;
  if (!Array.isArray(lastAccessed)) {
    throw new MamoriError('NO_LAST_ACCESSED', `the last-accessed data of ${quoteForError(arn)} is not in ${from}: collect again with iam:GenerateServiceLastAccessedDetails and iam:GetServiceLastAccessedDetails allowed`);
  }
  const days = request.days ?? 90;
  const since = new Date(Date.now() - days * 86_400_000);
  let cloudTrailActions: { action: string; time: string }[] | undefined;
  if (request.logs?.length) {
    const { readEvents } = await import('../detect/read/index.js');
    cloudTrailActions = [];
    let issues = 0;
    // A role's calls come from its sessions (assumed-role ARNs); a user's carry its ARN.
    const mine = (actorArn: string | undefined) => {
      if (!actorArn) return false;
      if (principal.kind === 'user') return actorArn === arn;
      const m = /^arn:[^:]+:sts::(\d{12}):assumed-role\/([^/]+)\//.exec(actorArn);
      return !!m && m[1] === principal.account && m[2] === principal.name;
    };
    for await (const e of readEvents(request.logs, { onIssue: () => issues++ })) {
      if (e.source !== 'cloudtrail' || !e.api || e.api.errorCode || !mine(e.actor?.arn)) continue;
      const raw = e.raw as { eventSource?: string; eventName?: string };
      if (raw.eventSource && raw.eventName) cloudTrailActions.push({ action: iamActionOfEvent(raw.eventSource, raw.eventName), time: e.time });
    }
    if (issues) request.onNote?.(`${issues} unreadable log record(s) or file(s) skipped`);
  }
  const suggestion = await suggestLeastPrivilege(model, arn, { lastAccessed: lastAccessed as never, since, ...(cloudTrailActions ? { cloudTrailActions } : {}) });
  return { suggestion, from, cloudTrailCalls: cloudTrailActions?.length };
}

export interface GuardrailsRequest {
  source: AuthorizationSource;
  /** Only these accounts (default: every account the source knows). */
  accounts?: string[];
}

/**
 * `mamori iam guardrails`: per account, which recommended SCP / RCP / declarative guardrails are in
 * place (proven with the policy engine against the account's organisation path) and the account
 * security baseline checklist (from the posture rules' results: the snapshot assessed in memory, or
 * the hub's latest results).
 */
export async function runGuardrails(request: GuardrailsRequest) {
  const { resources, from, accounts: known } = await loadAuthorizationResources(request.source);
  const { auditGuardrails } = await import('../providers/aws/guardrails/audit.js');
  const { baselineChecklist, BASELINE_ITEMS } = await import('../providers/aws/guardrails/baseline.js');
  const { GUARDRAILS } = await import('../providers/aws/guardrails/catalogue.js');
  const ruleIds = BASELINE_ITEMS.map((i) => i.ruleId).filter((r): r is string => r !== null);
  const accounts = request.accounts?.length ? request.accounts : known;
  for (const a of accounts) if (!known.includes(a)) throw new MamoriError('UNKNOWN_ACCOUNT', `account ${quoteForError(a)} is not in ${from}`);
  let results: { ruleId: string; status: import('../model/rule.js').ResultStatus; resource: { account: string; uid: string } }[] = [];
  if (request.source.snapshot) {
    const { assessSnapshot } = await import('./posture.js');
    const snapshot = await readSnapshot(request.source.snapshot);
    const assessed = await assessSnapshot({ snapshot, selection: { ruleIds } });
    results = assessed.findings.map((f) => ({ ruleId: f.ruleId ?? '', status: f.complianceStatus ?? 'NOT_ASSESSED', resource: { account: f.account, uid: f.resourceUid } }));
  } else {
    const { store } = await openHub(request.source.store ?? {}, { readOnly: true });
    try {
      const found = await store.list({ rule: ruleIds, account: accounts }, { limit: 100_000 });
      results = found.map((f) => ({ ruleId: f.ruleId ?? '', status: f.complianceStatus ?? 'NOT_ASSESSED', resource: { account: f.account, uid: f.resourceUid } }));
    } finally {
      await store.close();
    }
  }
  const audit = auditGuardrails(resources);
  const baseline = new Map(baselineChecklist(results, accounts).map((b) => [b.account, b]));
  const perAccount = accounts.map((account) => ({ account, guardrails: audit.account(account), baseline: baseline.get(account) ?? { account, items: [] } }));
  return { from, guardrails: GUARDRAILS, accounts: perAccount, units: byOrganizationalUnit(resources, perAccount) };
}

/** One OU (or the root) of the organisation: its direct member accounts and, per guardrail, how many have it. */
export interface UnitGuardrails {
  id: string;
  name: string;
  accounts: string[];
  guardrails: { id: string; counts: Record<string, number> }[];
}

/** The guardrail audit summed per parent (root or OU) of the audited accounts, from the snapshot's organisation tree. */
function byOrganizationalUnit(resources: readonly Resource[], audited: { account: string; guardrails: { checks: { id: string; status: string }[] } }[]): UnitGuardrails[] {
  const parent = new Map<string, string>();
  const names = new Map<string, string>();
  for (const r of resources) {
    if (r.type === 'AWS::Organizations::Organization') {
      for (const a of (r.config as { accounts?: { id: string; parentId?: string }[] }).accounts ?? []) if (a.parentId) parent.set(a.id, a.parentId);
    } else if (r.type === 'AWS::Organizations::OrganizationalUnit' || r.type === 'AWS::Organizations::Root') {
      const c = r.config as { id?: string; name?: string };
      if (c.id) names.set(c.id, c.name ?? c.id);
    }
  }
  const units = new Map<string, UnitGuardrails>();
  for (const a of audited) {
    const id = parent.get(a.account);
    if (!id) continue;
    let u = units.get(id);
    if (!u) units.set(id, (u = { id, name: names.get(id) ?? (id.startsWith('r-') ? 'Root' : id), accounts: [], guardrails: [] }));
    u.accounts.push(a.account);
    for (const c of a.guardrails.checks) {
      let g = u.guardrails.find((x) => x.id === c.id);
      if (!g) u.guardrails.push((g = { id: c.id, counts: {} }));
      g.counts[c.status] = (g.counts[c.status] ?? 0) + 1;
    }
  }
  return [...units.values()].sort((x, y) => x.name.localeCompare(y.name));
}
