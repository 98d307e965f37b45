import type { ObservedFinding } from '../hub/model.js';
import { hexDigest } from '../model/hash.js';
import { accountUid } from '../model/pseudo.js';
import type { Signal } from '../model/signal.js';

/** Stable signal id: the same rule and dedup key → the same hub finding, whose count goes up. */
export function signalId(ruleId: string, dedupKey: Record<string, string>): string {
  const key = Object.keys(dedupKey)
    .sort()
    .map((k) => `${k}=${dedupKey[k]}`)
    .join('\u0001');
  return 'mamori-sig-' + hexDigest('sha256', `${ruleId}\u0000${key}`).slice(0, 32);
}

/** `compute.googleapis.com` → `Compute` (a resource type of the form GCP::Compute::Resource). */
function gcpServiceType(uid: string): string {
  const service = /^\/\/([a-z0-9-]+)\./.exec(uid)?.[1] ?? 'unknown';
  return service.charAt(0).toUpperCase() + service.slice(1);
}

function resourceOf(s: Signal): { uid: string; type: string; name: string } {
  if (s.provider === 'azure') {
    const uid = s.resources[0];
    if (uid) {
      const provider = /\/providers\/microsoft\.([a-z0-9]+)\//i.exec(uid)?.[1] ?? 'resources';
      return { uid, type: `Azure::${provider.charAt(0).toUpperCase()}${provider.slice(1)}::Resource`, name: uid.slice(uid.lastIndexOf('/') + 1) || uid };
    }
    const who = s.actor?.arn;
    if (who) return { uid: who, type: s.actor?.type === 'AzureUser' ? 'Azure::Entra::User' : 'Azure::Entra::ServicePrincipal', name: who };
    return { uid: `/subscriptions/${s.account || 'unknown'}`, type: 'Azure::Resources::Subscription', name: s.account };
  }
  if (s.provider === 'gcp') {
    const uid = s.resources[0];
    if (uid) return { uid, type: `GCP::${gcpServiceType(uid)}::Resource`, name: uid.slice(uid.lastIndexOf('/') + 1) || uid };
    const who = s.actor?.email ?? s.actor?.arn;
    if (who) return { uid: who, type: s.actor?.type === 'GcpUser' ? 'GCP::IAM::User' : 'GCP::IAM::ServiceAccount', name: who };
    return { uid: s.account.includes('/') ? `//cloudresourcemanager.googleapis.com/${s.account}` : `//cloudresourcemanager.googleapis.com/projects/${s.account || 'unknown'}`, type: 'GCP::ResourceManager::Project', name: s.account };
  }
  const arn = s.resources[0];
  if (arn) {
    const parts = arn.split(':');
    const service = parts[2] ?? 'unknown';
    const tail = parts.slice(5).join(':');
    return { uid: arn, type: `AWS::${service.toUpperCase()}::Resource`, name: tail.split('/').pop() || arn };
  }
  if (s.actor?.arn) return { uid: s.actor.arn, type: s.actor.type === 'AssumedRole' ? 'AWS::IAM::Role' : 'AWS::IAM::User', name: s.actor.arn.split('/').pop() ?? s.actor.arn };
  return { uid: accountUid(s.account || 'unknown'), type: 'AWS::Account', name: s.account };
}

/** A signal as a hub observation: an OCSF Detection Finding with its ATT&CK ids and evidence. */
export function signalToObserved(s: Signal): ObservedFinding {
  const resource = resourceOf(s);
  const who = s.actor?.arn ?? s.actor?.accessKeyId;
  const ips = s.sourceIps.slice(0, 3).join(', ');
  const reason = `${s.title}: ${who ?? 'an unknown principal'}${ips ? ` from ${ips}` : ''}, ${s.count} event(s) between ${s.firstSeen} and ${s.lastSeen}.`;
  const titleJa = s.localized?.title?.ja;
  const description = s.localized?.description ?? (s.description ? { en: s.description, ja: s.description } : undefined);
  return {
    id: s.id,
    kind: 'threat',
    source: 'mamori',
    ruleId: s.ruleId,
    title: s.title,
    description: s.description,
    ...(titleJa
      ? {
          localized: {
            title: s.localized!.title,
            reason: {
              en: reason,
              ja: `${titleJa}: ${who ?? '不明なプリンシパル'}${ips ? `（送信元 ${ips}）` : ''}、${s.count} 件のイベント（${s.firstSeen} 〜 ${s.lastSeen}）。`,
            },
          },
        }
      : {}),
    ...(description || s.references ? { document: { ...(description ? { description } : {}), ...(s.references ? { references: s.references } : {}) } } : {}),
    severity: s.severity,
    complianceStatus: null,
    // Google Cloud signals say so; the hub's provider column is text (its type still reads 'aws').
    provider: (s.provider ?? 'aws') as ObservedFinding['provider'],
    account: s.account,
    region: s.region,
    resourceUid: resource.uid,
    resourceType: resource.type,
    resourceName: resource.name,
    resourceTags: {},
    frameworks: {},
    reason,
    evidence: {
      tactics: s.tactics,
      techniques: s.techniques,
      actor: s.actor,
      sourceIps: s.sourceIps,
      userAgents: s.userAgents,
      resources: s.resources,
      eventIds: s.eventIds,
      count: s.count,
      firstSeen: s.firstSeen,
      lastSeen: s.lastSeen,
      dedupKey: s.dedupKey,
      ...s.evidence,
    },
    observedAt: s.lastSeen,
    firstObservedAt: s.firstSeen,
  };
}
