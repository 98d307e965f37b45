import { paginateDescribeLaunchTemplates, paginateDescribeLaunchTemplateVersions, type EC2Client, type LaunchTemplate, type LaunchTemplateVersion } from '@aws-sdk/client-ec2';
import { LAUNCH_TEMPLATE_TYPE, type LaunchTemplateConfig } from '../../model/ec2.js';
import { classifyError } from '../errors.js';
import type { CollectContext } from '../types.js';

/**
 * Launch templates of the region with their default version's instance profile (part of the ec2
 * collector). One DescribeLaunchTemplateVersions call pages through the default version of every
 * template: without a template id and with `$Default` as the only version it answers for all of
 * them (EC2 API Reference › DescribeLaunchTemplateVersions). Of the launch template data only
 * IamInstanceProfile is read: user data may hold secrets and never enters the snapshot.
 */
export async function collectLaunchTemplates(ctx: CollectContext, ec2: EC2Client, arn: (t: string, id: string) => string): Promise<void> {
  const templates = await ctx.list('DescribeLaunchTemplates', [LAUNCH_TEMPLATE_TYPE], async () => {
    const out: LaunchTemplate[] = [];
    for await (const page of paginateDescribeLaunchTemplates({ client: ec2 }, {})) out.push(...(page?.LaunchTemplates ?? []));
    return out;
  });
  if (!templates?.length) return;
  let failure: string | undefined;
  const versions = await ctx.list('DescribeLaunchTemplateVersions', [LAUNCH_TEMPLATE_TYPE], async () => {
    try {
      const out: LaunchTemplateVersion[] = [];
      for await (const page of paginateDescribeLaunchTemplateVersions({ client: ec2 }, { Versions: ['$Default'] })) out.push(...(page?.LaunchTemplateVersions ?? []));
      return out;
    } catch (err) {
      failure = classifyError(err);
      throw err;
    }
  });
  const profileOf = new Map<string, { arn?: string; name?: string } | null>();
  for (const v of versions ?? []) {
    if (!v.LaunchTemplateId) continue;
    const p = v.LaunchTemplateData?.IamInstanceProfile;
    profileOf.set(v.LaunchTemplateId, p?.Arn || p?.Name ? { ...(p.Arn ? { arn: p.Arn } : {}), ...(p.Name ? { name: p.Name } : {}) } : null);
  }
  for (const t of templates) {
    if (!t.LaunchTemplateId) continue;
    const errors: Record<string, string> = {};
    // A template created after the versions were listed has no answer: unknown, not "no profile".
    const profile = versions ? profileOf.get(t.LaunchTemplateId) : undefined;
    if (profile === undefined) errors.iamInstanceProfile = failure ?? 'NotReturned';
    const config: LaunchTemplateConfig = {
      launchTemplateId: t.LaunchTemplateId,
      launchTemplateName: t.LaunchTemplateName ?? t.LaunchTemplateId,
      ...(t.DefaultVersionNumber !== undefined ? { defaultVersionNumber: t.DefaultVersionNumber } : {}),
      ...(t.LatestVersionNumber !== undefined ? { latestVersionNumber: t.LatestVersionNumber } : {}),
      ...(t.Operator?.Managed && t.Operator.Principal ? { managedBy: t.Operator.Principal } : {}),
      ...(profile !== undefined ? { iamInstanceProfile: profile } : {}),
      ...(t.CreateTime ? { createTime: new Date(t.CreateTime).toISOString() } : {}),
    };
    const tags = Object.fromEntries((t.Tags ?? []).filter((x) => x.Key).map((x) => [x.Key!, x.Value ?? '']));
    ctx.emit({
      uid: arn('launch-template', t.LaunchTemplateId),
      account: ctx.account,
      region: ctx.region,
      type: LAUNCH_TEMPLATE_TYPE,
      name: config.launchTemplateName,
      tags,
      config,
      relationships: profile?.arn ? [{ type: 'uses-instance-profile', target: profile.arn }] : [],
      errors: Object.keys(errors).length ? errors : undefined,
    });
  }
}
