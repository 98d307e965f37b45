import type { CloudEvent } from '../../../model/event.js';
import { capped, sha1 } from '../../../detect/read/values.js';
import { quoteForError } from '../../../model/errors.js';

/** The default (version 2) format, which S3 delivery and CloudWatch Logs use unless a custom one is set. */
export const DEFAULT_FLOW_FIELDS = [
  'version', 'account-id', 'interface-id', 'srcaddr', 'dstaddr', 'srcport', 'dstport',
  'protocol', 'packets', 'bytes', 'start', 'end', 'action', 'log-status',
];

const KNOWN_FIELDS = new Set([
  ...DEFAULT_FLOW_FIELDS,
  'vpc-id', 'subnet-id', 'instance-id', 'tcp-flags', 'type', 'pkt-srcaddr', 'pkt-dstaddr', 'region', 'az-id',
  'sublocation-type', 'sublocation-id', 'pkt-src-aws-service', 'pkt-dst-aws-service', 'flow-direction', 'traffic-path',
  'ecs-cluster-arn', 'ecs-cluster-name', 'ecs-container-instance-arn', 'ecs-container-instance-id', 'ecs-container-id',
  'ecs-second-container-id', 'ecs-service-name', 'ecs-task-definition-arn', 'ecs-task-arn', 'ecs-task-id', 'reject-reason',
]);

const NUMERIC = new Set(['version', 'srcport', 'dstport', 'protocol', 'packets', 'bytes', 'start', 'end', 'tcp-flags', 'traffic-path']);

export interface FlowFormat {
  fields: string[];
  separator: RegExp | string;
  /** The first line was a header, not a record. */
  header: boolean;
}

/**
 * The format of a flow log from its first line: a header naming the fields (S3 delivery, custom
 * formats; "_" spellings from Athena/CSV exports are read as "-"), or a default-format record.
 * undefined when the line is neither.
 */
export function detectFlowFormat(firstLine: string): FlowFormat | undefined {
  const line = firstLine.trim();
  const comma = line.includes(',') && !/\s/.test(line);
  const separator = comma ? ',' : /\s+/;
  const tokens = line.split(separator);
  // Field names are short (the longest, ecs-second-container-id, has 23 characters): a longer
  // token is no header, and none becomes a key of every record.
  if (tokens.every((t) => t.length <= 64 && /^[a-z][a-z0-9_-]*$/.test(t))) {
    const fields = tokens.map((t) => t.replace(/_/g, '-'));
    const known = fields.filter((f) => KNOWN_FIELDS.has(f)).length;
    if (known >= 2 && fields.some((f) => f === 'srcaddr' || f === 'dstaddr' || f === 'interface-id' || f === 'log-status')) {
      return { fields, separator, header: true };
    }
    return undefined;
  }
  if (
    tokens.length === 14 && tokens[0] === '2' &&
    /^(\d{12}|-|unknown)$/.test(tokens[1]) &&
    /^(ACCEPT|REJECT|-)$/.test(tokens[12]) && /^(OK|NODATA|SKIPDATA)$/.test(tokens[13])
  ) {
    return { fields: DEFAULT_FLOW_FIELDS, separator: /\s+/, header: false };
  }
  return undefined;
}

/** Account and region from an S3 delivery path (AWSLogs/<account>/vpcflowlogs/<region>/…), if it is one. */
export function flowPathContext(file: string): { account?: string; region?: string } {
  const m = /AWSLogs\/(?:o-[a-z0-9]+\/)?(\d{12})\/vpcflowlogs\/([a-z0-9-]+)\//.exec(file);
  return m ? { account: m[1], region: m[2] } : {};
}

/** One flow record; null for NODATA/SKIPDATA (no traffic, or records skipped by AWS: not errors). */
export function fromFlowLine(
  line: string,
  format: FlowFormat,
  file: string,
  context: { account?: string; region?: string },
): CloudEvent | null | string {
  const values = line.trim().split(format.separator);
  if (values.length !== format.fields.length) {
    return `flow record has ${values.length} fields, the format has ${format.fields.length}`;
  }
  const raw: Record<string, string | number> = {};
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (v === '-' || v === '') continue; // "-": no value for this field
    const f = format.fields[k];
    if (NUMERIC.has(f)) {
      const n = Number(v);
      if (!Number.isFinite(n)) return `field ${f} is not a number: ${quoteForError(v)}`;
      raw[f] = n;
    } else raw[f] = capped(v);
  }
  const status = raw['log-status'];
  if (status === 'NODATA' || status === 'SKIPDATA') return null;
  const seconds = (raw.start ?? raw.end) as number | undefined;
  if (seconds === undefined) return 'flow record has no start or end time';
  const timeMs = seconds * 1000;
  // A damaged number can be finite and still no date ("173509e239"): one bad line, not the whole file.
  if (!(Math.abs(timeMs) <= 8.64e15)) return `flow record time is out of range: ${seconds}`;
  const str = (f: string) => (typeof raw[f] === 'string' ? (raw[f] as string) : undefined);
  const num = (f: string) => (typeof raw[f] === 'number' ? (raw[f] as number) : undefined);
  const event: CloudEvent = {
    id: sha1(`${file}\n${line}`),
    source: 'vpcflow',
    time: new Date(timeMs).toISOString(),
    timeMs,
    account: str('account-id') ?? context.account ?? '',
    region: str('region') ?? context.region ?? '',
    resources: [],
    raw,
  };
  const src = { ip: str('srcaddr'), port: num('srcport') };
  const dst = { ip: str('dstaddr'), port: num('dstport') };
  if (src.ip !== undefined || src.port !== undefined) event.src = dropUndefined(src);
  if (dst.ip !== undefined || dst.port !== undefined) event.dst = dropUndefined(dst);
  const action = str('action');
  const network: NonNullable<CloudEvent['network']> = dropUndefined({
    protocol: num('protocol'),
    action: action === 'ACCEPT' || action === 'REJECT' ? (action as 'ACCEPT' | 'REJECT') : undefined,
    bytes: num('bytes'),
    packets: num('packets'),
    interfaceId: str('interface-id'),
    direction: str('flow-direction'),
  });
  if (Object.keys(network).length) event.network = network;
  const interfaceId = str('interface-id');
  if (interfaceId) event.resources.push({ uid: interfaceId, type: 'AWS::EC2::NetworkInterface' });
  const instanceId = str('instance-id');
  if (instanceId) event.resources.push({ uid: instanceId, type: 'AWS::EC2::Instance' });
  return event;
}

function dropUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
