import { SERVER_CERTIFICATE_TYPE } from '../../../../../src/providers/aws/model/iam.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const uid = (name: string) => `arn:aws:iam::${ACCOUNT}:server-certificate/${name}`;
const cert = (name: string, expiration: string) =>
  resource({ type: SERVER_CERTIFICATE_TYPE, uid: uid(name), region: 'global', name, config: { serverCertificateName: name, serverCertificateId: 'ASCA1', path: '/', uploadDate: '2024-01-01T00:00:00.000Z', expiration } });

export const fixtures: RuleFixture[] = [
  { name: 'expired in 2025', expect: 'FAIL', target: uid('legacy-www'), resources: [cert('legacy-www', '2025-06-30T23:59:59.000Z')] },
  { name: 'valid until 2027', expect: 'PASS', target: uid('www'), resources: [cert('www', '2027-06-30T23:59:59.000Z')] },
];
