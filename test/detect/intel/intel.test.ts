import { repoUrl } from '../../paths.js';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { enrich, IntelIndex, loadIntel, networkOf, parseIp, stixPatternValues, updateIntel } from '../../../src/detect/intel/index.js';
import type { CloudEvent } from '../../../src/model/event.js';

const FIXTURES = fileURLToPath(repoUrl('test/fixtures/intel/'));
const fx = (name: string) => join(FIXTURES, name);

function event(extra: Partial<CloudEvent>): CloudEvent {
  return { id: 'e1', source: 'cloudtrail', time: '2026-11-01T00:00:00Z', timeMs: Date.parse('2026-11-01T00:00:00Z'), account: '111111111111', region: 'us-east-1', resources: [], raw: {}, ...extra };
}

describe('intel: plain text lists', () => {
  it('detects IPv4, IPv6, CIDR and domains, and reports bad lines with their numbers', async () => {
    const { index, issues, files } = await loadIntel([fx('bad-hosts.txt')]);
    assert.equal(files[0].format, 'text');
    assert.deepEqual(index.matchIp('203.0.113.66'), { list: 'bad-hosts', indicator: '203.0.113.66' });
    assert.deepEqual(index.matchIp('198.51.100.77'), { list: 'bad-hosts', indicator: '198.51.100.0/24', description: 'SBL000001' });
    assert.equal(index.matchIp('198.51.101.1'), undefined);
    assert.equal(index.matchIp('2001:db8:bad:0:0:0:0:1')?.indicator, '2001:db8:bad::1', 'IPv6 in any notation');
    assert.equal(index.matchIp('2001:DB8:DEAD:1::9')?.indicator, '2001:db8:dead::/48');
    assert.equal(index.matchIp('2001:db8:deaf::1'), undefined);
    assert.equal(index.matchIp('::ffff:203.0.113.66')?.indicator, '203.0.113.66', 'IPv4-mapped IPv6');
    assert.equal(index.matchDomain('evil.example')?.indicator, 'evil.example');
    assert.equal(index.matchDomain('www.login.EVIL.example.')?.indicator, 'evil.example', 'subdomains, case, trailing dot');
    assert.equal(index.matchDomain('notevil.example'), undefined, 'a suffix that is not a parent domain');
    assert.equal(index.matchDomain('phish.example.net')?.indicator, 'phish.example.net');
    assert.equal(index.matchDomain('a.c2.example.org')?.indicator, 'c2.example.org', 'defanged');
    assert.equal(index.matchDomain('malware-drop.example')?.indicator, 'malware-drop.example', 'URL → host');
    assert.equal(index.matchDomain('tracker.example')?.indicator, 'tracker.example', 'hosts-file line');
    assert.equal(index.matchIp('0.0.0.0'), undefined, 'the hosts sink address is not an indicator');
    assert.equal(index.size(), 9);
    assert.deepEqual(
      issues.map((i) => [i.line, i.message.split(' ')[0]]),
      [
        [13, '"this"'],
        [14, '"300.1.2.3"'],
        [15, '"10.0.0.0/33"'],
        [16, '"0.0.0.0/0"'],
      ],
    );
    assert.ok(issues.every((i) => i.file === fx('bad-hosts.txt')));
  });
});

describe('intel: CSV', () => {
  it('reads indicator, type, description and list columns', async () => {
    const { index, issues, files } = await loadIntel([fx('feed.csv')]);
    assert.equal(files[0].format, 'csv');
    assert.deepEqual(index.matchIp('192.0.2.10'), { list: 'scanners', indicator: '192.0.2.10', description: 'Known scanner' });
    assert.deepEqual(index.matchIp('192.0.2.200'), { list: 'feed', indicator: '192.0.2.128/25', description: 'Bulletproof hosting' });
    assert.equal(index.matchIp('192.0.2.11'), undefined);
    assert.deepEqual(index.matchDomain('x.bad-domain.example'), { list: 'phishing', indicator: 'bad-domain.example', description: 'Credential phishing, kit "X"' });
    assert.equal(index.matchDomain('exfil.example')?.indicator, 'exfil.example');
    assert.deepEqual(
      issues.map((i) => i.line),
      [6, 7, 8],
    );
    assert.match(issues[0].message, /unsupported indicator type "md5"/);
    assert.match(issues[1].message, /not a valid IP/);
    assert.match(issues[2].message, /empty/);
  });

  it('takes a header commented out with # (abuse.ch style)', async () => {
    const { index, issues } = await loadIntel([fx('feodo.csv')]);
    assert.deepEqual(issues, []);
    assert.deepEqual(index.matchIp('192.0.2.200'), { list: 'feodo', indicator: '192.0.2.200', description: 'QakBot' });
    assert.equal(index.matchIp('2001:db8:c2::7')?.list, 'feodo');
  });

  it('reports a CSV without an indicator column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mamori-intel-'));
    writeFileSync(join(dir, 'x.csv'), 'name,port\nfoo,80\n');
    const { index, issues } = await loadIntel([join(dir, 'x.csv')]);
    assert.equal(index.size(), 0);
    assert.equal(issues.length, 1);
    assert.equal(issues[0].line, 1);
  });
});

describe('intel: STIX 2.1', () => {
  it('loads indicator patterns from a bundle and reports the rest', async () => {
    const { index, issues, files } = await loadIntel([fx('stix-bundle.json')]);
    assert.equal(files[0].format, 'stix');
    assert.deepEqual(index.matchIp('198.18.0.5'), { list: 'stix-bundle', indicator: '198.18.0.5', description: 'ExampleRAT C2 server' });
    assert.equal(index.matchIp('100.127.255.254')?.indicator, '100.64.0.0/10', 'ISSUBSET');
    assert.equal(index.matchIp('100.128.0.1'), undefined);
    assert.equal(index.matchIp('2001:db8:5a:ffff::1')?.indicator, '2001:db8:5a::/48', 'OR of observations');
    assert.equal(index.matchDomain('rat-update.example')?.indicator, 'rat-update.example', 'OR inside an observation');
    assert.equal(index.matchDomain('cdn.rat-c2.example')?.indicator, 'rat-c2.example');
    assert.equal(index.matchDomain('login.phish-kit.example')?.indicator, 'login.phish-kit.example', 'url → host');
    assert.equal(index.matchIp('198.18.9.9'), undefined, 'an AND pattern is not loaded');
    assert.equal(index.matchIp('198.18.7.7'), undefined, 'an expired indicator is not loaded');
    assert.equal(index.size(), 6);
    const text = readFileSync(fx('stix-bundle.json'), 'utf8').split('\n');
    const reported = issues.map((i) => i.message.split(':')[0]);
    assert.deepEqual(reported, [
      'indicator--c8a5b4de-9b2d-4b3e-8b8a-0f7c2f6e0a11',
      'indicator--0b5e2a47-6f3c-4a0e-9a55-2f1d6c7e9b22',
      'indicator--4f1c7e0a-2b6d-4a8e-b1f3-9d0c5e7a3b44',
      'indicator--7a3e9c11-5d2f-4b6a-8e0c-1f4b7d9a2c55',
    ]);
    for (const i of issues) assert.ok(text[i.line! - 1].includes(i.message.split(':')[0]), `line ${i.line} is the object's id line`);
    assert.match(issues[0].message, /unsupported object path "file:hashes.'SHA-256'"/);
    assert.match(issues[1].message, /AND/);
    assert.match(issues[2].message, /pattern_type "yara"/);
    assert.match(issues[3].message, /expired/);
  });

  it('parses pattern forms', () => {
    assert.deepEqual(stixPatternValues("[ipv4-addr:value = '1.2.3.4']"), [{ path: 'ipv4-addr:value', value: '1.2.3.4' }]);
    assert.deepEqual(
      stixPatternValues("([domain-name:value = 'a.example'] OR [domain-name:value IN ('b.example', 'c\\'d.example')]) START t'2026-01-01T00:00:00Z' STOP t'2027-01-01T00:00:00Z'").map((v) => v.value),
      ['a.example', 'b.example', "c'd.example"],
    );
    assert.throws(() => stixPatternValues("[ipv4-addr:value = '1.2.3.4'] FOLLOWEDBY [ipv4-addr:value = '5.6.7.8']"), /FOLLOWEDBY/);
    assert.throws(() => stixPatternValues("[ipv4-addr:value LIKE '1.2.%']"), /LIKE/);
    assert.throws(() => stixPatternValues("[ipv4-addr:value = '1.2.3.4'"), /expected "\]"/);
  });

  it('loads a large bundle in linear time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mamori-intel-'));
    const objects = Array.from({ length: 20_000 }, (_, i) => ({
      type: 'indicator', spec_version: '2.1', id: `indicator--00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      pattern: i === 19_999 ? "[process:name = 'x']" : `[ipv4-addr:value = '10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}']`, pattern_type: 'stix',
    }));
    writeFileSync(join(dir, 'big.json'), JSON.stringify({ type: 'bundle', id: 'bundle--1', objects }, null, 2));
    const start = performance.now();
    const { index, issues } = await loadIntel([join(dir, 'big.json')]);
    assert.ok(performance.now() - start < 3000);
    assert.equal(index.size(), 19_999);
    assert.equal(issues.length, 1);
    assert.equal(issues[0].line, 8 + 19_999 * 7, 'the line of the last object\'s id');
  });

  it('reports invalid JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mamori-intel-'));
    writeFileSync(join(dir, 'broken.json'), '{"type": "bundle", "objects": [');
    const { issues } = await loadIntel([join(dir, 'broken.json')]);
    assert.match(issues[0].message, /not valid JSON/);
  });
});

describe('intel: index', () => {
  it('loads several files and directories; the first list naming an indicator keeps it', async () => {
    const { index, files } = await loadIntel([FIXTURES]);
    assert.equal(files.length, 4);
    assert.equal(index.matchIp('192.0.2.200')?.list, 'feodo', 'an exact address (feodo.csv) wins over a network (feed.csv)');
    const missing = await loadIntel(['/nonexistent/intel.txt']);
    assert.match(missing.issues[0].message, /ENOENT/);
  });

  it('prefers an exact address, then the most specific network', () => {
    const index = new IntelIndex();
    index.add('10.0.0.0/8', 'wide');
    index.add('10.1.0.0/16', 'narrow');
    index.add('10.1.2.3', 'exact');
    assert.equal(index.matchIp('10.1.2.3')?.list, 'exact');
    assert.equal(index.matchIp('10.1.9.9')?.list, 'narrow');
    assert.equal(index.matchIp('10.200.0.1')?.list, 'wide');
    assert.equal(index.matchIp('11.0.0.1'), undefined);
    assert.equal(index.matchIp('not-an-ip'), undefined);
    assert.equal(index.matchIp('ec2.amazonaws.com'), undefined);
    assert.deepEqual(index.add('10.1.2.3/16', 'masked'), { kind: 'cidr', value: '10.1.2.3/16' }, 'host bits are cleared');
  });

  it('looks up quickly', () => {
    const index = new IntelIndex();
    for (let i = 0; i < 50_000; i++) index.add(`${10 + (i % 200)}.${(i >> 8) & 255}.${i & 255}.1`, 'big');
    for (let bits = 8; bits <= 30; bits++) index.add(`172.16.0.0/${bits}`, 'nets');
    const start = performance.now();
    let hits = 0;
    for (let i = 0; i < 200_000; i++) if (index.matchIp(`${11 + (i % 200)}.${(i >> 8) & 255}.${i & 255}.${i & 7}`)) hits++;
    const ms = performance.now() - start;
    assert.ok(hits > 0);
    assert.ok(ms < 2000, `200k lookups took ${ms.toFixed(0)} ms`);
  });

  it('networkOf gives the /24 or /48', () => {
    assert.equal(networkOf('203.0.113.77'), '203.0.113.0/24');
    assert.equal(networkOf('2001:db8:1:2:3::4'), '2001:db8:1::/48');
    assert.equal(networkOf('ec2.amazonaws.com'), undefined);
    assert.deepEqual(parseIp('[2001:db8::1]'), { v: 6, n: 0x20010db8000000000000000000000001n });
  });
});

describe('intel: enrich', () => {
  const index = new IntelIndex();
  index.add('203.0.113.66', 'bad');
  index.add('2001:db8:bad::/48', 'bad6');
  index.add('evil.example', 'domains', 'C2');

  it('matches CloudTrail sourceIPAddress, flow source and destination, DNS queries and answers', () => {
    assert.deepEqual(enrich(event({ src: { ip: '203.0.113.66' } }), index), { intel: true, intel_list: 'bad', intel_indicator: '203.0.113.66', intel_match: 'src' });
    assert.equal(enrich(event({ src: { ip: 'ec2.amazonaws.com', awsService: true }, raw: { sourceIPAddress: '203.0.113.66' } }), index)?.intel_list, 'bad');
    assert.equal(enrich(event({ raw: { sourceIPAddress: '203.0.113.66' } }), index)?.intel_match, 'src');
    assert.equal(enrich(event({ source: 'vpcflow', src: { ip: '10.0.0.5' }, dst: { ip: '2001:db8:bad:1::5' } }), index)?.intel_match, 'dst');
    assert.deepEqual(enrich(event({ source: 'dns', dns: { query: 'www.Evil.example.' } }), index), {
      intel: true, intel_list: 'domains', intel_indicator: 'evil.example', intel_description: 'C2', intel_match: 'dns',
    });
    assert.equal(enrich(event({ source: 'dns', dns: { query: 'cdn.example', answers: ['203.0.113.66'] } }), index)?.intel_match, 'dns_answer');
    assert.equal(enrich(event({ src: { ip: '198.51.100.1' }, dns: { query: 'fine.example' } }), index), undefined);
    assert.equal(enrich(event({ src: { ip: '203.0.113.66' } }), new IntelIndex()), undefined);
  });
});

describe('intel: update', () => {
  let server: Server;
  let base: string;
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/feeds/blocklist.txt') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('# served\n192.0.2.99\nbad.example\n');
      } else if (req.url === '/empty') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('<html>login page</html>\n');
      } else {
        res.writeHead(404);
        res.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('copies a file into the intel directory after validating it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'mamori-intel-')), 'intel');
    const result = await updateIntel(fx('feed.csv'), dir);
    assert.equal(result.path, join(dir, 'feed.csv'));
    assert.equal(result.indicators, 4);
    assert.equal(result.issues.length, 3);
    assert.equal(readFileSync(result.path, 'utf8'), readFileSync(fx('feed.csv'), 'utf8'));
    assert.equal((await loadIntel([dir])).index.size(), 4);
  });

  it('downloads a URL, and keeps the old list when a download is invalid or fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mamori-intel-'));
    const result = await updateIntel(`${base}/feeds/blocklist.txt`, dir);
    assert.equal(result.path, join(dir, 'blocklist.txt'));
    assert.equal(result.indicators, 2);
    const loaded = await loadIntel([dir]);
    assert.equal(loaded.index.matchIp('192.0.2.99')?.list, 'blocklist');

    await assert.rejects(updateIntel(`${base}/empty`, dir, { name: 'blocklist.txt' }), (err: Error & { code?: string }) => err.code === 'INTEL_INVALID');
    await assert.rejects(updateIntel(`${base}/missing.txt`, dir), (err: Error & { code?: string }) => err.code === 'INTEL_FETCH' && /404/.test(err.message));
    await assert.rejects(updateIntel('/nonexistent/list.txt', dir), (err: Error & { code?: string }) => err.code === 'INTEL_READ');
    assert.deepEqual(readdirSync(dir), ['blocklist.txt'], 'no temporary files left, the old list unchanged');
    assert.equal(readFileSync(join(dir, 'blocklist.txt'), 'utf8'), '# served\n192.0.2.99\nbad.example\n');
  });
});
