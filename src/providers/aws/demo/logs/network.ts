/**
 * VPC Flow Logs (default version 2 format) and Route 53 Resolver query logs of the web-prod VPC.
 * AWS API calls CloudTrail shows from web-1 (SSM agent, CodeDeploy agent, the attacker's discovery)
 * get the matching connections and DNS queries here, so the three sources line up.
 */
import { DEMO_LOGS, LOG_DAY_END, LOG_DAY_START } from './constants.js';
import { iso, type CtRecord, type Json } from './cloudtrail.js';
import { ATTACK_NET } from './attack.js';
import { Rng } from './rng.js';

export interface FlowLine {
  t: number;
  line: string;
  step?: number;
}
export interface DnsLine {
  t: number;
  rec: Json;
  step?: number;
}

const WEB = DEMO_LOGS.web;
const APP = DEMO_LOGS.app;
const A = DEMO_LOGS.attacker;
const WINDOW = 300_000;
const ORDERS_DB = { name: 'orders-db.c9k2m4x7q1ab.ap-northeast-1.rds.amazonaws.com', ip: '10.0.11.120' };
const APP_NAME = { name: 'app.internal.mamori-demo.example', ip: APP.privateIp };
const ALB_NODES = ['10.0.1.201', '10.0.2.187'];

/** Addresses of the AWS endpoints web-1 talks to (DNS answers and flow destinations agree). */
const ENDPOINTS: Record<string, string> = {
  'ssm.ap-northeast-1.amazonaws.com': '52.119.160.21',
  'ec2messages.ap-northeast-1.amazonaws.com': '52.119.161.40',
  'ssmmessages.ap-northeast-1.amazonaws.com': '52.119.162.33',
  'sts.ap-northeast-1.amazonaws.com': '52.119.164.9',
  'ec2.ap-northeast-1.amazonaws.com': '52.119.165.18',
  'codedeploy-commands-secure.ap-northeast-1.amazonaws.com': '52.119.166.7',
  's3.ap-northeast-1.amazonaws.com': '52.219.136.80',
  'al2023-repos-ap-northeast-1-de612dc2.s3.dualstack.ap-northeast-1.amazonaws.com': '52.219.152.12',
};
const S3_CNAME = 's3-r-w.ap-northeast-1.amazonaws.com';
const S3_IP = '52.219.136.80';
const CDN = { name: 'cdn.amazonlinux.com', cname: 'd2lzkl7pfhq30w.cloudfront.net', ip: '18.65.168.42' };

function resolve(host: string): string {
  return ENDPOINTS[host] ?? (host.endsWith('.s3.ap-northeast-1.amazonaws.com') ? S3_IP : S3_IP);
}

export function generateNetwork(ct: CtRecord[]): { flows: FlowLine[]; dns: DnsLine[] } {
  const rng = new Rng('network');
  const flows: FlowLine[] = [];
  const dns: DnsLine[] = [];
  const sec = (ms: number) => Math.floor(ms / 1000);
  const eph = () => rng.int(32768, 60999);

  const flow = (eni: string, t: number, src: string, dst: string, sport: number, dport: number, packets: number, bytes: number, durS: number, action: 'ACCEPT' | 'REJECT', step?: number, proto = 6) => {
    const start = sec(t);
    const end = start + Math.max(1, durS);
    flows.push({ t, step, line: `2 ${DEMO_LOGS.accounts.prod} ${eni} ${src} ${dst} ${sport} ${dport} ${proto} ${packets} ${bytes} ${start} ${end} ${action} OK` });
  };
  /** A TCP connection seen on one ENI: the request and the response direction. */
  const conn = (
    eni: string, t: number, client: string, server: string, cport: number, sport: number,
    up: [number, number], down: [number, number], durS: number, step?: number,
  ) => {
    flow(eni, t, client, server, cport, sport, up[0], up[1], durS, 'ACCEPT', step);
    flow(eni, t, server, client, sport, cport, down[0], down[1], durS, 'ACCEPT', step);
  };

  const lastQuery = new Map<string, number>();
  const query = (t: number, src: string, instance: string, name: string, answers: Json[], rcode = 'NOERROR', type = 'A', step?: number, cacheMs = 60_000) => {
    const key = `${src} ${name} ${type}`;
    const last = lastQuery.get(key);
    if (last !== undefined && t - last < cacheMs && t >= last) return;
    lastQuery.set(key, t);
    dns.push({
      t,
      step,
      rec: {
        version: '1.100000',
        account_id: DEMO_LOGS.accounts.prod,
        region: DEMO_LOGS.region,
        vpc_id: DEMO_LOGS.vpcId,
        query_timestamp: iso(t),
        query_name: `${name}.`,
        query_type: type,
        query_class: 'IN',
        rcode,
        answers,
        srcaddr: src,
        srcport: String(rng.int(1024, 65535)),
        transport: 'UDP',
        srcids: { instance },
      },
    });
  };
  const a = (ip: string): Json => ({ Rdata: ip, Type: 'A', Class: 'IN' });
  const cname = (n: string): Json => ({ Rdata: `${n}.`, Type: 'CNAME', Class: 'IN' });
  const webQuery = (t: number, host: string, step?: number) => {
    const ip = resolve(host);
    const answers = host.includes('.s3.') || host.startsWith('s3.') ? [cname(S3_CNAME), a(ip)] : [a(ip)];
    query(t, WEB.privateIp, WEB.instanceId, host, answers, 'NOERROR', 'A', step);
  };

  // ---- AWS API calls CloudTrail shows from web-1.
  for (const r of ct) {
    if (r.rec.sourceIPAddress !== WEB.publicIp) continue;
    const host = ((r.rec.tlsDetails as Json | undefined)?.clientProvidedHostHeader as string | undefined) ?? `${String(r.rec.eventSource).split('.')[0]}.ap-northeast-1.amazonaws.com`;
    const t = r.t - rng.int(30, 400);
    webQuery(t - rng.int(2, 30), host, r.step);
    const out = Number(((r.rec.additionalEventData as Json | undefined)?.bytesTransferredOut as number | undefined) ?? 0);
    const down: [number, number] = out > 10_000 ? [Math.ceil(out / 1400) + 4, out + rng.int(4000, 7000)] : [rng.int(6, 12), rng.int(4200, 7800)];
    conn(WEB.eniId, t, WEB.privateIp, resolve(host), eph(), 443, [rng.int(8, 16), rng.int(1800, 3600)], down, Math.max(1, Math.ceil(out / 2_000_000)), r.step);
  }

  // ---- Ordinary traffic, window by window.
  const clients: string[] = [];
  for (let i = 0; i < 900; i++) clients.push(`198.${rng.int(18, 19)}.${rng.int(0, 255)}.${rng.int(1, 254)}`);
  const ssmPorts = { ssmmessages: eph(), ec2messages: eph() };
  const appPool = eph();
  const dbPort = eph();
  const noisePorts = [23, 445, 3389, 5900, 6379, 8080, 9200, 27017, 1433, 3306, 2375, 5432];
  for (let w = LOG_DAY_START; w < LOG_DAY_END; w += WINDOW) {
    const jst = (new Date(w).getUTCHours() + 9) % 24;
    const rate = jst >= 10 && jst <= 21 ? 26 : jst >= 7 ? 14 : jst >= 22 ? 10 : 4;
    for (let n = rng.poisson(rate); n > 0; n--) {
      // Popular clients come back: a skewed pick from the pool.
      const client = clients[Math.floor(Math.pow(rng.next(), 2.2) * clients.length)];
      const downBytes = rng.int(3_000, 170_000);
      conn(WEB.eniId, w + rng.int(0, WINDOW - 1000), client, WEB.privateIp, rng.int(1024, 65535), 443,
        [rng.int(6, 30), rng.int(700, 5200)], [Math.ceil(downBytes / 1300) + 2, downBytes], rng.int(1, 30));
    }
    for (const node of ALB_NODES) conn(WEB.eniId, w + rng.int(0, 20_000), node, WEB.privateIp, eph(), 80, [rng.int(38, 44), rng.int(3200, 3600)], [rng.int(28, 34), rng.int(4900, 5400)], rng.int(270, 295));
    // web → app tier, and the app tier → database (app-1's ENI).
    const appCalls = rng.int(1, 3);
    for (let i = 0; i < appCalls; i++) {
      const t = w + rng.int(0, WINDOW - 5000);
      const up: [number, number] = [rng.int(10, 60), rng.int(2_000, 30_000)];
      const down: [number, number] = [rng.int(10, 80), rng.int(4_000, 90_000)];
      const cp = i === 0 ? appPool : eph();
      conn(WEB.eniId, t, WEB.privateIp, APP.privateIp, cp, 8080, up, down, rng.int(2, 60));
      conn(APP.eniId, t, WEB.privateIp, APP.privateIp, cp, 8080, up, down, rng.int(2, 60));
    }
    conn(APP.eniId, w + rng.int(0, 10_000), APP.privateIp, ORDERS_DB.ip, dbPort, 3306, [rng.int(40, 400), rng.int(6_000, 80_000)], [rng.int(40, 500), rng.int(10_000, 400_000)], rng.int(280, 299));
    // SSM agent channels and the CodeDeploy agent's command polling.
    conn(WEB.eniId, w + rng.int(0, 5000), WEB.privateIp, ENDPOINTS['ssmmessages.ap-northeast-1.amazonaws.com'], ssmPorts.ssmmessages, 443, [rng.int(4, 9), rng.int(600, 1500)], [rng.int(4, 9), rng.int(600, 1500)], rng.int(280, 299));
    conn(WEB.eniId, w + rng.int(0, 5000), WEB.privateIp, ENDPOINTS['ec2messages.ap-northeast-1.amazonaws.com'], ssmPorts.ec2messages, 443, [rng.int(10, 20), rng.int(2500, 5200)], [rng.int(10, 20), rng.int(3000, 6000)], rng.int(280, 299));
    const cdT = w + rng.int(0, 60_000);
    webQuery(cdT - 40, 'codedeploy-commands-secure.ap-northeast-1.amazonaws.com');
    conn(WEB.eniId, cdT, WEB.privateIp, ENDPOINTS['codedeploy-commands-secure.ap-northeast-1.amazonaws.com'], eph(), 443, [rng.int(12, 20), rng.int(3000, 5200)], [rng.int(10, 18), rng.int(4000, 7000)], rng.int(60, 120));
    webQuery(w + rng.int(0, WINDOW - 1000), 'ssmmessages.ap-northeast-1.amazonaws.com');
    webQuery(w + rng.int(0, WINDOW - 1000), 'ec2messages.ap-northeast-1.amazonaws.com');
    query(w + rng.int(0, WINDOW - 1000), WEB.privateIp, WEB.instanceId, APP_NAME.name, [a(APP_NAME.ip)]);
    query(w + rng.int(0, WINDOW - 1000), APP.privateIp, APP.instanceId, ORDERS_DB.name, [a(ORDERS_DB.ip)]);
    if (rng.chance(0.3)) query(w + rng.int(0, WINDOW - 1000), APP.privateIp, APP.instanceId, ORDERS_DB.name, [], 'NOERROR', 'AAAA');
    // Internet background noise: SSH guessing (port 22 is open to the world) and probes of closed ports.
    if (rng.chance(0.25)) {
      const ip = `203.0.113.${rng.int(100, 180)}`;
      conn(WEB.eniId, w + rng.int(0, WINDOW - 30_000), ip, WEB.privateIp, rng.int(30000, 65000), 22, [rng.int(12, 30), rng.int(2500, 5200)], [rng.int(10, 24), rng.int(2800, 4800)], rng.int(3, 20));
    }
    for (let n = rng.poisson(0.5); n > 0; n--) {
      flow(WEB.eniId, w + rng.int(0, WINDOW - 1000), `192.0.2.${rng.int(100, 140)}`, WEB.privateIp, rng.int(30000, 65000), rng.pick(noisePorts), 1, rng.pick([40, 44, 60]), 1, 'REJECT');
    }
  }
  // dnf makecache once an hour on both instances.
  for (let h = 0; h < 24; h++) {
    for (const [ip, id, eni] of [[WEB.privateIp, WEB.instanceId, WEB.eniId], [APP.privateIp, APP.instanceId, APP.eniId]] as const) {
      const t = LOG_DAY_START + (h * 60 + 17) * 60_000 + rng.int(0, 90_000);
      const repo = 'al2023-repos-ap-northeast-1-de612dc2.s3.dualstack.ap-northeast-1.amazonaws.com';
      query(t, ip, id, CDN.name, [cname(CDN.cname), a(CDN.ip)]);
      query(t + 300, ip, id, repo, [cname(S3_CNAME), a(ENDPOINTS[repo])]);
      const mirror = rng.int(40_000, 320_000);
      conn(eni, t + 600, ip, CDN.ip, eph(), 443, [rng.int(10, 20), rng.int(1500, 3000)], [rng.int(20, 60), rng.int(8_000, 30_000)], rng.int(1, 3));
      conn(eni, t + 900, ip, ENDPOINTS[repo], eph(), 443, [rng.int(20, 80), rng.int(2000, 6000)], [Math.ceil(mirror / 1400), mirror], rng.int(1, 6));
    }
  }

  // ---- The attack.
  // Step 0: SYN scan from one source port; 22/80/443 answer (the security group allows them), the rest is rejected.
  const top = [21, 22, 23, 25, 53, 80, 110, 111, 135, 139, 143, 443, 445, 993, 995, 1433, 1723, 3306, 3389, 5432, 5900, 6379, 8000, 8080, 8443, 8888, 9000, 9200, 10000, 27017];
  const ports = new Set(top);
  while (ports.size < 320) ports.add(rng.int(1, 65535));
  const scanPorts = [...ports].sort((x, y) => x - y);
  const span = ATTACK_NET.scan.end - ATTACK_NET.scan.start;
  scanPorts.forEach((p, i) => {
    const t = ATTACK_NET.scan.start + Math.floor((span * i) / scanPorts.length) + rng.int(0, 300);
    if (p === 22 || p === 80 || p === 443) {
      flow(WEB.eniId, t, A.scannerIp, WEB.privateIp, 61243, p, 2, 84, 1, 'ACCEPT', 0);
      flow(WEB.eniId, t, WEB.privateIp, A.scannerIp, p, 61243, 1, 44, 1, 'ACCEPT', 0);
    } else {
      flow(WEB.eniId, t, A.scannerIp, WEB.privateIp, 61243, p, 1, 44, 1, 'REJECT', 0);
    }
  });
  // Step 1: the exploit request that drops the web shell, then requests to it.
  conn(WEB.eniId, ATTACK_NET.exploit, A.ip, WEB.privateIp, 52814, 443, [52, 61_840], [18, 4_210], 2, 1);
  for (const [t, inB, outB] of ATTACK_NET.webShell) {
    conn(WEB.eniId, t, A.ip, WEB.privateIp, rng.int(49152, 65535), 443, [rng.int(6, 9), inB], [Math.ceil(outB / 1300) + 3, outB], rng.int(1, 4), 1);
  }
  // Step 8: the miner resolves its pools and the DGA fallbacks, and holds one connection to the pool.
  const m = ATTACK_NET.miningStart;
  query(m - 3000, WEB.privateIp, WEB.instanceId, A.miningDomains[0], [], 'NXDOMAIN', 'A', 8);
  query(m - 1900, WEB.privateIp, WEB.instanceId, A.miningDomains[1], [a(A.miningPoolIp)], 'NOERROR', 'A', 8);
  for (let t = m + rng.int(20, 40) * 60_000; t < LOG_DAY_END; t += rng.int(20, 40) * 60_000) {
    query(t, WEB.privateIp, WEB.instanceId, A.miningDomains[1], [a(A.miningPoolIp)], 'NOERROR', 'A', 8);
  }
  for (let t = m + 6 * 60_000 + rng.int(0, 60_000); t < LOG_DAY_END; t += 15 * 60_000 + rng.int(-30_000, 30_000)) {
    const n = rng.int(2, 4);
    const picked = [A.dgaDomains[0], ...rng.shuffle(A.dgaDomains.slice(1))].slice(0, n);
    picked.forEach((d, i) => query(t + i * rng.int(200, 900), WEB.privateIp, WEB.instanceId, d, [], 'NXDOMAIN', 'A', 8, 0));
  }
  const poolPort = 41722;
  for (let w = Math.floor(m / WINDOW) * WINDOW; w < LOG_DAY_END; w += WINDOW) {
    const t = Math.max(w, m) + rng.int(0, 2000);
    conn(WEB.eniId, t, WEB.privateIp, A.miningPoolIp, poolPort, A.miningPoolPort, [rng.int(110, 160), rng.int(9_000, 15_000)], [rng.int(90, 140), rng.int(11_000, 24_000)], Math.min(299, Math.floor((w + WINDOW - t) / 1000)), 8);
  }

  flows.sort((x, y) => x.t - y.t);
  dns.sort((x, y) => x.t - y.t);
  return { flows, dns };
}
