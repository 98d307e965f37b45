/**
 * DNSSEC evaluation shared by the Cloud DNS rules (CIS 3.3–3.5): DNSSEC only applies to public
 * zones, and the signing-key rules look at the zone's default key specs. Pure functions.
 */
import { fail, notApplicable, pass, type RuleOutcome } from '../../../../src/model/rule.js';
import type { DnsManagedZoneConfig } from '../../../../src/providers/gcp/model.js';

export type KeyType = 'keySigning' | 'zoneSigning';

/** NOT_APPLICABLE for private zones (visibility absent means public). */
export function privateZoneOutcome(zone: DnsManagedZoneConfig): RuleOutcome | undefined {
  if ((zone.visibility ?? 'public') === 'public') return undefined;
  return notApplicable({
    en: `Zone ${zone.name} (${zone.dnsName}) is a private zone; DNSSEC applies to public zones only.`,
    ja: `ゾーン ${zone.name}（${zone.dnsName}）は限定公開ゾーンです。DNSSEC は一般公開ゾーンにのみ適用されます。`,
  });
}

const LABEL: Record<KeyType, { en: string; ja: string }> = {
  keySigning: { en: 'key-signing key (KSK)', ja: '鍵署名鍵（KSK）' },
  zoneSigning: { en: 'zone-signing key (ZSK)', ja: 'ゾーン署名鍵（ZSK）' },
};

/**
 * CIS 3.4 / 3.5: a public zone with DNSSEC on must not use RSASHA1 for the given key type.
 * Zones with DNSSEC off are not applicable (the DNSSEC rule reports them). Without key specs
 * Cloud DNS uses its defaults (RSASHA256), which pass.
 */
export function evaluateSigningAlgorithm(zone: DnsManagedZoneConfig, keyType: KeyType): RuleOutcome {
  const isPrivate = privateZoneOutcome(zone);
  if (isPrivate) return isPrivate;
  const label = LABEL[keyType];
  const state = zone.dnssecConfig?.state ?? 'off';
  if (state === 'off') {
    return notApplicable({
      en: `DNSSEC is off for zone ${zone.name} (${zone.dnsName}), so no ${label.en} is in use.`,
      ja: `ゾーン ${zone.name}（${zone.dnsName}）は DNSSEC がオフのため、${label.ja}は使われていません。`,
    });
  }
  const specs = (zone.dnssecConfig?.defaultKeySpecs ?? []).filter((k) => k.keyType === keyType);
  const weak = specs.filter((k) => k.algorithm.toLowerCase() === 'rsasha1');
  if (weak.length) {
    return fail(
      {
        en: `Zone ${zone.name} (${zone.dnsName}) signs with an RSASHA1 ${label.en}${weak[0].keyLength ? ` (${weak[0].keyLength} bits)` : ''}.`,
        ja: `ゾーン ${zone.name}（${zone.dnsName}）の${label.ja}が RSASHA1 を使っています${weak[0].keyLength ? `（${weak[0].keyLength} ビット）` : ''}。`,
      },
      { dnssecState: state, keySpecs: specs },
    );
  }
  const algorithms = specs.map((k) => k.algorithm);
  return pass(
    algorithms.length
      ? { en: `Zone ${zone.name} uses ${algorithms.join(', ')} for its ${label.en}.`, ja: `ゾーン ${zone.name} の${label.ja}は ${algorithms.join('、')} を使っています。` }
      : { en: `Zone ${zone.name} has no ${label.en} spec, so Cloud DNS uses its default algorithm (RSASHA256).`, ja: `ゾーン ${zone.name} には${label.ja}の指定がないため、Cloud DNS のデフォルトのアルゴリズム（RSASHA256）が使われます。` },
    { dnssecState: state, keySpecs: specs },
  );
}
