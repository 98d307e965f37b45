/**
 * Config shapes of Elastic Load Balancing v2 resources (Application, Network and Gateway Load
 * Balancers) in the snapshot. Field names follow the elbv2 API.
 */

/** uid: LoadBalancerArn. */
export const LOAD_BALANCER_TYPE = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
/** uid: ListenerArn; relationship `listener-of` → its load balancer. */
export const LISTENER_TYPE = 'AWS::ElasticLoadBalancingV2::Listener';
/** uid: TargetGroupArn; relationships `used-by` → its load balancers, `routes-to` → registered targets. */
export const TARGET_GROUP_TYPE = 'AWS::ElasticLoadBalancingV2::TargetGroup';

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
   * ipv4 | dualstack (public IPv4 and IPv6) | dualstack-without-public-ipv4 (Application Load
   * Balancers: public IPv6 only). Absent in snapshots of collectors that did not read it.
   */
  IpAddressType?: string;
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
  /** Weighted forward (ForwardConfig.TargetGroups); a weight of 0 sends no traffic. */
  ForwardTargetGroups?: { TargetGroupArn: string; Weight?: number }[];
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
  /**
   * DescribeRules of an Application Load Balancer listener, the default rule excluded (it is
   * DefaultActions). Absent for other load balancer types (their listeners have no rules) and when
   * the call failed (errors.rules).
   */
  rules?: ListenerRule[];
}

export interface ListenerRule {
  Priority?: string;
  Actions: ListenerAction[];
  /** Fields the rule's conditions test (host-header, path-pattern, source-ip, ...). */
  ConditionFields: string[];
  /** Values of its source-ip condition(s), when it has one: the rule applies only to those clients. */
  SourceIps?: string[];
}

export interface RegisteredTarget {
  /** Instance id, IP address, Lambda function ARN or ALB ARN, by the group's TargetType. */
  Id: string;
  Port?: number;
  AvailabilityZone?: string;
  /** initial | healthy | unhealthy | unhealthy.draining | unused | draining | unavailable */
  State?: string;
  Reason?: string;
}

export interface TargetGroupConfig {
  TargetGroupName: string;
  /** instance | ip | lambda | alb */
  TargetType: string;
  Protocol?: string;
  Port?: number;
  VpcId?: string;
  LoadBalancerArns: string[];
  /** DescribeTargetHealth: every registered target; absent when the call failed (errors.targets). */
  targets?: RegisteredTarget[];
  /**
   * DescribeTargetGroupAttributes as a key → value map (preserve_client_ip.enabled,
   * deregistration_delay.timeout_seconds, ...). Absent when the call failed (errors.attributes).
   */
  attributes?: Record<string, string>;
}
