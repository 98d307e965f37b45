import {
  DescribeLoadBalancerAttributesCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeListeners,
  paginateDescribeLoadBalancers,
  type Listener,
  type LoadBalancer,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { LISTENER_TYPE, LOAD_BALANCER_TYPE, type ListenerConfig, type LoadBalancerConfig } from '../../model/elbv2.js';
import type { Relationship } from '../../../../model/types.js';
import type { ServiceCollector } from '../types.js';

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
    for (const lb of loadBalancers ?? []) {
      const uid = lb.LoadBalancerArn ?? '';
      const type = lb.Type ?? 'application';
      const errors: Record<string, string> = {};
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
        tags: {},
        config: config as unknown as Record<string, unknown>,
        relationships,
        errors: Object.keys(errors).length ? errors : undefined,
      });

      for (const l of listeners ?? []) {
        const lconfig: ListenerConfig = {
          LoadBalancerArn: uid,
          LoadBalancerType: type,
          Protocol: l.Protocol,
          Port: l.Port,
          SslPolicy: l.SslPolicy,
          DefaultActions: (l.DefaultActions ?? []).map((a) => ({
            Type: a.Type ?? 'unknown',
            TargetGroupArn: a.TargetGroupArn,
            RedirectConfig: a.RedirectConfig
              ? { Protocol: a.RedirectConfig.Protocol, Port: a.RedirectConfig.Port, Host: a.RedirectConfig.Host, Path: a.RedirectConfig.Path, StatusCode: a.RedirectConfig.StatusCode }
              : undefined,
            FixedResponseConfig: a.FixedResponseConfig ? { StatusCode: a.FixedResponseConfig.StatusCode } : undefined,
          })),
          CertificateArns: (l.Certificates ?? []).map((c) => c.CertificateArn).filter((c): c is string => !!c),
        };
        const lrel: Relationship[] = [{ type: 'listener-of', target: uid }];
        for (const c of lconfig.CertificateArns) lrel.push({ type: 'uses-certificate', target: c });
        for (const a of lconfig.DefaultActions) if (a.TargetGroupArn) lrel.push({ type: 'forwards-to', target: a.TargetGroupArn });
        ctx.emit({
          uid: l.ListenerArn ?? `${uid}/listener/${l.Port}`,
          account: ctx.account,
          region: ctx.region,
          type: LISTENER_TYPE,
          name: `${config.LoadBalancerName} ${l.Protocol ?? ''}:${l.Port ?? ''}`,
          tags: {},
          config: lconfig as unknown as Record<string, unknown>,
          relationships: lrel,
        });
      }
    }
  },
};
