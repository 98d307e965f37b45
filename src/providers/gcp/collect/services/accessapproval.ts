/** Access Approval: a project's settings (enrolled services; empty means not enabled). */
import { GCP_TYPES, gcpUid, type AccessApprovalSettingsConfig } from '../../model.js';
import type { GcpServiceCollector } from '../types.js';
import { apiErrorInfo, classifyGcpError, gcpErrorMessage } from '../errors.js';
import { pick } from '../util.js';

export const collector: GcpServiceCollector = {
  service: 'accessapproval',
  apis: ['accessapproval.googleapis.com'],
  scopes: ['project'],
  resourceTypes: [GCP_TYPES.accessApprovalSettings],
  async collect(ctx) {
    const api = await ctx.api('accessapproval');
    const projectId = ctx.scope.projectId!;
    const name = `projects/${projectId}/accessApprovalSettings`;
    let settings: AccessApprovalSettingsConfig | undefined;
    try {
      const s = await ctx.call(() => api.projects.getAccessApprovalSettings({ name }));
      settings = {
        ...pick<AccessApprovalSettingsConfig>(s, ['notificationEmails', 'enrolledAncestor']),
        name: s.name ?? name,
        ...(s.enrolledServices ? { enrolledServices: s.enrolledServices.map((e) => ({ cloudProduct: e.cloudProduct ?? '', ...pick<{ enrollmentLevel?: string }>(e, ['enrollmentLevel']) })) } : {}),
      };
    } catch (err) {
      // 404: Access Approval was never configured for the project (nothing enrolled).
      if (apiErrorInfo(err).status === 404) settings = { name, enrolledServices: [] };
      else {
        ctx.record({
          operation: 'accessapproval.projects.getAccessApprovalSettings',
          code: classifyGcpError(err),
          message: gcpErrorMessage(err),
          resourceTypes: [GCP_TYPES.accessApprovalSettings],
        });
      }
    }
    if (settings) ctx.emit({ uid: gcpUid.accessApprovalSettings(projectId), type: GCP_TYPES.accessApprovalSettings, name: 'accessApprovalSettings', config: settings });
  },
};
