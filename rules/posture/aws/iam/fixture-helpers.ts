/** Fixture builders shared by the IAM rules' fixtures. */
import { USER_TYPE, type IamUserConfig } from '../../../../src/providers/aws/model/iam.js';
import type { Resource } from '../../../../src/model/types.js';
import { ACCOUNT, resource } from '../../testing.js';

export const userUid = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;

/** A compliant-looking IAM user; override what the fixture exercises. Fixture time is 2026-11-01. */
export function user(name: string, overrides: Partial<IamUserConfig> = {}, errors?: Record<string, string>): Resource {
  const config: IamUserConfig = {
    userName: name,
    userId: `AIDA${name.toUpperCase()}`,
    path: '/',
    createDate: '2025-01-01T00:00:00.000Z',
    passwordLastUsed: '2026-10-30T00:00:00.000Z',
    loginProfile: { createDate: '2025-01-01T00:00:00.000Z', passwordResetRequired: false },
    mfaDevices: [{ serialNumber: `arn:aws:iam::${ACCOUNT}:u2f/user/${name}/key-1`, enableDate: '2025-01-01T00:00:00.000Z', virtual: false }],
    accessKeys: [],
    groups: ['developers'],
    attachedPolicies: [],
    inlinePolicies: [],
    permissionsBoundaryArn: null,
    ...overrides,
  };
  return resource({ type: USER_TYPE, uid: userUid(name), region: 'global', name, config, errors });
}

export const key = (id: string, createDate: string, lastUsedDate: string | null, status = 'Active') => ({
  accessKeyId: id,
  status,
  createDate,
  lastUsedDate,
  lastUsedService: lastUsedDate ? 's3' : null,
  lastUsedRegion: lastUsedDate ? 'us-east-1' : null,
});
