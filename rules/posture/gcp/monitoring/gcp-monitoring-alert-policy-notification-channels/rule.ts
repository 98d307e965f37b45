import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type AlertPolicyConfig } from '../../../../../src/providers/gcp/model.js';

export const rule = defineRule<AlertPolicyConfig>({
  id: 'gcp-monitoring-alert-policy-notification-channels',
  services: ['monitoring'],
  title: {
    en: 'Enabled alert policies notify at least one channel',
    ja: '有効なアラートポリシーに通知チャネルが設定されている',
  },
  severity: 'LOW',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.alertPolicy],
  requires: ['displayName', 'enabled', 'notificationChannels'],
  frameworks: {
    'nist-800-53-r5': ['SI-4(5)', 'IR-6'],
  },
  doc: {
    en: {
      description:
        'Checks that every enabled Cloud Monitoring alert policy has at least one notification channel. A policy without channels still opens incidents, but they are visible only to someone who happens to open the Alerting page, so the alerts behind CIS 2.5–2.12 can fire without anyone being told.',
      urgency:
        'Fix within the month: the detection already exists and only the last step is missing, so the fix is quick and turns silent incidents into real alerts.',
      risk:
        'An owner is added, an audit configuration is removed or a firewall rule is opened; the alert policy fires, but with no channel nobody is notified and the change goes unnoticed exactly as if there were no alert at all.',
      recommendation:
        'Attach a notification channel that a team actually watches (security mailing list, chat integration, PagerDuty or another incident tool) to every enabled alert policy. Prefer shared channels managed as code over personal e-mail addresses, and test them with the "Send test notification" button.',
      console: [
        'In the Google Cloud console select the project and open Monitoring > Alerting.',
        'Open the policy, click "Edit" and go to the "Notifications and name" step.',
        'Under "Notification channels" select one or more channels (use "Manage notification channels" to create one), then click "Save policy".',
      ],
    },
    ja: {
      description:
        '有効な Cloud Monitoring のアラートポリシーのそれぞれに、通知チャネルが 1 つ以上設定されているかを確認します。チャネルのないポリシーでもインシデントは作成されますが、たまたま [アラート] ページを開いた人にしか見えないため、CIS 2.5〜2.12 のアラートが発報しても誰にも伝わりません。',
      urgency:
        '1 か月以内に修正してください。検知の仕組みはすでにあり、欠けているのは最後の手順だけなので、すぐに修正でき、気付かれないインシデントを実際のアラートに変えられます。',
      risk:
        'オーナーの追加、監査構成の削除、ファイアウォール ルールの開放が起きてアラートポリシーが発報しても、チャネルがなければ誰にも通知されず、アラートがまったくない場合と同じように変更が見過ごされます。',
      recommendation:
        '有効なすべてのアラートポリシーに、チームが実際に確認している通知チャネル（セキュリティ用メーリングリスト、チャット連携、PagerDuty などのインシデント管理ツール）を設定してください。個人のメールアドレスよりも、コードで管理する共有チャネルを優先し、[テスト通知を送信] で届くことを確認してください。',
      console: [
        'Google Cloud コンソールで対象のプロジェクトを選択し、[Monitoring] > [アラート] を開きます。',
        'ポリシーを開いて [編集] をクリックし、[通知と名前] の手順に進みます。',
        '[通知チャネル] で 1 つ以上のチャネルを選択し（作成する場合は [通知チャネルを管理]）、[ポリシーを保存] をクリックします。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Find the channel and the policy:',
      'gcloud beta monitoring channels list --project=<project-id> --format="table(name,displayName,type)"',
      'gcloud monitoring policies list --project=<project-id> --format="table(name,displayName,notificationChannels)"',
      'gcloud monitoring policies update <policy-name> --project=<project-id> \\',
      '  --add-notification-channels=projects/<project-id>/notificationChannels/<channel-id>',
    ].join('\n'),
    terraform: [
      'resource "google_monitoring_notification_channel" "security" {',
      '  project      = var.project_id',
      '  display_name = "Security team"',
      '  type         = "email"',
      '  labels = {',
      '    email_address = "security-alerts@example.com"',
      '  }',
      '}',
      '',
      '# In every google_monitoring_alert_policy:',
      '#   notification_channels = [google_monitoring_notification_channel.security.id]',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/monitoring/support/notification-options',
    'https://cloud.google.com/monitoring/alerts/manage-alerts',
    'https://cloud.google.com/sdk/gcloud/reference/monitoring/policies/update',
  ],
  evaluate(policy) {
    const p = policy.config;
    const label = p.displayName ?? p.name;
    if (p.enabled === false) return notApplicable({ en: `Alert policy "${label}" is disabled.`, ja: `アラートポリシー「${label}」は無効です。` });
    const channels = p.notificationChannels ?? [];
    return channels.length > 0
      ? pass({ en: `Alert policy "${label}" notifies ${channels.length} channel(s).`, ja: `アラートポリシー「${label}」は ${channels.length} 件のチャネルに通知します。` }, { notificationChannels: channels })
      : fail({ en: `Alert policy "${label}" is enabled but has no notification channel.`, ja: `アラートポリシー「${label}」は有効ですが、通知チャネルがありません。` }, { notificationChannels: [] });
  },
});
