/**
 * The complete list of recommendations of the CIS Amazon Web Services Foundations Benchmark
 * v3.0.0 (2024-01-31), with the benchmark's own Automated/Manual assessment status and profile
 * level. A test checks every id here is covered by at least one mamori rule.
 */
import type { FrameworkRequirement } from '../../../frameworks/types.js';

export const CIS_AWS_3_0: FrameworkRequirement[] = [
  {
    id: '1.1', title: 'Maintain current contact details', assessment: 'manual', level: 1,
    titleJa: '連絡先情報を最新の状態に保つ',
    description: {
      en: "The account's primary contact details (email, phone, address) must stay current and reach a monitored, shared address rather than one person. AWS uses them to notify you of abuse, suspected compromise or billing problems, and stale details mean such warnings are missed or the account is suspended.",
      ja: 'アカウントの連絡先情報（メールアドレス、電話番号、住所）を最新に保ち、個人ではなく常時確認される共有の宛先に届くようにすることを求めます。AWS は不正利用や侵害の疑い、請求上の問題をここに通知するため、情報が古いと警告を見落としたり、アカウントが停止されたりするおそれがあります。',
    },
  },
  {
    id: '1.2', title: 'Ensure security contact information is registered', assessment: 'manual', level: 1,
    titleJa: 'セキュリティ連絡先情報が登録されていることを確認する',
    description: {
      en: 'A security alternate contact must be registered on the account so that AWS can reach the team responsible for security directly. Without it, notices about exposed credentials or malicious activity go only to the general contact and may not reach responders in time.',
      ja: 'アカウントに「セキュリティ」の代替連絡先を登録し、AWS がセキュリティ担当チームに直接連絡できるようにすることを求めます。未登録だと、認証情報の漏えいや不審な活動に関する通知が一般の連絡先にしか届かず、対応が遅れるおそれがあります。',
    },
  },
  {
    id: '1.3', title: 'Ensure security questions are registered in the AWS account', assessment: 'manual', level: 1,
    titleJa: 'AWS アカウントにセキュリティの質問が登録されていることを確認する',
    description: {
      en: "Security challenge questions must be configured for the account so that AWS Support can verify the caller's identity when the root user's password or MFA device is lost. Without them, recovering a locked-out account is slower and relies on fewer verification factors.",
      ja: 'アカウントにセキュリティの質問を設定し、ルートユーザーのパスワードや MFA デバイスを失った際に AWS サポートが本人確認を行えるようにすることを求めます。未設定の場合、ロックアウトからの復旧に時間がかかり、本人確認の手段も限られます。',
    },
  },
  {
    id: '1.4', title: "Ensure no 'root' user account access key exists", assessment: 'automated', level: 1,
    titleJa: 'ルートユーザーのアクセスキーが存在しないことを確認する',
    description: {
      en: 'The root user must have no access keys. Root keys carry unrestricted, unscopable power over the whole account, and if one leaks from a script, laptop or repository an attacker gains full control that no IAM policy can limit.',
      ja: 'ルートユーザーにアクセスキーが存在しないことを求めます。ルートのキーはアカウント全体に対する無制限の権限を持ち、IAM ポリシーで絞り込めないため、スクリプトや端末、リポジトリから漏えいすると攻撃者にアカウントを完全に掌握されます。',
    },
  },
  {
    id: '1.5', title: "Ensure MFA is enabled for the 'root' user account", assessment: 'automated', level: 1,
    titleJa: 'ルートユーザーで MFA が有効になっていることを確認する',
    description: {
      en: 'Multi-factor authentication must be enabled on the root user. A stolen or guessed root password alone would otherwise give full control of the account, including billing, closure and recovery of every other identity.',
      ja: 'ルートユーザーで多要素認証（MFA）を有効にすることを求めます。MFA がないと、盗まれたり推測されたりしたパスワードだけで、請求やアカウント解約、他のすべての ID の復旧を含むアカウント全体を掌握されてしまいます。',
    },
  },
  {
    id: '1.6', title: "Ensure hardware MFA is enabled for the 'root' user account", assessment: 'manual', level: 2,
    titleJa: 'ルートユーザーでハードウェア MFA が有効になっていることを確認する',
    description: {
      en: "The root user's MFA should be a hardware device (a FIDO security key or hardware TOTP token) rather than a virtual MFA app. A phone app shares the attack surface of the phone it runs on, while a dedicated device kept in a safe place is far harder to compromise remotely.",
      ja: 'ルートユーザーの MFA には、仮想 MFA アプリではなくハードウェアデバイス（FIDO セキュリティキーやハードウェア TOTP トークン）を使うことを求めます。スマートフォンのアプリは端末自体の侵害の影響を受けますが、安全に保管された専用デバイスはリモートからの侵害が格段に困難です。',
    },
  },
  {
    id: '1.7', title: "Eliminate use of the 'root' user for administrative and daily tasks", assessment: 'manual', level: 1,
    titleJa: '管理作業や日常業務でルートユーザーを使用しない',
    description: {
      en: 'The root user should be kept for the few tasks only it can perform, with day-to-day administration done through IAM or IAM Identity Center identities. Routine root use exposes the most powerful credential more often and produces activity that cannot be scoped or attributed to a person.',
      ja: 'ルートユーザーはルートにしかできない限られた作業のためだけに残し、日常の管理は IAM や IAM Identity Center の ID で行うことを求めます。ルートを日常的に使うと最も強力な認証情報が露出する機会が増え、権限の絞り込みや操作者の特定もできなくなります。',
    },
  },
  {
    id: '1.8', title: 'Ensure IAM password policy requires minimum length of 14 or greater', assessment: 'automated', level: 1,
    titleJa: 'IAM パスワードポリシーで 14 文字以上の最小長を必須にする',
    description: {
      en: 'The account password policy must require IAM user passwords of at least 14 characters. Short passwords fall quickly to guessing, spraying and offline cracking, and the console is reachable from anywhere on the internet.',
      ja: 'アカウントのパスワードポリシーで、IAM ユーザーのパスワードに 14 文字以上を求めることを要求します。短いパスワードは推測、パスワードスプレー、オフラインでの解析で容易に破られ、しかもコンソールはインターネットのどこからでも到達できます。',
    },
  },
  {
    id: '1.9', title: 'Ensure IAM password policy prevents password reuse', assessment: 'automated', level: 1,
    titleJa: 'IAM パスワードポリシーでパスワードの再利用を防止する',
    description: {
      en: 'The password policy must prevent IAM users from reusing recent passwords (CIS expects the last 24 to be remembered). Otherwise a user can rotate back to a password that was already exposed, undoing the benefit of changing it.',
      ja: 'パスワードポリシーで、IAM ユーザーが最近使ったパスワードを再利用できないようにすることを求めます（CIS は直近 24 個の記憶を想定）。再利用を許すと、すでに漏えいしたパスワードに戻すことができ、変更の効果が失われます。',
    },
  },
  {
    id: '1.10', title: 'Ensure multi-factor authentication (MFA) is enabled for all IAM users that have a console password', assessment: 'automated', level: 1,
    titleJa: 'コンソールパスワードを持つすべての IAM ユーザーで MFA を有効にする',
    description: {
      en: "Every IAM user that can sign in to the console must have an MFA device. Without a second factor, a phished, reused or guessed password is enough to sign in with all of that user's permissions.",
      ja: 'コンソールにサインインできるすべての IAM ユーザーに MFA デバイスを設定することを求めます。第二要素がないと、フィッシングや使い回し、推測で得たパスワードだけで、そのユーザーの全権限でサインインされてしまいます。',
    },
  },
  {
    id: '1.11', title: 'Do not setup access keys during initial user setup for all IAM users that have a console password', assessment: 'manual', level: 1,
    titleJa: 'コンソールパスワードを持つ IAM ユーザーの初期設定時にアクセスキーを作成しない',
    description: {
      en: "Access keys should not be created by default when a console user is set up, only later and only for users who actually need programmatic access. Keys created 'just in case' sit unused, are rarely rotated and widen the set of long-lived credentials that can leak.",
      ja: 'コンソールユーザーの作成時に既定でアクセスキーを発行せず、プログラムによるアクセスが実際に必要なユーザーにだけ後から発行することを求めます。「念のため」作られたキーは使われないまま放置され、ローテーションもされにくく、漏えいし得る長期認証情報を増やします。',
    },
  },
  {
    id: '1.12', title: 'Ensure credentials unused for 45 days or greater are disabled', assessment: 'automated', level: 1,
    titleJa: '45 日以上使用されていない認証情報を無効にする',
    description: {
      en: 'Console passwords and access keys that have not been used for 45 days or more must be disabled or removed. Dormant credentials usually belong to people or systems that no longer need them, and their misuse tends to go unnoticed.',
      ja: '45 日以上使われていないコンソールパスワードやアクセスキーを無効化または削除することを求めます。休眠中の認証情報は不要になった人やシステムのものであることが多く、悪用されても気付かれにくくなります。',
    },
  },
  {
    id: '1.13', title: 'Ensure there is only one active access key available for any single IAM user', assessment: 'automated', level: 1,
    titleJa: '各 IAM ユーザーの有効なアクセスキーが 1 つだけであることを確認する',
    description: {
      en: 'An IAM user should have at most one active access key; a second key is meant only for the brief overlap during rotation. Two long-lived active keys double the exposure and make it unclear which one a workload actually uses.',
      ja: 'IAM ユーザーの有効なアクセスキーは 1 つまでとし、2 つ目はローテーション時の短い移行期間にのみ使うことを求めます。有効な長期キーが 2 つあると露出が倍になり、どちらのキーが実際に使われているかも不明確になります。',
    },
  },
  {
    id: '1.14', title: 'Ensure access keys are rotated every 90 days or less', assessment: 'automated', level: 1,
    titleJa: 'アクセスキーを 90 日以内にローテーションする',
    description: {
      en: 'Active access keys must be replaced at least every 90 days. Regular rotation limits how long a key that leaked unnoticed (in logs, code or a backup) remains usable by an attacker.',
      ja: '有効なアクセスキーを少なくとも 90 日ごとに入れ替えることを求めます。定期的なローテーションにより、ログやコード、バックアップなどから気付かれずに漏えいしたキーを攻撃者が使える期間を限定できます。',
    },
  },
  {
    id: '1.15', title: 'Ensure IAM Users Receive Permissions Only Through Groups', assessment: 'automated', level: 1,
    titleJa: 'IAM ユーザーにはグループを通してのみ権限を付与する',
    description: {
      en: 'IAM users should receive permissions only through group membership, with no policies attached directly to the user. Directly attached policies are easy to overlook in access reviews and leave privileges behind when a person changes role.',
      ja: 'IAM ユーザーへの権限はグループのメンバーシップを通してのみ付与し、ユーザーに直接ポリシーをアタッチしないことを求めます。直接アタッチされたポリシーはアクセスレビューで見落とされやすく、担当変更後も権限が残りがちです。',
    },
  },
  {
    id: '1.16', title: 'Ensure IAM policies that allow full "*:*" administrative privileges are not attached', assessment: 'automated', level: 1,
    titleJa: '完全な管理者権限（"*:*"）を許可する IAM ポリシーをアタッチしない',
    description: {
      en: 'No IAM policy granting Action "*" on Resource "*" should be attached to users, groups or roles; permissions should be scoped to what each identity needs. A single compromised identity with full admin can disable logging, create backdoor users and reach every resource in the account.',
      ja: 'Action "*"、Resource "*" を許可する IAM ポリシーをユーザー、グループ、ロールにアタッチせず、各 ID に必要な範囲に権限を絞ることを求めます。完全な管理者権限を持つ ID が 1 つ侵害されるだけで、ログの無効化やバックドアユーザーの作成、アカウント内の全リソースへのアクセスが可能になります。',
    },
  },
  {
    id: '1.17', title: 'Ensure a support role has been created to manage incidents with AWS Support', assessment: 'automated', level: 1,
    titleJa: 'AWS サポートでインシデントを管理するためのサポートロールを作成する',
    description: {
      en: 'A dedicated IAM role with the AWSSupportAccess managed policy should exist so that designated people can open and manage AWS Support cases. Without it, teams either cannot engage AWS quickly during an incident or fall back on over-privileged or root credentials to do so.',
      ja: 'AWSSupportAccess マネージドポリシーを付与した専用の IAM ロールを用意し、指定された担当者が AWS サポートのケースを作成・管理できるようにすることを求めます。これがないと、インシデント時に AWS へ迅速に連絡できないか、過剰な権限やルートの認証情報で代用することになります。',
    },
  },
  {
    id: '1.18', title: 'Ensure IAM instance roles are used for AWS resource access from instances', assessment: 'automated', level: 2,
    titleJa: 'インスタンスから AWS リソースへのアクセスに IAM インスタンスロールを使用する',
    description: {
      en: 'Applications on EC2 instances should obtain AWS credentials from an IAM role attached through an instance profile, not from access keys stored on the instance. Role credentials are short-lived and rotated automatically, whereas keys on disk or in code can be copied off the host and reused indefinitely.',
      ja: 'EC2 インスタンス上のアプリケーションは、インスタンスに保存したアクセスキーではなく、インスタンスプロファイル経由でアタッチした IAM ロールから認証情報を取得することを求めます。ロールの認証情報は短期間で自動的にローテーションされますが、ディスクやコード上のキーはホストから持ち出され、無期限に再利用されるおそれがあります。',
    },
  },
  {
    id: '1.19', title: 'Ensure that all the expired SSL/TLS certificates stored in AWS IAM are removed', assessment: 'automated', level: 1,
    titleJa: 'IAM に保存された期限切れの SSL/TLS 証明書を削除する',
    description: {
      en: 'Expired SSL/TLS server certificates stored in IAM must be deleted. If one is still attached to a load balancer or CloudFront distribution, clients get certificate errors or the service fails, and leftover certificates clutter the inventory and invite accidental reuse.',
      ja: 'IAM に保存された期限切れの SSL/TLS サーバー証明書を削除することを求めます。ロードバランサーや CloudFront ディストリビューションにアタッチされたままだとクライアントで証明書エラーが起きたりサービスが停止したりし、残った証明書は管理を煩雑にして誤った再利用を招きます。',
    },
  },
  {
    id: '1.20', title: 'Ensure that IAM Access analyzer is enabled for all regions', assessment: 'automated', level: 1,
    titleJa: 'すべてのリージョンで IAM Access Analyzer を有効にする',
    description: {
      en: 'An IAM Access Analyzer must be created in every enabled region (at account or organization scope). It continuously reports resources such as S3 buckets, KMS keys and IAM roles that are shared with external principals, so unintended public or cross-account access is found early.',
      ja: '有効なすべてのリージョンで IAM Access Analyzer（アカウントまたは組織を信頼ゾーンとするアナライザー）を作成することを求めます。S3 バケット、KMS キー、IAM ロールなどが外部のプリンシパルと共有されている状態を継続的に検出し、意図しない公開やクロスアカウントアクセスを早期に発見できます。',
    },
  },
  {
    id: '1.21', title: 'Ensure IAM users are managed centrally via identity federation or AWS Organizations for multi-account environments', assessment: 'manual', level: 2,
    titleJa: 'マルチアカウント環境では ID フェデレーションまたは AWS Organizations で IAM ユーザーを一元管理する',
    description: {
      en: 'In multi-account environments, people should sign in through a central identity provider (IAM Identity Center or SAML/OIDC federation) instead of having separate IAM users in each account. Per-account users multiply credentials and make it easy to miss one account when someone leaves.',
      ja: 'マルチアカウント環境では、各アカウントに個別の IAM ユーザーを作らず、一元的な ID プロバイダー（IAM Identity Center や SAML/OIDC フェデレーション）経由でサインインさせることを求めます。アカウントごとのユーザーは認証情報を増やし、退職者のアクセス削除漏れも起こしやすくなります。',
    },
  },
  {
    id: '1.22', title: 'Ensure access to AWSCloudShellFullAccess is restricted', assessment: 'manual', level: 1,
    titleJa: 'AWSCloudShellFullAccess へのアクセスを制限する',
    description: {
      en: 'The AWSCloudShellFullAccess managed policy should not be attached to users, groups or roles that do not strictly need it. It allows uploading and downloading files through CloudShell, which gives anyone holding it an easy path to move data out of the account.',
      ja: 'AWSCloudShellFullAccess マネージドポリシーを、本当に必要なユーザー、グループ、ロール以外にアタッチしないことを求めます。このポリシーは CloudShell でのファイルのアップロードやダウンロードを許可するため、付与された者がアカウントからデータを容易に持ち出せる経路になります。',
    },
  },
  {
    id: '2.1.1', title: 'Ensure S3 Bucket Policy is set to deny HTTP requests', assessment: 'automated', level: 2,
    titleJa: 'S3 バケットポリシーで HTTP リクエストを拒否する',
    description: {
      en: 'Each S3 bucket policy must deny requests that do not use TLS (aws:SecureTransport false). Otherwise objects and credentials can travel in clear text and be read or altered on the network path.',
      ja: '各 S3 バケットのバケットポリシーで、TLS を使わないリクエスト（aws:SecureTransport が false）を拒否することを求めます。拒否しないと、オブジェクトや認証情報が平文で送られ、通信経路上で盗聴や改ざんを受けるおそれがあります。',
    },
  },
  {
    id: '2.1.2', title: 'Ensure MFA Delete is enabled on S3 buckets', assessment: 'manual', level: 1,
    titleJa: 'S3 バケットで MFA Delete を有効にする',
    description: {
      en: "Versioned S3 buckets holding important data should have MFA Delete enabled, so that changing the versioning state or permanently deleting an object version requires the root user's MFA code. This stops a stolen access key from wiping object history, for example in a ransomware attack.",
      ja: '重要なデータを保持するバージョニング有効の S3 バケットで MFA Delete を有効にし、バージョニング設定の変更やオブジェクトバージョンの完全削除にルートユーザーの MFA コードを必須にすることを求めます。これにより、盗まれたアクセスキーでランサムウェアのようにオブジェクトの履歴を消去されることを防げます。',
    },
  },
  {
    id: '2.1.3', title: 'Ensure all data in Amazon S3 has been discovered, classified and secured when required', assessment: 'manual', level: 2,
    titleJa: 'Amazon S3 内のすべてのデータを検出・分類し、必要に応じて保護する',
    description: {
      en: 'Data stored in S3 should be discovered and classified, for example with Amazon Macie, and protected according to its sensitivity. Without knowing where personal or confidential data sits, it cannot be encrypted, access-restricted or monitored appropriately.',
      ja: 'S3 に保存されたデータを Amazon Macie などで検出・分類し、機密度に応じて保護することを求めます。個人情報や機密データの所在を把握していなければ、適切な暗号化、アクセス制限、監視を行えません。',
    },
  },
  {
    id: '2.1.4', title: "Ensure that S3 Buckets are configured with 'Block public access (bucket settings)'", assessment: 'automated', level: 1,
    titleJa: 'S3 バケットで「パブリックアクセスをブロック（バケット設定）」を有効にする',
    description: {
      en: 'S3 Block Public Access must be turned on for buckets (and preferably at the account level). It overrides ACLs and bucket policies that would make data public, preventing the common leak where a single misconfigured policy exposes a bucket to the internet.',
      ja: 'S3 のパブリックアクセスブロックをバケットで（できればアカウントレベルでも）有効にすることを求めます。データを公開してしまう ACL やバケットポリシーを無効化し、設定ミス 1 つでバケットがインターネットに公開されるというよくある漏えいを防ぎます。',
    },
  },
  {
    id: '2.2.1', title: 'Ensure EBS volume encryption is enabled in all regions', assessment: 'automated', level: 1,
    titleJa: 'すべてのリージョンで EBS ボリュームの暗号化を有効にする',
    description: {
      en: 'EBS encryption by default must be enabled in every region so that each new volume and snapshot is encrypted with KMS. This protects data at rest and in snapshots without relying on every engineer remembering to tick the encryption option.',
      ja: 'すべてのリージョンで EBS のデフォルト暗号化を有効にし、新しく作成されるボリュームとスナップショットが KMS で暗号化されるようにすることを求めます。エンジニア一人ひとりが暗号化オプションの指定を忘れないことに頼らずに、保存データとスナップショットを保護できます。',
    },
  },
  {
    id: '2.3.1', title: 'Ensure that encryption-at-rest is enabled for RDS Instances', assessment: 'automated', level: 1,
    titleJa: 'RDS インスタンスの保存時の暗号化を有効にする',
    description: {
      en: 'RDS DB instances must have storage encryption enabled, which also covers their automated backups, read replicas and snapshots. Unencrypted storage or snapshots can expose the database contents if a snapshot is shared or copied by mistake or the underlying storage is accessed.',
      ja: 'RDS の DB インスタンスでストレージ暗号化を有効にすることを求めます。これにより自動バックアップ、リードレプリカ、スナップショットも暗号化されます。暗号化されていないと、スナップショットの誤った共有やコピー、基盤ストレージへのアクセスによってデータベースの内容が漏えいするおそれがあります。',
    },
  },
  {
    id: '2.3.2', title: 'Ensure Auto Minor Version Upgrade feature is Enabled for RDS Instances', assessment: 'automated', level: 1,
    titleJa: 'RDS インスタンスで自動マイナーバージョンアップグレードを有効にする',
    description: {
      en: 'RDS instances should have auto minor version upgrade enabled so that engine patches are applied during the maintenance window. Otherwise known vulnerabilities and bugs fixed in minor releases stay exploitable until someone upgrades manually.',
      ja: 'RDS インスタンスで自動マイナーバージョンアップグレードを有効にし、メンテナンスウィンドウ中にエンジンのパッチが適用されるようにすることを求めます。無効だと、マイナーリリースで修正された既知の脆弱性やバグが、手動で更新されるまで悪用可能なまま残ります。',
    },
  },
  {
    id: '2.3.3', title: 'Ensure that public access is not given to RDS Instance', assessment: 'automated', level: 1,
    titleJa: 'RDS インスタンスにパブリックアクセスを許可しない',
    description: {
      en: 'RDS instances must not be marked publicly accessible; they should be reachable only from inside the VPC or through controlled paths. A public endpoint exposes the database to internet-wide scanning, brute-force logins and exploitation of engine vulnerabilities.',
      ja: 'RDS インスタンスを「パブリックアクセス可能」に設定せず、VPC 内部または管理された経路からのみ到達できるようにすることを求めます。パブリックなエンドポイントは、インターネット全体からのスキャン、ログインの総当たり、エンジンの脆弱性を突く攻撃にデータベースをさらします。',
    },
  },
  {
    id: '2.4.1', title: 'Ensure that encryption is enabled for EFS file systems', assessment: 'automated', level: 1,
    titleJa: 'EFS ファイルシステムの暗号化を有効にする',
    description: {
      en: 'EFS file systems must be encrypted at rest with KMS; encryption can only be chosen when a file system is created. Unencrypted file systems leave shared application data and home directories readable if the underlying storage or backups are exposed.',
      ja: 'EFS ファイルシステムを KMS で保存時に暗号化することを求めます（暗号化はファイルシステムの作成時にしか選べません）。暗号化されていないと、基盤ストレージやバックアップが露出した際に共有アプリケーションデータやホームディレクトリが読み取られるおそれがあります。',
    },
  },
  {
    id: '3.1', title: 'Ensure CloudTrail is enabled in all regions', assessment: 'automated', level: 1,
    titleJa: 'すべてのリージョンで CloudTrail を有効にする',
    description: {
      en: 'At least one multi-region CloudTrail trail must be logging, capturing management events (both read and write) in every region. Without it, API activity in regions nobody watches, where attackers like to launch resources, leaves no audit record for investigation.',
      ja: 'すべてのリージョンの管理イベント（読み取りと書き込みの両方）を記録するマルチリージョンの CloudTrail 証跡を少なくとも 1 つ有効にすることを求めます。これがないと、攻撃者が好んでリソースを起動する、誰も見ていないリージョンでの API 操作が監査記録に残らず、調査できません。',
    },
  },
  {
    id: '3.2', title: 'Ensure CloudTrail log file validation is enabled', assessment: 'automated', level: 2,
    titleJa: 'CloudTrail のログファイルの検証を有効にする',
    description: {
      en: 'CloudTrail log file integrity validation must be enabled on trails. CloudTrail then writes signed digest files, making it possible to prove whether log files were modified or deleted after delivery, for example by an intruder covering their tracks.',
      ja: 'CloudTrail 証跡でログファイルの整合性検証を有効にすることを求めます。CloudTrail が署名付きのダイジェストファイルを出力するため、侵入者が痕跡を消すなどして配信後にログファイルが変更・削除されたかどうかを証明できます。',
    },
  },
  {
    id: '3.3', title: 'Ensure AWS Config is enabled in all regions', assessment: 'automated', level: 2,
    titleJa: 'すべてのリージョンで AWS Config を有効にする',
    description: {
      en: 'AWS Config must record configuration changes for all resource types, including global resources, in every region. The resulting history shows what changed, when and by whom, which is essential for investigating incidents and proving compliance over time.',
      ja: 'すべてのリージョンで、グローバルリソースを含むすべてのリソースタイプの設定変更を AWS Config で記録することを求めます。何がいつ誰によって変更されたかの履歴は、インシデントの調査や継続的なコンプライアンスの証明に不可欠です。',
    },
  },
  {
    id: '3.4', title: 'Ensure that S3 Bucket access logging is enabled on the CloudTrail S3 bucket', assessment: 'automated', level: 1,
    titleJa: 'CloudTrail の S3 バケットでサーバーアクセスログを有効にする',
    description: {
      en: 'The S3 bucket that receives CloudTrail logs must have server access logging enabled. This records who read, listed or deleted the audit logs themselves, helping detect tampering with, or reconnaissance of, the audit trail.',
      ja: 'CloudTrail のログを保存する S3 バケットでサーバーアクセスログを有効にすることを求めます。監査ログ自体を誰が読み取り、一覧し、削除したかが記録されるため、監査証跡の改ざんや偵察の検知に役立ちます。',
    },
  },
  {
    id: '3.5', title: 'Ensure CloudTrail logs are encrypted at rest using KMS CMKs', assessment: 'automated', level: 2,
    titleJa: 'CloudTrail のログを KMS CMK で保存時に暗号化する',
    description: {
      en: 'CloudTrail trails must encrypt log files with a customer managed KMS key (SSE-KMS). Reading the logs then requires both S3 access and kms:Decrypt on the key, adding a separate, auditable control over who can see sensitive API activity.',
      ja: 'CloudTrail 証跡のログファイルをカスタマーマネージド KMS キー（SSE-KMS）で暗号化することを求めます。ログを読むには S3 へのアクセス権に加えてキーに対する kms:Decrypt 権限が必要になり、機密性の高い API 操作記録を閲覧できる者を別途、監査可能な形で制御できます。',
    },
  },
  {
    id: '3.6', title: 'Ensure rotation for customer-created symmetric CMKs is enabled', assessment: 'automated', level: 2,
    titleJa: 'カスタマー作成の対称 CMK のローテーションを有効にする',
    description: {
      en: 'Automatic key rotation must be enabled for customer managed symmetric KMS keys. Rotation creates new key material periodically while keeping old material for decryption, limiting how much data any single version of the key protects.',
      ja: 'カスタマーマネージドの対称 KMS キーで自動キーローテーションを有効にすることを求めます。ローテーションにより、古いキーマテリアルを復号用に残したまま新しいキーマテリアルが定期的に作成され、1 つのキーバージョンで保護されるデータの量を抑えられます。',
    },
  },
  {
    id: '3.7', title: 'Ensure VPC flow logging is enabled in all VPCs', assessment: 'automated', level: 2,
    titleJa: 'すべての VPC で VPC フローログを有効にする',
    description: {
      en: 'VPC Flow Logs must be enabled for every VPC, at least for rejected traffic. Flow records are often the only evidence of scanning, lateral movement or data exfiltration at the network level, and they are needed to tune security groups.',
      ja: 'すべての VPC で VPC フローログを（少なくとも拒否されたトラフィックについて）有効にすることを求めます。フローレコードは、ネットワークレベルでのスキャン、横展開、データ持ち出しを示す唯一の証拠となることが多く、セキュリティグループの調整にも必要です。',
    },
  },
  {
    id: '3.8', title: 'Ensure that Object-level logging for write events is enabled for S3 bucket', assessment: 'automated', level: 2,
    titleJa: 'S3 バケットで書き込みイベントのオブジェクトレベルのログ記録を有効にする',
    description: {
      en: 'CloudTrail must record S3 object-level (data event) write operations such as PutObject and DeleteObject for S3 buckets. Management events alone do not show who changed or deleted individual objects, which is exactly what an investigation of data tampering needs.',
      ja: 'CloudTrail で S3 バケットに対するオブジェクトレベル（データイベント）の書き込み操作（PutObject、DeleteObject など）を記録することを求めます。管理イベントだけでは個々のオブジェクトを誰が変更・削除したかが分からず、データ改ざんの調査に必要な情報が得られません。',
    },
  },
  {
    id: '3.9', title: 'Ensure that Object-level logging for read events is enabled for S3 bucket', assessment: 'automated', level: 2,
    titleJa: 'S3 バケットで読み取りイベントのオブジェクトレベルのログ記録を有効にする',
    description: {
      en: 'CloudTrail must record S3 object-level read operations such as GetObject for S3 buckets. Without these data events there is no record of who downloaded which objects, so the scope of a data leak cannot be determined.',
      ja: 'CloudTrail で S3 バケットに対するオブジェクトレベルの読み取り操作（GetObject など）を記録することを求めます。これらのデータイベントがないと、誰がどのオブジェクトをダウンロードしたかの記録が残らず、データ漏えいの範囲を特定できません。',
    },
  },
  {
    id: '4.1', title: 'Ensure unauthorized API calls are monitored', assessment: 'manual', level: 2,
    titleJa: '不正な API 呼び出しを監視する',
    description: {
      en: 'A CloudWatch metric filter and alarm on CloudTrail logs should alert on API calls rejected with AccessDenied or UnauthorizedOperation errors. A burst of such errors often signals an attacker probing with stolen credentials or a misbehaving application.',
      ja: 'CloudTrail のログに CloudWatch のメトリクスフィルターとアラームを設定し、AccessDenied や UnauthorizedOperation で拒否された API 呼び出しを通知することを求めます。こうしたエラーの急増は、盗まれた認証情報で権限を探る攻撃者や、異常な動作をするアプリケーションの兆候であることが多いためです。',
    },
  },
  {
    id: '4.2', title: 'Ensure management console sign-in without MFA is monitored', assessment: 'manual', level: 1,
    titleJa: 'MFA なしのマネジメントコンソールへのサインインを監視する',
    description: {
      en: 'A metric filter and alarm should alert on console sign-ins that succeed without MFA. Such sign-ins show where MFA is not enforced and can reveal an attacker using a password alone.',
      ja: 'MFA を使わずに成功したコンソールサインインを通知するメトリクスフィルターとアラームを設定することを求めます。こうしたサインインは MFA が強制されていない箇所を示し、パスワードだけで侵入した攻撃者の発見にもつながります。',
    },
  },
  {
    id: '4.3', title: "Ensure usage of 'root' account is monitored", assessment: 'manual', level: 1,
    titleJa: 'ルートアカウントの使用を監視する',
    description: {
      en: 'A metric filter and alarm should alert whenever the root user signs in or makes API calls. Root activity should be rare and planned, so any unexpected use is a strong indicator of compromise.',
      ja: 'ルートユーザーがサインインしたり API を呼び出したりした際に通知するメトリクスフィルターとアラームを設定することを求めます。ルートの使用はまれで計画的であるべきなので、予期しない使用は侵害の有力な兆候です。',
    },
  },
  {
    id: '4.4', title: 'Ensure IAM policy changes are monitored', assessment: 'manual', level: 1,
    titleJa: 'IAM ポリシーの変更を監視する',
    description: {
      en: 'A metric filter and alarm should alert on changes to IAM policies, such as creating, versioning, attaching or detaching them. Attackers who gain a foothold commonly escalate or persist by editing policies, and prompt alerts make that visible.',
      ja: 'IAM ポリシーの作成、バージョン追加、アタッチ、デタッチなどの変更を通知するメトリクスフィルターとアラームを設定することを求めます。足場を得た攻撃者はポリシーを書き換えて権限昇格や永続化を図ることが多く、迅速な通知でそれを可視化できます。',
    },
  },
  {
    id: '4.5', title: 'Ensure CloudTrail configuration changes are monitored', assessment: 'manual', level: 1,
    titleJa: 'CloudTrail の設定変更を監視する',
    description: {
      en: 'A metric filter and alarm should alert when trails are created, updated, deleted, stopped or started. Disabling or redirecting audit logging is a classic first step in covering an intrusion.',
      ja: '証跡の作成、更新、削除、停止、開始を通知するメトリクスフィルターとアラームを設定することを求めます。監査ログの無効化や出力先の変更は、侵入の痕跡を隠すための典型的な最初の一手です。',
    },
  },
  {
    id: '4.6', title: 'Ensure AWS Management Console authentication failures are monitored', assessment: 'manual', level: 2,
    titleJa: 'AWS マネジメントコンソールの認証失敗を監視する',
    description: {
      en: 'A metric filter and alarm should alert on failed console sign-in attempts. Repeated failures can indicate brute-force or password-spraying attacks against IAM users.',
      ja: 'コンソールへのサインイン失敗を通知するメトリクスフィルターとアラームを設定することを求めます。失敗の繰り返しは、IAM ユーザーに対する総当たり攻撃やパスワードスプレー攻撃を示している可能性があります。',
    },
  },
  {
    id: '4.7', title: 'Ensure disabling or scheduled deletion of customer created CMKs is monitored', assessment: 'manual', level: 2,
    titleJa: 'カスタマー作成の CMK の無効化や削除予定を監視する',
    description: {
      en: 'A metric filter and alarm should alert when a customer managed KMS key is disabled or scheduled for deletion. Losing a key makes all data encrypted with it unreadable, so this is both a sabotage and an availability risk.',
      ja: 'カスタマーマネージド KMS キーが無効化されたり削除予定にされたりした際に通知するメトリクスフィルターとアラームを設定することを求めます。キーを失うとそのキーで暗号化されたすべてのデータが読めなくなるため、破壊工作と可用性の両面のリスクがあります。',
    },
  },
  {
    id: '4.8', title: 'Ensure S3 bucket policy changes are monitored', assessment: 'manual', level: 1,
    titleJa: 'S3 バケットポリシーの変更を監視する',
    description: {
      en: 'A metric filter and alarm should alert on changes to S3 bucket policies, ACLs, CORS, lifecycle and replication settings. A single policy edit can open a bucket to the public or another account, so changes need quick review.',
      ja: 'S3 バケットポリシー、ACL、CORS、ライフサイクル、レプリケーション設定の変更を通知するメトリクスフィルターとアラームを設定することを求めます。ポリシーを 1 つ編集するだけでバケットが一般公開されたり他のアカウントに開放されたりするため、変更は迅速に確認する必要があります。',
    },
  },
  {
    id: '4.9', title: 'Ensure AWS Config configuration changes are monitored', assessment: 'manual', level: 2,
    titleJa: 'AWS Config の設定変更を監視する',
    description: {
      en: 'A metric filter and alarm should alert when the AWS Config recorder or delivery channel is stopped, deleted or changed. Turning off Config blinds configuration tracking and compliance checks.',
      ja: 'AWS Config の設定レコーダーや配信チャネルが停止、削除、変更された際に通知するメトリクスフィルターとアラームを設定することを求めます。Config を止められると、設定の追跡とコンプライアンスチェックが機能しなくなります。',
    },
  },
  {
    id: '4.10', title: 'Ensure security group changes are monitored', assessment: 'manual', level: 2,
    titleJa: 'セキュリティグループの変更を監視する',
    description: {
      en: 'A metric filter and alarm should alert on creation, deletion and rule changes of security groups. An unexpected ingress rule can expose instances to the internet within seconds.',
      ja: 'セキュリティグループの作成、削除、ルール変更を通知するメトリクスフィルターとアラームを設定することを求めます。予期しないインバウンドルールは、数秒でインスタンスをインターネットにさらす可能性があります。',
    },
  },
  {
    id: '4.11', title: 'Ensure Network Access Control Lists (NACL) changes are monitored', assessment: 'manual', level: 2,
    titleJa: 'ネットワーク ACL（NACL）の変更を監視する',
    description: {
      en: 'A metric filter and alarm should alert on changes to network ACLs and their entries. NACLs are a subnet-wide filter, so an unreviewed change can open or break access for every resource in a subnet.',
      ja: 'ネットワーク ACL とそのエントリの変更を通知するメトリクスフィルターとアラームを設定することを求めます。NACL はサブネット全体に効くフィルターのため、確認されない変更はサブネット内のすべてのリソースへのアクセスを開放したり遮断したりし得ます。',
    },
  },
  {
    id: '4.12', title: 'Ensure changes to network gateways are monitored', assessment: 'manual', level: 1,
    titleJa: 'ネットワークゲートウェイの変更を監視する',
    description: {
      en: 'A metric filter and alarm should alert when internet, customer or NAT gateways are created, attached, detached or deleted. Gateway changes alter which networks can reach the VPC and where traffic can exit.',
      ja: 'インターネットゲートウェイ、カスタマーゲートウェイ、NAT ゲートウェイの作成、アタッチ、デタッチ、削除を通知するメトリクスフィルターとアラームを設定することを求めます。ゲートウェイの変更は、どのネットワークから VPC に到達でき、トラフィックがどこへ出ていけるかを変えてしまいます。',
    },
  },
  {
    id: '4.13', title: 'Ensure route table changes are monitored', assessment: 'manual', level: 1,
    titleJa: 'ルートテーブルの変更を監視する',
    description: {
      en: 'A metric filter and alarm should alert on route table creation, deletion and route changes. A modified route can send traffic through an attacker-controlled path or expose private subnets.',
      ja: 'ルートテーブルの作成、削除、ルート変更を通知するメトリクスフィルターとアラームを設定することを求めます。ルートが変更されると、トラフィックが攻撃者の管理する経路を通ったり、プライベートサブネットが露出したりするおそれがあります。',
    },
  },
  {
    id: '4.14', title: 'Ensure VPC changes are monitored', assessment: 'manual', level: 1,
    titleJa: 'VPC の変更を監視する',
    description: {
      en: 'A metric filter and alarm should alert on VPC creation and deletion, peering connection changes and ClassicLink changes. These changes reshape network boundaries and can connect trusted networks to untrusted ones.',
      ja: 'VPC の作成・削除、ピアリング接続や ClassicLink の変更を通知するメトリクスフィルターとアラームを設定することを求めます。これらの変更はネットワーク境界を作り変え、信頼できるネットワークを信頼できないネットワークにつなげる可能性があります。',
    },
  },
  {
    id: '4.15', title: 'Ensure AWS Organizations changes are monitored', assessment: 'manual', level: 1,
    titleJa: 'AWS Organizations の変更を監視する',
    description: {
      en: 'A metric filter and alarm should alert on changes to AWS Organizations, such as accounts joining or leaving, policy (SCP) changes and organizational unit moves. These actions can remove guardrails or move accounts out of central control.',
      ja: 'アカウントの参加・離脱、ポリシー（SCP）の変更、組織単位（OU）間の移動など、AWS Organizations の変更を通知するメトリクスフィルターとアラームを設定することを求めます。これらの操作はガードレールを外したり、アカウントを一元管理の外へ移したりし得ます。',
    },
  },
  {
    id: '4.16', title: 'Ensure AWS Security Hub is enabled', assessment: 'automated', level: 2,
    titleJa: 'AWS Security Hub を有効にする',
    description: {
      en: 'AWS Security Hub must be enabled so that findings from GuardDuty, Inspector, Macie and its own standards checks are aggregated in one place. Without it, security issues are scattered across services and regions and are easily missed.',
      ja: 'AWS Security Hub を有効にし、GuardDuty、Inspector、Macie の検出結果や Security Hub 自身の標準チェックの結果を 1 か所に集約することを求めます。有効でないと、セキュリティ上の問題がサービスやリージョンに散らばり、見落とされやすくなります。',
    },
  },
  {
    id: '5.1', title: 'Ensure no Network ACLs allow ingress from 0.0.0.0/0 to remote server administration ports', assessment: 'automated', level: 1,
    titleJa: 'ネットワーク ACL で 0.0.0.0/0 からリモート管理ポートへのインバウンドを許可しない',
    description: {
      en: 'Network ACLs must not allow inbound traffic from 0.0.0.0/0 to remote administration ports such as SSH (22) and RDP (3389). Open admin ports are scanned constantly and invite brute-force logins and exploitation of remote access services.',
      ja: 'ネットワーク ACL で、0.0.0.0/0 から SSH（22）や RDP（3389）などのリモート管理ポートへのインバウンドトラフィックを許可しないことを求めます。開放された管理ポートは常にスキャンされ、ログインの総当たりやリモートアクセスサービスの脆弱性を突く攻撃を招きます。',
    },
  },
  {
    id: '5.2', title: 'Ensure no security groups allow ingress from 0.0.0.0/0 to remote server administration ports', assessment: 'automated', level: 1,
    titleJa: 'セキュリティグループで 0.0.0.0/0 からリモート管理ポートへのインバウンドを許可しない',
    description: {
      en: 'Security groups must not allow inbound traffic from 0.0.0.0/0 (any IPv4 address) to remote administration ports such as SSH (22) and RDP (3389). Administrative access should come only from known networks, a bastion or Session Manager.',
      ja: 'セキュリティグループで、0.0.0.0/0（すべての IPv4 アドレス）から SSH（22）や RDP（3389）などのリモート管理ポートへのインバウンドトラフィックを許可しないことを求めます。管理アクセスは既知のネットワーク、踏み台サーバー、または Session Manager からのみ行うべきです。',
    },
  },
  {
    id: '5.3', title: 'Ensure no security groups allow ingress from ::/0 to remote server administration ports', assessment: 'automated', level: 1,
    titleJa: 'セキュリティグループで ::/0 からリモート管理ポートへのインバウンドを許可しない',
    description: {
      en: 'Security groups must not allow inbound traffic from ::/0 (any IPv6 address) to remote administration ports such as SSH (22) and RDP (3389). IPv6 rules are easy to overlook when IPv4 access is already restricted, leaving the same exposure open.',
      ja: 'セキュリティグループで、::/0（すべての IPv6 アドレス）から SSH（22）や RDP（3389）などのリモート管理ポートへのインバウンドトラフィックを許可しないことを求めます。IPv4 のアクセスを制限済みでも IPv6 のルールは見落とされやすく、同じ露出が残ってしまいます。',
    },
  },
  {
    id: '5.4', title: 'Ensure the default security group of every VPC restricts all traffic', assessment: 'automated', level: 2,
    titleJa: 'すべての VPC のデフォルトセキュリティグループですべてのトラフィックを制限する',
    description: {
      en: 'The default security group of every VPC must have no inbound or outbound rules. Resources launched without an explicit security group land in it, so any rules there silently grant them network access.',
      ja: 'すべての VPC のデフォルトセキュリティグループに、インバウンドルールもアウトバウンドルールも設定しないことを求めます。セキュリティグループを明示せずに起動されたリソースはこのグループに入るため、ルールがあるとそのリソースに気付かれないままネットワークアクセスが許可されます。',
    },
  },
  {
    id: '5.5', title: 'Ensure routing tables for VPC peering are "least access"', assessment: 'manual', level: 2,
    titleJa: 'VPC ピアリングのルートテーブルを「最小アクセス」にする',
    description: {
      en: 'Route tables used for VPC peering should route only the specific subnets that need to communicate, not the whole peer VPC CIDR. Narrow routes limit how far a compromise in one VPC can spread into the other.',
      ja: 'VPC ピアリングに使うルートテーブルでは、ピア VPC の CIDR 全体ではなく、通信が必要な特定のサブネットだけをルーティングすることを求めます。ルートを絞ることで、一方の VPC での侵害がもう一方へ広がる範囲を限定できます。',
    },
  },
  {
    id: '5.6', title: 'Ensure that EC2 Metadata Service only allows IMDSv2', assessment: 'automated', level: 1,
    titleJa: 'EC2 メタデータサービスで IMDSv2 のみを許可する',
    description: {
      en: "EC2 instances must require IMDSv2 (session tokens) for the instance metadata service. IMDSv1 answers simple GET requests, so an SSRF flaw in an application can be used to steal the instance role's credentials.",
      ja: 'EC2 インスタンスでインスタンスメタデータサービスに IMDSv2（セッショントークン）を必須にすることを求めます。IMDSv1 は単純な GET リクエストに応答するため、アプリケーションの SSRF 脆弱性を使ってインスタンスロールの認証情報を盗まれるおそれがあります。',
    },
  },
];
