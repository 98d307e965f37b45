/**
 * Local users of team mode, as the CLI (`mamori users`) manages them: the application functions
 * over the hub's user store. Hashes stay here and in the store; nothing returned carries one.
 */
import type { FindingStore } from '../../hub/store/store.js';
import { ROLES, type Role, type UserEntry } from '../../hub/store/users.js';
import { MamoriError } from '../../model/errors.js';
import { hashPassword } from './passwords.js';

export { ROLES, type Role, type UserEntry };

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}$/;

export function checkUserName(name: string): void {
  if (!NAME.test(name)) throw new MamoriError('BAD_USER_NAME', `user name ${JSON.stringify(name)}: use 1 to 64 letters, digits and . _ @ + - (starting with a letter or digit)`);
}

export function parseRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) throw new MamoriError('BAD_ROLE', `role ${JSON.stringify(role)}: expected one of ${ROLES.join(', ')}`);
  return role as Role;
}

export async function addUser(store: FindingStore, input: { name: string; role: string; password: string; now?: () => Date }): Promise<UserEntry> {
  checkUserName(input.name);
  const role = parseRole(input.role);
  const passwordHash = await hashPassword(input.password);
  const createdAt = (input.now?.() ?? new Date()).toISOString();
  await store.users.add({ name: input.name, passwordHash, role, createdAt });
  return { name: input.name, role, createdAt, disabled: false };
}

export function listUsers(store: FindingStore): Promise<UserEntry[]> {
  return store.users.list();
}

/** Removes the user and ends every session they have. */
export async function removeUser(store: FindingStore, name: string): Promise<void> {
  if (!(await store.users.remove(name))) throw new MamoriError('NOT_FOUND', `no user "${name}"`);
}

export async function setUserRole(store: FindingStore, name: string, role: string): Promise<Role> {
  const r = parseRole(role);
  if (!(await store.users.setRole(name, r))) throw new MamoriError('NOT_FOUND', `no user "${name}"`);
  return r;
}
