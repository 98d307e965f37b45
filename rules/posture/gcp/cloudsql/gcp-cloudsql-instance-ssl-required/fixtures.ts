import type { RuleFixture } from '../../../../../src/model/rule.js';
import { sqlInstance, sqlUid } from '../testing.js';

const withIp = (name: string, ip: Record<string, unknown>, version = 'POSTGRES_16') =>
  sqlInstance(name, version, { ipConfiguration: { ipv4Enabled: false, ...ip } });

export const fixtures: RuleFixture[] = [
  { name: 'unencrypted connections allowed', expect: 'FAIL', target: sqlUid('a'), resources: [withIp('a', { sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED', requireSsl: false })] },
  { name: 'no SSL mode and requireSsl false', expect: 'FAIL', target: sqlUid('b'), resources: [withIp('b', { requireSsl: false }, 'MYSQL_8_0')] },
  { name: 'no SSL settings at all', expect: 'FAIL', target: sqlUid('c'), resources: [withIp('c', {})] },
  { name: 'encrypted only', expect: 'PASS', target: sqlUid('d'), resources: [withIp('d', { sslMode: 'ENCRYPTED_ONLY' }, 'SQLSERVER_2022_STANDARD')] },
  { name: 'client certificates required', expect: 'PASS', target: sqlUid('e'), resources: [withIp('e', { sslMode: 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED', requireSsl: true })] },
  { name: 'legacy requireSsl true', expect: 'PASS', target: sqlUid('f'), resources: [withIp('f', { requireSsl: true })] },
  {
    name: 'on-premises primary representation',
    expect: 'NOT_APPLICABLE',
    target: sqlUid('g'),
    resources: [sqlInstance('g', 'MYSQL_8_0', {}, { instanceType: 'ON_PREMISES_INSTANCE' })],
  },
];
