/** IAM: service accounts (with who may act as them) and their keys, user-managed and Google-managed. */
import { GCP_TYPES, type ServiceAccountConfig, type ServiceAccountKeyConfig } from '../../model.js';
import type { GcpServiceCollector } from '../types.js';
import { pick, toIamPolicy } from '../util.js';
import { mapPool } from '../../../aws/collect/pool.js';

const uidOf = (name: string) => `//iam.googleapis.com/${name}`;

export const collector: GcpServiceCollector = {
  service: 'iam',
  apis: ['iam.googleapis.com'],
  scopes: ['project'],
  resourceTypes: [GCP_TYPES.serviceAccount, GCP_TYPES.serviceAccountKey],
  async collect(ctx) {
    const iam = await ctx.api('iam');
    const accounts: ServiceAccountConfig[] = [];
    const listed = await ctx.pages(
      'iam.projects.serviceAccounts.list',
      [GCP_TYPES.serviceAccount, GCP_TYPES.serviceAccountKey],
      (pageToken) => iam.projects.serviceAccounts.list({ name: `projects/${ctx.scope.projectId}`, pageSize: 100, pageToken }),
      (page) => {
        for (const sa of page.accounts ?? []) {
          if (!sa.name || !sa.email) continue;
          accounts.push({ ...pick<ServiceAccountConfig>(sa, ['uniqueId', 'displayName', 'disabled']), name: sa.name, email: sa.email });
        }
      },
    );
    if (!listed) return;
    await mapPool(accounts, 4, async (sa) => {
      const uid = uidOf(sa.name);
      const errors: Record<string, string> = {};
      const policy = await ctx.detail(errors, uid, 'iamPolicy', 'iam.projects.serviceAccounts.getIamPolicy', () =>
        iam.projects.serviceAccounts.getIamPolicy({ resource: sa.name, 'options.requestedPolicyVersion': 3 }),
      );
      if (policy) sa.iamPolicy = toIamPolicy(policy);
      ctx.emit({ uid, type: GCP_TYPES.serviceAccount, name: sa.email, config: sa, errors });

      // Keys are resources of their own: a failed listing is a scope error for the key type (the
      // rules over keys must not pass on an account whose keys were not seen).
      const keys = await ctx.list('iam.projects.serviceAccounts.keys.list', [GCP_TYPES.serviceAccountKey], () =>
        iam.projects.serviceAccounts.keys.list({ name: sa.name, keyTypes: ['USER_MANAGED', 'SYSTEM_MANAGED'] }),
      );
      for (const k of keys?.keys ?? []) {
        if (!k.name) continue;
        const config: ServiceAccountKeyConfig = {
          ...pick<Omit<ServiceAccountKeyConfig, 'name' | 'keyType' | 'serviceAccountEmail'>>(k, ['keyOrigin', 'validAfterTime', 'validBeforeTime', 'disabled']),
          name: k.name,
          keyType: (k.keyType ?? 'USER_MANAGED') as ServiceAccountKeyConfig['keyType'],
          serviceAccountEmail: sa.email,
        };
        ctx.emit({ uid: uidOf(k.name), type: GCP_TYPES.serviceAccountKey, name: k.name.split('/').pop()!, config, relationships: [{ type: 'key-of', target: uid }] });
      }
    });
  },
};
