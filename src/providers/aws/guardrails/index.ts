/**
 * Preventive guardrails and the account baseline (issue #13 item 6): the catalogue of recommended
 * SCPs, RCPs, EC2 declarative policies and centralised root access with ready-to-apply policies and
 * probes (catalogue.ts), the per-account audit that runs the probes through the policy evaluation
 * engine (audit.ts), effective declarative policies (declarative.ts) and the baseline checklist
 * over posture results (baseline.ts).
 */
export * from './catalogue.js';
export * from './audit.js';
export * from './declarative.js';
export * from './baseline.js';
