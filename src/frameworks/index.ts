/** Compliance frameworks rules map to. Ids are stable; they appear in CLI flags and outputs. */
export const FRAMEWORKS = {
  'cis-aws-3.0': { name: 'CIS AWS Foundations Benchmark v3.0.0', short: 'CIS 3.0' },
  fsbp: { name: 'AWS Foundational Security Best Practices', short: 'FSBP' },
  'nist-800-53-r5': { name: 'NIST SP 800-53 Rev. 5', short: 'NIST 800-53' },
  'pci-dss-3.2.1': { name: 'PCI DSS v3.2.1', short: 'PCI DSS 3.2.1' },
  'pci-dss-4.0': { name: 'PCI DSS v4.0.1', short: 'PCI DSS 4.0' },
} as const;

export type FrameworkId = keyof typeof FRAMEWORKS;
export const FRAMEWORK_IDS = Object.keys(FRAMEWORKS) as FrameworkId[];

export function isFrameworkId(id: string): id is FrameworkId {
  return Object.hasOwn(FRAMEWORKS, id);
}
