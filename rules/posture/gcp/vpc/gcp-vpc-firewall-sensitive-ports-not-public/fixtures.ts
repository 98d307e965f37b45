import type { RuleFixture } from '../../../../../src/model/rule.js';
import { firewall, firewallUid } from '../fixture-builders.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'MySQL and Redis open to the internet',
    expect: 'FAIL',
    target: firewallUid('db-public'),
    resources: [firewall('db-public', { sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['3306', '6379'] }] })],
  },
  {
    name: 'range covering Elasticsearch from ::/0',
    expect: 'FAIL',
    target: firewallUid('es-range'),
    resources: [firewall('es-range', { sourceRanges: ['::/0'], allowed: [{ IPProtocol: 'tcp', ports: ['9000-9999'] }] })],
  },
  {
    name: 'every protocol and port open to the internet',
    expect: 'FAIL',
    target: firewallUid('allow-all'),
    resources: [firewall('allow-all', { sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'all' }] })],
  },
  {
    name: 'udp without ports (NetBIOS included) open to the internet',
    expect: 'FAIL',
    target: firewallUid('udp-all'),
    resources: [firewall('udp-all', { sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'udp' }] })],
  },
  {
    name: 'web ports from the internet',
    expect: 'PASS',
    target: firewallUid('web'),
    resources: [firewall('web', { sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['80', '443'] }] })],
  },
  {
    name: 'PostgreSQL from the application subnet only',
    expect: 'PASS',
    target: firewallUid('pg-internal'),
    resources: [firewall('pg-internal', { sourceRanges: ['10.20.0.0/16'], allowed: [{ IPProtocol: 'tcp', ports: ['5432'] }] })],
  },
  {
    name: 'disabled rule opening everything',
    expect: 'PASS',
    target: firewallUid('allow-all-disabled'),
    resources: [firewall('allow-all-disabled', { disabled: true, sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'all' }] })],
  },
  {
    name: 'egress rule',
    expect: 'NOT_APPLICABLE',
    target: firewallUid('egress-all'),
    resources: [firewall('egress-all', { direction: 'EGRESS', destinationRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'all' }] })],
  },
];
