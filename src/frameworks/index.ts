/**
 * Compliance frameworks rules map to. Ids are stable; they appear in CLI flags and outputs.
 * Each framework version is data (src/frameworks/types.ts); provider benchmarks live in their
 * provider's folder, one file per version, so a new benchmark version is one file and one line here.
 */
import { CIS_AWS_3_0 } from '../providers/aws/frameworks/cis-aws-3.0.js';
import { FSBP_CONTROLS } from '../providers/aws/frameworks/fsbp.js';
import { CIS_AZURE_6_0 } from '../providers/azure/frameworks/cis-azure-6.0.js';
import { MCSB_1_0_CONTROLS } from '../providers/azure/frameworks/mcsb-1.0.js';
import { CIS_GCP_5_0 } from '../providers/gcp/frameworks/cis-gcp-5.0.js';
import { NIST_800_53_R5_CONTROLS } from './nist-800-53-r5.js';
import { PCI_DSS_3_2_1_CONTROLS, PCI_DSS_4_0_CONTROLS } from './pci-dss.js';
import type { FrameworkDefinition, FrameworkRequirement } from './types.js';

const DEFINITIONS = {
  'cis-aws-3.0': { name: 'CIS AWS Foundations Benchmark v3.0.0', short: 'CIS AWS 3.0', provider: 'aws', requirements: CIS_AWS_3_0 },
  fsbp: { name: 'AWS Foundational Security Best Practices', short: 'FSBP', provider: 'aws', controls: FSBP_CONTROLS },
  'cis-gcp-5.0': { name: 'CIS Google Cloud Platform Foundation Benchmark v5.0.0', short: 'CIS GCP 5.0', provider: 'gcp', requirements: CIS_GCP_5_0 },
  'cis-azure-6.0': { name: 'CIS Microsoft Azure Foundations Benchmark v6.0.0', short: 'CIS Azure 6.0', provider: 'azure', requirements: CIS_AZURE_6_0 },
  'mcsb-1.0': { name: 'Microsoft cloud security benchmark v1', short: 'MCSB', provider: 'azure', controls: MCSB_1_0_CONTROLS },
  'nist-800-53-r5': { name: 'NIST SP 800-53 Rev. 5', short: 'NIST 800-53', controls: NIST_800_53_R5_CONTROLS },
  'pci-dss-3.2.1': { name: 'PCI DSS v3.2.1', short: 'PCI DSS 3.2.1', controls: PCI_DSS_3_2_1_CONTROLS },
  'pci-dss-4.0': { name: 'PCI DSS v4.0.1', short: 'PCI DSS 4.0', controls: PCI_DSS_4_0_CONTROLS },
} as const satisfies Record<string, FrameworkDefinition>;

export type FrameworkId = keyof typeof DEFINITIONS;
export const FRAMEWORKS: Readonly<Record<FrameworkId, FrameworkDefinition>> = DEFINITIONS;
export const FRAMEWORK_IDS = Object.keys(FRAMEWORKS) as FrameworkId[];

export function isFrameworkId(id: string): id is FrameworkId {
  return Object.hasOwn(DEFINITIONS, id);
}

export function frameworkDefinition(id: FrameworkId): FrameworkDefinition {
  return FRAMEWORKS[id];
}

/** A requirement with its title and description, from the framework's full list or from the controls mamori maps to. */
export function requirementOf(id: FrameworkId, requirement: string): FrameworkRequirement | undefined {
  const def = frameworkDefinition(id);
  return (def.requirements ?? def.controls)?.find((r) => r.id === requirement);
}

/** The requirement's title (for reports and insights). */
export function requirementTitle(id: FrameworkId, requirement: string): string | undefined {
  return requirementOf(id, requirement)?.title;
}
