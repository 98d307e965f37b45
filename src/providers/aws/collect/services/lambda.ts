import {
  GetPolicyCommand,
  LambdaClient,
  paginateListFunctions,
  paginateListFunctionUrlConfigs,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import { LAMBDA_FUNCTION_TYPE, type LambdaFunctionConfig, type PolicyDocument } from '../../model/lambda.js';
import type { Relationship } from '../../../../model/types.js';
import type { ServiceCollector } from '../types.js';

/** Lambda answers ResourceNotFoundException from GetPolicy when a function has no resource-based policy. */
const NO_POLICY = ['ResourceNotFoundException'];

export const collector: ServiceCollector = {
  service: 'lambda',
  global: false,
  async collect(ctx) {
    const lambda = ctx.client(LambdaClient);
    const ec2Arn = (kind: string, id: string) => `arn:${ctx.partition}:ec2:${ctx.region}:${ctx.account}:${kind}/${id}`;

    const functions = await ctx.list('ListFunctions', [LAMBDA_FUNCTION_TYPE], async () => {
      const out: FunctionConfiguration[] = [];
      for await (const page of paginateListFunctions({ client: lambda }, {})) out.push(...(page.Functions ?? []));
      return out;
    });
    for (const fn of functions ?? []) {
      const name = fn.FunctionName ?? '';
      const uid = fn.FunctionArn ?? `arn:${ctx.partition}:lambda:${ctx.region}:${ctx.account}:function:${name}`;
      const errors: Record<string, string> = {};
      const policy = await ctx.detail(
        errors,
        uid,
        'policy',
        'GetPolicy',
        async () => {
          const text = (await lambda.send(new GetPolicyCommand({ FunctionName: name }))).Policy;
          return text ? (JSON.parse(text) as PolicyDocument) : null;
        },
        NO_POLICY,
      );
      const urls = await ctx.detail(errors, uid, 'functionUrls', 'ListFunctionUrlConfigs', async () => {
        const out: { FunctionUrl: string; FunctionArn: string; AuthType: string }[] = [];
        for await (const page of paginateListFunctionUrlConfigs({ client: lambda }, { FunctionName: name })) {
          for (const u of page.FunctionUrlConfigs ?? []) {
            out.push({ FunctionUrl: u.FunctionUrl ?? '', FunctionArn: u.FunctionArn ?? uid, AuthType: u.AuthType ?? 'AWS_IAM' });
          }
        }
        return out;
      });
      const vpc = fn.VpcConfig?.VpcId
        ? { VpcId: fn.VpcConfig.VpcId, SubnetIds: fn.VpcConfig.SubnetIds ?? [], SecurityGroupIds: fn.VpcConfig.SecurityGroupIds ?? [] }
        : null;
      const config: LambdaFunctionConfig = {
        FunctionName: name,
        Runtime: fn.Runtime,
        PackageType: fn.PackageType ?? 'Zip',
        Handler: fn.Handler,
        Role: fn.Role,
        Architectures: fn.Architectures ?? ['x86_64'],
        LastModified: fn.LastModified,
        VpcConfig: vpc,
        // Names only: values may hold secrets and must never enter the snapshot.
        environmentVariableNames: Object.keys(fn.Environment?.Variables ?? {}).sort(),
        KMSKeyArn: fn.KMSKeyArn,
        TracingMode: fn.TracingConfig?.Mode,
        // Left out when not collected (errors.policy / errors.functionUrls say why).
        ...(policy !== undefined ? { policy } : {}),
        ...(urls !== undefined && urls !== null ? { functionUrls: urls } : {}),
      };
      const relationships: Relationship[] = [];
      if (fn.Role) relationships.push({ type: 'uses-role', target: fn.Role });
      if (vpc) {
        relationships.push({ type: 'in-vpc', target: ec2Arn('vpc', vpc.VpcId) });
        for (const s of vpc.SubnetIds) relationships.push({ type: 'in-subnet', target: ec2Arn('subnet', s) });
        for (const g of vpc.SecurityGroupIds) relationships.push({ type: 'uses-security-group', target: ec2Arn('security-group', g) });
      }
      if (fn.KMSKeyArn) relationships.push({ type: 'encrypted-by', target: fn.KMSKeyArn });
      ctx.emit({
        uid,
        account: ctx.account,
        region: ctx.region,
        type: LAMBDA_FUNCTION_TYPE,
        name,
        tags: {},
        config: config as unknown as Record<string, unknown>,
        relationships,
        errors: Object.keys(errors).length ? errors : undefined,
      });
    }
  },
};
