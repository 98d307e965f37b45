/**
 * ATT&CK tactics as correlation sees them: their names (en/ja) and the stage of an intrusion each
 * belongs to, so "several tactics in a plausible order" can be checked. GuardDuty finding types
 * (ThreatPurpose:ResourceType/ThreatFamily.Detail) map onto the same tactics.
 */
import type { LocalizedText } from '../model/types.js';

export interface TacticInfo {
  id: string;
  name: LocalizedText;
  /**
   * 0 reconnaissance, 1 getting in (initial / credential access), 2 finding one's way (discovery,
   * execution), 3 staying and growing (persistence, privilege escalation, defence evasion, lateral
   * movement), 4 the goal (collection, command and control, exfiltration, impact).
   */
  stage: number;
}

export const TACTICS: readonly TacticInfo[] = [
  { id: 'TA0043', name: { en: 'Reconnaissance', ja: '偵察' }, stage: 0 },
  { id: 'TA0042', name: { en: 'Resource Development', ja: 'リソース開発' }, stage: 0 },
  { id: 'TA0001', name: { en: 'Initial Access', ja: '初期アクセス' }, stage: 1 },
  { id: 'TA0006', name: { en: 'Credential Access', ja: '認証情報アクセス' }, stage: 1 },
  { id: 'TA0007', name: { en: 'Discovery', ja: '探索' }, stage: 2 },
  { id: 'TA0002', name: { en: 'Execution', ja: '実行' }, stage: 2 },
  { id: 'TA0003', name: { en: 'Persistence', ja: '永続化' }, stage: 3 },
  { id: 'TA0004', name: { en: 'Privilege Escalation', ja: '権限昇格' }, stage: 3 },
  // ATT&CK v19 calls TA0005 Stealth; the older name is kept beside it because most rules still say it.
  { id: 'TA0005', name: { en: 'Stealth (Defense Evasion)', ja: 'ステルス（防御回避）' }, stage: 3 },
  { id: 'TA0112', name: { en: 'Defense Impairment', ja: '防御の無効化' }, stage: 3 },
  { id: 'TA0008', name: { en: 'Lateral Movement', ja: '水平展開' }, stage: 3 },
  { id: 'TA0009', name: { en: 'Collection', ja: '収集' }, stage: 4 },
  { id: 'TA0011', name: { en: 'Command and Control', ja: 'コマンド＆コントロール' }, stage: 4 },
  { id: 'TA0010', name: { en: 'Exfiltration', ja: '持ち出し' }, stage: 4 },
  { id: 'TA0040', name: { en: 'Impact', ja: '影響' }, stage: 4 },
];

const BY_ID = new Map(TACTICS.map((t) => [t.id, t]));

export function tacticInfo(id: string): TacticInfo | undefined {
  return BY_ID.get(id);
}

/** Tactics ordered by stage (then ATT&CK's own order), for timelines and summaries. */
export function sortTactics(ids: Iterable<string>): string[] {
  const order = new Map(TACTICS.map((t, i) => [t.id, i]));
  return [...new Set(ids)].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99) || a.localeCompare(b));
}

/**
 * GuardDuty's ThreatPurpose (the part of a finding type before the colon) → ATT&CK tactics.
 * From the GuardDuty finding-format documentation; purposes that say nothing about the stage
 * (Policy, Behavior) map to none and only join a sequence through their entities.
 */
const GUARDDUTY_PURPOSE: Readonly<Record<string, string[]>> = {
  Backdoor: ['TA0011'],
  CredentialAccess: ['TA0006'],
  CryptoCurrency: ['TA0040'],
  DefenseEvasion: ['TA0005'],
  Discovery: ['TA0007'],
  Execution: ['TA0002'],
  Exfiltration: ['TA0010'],
  Impact: ['TA0040'],
  InitialAccess: ['TA0001'],
  Pentest: ['TA0007'],
  Persistence: ['TA0003'],
  PrivilegeEscalation: ['TA0004'],
  Recon: ['TA0043'],
  Stealth: ['TA0005'],
  Trojan: ['TA0002'],
  UnauthorizedAccess: ['TA0001'],
};

/** Finding types whose purpose undersells them: these are credential theft, not just "unauthorized". */
const GUARDDUTY_TYPE: Readonly<Record<string, string[]>> = {
  'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS': ['TA0006', 'TA0001'],
  'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.InsideAWS': ['TA0006', 'TA0001'],
  'UnauthorizedAccess:EC2/MetadataDNSRebind': ['TA0006'],
  'CryptoCurrency:EC2/BitcoinTool.B!DNS': ['TA0040', 'TA0011'],
  'CryptoCurrency:EC2/BitcoinTool.B': ['TA0040', 'TA0011'],
};

/** ATT&CK tactics of a GuardDuty finding type, e.g. `Discovery:S3/AnomalousBehavior` → TA0007. */
export function guardDutyTactics(type: string): string[] {
  const exact = GUARDDUTY_TYPE[type];
  if (exact) return exact;
  const purpose = type.split(':')[0];
  return GUARDDUTY_PURPOSE[purpose] ?? [];
}
