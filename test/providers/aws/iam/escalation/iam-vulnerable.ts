/** Loads test/fixtures/iam-vulnerable into the finder's input and the engine Authorizer's policies. */
import { readFileSync, readdirSync } from 'node:fs';
import type { NamedPolicy, PolicyDocument } from '../../../../../src/providers/aws/iam/types.js';
import type { AccountPolicies } from '../../../../../src/providers/aws/iam/escalation/authorizer.js';
import type { EscalationAccount } from '../../../../../src/providers/aws/iam/escalation/find.js';
import { repoUrl } from '../../../../paths.js';

type PolicyEntry = PolicyDocument | { awsManaged: true; document: PolicyDocument };

interface Part {
  policies: Record<string, PolicyEntry>;
  users: { name: string; attached: string[]; groups?: string[] }[];
  roles: { name: string; trust: PolicyDocument; attached: string[]; instanceProfile?: string }[];
}

export interface IamVulnerableCase extends Part {
  case: string;
  source: string;
  expect: 'found' | 'not-found';
  why: string;
  mustFind: string[];
  mustNotFind: string[];
  mustNotUseActions?: string[];
}

const DIR = repoUrl('test/fixtures/iam-vulnerable/');
const read = <T>(name: string) => JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as T;

export const common = read<Part & { account: string }>('common.json');
export const ACCOUNT = common.account;
export const cases: IamVulnerableCase[] = readdirSync(DIR)
  .filter((f) => /^f[np]\d-.*\.json$/.test(f))
  .sort()
  .map((f) => read<IamVulnerableCase>(f));

export const arnOf = (relative: string) => `arn:aws:iam::${ACCOUNT}:${relative}`;

/** One account holding `common.json` and the given cases, as iam-vulnerable deploys them together. */
export function buildAccount(parts: Part[]): { account: EscalationAccount; policies: AccountPolicies } {
  const all = [common, ...parts];
  const named = new Map<string, { arn: string; policy: NamedPolicy; customer: boolean }>();
  for (const part of all) {
    for (const [name, entry] of Object.entries(part.policies)) {
      const aws = 'awsManaged' in entry;
      const arn = aws ? `arn:aws:iam::aws:policy/${name}` : `arn:aws:iam::${ACCOUNT}:policy/${name}`;
      named.set(name, { arn, policy: { name: arn, policy: aws ? entry.document : entry }, customer: !aws });
    }
  }
  const identity = new Map<string, NamedPolicy[]>();
  const trust = new Map<string, PolicyDocument>();
  const attachedTo = new Map<string, string[]>();
  const attach = (principal: string, names: string[]) => {
    identity.set(principal, names.map((n) => named.get(n)!.policy));
    for (const n of names) attachedTo.set(n, [...(attachedTo.get(n) ?? []), principal]);
  };
  const users: EscalationAccount['users'][number][] = [];
  const roles: EscalationAccount['roles'][number][] = [];
  const profiles: { arn: string; roles: string[] }[] = [];
  for (const part of all) {
    for (const u of part.users) {
      const arn = arnOf(`user/${u.name}`);
      users.push({ arn, groups: (u.groups ?? []).map((g) => arnOf(`group/${g}`)) });
      attach(arn, u.attached);
    }
    for (const r of part.roles) {
      const arn = arnOf(`role/${r.name}`);
      roles.push({ arn, trustPolicy: r.trust });
      trust.set(arn, r.trust);
      attach(arn, r.attached);
      if (r.instanceProfile) profiles.push({ arn: arnOf(`instance-profile/${r.instanceProfile}`), roles: [arn] });
    }
  }
  const policies = [...named.entries()]
    .filter(([, p]) => p.customer)
    .map(([name, p]) => ({ arn: p.arn, attachedTo: attachedTo.get(name) ?? [] }));
  return {
    account: { account: ACCOUNT, users, roles, groups: [], policies, instanceProfiles: profiles },
    policies: { identity, trust },
  };
}
