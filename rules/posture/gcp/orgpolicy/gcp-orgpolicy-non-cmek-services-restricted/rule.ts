import type { ListValues } from '../../../../../src/providers/gcp/orgpolicy.js';
import { defineGuardrail, listConsole, listRemediation, ORG_POLICY_REFERENCES } from '../guardrail.js';

const constraint = 'gcp.restrictNonCmekServices';
const steps = listConsole('Restrict which services may create resources without CMEK', constraint, {
  en: 'Set "Policy values" to "Custom", "Policy type" to "Deny" and add the services that must use customer-managed keys (for example storage.googleapis.com, bigquery.googleapis.com, sqladmin.googleapis.com, compute.googleapis.com), then click "Done".',
  ja: '「ポリシーの値」を「カスタム」、「ポリシーの種類」を「拒否」にして、顧客管理の暗号鍵を必須にするサービス（例: storage.googleapis.com、bigquery.googleapis.com、sqladmin.googleapis.com、compute.googleapis.com）を追加し、「完了」をクリックします。',
});

/** Services in the deny list must use CMEK; denyAll makes every supported service require it. */
const requiresCmek = (v: ListValues) => v.denyAll || v.deniedValues.length > 0;

export const rule = defineGuardrail({
  id: 'gcp-orgpolicy-non-cmek-services-restricted',
  constraint,
  title: {
    en: 'Organisation policy requires customer-managed encryption keys (CMEK) for selected services',
    ja: '組織のポリシーで特定サービスに顧客管理の暗号鍵（CMEK）が必須になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  list: {
    satisfied: requiresCmek,
    requirement: { en: 'a deny list of the services that must use CMEK', ja: 'CMEK を必須にするサービスの拒否リスト' },
  },
  frameworks: { 'nist-800-53-r5': ['SC-12', 'SC-28', 'SC-28(1)'] },
  doc: {
    en: {
      description: 'Checks that the organisation policy constraint gcp.restrictNonCmekServices is effectively set for the project with a deny list of services, so resources of those services can only be created with customer-managed encryption keys (Cloud KMS).',
      urgency: 'Medium: data is still encrypted with Google-managed keys without it, but you lose the ability to revoke access to data by disabling a key and to separate key administration from data access.',
      risk: 'Without the guardrail, teams create buckets, datasets, disks and databases encrypted only with Google-managed keys even where policy or regulation requires customer-managed keys. You cannot crypto-shred such data, rotate its keys on your schedule, or prove key custody to auditors.',
      recommendation: 'Set gcp.restrictNonCmekServices at the organisation with deniedValues listing the services whose data must be encrypted with CMEK, and pair it with gcp.restrictCmekCryptoKeyProjects so keys come from your dedicated key projects. Remove project-level policies that allow all values. The constraint applies to new resources: re-create or re-encrypt existing ones where required.',
      console: steps.en,
    },
    ja: {
      description: '組織のポリシー制約 gcp.restrictNonCmekServices がサービスの拒否リストとしてプロジェクトに実際に設定され、指定したサービスのリソースを顧客管理の暗号鍵（Cloud KMS）でしか作成できない状態になっているかを確認します。',
      urgency: '緊急度は中程度です。この制約がなくてもデータは Google 管理の鍵で暗号化されますが、鍵を無効にしてデータへのアクセスを止めることや、鍵の管理とデータへのアクセスを分離することができなくなります。',
      risk: 'ガードレールがないと、規程や規制で顧客管理の鍵が求められている場合でも、チームは Google 管理の鍵だけで暗号化されたバケット、データセット、ディスク、データベースを作成できます。そうしたデータは暗号学的消去ができず、鍵を自社のスケジュールでローテーションすることも、監査人に鍵の管理状況を示すこともできません。',
      recommendation: '組織で gcp.restrictNonCmekServices を設定し、deniedValues に CMEK による暗号化が必要なサービスを指定してください。あわせて gcp.restrictCmekCryptoKeyProjects を設定し、専用の鍵プロジェクトの鍵だけを使うようにします。すべての値を許可するプロジェクト単位のポリシーは削除してください。この制約は新しいリソースに適用されるため、必要に応じて既存リソースは再作成または再暗号化してください。',
      console: steps.ja,
    },
  },
  remediation: listRemediation(
    constraint,
    'restrict_non_cmek_services',
    ['- values:', '    deniedValues:', '    - storage.googleapis.com', '    - bigquery.googleapis.com', '    - sqladmin.googleapis.com', '    - compute.googleapis.com'],
    ['values {', '  denied_values = ["storage.googleapis.com", "bigquery.googleapis.com", "sqladmin.googleapis.com", "compute.googleapis.com"]', '}'],
  ),
  references: [
    'https://cloud.google.com/kms/docs/cmek-org-policy',
    'https://cloud.google.com/kms/docs/cmek',
    ...ORG_POLICY_REFERENCES,
  ],
});
