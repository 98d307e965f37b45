import { ROOT_USER_TYPE, type CredentialReportRow } from '../../../../../src/providers/aws/model/iam.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, resource } from '../../../testing.js';

const uid = `arn:aws:iam::${ACCOUNT}:root`;
const key = { active: false, lastRotated: null, lastUsedDate: null, lastUsedService: null };
const row = (passwordLastUsed: string | null): CredentialReportRow => ({
  userCreationTime: '2020-01-01T00:00:00.000Z',
  passwordEnabled: null,
  passwordLastUsed,
  passwordLastChanged: null,
  mfaActive: true,
  accessKeys: [key, key],
  certificatesActive: false,
});
const root = (credentialReport: CredentialReportRow | undefined, errors?: Record<string, string>) =>
  resource({ type: ROOT_USER_TYPE, uid, region: 'global', config: { summary: { AccountMFAEnabled: 1 }, credentialReport }, errors });

export const fixtures: RuleFixture[] = [
  { name: 'root signed in 3 days ago', expect: 'FAIL', target: uid, resources: [root(row('2026-10-29T09:00:00.000Z'))] },
  { name: 'root last used 200 days ago', expect: 'PASS', target: uid, resources: [root(row('2026-04-15T09:00:00.000Z'))] },
  { name: 'root never used', expect: 'PASS', target: uid, resources: [root(row(null))] },
  { name: 'credential report denied', expect: 'NOT_ASSESSED', target: uid, resources: [root(undefined, { credentialReport: 'AccessDenied' })] },
];
