import { BatchGetProjectsCommand, CodeBuildClient, paginateListProjects, type Project } from '@aws-sdk/client-codebuild';
import { CODEBUILD_PROJECT_TYPE, withoutUserInfo, type CodeBuildProjectConfig } from '../../model/codebuild.js';
import type { ServiceCollector } from '../types.js';

/** BatchGetProjects takes at most 100 names per call (CodeBuild API Reference › BatchGetProjects). */
const BATCH = 100;
const iso = (d: Date | undefined) => (d ? new Date(d).toISOString() : undefined);

/**
 * CodeBuild projects of the region: service role, source type and location, environment variable
 * names and types. The buildspec text and environment variable values never enter the snapshot.
 */
export const collector: ServiceCollector = {
  service: 'codebuild',
  global: false,
  async collect(ctx) {
    const client = ctx.client(CodeBuildClient);
    const names = await ctx.list('ListProjects', [CODEBUILD_PROJECT_TYPE], async () => {
      const out: string[] = [];
      for await (const page of paginateListProjects({ client }, {})) out.push(...(page.projects ?? []));
      return out;
    });
    for (let i = 0; i < (names ?? []).length; i += BATCH) {
      const batch = names!.slice(i, i + BATCH);
      // A failed batch hides these projects' roles: the listing error says so for the type.
      const projects = await ctx.list('BatchGetProjects', [CODEBUILD_PROJECT_TYPE], async () => (await client.send(new BatchGetProjectsCommand({ names: batch }))).projects ?? []);
      // projectsNotFound: deleted between the two calls.
      for (const p of projects ?? []) emitProject(ctx, p);
    }
  },
};

function emitProject(ctx: Parameters<ServiceCollector['collect']>[0], p: Project) {
  if (!p.name) return;
  const arn = p.arn ?? `arn:${ctx.partition}:codebuild:${ctx.region}:${ctx.account}:project/${p.name}`;
  const location = p.source?.location;
  const config: CodeBuildProjectConfig = {
    name: p.name,
    arn,
    // The API answers an ARN; a bare role name (accepted by CreateProject) is made one.
    serviceRole: p.serviceRole ? (p.serviceRole.startsWith('arn:') ? p.serviceRole : `arn:${ctx.partition}:iam::${ctx.account}:role/${p.serviceRole}`) : null,
    sourceType: p.source?.type ?? null,
    sourceLocation: location ? withoutUserInfo(location) : null,
    // Names and types only: a PLAINTEXT value may be a token.
    environmentVariables: (p.environment?.environmentVariables ?? []).filter((v) => v.name).map((v) => ({ name: v.name!, type: v.type ?? 'PLAINTEXT' })),
    ...(p.environment?.type ? { environmentType: p.environment.type } : {}),
    ...(p.environment?.image ? { image: p.environment.image } : {}),
    ...(p.environment?.privilegedMode !== undefined ? { privilegedMode: p.environment.privilegedMode } : {}),
    ...(p.projectVisibility ? { projectVisibility: p.projectVisibility } : {}),
    ...(p.created ? { created: iso(p.created) } : {}),
    ...(p.lastModified ? { lastModified: iso(p.lastModified) } : {}),
  };
  ctx.emit({
    uid: arn,
    account: ctx.account,
    region: ctx.region,
    type: CODEBUILD_PROJECT_TYPE,
    name: p.name,
    tags: Object.fromEntries((p.tags ?? []).filter((t) => t.key).map((t) => [t.key!, t.value ?? ''])),
    config: config as unknown as Record<string, unknown>,
    relationships: config.serviceRole ? [{ type: 'uses-role', target: config.serviceRole }] : undefined,
  });
}
