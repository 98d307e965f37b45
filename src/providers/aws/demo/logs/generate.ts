/**
 * Generates the bundled demo logs (demo/logs/): one day of CloudTrail for both demo accounts as S3
 * delivers it, VPC Flow Logs and Route 53 Resolver query logs of the web-prod VPC, a small
 * threat-intelligence list and the machine-readable ground truth of the attack (attack.json).
 * Deterministic: every random choice comes from a seeded PRNG, so the files are byte-stable.
 * demo/logs/README.md (written by hand) describes the attack timeline.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DEMO } from '../scenario.js';
import { addAttack, ATTACK_NET, ATTACK_STEPS } from './attack.js';
import { iso, Trail, type CtRecord, type Json } from './cloudtrail.js';
import { DEMO_LOGS, LOG_DAY_START } from './constants.js';
import { generateNetwork, type DnsLine, type FlowLine } from './network.js';
import { awsConfig, ciAndDeployments, eks, lambdas, mgmtServices, people, webInstance } from './ordinary.js';
import { ROLES } from './principals.js';
import { Rng } from './rng.js';

export { DEMO_LOGS } from './constants.js';

const WINDOW = 300_000;
/** Top-level entries of demo/logs/ the generator owns (README.md is written by hand). */
export const GENERATED_ENTRIES = ['cloudtrail', 'vpcflow', 'dns', 'intel', 'attack.json'] as const;

export interface DemoLogsStats {
  cloudtrailRecords: number;
  cloudtrailFiles: number;
  attackRecords: number;
  flowRecords: number;
  flowFiles: number;
  dnsQueries: number;
  dnsFiles: number;
  /** Compressed size of everything written. */
  bytes: number;
}

export interface DemoLogsResult {
  /** Paths relative to the output directory, sorted. */
  files: string[];
  stats: DemoLogsStats;
}

const stamp = (ms: number) => iso(ms).replace(/[-:]/g, '').slice(0, 13) + 'Z'; // 20261119T1305Z
const datePath = (ms: number) => iso(ms).slice(0, 10).replace(/-/g, '/');

/** All CloudTrail records of the day, in time order. */
export function buildCloudTrail(): CtRecord[] {
  const trail = (name: string) => new Trail(new Rng(name));
  const parts: Trail[] = [];
  const use = (name: string, fn: (t: Trail) => void) => {
    const t = trail(name);
    fn(t);
    parts.push(t);
  };
  use('web-instance', webInstance);
  use('config-prod', (t) => awsConfig(t, DEMO.prod, ROLES.configProd, [DEMO.mainRegion]));
  use('config-mgmt', (t) => awsConfig(t, DEMO.mgmt, ROLES.configMgmt, DEMO.regions));
  use('lambda', lambdas);
  use('eks', eks);
  let plan = { latestBundleKey: '', latestBundleBytes: 0 };
  use('ci', (t) => (plan = ciAndDeployments(t)));
  use('people', people);
  use('mgmt-services', mgmtServices);
  use('attack', (t) => addAttack(t, plan));
  const all = parts.flatMap((p) => p.records);
  return all.map((r, i) => ({ r, i })).sort((x, y) => x.r.t - y.r.t || x.i - y.i).map((x) => x.r);
}

/** Every output file (relative path → uncompressed content); `.gz` paths are gzipped when written. */
export function buildDemoLogFiles(): { files: Map<string, Buffer>; stats: Omit<DemoLogsStats, 'bytes'> } {
  const files = new Map<string, Buffer>();
  const ct = buildCloudTrail();

  // ---- CloudTrail: one file per account, region and 5 minutes with events.
  const ctGroups = new Map<string, CtRecord[]>();
  for (const r of ct) {
    const w = Math.floor(r.t / WINDOW) * WINDOW;
    const k = `${r.account}|${r.region}|${w}`;
    if (!ctGroups.has(k)) ctGroups.set(k, []);
    ctGroups.get(k)!.push(r);
  }
  const names = new Rng('file-names');
  const ctFileOf = new Map<CtRecord, string>();
  for (const k of [...ctGroups.keys()].sort()) {
    const [account, region, w] = k.split('|');
    const ms = Number(w);
    const file = `cloudtrail/AWSLogs/${account}/CloudTrail/${region}/${datePath(ms)}/${account}_CloudTrail_${region}_${stamp(ms)}_${names.alnum(16)}.json.gz`;
    const recs = ctGroups.get(k)!;
    for (const r of recs) ctFileOf.set(r, file);
    files.set(file, Buffer.from(JSON.stringify({ Records: recs.map((r) => r.rec) })));
  }

  // ---- VPC Flow Logs and Resolver query logs.
  const { flows, dns } = generateNetwork(ct);
  const { prod } = DEMO_LOGS.accounts;
  const region = DEMO_LOGS.region;
  const flowGroups = groupByWindow(flows);
  const flowFileOf = new Map<FlowLine, [string, number]>();
  for (const [w, lines] of flowGroups) {
    const file = `vpcflow/AWSLogs/${prod}/vpcflowlogs/${region}/${datePath(w)}/${prod}_vpcflowlogs_${region}_${DEMO_LOGS.flowLogId}_${stamp(w)}_${names.hex(8)}.log.gz`;
    lines.forEach((l, i) => flowFileOf.set(l, [file, i + 2]));
    files.set(file, Buffer.from(['version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status', ...lines.map((l) => l.line)].join('\n') + '\n'));
  }
  const dnsGroups = groupByWindow(dns);
  const dnsFileOf = new Map<DnsLine, [string, number]>();
  for (const [w, lines] of dnsGroups) {
    const file = `dns/AWSLogs/${prod}/vpcdnsquerylogs/${DEMO_LOGS.vpcId}/${datePath(w)}/${prod}_vpcdnsquerylogs_${DEMO_LOGS.vpcId}_${stamp(w)}_${names.hex(8)}.log.gz`;
    lines.forEach((l, i) => dnsFileOf.set(l, [file, i + 1]));
    files.set(file, Buffer.from(lines.map((l) => JSON.stringify(l.rec)).join('\n') + '\n'));
  }

  files.set('intel/demo-intel.txt', Buffer.from(intelList()));
  files.set('attack.json', Buffer.from(JSON.stringify(groundTruth(ct, ctFileOf, flows, flowFileOf, dns, dnsFileOf), null, 2) + '\n'));

  return {
    files,
    stats: {
      cloudtrailRecords: ct.length,
      cloudtrailFiles: ctGroups.size,
      attackRecords: ct.filter((r) => r.step !== undefined).length,
      flowRecords: flows.length,
      flowFiles: flowGroups.size,
      dnsQueries: dns.length,
      dnsFiles: dnsGroups.size,
    },
  };
}

function groupByWindow<T extends { t: number }>(items: T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const x of items) {
    const w = Math.floor(x.t / WINDOW) * WINDOW;
    if (!m.has(w)) m.set(w, []);
    m.get(w)!.push(x);
  }
  return new Map([...m.entries()].sort((a, b) => a[0] - b[0]));
}

function intelList(): string {
  const A = DEMO_LOGS.attacker;
  return [
    '# mamori demo threat-intelligence list (fictional indicators for the bundled demo logs).',
    '# One indicator per line: an IPv4/IPv6 address, a CIDR block or a domain name; "#" starts a comment.',
    '# Addresses are from RFC 5737 documentation ranges; none of them belongs to a real actor.',
    '',
    '# Operator of a web-shell campaign against public web servers; seen using stolen cloud credentials.',
    `${A.ip}`,
    '',
    '# Monero mining pool front end (stratum on 3333/tcp).',
    `${A.miningPoolIp}`,
    '',
    '# Domain generated by the same miner family\'s DGA (fallback pool discovery).',
    `${A.dgaDomains[0]}`,
    '',
  ].join('\n');
}

function groundTruth(
  ct: CtRecord[],
  ctFileOf: Map<CtRecord, string>,
  flows: FlowLine[],
  flowFileOf: Map<FlowLine, [string, number]>,
  dns: DnsLine[],
  dnsFileOf: Map<DnsLine, [string, number]>,
): Json {
  const A = DEMO_LOGS.attacker;
  const steps = ATTACK_STEPS.map((s) => {
    const recs = ct.filter((r) => r.step === s.step);
    const fl = flows.filter((f) => f.step === s.step);
    const dq = dns.filter((d) => d.step === s.step);
    const times = [...recs.map((r) => r.t), ...fl.map((f) => f.t), ...dq.map((d) => d.t)];
    const out: Json = { step: s.step, title: s.title, title_ja: s.title_ja };
    if (times.length) {
      out.start = iso(Math.min(...times));
      out.end = iso(Math.max(...times));
    }
    if (recs.length) {
      out.cloudtrail = recs.map((r) => ({
        eventTime: r.rec.eventTime,
        eventSource: r.rec.eventSource,
        eventName: r.rec.eventName,
        account: r.account,
        awsRegion: r.region,
        sourceIPAddress: r.rec.sourceIPAddress,
        principal: (r.rec.userIdentity as Json).arn ?? (r.rec.userIdentity as Json).invokedBy,
        ...(r.rec.errorCode ? { errorCode: r.rec.errorCode } : {}),
        eventID: r.rec.eventID,
        file: ctFileOf.get(r),
      }));
    }
    if (fl.length) {
      out.vpcflow = {
        count: fl.length,
        first: iso(fl[0].t),
        last: iso(fl[fl.length - 1].t),
        peers: [...new Set(fl.map((f) => f.line.split(' ').slice(3, 5).find((ip) => ip !== DEMO_LOGS.web.privateIp)))],
        evidence: fl.slice(0, 3).map((f) => ({ file: flowFileOf.get(f)![0], line: flowFileOf.get(f)![1], record: f.line })),
      };
    }
    if (dq.length) {
      out.dns = {
        count: dq.length,
        first: iso(dq[0].t),
        last: iso(dq[dq.length - 1].t),
        queries: [...new Set(dq.map((d) => `${String(d.rec.query_name).replace(/\.$/, '')} ${d.rec.rcode}`))],
        evidence: dq.slice(0, 3).map((d) => ({ file: dnsFileOf.get(d)![0], line: dnsFileOf.get(d)![1] })),
      };
    }
    return out;
  });
  const issued = ct.find((r) => r.rec.eventName === 'AssumeRole' && ((r.rec.responseElements as Json | null)?.credentials as Json | undefined)?.accessKeyId === A.stolenAccessKeyId)!;
  return {
    description: 'Ground truth of the attack in the bundled demo logs (generated by src/providers/aws/demo/logs/generate.ts; see README.md).',
    day: DEMO_LOGS.day,
    account: DEMO_LOGS.accounts.prod,
    region: DEMO_LOGS.region,
    indicators: {
      attackerIp: A.ip,
      attackerUserAgent: A.userAgent,
      scannerIp: A.scannerIp,
      stolenAccessKeyId: A.stolenAccessKeyId,
      stolenSession: DEMO_LOGS.web.sessionArn,
      instance: { id: DEMO_LOGS.web.instanceId, privateIp: DEMO_LOGS.web.privateIp, publicIp: DEMO_LOGS.web.publicIp, eni: DEMO_LOGS.web.eniId },
      artifactBucket: DEMO_LOGS.artifactBucket,
      tamperedObjects: [A.appspecKey, A.maliciousZipKey],
      maliciousDeploymentId: A.maliciousDeploymentId,
      maliciousPipelineExecutionId: A.maliciousExecutionId,
      miningPool: `${A.miningPoolIp}:${A.miningPoolPort}`,
      miningDomains: A.miningDomains,
      dgaDomains: A.dgaDomains,
    },
    context: {
      stolenKeyIssued: { eventTime: issued.rec.eventTime, eventName: 'AssumeRole', eventID: issued.rec.eventID, note: 'EC2 delivers web-1 its role credentials; the key is stolen through IMDSv1 at about 13:14Z (not logged).' },
      attackStart: iso(ATTACK_NET.scan.start),
      dayStart: iso(LOG_DAY_START),
    },
    steps,
  };
}

/** Writes the demo logs to `outDir`, replacing stale generated files; a gzip file whose content has not changed is left alone. */
export function generateDemoLogs(outDir: string): DemoLogsResult {
  const { files, stats } = buildDemoLogFiles();
  mkdirSync(outDir, { recursive: true });
  const keep = new Set(files.keys());
  for (const entry of GENERATED_ENTRIES) {
    for (const f of listFiles(join(outDir, entry))) {
      const rel = relative(outDir, f).split('\\').join('/');
      if (!keep.has(rel)) rmSync(f);
    }
  }
  let bytes = 0;
  for (const [rel, content] of files) {
    const path = join(outDir, rel);
    const gz = rel.endsWith('.gz');
    if (existsSync(path)) {
      const old = readFileSync(path);
      const same = gz ? safeGunzip(old)?.equals(content) : old.equals(content);
      if (same) {
        bytes += old.length;
        continue;
      }
    }
    const data = gz ? gzipSync(content, { level: 9 }) : content;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
    bytes += data.length;
  }
  removeEmptyDirs(outDir);
  return { files: [...files.keys()].sort(), stats: { ...stats, bytes } };
}

function safeGunzip(b: Buffer): Buffer | undefined {
  try {
    return gunzipSync(b);
  } catch {
    return undefined;
  }
}

export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [dir];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out.sort();
}

function removeEmptyDirs(dir: string): boolean {
  if (!existsSync(dir)) return true;
  let empty = true;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (removeEmptyDirs(join(dir, e.name))) rmSync(join(dir, e.name), { recursive: true });
      else empty = false;
    } else empty = false;
  }
  return empty;
}
