import type { RuleFixture } from '../../../../../src/model/rule.js';
import { inbound, nsg, nsgId, uidOf } from '../testing.js';

const target = (name: string) => uidOf(nsgId(name));

export const fixtures: RuleFixture[] = [
  { name: 'SQL Server from the Internet', expect: 'FAIL', target: target('nsg-sql'), resources: [nsg('nsg-sql', [inbound('AllowSql', 300, { sourceAddressPrefix: 'Internet', destinationPortRange: '1433' })])] },
  { name: 'WinRM ports from 0.0.0.0/0', expect: 'FAIL', target: target('nsg-winrm'), resources: [nsg('nsg-winrm', [inbound('AllowWinRM', 300, { sourceAddressPrefix: '0.0.0.0/0', destinationPortRange: '5985-5986' })])] },
  {
    name: 'databases only from the app subnet; HTTPS from the internet',
    expect: 'PASS',
    target: target('nsg-ok'),
    resources: [
      nsg('nsg-ok', [
        inbound('AllowDbFromApp', 300, { sourceAddressPrefix: '10.10.2.0/24', destinationPortRanges: ['1433', '5432', '6379'] }),
        inbound('AllowHttps', 310, { sourceAddressPrefix: 'Internet', destinationPortRange: '443' }),
      ]),
    ],
  },
];
