import { classifyStandard, SECURITYHUB_HUB_TYPE } from '../../../../../src/providers/aws/model/securityhub.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, REGION, resource } from '../../../testing.js';

const target = `arn:aws:securityhub:${REGION}:${ACCOUNT}:hub/default`;
const std = (arn: string, StandardsStatus = 'READY') => ({ StandardsArn: arn, StandardsStatus, ...classifyStandard(arn) });
const FSBP = `arn:aws:securityhub:${REGION}::standards/aws-foundational-security-best-practices/v/1.0.0`;
const CIS3 = `arn:aws:securityhub:${REGION}::standards/cis-aws-foundations-benchmark/v/3.0.0`;
const CIS12 = 'arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0';
const PCI = `arn:aws:securityhub:${REGION}::standards/pci-dss/v/3.2.1`;
const hub = (standards: ReturnType<typeof std>[] | undefined, errors?: Record<string, string>) =>
  resource({ type: SECURITYHUB_HUB_TYPE, uid: target, config: { standards }, errors });

export const fixtures: RuleFixture[] = [
  { name: 'only FSBP', expect: 'FAIL', target, resources: [hub([std(FSBP)])] },
  { name: 'FSBP with outdated CIS v1.2.0', expect: 'FAIL', target, resources: [hub([std(FSBP), std(CIS12)])] },
  { name: 'CIS v3 and PCI, FSBP being deleted', expect: 'FAIL', target, resources: [hub([std(CIS3), std(PCI), std(FSBP, 'DELETING')])] },
  { name: 'FSBP and CIS v3.0.0', expect: 'PASS', target, resources: [hub([std(FSBP), std(CIS3), std(CIS12, 'DELETING')])] },
  { name: 'standards not collectable', expect: 'NOT_ASSESSED', target, resources: [hub(undefined, { standards: 'AccessDenied' })] },
];
