/**
 * Cloud KMS: key rings and crypto keys in every KMS location of the project (locations.list, one
 * job per location), each with its IAM policy.
 */
import { mapPool } from '../../../aws/collect/pool.js';
import { GCP_TYPES, type CryptoKeyConfig, type KeyRingConfig } from '../../model.js';
import type { GcpServiceCollector } from '../types.js';
import { pick, toIamPolicy } from '../util.js';

const TYPES = [GCP_TYPES.keyRing, GCP_TYPES.cryptoKey];
const uidOf = (name: string) => `//cloudkms.googleapis.com/${name}`;

export const collector: GcpServiceCollector = {
  service: 'cloudkms',
  apis: ['cloudkms.googleapis.com'],
  scopes: ['project'],
  resourceTypes: TYPES,
  async locations(ctx) {
    const kms = await ctx.api('cloudkms');
    const out: string[] = [];
    const ok = await ctx.pages(
      'cloudkms.projects.locations.list',
      TYPES,
      (pageToken) => kms.projects.locations.list({ name: `projects/${ctx.scope.projectId}`, pageSize: 1000, pageToken }),
      (page) => {
        for (const l of page.locations ?? []) if (l.locationId) out.push(l.locationId);
      },
    );
    return ok ? out : undefined;
  },
  async collect(ctx) {
    const kms = await ctx.api('cloudkms');
    const rings: KeyRingConfig[] = [];
    const listed = await ctx.pages(
      'cloudkms.projects.locations.keyRings.list',
      TYPES,
      (pageToken) => kms.projects.locations.keyRings.list({ parent: `projects/${ctx.scope.projectId}/locations/${ctx.location}`, pageSize: 1000, pageToken }),
      (page) => {
        for (const r of page.keyRings ?? []) if (r.name) rings.push({ ...pick<KeyRingConfig>(r, ['createTime']), name: r.name });
      },
    );
    if (!listed) return;
    for (const ring of rings) {
      const uid = uidOf(ring.name);
      const errors: Record<string, string> = {};
      const policy = await ctx.detail(errors, uid, 'iamPolicy', 'cloudkms.projects.locations.keyRings.getIamPolicy', () =>
        kms.projects.locations.keyRings.getIamPolicy({ resource: ring.name, 'options.requestedPolicyVersion': 3 }),
      );
      if (policy) ring.iamPolicy = toIamPolicy(policy);
      ctx.emit({ uid, type: GCP_TYPES.keyRing, name: ring.name.split('/').pop()!, config: ring, errors });

      const keys: CryptoKeyConfig[] = [];
      const keysListed = await ctx.pages(
        'cloudkms.projects.locations.keyRings.cryptoKeys.list',
        [GCP_TYPES.cryptoKey],
        (pageToken) => kms.projects.locations.keyRings.cryptoKeys.list({ parent: ring.name, pageSize: 1000, pageToken }),
        (page) => {
          for (const k of page.cryptoKeys ?? []) {
            if (!k.name) continue;
            keys.push({
              ...pick<CryptoKeyConfig>(k, ['purpose', 'rotationPeriod', 'nextRotationTime', 'createTime']),
              ...(k.primary ? { primary: pick<NonNullable<CryptoKeyConfig['primary']>>(k.primary, ['name', 'state', 'createTime', 'protectionLevel']) } : {}),
              ...(k.versionTemplate ? { versionTemplate: pick<NonNullable<CryptoKeyConfig['versionTemplate']>>(k.versionTemplate, ['algorithm', 'protectionLevel']) } : {}),
              name: k.name,
            });
          }
        },
      );
      if (!keysListed) continue;
      await mapPool(keys, 4, async (key) => {
        const keyUid = uidOf(key.name);
        const keyErrors: Record<string, string> = {};
        const keyPolicy = await ctx.detail(keyErrors, keyUid, 'iamPolicy', 'cloudkms.projects.locations.keyRings.cryptoKeys.getIamPolicy', () =>
          kms.projects.locations.keyRings.cryptoKeys.getIamPolicy({ resource: key.name, 'options.requestedPolicyVersion': 3 }),
        );
        if (keyPolicy) key.iamPolicy = toIamPolicy(keyPolicy);
        ctx.emit({ uid: keyUid, type: GCP_TYPES.cryptoKey, name: key.name.split('/').pop()!, config: key, errors: keyErrors, relationships: [{ type: 'in-key-ring', target: uid }] });
      });
    }
  },
};
