import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type DnsManagedZoneConfig } from '../../../../../src/providers/gcp/model.js';
import { privateZoneOutcome } from '../dnssec.js';

export const rule = defineRule<DnsManagedZoneConfig>({
  id: 'gcp-dns-zone-dnssec-enabled',
  services: ['dns'],
  title: {
    en: 'DNSSEC is enabled for Cloud DNS public zones',
    ja: 'Cloud DNS の一般公開ゾーンで DNSSEC が有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.dnsManagedZone],
  requires: ['dnsName', 'dnssecConfig', 'name', 'visibility'],
  frameworks: {
    'cis-gcp-5.0': ['3.3'],
    'nist-800-53-r5': ['SC-20', 'SC-21'],
  },
  doc: {
    en: {
      description: 'Checks that every public Cloud DNS managed zone has DNSSEC turned on (dnssecConfig.state "on"). Private zones are not applicable. A zone in the "transfer" state (used while migrating a signed zone from another provider) fails until the migration is finished.',
      urgency: 'Plan it with the domain owner: enabling DNSSEC needs a DS record at the registrar, but until then resolvers cannot detect forged answers for the domain.',
      risk: 'Without DNSSEC, resolvers cannot verify that answers for your domain come from your zone. DNS cache poisoning or on-path spoofing can send users and systems to attacker-controlled servers (phishing pages, fake API endpoints, intercepted mail) without any visible error.',
      recommendation: 'Turn DNSSEC on for each public zone, then publish the DS record shown by Cloud DNS at the domain registrar (Cloud Domains does this automatically). Keep the default algorithms (RSASHA256 or ECDSA) rather than RSASHA1.',
      console: [
        'Open the Google Cloud console → "Network services" → "Cloud DNS" and select the public zone.',
        'Next to "DNSSEC", choose "Edit" (or use the DNSSEC column of the zone list), select "On" and save.',
        'Open "Registrar setup" on the zone page, copy the DS record and add it at your domain registrar.',
      ],
    },
    ja: {
      description: 'Cloud DNS のすべての一般公開マネージドゾーンで DNSSEC がオン（dnssecConfig.state が「on」）になっていることを確認します。限定公開ゾーンは対象外です。「transfer」状態（署名済みゾーンを他のプロバイダから移行する間に使う状態）のゾーンは、移行が完了するまで不適合となります。',
      urgency: 'ドメインの管理者と計画してください。DNSSEC を有効にするにはレジストラでの DS レコードの登録が必要ですが、それまではリゾルバがこのドメインの偽の応答を見分けられません。',
      risk: 'DNSSEC がないと、リゾルバはドメインの応答が本当に自社のゾーンから来たものか検証できません。DNS キャッシュポイズニングや経路上でのなりすましにより、ユーザーやシステムが攻撃者のサーバー（フィッシングページ、偽の API エンドポイント、メールの傍受など）へ、エラーもなく誘導されるおそれがあります。',
      recommendation: '各一般公開ゾーンで DNSSEC をオンにし、Cloud DNS が表示する DS レコードをドメインのレジストラに登録してください（Cloud Domains の場合は自動で登録されます）。アルゴリズムは RSASHA1 ではなくデフォルト（RSASHA256 または ECDSA）を使ってください。',
      console: [
        'Google Cloud コンソールで「ネットワーク サービス」→「Cloud DNS」を開き、対象の一般公開ゾーンを選択します。',
        '「DNSSEC」の横の「編集」を選び（ゾーン一覧の DNSSEC 列からも変更できます）、「オン」を選択して保存します。',
        'ゾーンのページで「レジストラの設定」を開き、DS レコードをコピーしてドメインのレジストラに登録します。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud dns managed-zones update ZONE_NAME --project=PROJECT_ID --dnssec-state=on',
      '# DS record to publish at the registrar',
      'gcloud dns dns-keys list --project=PROJECT_ID --zone=ZONE_NAME --filter="type=keySigning" --format="value(ds_record())"',
    ].join('\n'),
    terraform: [
      'resource "google_dns_managed_zone" "public" {',
      '  name     = "example-com"',
      '  dns_name = "example.com."',
      '',
      '  dnssec_config {',
      '    state = "on"',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/dns/docs/dnssec',
    'https://cloud.google.com/dns/docs/dnssec-config',
  ],
  evaluate(resource) {
    const zone = resource.config;
    const isPrivate = privateZoneOutcome(zone);
    if (isPrivate) return isPrivate;
    const state = zone.dnssecConfig?.state ?? 'off';
    if (state === 'on') {
      return pass({ en: `DNSSEC is on for zone ${zone.name} (${zone.dnsName}).`, ja: `ゾーン ${zone.name}（${zone.dnsName}）の DNSSEC はオンです。` }, { dnssecState: state });
    }
    return fail(
      state === 'transfer'
        ? {
            en: `DNSSEC for zone ${zone.name} (${zone.dnsName}) is still in the "transfer" state; finish the migration and set it to "on".`,
            ja: `ゾーン ${zone.name}（${zone.dnsName}）の DNSSEC はまだ「transfer」状態です。移行を完了して「on」にしてください。`,
          }
        : { en: `DNSSEC is off for public zone ${zone.name} (${zone.dnsName}).`, ja: `一般公開ゾーン ${zone.name}（${zone.dnsName}）の DNSSEC がオフです。` },
      { dnssecState: state, visibility: zone.visibility ?? 'public' },
    );
  },
});
