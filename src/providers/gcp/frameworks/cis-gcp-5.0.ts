/**
 * The complete list of recommendations of the CIS Google Cloud Platform Foundation Benchmark v5.0.0,
 * with the benchmark's own Automated/Manual assessment status, profile level and section.
 * A test checks every id here is covered by at least one mamori rule.
 */
import type { FrameworkRequirement } from '../../../frameworks/types.js';

export const CIS_GCP_5_0: FrameworkRequirement[] = [
  {
    id: '1.1.1', section: '1 Identity and Access Management', title: 'Ensure Super Admin Email Address Is Not Tied To A Single User', assessment: 'manual', level: 1,
    titleJa: '特権管理者のメールアドレスを特定の個人に結び付けない',
    description: {
      en: "The Google Workspace or Cloud Identity super admin role should be held by dedicated administrative accounts rather than by someone's everyday email identity. Tying it to a personal account mixes routine activity such as mail and browsing with the most powerful role and makes access depend on one employee.",
      ja: 'Google Workspace や Cloud Identity の特権管理者ロールは、個人が日常的に使うメール ID ではなく、専用の管理者アカウントに付与することを求めます。個人のアカウントに結び付けると、メールや閲覧などの日常的な操作と最も強力なロールが混在し、アクセスが特定の社員に依存してしまいます。',
    },
  },
  {
    id: '1.1.2', section: '1 Identity and Access Management', title: 'Ensure Super Admin Account Is Not Used For Google Cloud Administration', assessment: 'manual', level: 1,
    titleJa: '特権管理者アカウントを Google Cloud の管理に使用しない',
    description: {
      en: 'Super admin accounts should be reserved for identity administration and hold no Google Cloud IAM roles; cloud resources should be managed with separate accounts granted only the roles they need. Combining both widens the blast radius if the super admin account is compromised.',
      ja: '特権管理者アカウントは ID 管理専用とし、Google Cloud の IAM ロールを付与せず、クラウドリソースは必要なロールだけを持つ別のアカウントで管理することを求めます。両方を兼ねると、特権管理者アカウントが侵害された際の影響範囲が広がります。',
    },
  },
  {
    id: '1.1.3', section: '1 Identity and Access Management', title: 'Ensure Folders Are Structured By Environment And Sensitivity', assessment: 'manual', level: 2,
    titleJa: 'フォルダを環境と機密度に基づいて構成する',
    description: {
      en: 'The resource hierarchy should group projects into folders by environment (production, non-production, sandbox) and by sensitivity (security, logging, regulated workloads). IAM and organization policies are inherited through folders, so a structure that mixes risk levels makes it hard to apply the right guardrails.',
      ja: 'リソース階層では、プロジェクトを環境（本番、非本番、サンドボックス）と機密度（セキュリティ、ログ、規制対象のワークロード）に基づいてフォルダにまとめることを求めます。IAM ポリシーや組織のポリシーはフォルダを通して継承されるため、リスクの異なるものが混在した構成では適切なガードレールを適用しにくくなります。',
    },
  },
  {
    id: '1.1.4', section: '1 Identity and Access Management', title: 'Ensure Organization Policies Are Configured For Centralized Constraints', assessment: 'manual', level: 2,
    titleJa: '組織のポリシーで一元的な制約を設定する',
    description: {
      en: 'Baseline organization policy constraints should be set at the organization or folder level, for example requiring OS Login, restricting external IPs on VMs, limiting resource locations and restricting IAM member domains. These preventive guardrails stop individual projects from drifting into insecure configurations even when their IAM permissions allow it.',
      ja: '組織またはフォルダのレベルで、OS Login の必須化、VM の外部 IP の制限、リソースのロケーションの制限、IAM メンバーのドメイン制限など、基本となる組織のポリシーの制約を設定することを求めます。こうした予防的なガードレールにより、IAM 権限上は可能であっても、個々のプロジェクトが安全でない構成に陥ることを防げます。',
    },
  },
  {
    id: '1.2', section: '1 Identity and Access Management', title: 'Ensure that Corporate Login Credentials are Used', assessment: 'manual', level: 1,
    titleJa: '企業のログイン認証情報を使用する',
    description: {
      en: "Access to Google Cloud should use accounts managed by the organization's Cloud Identity or Google Workspace domain, not personal Gmail accounts. Personal accounts escape the organization's password, MFA and offboarding controls and keep access after the person leaves.",
      ja: 'Google Cloud へのアクセスには、個人の Gmail アカウントではなく、組織の Cloud Identity または Google Workspace のドメインで管理されたアカウントを使うことを求めます。個人アカウントは組織のパスワード、MFA、退職時のアカウント停止の管理外にあり、退職後もアクセスが残ってしまいます。',
    },
  },
  {
    id: '1.3', section: '1 Identity and Access Management', title: "Ensure that Multi-Factor Authentication is 'Enabled' for All Non-Service Accounts", assessment: 'manual', level: 1,
    titleJa: 'サービス アカウント以外のすべてのアカウントで多要素認証を有効にする',
    description: {
      en: 'Every user account (that is, every non-service account) with access to the organization should have multi-factor authentication (2-Step Verification) enforced. Without it, a phished or reused password alone gives access to cloud resources.',
      ja: '組織にアクセスできるすべてのユーザー アカウント（サービス アカウント以外のアカウント）で、多要素認証（2 段階認証プロセス）を強制することを求めます。これがないと、フィッシングや使い回しで得たパスワードだけでクラウドリソースにアクセスされてしまいます。',
    },
  },
  {
    id: '1.4', section: '1 Identity and Access Management', title: 'Ensure that Security Key Enforcement is Enabled for All Admin Accounts', assessment: 'manual', level: 2,
    titleJa: 'すべての管理者アカウントでセキュリティ キーの使用を強制する',
    description: {
      en: 'Administrator accounts should be required to use hardware security keys for 2-Step Verification. Security keys resist phishing, unlike SMS or app codes, which matters most for accounts that can change the whole organization.',
      ja: '管理者アカウントには 2 段階認証プロセスでハードウェアのセキュリティ キーの使用を必須にすることを求めます。SMS やアプリのコードと異なり、セキュリティ キーはフィッシングに強く、組織全体を変更できるアカウントでこそ重要です。',
    },
  },
  {
    id: '1.5', section: '1 Identity and Access Management', title: 'Ensure That There Are Only GCP-Managed Service Account Keys for Each Service Account', assessment: 'automated', level: 1,
    titleJa: '各サービス アカウントに Google Cloud 管理のキーのみが存在することを確認する',
    description: {
      en: 'Service accounts should have no user-managed keys and rely only on Google-managed keys. Downloaded key files are long-lived credentials that get copied into code, CI systems and laptops, where they leak; alternatives such as attached service accounts or Workload Identity Federation avoid them.',
      ja: 'サービス アカウントにユーザー管理のキーを持たせず、Google 管理のキーのみを使うことを求めます。ダウンロードされたキーファイルは長期間有効な認証情報で、コード、CI システム、端末にコピーされて漏えいしやすいため、サービス アカウントのアタッチや Workload Identity 連携などの代替手段で不要にします。',
    },
  },
  {
    id: '1.6', section: '1 Identity and Access Management', title: 'Ensure That Service Account Has No Admin Privileges', assessment: 'automated', level: 1,
    titleJa: 'サービス アカウントに管理者権限を付与しない',
    description: {
      en: 'Service accounts should not hold Owner, Editor or any *Admin role. Workloads using them can be exploited or their keys stolen, and an admin-level service account turns any such compromise into control of the project.',
      ja: 'サービス アカウントにオーナー、編集者、または *Admin のロールを付与しないことを求めます。サービス アカウントを使うワークロードは悪用されたりキーを盗まれたりする可能性があり、管理者権限を持っていると、そうした侵害がプロジェクトの掌握に直結します。',
    },
  },
  {
    id: '1.7', section: '1 Identity and Access Management', title: 'Ensure That IAM Users Are Not Assigned the Service Account User or Service Account Token Creator Roles at Project Level', assessment: 'automated', level: 1,
    titleJa: 'プロジェクト レベルで IAM ユーザーにサービス アカウント ユーザーやサービス アカウント トークン作成者のロールを付与しない',
    description: {
      en: 'The Service Account User and Service Account Token Creator roles should be granted on specific service accounts, not at project level. At project level they let a user act as every service account in the project, including more privileged ones, which is a direct privilege-escalation path.',
      ja: 'サービス アカウント ユーザーとサービス アカウント トークン作成者のロールは、プロジェクト レベルではなく個々のサービス アカウントに対して付与することを求めます。プロジェクト レベルで付与すると、より強い権限を持つものを含め、プロジェクト内のすべてのサービス アカウントとして動作できるようになり、直接的な権限昇格の経路となります。',
    },
  },
  {
    id: '1.8', section: '1 Identity and Access Management', title: 'Ensure User-Managed/External Keys for Service Accounts Are Rotated Every 90 Days or Fewer', assessment: 'automated', level: 1,
    titleJa: 'サービス アカウントのユーザー管理キーや外部キーを 90 日以内にローテーションする',
    description: {
      en: 'Where user-managed service account keys cannot be avoided, each key should be replaced at least every 90 days and the old one deleted. Rotation limits how long a key that leaked unnoticed stays usable.',
      ja: 'ユーザー管理のサービス アカウント キーを避けられない場合は、各キーを少なくとも 90 日ごとに入れ替え、古いキーを削除することを求めます。ローテーションにより、気付かれずに漏えいしたキーが使える期間を限定できます。',
    },
  },
  {
    id: '1.9', section: '1 Identity and Access Management', title: 'Ensure That Separation of Duties Is Enforced While Assigning Service Account Related Roles to Users', assessment: 'automated', level: 2,
    titleJa: 'サービス アカウント関連のロールを付与する際に職務分掌を徹底する',
    description: {
      en: 'No user should hold both the Service Account Admin role and the Service Account User role. Together they let one person create a service account, grant it privileges and then act as it, bypassing the checks that separation of duties provides.',
      ja: '1 人のユーザーにサービス アカウント管理者とサービス アカウント ユーザーの両方のロールを付与しないことを求めます。両方を持つと、1 人でサービス アカウントを作成して権限を与え、そのアカウントとして動作できてしまい、職務分掌によるチェックを迂回できます。',
    },
  },
  {
    id: '1.10', section: '1 Identity and Access Management', title: 'Ensure That Cloud KMS Cryptokeys Are Not Anonymously or Publicly Accessible', assessment: 'automated', level: 1,
    titleJa: 'Cloud KMS の暗号鍵に匿名またはパブリックにアクセスできないようにする',
    description: {
      en: 'Cloud KMS keys must not grant any role to allUsers or allAuthenticatedUsers. Public access to a key lets anyone on the internet use it to decrypt data or inspect key material metadata, defeating the protection it provides.',
      ja: 'Cloud KMS の鍵で allUsers や allAuthenticatedUsers にロールを付与しないことを求めます。鍵がパブリックにアクセス可能だと、インターネット上の誰もがその鍵でデータを復号したり鍵の情報を参照したりでき、鍵による保護が無意味になります。',
    },
  },
  {
    id: '1.11', section: '1 Identity and Access Management', title: 'Ensure KMS Encryption Keys Are Rotated Within a Period of 90 Days', assessment: 'automated', level: 1,
    titleJa: 'KMS の暗号鍵を 90 日以内の周期でローテーションする',
    description: {
      en: 'Cloud KMS symmetric keys should have an automatic rotation period of 90 days or less. Regular rotation creates new key versions for new data and limits how much data any single key version protects if it is compromised.',
      ja: 'Cloud KMS の対称鍵に 90 日以内の自動ローテーション期間を設定することを求めます。定期的なローテーションにより新しいデータには新しい鍵バージョンが使われ、1 つの鍵バージョンが侵害された場合に影響を受けるデータ量を抑えられます。',
    },
  },
  {
    id: '1.12', section: '1 Identity and Access Management', title: 'Ensure That Separation of Duties Is Enforced While Assigning KMS Related Roles to Users', assessment: 'automated', level: 2,
    titleJa: 'KMS 関連のロールを付与する際に職務分掌を徹底する',
    description: {
      en: 'No user should hold the Cloud KMS Admin role together with a role that can encrypt or decrypt with keys (CryptoKey Encrypter/Decrypter, Encrypter or Decrypter). Separating key management from key use means one compromised or malicious account cannot both change key policy and read protected data.',
      ja: '1 人のユーザーに Cloud KMS 管理者のロールと、鍵で暗号化・復号できるロール（暗号鍵の暗号化 / 復号、暗号化、復号）を同時に付与しないことを求めます。鍵の管理と鍵の使用を分けることで、1 つのアカウントが侵害されたり悪用されたりしても、鍵のポリシー変更と保護されたデータの読み取りの両方を行うことはできなくなります。',
    },
  },
  {
    id: '1.13', section: '1 Identity and Access Management', title: 'Ensure API Keys Only Exist for Active Services', assessment: 'automated', level: 2,
    titleJa: 'API キーは稼働中のサービスにのみ存在させる',
    description: {
      en: 'API keys should exist only for services that actually need them and are in use; unused keys should be deleted and standard authentication (OAuth or service accounts) preferred. API keys are bearer strings that identify neither user nor application and are easily exposed in client code.',
      ja: 'API キーは実際に必要で稼働中のサービスにのみ存在させ、使われていないキーは削除し、標準の認証（OAuth やサービス アカウント）を優先することを求めます。API キーはユーザーもアプリケーションも識別しない持参人型の文字列で、クライアントのコードから容易に露出します。',
    },
  },
  {
    id: '1.14', section: '1 Identity and Access Management', title: 'Ensure API Keys Are Restricted To Use by Only Specified Hosts and Apps', assessment: 'manual', level: 2,
    titleJa: 'API キーを指定したホストとアプリからの使用に制限する',
    description: {
      en: "Each API key should carry application restrictions limiting its use to specific HTTP referrers, IP addresses, Android apps or iOS apps. An unrestricted key copied from a web page or app can be used from anywhere, consuming quota or accessing data at the project's expense.",
      ja: '各 API キーにアプリケーションの制限を設定し、特定の HTTP リファラー、IP アドレス、Android アプリ、iOS アプリからの使用に限定することを求めます。制限のないキーは、ウェブページやアプリからコピーされるとどこからでも使われ、プロジェクトの負担で割り当てを消費されたりデータにアクセスされたりします。',
    },
  },
  {
    id: '1.15', section: '1 Identity and Access Management', title: 'Ensure API Keys Are Restricted to Only APIs That Application Needs Access', assessment: 'automated', level: 2,
    titleJa: 'API キーをアプリケーションが必要とする API のみに制限する',
    description: {
      en: 'Each API key should carry API restrictions listing only the APIs its application calls. An unrestricted key works against every API enabled in the project, so a leaked key exposes far more than the one service it was meant for.',
      ja: '各 API キーに API の制限を設定し、アプリケーションが呼び出す API のみを許可することを求めます。制限のないキーはプロジェクトで有効なすべての API に使えるため、漏えいすると本来の用途であった 1 つのサービスよりはるかに多くのものが露出します。',
    },
  },
  {
    id: '1.16', section: '1 Identity and Access Management', title: 'Ensure API Keys Are Rotated Every 90 Days', assessment: 'automated', level: 2,
    titleJa: 'API キーを 90 日ごとにローテーションする',
    description: {
      en: 'API keys should be regenerated at least every 90 days and the old key deleted. Because keys are embedded in clients and easily copied, rotation limits how long a leaked key remains valid.',
      ja: 'API キーを少なくとも 90 日ごとに再生成し、古いキーを削除することを求めます。キーはクライアントに埋め込まれて容易にコピーされるため、ローテーションにより漏えいしたキーが有効な期間を限定できます。',
    },
  },
  {
    id: '1.17', section: '1 Identity and Access Management', title: 'Ensure Essential Contacts is Configured for Organization', assessment: 'automated', level: 1,
    titleJa: '組織に重要な連絡先を設定する',
    description: {
      en: 'Essential Contacts should be configured at the organization level, covering at least the security, technical, legal and suspension notification categories, pointing to monitored team addresses. Google then reaches the right people about incidents, vulnerabilities and suspensions instead of whoever happens to hold a role.',
      ja: '組織レベルで「重要な連絡先」を、少なくともセキュリティ、技術、法務、停止の通知カテゴリについて、常時確認されるチームの宛先で設定することを求めます。これにより、インシデントや脆弱性、停止に関する Google からの連絡が、たまたまロールを持つ人ではなく適切な担当者に届きます。',
    },
  },
  {
    id: '1.18', section: '1 Identity and Access Management', title: 'Ensure Secrets are Not Stored in Cloud Functions Environment Variables by Using Secret Manager', assessment: 'manual', level: 1,
    titleJa: 'Secret Manager を使用し、Cloud Functions の環境変数にシークレットを保存しない',
    description: {
      en: "Secrets used by Cloud Functions should be stored in Secret Manager and referenced from it, not placed in plain environment variables. Environment variables are visible to anyone who can view the function's configuration and are copied into deployments and logs.",
      ja: 'Cloud Functions で使うシークレットは、平文の環境変数に置かず、Secret Manager に保存して参照することを求めます。環境変数は関数の構成を閲覧できる人なら誰でも見られ、デプロイやログにも複製されます。',
    },
  },
  {
    id: '2.1', section: '2 Logging and Monitoring', title: 'Ensure That Cloud Audit Logging Is Configured Properly', assessment: 'automated', level: 1,
    titleJa: 'Cloud Audit Logs を適切に構成する',
    description: {
      en: 'Data Access audit logs (ADMIN_READ, DATA_READ and DATA_WRITE) should be enabled for all services at organization or project level, with no exempted users. Admin Activity logs alone do not show who read or changed data, which investigations of data access require.',
      ja: '組織またはプロジェクトのレベルで、すべてのサービスのデータアクセス監査ログ（ADMIN_READ、DATA_READ、DATA_WRITE）を有効にし、除外ユーザーを設定しないことを求めます。管理アクティビティ ログだけでは誰がデータを読み取り変更したかが分からず、データアクセスの調査に必要な情報が得られません。',
    },
  },
  {
    id: '2.2', section: '2 Logging and Monitoring', title: 'Ensure Google Workspace/Cloud Identity Data Sharing with Google Cloud is Enabled for Admin Audit Logging', assessment: 'manual', level: 1,
    titleJa: '管理者監査ログのため、Google Workspace / Cloud Identity のデータを Google Cloud と共有する',
    description: {
      en: 'Data sharing from Google Workspace or Cloud Identity to Google Cloud should be turned on so that admin audit events (user, group and security setting changes) appear in Cloud Logging. Identity changes can then be retained, alerted on and correlated with cloud activity in one place.',
      ja: 'Google Workspace または Cloud Identity から Google Cloud へのデータ共有を有効にし、管理者監査イベント（ユーザー、グループ、セキュリティ設定の変更）が Cloud Logging に記録されるようにすることを求めます。これにより ID の変更を保持・アラート通知し、クラウドの操作と 1 か所で突き合わせられます。',
    },
  },
  {
    id: '2.3', section: '2 Logging and Monitoring', title: 'Ensure That Sinks Are Configured for All Log Entries', assessment: 'automated', level: 1,
    titleJa: 'すべてのログエントリを対象とするシンクを構成する',
    description: {
      en: 'At least one log sink without a filter should export all log entries to a destination such as Cloud Storage, BigQuery or Pub/Sub, ideally at organization level. Default log retention is limited, and exporting keeps a complete, longer-lived copy for investigations and SIEM analysis.',
      ja: 'フィルタを設定しないログシンクを少なくとも 1 つ（できれば組織レベルで）作成し、すべてのログエントリを Cloud Storage、BigQuery、Pub/Sub などへエクスポートすることを求めます。既定のログ保持期間は限られており、エクスポートによって調査や SIEM 分析のための完全で長期的なコピーを保持できます。',
    },
  },
  {
    id: '2.4', section: '2 Logging and Monitoring', title: 'Ensure That Retention Policies on Cloud Storage Buckets Used for Exporting Logs Are Configured Using Bucket Lock', assessment: 'automated', level: 2,
    titleJa: 'ログのエクスポート先の Cloud Storage バケットでバケットロックを使った保持ポリシーを設定する',
    description: {
      en: 'Cloud Storage buckets that receive exported logs should have a retention policy locked with Bucket Lock. A locked policy prevents anyone, including an attacker with admin rights, from deleting or shortening the retention of audit logs.',
      ja: 'エクスポートされたログを受け取る Cloud Storage バケットに保持ポリシーを設定し、バケットロックでロックすることを求めます。ロックされたポリシーにより、管理者権限を得た攻撃者を含め誰も監査ログを削除したり保持期間を短縮したりできなくなります。',
    },
  },
  {
    id: '2.5', section: '2 Logging and Monitoring', title: 'Ensure Log Metric Filter and Alerts Exist for Project Ownership Assignments/Changes', assessment: 'automated', level: 1,
    titleJa: 'プロジェクトのオーナー権限の割り当て・変更に対するログ指標フィルタとアラートを設定する',
    description: {
      en: 'A log-based metric and alert should fire when the Owner role is granted or removed, or project ownership invitations are sent or accepted. Owner is the most powerful project role, so any change to who holds it needs prompt review.',
      ja: 'オーナーロールの付与や削除、プロジェクトのオーナー招待の送信や承諾が行われた際に発火するログベースの指標とアラートを設定することを求めます。オーナーはプロジェクトで最も強力なロールであり、その保持者の変更は迅速に確認する必要があります。',
    },
  },
  {
    id: '2.6', section: '2 Logging and Monitoring', title: 'Ensure That the Log Metric Filter and Alerts Exist for Audit Configuration Changes', assessment: 'automated', level: 1,
    titleJa: '監査構成の変更に対するログ指標フィルタとアラートを設定する',
    description: {
      en: 'A log-based metric and alert should fire when audit logging configuration (auditConfigs in IAM policies) changes. Disabling or narrowing audit logs is a common way to hide later activity.',
      ja: '監査ログの構成（IAM ポリシー内の auditConfigs）が変更された際に発火するログベースの指標とアラートを設定することを求めます。監査ログを無効化したり範囲を狭めたりすることは、その後の操作を隠すためによく使われる手口です。',
    },
  },
  {
    id: '2.7', section: '2 Logging and Monitoring', title: 'Ensure That the Log Metric Filter and Alerts Exist for Custom Role Changes', assessment: 'automated', level: 1,
    titleJa: 'カスタムロールの変更に対するログ指標フィルタとアラートを設定する',
    description: {
      en: 'A log-based metric and alert should fire when custom IAM roles are created, updated or deleted. Adding permissions to an existing custom role silently expands the access of everyone who holds it.',
      ja: 'カスタム IAM ロールの作成、更新、削除時に発火するログベースの指標とアラートを設定することを求めます。既存のカスタムロールに権限を追加すると、そのロールを持つ全員のアクセス範囲が気付かれないまま広がります。',
    },
  },
  {
    id: '2.8', section: '2 Logging and Monitoring', title: 'Ensure That the Log Metric Filter and Alerts Exist for VPC Network Firewall Rule Changes', assessment: 'automated', level: 2,
    titleJa: 'VPC ネットワークのファイアウォール ルール変更に対するログ指標フィルタとアラートを設定する',
    description: {
      en: 'A log-based metric and alert should fire when VPC firewall rules are created, modified or deleted. A single permissive rule can expose instances to the internet, so changes should be visible immediately.',
      ja: 'VPC のファイアウォール ルールの作成、変更、削除時に発火するログベースの指標とアラートを設定することを求めます。許可範囲の広いルールが 1 つあるだけでインスタンスがインターネットにさらされるため、変更はすぐに把握できる必要があります。',
    },
  },
  {
    id: '2.9', section: '2 Logging and Monitoring', title: 'Ensure That the Log Metric Filter and Alerts Exist for VPC Network Route Changes', assessment: 'automated', level: 2,
    titleJa: 'VPC ネットワークのルート変更に対するログ指標フィルタとアラートを設定する',
    description: {
      en: 'A log-based metric and alert should fire when VPC routes are created or deleted. Altered routes can divert traffic through unintended or attacker-controlled paths.',
      ja: 'VPC のルートの作成や削除時に発火するログベースの指標とアラートを設定することを求めます。ルートが改変されると、トラフィックが意図しない経路や攻撃者が管理する経路に迂回されるおそれがあります。',
    },
  },
  {
    id: '2.10', section: '2 Logging and Monitoring', title: 'Ensure That the Log Metric Filter and Alerts Exist for VPC Network Changes', assessment: 'automated', level: 2,
    titleJa: 'VPC ネットワークの変更に対するログ指標フィルタとアラートを設定する',
    description: {
      en: 'A log-based metric and alert should fire on VPC network changes such as creation, deletion, subnet changes and peering changes. These changes redraw network boundaries and can connect sensitive networks to untrusted ones.',
      ja: 'VPC ネットワークの作成・削除、サブネットの変更、ピアリングの変更などで発火するログベースの指標とアラートを設定することを求めます。これらの変更はネットワーク境界を引き直し、機密性の高いネットワークを信頼できないネットワークにつなげる可能性があります。',
    },
  },
  {
    id: '2.11', section: '2 Logging and Monitoring', title: 'Ensure That the Log Metric Filter and Alerts Exist for Cloud Storage IAM Permission Changes', assessment: 'automated', level: 2,
    titleJa: 'Cloud Storage の IAM 権限変更に対するログ指標フィルタとアラートを設定する',
    description: {
      en: 'A log-based metric and alert should fire when IAM permissions on Cloud Storage buckets change. A bucket policy edit can make data public or share it with another organization in one step.',
      ja: 'Cloud Storage バケットの IAM 権限が変更された際に発火するログベースの指標とアラートを設定することを求めます。バケットのポリシーを 1 回編集するだけで、データが公開されたり他の組織と共有されたりする可能性があります。',
    },
  },
  {
    id: '2.12', section: '2 Logging and Monitoring', title: 'Ensure That the Log Metric Filter and Alerts Exist for SQL Instance Configuration Changes', assessment: 'automated', level: 2,
    titleJa: 'SQL インスタンスの構成変更に対するログ指標フィルタとアラートを設定する',
    description: {
      en: "A log-based metric and alert should fire when Cloud SQL instance configuration changes. Changes such as adding authorized networks, disabling SSL or turning off backups can weaken a database's security without anyone noticing.",
      ja: 'Cloud SQL インスタンスの構成が変更された際に発火するログベースの指標とアラートを設定することを求めます。承認済みネットワークの追加、SSL の無効化、バックアップの停止などの変更は、誰にも気付かれずにデータベースのセキュリティを弱める可能性があります。',
    },
  },
  {
    id: '2.13', section: '2 Logging and Monitoring', title: 'Ensure That Cloud DNS Logging Is Enabled for All VPC Networks', assessment: 'automated', level: 1,
    titleJa: 'すべての VPC ネットワークで Cloud DNS のロギングを有効にする',
    description: {
      en: 'Every VPC network should have a Cloud DNS server policy with logging enabled, recording the DNS queries made by its resources. DNS logs reveal contact with malicious domains, command-and-control traffic and DNS-based data exfiltration.',
      ja: 'すべての VPC ネットワークにロギングを有効にした Cloud DNS サーバー ポリシーを設定し、リソースが発行する DNS クエリを記録することを求めます。DNS ログにより、悪意のあるドメインとの通信、C2 通信、DNS を使ったデータ持ち出しを把握できます。',
    },
  },
  {
    id: '2.14', section: '2 Logging and Monitoring', title: 'Ensure Cloud Asset Inventory Is Enabled', assessment: 'automated', level: 1,
    titleJa: 'Cloud Asset Inventory を有効にする',
    description: {
      en: 'The Cloud Asset Inventory API should be enabled so that a history of resources and IAM policies is kept. This inventory supports security analysis, change tracking and investigations across the organization.',
      ja: 'Cloud Asset Inventory API を有効にし、リソースと IAM ポリシーの履歴が保持されるようにすることを求めます。このインベントリは、組織全体にわたるセキュリティ分析、変更の追跡、調査を支えます。',
    },
  },
  {
    id: '2.15', section: '2 Logging and Monitoring', title: "Ensure 'Access Transparency' is 'Enabled'", assessment: 'manual', level: 2,
    titleJa: 'アクセスの透明性を有効にする',
    description: {
      en: 'Access Transparency should be enabled so that actions taken by Google personnel on your content are logged with a justification. Without it, provider-side access to data is invisible to the organization.',
      ja: 'アクセスの透明性を有効にし、Google の担当者がお客様のコンテンツに対して行った操作が理由とともに記録されるようにすることを求めます。有効でないと、クラウド事業者側からのデータへのアクセスを組織が把握できません。',
    },
  },
  {
    id: '2.16', section: '2 Logging and Monitoring', title: "Ensure 'Access Approval' is 'Enabled'", assessment: 'manual', level: 2,
    titleJa: 'アクセス承認を有効にする',
    description: {
      en: 'Access Approval should be enabled so that Google personnel must obtain explicit approval before accessing your content in supported services. This gives the organization control over, not just visibility of, provider access to its data.',
      ja: 'アクセス承認を有効にし、対象サービスで Google の担当者がお客様のコンテンツにアクセスする前に明示的な承認を得なければならないようにすることを求めます。これにより、事業者によるデータへのアクセスを把握するだけでなく、組織が制御できるようになります。',
    },
  },
  {
    id: '2.17', section: '2 Logging and Monitoring', title: 'Ensure Logging is enabled for HTTP(S) Load Balancer', assessment: 'automated', level: 2,
    titleJa: 'HTTP(S) ロードバランサのロギングを有効にする',
    description: {
      en: 'Logging should be enabled on the backend services of HTTP(S) load balancers. Request logs record client addresses, paths and response codes, which are needed to investigate attacks against web applications and spot abuse.',
      ja: 'HTTP(S) ロードバランサのバックエンド サービスでロギングを有効にすることを求めます。リクエストログにはクライアントのアドレス、パス、レスポンス コードが記録され、ウェブアプリケーションへの攻撃の調査や不正利用の発見に必要です。',
    },
  },
  {
    id: '3.1', section: '3 Networking', title: 'Ensure That the Default Network Does Not Exist in a Project', assessment: 'automated', level: 2,
    titleJa: 'プロジェクトにデフォルト ネットワークが存在しないようにする',
    description: {
      en: 'Projects should not keep the auto-created default network. It comes with permissive pre-populated firewall rules (such as SSH and RDP open to the internet) and auto-mode subnets that are not planned, audited or logged.',
      ja: 'プロジェクトに自動作成されるデフォルト ネットワークを残さないことを求めます。デフォルト ネットワークには、インターネットに SSH や RDP を開放するような許可範囲の広いファイアウォール ルールがあらかじめ設定されており、計画も監査もロギングもされていない自動モードのサブネットが含まれます。',
    },
  },
  {
    id: '3.2', section: '3 Networking', title: 'Ensure Legacy Networks Do Not Exist for Older Projects', assessment: 'automated', level: 1,
    titleJa: '古いプロジェクトにレガシー ネットワークが存在しないようにする',
    description: {
      en: 'Legacy (non-subnet) networks should not exist. They use a single global IP range without subnets, cannot be configured with modern features such as flow logs or Private Google Access, and make network segmentation impossible.',
      ja: 'レガシー ネットワーク（サブネットを持たないネットワーク）を存在させないことを求めます。レガシー ネットワークはサブネットのない単一のグローバル IP 範囲を使い、フローログや限定公開の Google アクセスなどの機能を設定できず、ネットワークのセグメント化も行えません。',
    },
  },
  {
    id: '3.3', section: '3 Networking', title: 'Ensure That DNSSEC Is Enabled for Cloud DNS', assessment: 'automated', level: 1,
    titleJa: 'Cloud DNS で DNSSEC を有効にする',
    description: {
      en: 'DNSSEC should be enabled on public Cloud DNS managed zones. Signed zones let resolvers verify that answers really come from the zone, protecting users from DNS spoofing and cache-poisoning attacks that redirect them to malicious hosts.',
      ja: 'Cloud DNS の一般公開マネージド ゾーンで DNSSEC を有効にすることを求めます。署名されたゾーンでは、応答が本当にそのゾーンから来たものかをリゾルバが検証でき、悪意のあるホストへ誘導する DNS スプーフィングやキャッシュ ポイズニングから利用者を守れます。',
    },
  },
  {
    id: '3.4', section: '3 Networking', title: 'Ensure That RSASHA1 Is Not Used for the Key-Signing Key in Cloud DNS DNSSEC', assessment: 'automated', level: 1,
    titleJa: 'Cloud DNS の DNSSEC で鍵署名鍵に RSASHA1 を使用しない',
    description: {
      en: 'The key-signing key of a DNSSEC-enabled zone should use a stronger algorithm than RSASHA1, such as RSASHA256 or ECDSAP256SHA256. SHA-1 is cryptographically weak, so RSASHA1 signatures offer less assurance against forged records.',
      ja: 'DNSSEC を有効にしたゾーンの鍵署名鍵（KSK）には、RSASHA1 ではなく RSASHA256 や ECDSAP256SHA256 など、より強力なアルゴリズムを使うことを求めます。SHA-1 は暗号学的に弱く、RSASHA1 の署名は偽造レコードに対する保証が弱くなります。',
    },
  },
  {
    id: '3.5', section: '3 Networking', title: 'Ensure That RSASHA1 Is Not Used for the Zone-Signing Key in Cloud DNS DNSSEC', assessment: 'automated', level: 1,
    titleJa: 'Cloud DNS の DNSSEC でゾーン署名鍵に RSASHA1 を使用しない',
    description: {
      en: 'The zone-signing key of a DNSSEC-enabled zone should use a stronger algorithm than RSASHA1. The zone-signing key signs every record set, so a weak algorithm there undermines the integrity of the whole zone.',
      ja: 'DNSSEC を有効にしたゾーンのゾーン署名鍵（ZSK）には、RSASHA1 より強力なアルゴリズムを使うことを求めます。ゾーン署名鍵はすべてのレコードセットに署名するため、ここでアルゴリズムが弱いとゾーン全体の完全性が損なわれます。',
    },
  },
  {
    id: '3.6', section: '3 Networking', title: 'Ensure That SSH Access Is Restricted From the Internet', assessment: 'automated', level: 2,
    titleJa: 'インターネットからの SSH アクセスを制限する',
    description: {
      en: 'VPC firewall rules must not allow ingress on TCP port 22 from 0.0.0.0/0. SSH exposed to the internet is scanned continuously for weak credentials and vulnerabilities; administrators should connect through IAP TCP forwarding, a bastion or known ranges.',
      ja: 'VPC のファイアウォール ルールで、0.0.0.0/0 から TCP ポート 22 への上り（内向き）通信を許可しないことを求めます。インターネットに公開された SSH は脆弱な認証情報や脆弱性を狙って絶えずスキャンされるため、管理者は IAP の TCP 転送、踏み台、既知の IP 範囲から接続すべきです。',
    },
  },
  {
    id: '3.7', section: '3 Networking', title: 'Ensure That RDP Access Is Restricted From the Internet', assessment: 'automated', level: 2,
    titleJa: 'インターネットからの RDP アクセスを制限する',
    description: {
      en: 'VPC firewall rules must not allow ingress on TCP port 3389 from 0.0.0.0/0. Internet-facing RDP is a leading entry point for ransomware through brute force and protocol vulnerabilities.',
      ja: 'VPC のファイアウォール ルールで、0.0.0.0/0 から TCP ポート 3389 への上り（内向き）通信を許可しないことを求めます。インターネットに公開された RDP は、総当たり攻撃やプロトコルの脆弱性を通じたランサムウェアの主要な侵入口です。',
    },
  },
  {
    id: '3.8', section: '3 Networking', title: 'Ensure VPC Service Controls Is Enabled for Supported Google Cloud Services', assessment: 'manual', level: 2,
    titleJa: '対応する Google Cloud サービスで VPC Service Controls を有効にする',
    description: {
      en: 'Sensitive projects should be placed inside VPC Service Controls perimeters that restrict supported services such as Cloud Storage and BigQuery. Perimeters block data from being copied out to resources outside the organization even by an identity with valid credentials.',
      ja: '機密性の高いプロジェクトを VPC Service Controls の境界内に置き、Cloud Storage や BigQuery などの対応サービスを制限することを求めます。境界により、有効な認証情報を持つ ID であっても、組織外のリソースへデータをコピーして持ち出すことを阻止できます。',
    },
  },
  {
    id: '3.9', section: '3 Networking', title: 'Ensure Private Service Connect is Used for Access to Google APIs', assessment: 'manual', level: 2,
    titleJa: 'Google API へのアクセスに Private Service Connect を使用する',
    description: {
      en: 'Workloads should reach Google APIs through Private Service Connect endpoints inside the VPC rather than over public endpoints. This keeps API traffic on private addresses and lets the organization control which APIs and bundles can be reached.',
      ja: 'ワークロードが Google API にアクセスする際は、公開エンドポイントではなく VPC 内の Private Service Connect エンドポイントを経由することを求めます。これにより API トラフィックをプライベート アドレス上に留め、到達できる API やバンドルを組織が制御できます。',
    },
  },
  {
    id: '3.10', section: '3 Networking', title: 'Ensure that VPC Flow Logs is Enabled for Every Subnet in a VPC Network', assessment: 'automated', level: 2,
    titleJa: 'VPC ネットワークのすべてのサブネットで VPC フローログを有効にする',
    description: {
      en: 'Every subnet should have VPC Flow Logs enabled, with full sampling and metadata, so that network flows to and from instances are recorded. Flow logs are key evidence for detecting scanning, lateral movement and exfiltration.',
      ja: 'すべてのサブネットで VPC フローログを（十分なサンプリングとメタデータを含めて）有効にし、インスタンスとのネットワーク フローを記録することを求めます。フローログは、スキャン、横展開、データ持ち出しを検知するための重要な証拠です。',
    },
  },
  {
    id: '3.11', section: '3 Networking', title: 'Ensure No HTTPS or SSL Proxy Load Balancers Permit SSL Policies With Weak Cipher Suites', assessment: 'manual', level: 1,
    titleJa: 'HTTPS / SSL プロキシ ロードバランサで脆弱な暗号スイートを許可する SSL ポリシーを使用しない',
    description: {
      en: 'HTTPS and SSL proxy load balancers should use an SSL policy with TLS 1.2 or later as the minimum and the MODERN or RESTRICTED profile (or a custom profile without weak ciphers). The default policy still accepts older TLS versions and weak cipher suites that expose traffic to downgrade and decryption attacks.',
      ja: 'HTTPS / SSL プロキシ ロードバランサでは、最小 TLS バージョンを 1.2 以上とし、MODERN または RESTRICTED プロファイル（あるいは脆弱な暗号を含まないカスタム プロファイル）の SSL ポリシーを使うことを求めます。既定のポリシーは古い TLS バージョンや脆弱な暗号スイートを受け入れるため、ダウングレード攻撃や復号攻撃に通信をさらします。',
    },
  },
  {
    id: '3.12', section: '3 Networking', title: "Use Identity Aware Proxy (IAP) to Ensure Only Traffic From Google IP Addresses are 'Allowed'", assessment: 'manual', level: 2,
    titleJa: 'Identity-Aware Proxy（IAP）を使用し、Google の IP アドレスからのトラフィックのみを許可する',
    description: {
      en: "Applications behind load balancers should be protected with Identity-Aware Proxy, and firewall rules should admit only Google's load balancer, health-check and IAP ranges. Users are then authenticated and authorized before reaching the application, and the backends cannot be reached directly from the internet.",
      ja: 'ロードバランサの背後にあるアプリケーションを Identity-Aware Proxy で保護し、ファイアウォール ルールでは Google のロードバランサ、ヘルスチェック、IAP の IP 範囲のみを許可することを求めます。これにより、ユーザーはアプリケーションに到達する前に認証・認可され、バックエンドにインターネットから直接到達できなくなります。',
    },
  },
  {
    id: '4.1', section: '4 Virtual Machines', title: 'Ensure That Instances Are Not Configured To Use the Default Service Account', assessment: 'automated', level: 1,
    titleJa: 'インスタンスでデフォルトのサービス アカウントを使用しない',
    description: {
      en: 'VM instances should run as a dedicated, least-privilege service account rather than the Compute Engine default service account. The default account often holds the broad Editor role, so any code running on the VM inherits wide project access.',
      ja: 'VM インスタンスは Compute Engine のデフォルトのサービス アカウントではなく、最小権限の専用サービス アカウントで実行することを求めます。デフォルトのアカウントには広範な編集者ロールが付与されていることが多く、VM 上で動くあらゆるコードがプロジェクトへの広いアクセス権を引き継いでしまいます。',
    },
  },
  {
    id: '4.2', section: '4 Virtual Machines', title: 'Ensure That Instances Are Not Configured To Use the Default Service Account With Full Access to All Cloud APIs', assessment: 'automated', level: 1,
    titleJa: 'インスタンスで、すべての Cloud API へのフルアクセス権を持つデフォルトのサービス アカウントを使用しない',
    description: {
      en: "VM instances must not combine the default service account with the 'Allow full access to all Cloud APIs' scope. That pairing gives every process on the instance the default account's full IAM permissions, so a single compromised application can take over the project.",
      ja: 'VM インスタンスで、デフォルトのサービス アカウントと「すべての Cloud API に完全アクセス権を許可」のスコープを組み合わせないことを求めます。この組み合わせではインスタンス上のすべてのプロセスがデフォルトのアカウントの IAM 権限をすべて行使でき、アプリケーションが 1 つ侵害されるだけでプロジェクトを乗っ取られます。',
    },
  },
  {
    id: '4.3', section: '4 Virtual Machines', title: 'Ensure “Block Project-Wide SSH Keys” Is Enabled for VM Instances', assessment: 'automated', level: 1,
    titleJa: 'VM インスタンスで「プロジェクト全体の SSH 認証鍵をブロック」を有効にする',
    description: {
      en: 'VM instances should block project-wide SSH keys and use instance-level keys or OS Login instead. A project-wide key grants access to every instance in the project, so one leaked key compromises them all.',
      ja: 'VM インスタンスでプロジェクト全体の SSH 認証鍵をブロックし、インスタンス単位の鍵または OS Login を使うことを求めます。プロジェクト全体の鍵はプロジェクト内のすべてのインスタンスへのアクセスを許可するため、鍵が 1 つ漏えいするだけで全インスタンスが侵害されます。',
    },
  },
  {
    id: '4.4', section: '4 Virtual Machines', title: 'Ensure Oslogin Is Enabled for a Project', assessment: 'automated', level: 1,
    titleJa: 'プロジェクトで OS Login を有効にする',
    description: {
      en: 'OS Login should be enabled at project level so that SSH access to Linux VMs is tied to IAM identities. Access is then granted and revoked through IAM, can require 2-Step Verification and is audited, instead of depending on unmanaged SSH keys in metadata.',
      ja: 'プロジェクト レベルで OS Login を有効にし、Linux VM への SSH アクセスを IAM の ID に結び付けることを求めます。これにより、メタデータ内の管理されていない SSH 鍵に頼らず、IAM でアクセスを付与・取り消しでき、2 段階認証プロセスを必須にすることも、監査することも可能になります。',
    },
  },
  {
    id: '4.5', section: '4 Virtual Machines', title: 'Ensure ‘Enable Connecting to Serial Ports’ Is Not Enabled for VM Instance', assessment: 'automated', level: 1,
    titleJa: 'VM インスタンスで「シリアルポートへの接続を有効にする」を有効にしない',
    description: {
      en: 'Interactive serial console access should be disabled on VM instances. The serial console accepts connections from any IP address and is not restricted by VPC firewall rules, offering a way around network controls.',
      ja: 'VM インスタンスでシリアル コンソールへのインタラクティブなアクセスを無効にすることを求めます。シリアル コンソールは任意の IP アドレスからの接続を受け付け、VPC のファイアウォール ルールでは制限されないため、ネットワーク制御を迂回する経路となります。',
    },
  },
  {
    id: '4.6', section: '4 Virtual Machines', title: 'Ensure That IP Forwarding Is Not Enabled on Instances', assessment: 'automated', level: 1,
    titleJa: 'インスタンスで IP 転送を有効にしない',
    description: {
      en: 'IP forwarding should be disabled on VM instances unless they are purpose-built network appliances. With it enabled, an instance can send and receive packets for addresses not its own, which can be abused to bypass routing and filtering or spoof traffic.',
      ja: '専用のネットワーク アプライアンスでない限り、VM インスタンスで IP 転送を無効にすることを求めます。有効にすると、インスタンスが自分以外のアドレス宛てのパケットを送受信できるようになり、ルーティングやフィルタリングの迂回やトラフィックのなりすましに悪用されるおそれがあります。',
    },
  },
  {
    id: '4.7', section: '4 Virtual Machines', title: 'Ensure VM Disks for Critical VMs Are Encrypted With Customer-Supplied Encryption Keys (CSEK)', assessment: 'automated', level: 2,
    titleJa: '重要な VM のディスクを顧客指定の暗号鍵（CSEK）で暗号化する',
    description: {
      en: 'Persistent disks of business-critical VMs should be encrypted with customer-supplied encryption keys. Google then cannot decrypt the disks without the key you provide, giving you direct control over access to the data at rest.',
      ja: 'ビジネス上重要な VM の永続ディスクを顧客指定の暗号鍵（CSEK）で暗号化することを求めます。提供した鍵がなければ Google もディスクを復号できず、保存データへのアクセスを直接制御できます。',
    },
  },
  {
    id: '4.8', section: '4 Virtual Machines', title: 'Ensure Compute Instances Are Launched With Shielded VM Enabled', assessment: 'automated', level: 2,
    titleJa: 'Compute インスタンスを Shielded VM を有効にして起動する',
    description: {
      en: 'VM instances should run with Shielded VM features enabled: Secure Boot, vTPM and integrity monitoring. These verify the boot chain and detect tampering, protecting against rootkits and boot-level malware.',
      ja: 'VM インスタンスでセキュアブート、vTPM、整合性モニタリングといった Shielded VM の機能を有効にして実行することを求めます。これらはブートチェーンを検証して改ざんを検知し、ルートキットやブートレベルのマルウェアから保護します。',
    },
  },
  {
    id: '4.9', section: '4 Virtual Machines', title: 'Ensure That Compute Instances Do Not Have Public IP Addresses', assessment: 'automated', level: 2,
    titleJa: 'Compute インスタンスにパブリック IP アドレスを付与しない',
    description: {
      en: 'VM instances should have no external IP addresses; inbound access should go through load balancers, IAP or a bastion, and outbound through Cloud NAT. A public IP exposes every listening service on the instance directly to the internet.',
      ja: 'VM インスタンスに外部 IP アドレスを付与せず、受信はロードバランサ、IAP、踏み台を、送信は Cloud NAT を経由させることを求めます。パブリック IP があると、インスタンス上で待ち受けるすべてのサービスがインターネットに直接さらされます。',
    },
  },
  {
    id: '4.10', section: '4 Virtual Machines', title: 'Ensure That App Engine Applications Enforce HTTPS Connections', assessment: 'manual', level: 2,
    titleJa: 'App Engine アプリケーションで HTTPS 接続を強制する',
    description: {
      en: 'App Engine applications should redirect or reject plain HTTP and serve only over HTTPS, for example by setting secure: always for handlers. Unencrypted traffic can be read or modified in transit, exposing session cookies and user data.',
      ja: 'App Engine アプリケーションでは、ハンドラに secure: always を設定するなどして平文の HTTP をリダイレクトまたは拒否し、HTTPS のみで提供することを求めます。暗号化されていない通信は経路上で盗聴や改ざんを受け、セッション Cookie やユーザーデータが露出します。',
    },
  },
  {
    id: '4.11', section: '4 Virtual Machines', title: 'Ensure That Compute Instances Have Confidential Computing Enabled', assessment: 'automated', level: 2,
    titleJa: 'Compute インスタンスで Confidential Computing を有効にする',
    description: {
      en: 'VM instances that process sensitive data should run as Confidential VMs, which encrypt memory in use with hardware-based keys. This protects data in memory from the host, the hypervisor and memory-scraping attacks.',
      ja: '機密データを処理する VM インスタンスは Confidential VM として実行し、使用中のメモリをハードウェアベースの鍵で暗号化することを求めます。これにより、メモリ上のデータをホストやハイパーバイザー、メモリスクレイピング攻撃から保護できます。',
    },
  },
  {
    id: '4.12', section: '4 Virtual Machines', title: 'Ensure the Latest Operating System Updates Are Installed On Your Virtual Machines in All Projects', assessment: 'manual', level: 2,
    titleJa: 'すべてのプロジェクトの仮想マシンに最新の OS アップデートを適用する',
    description: {
      en: 'Operating system patches should be applied to VMs in every project, tracked and scheduled with VM Manager (OS inventory and patch management). Unpatched guest operating systems are one of the most common ways attackers gain and extend access.',
      ja: 'すべてのプロジェクトの VM に OS のパッチを適用し、VM Manager（OS インベントリとパッチ管理）で状況を追跡・スケジュールすることを求めます。パッチが適用されていないゲスト OS は、攻撃者が侵入し足場を広げる最も一般的な手段の 1 つです。',
    },
  },
  {
    id: '5.1', section: '5 Storage', title: 'Ensure That Cloud Storage Bucket Is Not Anonymously or Publicly Accessible', assessment: 'automated', level: 1,
    titleJa: 'Cloud Storage バケットに匿名またはパブリックにアクセスできないようにする',
    description: {
      en: 'Cloud Storage buckets must not grant any role to allUsers or allAuthenticatedUsers. Public bindings expose objects to anyone on the internet and are a frequent cause of data leaks.',
      ja: 'Cloud Storage バケットで allUsers や allAuthenticatedUsers にロールを付与しないことを求めます。パブリックなバインディングはオブジェクトをインターネット上の誰にでも公開し、データ漏えいのよくある原因となります。',
    },
  },
  {
    id: '5.2', section: '5 Storage', title: 'Ensure That Cloud Storage Buckets Have Uniform Bucket-Level Access Enabled', assessment: 'automated', level: 2,
    titleJa: 'Cloud Storage バケットで均一なバケットレベルのアクセスを有効にする',
    description: {
      en: 'Cloud Storage buckets should have uniform bucket-level access enabled, so access is governed only by IAM and object ACLs are ignored. Mixing per-object ACLs with IAM makes it hard to know who can read data and lets individual objects be exposed unnoticed.',
      ja: 'Cloud Storage バケットで均一なバケットレベルのアクセスを有効にし、オブジェクトの ACL を無効にして IAM だけでアクセスを管理することを求めます。オブジェクト単位の ACL と IAM が混在すると、誰がデータを読めるのか把握しにくくなり、個々のオブジェクトが気付かれないまま公開されるおそれがあります。',
    },
  },
  {
    id: '6.1.1', section: '6 Cloud SQL Database Services', title: 'Ensure That a MySQL Instance Does Not Allow Anyone To Connect With Administrative Privileges', assessment: 'manual', level: 1,
    titleJa: 'MySQL インスタンスで誰でも管理者権限で接続できないようにする',
    description: {
      en: 'Cloud SQL for MySQL instances should not let anyone connect as an administrative user without a password; the root account must have a strong password and be restricted to the hosts that need it. Otherwise anyone who can reach the instance can take full control of the database.',
      ja: 'Cloud SQL for MySQL インスタンスでは、パスワードなしで管理ユーザーとして接続できないようにし、root アカウントに強力なパスワードを設定して必要なホストからのみ接続できるようにすることを求めます。そうでないと、インスタンスに到達できる誰もがデータベースを完全に掌握できてしまいます。',
    },
  },
  {
    id: '6.1.2', section: '6 Cloud SQL Database Services', title: 'Ensure ‘Skip_show_database’ Database Flag for Cloud SQL MySQL Instance Is Set to ‘On’', assessment: 'automated', level: 1,
    titleJa: 'Cloud SQL MySQL インスタンスの skip_show_database フラグを on にする',
    description: {
      en: 'The skip_show_database flag should be on for Cloud SQL for MySQL instances, so that SHOW DATABASES is only available to users with the SHOW DATABASES privilege. This stops ordinary users from enumerating every database on the server.',
      ja: 'Cloud SQL for MySQL インスタンスで skip_show_database フラグを on にし、SHOW DATABASES を SHOW DATABASES 権限を持つユーザーだけが実行できるようにすることを求めます。これにより、一般ユーザーがサーバー上のすべてのデータベースを列挙することを防げます。',
    },
  },
  {
    id: '6.1.3', section: '6 Cloud SQL Database Services', title: 'Ensure That the ‘Local_infile’ Database Flag for a Cloud SQL MySQL Instance Is Set to ‘Off’', assessment: 'automated', level: 1,
    titleJa: 'Cloud SQL MySQL インスタンスの local_infile フラグを off にする',
    description: {
      en: 'The local_infile flag should be off for Cloud SQL for MySQL instances. LOAD DATA LOCAL can be abused, for example through SQL injection or a malicious server, to read files from the client machine.',
      ja: 'Cloud SQL for MySQL インスタンスで local_infile フラグを off にすることを求めます。LOAD DATA LOCAL は、SQL インジェクションや悪意のあるサーバーを通じて、クライアント マシン上のファイルを読み取るために悪用される可能性があります。',
    },
  },
  {
    id: '6.2.1', section: '6 Cloud SQL Database Services', title: 'Ensure ‘Log_error_verbosity’ Database Flag for Cloud SQL PostgreSQL Instance Is Set to ‘DEFAULT’ or Stricter', assessment: 'automated', level: 2,
    titleJa: 'Cloud SQL PostgreSQL インスタンスの log_error_verbosity フラグを DEFAULT 以上に厳格に設定する',
    description: {
      en: 'The log_error_verbosity flag should be set to DEFAULT or TERSE on Cloud SQL for PostgreSQL instances. VERBOSE adds source-code locations and internal detail to every logged error, cluttering logs without helping security review.',
      ja: 'Cloud SQL for PostgreSQL インスタンスで log_error_verbosity フラグを DEFAULT または TERSE に設定することを求めます。VERBOSE ではログに記録されるすべてのエラーにソースコードの位置や内部の詳細が付加され、セキュリティ上のレビューに役立たないままログが煩雑になります。',
    },
  },
  {
    id: '6.2.2', section: '6 Cloud SQL Database Services', title: 'Ensure That the ‘Log_connections’ Database Flag for Cloud SQL PostgreSQL Instance Is Set to ‘On’', assessment: 'automated', level: 1,
    titleJa: 'Cloud SQL PostgreSQL インスタンスの log_connections フラグを on にする',
    description: {
      en: 'The log_connections flag should be on for Cloud SQL for PostgreSQL instances so that every connection attempt and successful authentication is logged. These records are needed to spot unauthorized connection attempts and trace who accessed the database.',
      ja: 'Cloud SQL for PostgreSQL インスタンスで log_connections フラグを on にし、すべての接続試行と認証の成功を記録することを求めます。これらの記録は、不正な接続試行の発見や、誰がデータベースにアクセスしたかの追跡に必要です。',
    },
  },
  {
    id: '6.2.3', section: '6 Cloud SQL Database Services', title: 'Ensure That the ‘Log_disconnections’ Database Flag for Cloud SQL PostgreSQL Instance Is Set to ‘On’', assessment: 'automated', level: 1,
    titleJa: 'Cloud SQL PostgreSQL インスタンスの log_disconnections フラグを on にする',
    description: {
      en: 'The log_disconnections flag should be on for Cloud SQL for PostgreSQL instances so that the end of each session and its duration are logged. Together with connection logs this shows how long each client was connected, which helps investigate suspicious sessions.',
      ja: 'Cloud SQL for PostgreSQL インスタンスで log_disconnections フラグを on にし、各セッションの終了と接続時間を記録することを求めます。接続ログと組み合わせることで各クライアントの接続時間が分かり、不審なセッションの調査に役立ちます。',
    },
  },
  {
    id: '6.2.4', section: '6 Cloud SQL Database Services', title: 'Ensure ‘Log_statement’ Database Flag for Cloud SQL PostgreSQL Instance Is Set Appropriately', assessment: 'automated', level: 2,
    titleJa: 'Cloud SQL PostgreSQL インスタンスの log_statement フラグを適切に設定する',
    description: {
      en: 'The log_statement flag should be set to a suitable level on Cloud SQL for PostgreSQL instances; CIS recommends ddl so that schema changes are always recorded. Too little logging hides destructive changes, while logging every statement can capture sensitive data and overwhelm the logs.',
      ja: 'Cloud SQL for PostgreSQL インスタンスで log_statement フラグを適切なレベルに設定することを求めます。CIS はスキーマ変更が常に記録されるよう ddl を推奨しています。ログが少なすぎると破壊的な変更が隠れ、すべての文を記録すると機密データがログに残りログ量も膨大になります。',
    },
  },
  {
    id: '6.2.5', section: '6 Cloud SQL Database Services', title: "Ensure that the ‘Log_min_messages’ Flag for a Cloud SQL PostgreSQL Instance is set at minimum to 'Warning'", assessment: 'automated', level: 1,
    titleJa: 'Cloud SQL PostgreSQL インスタンスの log_min_messages フラグを少なくとも WARNING に設定する',
    description: {
      en: 'The log_min_messages flag should be WARNING or a more verbose level on Cloud SQL for PostgreSQL instances, so that warnings and errors reach the logs. Setting it to ERROR or higher drops warnings that can signal misuse or misconfiguration.',
      ja: 'Cloud SQL for PostgreSQL インスタンスで log_min_messages フラグを WARNING またはそれより詳細なレベルに設定し、警告とエラーがログに記録されるようにすることを求めます。ERROR 以上に設定すると、不正利用や設定ミスの兆候となる警告が記録されなくなります。',
    },
  },
  {
    id: '6.2.6', section: '6 Cloud SQL Database Services', title: 'Ensure ‘Log_min_error_statement’ Database Flag for Cloud SQL PostgreSQL Instance Is Set to ‘Error’ or Stricter', assessment: 'automated', level: 1,
    titleJa: 'Cloud SQL PostgreSQL インスタンスの log_min_error_statement フラグを ERROR 以上に厳格に設定する',
    description: {
      en: 'The log_min_error_statement flag should be ERROR or stricter on Cloud SQL for PostgreSQL instances, so that the SQL statements causing errors are logged. Failing statements are often a sign of SQL injection attempts or broken applications, and the statement text is what an investigation needs.',
      ja: 'Cloud SQL for PostgreSQL インスタンスで log_min_error_statement フラグを ERROR またはそれより厳格なレベルに設定し、エラーを起こした SQL 文が記録されるようにすることを求めます。失敗する文は SQL インジェクションの試みやアプリケーションの不具合の兆候であることが多く、調査にはその文の内容が必要です。',
    },
  },
  {
    id: '6.2.7', section: '6 Cloud SQL Database Services', title: "Ensure That the ‘Log_min_duration_statement’ Database Flag for Cloud SQL PostgreSQL Instance Is Set to '-1' (Disabled)", assessment: 'automated', level: 1,
    titleJa: 'Cloud SQL PostgreSQL インスタンスの log_min_duration_statement フラグを -1（無効）に設定する',
    description: {
      en: 'The log_min_duration_statement flag should be -1 on Cloud SQL for PostgreSQL instances, disabling duration-based statement logging. Otherwise full SQL text, which may include passwords or personal data in literals, is written to the logs for every query exceeding the threshold.',
      ja: 'Cloud SQL for PostgreSQL インスタンスで log_min_duration_statement フラグを -1 に設定し、実行時間に基づく文のログ記録を無効にすることを求めます。無効にしないと、しきい値を超えたすべてのクエリについて、リテラルにパスワードや個人データを含み得る SQL 文全体がログに書き込まれます。',
    },
  },
  {
    id: '6.2.8', section: '6 Cloud SQL Database Services', title: "Ensure That 'cloudsql.enable_pgaudit' Database Flag for each Cloud Sql Postgresql Instance Is Set to 'on' For Centralized Logging", assessment: 'automated', level: 1,
    titleJa: '一元的なロギングのため、各 Cloud SQL PostgreSQL インスタンスの cloudsql.enable_pgaudit フラグを on にする',
    description: {
      en: 'The cloudsql.enable_pgaudit flag should be on for Cloud SQL for PostgreSQL instances, with the pgAudit extension configured, so that detailed session and object audit logs flow into Cloud Logging. This provides a central, tamper-resistant record of database activity for compliance and investigations.',
      ja: 'Cloud SQL for PostgreSQL インスタンスで cloudsql.enable_pgaudit フラグを on にして pgAudit 拡張機能を構成し、詳細なセッション監査ログとオブジェクト監査ログを Cloud Logging に送ることを求めます。これにより、コンプライアンスや調査のための、改ざんされにくいデータベース操作の記録を一元的に保持できます。',
    },
  },
  {
    id: '6.3.1', section: '6 Cloud SQL Database Services', title: "Ensure 'external scripts enabled' Database Flag for Cloud SQL SQL Server Instance Is Set to 'off'", assessment: 'automated', level: 1,
    titleJa: 'Cloud SQL SQL Server インスタンスの external scripts enabled フラグを off にする',
    description: {
      en: 'The external scripts enabled flag should be off on Cloud SQL for SQL Server instances. It allows R or Python scripts to run from within the database, which an attacker with database access could use to run arbitrary code.',
      ja: 'Cloud SQL for SQL Server インスタンスで external scripts enabled フラグを off にすることを求めます。このフラグはデータベース内から R や Python のスクリプトを実行できるようにするもので、データベースへのアクセス権を得た攻撃者に任意のコードを実行されるおそれがあります。',
    },
  },
  {
    id: '6.3.2', section: '6 Cloud SQL Database Services', title: "Ensure 'cross db ownership chaining' Database Flag for Cloud SQL SQL Server Instance Is Set to 'off'", assessment: 'automated', level: 1,
    titleJa: 'Cloud SQL SQL Server インスタンスの cross db ownership chaining フラグを off にする',
    description: {
      en: 'The cross db ownership chaining flag should be off on Cloud SQL for SQL Server instances. When on, ownership chains across databases can let a user in one database reach objects in another without being granted permission there.',
      ja: 'Cloud SQL for SQL Server インスタンスで cross db ownership chaining フラグを off にすることを求めます。有効にすると、データベースをまたぐ所有権の連鎖により、あるデータベースのユーザーが権限を付与されていない別のデータベースのオブジェクトにアクセスできる場合があります。',
    },
  },
  {
    id: '6.3.3', section: '6 Cloud SQL Database Services', title: "Ensure 'user Connections' Database Flag for Cloud SQL SQL Server Instance Is Set to a Non-limiting Value", assessment: 'automated', level: 1,
    titleJa: 'Cloud SQL SQL Server インスタンスの user connections フラグを制限のない値に設定する',
    description: {
      en: "The user connections flag should be left at a non-limiting value (0, meaning the server's maximum) on Cloud SQL for SQL Server instances. A low fixed limit lets a burst of connections, accidental or malicious, lock legitimate users out of the database.",
      ja: 'Cloud SQL for SQL Server インスタンスで user connections フラグを制限のない値（サーバーの上限を意味する 0）にしておくことを求めます。小さな固定値に制限すると、偶発的または悪意のある接続の急増によって正規のユーザーがデータベースに接続できなくなります。',
    },
  },
  {
    id: '6.3.4', section: '6 Cloud SQL Database Services', title: "Ensure 'user options' Database Flag for Cloud SQL SQL Server Instance Is Not Configured", assessment: 'automated', level: 1,
    titleJa: 'Cloud SQL SQL Server インスタンスの user options フラグを設定しない',
    description: {
      en: 'The user options flag should not be configured on Cloud SQL for SQL Server instances. It overrides session defaults for every user, such as ANSI and arithmetic settings, which can silently change query behavior and mask errors.',
      ja: 'Cloud SQL for SQL Server インスタンスで user options フラグを設定しないことを求めます。このフラグは ANSI 関連や算術関連の設定など、すべてのユーザーのセッションの既定値を上書きし、クエリの動作を気付かれないまま変えたり、エラーを隠したりする可能性があります。',
    },
  },
  {
    id: '6.3.5', section: '6 Cloud SQL Database Services', title: "Ensure 'remote access' Database Flag for Cloud SQL SQL Server Instance Is Set to 'off'", assessment: 'automated', level: 1,
    titleJa: 'Cloud SQL SQL Server インスタンスの remote access フラグを off にする',
    description: {
      en: 'The remote access flag should be off on Cloud SQL for SQL Server instances. It allows stored procedures to be run on or from remote servers, which can be abused to launch attacks from the database server or offload processing to it.',
      ja: 'Cloud SQL for SQL Server インスタンスで remote access フラグを off にすることを求めます。このフラグはリモート サーバーとの間でストアド プロシージャを実行できるようにするもので、データベース サーバーを起点とした攻撃や処理の押し付けに悪用される可能性があります。',
    },
  },
  {
    id: '6.3.6', section: '6 Cloud SQL Database Services', title: "Ensure '3625 (trace flag)' Database Flag for all Cloud SQL SQL Server Instances Is Set to 'on'", assessment: 'automated', level: 1,
    titleJa: 'すべての Cloud SQL SQL Server インスタンスで 3625（トレースフラグ）を on にする',
    description: {
      en: 'Trace flag 3625 should be on for Cloud SQL for SQL Server instances. It masks parameters in some error messages returned to users who are not sysadmin, limiting the information an attacker can glean from database errors.',
      ja: 'Cloud SQL for SQL Server インスタンスでトレースフラグ 3625 を on にすることを求めます。sysadmin でないユーザーに返される一部のエラーメッセージでパラメータが伏せられ、攻撃者がデータベースのエラーから得られる情報を制限できます。',
    },
  },
  {
    id: '6.3.7', section: '6 Cloud SQL Database Services', title: "Ensure 'contained database authentication' Database Flag for Cloud SQL SQL Server Instance Is Set to 'off'", assessment: 'automated', level: 1,
    titleJa: 'Cloud SQL SQL Server インスタンスの contained database authentication フラグを off にする',
    description: {
      en: 'The contained database authentication flag should be off on Cloud SQL for SQL Server instances. Contained databases authenticate users inside the database itself, bypassing server-level login controls and policies and letting such users be moved with the database unnoticed.',
      ja: 'Cloud SQL for SQL Server インスタンスで contained database authentication フラグを off にすることを求めます。包含データベースではデータベース内部でユーザーが認証されるため、サーバーレベルのログイン制御やポリシーを迂回でき、そうしたユーザーがデータベースとともに気付かれないまま移されることもあります。',
    },
  },
  {
    id: '6.4', section: '6 Cloud SQL Database Services', title: 'Ensure That the Cloud SQL Database Instance Requires All Incoming Connections To Use SSL', assessment: 'automated', level: 1,
    titleJa: 'Cloud SQL データベース インスタンスへのすべての受信接続で SSL を必須にする',
    description: {
      en: 'Cloud SQL instances should require SSL/TLS for all incoming connections (ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED). Unencrypted connections expose credentials and query results to anyone able to observe the network path.',
      ja: 'Cloud SQL インスタンスへのすべての受信接続で SSL/TLS を必須にすること（ENCRYPTED_ONLY または TRUSTED_CLIENT_CERTIFICATE_REQUIRED）を求めます。暗号化されていない接続では、通信経路を観測できる誰にでも認証情報やクエリ結果が露出します。',
    },
  },
  {
    id: '6.5', section: '6 Cloud SQL Database Services', title: 'Ensure That Cloud SQL Database Instances Do Not Implicitly Whitelist All Public IP Addresses', assessment: 'automated', level: 1,
    titleJa: 'Cloud SQL データベース インスタンスですべてのパブリック IP アドレスを暗黙に許可しない',
    description: {
      en: 'Cloud SQL instances must not list 0.0.0.0/0 as an authorized network. That setting lets any host on the internet attempt to connect, exposing the database to scanning and brute-force attacks.',
      ja: 'Cloud SQL インスタンスの承認済みネットワークに 0.0.0.0/0 を登録しないことを求めます。この設定ではインターネット上の任意のホストが接続を試みられるため、データベースがスキャンや総当たり攻撃にさらされます。',
    },
  },
  {
    id: '6.6', section: '6 Cloud SQL Database Services', title: 'Ensure Cloud SQL Database Instances Have IAM Database Authentication Enabled', assessment: 'manual', level: 1,
    titleJa: 'Cloud SQL データベース インスタンスで IAM データベース認証を有効にする',
    description: {
      en: 'Cloud SQL instances should enable IAM database authentication so that users and service accounts sign in with their Google identities instead of static database passwords. Access is then granted, revoked and audited centrally through IAM.',
      ja: 'Cloud SQL インスタンスで IAM データベース認証を有効にし、ユーザーやサービス アカウントが固定のデータベース パスワードではなく Google の ID でログインできるようにすることを求めます。これにより、アクセスの付与、取り消し、監査を IAM で一元的に行えます。',
    },
  },
  {
    id: '6.7', section: '6 Cloud SQL Database Services', title: 'Ensure That Cloud SQL Database Instances Do Not Have Public IPs', assessment: 'automated', level: 2,
    titleJa: 'Cloud SQL データベース インスタンスにパブリック IP を付与しない',
    description: {
      en: 'Cloud SQL instances should use private IP only, with no public IP address. Keeping the database off the internet removes a whole class of remote attacks and limits access to the VPC and connected networks.',
      ja: 'Cloud SQL インスタンスはプライベート IP のみを使い、パブリック IP アドレスを付与しないことを求めます。データベースをインターネットから切り離すことで遠隔からの攻撃の多くを排除し、アクセスを VPC と接続されたネットワークに限定できます。',
    },
  },
  {
    id: '6.8', section: '6 Cloud SQL Database Services', title: 'Ensure That Cloud SQL Database Instances Are Configured With Automated Backups', assessment: 'automated', level: 1,
    titleJa: 'Cloud SQL データベース インスタンスで自動バックアップを構成する',
    description: {
      en: 'Automated backups should be enabled on Cloud SQL instances. Backups are the main way to recover from data corruption, accidental deletion or ransomware, and without them such events can mean permanent data loss.',
      ja: 'Cloud SQL インスタンスで自動バックアップを有効にすることを求めます。バックアップはデータの破損、誤削除、ランサムウェアから復旧するための主な手段であり、これがないとそうした事態が永久的なデータ損失につながり得ます。',
    },
  },
  {
    id: '6.9', section: '6 Cloud SQL Database Services', title: 'Ensure Cloud SQL Database Instances Have Deletion Protection Enabled', assessment: 'manual', level: 1,
    titleJa: 'Cloud SQL データベース インスタンスで削除保護を有効にする',
    description: {
      en: 'Deletion protection should be enabled on Cloud SQL instances. It blocks deleting an instance until the setting is explicitly turned off, guarding against a database being removed by mistake, by a faulty automation script or by an attacker.',
      ja: 'Cloud SQL インスタンスで削除保護を有効にすることを求めます。設定を明示的に無効にするまでインスタンスを削除できなくなり、操作ミス、不具合のある自動化スクリプト、攻撃者によってデータベースが削除されることを防ぎます。',
    },
  },
  {
    id: '7.1', section: '7 BigQuery', title: 'Ensure That BigQuery Datasets Are Not Anonymously or Publicly Accessible', assessment: 'automated', level: 1,
    titleJa: 'BigQuery データセットに匿名またはパブリックにアクセスできないようにする',
    description: {
      en: 'BigQuery datasets must not grant access to allUsers or allAuthenticatedUsers. Public datasets let anyone on the internet query the data they hold, which is a direct path to a data breach.',
      ja: 'BigQuery データセットで allUsers や allAuthenticatedUsers にアクセスを許可しないことを求めます。公開されたデータセットはインターネット上の誰でもクエリでき、データ漏えいに直結します。',
    },
  },
  {
    id: '7.2', section: '7 BigQuery', title: 'Ensure That All BigQuery Tables Are Encrypted With Customer-Managed Encryption Key (CMEK)', assessment: 'automated', level: 2,
    titleJa: 'すべての BigQuery テーブルを顧客管理の暗号鍵（CMEK）で暗号化する',
    description: {
      en: "BigQuery tables holding sensitive data should be encrypted with customer-managed encryption keys in Cloud KMS. CMEK puts key access, rotation and revocation under the organization's control, so disabling the key can cut off access to the data.",
      ja: '機密データを保持する BigQuery テーブルを Cloud KMS の顧客管理の暗号鍵（CMEK）で暗号化することを求めます。CMEK により鍵へのアクセス、ローテーション、取り消しを組織が管理でき、鍵を無効にすればデータへのアクセスを遮断できます。',
    },
  },
  {
    id: '7.3', section: '7 BigQuery', title: 'Ensure That a Default Customer-Managed Encryption Key (CMEK) Is Specified for All BigQuery Data Sets', assessment: 'automated', level: 2,
    titleJa: 'すべての BigQuery データセットにデフォルトの顧客管理の暗号鍵（CMEK）を指定する',
    description: {
      en: 'Each BigQuery dataset should specify a default customer-managed encryption key, so that every new table created in it is encrypted with CMEK automatically. This prevents tables from falling back to Google-managed keys because someone forgot to set a key.',
      ja: '各 BigQuery データセットにデフォルトの顧客管理の暗号鍵（CMEK）を指定し、そのデータセットで新しく作成されるテーブルが自動的に CMEK で暗号化されるようにすることを求めます。鍵の指定忘れでテーブルが Google 管理の鍵での暗号化になってしまうことを防げます。',
    },
  },
  {
    id: '7.4', section: '7 BigQuery', title: 'Ensure all data in BigQuery has been classified', assessment: 'manual', level: 2,
    titleJa: 'BigQuery のすべてのデータを分類する',
    description: {
      en: 'Data in BigQuery should be discovered and classified, for example with Sensitive Data Protection profiling, so that its sensitivity is known. Without classification, personal or regulated data cannot be given the right access controls, encryption and monitoring.',
      ja: 'Sensitive Data Protection のプロファイリングなどで BigQuery 内のデータを検出・分類し、機密度を把握することを求めます。分類していないと、個人データや規制対象のデータに適切なアクセス制御、暗号化、監視を適用できません。',
    },
  },
  {
    id: '8.1', section: '8 Dataproc', title: 'Ensure that Dataproc Cluster is encrypted using Customer-Managed Encryption Key', assessment: 'automated', level: 2,
    titleJa: 'Dataproc クラスタを顧客管理の暗号鍵で暗号化する',
    description: {
      en: 'Dataproc clusters should encrypt their persistent disks and data with a customer-managed encryption key in Cloud KMS. This keeps control of key access, rotation and revocation with the organization for the data processed by the cluster.',
      ja: 'Dataproc クラスタの永続ディスクとデータを Cloud KMS の顧客管理の暗号鍵（CMEK）で暗号化することを求めます。これにより、クラスタで処理されるデータについて、鍵へのアクセス、ローテーション、取り消しの管理を組織が保持できます。',
    },
  },
];
