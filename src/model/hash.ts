import * as crypto from 'node:crypto';

// crypto.hash (Node ≥ 20.12) hashes a string in one call, several times faster than a Hash object:
// ids are hashed per finding, signal hit and flow record.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/** The hex digest of `text`. */
export function hexDigest(algorithm: 'sha1' | 'sha256', text: string): string {
  return oneShot ? oneShot(algorithm, text, 'hex') : crypto.createHash(algorithm).update(text).digest('hex');
}
