/** MITRE ATT&CK (Enterprise) tags in Sigma style → tactic and technique ids; Sigma level → Severity. */
import type { Severity } from '../../model/types.js';
import type { RuleLevel } from './types.js';

/**
 * The Enterprise tactics, by their Sigma tag name (`attack.<name>`). ATT&CK v19 renamed TA0005
 * Defense Evasion to Stealth and split Defense Impairment (TA0112) off it; SigmaHQ's rules now use
 * `attack.stealth` and `attack.defense-impairment`, older rules `attack.defense-evasion`.
 */
export const ATTACK_TACTICS: Readonly<Record<string, string>> = {
  reconnaissance: 'TA0043',
  resource_development: 'TA0042',
  initial_access: 'TA0001',
  execution: 'TA0002',
  persistence: 'TA0003',
  privilege_escalation: 'TA0004',
  stealth: 'TA0005',
  defense_evasion: 'TA0005',
  defense_impairment: 'TA0112',
  credential_access: 'TA0006',
  discovery: 'TA0007',
  lateral_movement: 'TA0008',
  collection: 'TA0009',
  command_and_control: 'TA0011',
  exfiltration: 'TA0010',
  impact: 'TA0040',
};

const TECHNIQUE = /^attack\.(t\d{4})(?:\.(\d{3}))?$/i;
const TACTIC_ID = /^attack\.(ta\d{4})$/i;
/** Groups, software, campaigns, mitigations and data sources: ATT&CK objects that are not tactics or techniques. */
const OTHER_OBJECT = /^attack\.(g|s|c|m|ds)\d{4}$/i;

/**
 * Maps Sigma tags to ATT&CK ids: `attack.t1078.004` → technique T1078.004,
 * `attack.privilege_escalation` → tactic TA0004 (`attack.ta0004` is accepted too). Other tags
 * (groups `attack.g…`, software `attack.s…`, `cve.…`, `detection.…`) are not ATT&CK tactics or
 * techniques and are left out. Ids are deduplicated and keep the tags' order.
 */
export function mapAttackTags(tags: readonly string[]): { tactics: string[]; techniques: string[]; unknown: number[] } {
  const tactics = new Set<string>();
  const techniques = new Set<string>();
  /** Positions of `attack.*` tags that name no tactic, technique or other ATT&CK object. */
  const unknown: number[] = [];
  tags.forEach((raw, index) => {
    const tag = raw.trim().toLowerCase();
    if (!tag.startsWith('attack.')) return;
    const t = TECHNIQUE.exec(tag);
    if (t) {
      techniques.add(t[1].toUpperCase() + (t[2] ? `.${t[2]}` : ''));
      return;
    }
    const ta = TACTIC_ID.exec(tag);
    if (ta) {
      tactics.add(ta[1].toUpperCase());
      return;
    }
    const id = ATTACK_TACTICS[tag.slice('attack.'.length).replace(/-/g, '_')];
    if (id) tactics.add(id);
    else if (!OTHER_OBJECT.test(tag)) unknown.push(index);
  });
  return { tactics: [...tactics], techniques: [...techniques], unknown };
}

const SEVERITY: Record<RuleLevel, Severity> = {
  informational: 'INFORMATIONAL',
  low: 'LOW',
  medium: 'MEDIUM',
  high: 'HIGH',
  critical: 'CRITICAL',
};

export function levelToSeverity(level: RuleLevel): Severity {
  return SEVERITY[level];
}
