/**
 * Password hashing for local users: argon2id with OWASP's recommended memory-hard parameters
 * (19 MiB, 2 iterations, 1 lane; OWASP Password Storage Cheat Sheet). The parameters are in each
 * hash, so raising them later still verifies old hashes.
 */
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { MamoriError } from '../../model/errors.js';

const ARGON2ID = 2 as Algorithm;
const PARAMS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD = 12;
/** Hashing is deliberately slow: a megabyte "password" is refused before it is hashed. */
export const MAX_PASSWORD = 1024;

export function checkPassword(password: string): void {
  if ([...password].length < MIN_PASSWORD) throw new MamoriError('WEAK_PASSWORD', `the password must have at least ${MIN_PASSWORD} characters`);
  if (password.length > MAX_PASSWORD) throw new MamoriError('WEAK_PASSWORD', `the password must have at most ${MAX_PASSWORD} characters`);
}

export async function hashPassword(password: string): Promise<string> {
  checkPassword(password);
  return hash(password, PARAMS);
}

let dummy: Promise<string> | undefined;

/**
 * Whether `password` matches `passwordHash`. Without a hash (unknown user) a dummy hash is verified
 * all the same, so an unknown name and a wrong password take about the same time.
 */
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD) return false;
  dummy ??= hash('mamori: no such user, constant work', PARAMS);
  const target = passwordHash ?? (await dummy);
  let ok = false;
  try {
    ok = await verify(target, password);
  } catch {
    ok = false; // a malformed stored hash never signs anyone in
  }
  return ok && passwordHash !== undefined;
}
