import { defineRule } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type DnsManagedZoneConfig } from '../../../../../src/providers/gcp/model.js';
import { evaluateSigningAlgorithm } from '../dnssec.js';

export const rule = defineRule<DnsManagedZoneConfig>({
  id: 'gcp-dns-zone-zsk-not-rsasha1',
  services: ['dns'],
  title: {
    en: 'RSASHA1 is not used for the zone-signing key (ZSK) in Cloud DNS DNSSEC',
    ja: 'Cloud DNS の DNSSEC でゾーン署名鍵（ZSK）に RSASHA1 を使用していない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.dnsManagedZone],
  requires: ['dnsName', 'dnssecConfig', 'name', 'visibility'],
  frameworks: {
    'cis-gcp-5.0': ['3.5'],
    'nist-800-53-r5': ['SC-13', 'SC-20'],
  },
  doc: {
    en: {
      description: 'Checks that public Cloud DNS zones with DNSSEC on do not use the RSASHA1 algorithm for the zone-signing key (ZSK) (dnssecConfig.defaultKeySpecs entries of keyType "zoneSigning"). Private zones and zones with DNSSEC off are not applicable; without a key spec Cloud DNS uses RSASHA256, which passes. The key specs are the zone\'s signing defaults; the algorithm of keys already generated can be confirmed with "gcloud dns dns-keys list".',
      urgency: 'Plan the change with the domain owner: it needs DNSSEC to be turned off and on again with a registrar update in between, so schedule it rather than rushing it.',
      risk: 'SHA-1 is broken for collision resistance, and RFC 8624 marks RSASHA1 "NOT RECOMMENDED" for DNSSEC signing; some resolvers and operating systems (for example RHEL 9 with its default crypto policy) already treat SHA-1 signatures as insecure. Signatures made with it give weaker assurance that answers were not forged, and validating resolvers may eventually treat the zone as unsigned or bogus.',
      recommendation: 'Re-sign the zone with RSASHA256 (2048-bit KSK, 1024-bit ZSK) or ECDSAP256SHA256. Cloud DNS cannot change the algorithm of a signed zone in place: remove the DS record at the registrar, wait for its TTL to expire, turn DNSSEC off, turn it on again with the new key specs, and publish the new DS record.',
      console: [
        'At the domain registrar, remove the DS record of the zone and wait at least the DS record TTL (often 24–48 hours).',
        'Open the Google Cloud console → "Network services" → "Cloud DNS", select the zone and set "DNSSEC" to "Off".',
        'Turn DNSSEC back on with RSASHA256 or ECDSAP256SHA256 signing keys (the console uses the secure defaults; use gcloud to set explicit key specs).',
        'Open "Registrar setup" on the zone page and publish the new DS record at the registrar.',
      ],
    },
    ja: {
      description: 'DNSSEC がオンの Cloud DNS 一般公開ゾーンで、ゾーン署名鍵（ZSK）（dnssecConfig.defaultKeySpecs のうち keyType が「zoneSigning」のもの）に RSASHA1 アルゴリズムを使っていないことを確認します。限定公開ゾーンと DNSSEC がオフのゾーンは対象外です。鍵の指定がない場合、Cloud DNS は RSASHA256 を使うため適合とします。鍵の指定はゾーンの署名のデフォルト設定であり、生成済みの鍵のアルゴリズムは「gcloud dns dns-keys list」で確認できます。',
      urgency: 'ドメインの管理者と計画して変更してください。DNSSEC をいったんオフにして再度オンにする必要があり、その間にレジストラでの更新も必要なため、急がずに日程を決めて実施してください。',
      risk: 'SHA-1 は衝突耐性が破られており、RFC 8624 では RSASHA1 を DNSSEC の署名に「推奨しない（NOT RECOMMENDED）」としています。一部のリゾルバや OS（デフォルトの暗号ポリシーの RHEL 9 など）はすでに SHA-1 の署名を安全でないものとして扱っています。これによる署名は、応答が偽造されていないことの保証として弱く、検証リゾルバがいずれゾーンを未署名または不正（bogus）として扱う可能性があります。',
      recommendation: 'ゾーンを RSASHA256（KSK 2048 ビット、ZSK 1024 ビット）または ECDSAP256SHA256 で署名し直してください。Cloud DNS では署名済みゾーンのアルゴリズムをその場で変更できないため、レジストラで DS レコードを削除し、その TTL が切れるのを待ってから DNSSEC をオフにし、新しい鍵の指定で再びオンにして、新しい DS レコードを登録してください。',
      console: [
        'ドメインのレジストラでゾーンの DS レコードを削除し、少なくとも DS レコードの TTL（多くの場合 24〜48 時間）待ちます。',
        'Google Cloud コンソールで「ネットワーク サービス」→「Cloud DNS」を開き、対象のゾーンを選択して「DNSSEC」を「オフ」にします。',
        'RSASHA256 または ECDSAP256SHA256 の署名鍵で DNSSEC を再びオンにします（コンソールでは安全なデフォルトが使われます。鍵を明示的に指定する場合は gcloud を使います）。',
        'ゾーンのページで「レジストラの設定」を開き、新しい DS レコードをレジストラに登録します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# 1. Remove the DS record at the registrar and wait for its TTL, then:',
      'gcloud dns managed-zones update ZONE_NAME --project=PROJECT_ID --dnssec-state=off',
      'gcloud dns managed-zones update ZONE_NAME --project=PROJECT_ID --dnssec-state=on \\',
      '  --ksk-algorithm=rsasha256 --ksk-key-length=2048 \\',
      '  --zsk-algorithm=rsasha256 --zsk-key-length=1024',
      '# 2. Publish the new DS record at the registrar',
      'gcloud dns dns-keys list --project=PROJECT_ID --zone=ZONE_NAME --filter="type=keySigning" --format="value(ds_record())"',
    ].join('\n'),
    terraform: [
      'resource "google_dns_managed_zone" "public" {',
      '  name     = "example-com"',
      '  dns_name = "example.com."',
      '',
      '  dnssec_config {',
      '    state = "on"',
      '',
      '    default_key_specs {',
      '      algorithm  = "rsasha256"',
      '      key_length = 2048',
      '      key_type   = "keySigning"',
      '    }',
      '',
      '    default_key_specs {',
      '      algorithm  = "rsasha256"',
      '      key_length = 1024',
      '      key_type   = "zoneSigning"',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/dns/docs/dnssec-advanced',
    'https://cloud.google.com/dns/docs/dnssec-config',
    'https://cloud.google.com/dns/docs/reference/rest/v1/managedZones',
  ],
  evaluate(zone) {
    return evaluateSigningAlgorithm(zone.config, 'zoneSigning');
  },
});
