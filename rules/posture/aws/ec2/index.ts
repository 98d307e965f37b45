import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as amiBlockPublicAccessEnabled } from './aws-ec2-ami-block-public-access-enabled/rule.js';
import { rule as amiNotPublic } from './aws-ec2-ami-not-public/rule.js';
import { rule as ebsDefaultEncryptionEnabled } from './aws-ec2-ebs-default-encryption-enabled/rule.js';
import { rule as eipUnused } from './aws-ec2-eip-unused/rule.js';
import { rule as imdsDefaultsRequireV2 } from './aws-ec2-imds-defaults-require-v2/rule.js';
import { rule as instanceImdsv2Required } from './aws-ec2-instance-imdsv2-required/rule.js';
import { rule as instanceNoPublicIp } from './aws-ec2-instance-no-public-ip/rule.js';
import { rule as instanceSingleEni } from './aws-ec2-instance-single-eni/rule.js';
import { rule as instanceStoppedNotRetained } from './aws-ec2-instance-stopped-not-retained/rule.js';
import { rule as sgDefaultRestrictsAllTraffic } from './aws-ec2-sg-default-restricts-all-traffic/rule.js';
import { rule as sgNoIpv4AdminPorts } from './aws-ec2-sg-no-ipv4-admin-ports/rule.js';
import { rule as sgNoIpv6AdminPorts } from './aws-ec2-sg-no-ipv6-admin-ports/rule.js';
import { rule as sgNoPublicHighRiskPorts } from './aws-ec2-sg-no-public-high-risk-ports/rule.js';
import { rule as sgNoPublicRdp } from './aws-ec2-sg-no-public-rdp/rule.js';
import { rule as sgNoPublicSsh } from './aws-ec2-sg-no-public-ssh/rule.js';
import { rule as sgPublicOnlyAuthorizedPorts } from './aws-ec2-sg-public-only-authorized-ports/rule.js';
import { rule as snapshotBlockPublicAccessEnabled } from './aws-ec2-snapshot-block-public-access-enabled/rule.js';
import { rule as snapshotNotPublic } from './aws-ec2-snapshot-not-public/rule.js';
import { rule as snapshotNotSharedExternally } from './aws-ec2-snapshot-not-shared-externally/rule.js';
import { rule as volumeAttachedEncrypted } from './aws-ec2-volume-attached-encrypted/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [
  amiBlockPublicAccessEnabled,
  amiNotPublic,
  ebsDefaultEncryptionEnabled,
  eipUnused,
  imdsDefaultsRequireV2,
  instanceImdsv2Required,
  instanceNoPublicIp,
  instanceSingleEni,
  instanceStoppedNotRetained,
  sgDefaultRestrictsAllTraffic,
  sgNoIpv4AdminPorts,
  sgNoIpv6AdminPorts,
  sgNoPublicHighRiskPorts,
  sgNoPublicRdp,
  sgNoPublicSsh,
  sgPublicOnlyAuthorizedPorts,
  snapshotBlockPublicAccessEnabled,
  snapshotNotPublic,
  snapshotNotSharedExternally,
  volumeAttachedEncrypted,
];
