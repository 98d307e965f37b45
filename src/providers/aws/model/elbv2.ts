/**
 * Config shapes of Elastic Load Balancing v2 resources (Application, Network and Gateway Load
 * Balancers) in the snapshot. Field names follow the elbv2 API.
 */

/** uid: LoadBalancerArn. */
export const LOAD_BALANCER_TYPE = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
/** uid: ListenerArn; relationship `listener-of` → its load balancer. */
export const LISTENER_TYPE = 'AWS::ElasticLoadBalancingV2::Listener';

export interface LoadBalancerConfig {
  LoadBalancerName: string;
  /** application | network | gateway */
  Type: string;
  /** internet-facing | internal */
  Scheme: string;
  DNSName?: string;
  VpcId?: string;
  State?: string;
  AvailabilityZones: { ZoneName?: string; SubnetId?: string }[];
  SecurityGroups: string[];
  /**
   * DescribeLoadBalancerAttributes as a key → value map (deletion_protection.enabled,
   * access_logs.s3.enabled, routing.http.drop_invalid_header_fields.enabled,
   * routing.http.desync_mitigation_mode, ...). Absent: not collected (errors.attributes).
   */
  attributes?: Record<string, string>;
  /** Number of listeners; absent when DescribeListeners failed (errors.listeners). */
  listenerCount?: number;
}

export interface ListenerAction {
  Type: string;
  TargetGroupArn?: string;
  RedirectConfig?: { Protocol?: string; Port?: string; Host?: string; Path?: string; StatusCode?: string };
  FixedResponseConfig?: { StatusCode?: string };
}

export interface ListenerConfig {
  LoadBalancerArn: string;
  /** Type of the parent load balancer (application | network | gateway), copied for rules. */
  LoadBalancerType: string;
  Protocol?: string;
  Port?: number;
  SslPolicy?: string;
  DefaultActions: ListenerAction[];
  CertificateArns: string[];
}
