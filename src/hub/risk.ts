import type { Severity } from '../model/types.js';
import { globMatch } from './glob.js';
import { RISK_LEVELS, type ObservedFinding, type RiskAssessment, type RiskLevel } from './model.js';

/** Settings that tell the hub what matters (the `risk` section of the config file). */
export interface RiskSettings {
  criticalityTag: string;
  criticalResources: string[];
  productionAccounts: string[];
  sandboxAccounts: string[];
  dataClassificationTag: string;
  sensitiveDataValues: string[];
}

export const DEFAULT_RISK_SETTINGS: RiskSettings = {
  criticalityTag: 'mamori:criticality',
  criticalResources: [],
  productionAccounts: [],
  sandboxAccounts: [],
  dataClassificationTag: 'data-classification',
  sensitiveDataValues: ['confidential', 'restricted', 'pii'],
};

/**
 * The usual 4×4 risk-analysis grid: rows are likelihood, columns impact (LOW … CRITICAL).
 * Unlikely-but-devastating and likely-but-minor both land in the middle.
 */
const MATRIX: RiskLevel[][] = [
  ['LOW', 'LOW', 'MEDIUM', 'MEDIUM'],
  ['LOW', 'MEDIUM', 'HIGH', 'HIGH'],
  ['MEDIUM', 'HIGH', 'HIGH', 'CRITICAL'],
  ['MEDIUM', 'HIGH', 'CRITICAL', 'CRITICAL'],
];

export const riskRank = (level: RiskLevel) => RISK_LEVELS.indexOf(level);
const clamp = (n: number) => Math.max(0, Math.min(3, n));

const SEVERITY_IMPACT: Record<Severity, number> = { INFORMATIONAL: 0, LOW: 0, MEDIUM: 1, HIGH: 2, CRITICAL: 3 };

// Checks whose failure means the resource is reachable from the internet or by anyone.
const EXPOSURE = /public|internet|world|0-0-0-0|admin-ports|high-risk-ports|authorized-ports|trust-any-principal|endpoint-not-public|function-url|no-public-ip|imdsv2|ssh|rdp/;
// Checks about credentials: a failure hands over or weakens a way in.
const CREDENTIALS = /mfa|access-key|root|password|credential|secret|key-rotat|keys-rotated|unused/;


/** likelihood × impact with the factors that moved each, so every finding says *why* it has its risk. */
export function assessRisk(f: Pick<ObservedFinding, 'kind' | 'severity' | 'ruleId' | 'account' | 'resourceUid' | 'resourceTags'>, settings: RiskSettings = DEFAULT_RISK_SETTINGS): RiskAssessment {
  const factors: string[] = [];
  let impact = SEVERITY_IMPACT[f.severity];
  factors.push(`impact starts at severity ${f.severity}`);
  const criticality = f.resourceTags[settings.criticalityTag]?.toLowerCase();
  if (criticality === 'high' || criticality === 'critical') {
    impact++;
    factors.push(`impact +1: resource tagged ${settings.criticalityTag}=${criticality}`);
  } else if (criticality === 'low') {
    impact--;
    factors.push(`impact -1: resource tagged ${settings.criticalityTag}=low`);
  } else if (settings.criticalResources.some((p) => globMatch(p, f.resourceUid))) {
    impact++;
    factors.push('impact +1: resource listed as critical in the config');
  }
  if (settings.productionAccounts.includes(f.account)) {
    impact++;
    factors.push(`impact +1: production account ${f.account}`);
  }
  if (settings.sandboxAccounts.includes(f.account)) {
    impact--;
    factors.push(`impact -1: sandbox account ${f.account}`);
  }
  const classification = f.resourceTags[settings.dataClassificationTag]?.toLowerCase();
  if (classification && settings.sensitiveDataValues.includes(classification)) {
    impact++;
    factors.push(`impact +1: data classified ${classification}`);
  }

  let likelihood = 1;
  if (f.kind === 'threat' || f.kind === 'sequence') {
    likelihood = 3;
    factors.push(f.kind === 'sequence' ? 'likelihood CRITICAL: a correlated attack sequence, not a possibility' : 'likelihood CRITICAL: observed threat activity, not a possibility');
  } else {
    factors.push('likelihood starts at MEDIUM');
    if (EXPOSURE.test(f.ruleId.toLowerCase())) {
      likelihood++;
      factors.push('likelihood +1: exposed to the internet or to anyone');
    }
    if (CREDENTIALS.test(f.ruleId.toLowerCase())) {
      likelihood++;
      factors.push('likelihood +1: credentials involved');
    }
    if (f.severity === 'INFORMATIONAL' || f.severity === 'LOW') {
      likelihood--;
      factors.push('likelihood -1: low-severity hardening item');
    }
  }
  const i = clamp(impact);
  const l = clamp(likelihood);
  return { level: MATRIX[l][i], likelihood: RISK_LEVELS[l], impact: RISK_LEVELS[i], factors };
}

/** The config's risk section over the defaults. */
export function riskFromConfig(config: { risk?: Partial<RiskSettings> }): RiskSettings {
  return { ...DEFAULT_RISK_SETTINGS, ...config.risk };
}
