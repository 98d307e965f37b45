/** How a Compute Engine persistent disk is encrypted (shared by the CSEK and CMEK rules). */
import type { DiskConfig } from '../../../../src/providers/gcp/model.js';

export type DiskEncryption =
  | { kind: 'csek'; evidence: Record<string, unknown> }
  | { kind: 'cmek'; kmsKeyName: string; evidence: Record<string, unknown> }
  | { kind: 'google'; evidence: Record<string, unknown> };

/**
 * `diskEncryptionKey.sha256` without a KMS key: a customer-supplied key (CSEK); `kmsKeyName`: a Cloud KMS
 * key (CMEK); no `diskEncryptionKey`: Google-managed. The raw key itself is never put in evidence.
 */
export function diskEncryption(disk: DiskConfig): DiskEncryption {
  const key = disk.diskEncryptionKey;
  if (key?.kmsKeyName) return { kind: 'cmek', kmsKeyName: key.kmsKeyName, evidence: { encryption: 'CMEK', kmsKeyName: key.kmsKeyName } };
  if (key?.sha256) return { kind: 'csek', evidence: { encryption: 'CSEK', sha256: key.sha256 } };
  return { kind: 'google', evidence: { encryption: 'GOOGLE_MANAGED' } };
}
