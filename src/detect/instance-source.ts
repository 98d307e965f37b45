/**
 * Where an EC2 instance role session's call came from, compared with what the inventory knows
 * about that instance: `mamori.aws.instance_source` for rules (GuardDuty's
 * InstanceCredentialExfiltration.OutsideAWS from a single address).
 *
 *   own    the call came from one of the instance's own public addresses, from a private address
 *          or through a VPC endpoint of the credentials' own account (the instance's path to AWS)
 *   other  the inventory knows the instance and its public addresses, and the call came from a
 *          public address that is none of them
 *   (none) anything else: not an instance session, the instance or its public addresses unknown
 *          (a private instance behind a NAT gateway, whose address the inventory does not tie
 *          to it), a call an AWS service made, or an address family the inventory has none of
 *
 * "Unknown" is never "other": a rule reading the field fires only on evidence, never on a gap in
 * the inventory.
 */
import type { CloudEvent } from '../model/event.js';
import { isPrivateAddress } from './intel/ip.js';

/** What the inventory says about workloads (EntityResolver implements it). */
export interface WorkloadLookup {
  /**
   * The public addresses (IPv4 and IPv6) the inventory ties to an instance (`host:<account>:<instance id>`),
   * or undefined when the instance is unknown or has none.
   */
  publicAddressesOf(hostKey: string): readonly string[] | undefined;
}

export type InstanceSource = 'own' | 'other';

/** An instance role session: EC2 names the session after the instance. */
const INSTANCE_SESSION = /^arn:aws[a-z-]*:sts::(\d{12}):assumed-role\/[^/]+\/(i-[0-9a-f]{8,17})$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/;

const isIpv4 = (ip: string) => IPV4.test(ip);
const isIpv6 = (ip: string) => ip.includes(':') && /^[0-9a-f:.]+$/i.test(ip);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Addresses compare case-insensitively (IPv6 hex digits); the collector and CloudTrail both write the compressed form. */
const norm = (ip: string) => ip.toLowerCase();

/** The instance source of a CloudTrail event, or undefined when it cannot be told (see the module comment). */
export function instanceSource(event: CloudEvent, lookup: WorkloadLookup | undefined): InstanceSource | undefined {
  if (event.source !== 'cloudtrail') return undefined;
  const raw = event.raw;
  const identity = raw.userIdentity as Record<string, unknown> | undefined;
  if (!identity || typeof identity !== 'object' || identity.type !== 'AssumedRole' || identity.invokedBy) return undefined;
  const session = INSTANCE_SESSION.exec(text(identity.arn) ?? '');
  if (!session) return undefined;
  const account = session[1];
  const ip = text(raw.sourceIPAddress);
  if (!ip) return undefined;
  // Through a VPC endpoint: the instance's own path when the endpoint is its account's; an
  // endpoint of another account is a different question (aws-ct-instance-credentials-used-from-other-account).
  if (text(raw.vpcEndpointId)) {
    const owner = text(raw.vpcEndpointAccountId);
    return !owner || owner === account ? 'own' : undefined;
  }
  const v4 = isIpv4(ip);
  if (!v4 && !isIpv6(ip)) return undefined; // "AWS Internal", a service name
  if (isPrivateAddress(ip)) return 'own';
  const known = lookup?.publicAddressesOf(`host:${account}:${session[2]}`);
  if (!known?.length) return undefined;
  const wanted = norm(ip);
  if (known.some((k) => norm(k) === wanted)) return 'own';
  // Only addresses of the same family compare: a dual-stack instance calling over IPv6 is not
  // "other" because the inventory lists only its IPv4 address.
  return known.some((k) => (v4 ? isIpv4(k) : isIpv6(k))) ? 'other' : undefined;
}

/**
 * The enrichment for an event: `extra` with `aws.instance_source` added when it can be told,
 * else `extra` as it is (no allocation for the events that are not instance sessions).
 */
export function withInstanceSource(event: CloudEvent, extra: Record<string, unknown> | undefined, lookup: WorkloadLookup | undefined): Record<string, unknown> | undefined {
  if (!lookup) return extra;
  const source = instanceSource(event, lookup);
  if (!source) return extra;
  const aws = extra?.aws;
  return { ...extra, aws: { ...(aws && typeof aws === 'object' ? aws : {}), instance_source: source } };
}
