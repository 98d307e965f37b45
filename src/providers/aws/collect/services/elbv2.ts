import {
  DescribeLoadBalancerAttributesCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTagsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeListeners,
  paginateDescribeLoadBalancers,
  paginateDescribeRules,
  paginateDescribeTargetGroups,
  type Action,
  type Listener,
  type LoadBalancer,
  type Rule,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  LISTENER_TYPE,
  LOAD_BALANCER_TYPE,
  TARGET_GROUP_TYPE,
  type ListenerAction,
  type ListenerConfig,
  type ListenerRule,
  type LoadBalancerConfig,
  type RegisteredTarget,
  type TargetGroupConfig,
} from '../../model/elbv2.js';
import type { Relationship } from '../../../../model/types.js';
import type { CollectContext, ServiceCollector } from '../types.js';

/** DescribeTags takes at most 20 ARNs per call (Elastic Load Balancing API Reference › DescribeTags). */
const TAGS_PER_CALL = 20;

/**
 * Tags of load balancers or target groups by ARN, 20 ARNs per DescribeTags call. A failed call
 * leaves its ARNs without tags and records the error (once, on the first ARN of the call); the
 * ARNs it covered are returned in `failed` with the error code, for their Resource.errors.tags.
 */
async function describeTags(ctx: CollectContext, elb: ElasticLoadBalancingV2Client, arns: string[]): Promise<{ tags: Map<string, Record<string, string>>; failed: Map<string, string> }> {
  const tags = new Map<string, Record<string, string>>();
  const failed = new Map<string, string>();
  for (let i = 0; i < arns.length; i += TAGS_PER_CALL) {
    const chunk = arns.slice(i, i + TAGS_PER_CALL);
    const errors: Record<string, string> = {};
    const got = await ctx.detail(errors, chunk[0], 'tags', 'DescribeTags', async () => (await elb.send(new DescribeTagsCommand({ ResourceArns: chunk }))).TagDescriptions ?? []);
    if (!got) {
      for (const arn of chunk) failed.set(arn, errors.tags ?? 'Unknown');
      continue;
    }
    for (const d of got) if (d.ResourceArn) tags.set(d.ResourceArn, Object.fromEntries((d.Tags ?? []).filter((t) => t.Key).map((t) => [t.Key!, t.Value ?? ''])));
  }
  return { tags, failed };
}

function action(a: Action): ListenerAction {
  const weighted = (a.ForwardConfig?.TargetGroups ?? []).filter((t) => t.TargetGroupArn).map((t) => ({ TargetGroupArn: t.TargetGroupArn!, Weight: t.Weight }));
  return {
    Type: a.Type ?? 'unknown',
    TargetGroupArn: a.TargetGroupArn,
    ForwardTargetGroups: weighted.length ? weighted : undefined,
    RedirectConfig: a.RedirectConfig
      ? { Protocol: a.RedirectConfig.Protocol, Port: a.RedirectConfig.Port, Host: a.RedirectConfig.Host, Path: a.RedirectConfig.Path, StatusCode: a.RedirectConfig.StatusCode }
      : undefined,
    FixedResponseConfig: a.FixedResponseConfig ? { StatusCode: a.FixedResponseConfig.StatusCode } : undefined,
  };
}

function rule(r: Rule): ListenerRule {
  const conditions = r.Conditions ?? [];
  const sourceIps = conditions.filter((c) => c.Field === 'source-ip').flatMap((c) => c.SourceIpConfig?.Values ?? c.Values ?? []);
  return {
    Priority: r.Priority,
    Actions: (r.Actions ?? []).map(action),
    ConditionFields: conditions.map((c) => c.Field ?? 'unknown'),
    SourceIps: conditions.some((c) => c.Field === 'source-ip') ? sourceIps : undefined,
  };
}

export const collector: ServiceCollector = {
  service: 'elbv2',
  global: false,
  async collect(ctx) {
    const elb = ctx.client(ElasticLoadBalancingV2Client);
    const ec2Arn = (kind: string, id: string) => `arn:${ctx.partition}:ec2:${ctx.region}:${ctx.account}:${kind}/${id}`;

    const loadBalancers = await ctx.list('DescribeLoadBalancers', [LOAD_BALANCER_TYPE, LISTENER_TYPE], async () => {
      const out: LoadBalancer[] = [];
      for await (const page of paginateDescribeLoadBalancers({ client: elb }, {})) out.push(...(page.LoadBalancers ?? []));
      return out;
    });
    const lbTags = await describeTags(ctx, elb, (loadBalancers ?? []).map((lb) => lb.LoadBalancerArn).filter((a): a is string => !!a));
    for (const lb of loadBalancers ?? []) {
      const uid = lb.LoadBalancerArn ?? '';
      const type = lb.Type ?? 'application';
      const errors: Record<string, string> = {};
      if (lbTags.failed.has(uid)) errors.tags = lbTags.failed.get(uid)!;
      const attributes = await ctx.detail(errors, uid, 'attributes', 'DescribeLoadBalancerAttributes', async () => {
        const r = await elb.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: uid }));
        return Object.fromEntries((r.Attributes ?? []).filter((a) => a.Key).map((a) => [a.Key!, a.Value ?? '']));
      });
      const listeners = await ctx.detail(errors, uid, 'listeners', 'DescribeListeners', async () => {
        const out: Listener[] = [];
        for await (const page of paginateDescribeListeners({ client: elb }, { LoadBalancerArn: uid })) out.push(...(page.Listeners ?? []));
        return out;
      });
      const config: LoadBalancerConfig = {
        LoadBalancerName: lb.LoadBalancerName ?? uid,
        Type: type,
        Scheme: lb.Scheme ?? 'internal',
        DNSName: lb.DNSName,
        VpcId: lb.VpcId,
        State: lb.State?.Code,
        AvailabilityZones: (lb.AvailabilityZones ?? []).map((z) => ({ ZoneName: z.ZoneName, SubnetId: z.SubnetId })),
        SecurityGroups: lb.SecurityGroups ?? [],
        IpAddressType: lb.IpAddressType,
        attributes: attributes ?? undefined,
        listenerCount: listeners ? listeners.length : undefined,
      };
      const relationships: Relationship[] = [];
      if (lb.VpcId) relationships.push({ type: 'in-vpc', target: ec2Arn('vpc', lb.VpcId) });
      for (const z of lb.AvailabilityZones ?? []) if (z.SubnetId) relationships.push({ type: 'in-subnet', target: ec2Arn('subnet', z.SubnetId) });
      for (const g of lb.SecurityGroups ?? []) relationships.push({ type: 'uses-security-group', target: ec2Arn('security-group', g) });
      const bucket = attributes?.['access_logs.s3.bucket'];
      if (attributes?.['access_logs.s3.enabled'] === 'true' && bucket) relationships.push({ type: 'logs-to', target: `arn:${ctx.partition}:s3:::${bucket}` });
      ctx.emit({
        uid,
        account: ctx.account,
        region: ctx.region,
        type: LOAD_BALANCER_TYPE,
        name: config.LoadBalancerName,
        tags: lbTags.tags.get(uid) ?? {},
        config: config as unknown as Record<string, unknown>,
        relationships,
        errors: Object.keys(errors).length ? errors : undefined,
      });

      for (const l of listeners ?? []) {
        const luid = l.ListenerArn ?? `${uid}/listener/${l.Port}`;
        const lerrors: Record<string, string> = {};
        // Only Application Load Balancer listeners have rules beyond the default one.
        const rules =
          type === 'application' && l.ListenerArn
            ? await ctx.detail(lerrors, luid, 'rules', 'DescribeRules', async () => {
                const out: Rule[] = [];
                for await (const page of paginateDescribeRules({ client: elb }, { ListenerArn: l.ListenerArn })) out.push(...(page.Rules ?? []));
                return out.filter((r) => !r.IsDefault).map(rule);
              })
            : undefined;
        const lconfig: ListenerConfig = {
          LoadBalancerArn: uid,
          LoadBalancerType: type,
          Protocol: l.Protocol,
          Port: l.Port,
          SslPolicy: l.SslPolicy,
          DefaultActions: (l.DefaultActions ?? []).map(action),
          CertificateArns: (l.Certificates ?? []).map((c) => c.CertificateArn).filter((c): c is string => !!c),
          rules: rules ?? undefined,
        };
        const lrel: Relationship[] = [{ type: 'listener-of', target: uid }];
        for (const c of lconfig.CertificateArns) lrel.push({ type: 'uses-certificate', target: c });
        const forwarded = new Set<string>();
        for (const a of [...lconfig.DefaultActions, ...(lconfig.rules ?? []).flatMap((r) => r.Actions)]) {
          if (a.TargetGroupArn) forwarded.add(a.TargetGroupArn);
          for (const t of a.ForwardTargetGroups ?? []) forwarded.add(t.TargetGroupArn);
        }
        for (const tg of forwarded) lrel.push({ type: 'forwards-to', target: tg });
        ctx.emit({
          uid: luid,
          account: ctx.account,
          region: ctx.region,
          type: LISTENER_TYPE,
          name: `${config.LoadBalancerName} ${l.Protocol ?? ''}:${l.Port ?? ''}`,
          tags: {},
          config: lconfig as unknown as Record<string, unknown>,
          relationships: lrel,
          errors: Object.keys(lerrors).length ? lerrors : undefined,
        });
      }
    }

    // Target groups and what is registered in them: which instances, IPs and functions a listener reaches.
    const groups = await ctx.list('DescribeTargetGroups', [TARGET_GROUP_TYPE], async () => {
      const out: TargetGroup[] = [];
      for await (const page of paginateDescribeTargetGroups({ client: elb }, {})) out.push(...(page.TargetGroups ?? []));
      return out;
    });
    const groupTags = await describeTags(ctx, elb, (groups ?? []).map((g) => g.TargetGroupArn).filter((a): a is string => !!a));
    for (const g of groups ?? []) {
      const uid = g.TargetGroupArn ?? '';
      const errors: Record<string, string> = {};
      if (groupTags.failed.has(uid)) errors.tags = groupTags.failed.get(uid)!;
      const targets = await ctx.detail(errors, uid, 'targets', 'DescribeTargetHealth', async () => {
        const r = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: uid }));
        return (r.TargetHealthDescriptions ?? [])
          .filter((d) => d.Target?.Id)
          .map((d): RegisteredTarget => ({ Id: d.Target!.Id!, Port: d.Target!.Port, AvailabilityZone: d.Target!.AvailabilityZone, State: d.TargetHealth?.State, Reason: d.TargetHealth?.Reason }));
      });
      const attributes = await ctx.detail(errors, uid, 'attributes', 'DescribeTargetGroupAttributes', async () => {
        const r = await elb.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: uid }));
        return Object.fromEntries((r.Attributes ?? []).filter((a) => a.Key).map((a) => [a.Key!, a.Value ?? '']));
      });
      const targetType = g.TargetType ?? 'instance';
      const config: TargetGroupConfig = {
        TargetGroupName: g.TargetGroupName ?? uid,
        TargetType: targetType,
        Protocol: g.Protocol,
        Port: g.Port,
        VpcId: g.VpcId,
        LoadBalancerArns: g.LoadBalancerArns ?? [],
        targets: targets ?? undefined,
        attributes: attributes ?? undefined,
      };
      const relationships: Relationship[] = (g.LoadBalancerArns ?? []).map((lb) => ({ type: 'used-by', target: lb }));
      if (g.VpcId) relationships.push({ type: 'in-vpc', target: ec2Arn('vpc', g.VpcId) });
      for (const t of targets ?? []) {
        const target = targetType === 'instance' ? ec2Arn('instance', t.Id) : targetType === 'lambda' || targetType === 'alb' ? t.Id : undefined;
        if (target) relationships.push({ type: 'routes-to', target });
      }
      ctx.emit({
        uid,
        account: ctx.account,
        region: ctx.region,
        type: TARGET_GROUP_TYPE,
        name: config.TargetGroupName,
        tags: groupTags.tags.get(uid) ?? {},
        config: config as unknown as Record<string, unknown>,
        relationships,
        errors: Object.keys(errors).length ? errors : undefined,
      });
    }
  },
};
