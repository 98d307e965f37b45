import type { LocalizedText, Provider } from '../model/types.js';

/** One requirement (control, recommendation) of a framework version. */
export interface FrameworkRequirement {
  id: string;
  title: string;
  /** Top-level section, e.g. "2 Logging and Monitoring". */
  section?: string;
  /** The benchmark's own assessment status (CIS: Automated / Manual). */
  assessment?: 'automated' | 'manual';
  /** CIS profile level. */
  level?: 1 | 2;
  /** The title in Japanese (mamori's translation). */
  titleJa?: string;
  /**
   * What the control asks for and why it matters, in mamori's own words (never the framework's
   * copyrighted text), two or three sentences, English and Japanese: shown on the control page.
   */
  description?: LocalizedText;
}

/**
 * A framework version as data. Rules map to requirement ids in their metadata; when `requirements`
 * is given, the conformance suite checks both ways (every requirement covered, no unknown ids).
 */
export interface FrameworkDefinition {
  name: string;
  short: string;
  /** The provider the framework is written for; absent for cross-cloud frameworks (NIST, PCI DSS). */
  provider?: Provider;
  requirements?: readonly FrameworkRequirement[];
  /**
   * Titles and descriptions of the controls mamori's rules map to, for frameworks whose complete
   * list mamori does not carry (FSBP, NIST SP 800-53, PCI DSS): not a coverage claim.
   */
  controls?: readonly FrameworkRequirement[];
}
