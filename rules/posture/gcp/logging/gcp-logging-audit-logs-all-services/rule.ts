import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type AuditConfig, type AuditLogConfig, type Inherited, type ProjectConfig } from '../../../../../src/providers/gcp/model.js';

const REQUIRED: AuditLogConfig['logType'][] = ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'];

/** Audit configs that apply to a project: its own and those set on its folders and organisation (they add up). */
function effectiveAuditConfigs(project: ProjectConfig): Inherited<AuditConfig>[] {
  const own = (project.iamPolicy?.auditConfigs ?? []).map((c) => ({ ...c, source: `projects/${project.projectId}` }));
  return [...own, ...(project.inherited?.auditConfigs ?? [])];
}

export const rule = defineRule<ProjectConfig>({
  id: 'gcp-logging-audit-logs-all-services',
  services: ['cloudresourcemanager'],
  title: {
    en: 'Data Access audit logs are enabled for all services and all users',
    ja: 'データアクセス監査ログがすべてのサービスとすべてのユーザーで有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.project],
  requires: ['iamPolicy', 'inherited', 'projectId'],
  frameworks: {
    'cis-gcp-5.0': ['2.1'],
    'nist-800-53-r5': ['AU-2', 'AU-3', 'AU-12'],
    'pci-dss-4.0': ['10.2.1', '10.2.2'],
  },
  doc: {
    en: {
      description:
        'Checks that the audit configuration in effect for the project (set on the project or inherited from its folders and organisation) enables the ADMIN_READ, DATA_READ and DATA_WRITE Data Access audit logs for "allServices", and that no audit configuration, for any service, exempts members from logging.',
      urgency:
        'Fix within the month: Admin Activity logs are always on, so configuration changes are recorded, but who read or wrote your data is not, and logs that were never written cannot be recovered after an incident.',
      risk:
        'Data Access audit logs are off by default (except for BigQuery). Without them nobody can tell which identities read objects, secrets, database exports or table data, so the scope of a leaked credential or a malicious insider cannot be determined. An exempted member is a permanent blind spot: everything that account reads or writes goes unrecorded.',
      recommendation:
        'Enable the default audit configuration for all services with Admin Read, Data Read and Data Write, preferably once on the organisation (it is inherited by every folder and project) and remove all exempted members. Data Access logs can be voluminous: keep the _Default bucket retention and sink filters sized accordingly, and use exclusion filters for known noisy, low-value entries rather than exempting principals.',
      console: [
        'In the Google Cloud console select the organisation (recommended) or the project, and open IAM & Admin > Audit Logs.',
        'Click "Set default configuration" (Default audit config).',
        'On the "Log types" tab select Admin Read, Data Read and Data Write.',
        'On the "Exempted principals" tab remove every exempted principal, then click Save.',
        'Check the service list for per-service configurations that exempt principals and remove those exemptions too.',
      ],
    },
    ja: {
      description:
        'プロジェクトに適用されている監査ログ構成（プロジェクト自身に設定されたもの、またはフォルダや組織から継承したもの）で、"allServices" に対して ADMIN_READ・DATA_READ・DATA_WRITE のデータアクセス監査ログが有効になっており、どのサービスの監査ログ構成でもメンバーが除外されていないことを確認します。',
      urgency:
        '1 か月以内に修正してください。管理アクティビティ監査ログは常に有効なので構成の変更は記録されますが、誰がデータを読み書きしたかは記録されず、記録されなかったログはインシデント後に取り戻せません。',
      risk:
        'データアクセス監査ログは（BigQuery を除き）既定で無効です。これがないと、どの ID がオブジェクト・シークレット・データベースのエクスポート・テーブルのデータを読んだのかが分からず、漏えいした認証情報や悪意のある内部者による影響範囲を特定できません。除外されたメンバーは恒久的な死角となり、そのアカウントによる読み書きは一切記録されません。',
      recommendation:
        '可能であれば組織で一度だけ（すべてのフォルダとプロジェクトに継承されます）、すべてのサービスを対象に「管理読み取り」「データ読み取り」「データ書き込み」を有効にした既定の監査構成を設定し、除外されたプリンシパルをすべて削除してください。データアクセスログは量が多くなるため、_Default バケットの保持期間やシンクのフィルタをそれに見合うように調整し、ノイズの多い価値の低いエントリはプリンシパルの除外ではなく除外フィルタで抑制してください。',
      console: [
        'Google Cloud コンソールで組織（推奨）またはプロジェクトを選択し、[IAM と管理] > [監査ログ] を開きます。',
        '[デフォルト構成を設定]（デフォルトの監査構成）をクリックします。',
        '[ログタイプ] タブで「管理読み取り」「データ読み取り」「データ書き込み」を選択します。',
        '[除外されたプリンシパル] タブで除外されているプリンシパルをすべて削除し、[保存] をクリックします。',
        'サービスの一覧でプリンシパルを除外しているサービス別の構成がないか確認し、あればその除外も削除します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Organisation-wide (recommended); use "gcloud projects get-iam-policy/set-iam-policy PROJECT_ID" for one project.',
      'ORG_ID=<organization-id>',
      'gcloud organizations get-iam-policy "$ORG_ID" --format=json > policy.json',
      '# In policy.json set (and remove every "exemptedMembers" list in any auditConfigs entry):',
      '#   "auditConfigs": [{"service": "allServices", "auditLogConfigs": [',
      '#     {"logType": "ADMIN_READ"}, {"logType": "DATA_READ"}, {"logType": "DATA_WRITE"}]}]',
      'gcloud organizations set-iam-policy "$ORG_ID" policy.json',
    ].join('\n'),
    terraform: [
      '# Organisation-wide (recommended); google_folder_iam_audit_config and google_project_iam_audit_config work the same way.',
      'resource "google_organization_iam_audit_config" "all_services" {',
      '  org_id  = var.org_id',
      '  service = "allServices"',
      '',
      '  audit_log_config {',
      '    log_type = "ADMIN_READ"',
      '  }',
      '  audit_log_config {',
      '    log_type = "DATA_READ"',
      '  }',
      '  audit_log_config {',
      '    log_type = "DATA_WRITE"',
      '  }',
      '  # No exempted_members: every principal is logged.',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/logging/docs/audit',
    'https://cloud.google.com/logging/docs/audit/configure-data-access',
    'https://cloud.google.com/iam/docs/reference/rest/v1/Policy#AuditConfig',
  ],
  evaluate(project) {
    const configs = effectiveAuditConfigs(project.config);
    const allServices = configs.filter((c) => c.service === 'allServices');
    const enabled = new Set(allServices.flatMap((c) => (c.auditLogConfigs ?? []).map((l) => l.logType)));
    const missing = REQUIRED.filter((t) => !enabled.has(t));
    const exemptions = configs.flatMap((c) =>
      (c.auditLogConfigs ?? [])
        .filter((l) => (l.exemptedMembers ?? []).length > 0)
        .map((l) => ({ source: c.source, service: c.service, logType: l.logType, exemptedMembers: l.exemptedMembers! })),
    );
    const evidence = { allServicesConfiguredOn: [...new Set(allServices.map((c) => c.source))], enabledLogTypes: [...enabled], missing, exemptions };
    if (missing.length === 0 && exemptions.length === 0) {
      return pass(
        {
          en: `ADMIN_READ, DATA_READ and DATA_WRITE audit logs are enabled for allServices (set on ${evidence.allServicesConfiguredOn.join(', ')}) with no exempted members.`,
          ja: `allServices に対して ADMIN_READ・DATA_READ・DATA_WRITE の監査ログが有効で（設定元: ${evidence.allServicesConfiguredOn.join(', ')}）、除外されたメンバーはいません。`,
        },
        evidence,
      );
    }
    const en: string[] = [];
    const ja: string[] = [];
    if (missing.length > 0) {
      en.push(allServices.length === 0 ? 'No allServices audit configuration applies to the project.' : `The allServices audit configuration does not enable ${missing.join(', ')}.`);
      ja.push(allServices.length === 0 ? 'プロジェクトに適用される allServices の監査ログ構成がありません。' : `allServices の監査ログ構成で ${missing.join('、')} が有効になっていません。`);
    }
    // One sentence per node, service and exempted list (the same members are usually exempted from every log type).
    const grouped = new Map<string, { source: string; service: string; logTypes: string[]; members: string[] }>();
    for (const e of exemptions) {
      const key = `${e.source}|${e.service}|${e.exemptedMembers.join(',')}`;
      const g = grouped.get(key) ?? { source: e.source, service: e.service, logTypes: [], members: e.exemptedMembers };
      g.logTypes.push(e.logType);
      grouped.set(key, g);
    }
    for (const g of grouped.values()) {
      en.push(`On ${g.source}, the ${g.service} audit configuration exempts ${g.members.join(', ')} from ${g.logTypes.join(', ')} logging.`);
      ja.push(`${g.source} の ${g.service} の監査ログ構成で、${g.members.join('、')} が ${g.logTypes.join('、')} のログから除外されています。`);
    }
    return fail({ en: en.join(' '), ja: ja.join('') }, evidence);
  },
});
