/**
 * NIST SP 800-53 Rev. 5 controls and control enhancements that mamori's rules map to (not the
 * whole catalog, and not a coverage claim): id, family, official title, Japanese title and a short
 * description in mamori's own words.
 *
 * Titles are NIST's control names (a U.S. Government work, public domain), taken from the SP 800-53
 * Rev. 5 catalog as NIST publishes it in OSCAL (usnistgov/oscal-content); an enhancement's title is
 * "Base Control | Enhancement", as NIST writes it. Japanese titles and all descriptions are mamori's.
 * Sorted by family, then control number, then enhancement number.
 */
import type { FrameworkRequirement } from './types.js';

const AC = 'AC Access Control';
const AU = 'AU Audit and Accountability';
const CA = 'CA Assessment, Authorization, and Monitoring';
const CM = 'CM Configuration Management';
const CP = 'CP Contingency Planning';
const IA = 'IA Identification and Authentication';
const IR = 'IR Incident Response';
const PM = 'PM Program Management';
const RA = 'RA Risk Assessment';
const SA = 'SA System and Services Acquisition';
const SC = 'SC System and Communications Protection';
const SI = 'SI System and Information Integrity';

export const NIST_800_53_R5_CONTROLS: FrameworkRequirement[] = [
  // AC Access Control
  {
    id: 'AC-2', section: AC, title: 'Account Management', titleJa: 'アカウント管理',
    description: {
      en: 'Defines how system accounts are requested, approved, created, modified, reviewed and removed, with named account managers and documented conditions for group and role membership. Without disciplined account lifecycle management, orphaned, shared or unapproved identities accumulate and give attackers durable footholds.',
      ja: 'システムアカウントの申請・承認・作成・変更・レビュー・削除の手順を定め、アカウント管理者とグループやロールへの所属条件を明確にすることを求めます。ライフサイクル管理が緩いと、放置・共有・未承認のアイデンティティが蓄積し、攻撃者に長期的な足場を与えます。',
    },
  },
  {
    id: 'AC-2(1)', section: AC, title: 'Account Management | Automated System Account Management', titleJa: 'アカウント管理 | 自動化されたシステムアカウント管理',
    description: {
      en: 'Requires automated mechanisms such as identity providers, IAM tooling and policy engines to support account management instead of manual steps. Automation keeps accounts, credentials and permissions consistent with policy and catches drift, such as missing MFA or stale access keys, that manual reviews miss.',
      ja: 'アカウント管理を手作業に頼らず、IDプロバイダー、IAMツール、ポリシーエンジンなどの自動化された仕組みで支えることを求めます。自動化により、アカウント・認証情報・権限をポリシーどおりに保ち、MFAの未設定や古いアクセスキーなど手動レビューで見落とされるずれを検出できます。',
    },
  },
  {
    id: 'AC-2(3)', section: AC, title: 'Account Management | Disable Accounts', titleJa: 'アカウント管理 | アカウントの無効化',
    description: {
      en: 'Requires disabling accounts within a defined period when they expire, are no longer tied to a user or function, violate policy, or have been inactive for a set time. Dormant credentials such as unused passwords and access keys are prime targets because their misuse is unlikely to be noticed.',
      ja: '有効期限切れ、利用者や機能との関連の消失、ポリシー違反、一定期間の未使用といった条件に該当するアカウントを、定められた期間内に無効化することを求めます。使われていないパスワードやアクセスキーは不正利用されても気付かれにくく、攻撃者に狙われやすい認証情報です。',
    },
  },
  {
    id: 'AC-2(4)', section: AC, title: 'Account Management | Automated Audit Actions', titleJa: 'アカウント管理 | 自動化された監査アクション',
    description: {
      en: 'Requires account creation, modification, enabling, disabling and removal to be logged automatically, with designated personnel notified. A reliable record of account changes lets defenders spot attackers who create backdoor identities or raise their own privileges.',
      ja: 'アカウントの作成・変更・有効化・無効化・削除を自動的に記録し、指定された担当者へ通知することを求めます。アカウント変更の確かな記録があれば、バックドア用のアイデンティティを作成したり自らの権限を昇格させたりする攻撃者を見つけられます。',
    },
  },
  {
    id: 'AC-2(12)', section: AC, title: 'Account Management | Account Monitoring for Atypical Usage', titleJa: 'アカウント管理 | 異常な利用に対するアカウント監視',
    description: {
      en: 'Requires monitoring accounts for atypical use, such as unusual times, locations, API patterns or volumes, and reporting it to designated personnel. Stolen credentials look legitimate at sign-in, so behavioural anomalies are often the first sign of an account takeover.',
      ja: '通常と異なる時間帯・場所・API呼び出しのパターンや量など、アカウントの異常な利用を監視し、指定された担当者に報告することを求めます。盗まれた認証情報はサインイン時には正当に見えるため、振る舞いの異常がアカウント乗っ取りの最初の兆候となることが多くあります。',
    },
  },
  {
    id: 'AC-3', section: AC, title: 'Access Enforcement', titleJa: 'アクセス制御の実施',
    description: {
      en: 'Requires the system to enforce approved authorizations for logical access to information and resources, in line with the access control policy. In the cloud this means IAM policies, resource policies, ACLs and public-access settings, where a single overly permissive grant can expose data or compute to anyone.',
      ja: '情報やリソースへの論理アクセスについて、承認された認可をアクセス制御ポリシーに従ってシステムが強制することを求めます。クラウドではIAMポリシー、リソースポリシー、ACL、パブリックアクセス設定がこれにあたり、過剰に許可された設定が一つあるだけでデータやコンピューティング資源が誰にでも公開されかねません。',
    },
  },
  {
    id: 'AC-3(7)', section: AC, title: 'Access Enforcement | Role-based Access Control', titleJa: 'アクセス制御の実施 | ロールベースアクセス制御',
    description: {
      en: 'Requires access to be enforced through roles whose permissions match organizational functions, with users gaining access by being assigned to roles. Granting permissions to roles or groups rather than individuals keeps access reviewable and avoids one-off grants that outlive their purpose.',
      ja: '組織の職務に対応した権限を持つロールを通じてアクセスを制御し、利用者はロールへの割り当てによってアクセスを得るようにすることを求めます。個人ではなくロールやグループに権限を付与することでアクセスをレビューしやすくし、目的を終えても残り続ける個別付与を防ぎます。',
    },
  },
  {
    id: 'AC-3(15)', section: AC, title: 'Access Enforcement | Discretionary and Mandatory Access Control', titleJa: 'アクセス制御の実施 | 任意アクセス制御と強制アクセス制御',
    description: {
      en: 'Requires enforcing both a mandatory access policy set centrally by the organization and a discretionary policy under which owners grant access to their own objects within those bounds. Central guardrails stop resource owners from sharing data or permissions beyond what the organization allows.',
      ja: '組織が一元的に定める強制アクセス制御ポリシーと、その範囲内で所有者が自らのオブジェクトへのアクセスを付与できる任意アクセス制御ポリシーの両方を実施することを求めます。一元的なガードレールにより、リソース所有者が組織の許容範囲を超えてデータや権限を共有することを防ぎます。',
    },
  },
  {
    id: 'AC-4', section: AC, title: 'Information Flow Enforcement', titleJa: '情報フロー制御の実施',
    description: {
      en: 'Requires controlling where information may flow within the system and between connected systems, based on approved authorizations. Network rules, public endpoints and sharing settings that allow unintended paths let sensitive data leave its boundary or let untrusted traffic reach internal services.',
      ja: '承認された認可に基づき、システム内および接続されたシステム間で情報が流れる経路を制御することを求めます。意図しない経路を許すネットワークルール、公開エンドポイント、共有設定があると、機密データが境界の外へ出たり、信頼できない通信が内部サービスへ届いたりします。',
    },
  },
  {
    id: 'AC-4(21)', section: AC, title: 'Information Flow Enforcement | Physical or Logical Separation of Information Flows', titleJa: '情報フロー制御の実施 | 情報フローの物理的・論理的分離',
    description: {
      en: 'Requires separating information flows logically or physically according to the type of information, for example through separate networks, subnets or interfaces. Separation limits how far an attacker or a misconfiguration can reach when one flow or segment is compromised.',
      ja: '情報の種類に応じて、ネットワーク、サブネット、インターフェースの分離などにより情報フローを論理的または物理的に分離することを求めます。分離しておくことで、あるフローやセグメントが侵害されたり誤設定されたりしても、影響の及ぶ範囲を限定できます。',
    },
  },
  {
    id: 'AC-4(26)', section: AC, title: 'Information Flow Enforcement | Audit Filtering Actions', titleJa: '情報フロー制御の実施 | フィルタリング動作の監査',
    description: {
      en: 'Requires recording and auditing content-filtering actions and their results when information moves between security domains. Records of what was allowed, blocked or transformed at a boundary are needed to investigate data leaks and to show that filtering works.',
      ja: 'セキュリティドメイン間で情報を転送する際に、コンテンツフィルタリングの動作とその結果を記録・監査することを求めます。境界で何が許可・遮断・変換されたかの記録は、データ漏えいの調査やフィルタリングが機能していることの証明に欠かせません。',
    },
  },
  {
    id: 'AC-5', section: AC, title: 'Separation of Duties', titleJa: '職務の分離',
    description: {
      en: 'Requires identifying duties that must be split between individuals and defining access so that no one person controls a sensitive process end to end. Separating roles such as key administration from key use, or service account administration from service account use, keeps one compromised or malicious account from acting unchecked.',
      ja: '複数の人に分担すべき職務を特定し、機微なプロセスを一人で最初から最後まで支配できないようアクセスを定めることを求めます。鍵の管理と利用、サービスアカウントの管理と利用などの役割を分けることで、侵害された、あるいは悪意のある単一のアカウントが無制限に行動することを防ぎます。',
    },
  },
  {
    id: 'AC-6', section: AC, title: 'Least Privilege', titleJa: '最小権限',
    description: {
      en: 'Requires giving users and processes only the access their assigned tasks need. Broad permissions such as wildcard policies, primitive roles or public grants turn any single compromise into a much larger breach.',
      ja: '利用者やプロセスには、割り当てられた作業に必要なアクセスだけを付与することを求めます。ワイルドカードを含むポリシー、基本ロール、公開設定のような広い権限は、一つの侵害をはるかに大きな被害へと拡大させます。',
    },
  },
  {
    id: 'AC-6(1)', section: AC, title: 'Least Privilege | Authorize Access to Security Functions', titleJa: '最小権限 | セキュリティ機能へのアクセスの認可',
    description: {
      en: 'Requires explicitly authorizing which individuals and roles may use security functions and security-relevant information, such as IAM administration, service account impersonation or key management. Unrestricted access to these functions lets an attacker grant themselves more privilege or switch protections off.',
      ja: 'IAMの管理、サービスアカウントの権限借用、鍵管理などのセキュリティ機能やセキュリティ関連情報を利用できる個人とロールを明示的に認可することを求めます。これらの機能へのアクセスが制限されていないと、攻撃者が自らに追加の権限を与えたり保護機能を無効化したりできます。',
    },
  },
  {
    id: 'AC-6(2)', section: AC, title: 'Least Privilege | Non-privileged Access for Nonsecurity Functions', titleJa: '最小権限 | 非セキュリティ機能への非特権アクセス',
    description: {
      en: 'Requires users who hold privileged accounts or roles to use non-privileged accounts for everyday work that is not security administration. Keeping root and administrator credentials out of routine use reduces how often they are exposed to phishing, malware and mistakes.',
      ja: '特権アカウントやロールを持つ利用者に対し、セキュリティ管理以外の日常業務では非特権アカウントを使うことを求めます。ルートや管理者の認証情報を日常的に使わないことで、フィッシング、マルウェア、操作ミスにさらされる機会を減らします。',
    },
  },
  {
    id: 'AC-6(3)', section: AC, title: 'Least Privilege | Network Access to Privileged Commands', titleJa: '最小権限 | 特権コマンドへのネットワークアクセス',
    description: {
      en: 'Requires network access to privileged commands to be authorized only for compelling operational needs, with the rationale documented. Limiting remote administrative capability shrinks the set of stolen credentials and network paths that can change the system.',
      ja: '特権コマンドへのネットワーク経由のアクセスは、やむを得ない運用上の必要がある場合に限って認可し、その理由を記録することを求めます。リモートからの管理機能を限定することで、システムを変更できる認証情報やネットワーク経路を減らします。',
    },
  },
  {
    id: 'AC-6(5)', section: AC, title: 'Least Privilege | Privileged Accounts', titleJa: '最小権限 | 特権アカウント',
    description: {
      en: 'Requires restricting privileged accounts to specifically designated personnel or roles. Every additional administrator, super admin or highly privileged service account is another credential that can take over the whole environment if compromised.',
      ja: '特権アカウントを特に指定された担当者やロールに限定することを求めます。管理者、特権管理者、高い権限を持つサービスアカウントが一つ増えるごとに、侵害されれば環境全体を乗っ取られうる認証情報が一つ増えます。',
    },
  },
  {
    id: 'AC-6(7)', section: AC, title: 'Least Privilege | Review of User Privileges', titleJa: '最小権限 | ユーザー権限のレビュー',
    description: {
      en: 'Requires periodically reviewing the privileges assigned to roles and users, and reassigning or removing those no longer needed. Privileges pile up as people change jobs and projects end; regular review keeps broad roles from lingering.',
      ja: 'ロールや利用者に割り当てられた権限を定期的にレビューし、不要になったものを再割り当てまたは削除することを求めます。異動やプロジェクト終了に伴い権限は蓄積するため、定期的なレビューで広い権限のロールが残り続けないようにします。',
    },
  },
  {
    id: 'AC-6(9)', section: AC, title: 'Least Privilege | Log Use of Privileged Functions', titleJa: '最小権限 | 特権機能の使用の記録',
    description: {
      en: 'Requires logging every execution of privileged functions. Records of administrative actions are essential for detecting misuse of elevated access and for reconstructing what an attacker changed.',
      ja: '特権機能の実行をすべて記録することを求めます。管理操作の記録は、昇格したアクセスの悪用を検知し、攻撃者が何を変更したかを再構成するために欠かせません。',
    },
  },
  {
    id: 'AC-6(10)', section: AC, title: 'Least Privilege | Prohibit Non-privileged Users from Executing Privileged Functions', titleJa: '最小権限 | 非特権ユーザーによる特権機能の実行の禁止',
    description: {
      en: 'Requires preventing non-privileged users from executing privileged functions, including disabling or circumventing safeguards. Privilege-escalation paths, full-access scopes on workloads and root-level access break this separation and let ordinary identities act as administrators.',
      ja: '非特権ユーザーが、保護策の無効化や回避を含む特権機能を実行できないようにすることを求めます。権限昇格の経路、ワークロードへのフルアクセススコープ、ルート相当のアクセスはこの分離を崩し、一般のアイデンティティが管理者として振る舞えるようにしてしまいます。',
    },
  },
  {
    id: 'AC-17', section: AC, title: 'Remote Access', titleJa: 'リモートアクセス',
    description: {
      en: 'Requires usage restrictions and configuration requirements for each type of remote access, and authorization before connections are allowed. SSH and RDP exposed to the internet, and unmanaged SSH keys, are among the most common ways attackers get in.',
      ja: 'リモートアクセスの種類ごとに利用制限と構成要件を定め、接続を許可する前に認可することを求めます。インターネットに公開されたSSHやRDP、管理されていないSSH鍵は、最も一般的な侵入経路の一つです。',
    },
  },
  {
    id: 'AC-17(2)', section: AC, title: 'Remote Access | Protection of Confidentiality and Integrity Using Encryption', titleJa: 'リモートアクセス | 暗号化による機密性と完全性の保護',
    description: {
      en: 'Requires cryptographic mechanisms to protect the confidentiality and integrity of remote access sessions. Without TLS or equivalent encryption, credentials and session data can be intercepted or altered in transit.',
      ja: 'リモートアクセスセッションの機密性と完全性を暗号の仕組みで保護することを求めます。TLSなどの暗号化がなければ、認証情報やセッションデータが通信途中で盗聴・改ざんされるおそれがあります。',
    },
  },
  {
    id: 'AC-21', section: AC, title: 'Information Sharing', titleJa: '情報共有',
    description: {
      en: "Requires helping authorized users decide whether a sharing partner's access rights match the restrictions on the information, with mechanisms or processes to support that decision. Public snapshots, images and buckets and cross-account policies are all sharing decisions; made without checks, they disclose data to parties who should not have it.",
      ja: '共有相手のアクセス権限が情報の制限に合致するかを認可された利用者が判断できるようにし、その判断を仕組みやプロセスで支えることを求めます。公開されたスナップショット、イメージ、バケットやクロスアカウントのポリシーはいずれも共有の判断であり、確認なしに行えば本来アクセスすべきでない相手へデータを開示することになります。',
    },
  },

  // AU Audit and Accountability
  {
    id: 'AU-2', section: AU, title: 'Event Logging', titleJa: 'イベントログ',
    description: {
      en: 'Requires deciding which event types the system must be able to log, coordinating that choice with others who need audit data, and logging those events. Cloud API activity, data access, network flows and database events that are never logged cannot be investigated after an incident.',
      ja: 'システムが記録できるべきイベントの種類を定め、監査データを必要とする他の部門と調整したうえで、それらのイベントを記録することを求めます。クラウドAPIの操作、データアクセス、ネットワークフロー、データベースのイベントが記録されていなければ、インシデント後に調査できません。',
    },
  },
  {
    id: 'AU-3', section: AU, title: 'Content of Audit Records', titleJa: '監査記録の内容',
    description: {
      en: 'Requires audit records to show what happened, when and where, its source and outcome, and the identities involved. Logs missing these fields cannot attribute actions or support a reliable incident timeline.',
      ja: '監査記録に、何が起きたか、いつどこで起きたか、発生源と結果、関与したアイデンティティを含めることを求めます。これらの項目を欠くログでは、操作の主体を特定したり信頼できるインシデントのタイムラインを作成したりできません。',
    },
  },
  {
    id: 'AU-4(1)', section: AU, title: 'Audit Log Storage Capacity | Transfer to Alternate Storage', titleJa: '監査ログの保存容量 | 代替ストレージへの転送',
    description: {
      en: 'Requires transferring audit logs at a defined frequency to a system, component or medium other than the one generating them. Exporting logs to a central sink keeps them available when the source fills up and out of reach of an attacker who controls the source.',
      ja: '監査ログを、生成元とは別のシステム・コンポーネント・媒体へ定められた頻度で転送することを求めます。ログを集中保管先へエクスポートしておけば、生成元の容量が尽きても参照でき、生成元を掌握した攻撃者の手も届きません。',
    },
  },
  {
    id: 'AU-5', section: AU, title: 'Response to Audit Logging Process Failures', titleJa: '監査ログ処理の障害への対応',
    description: {
      en: 'Requires alerting designated personnel within a defined time when audit logging fails, and taking defined follow-up actions. A silently broken log pipeline creates a blind spot that attackers can exploit, sometimes by causing the failure on purpose.',
      ja: '監査ログの処理に障害が発生した場合、定められた時間内に指定された担当者へ警告し、定められた対応をとることを求めます。ログの経路が気付かれないまま止まると死角が生まれ、攻撃者は意図的に障害を起こしてそれを悪用することもあります。',
    },
  },
  {
    id: 'AU-6', section: AU, title: 'Audit Record Review, Analysis, and Reporting', titleJa: '監査記録のレビュー、分析、報告',
    description: {
      en: 'Requires reviewing and analysing audit records at a defined frequency for signs of inappropriate or unusual activity, and reporting what is found. Logs that are collected but never examined stop nothing; alerting on sensitive changes such as IAM, firewall and audit-configuration changes turns them into detection.',
      ja: '不適切または異常な活動の兆候がないか、定められた頻度で監査記録をレビュー・分析し、結果を報告することを求めます。収集しても確認されないログは何も防ぎませんが、IAM、ファイアウォール、監査設定などの重要な変更を警告対象にすれば検知に役立ちます。',
    },
  },
  {
    id: 'AU-6(1)', section: AU, title: 'Audit Record Review, Analysis, and Reporting | Automated Process Integration', titleJa: '監査記録のレビュー、分析、報告 | 自動化されたプロセスの統合',
    description: {
      en: 'Requires automated mechanisms that tie together audit record review, analysis and reporting. Streaming logs into metrics, alarms and detection services surfaces suspicious activity in minutes instead of at a later manual review.',
      ja: '監査記録のレビュー・分析・報告を自動化された仕組みで統合することを求めます。ログをメトリクス、アラーム、検知サービスへ流すことで、不審な活動を後日の手作業のレビューではなく数分のうちに表面化させられます。',
    },
  },
  {
    id: 'AU-6(3)', section: AU, title: 'Audit Record Review, Analysis, and Reporting | Correlate Audit Record Repositories', titleJa: '監査記録のレビュー、分析、報告 | 監査記録リポジトリの相関分析',
    description: {
      en: 'Requires analysing and correlating audit records across different repositories to build organization-wide situational awareness. Attacks span API, network, application and database logs, and correlating them reveals patterns no single source shows.',
      ja: '複数のリポジトリにまたがる監査記録を分析・相関させ、組織全体の状況を把握することを求めます。攻撃はAPI、ネットワーク、アプリケーション、データベースのログにまたがるため、それらを相関させることで単一のソースでは見えないパターンが明らかになります。',
    },
  },
  {
    id: 'AU-6(4)', section: AU, title: 'Audit Record Review, Analysis, and Reporting | Central Review and Analysis', titleJa: '監査記録のレビュー、分析、報告 | 集中的なレビューと分析',
    description: {
      en: 'Requires the ability to review and analyse audit records from multiple components in one central place. Central collection gives investigators a single place to search and keeps evidence from being scattered across accounts and regions.',
      ja: '複数のコンポーネントの監査記録を一か所で集中的にレビュー・分析できるようにすることを求めます。集中的な収集により調査担当者は一か所で検索でき、証拠がアカウントやリージョンに散在することを防げます。',
    },
  },
  {
    id: 'AU-6(5)', section: AU, title: 'Audit Record Review, Analysis, and Reporting | Integrated Analysis of Audit Records', titleJa: '監査記録のレビュー、分析、報告 | 監査記録の統合分析',
    description: {
      en: 'Requires combining audit record analysis with other sources, such as vulnerability scans, performance data and system monitoring, to better identify inappropriate activity. Putting threat-detection findings and alarms next to logs separates real attacks from noise.',
      ja: '監査記録の分析を脆弱性スキャン、性能データ、システム監視などの他の情報源と統合し、不適切な活動をより的確に特定することを求めます。脅威検知の結果やアラームをログと組み合わせることで、本当の攻撃をノイズから見分けられます。',
    },
  },
  {
    id: 'AU-7(1)', section: AU, title: 'Audit Record Reduction and Report Generation | Automatic Processing', titleJa: '監査記録の削減とレポート生成 | 自動処理',
    description: {
      en: 'Requires the ability to process, sort and search audit records automatically for events of interest, based on defined fields. Queryable logs let responders narrow millions of events down to the activity that matters.',
      ja: '定められた項目に基づき、関心のあるイベントを監査記録から自動的に処理・並べ替え・検索できるようにすることを求めます。クエリ可能なログにより、対応担当者は数百万件のイベントから重要な活動をすばやく絞り込めます。',
    },
  },
  {
    id: 'AU-9', section: AU, title: 'Protection of Audit Information', titleJa: '監査情報の保護',
    description: {
      en: 'Requires protecting audit information and logging tools from unauthorized access, modification and deletion, and alerting when tampering is detected. Attackers routinely try to erase or alter logs to hide their tracks, so log integrity checks, encryption and retention locks matter.',
      ja: '監査情報とログ記録のツールを不正なアクセス・変更・削除から保護し、改ざんを検知した場合は警告することを求めます。攻撃者は痕跡を隠すためにログの消去や改変を日常的に試みるため、ログの完全性検証、暗号化、保持ロックが重要です。',
    },
  },
  {
    id: 'AU-9(2)', section: AU, title: 'Protection of Audit Information | Store on Separate Physical Systems or Components', titleJa: '監査情報の保護 | 物理的に別のシステムやコンポーネントへの保存',
    description: {
      en: 'Requires storing audit records at a defined frequency in a repository on a physically different system or component from the one being audited. Copies kept elsewhere mean that compromising or destroying the audited system does not also destroy its evidence.',
      ja: '監査対象とは物理的に別のシステムやコンポーネントにあるリポジトリへ、監査記録を定められた頻度で保存することを求めます。別の場所に複製を保持しておけば、監査対象のシステムが侵害・破壊されてもその証拠まで失われることはありません。',
    },
  },
  {
    id: 'AU-10', section: AU, title: 'Non-repudiation', titleJa: '否認防止',
    description: {
      en: 'Requires irrefutable evidence that an individual or process performed a given action, such as creating information or approving a change. Complete, identity-attributed and retained logs keep users from plausibly denying what they did.',
      ja: '情報の作成や変更の承認など、特定の操作を個人またはプロセスが行ったことの反論できない証拠を残すことを求めます。主体を特定でき、網羅的かつ保持されたログがあれば、利用者が自らの操作をもっともらしく否認することを防げます。',
    },
  },
  {
    id: 'AU-11', section: AU, title: 'Audit Record Retention', titleJa: '監査記録の保持',
    description: {
      en: 'Requires keeping audit records for a defined period consistent with the records-retention policy, to support after-the-fact investigations and regulatory needs. Breaches are often discovered months later, and short retention destroys the evidence needed to scope them.',
      ja: '事後調査や規制上の要件に対応するため、記録保持ポリシーに沿った定められた期間、監査記録を保持することを求めます。侵害は数か月後に発覚することが多く、保持期間が短いと被害範囲の特定に必要な証拠が失われます。',
    },
  },
  {
    id: 'AU-12', section: AU, title: 'Audit Record Generation', titleJa: '監査記録の生成',
    description: {
      en: 'Requires system components to actually generate audit records for the selected event types, with the required content, and lets authorized staff choose what each component logs. Logging that policy calls for but that is not switched on in every account, region and service leaves gaps.',
      ja: '選定した種類のイベントについて、必要な内容の監査記録をシステムコンポーネントが実際に生成し、各コンポーネントが何を記録するかを認可された担当者が選べるようにすることを求めます。ポリシーで定めてもすべてのアカウント、リージョン、サービスで有効化されていなければ、記録の欠落が生じます。',
    },
  },
  {
    id: 'AU-14(1)', section: AU, title: 'Session Audit | System Start-up', titleJa: 'セッション監査 | システム起動時',
    description: {
      en: 'Requires session auditing to start automatically when the system starts up. Logging that begins only after someone turns it on misses events during start-up and leaves gaps after restarts.',
      ja: 'システムの起動時にセッション監査を自動的に開始することを求めます。誰かが有効にするまで記録されない構成では、起動中のイベントや再起動後の空白期間が記録から漏れます。',
    },
  },

  // CA Assessment, Authorization, and Monitoring
  {
    id: 'CA-7', section: CA, title: 'Continuous Monitoring', titleJa: '継続的監視',
    description: {
      en: 'Requires a continuous monitoring strategy and program: defined metrics, ongoing control assessments, correlation of results, and response and reporting. Cloud configurations change constantly, so point-in-time audits miss drift that continuous checks catch.',
      ja: '指標の定義、継続的な管理策の評価、結果の相関分析、対応と報告を含む継続的監視の戦略とプログラムを整備することを求めます。クラウドの構成は絶えず変化するため、一時点の監査では見逃す設定のずれを継続的なチェックで捉えられます。',
    },
  },
  {
    id: 'CA-9(1)', section: CA, title: 'Internal System Connections | Compliance Checks', titleJa: '内部システム接続 | コンプライアンスチェック',
    description: {
      en: 'Requires security and privacy compliance checks on components before they may establish internal connections. Admitting resources that miss baseline settings, such as unencrypted stores or unrestricted policies, spreads weaknesses across the environment.',
      ja: 'コンポーネントが内部接続を確立する前に、セキュリティとプライバシーのコンプライアンスチェックを行うことを求めます。暗号化されていないストレージや制限のないポリシーなど、ベースラインを満たさないリソースを受け入れると、弱点が環境全体に広がります。',
    },
  },

  // CM Configuration Management
  {
    id: 'CM-2', section: CM, title: 'Baseline Configuration', titleJa: 'ベースライン構成',
    description: {
      en: 'Requires developing, documenting and maintaining a current baseline configuration of the system under configuration control, and reviewing it at defined times. A known-good baseline is what makes insecure deviations detectable and fixable.',
      ja: '構成管理のもとでシステムの最新のベースライン構成を作成・文書化・維持し、定められた時期にレビューすることを求めます。正しい状態を示すベースラインがあってこそ、安全でない逸脱を検出し修正できます。',
    },
  },
  {
    id: 'CM-2(2)', section: CM, title: 'Baseline Configuration | Automation Support for Accuracy and Currency', titleJa: 'ベースライン構成 | 正確性と最新性のための自動化支援',
    description: {
      en: 'Requires automated mechanisms to keep the baseline configuration current, complete, accurate and readily available. Automated posture checks compare live resources with the baseline continuously instead of relying on stale documents.',
      ja: 'ベースライン構成を最新・完全・正確に保ち、すぐに参照できるよう自動化された仕組みを用いることを求めます。自動化された態勢チェックにより、古い文書に頼らず稼働中のリソースをベースラインと継続的に比較できます。',
    },
  },
  {
    id: 'CM-3', section: CM, title: 'Configuration Change Control', titleJa: '構成変更管理',
    description: {
      en: 'Requires changes to the system to be determined, reviewed, approved, documented and audited through a controlled process. Uncontrolled changes, including accidental deletion of databases or load balancers, cause outages and open security gaps.',
      ja: 'システムへの変更を管理されたプロセスのもとで決定・レビュー・承認・文書化・監査することを求めます。データベースやロードバランサーの誤削除を含む管理されない変更は、障害やセキュリティ上の隙を生みます。',
    },
  },
  {
    id: 'CM-3(6)', section: CM, title: 'Configuration Change Control | Cryptography Management', titleJa: '構成変更管理 | 暗号の管理',
    description: {
      en: 'Requires the cryptographic mechanisms that protect information to be under configuration management themselves. Encryption settings and keys that change outside change control can silently leave data unencrypted or unrecoverable.',
      ja: '情報の保護に用いる暗号の仕組みそのものを構成管理の対象とすることを求めます。暗号化設定や鍵が変更管理の外で変更されると、気付かないうちにデータが暗号化されていない状態や復元できない状態になりかねません。',
    },
  },
  {
    id: 'CM-5', section: CM, title: 'Access Restrictions for Change', titleJa: '変更に対するアクセス制限',
    description: {
      en: 'Requires defining, approving and enforcing physical and logical restrictions on who can change the system. If an internet-reachable workload or a broad identity can modify code and configuration, an intruder can alter the system at will.',
      ja: 'システムを変更できる者に対する物理的・論理的な制限を定め、承認し、実施することを求めます。インターネットから到達できるワークロードや広い権限のアイデンティティがコードや構成を変更できると、侵入者が思いのままにシステムを改変できます。',
    },
  },
  {
    id: 'CM-6', section: CM, title: 'Configuration Settings', titleJa: '構成設定',
    description: {
      en: 'Requires establishing and applying secure configuration settings for system components, based on common secure configurations, and managing and monitoring any deviations. Insecure defaults in networks, databases and services are among the most common causes of cloud incidents.',
      ja: '一般に認められたセキュアな構成に基づいてシステムコンポーネントの安全な構成設定を定めて適用し、逸脱を管理・監視することを求めます。ネットワーク、データベース、サービスの安全でない初期設定は、クラウドのインシデントの最も一般的な原因の一つです。',
    },
  },
  {
    id: 'CM-6(1)', section: CM, title: 'Configuration Settings | Automated Management, Application, and Verification', titleJa: '構成設定 | 自動化された管理、適用、検証',
    description: {
      en: 'Requires automated mechanisms to centrally manage, apply and verify configuration settings. Recording and evaluating resource configurations automatically, for example with a configuration recorder, flags non-compliant settings as soon as they appear.',
      ja: '構成設定を一元的に管理・適用・検証するために自動化された仕組みを用いることを求めます。構成レコーダーなどでリソース構成を自動的に記録・評価することで、不適合な設定を現れた時点で検出できます。',
    },
  },
  {
    id: 'CM-7', section: CM, title: 'Least Functionality', titleJa: '最小機能',
    description: {
      en: 'Requires configuring the system to provide only mission-essential capabilities and prohibiting or restricting unneeded functions, ports, protocols and services. Every unnecessary open port or enabled feature widens the attack surface.',
      ja: '業務に不可欠な機能だけを提供するようシステムを構成し、不要な機能、ポート、プロトコル、サービスを禁止または制限することを求めます。不要な開放ポートや有効化された機能は、それぞれ攻撃対象領域を広げます。',
    },
  },
  {
    id: 'CM-7(1)', section: CM, title: 'Least Functionality | Periodic Review', titleJa: '最小機能 | 定期的なレビュー',
    description: {
      en: 'Requires reviewing the system periodically to find and disable unnecessary or non-secure functions, ports, protocols and services. Firewall rules and exposed ports added for a temporary need tend to stay unless someone reviews them.',
      ja: 'システムを定期的にレビューし、不要または安全でない機能、ポート、プロトコル、サービスを特定して無効化することを求めます。一時的な必要で追加されたファイアウォールルールや公開ポートは、レビューしない限り残り続けがちです。',
    },
  },
  {
    id: 'CM-7(5)', section: CM, title: 'Least Functionality | Authorized Software — Allow-by-exception', titleJa: '最小機能 | 承認済みソフトウェア — 例外的許可',
    description: {
      en: 'Requires identifying the software authorized to run and applying a deny-all, permit-by-exception policy that is reviewed regularly. In the cloud the same principle applies to which services may be enabled at all: an allow-list keeps unvetted services from being used to store or move data.',
      ja: '実行を許可するソフトウェアを特定し、すべてを拒否して例外的に許可する方針を適用し、定期的に見直すことを求めます。クラウドでは有効化できるサービスにも同じ考え方が当てはまり、許可リストにより審査されていないサービスがデータの保存や移動に使われることを防ぎます。',
    },
  },
  {
    id: 'CM-8', section: CM, title: 'System Component Inventory', titleJa: 'システムコンポーネントのインベントリ',
    description: {
      en: 'Requires an accurate inventory of system components, at a useful level of detail, that reflects the system boundary and is reviewed and updated regularly. Assets that are not in the inventory are not patched, monitored or protected.',
      ja: 'システム境界を反映した、正確で適切な粒度のシステムコンポーネントのインベントリを整備し、定期的にレビュー・更新することを求めます。インベントリにない資産は、パッチ適用も監視も保護もされません。',
    },
  },
  {
    id: 'CM-8(1)', section: CM, title: 'System Component Inventory | Updates During Installation and Removal', titleJa: 'システムコンポーネントのインベントリ | 導入・撤去時の更新',
    description: {
      en: 'Requires updating the inventory as part of installing and removing components and of system updates. Leftovers such as unattached IP addresses, unused network ACLs or mutable image tags drift out of the inventory and become unmanaged risk.',
      ja: 'コンポーネントの導入・撤去やシステム更新の一環としてインベントリを更新することを求めます。関連付けられていないIPアドレス、未使用のネットワークACL、上書き可能なイメージタグなどの残存物はインベントリから外れ、管理されないリスクになります。',
    },
  },
  {
    id: 'CM-8(2)', section: CM, title: 'System Component Inventory | Automated Maintenance', titleJa: 'システムコンポーネントのインベントリ | 自動化された維持',
    description: {
      en: 'Requires automated mechanisms to keep the component inventory current, complete, accurate and available. Cloud resources are created and destroyed too quickly for a hand-maintained list to stay correct.',
      ja: 'コンポーネントのインベントリを最新・完全・正確かつ利用可能に保つため、自動化された仕組みを用いることを求めます。クラウドのリソースは作成と削除が速く、手作業で維持する一覧では正確さを保てません。',
    },
  },
  {
    id: 'CM-8(3)', section: CM, title: 'System Component Inventory | Automated Unauthorized Component Detection', titleJa: 'システムコンポーネントのインベントリ | 未承認コンポーネントの自動検出',
    description: {
      en: 'Requires automatically detecting unauthorized hardware, software and firmware components and acting on them, for example by disabling them or notifying staff. Rogue resources, such as crypto-mining instances launched with stolen credentials, have to be found quickly.',
      ja: '未承認のハードウェア、ソフトウェア、ファームウェアのコンポーネントを自動的に検出し、無効化や担当者への通知などの対処をとることを求めます。盗まれた認証情報で起動された暗号資産マイニング用のインスタンスなど、不正なリソースを速やかに見つける必要があります。',
    },
  },

  // CP Contingency Planning
  {
    id: 'CP-2', section: CP, title: 'Contingency Plan', titleJa: '緊急時対応計画',
    description: {
      en: 'Requires a contingency plan that names essential functions, recovery objectives, roles and contacts, and explains how the system is restored after a disruption. Depending on a single person or account, such as one super admin, can make recovery impossible when that person is unavailable.',
      ja: '重要な機能、復旧目標、役割と連絡先、障害後にシステムをどう復旧するかを定めた緊急時対応計画を策定することを求めます。特権管理者が一人だけといった単一の人やアカウントへの依存があると、その人が不在のときに復旧できなくなります。',
    },
  },
  {
    id: 'CP-6', section: CP, title: 'Alternate Storage Site', titleJa: '代替保管サイト',
    description: {
      en: 'Requires an alternate storage site, with the necessary agreements, where backup information can be stored and retrieved. Backups kept only next to the primary data are lost with it in a regional failure, a deletion or a ransomware attack.',
      ja: 'バックアップ情報を保管・取得できる代替保管サイトを、必要な取り決めとともに確保することを求めます。主データと同じ場所にしかないバックアップは、リージョン障害、削除、ランサムウェア攻撃によって主データと一緒に失われます。',
    },
  },
  {
    id: 'CP-6(1)', section: CP, title: 'Alternate Storage Site | Separation from Primary Site', titleJa: '代替保管サイト | 主サイトからの分離',
    description: {
      en: 'Requires the alternate storage site to be far enough from the primary site that the two are unlikely to be hit by the same threats. Versioned or backed-up copies outside the failure domain of the original survive incidents that destroy it.',
      ja: '代替保管サイトを主サイトから十分に離し、同じ脅威の影響を受けにくくすることを求めます。元のデータの障害ドメインの外にあるバージョン管理された複製やバックアップは、元のデータを破壊するインシデントにも耐えられます。',
    },
  },
  {
    id: 'CP-6(2)', section: CP, title: 'Alternate Storage Site | Recovery Time and Recovery Point Objectives', titleJa: '代替保管サイト | 目標復旧時間と目標復旧時点',
    description: {
      en: 'Requires configuring the alternate storage site so that recovery can meet the recovery time and recovery point objectives. Backup frequency, retention, replication and failover must actually achieve the stated RTO and RPO, or a recovery will lose more data or take longer than planned.',
      ja: '目標復旧時間（RTO）と目標復旧時点（RPO）を満たす復旧ができるよう代替保管サイトを構成することを求めます。バックアップの頻度、保持、レプリケーション、フェイルオーバーが実際にRTOとRPOを満たしていなければ、復旧時に計画以上のデータ損失や時間を要します。',
    },
  },
  {
    id: 'CP-9', section: CP, title: 'System Backup', titleJa: 'システムバックアップ',
    description: {
      en: 'Requires regular backups of user-level and system-level information and documentation, and protection of the confidentiality, integrity and availability of those backups. Without recent, intact backups, deletion, corruption or ransomware becomes permanent data loss.',
      ja: '利用者レベルとシステムレベルの情報および文書を定期的にバックアップし、バックアップの機密性・完全性・可用性を保護することを求めます。最新で完全なバックアップがなければ、削除、破損、ランサムウェアが恒久的なデータ損失になります。',
    },
  },
  {
    id: 'CP-10', section: CP, title: 'System Recovery and Reconstitution', titleJa: 'システムの復旧と再構築',
    description: {
      en: 'Requires the ability to recover and reconstitute the system to a known state within defined time and data-loss limits after a disruption, compromise or failure. Multi-AZ deployments, point-in-time restore and deletion protection are what make such recovery achievable.',
      ja: '障害、侵害、故障の後、定められた時間とデータ損失の範囲内でシステムを既知の状態へ復旧・再構築できることを求めます。マルチAZ構成、ポイントインタイムリストア、削除保護がその復旧を実現可能にします。',
    },
  },

  // IA Identification and Authentication
  {
    id: 'IA-2', section: IA, title: 'Identification and Authentication (Organizational Users)', titleJa: '識別と認証（組織の利用者）',
    description: {
      en: 'Requires uniquely identifying and authenticating organizational users and tying that identity to the processes acting on their behalf. Personal or external accounts, shared keys and long-lived API keys weaken attribution and make credentials easy to misuse.',
      ja: '組織の利用者を一意に識別・認証し、そのアイデンティティを利用者に代わって動作するプロセスと結び付けることを求めます。個人アカウントや外部アカウント、共有の鍵、長期間有効なAPIキーは操作主体の特定を弱め、認証情報の悪用を容易にします。',
    },
  },
  {
    id: 'IA-2(1)', section: IA, title: 'Identification and Authentication (Organizational Users) | Multi-factor Authentication to Privileged Accounts', titleJa: '識別と認証（組織の利用者） | 特権アカウントへの多要素認証',
    description: {
      en: 'Requires multi-factor authentication for access to privileged accounts. A stolen or guessed password on its own must never be enough to take over root, administrator or super-admin access.',
      ja: '特権アカウントへのアクセスに多要素認証を求めます。盗まれた、あるいは推測されたパスワードだけで、ルート、管理者、特権管理者のアクセスを乗っ取れてはなりません。',
    },
  },
  {
    id: 'IA-2(2)', section: IA, title: 'Identification and Authentication (Organizational Users) | Multi-factor Authentication to Non-privileged Accounts', titleJa: '識別と認証（組織の利用者） | 非特権アカウントへの多要素認証',
    description: {
      en: 'Requires multi-factor authentication for non-privileged accounts as well. Ordinary accounts can still read sensitive data or serve as a foothold for escalation, and phished passwords are the most common way in.',
      ja: '非特権アカウントにも多要素認証を求めます。一般アカウントでも機密データを読み取れたり権限昇格の足場になったりするうえ、フィッシングで盗まれたパスワードは最も一般的な侵入手段です。',
    },
  },
  {
    id: 'IA-2(6)', section: IA, title: 'Identification and Authentication (Organizational Users) | Access to Accounts — Separate Device', titleJa: '識別と認証（組織の利用者） | アカウントへのアクセス — 別デバイス',
    description: {
      en: 'Requires multi-factor authentication in which one factor comes from a device separate from the system being accessed and meets defined strength requirements. A separate authenticator such as a hardware key stays safe even when the workstation used to sign in is compromised.',
      ja: '認証要素の一つをアクセス先のシステムとは別のデバイスで提供し、定められた強度要件を満たす多要素認証を求めます。ハードウェアキーなどの別デバイスの認証器は、サインインに使う端末が侵害されても安全に保たれます。',
    },
  },
  {
    id: 'IA-2(8)', section: IA, title: 'Identification and Authentication (Organizational Users) | Access to Accounts — Replay Resistant', titleJa: '識別と認証（組織の利用者） | アカウントへのアクセス — リプレイ耐性',
    description: {
      en: 'Requires replay-resistant authentication mechanisms for access to accounts. Challenge-response authenticators such as FIDO security keys cannot be captured and reused the way static passwords can.',
      ja: 'アカウントへのアクセスに、リプレイ攻撃への耐性を持つ認証の仕組みを求めます。FIDOセキュリティキーのようなチャレンジレスポンス型の認証器は、固定パスワードのように盗み取って再利用することができません。',
    },
  },
  {
    id: 'IA-4', section: IA, title: 'Identifier Management', titleJa: '識別子管理',
    description: {
      en: 'Requires managing identifiers by authorizing their assignment, giving them to the intended individual or device, and preventing their reuse for a defined period. Identities from unmanaged or external domains escape lifecycle controls such as removal when someone leaves.',
      ja: '識別子の割り当てを承認し、意図した個人やデバイスに割り当て、一定期間は再利用しないよう識別子を管理することを求めます。管理外や外部ドメインのアイデンティティは、退職時の削除などのライフサイクル管理から外れてしまいます。',
    },
  },
  {
    id: 'IA-5', section: IA, title: 'Authenticator Management', titleJa: '認証子管理',
    description: {
      en: 'Requires managing authenticators such as passwords, keys and tokens: verifying identity at issuance, setting their strength, protecting them, and changing or refreshing them. Long-lived, unrestricted or never-rotated keys leak easily and are hard to notice once abused.',
      ja: 'パスワード、鍵、トークンなどの認証子について、発行時の本人確認、強度の設定、保護、変更や更新を管理することを求めます。長期間有効で制限がなく、ローテーションされない鍵は漏えいしやすく、悪用されても気付きにくいものです。',
    },
  },
  {
    id: 'IA-5(1)', section: IA, title: 'Authenticator Management | Password-based Authentication', titleJa: '認証子管理 | パスワードベースの認証',
    description: {
      en: 'Requires password-based authentication to check passwords against lists of compromised values, enforce composition and reuse rules, send passwords only over protected channels and store them securely. Weak, reused or plaintext-transmitted passwords are easily guessed or intercepted.',
      ja: 'パスワードベースの認証において、漏えい済みパスワードとの照合、構成や再利用のルールの強制、保護された通信路のみでの送信、安全な保存を求めます。弱い、使い回された、平文で送信されるパスワードは容易に推測・傍受されます。',
    },
  },
  {
    id: 'IA-5(7)', section: IA, title: 'Authenticator Management | No Embedded Unencrypted Static Authenticators', titleJa: '認証子管理 | 暗号化されていない静的認証子の埋め込み禁止',
    description: {
      en: 'Requires that unencrypted static authenticators are not embedded in applications, scripts, metadata or configuration. Secrets in environment variables, instance metadata or downloadable key files are exposed to anyone who can read that configuration.',
      ja: '暗号化されていない静的な認証子をアプリケーション、スクリプト、メタデータ、構成に埋め込まないことを求めます。環境変数、インスタンスメタデータ、ダウンロード可能な鍵ファイルに含まれるシークレットは、その構成を読める者すべてにさらされます。',
    },
  },

  // IR Incident Response
  {
    id: 'IR-4(1)', section: IR, title: 'Incident Handling | Automated Incident Handling Processes', titleJa: 'インシデント対応 | 自動化されたインシデント処理プロセス',
    description: {
      en: 'Requires supporting incident handling with automated mechanisms. Alarms wired to notifications and response actions shorten the time between detection and containment.',
      ja: 'インシデント処理を自動化された仕組みで支援することを求めます。通知や対応アクションに接続されたアラームにより、検知から封じ込めまでの時間を短縮できます。',
    },
  },
  {
    id: 'IR-4(5)', section: IR, title: 'Incident Handling | Automatic Disabling of System', titleJa: 'インシデント対応 | システムの自動無効化',
    description: {
      en: 'Requires a configurable capability to disable the system automatically when defined security violations are detected. Automatic containment limits the damage when an attack moves faster than people can respond.',
      ja: '定められたセキュリティ違反を検知した場合に、システムを自動的に無効化する構成可能な機能を備えることを求めます。攻撃が人の対応より速く進む場合でも、自動的な封じ込めにより被害を限定できます。',
    },
  },
  {
    id: 'IR-6', section: IR, title: 'Incident Reporting', titleJa: 'インシデント報告',
    description: {
      en: 'Requires staff to report suspected incidents to the incident response capability within a defined time, and incident information to be reported to designated authorities. Findings and alerts that never reach a responder leave incidents unhandled.',
      ja: '担当者がインシデントの疑いを定められた時間内にインシデント対応部門へ報告し、インシデント情報を指定された当局へ報告することを求めます。検出結果やアラートが対応担当者に届かなければ、インシデントは放置されます。',
    },
  },

  // PM Program Management
  {
    id: 'PM-5(1)', section: PM, title: 'System Inventory | Inventory of Personally Identifiable Information', titleJa: 'システムインベントリ | 個人を特定できる情報のインベントリ',
    description: {
      en: 'Requires establishing, maintaining and updating an inventory of the systems, applications and projects that process personally identifiable information. Knowing where personal data lives is the prerequisite for protecting it, minimizing it and responding to breaches.',
      ja: '個人を特定できる情報（PII）を処理するシステム、アプリケーション、プロジェクトのインベントリを作成・維持・更新することを求めます。個人データの所在を把握することが、その保護、最小化、侵害時の対応の前提となります。',
    },
  },

  // RA Risk Assessment
  {
    id: 'RA-2', section: RA, title: 'Security Categorization', titleJa: 'セキュリティ分類',
    description: {
      en: 'Requires categorizing the system and its information by the potential impact of a loss of confidentiality, integrity or availability, and documenting the result. Data that has not been classified cannot be given protection proportional to its sensitivity.',
      ja: '機密性・完全性・可用性が損なわれた場合の潜在的な影響に基づいてシステムと情報を分類し、その結果を文書化することを求めます。分類されていないデータには、機微性に見合った保護を与えられません。',
    },
  },
  {
    id: 'RA-3(4)', section: RA, title: 'Risk Assessment | Predictive Cyber Analytics', titleJa: 'リスクアセスメント | 予測的サイバー分析',
    description: {
      en: 'Requires advanced automation and analytics to predict and identify risks to systems and components. Threat detection driven by machine learning and threat intelligence surfaces emerging attack patterns before they become full incidents.',
      ja: '高度な自動化と分析を用いて、システムやコンポーネントに対するリスクを予測・特定することを求めます。機械学習や脅威インテリジェンスに基づく脅威検知により、新たな攻撃パターンを本格的なインシデントになる前に表面化させます。',
    },
  },
  {
    id: 'RA-5', section: RA, title: 'Vulnerability Monitoring and Scanning', titleJa: '脆弱性の監視とスキャン',
    description: {
      en: 'Requires scanning systems and hosted applications for vulnerabilities at a defined frequency and when new vulnerabilities are reported, analysing the results and fixing legitimate findings in time. Unscanned images and hosts carry known, exploitable flaws into production.',
      ja: 'システムやホストされるアプリケーションの脆弱性を、定められた頻度と新たな脆弱性の報告時にスキャンし、結果を分析して妥当な指摘を期限内に修正することを求めます。スキャンされていないイメージやホストは、既知の悪用可能な欠陥を本番環境に持ち込みます。',
    },
  },

  // SA System and Services Acquisition
  {
    id: 'SA-8(19)', section: SA, title: 'Security and Privacy Engineering Principles | Continuous Protection', titleJa: 'セキュリティとプライバシーのエンジニアリング原則 | 継続的な保護',
    description: {
      en: 'Requires applying the design principle that protection mechanisms operate continuously and cannot be bypassed. Protections that can lapse, such as monitoring or logging that stops during changes, leave windows of exposure.',
      ja: '保護の仕組みが途切れずに機能し、迂回できないという設計原則を適用することを求めます。変更中に監視やログ記録が止まるなど、途切れうる保護は露出の隙間を生みます。',
    },
  },
  {
    id: 'SA-8(21)', section: SA, title: 'Security and Privacy Engineering Principles | Self-analysis', titleJa: 'セキュリティとプライバシーのエンジニアリング原則 | 自己分析',
    description: {
      en: 'Requires applying the design principle that components can assess their own internal state and functioning at several stages of operation. Built-in health, integrity and security checks reveal failures and tampering early.',
      ja: 'コンポーネントが運用の複数の段階で自らの内部状態と機能を評価できるという設計原則を適用することを求めます。組み込みの健全性・完全性・セキュリティのチェックにより、障害や改ざんを早期に発見できます。',
    },
  },
  {
    id: 'SA-8(22)', section: SA, title: 'Security and Privacy Engineering Principles | Accountability and Traceability', titleJa: 'セキュリティとプライバシーのエンジニアリング原則 | 説明責任と追跡可能性',
    description: {
      en: 'Requires applying the design principle that actions can be traced to the entity that performed them. Without traceability there is no way to hold an identity accountable or to reconstruct an incident.',
      ja: '操作をそれを実行した主体まで追跡できるという設計原則を適用することを求めます。追跡可能性がなければ、アイデンティティに責任を問うこともインシデントを再構成することもできません。',
    },
  },
  {
    id: 'SA-8(25)', section: SA, title: 'Security and Privacy Engineering Principles | Economic Security', titleJa: 'セキュリティとプライバシーのエンジニアリング原則 | 経済的セキュリティ',
    description: {
      en: 'Requires applying the design principle that security mechanisms cost no more than the protection they provide is worth. Choosing managed, broadly applicable protections over many bespoke ones keeps security sustainable without leaving gaps.',
      ja: 'セキュリティの仕組みのコストを、それが提供する保護の価値に見合ったものにするという設計原則を適用することを求めます。個別の仕組みを数多く作るより、広く適用できるマネージドな保護を選ぶことで、隙を残さずにセキュリティを持続可能にできます。',
    },
  },
  {
    id: 'SA-9(5)', section: SA, title: 'External System Services | Processing, Storage, and Service Location', titleJa: '外部システムサービス | 処理、保管、サービスの場所',
    description: {
      en: 'Requires restricting where information is processed and stored, and where services run, to defined locations. Resources created in unapproved regions can breach data-residency obligations and fall outside regional monitoring.',
      ja: '情報を処理・保管する場所やサービスを稼働させる場所を、定められたロケーションに制限することを求めます。承認されていないリージョンに作成されたリソースは、データ所在地の義務に違反したり、リージョン単位の監視から外れたりします。',
    },
  },
  {
    id: 'SA-10', section: SA, title: 'Developer Configuration Management', titleJa: '開発者による構成管理',
    description: {
      en: 'Requires developers to perform configuration management throughout design, development, implementation and operation, controlling changes and tracking flaws. When production code or configuration can be changed from an internet-exposed workload, the integrity of the delivered system cannot be assured.',
      ja: '設計、開発、実装、運用を通じて開発者が構成管理を行い、変更を管理して欠陥を追跡することを求めます。インターネットに公開されたワークロードから本番のコードや構成を変更できる状態では、提供されるシステムの完全性を保証できません。',
    },
  },
  {
    id: 'SA-11(1)', section: SA, title: 'Developer Testing and Evaluation | Static Code Analysis', titleJa: '開発者によるテストと評価 | 静的コード解析',
    description: {
      en: 'Requires developers to use static code analysis tools to find common flaws and to document the results. Catching injection flaws, unsafe patterns and hard-coded secrets before deployment costs far less than detecting their exploitation in production.',
      ja: '開発者が静的コード解析ツールを用いて一般的な欠陥を発見し、その結果を文書化することを求めます。インジェクションの欠陥、安全でないパターン、ハードコードされたシークレットをデプロイ前に見つけるほうが、本番環境で悪用を検知するよりはるかに低コストです。',
    },
  },
  {
    id: 'SA-11(6)', section: SA, title: 'Developer Testing and Evaluation | Attack Surface Reviews', titleJa: '開発者によるテストと評価 | 攻撃対象領域のレビュー',
    description: {
      en: 'Requires developers to review the attack surface of what they build. Identifying exposed interfaces, ports and entry points lets the unneeded ones be removed before attackers find them.',
      ja: '開発者が構築するものの攻撃対象領域をレビューすることを求めます。公開されたインターフェース、ポート、侵入口を特定することで、不要なものを攻撃者に見つかる前に取り除けます。',
    },
  },
  {
    id: 'SA-15(2)', section: SA, title: 'Development Process, Standards, and Tools | Security and Privacy Tracking Tools', titleJa: '開発プロセス、標準、ツール | セキュリティとプライバシーの追跡ツール',
    description: {
      en: 'Requires developers to select and use tools that track security and privacy issues during development. Issues that are tracked to closure are far less likely to be forgotten and shipped unresolved.',
      ja: '開発者が開発プロセスの中でセキュリティとプライバシーの課題を追跡するツールを選定し、使用することを求めます。解決まで追跡される課題は、忘れられて未解決のまま出荷される可能性がはるかに低くなります。',
    },
  },
  {
    id: 'SA-15(8)', section: SA, title: 'Development Process, Standards, and Tools | Reuse of Threat and Vulnerability Information', titleJa: '開発プロセス、標準、ツール | 脅威と脆弱性の情報の再利用',
    description: {
      en: 'Requires developers to use threat modeling and vulnerability analyses from similar systems, components or services to inform their own development. Lessons from known attacks on comparable systems keep the same weaknesses from being built again.',
      ja: '類似のシステム、コンポーネント、サービスの脅威モデリングと脆弱性分析を、開発者が自らの開発に活用することを求めます。類似システムへの既知の攻撃から得た教訓により、同じ弱点を再び作り込むことを防ぎます。',
    },
  },

  // SC System and Communications Protection
  {
    id: 'SC-3', section: SC, title: 'Security Function Isolation', titleJa: 'セキュリティ機能の分離',
    description: {
      en: 'Requires isolating security functions from non-security functions, for example through separate execution domains, hardware protections or verified boot. If untrusted code can tamper with security functions, every other control can be subverted.',
      ja: '独立した実行ドメイン、ハードウェアによる保護、検証付きブートなどにより、セキュリティ機能をそれ以外の機能から分離することを求めます。信頼できないコードがセキュリティ機能を改ざんできると、他のすべての管理策が無効化されかねません。',
    },
  },
  {
    id: 'SC-5', section: SC, title: 'Denial-of-service Protection', titleJa: 'サービス妨害攻撃からの保護',
    description: {
      en: 'Requires protecting against, or limiting the effects of, defined types of denial-of-service events. Without edge protection such as a web application firewall, rate limits and connection limits, an attacker can exhaust capacity and take services offline.',
      ja: '定められた種類のサービス妨害（DoS）攻撃から保護する、またはその影響を限定することを求めます。Webアプリケーションファイアウォールなどのエッジでの保護、レート制限、接続数の制限がなければ、攻撃者が処理能力を枯渇させてサービスを停止させられます。',
    },
  },
  {
    id: 'SC-5(1)', section: SC, title: 'Denial-of-service Protection | Restrict Ability to Attack Other Systems', titleJa: 'サービス妨害攻撃からの保護 | 他システムへの攻撃能力の制限',
    description: {
      en: 'Requires restricting the ability of individuals to launch denial-of-service attacks against other systems. Compromised instances are often turned against third parties, which detecting outbound attack traffic can stop.',
      ja: '他のシステムに対してサービス妨害攻撃を仕掛ける能力を制限することを求めます。侵害されたインスタンスは第三者への攻撃に悪用されることが多く、外向きの攻撃トラフィックを検知することで阻止できます。',
    },
  },
  {
    id: 'SC-5(2)', section: SC, title: 'Denial-of-service Protection | Capacity, Bandwidth, and Redundancy', titleJa: 'サービス妨害攻撃からの保護 | 容量、帯域幅、冗長性',
    description: {
      en: 'Requires managing capacity, bandwidth or redundancy to limit the effects of flooding attacks. Redundant zones, backups and deletion safeguards keep services and data available when part of the system is overwhelmed or destroyed.',
      ja: '容量、帯域幅、冗長性を管理し、大量のトラフィックによる攻撃の影響を限定することを求めます。冗長化されたゾーン、バックアップ、削除保護により、システムの一部が過負荷や破壊に見舞われてもサービスとデータを利用可能に保てます。',
    },
  },
  {
    id: 'SC-5(3)', section: SC, title: 'Denial-of-service Protection | Detection and Monitoring', titleJa: 'サービス妨害攻撃からの保護 | 検知と監視',
    description: {
      en: 'Requires monitoring tools that detect indicators of denial-of-service attacks, and monitoring of resources to know whether enough remain to withstand them. Early detection lets responders mitigate an attack before it becomes an outage.',
      ja: 'サービス妨害攻撃の兆候を検知する監視ツールと、攻撃に耐えるだけのリソースが残っているかを把握するための監視を求めます。早期に検知できれば、攻撃が障害に発展する前に対応担当者が緩和策をとれます。',
    },
  },
  {
    id: 'SC-7', section: SC, title: 'Boundary Protection', titleJa: '境界保護',
    description: {
      en: 'Requires monitoring and controlling communications at the external boundary and at key internal boundaries, putting public-facing components in separate subnetworks, and connecting outward only through managed interfaces. Public buckets, open security groups and publicly reachable databases are boundary failures that expose internal resources directly to the internet.',
      ja: '外部境界と主要な内部境界で通信を監視・制御し、公開コンポーネントを別のサブネットワークに配置し、外部とは管理されたインターフェースを通じてのみ接続することを求めます。公開バケット、開放されたセキュリティグループ、公開アクセス可能なデータベースは、内部リソースを直接インターネットにさらす境界の破綻です。',
    },
  },
  {
    id: 'SC-7(3)', section: SC, title: 'Boundary Protection | Access Points', titleJa: '境界保護 | アクセスポイント',
    description: {
      en: 'Requires limiting the number of external network connections to the system. Each public IP, public endpoint or publicly shared resource is one more entry point to monitor and defend.',
      ja: 'システムへの外部ネットワーク接続の数を制限することを求めます。パブリックIP、公開エンドポイント、公開共有されたリソースの一つひとつが、監視し防御すべき侵入口を増やします。',
    },
  },
  {
    id: 'SC-7(4)', section: SC, title: 'Boundary Protection | External Telecommunications Services', titleJa: '境界保護 | 外部通信サービス',
    description: {
      en: 'Requires a managed interface for each external telecommunication service, with traffic flow policies, protection of transmitted data, documented exceptions and periodic review. External connections that are not managed this way bypass the organization\'s filtering and monitoring.',
      ja: '外部通信サービスごとに管理されたインターフェースを設け、トラフィックフローのポリシー、送信データの保護、例外の文書化、定期的なレビューを行うことを求めます。このように管理されていない外部接続は、組織のフィルタリングや監視を迂回します。',
    },
  },
  {
    id: 'SC-7(5)', section: SC, title: 'Boundary Protection | Deny by Default — Allow by Exception', titleJa: '境界保護 | デフォルト拒否 — 例外的許可',
    description: {
      en: 'Requires denying network traffic by default at managed interfaces and allowing only traffic that is explicitly authorized. Rules that let any source reach SSH, RDP or database ports turn this principle upside down.',
      ja: '管理されたインターフェースではネットワークトラフィックをデフォルトで拒否し、明示的に認可された通信だけを許可することを求めます。任意の送信元からSSH、RDP、データベースのポートへの到達を許すルールは、この原則を逆転させるものです。',
    },
  },
  {
    id: 'SC-7(9)', section: SC, title: 'Boundary Protection | Restrict Threatening Outgoing Communications Traffic', titleJa: '境界保護 | 脅威となる送信通信の制限',
    description: {
      en: 'Requires detecting and denying outgoing traffic that threatens external systems, and auditing which internal users are associated with it. Unrestricted egress lets compromised resources exfiltrate data or attack others unnoticed.',
      ja: '外部システムに脅威を与える送信トラフィックを検知・拒否し、それに関係する内部の利用者を監査することを求めます。外向き通信に制限がないと、侵害されたリソースが気付かれないままデータを持ち出したり他者を攻撃したりできます。',
    },
  },
  {
    id: 'SC-7(10)', section: SC, title: 'Boundary Protection | Prevent Exfiltration', titleJa: '境界保護 | データ流出の防止',
    description: {
      en: 'Requires preventing the exfiltration of information, and testing that prevention at defined times. Service perimeters, encryption with organization-controlled keys and restrictions on public sharing keep data from being copied out even with valid credentials.',
      ja: '情報の流出を防止し、その防止策を定められた時期にテストすることを求めます。サービス境界、組織が管理する鍵による暗号化、公開共有の制限により、正規の認証情報を使われてもデータの持ち出しを防げます。',
    },
  },
  {
    id: 'SC-7(11)', section: SC, title: 'Boundary Protection | Restrict Incoming Communications Traffic', titleJa: '境界保護 | 受信通信の制限',
    description: {
      en: 'Requires allowing incoming communications only from authorized sources to authorized destinations. Anything reachable from every address is scanned and attacked within minutes of being exposed.',
      ja: '認可された送信元から認可された宛先への受信通信だけを許可することを求めます。あらゆるアドレスから到達できるものは、公開されてから数分のうちにスキャンされ攻撃されます。',
    },
  },
  {
    id: 'SC-7(16)', section: SC, title: 'Boundary Protection | Prevent Discovery of System Components', titleJa: '境界保護 | システムコンポーネントの発見の防止',
    description: {
      en: 'Requires preventing the discovery of specific system components that make up a managed interface. Components without public addresses are much harder for attackers to enumerate and target.',
      ja: '管理されたインターフェースを構成する特定のシステムコンポーネントが発見されないようにすることを求めます。パブリックアドレスを持たないコンポーネントは、攻撃者が列挙し標的にすることがはるかに困難です。',
    },
  },
  {
    id: 'SC-7(20)', section: SC, title: 'Boundary Protection | Dynamic Isolation and Segregation', titleJa: '境界保護 | 動的な隔離と分離',
    description: {
      en: 'Requires the ability to dynamically isolate defined system components from other components. Being able to cut off a suspect instance or segment quickly contains an attack without shutting everything down.',
      ja: '定められたシステムコンポーネントを他のコンポーネントから動的に隔離できるようにすることを求めます。疑わしいインスタンスやセグメントをすばやく切り離せれば、すべてを停止することなく攻撃を封じ込められます。',
    },
  },
  {
    id: 'SC-7(21)', section: SC, title: 'Boundary Protection | Isolation of System Components', titleJa: '境界保護 | システムコンポーネントの隔離',
    description: {
      en: 'Requires boundary protection mechanisms that isolate the components supporting defined missions and business functions. Placing workloads in their own network and access boundaries keeps a compromise of one from spreading to the others.',
      ja: '定められた業務機能を支えるコンポーネントを隔離する境界保護の仕組みを用いることを求めます。ワークロードをそれぞれ独自のネットワーク境界とアクセス境界に置くことで、一つの侵害が他へ広がることを防ぎます。',
    },
  },
  {
    id: 'SC-8', section: SC, title: 'Transmission Confidentiality and Integrity', titleJa: '伝送の機密性と完全性',
    description: {
      en: 'Requires protecting the confidentiality and integrity of information in transit. Plain HTTP and unencrypted database connections expose data and credentials to interception and tampering.',
      ja: '伝送される情報の機密性と完全性を保護することを求めます。平文のHTTPや暗号化されていないデータベース接続は、データや認証情報を盗聴や改ざんにさらします。',
    },
  },
  {
    id: 'SC-8(1)', section: SC, title: 'Transmission Confidentiality and Integrity | Cryptographic Protection', titleJa: '伝送の機密性と完全性 | 暗号による保護',
    description: {
      en: 'Requires cryptographic mechanisms to prevent disclosure of, and detect changes to, information in transit. Enforcing TLS with current protocol versions and strong ciphers on endpoints, buckets and databases provides this protection.',
      ja: '伝送中の情報の漏えいを防ぎ、変更を検知するために暗号の仕組みを用いることを求めます。エンドポイント、バケット、データベースで最新のプロトコルバージョンと強力な暗号スイートによるTLSを強制することで、この保護が実現します。',
    },
  },
  {
    id: 'SC-8(2)', section: SC, title: 'Transmission Confidentiality and Integrity | Pre- and Post-transmission Handling', titleJa: '伝送の機密性と完全性 | 伝送前後の取り扱い',
    description: {
      en: 'Requires maintaining confidentiality and integrity while information is prepared for transmission and while it is received. Data that is encrypted on the wire but exposed just before sending or after receipt, for example where TLS is terminated, is still at risk.',
      ja: '情報を伝送のために準備する間と受信する間も、機密性と完全性を維持することを求めます。通信経路上では暗号化されていても、TLSの終端など送信直前や受信直後にさらされるデータは依然として危険にさらされています。',
    },
  },
  {
    id: 'SC-12', section: SC, title: 'Cryptographic Key Establishment and Management', titleJa: '暗号鍵の確立と管理',
    description: {
      en: 'Requires establishing and managing cryptographic keys according to defined requirements for generation, distribution, storage, access and destruction. Keys that are publicly accessible, never rotated or pending deletion undermine all the encryption that depends on them.',
      ja: '生成、配布、保管、アクセス、破棄について定めた要件に従い、暗号鍵を確立・管理することを求めます。公開アクセス可能な鍵、一度もローテーションされない鍵、削除予定の鍵は、それに依存するすべての暗号化を損ないます。',
    },
  },
  {
    id: 'SC-12(2)', section: SC, title: 'Cryptographic Key Establishment and Management | Symmetric Keys', titleJa: '暗号鍵の確立と管理 | 共通鍵',
    description: {
      en: 'Requires producing, controlling and distributing symmetric keys with approved key management technology and processes. A managed key service with rotation and tightly controlled access keeps symmetric keys strong and recoverable.',
      ja: '承認された鍵管理の技術とプロセスを用いて共通鍵を生成・管理・配布することを求めます。ローテーションと厳格なアクセス制御を備えたマネージドな鍵管理サービスにより、共通鍵の強度と復旧可能性を保てます。',
    },
  },
  {
    id: 'SC-12(3)', section: SC, title: 'Cryptographic Key Establishment and Management | Asymmetric Keys', titleJa: '暗号鍵の確立と管理 | 公開鍵',
    description: {
      en: 'Requires producing, controlling and distributing asymmetric keys using approved certificates or equivalent mechanisms. Properly issued and managed certificates underpin the TLS connections that protect data in transit.',
      ja: '承認された証明書またはそれと同等の仕組みを用いて公開鍵暗号の鍵を生成・管理・配布することを求めます。適切に発行・管理された証明書が、伝送中のデータを保護するTLS接続の土台となります。',
    },
  },
  {
    id: 'SC-13', section: SC, title: 'Cryptographic Protection', titleJa: '暗号による保護',
    description: {
      en: 'Requires determining where cryptography is needed and implementing the types of cryptography required for each use. Weak algorithms, such as RSASHA1 for DNSSEC signing or outdated TLS policies, give only a false sense of protection.',
      ja: '暗号が必要な用途を特定し、用途ごとに求められる種類の暗号を実装することを求めます。DNSSEC署名でのRSASHA1や古いTLSポリシーなどの弱いアルゴリズムは、見せかけの保護しか提供しません。',
    },
  },
  {
    id: 'SC-20', section: SC, title: 'Secure Name/Address Resolution Service (Authoritative Source)', titleJa: 'セキュアな名前/アドレス解決サービス（権威ソース）',
    description: {
      en: 'Requires authoritative name resolution services to provide origin authentication and integrity verification for the data they serve, as DNSSEC signatures do. Without them, resolvers cannot detect forged DNS answers that redirect users to attacker-controlled hosts.',
      ja: '権威DNSサービスが、DNSSEC署名のように、提供するデータの発信元認証と完全性検証の手段を提供することを求めます。これがなければ、利用者を攻撃者のホストへ誘導する偽造されたDNS応答をリゾルバーが見抜けません。',
    },
  },
  {
    id: 'SC-21', section: SC, title: 'Secure Name/Address Resolution Service (Recursive or Caching Resolver)', titleJa: 'セキュアな名前/アドレス解決サービス（再帰・キャッシュリゾルバー）',
    description: {
      en: 'Requires recursive or caching resolvers to request and perform origin authentication and integrity verification on the answers they receive. Validating DNSSEC signatures, which requires zones to be signed, protects clients against cache poisoning.',
      ja: '再帰リゾルバーやキャッシュリゾルバーが、受け取る応答の発信元認証と完全性検証を要求・実施することを求めます。ゾーンが署名されていることを前提にDNSSEC署名を検証することで、クライアントをキャッシュポイズニングから守ります。',
    },
  },
  {
    id: 'SC-23', section: SC, title: 'Session Authenticity', titleJa: 'セッションの真正性',
    description: {
      en: 'Requires protecting the authenticity of communication sessions. Session hijacking and man-in-the-middle attacks succeed when sessions are not bound to authenticated, encrypted channels.',
      ja: '通信セッションの真正性を保護することを求めます。セッションが認証・暗号化された通信路に結び付けられていないと、セッションハイジャックや中間者攻撃が成立します。',
    },
  },
  {
    id: 'SC-23(3)', section: SC, title: 'Session Authenticity | Unique System-generated Session Identifiers', titleJa: 'セッションの真正性 | システムが生成する一意のセッション識別子',
    description: {
      en: 'Requires a unique, sufficiently random session identifier generated by the system for each session, and recognizing only identifiers the system generated. Predictable or attacker-supplied session IDs enable session fixation and hijacking.',
      ja: 'セッションごとにシステムが十分にランダムな一意の識別子を生成し、システムが生成した識別子だけを受け付けることを求めます。推測可能な、あるいは攻撃者が指定したセッションIDは、セッション固定化やハイジャックを可能にします。',
    },
  },
  {
    id: 'SC-28', section: SC, title: 'Protection of Information at Rest', titleJa: '保存情報の保護',
    description: {
      en: 'Requires protecting the confidentiality and integrity of defined information at rest. Unencrypted disks, snapshots and databases, and secrets kept in plain configuration, can be read by anyone who obtains a copy.',
      ja: '定められた保存情報の機密性と完全性を保護することを求めます。暗号化されていないディスク、スナップショット、データベースや、平文の構成に置かれたシークレットは、複製を入手した者なら誰でも読み取れます。',
    },
  },
  {
    id: 'SC-28(1)', section: SC, title: 'Protection of Information at Rest | Cryptographic Protection', titleJa: '保存情報の保護 | 暗号による保護',
    description: {
      en: 'Requires cryptographic mechanisms to prevent unauthorized disclosure and modification of information at rest on defined components. Encrypting storage, preferably with customer-managed keys, keeps stolen media and shared snapshots unreadable.',
      ja: '定められたコンポーネントに保存された情報の不正な開示と変更を、暗号の仕組みで防ぐことを求めます。ストレージを、できれば顧客管理の鍵で暗号化しておくことで、盗まれた媒体や共有されたスナップショットを読み取れない状態に保てます。',
    },
  },
  {
    id: 'SC-28(3)', section: SC, title: 'Protection of Information at Rest | Cryptographic Keys', titleJa: '保存情報の保護 | 暗号鍵',
    description: {
      en: 'Requires protected storage for the keys that encrypt information at rest, such as a hardware-protected key store or defined safeguards. Keeping these keys in a managed key service and rotating them limits the damage if one is exposed.',
      ja: 'ハードウェアで保護された鍵ストアや定められた保護策など、保存情報を暗号化する鍵を保護された場所に保管することを求めます。これらの鍵をマネージドな鍵管理サービスで保管しローテーションすることで、鍵が漏えいした場合の被害を限定できます。',
    },
  },
  {
    id: 'SC-36', section: SC, title: 'Distributed Processing and Storage', titleJa: '分散処理と分散保管',
    description: {
      en: 'Requires distributing defined processing and storage components across multiple locations. Spreading databases and load balancers across availability zones keeps services running when a single site fails.',
      ja: '定められた処理・保管のコンポーネントを複数のロケーションに分散させることを求めます。データベースやロードバランサーを複数のアベイラビリティーゾーンに分散させることで、一つの拠点が停止してもサービスを継続できます。',
    },
  },
  {
    id: 'SC-39', section: SC, title: 'Process Isolation', titleJa: 'プロセスの分離',
    description: {
      en: 'Requires maintaining a separate execution domain for each executing process. Hardware-based isolation such as confidential computing keeps a workload\'s memory from being read by other tenants or the host.',
      ja: '実行中のプロセスごとに独立した実行ドメインを維持することを求めます。コンフィデンシャルコンピューティングのようなハードウェアによる分離により、ワークロードのメモリを他のテナントやホストから読み取られないようにします。',
    },
  },

  // SI System and Information Integrity
  {
    id: 'SI-2', section: SI, title: 'Flaw Remediation', titleJa: '欠陥の修正',
    description: {
      en: 'Requires identifying, reporting and correcting system flaws, testing updates, and installing security-relevant updates within defined times. Outdated runtimes, unsupported cluster versions and unpatched operating systems are routinely exploited through published vulnerabilities.',
      ja: 'システムの欠陥を特定・報告・修正し、更新をテストしたうえで、セキュリティに関わる更新を定められた期間内に適用することを求めます。古いランタイム、サポート外のクラスターバージョン、パッチ未適用のOSは、公開済みの脆弱性を通じて日常的に悪用されます。',
    },
  },
  {
    id: 'SI-2(2)', section: SI, title: 'Flaw Remediation | Automated Flaw Remediation Status', titleJa: '欠陥の修正 | 欠陥修正状況の自動判定',
    description: {
      en: 'Requires automated mechanisms that determine, at a defined frequency, whether components have the applicable security updates installed. Automated status checks reveal unpatched and unsupported components that would otherwise go unnoticed.',
      ja: '該当するセキュリティ更新がコンポーネントに適用されているかを、定められた頻度で自動的に判定する仕組みを求めます。自動化された状況確認により、見過ごされがちなパッチ未適用やサポート外のコンポーネントを明らかにできます。',
    },
  },
  {
    id: 'SI-2(4)', section: SI, title: 'Flaw Remediation | Automated Patch Management Tools', titleJa: '欠陥の修正 | 自動化されたパッチ管理ツール',
    description: {
      en: 'Requires automated patch management tools to support flaw remediation on defined components. Managed patching shortens the window between a fix becoming available and it being applied.',
      ja: '定められたコンポーネントの欠陥修正を支援するため、自動化されたパッチ管理ツールを用いることを求めます。マネージドなパッチ適用により、修正が公開されてから適用されるまでの期間を短縮できます。',
    },
  },
  {
    id: 'SI-2(5)', section: SI, title: 'Flaw Remediation | Automatic Software and Firmware Updates', titleJa: '欠陥の修正 | ソフトウェアとファームウェアの自動更新',
    description: {
      en: 'Requires security-relevant software and firmware updates to be installed automatically on defined components. Automatic minor-version upgrades and supported runtimes remove the dependence on someone remembering to patch.',
      ja: '定められたコンポーネントに、セキュリティに関わるソフトウェアとファームウェアの更新を自動的に適用することを求めます。マイナーバージョンの自動アップグレードやサポート中のランタイムの利用により、誰かがパッチ適用を忘れないことに頼らずに済みます。',
    },
  },
  {
    id: 'SI-3(8)', section: SI, title: 'Malicious Code Protection | Detect Unauthorized Commands', titleJa: '悪意のあるコードからの保護 | 未承認コマンドの検知',
    description: {
      en: 'Requires detecting defined unauthorized commands issued through the kernel interface on defined components, and warning, auditing or blocking their execution. Recording and analysing the commands and API calls an intruder issues exposes malicious activity carried out with stolen access.',
      ja: '定められたコンポーネントでカーネルのインターフェースを通じて発行される未承認のコマンドを検知し、警告、監査、実行阻止のいずれかを行うことを求めます。侵入者が発行するコマンドやAPI呼び出しを記録・分析することで、盗まれたアクセス権で行われる悪意のある活動を明らかにできます。',
    },
  },
  {
    id: 'SI-4', section: SI, title: 'System Monitoring', titleJa: 'システム監視',
    description: {
      en: 'Requires monitoring the system to detect attacks, indicators of potential attacks, and unauthorized connections and use, with monitoring placed where it can see them. Without threat detection, alerting and flow logs, intrusions can continue for months unnoticed.',
      ja: '攻撃、攻撃の兆候、不正な接続や利用を検知するようシステムを監視し、それらを捉えられる位置に監視を配置することを求めます。脅威検知、アラート、フローログがなければ、侵入が何か月も気付かれないまま続きかねません。',
    },
  },
  {
    id: 'SI-4(1)', section: SI, title: 'System Monitoring | System-wide Intrusion Detection System', titleJa: 'システム監視 | システム全体の侵入検知システム',
    description: {
      en: 'Requires connecting individual intrusion detection tools into a system-wide intrusion detection system. A managed threat-detection service enabled in every account and region avoids blind spots between separately monitored resources.',
      ja: '個々の侵入検知ツールを連携させ、システム全体の侵入検知システムとすることを求めます。すべてのアカウントとリージョンで有効化したマネージドな脅威検知サービスにより、個別に監視されたリソースの間の死角をなくせます。',
    },
  },
  {
    id: 'SI-4(2)', section: SI, title: 'System Monitoring | Automated Tools and Mechanisms for Real-time Analysis', titleJa: 'システム監視 | リアルタイム分析のための自動化ツールと仕組み',
    description: {
      en: 'Requires automated tools that support near real-time analysis of events. Attacks with stolen cloud credentials unfold in minutes, so analysis must be continuous rather than periodic.',
      ja: 'イベントのほぼリアルタイムな分析を支える自動化ツールを用いることを求めます。盗まれたクラウドの認証情報による攻撃は数分で進行するため、分析は定期的ではなく継続的に行う必要があります。',
    },
  },
  {
    id: 'SI-4(4)', section: SI, title: 'System Monitoring | Inbound and Outbound Communications Traffic', titleJa: 'システム監視 | 送受信される通信トラフィック',
    description: {
      en: 'Requires defining what unusual or unauthorized activity looks like in inbound and outbound traffic, and monitoring for it continuously. Connections to known-bad hosts and unexpected data transfers are key signs of compromise and exfiltration.',
      ja: '受信・送信トラフィックにおける異常または未承認の活動の基準を定め、継続的に監視することを求めます。既知の悪性ホストへの接続や想定外のデータ転送は、侵害やデータ流出の重要な兆候です。',
    },
  },
  {
    id: 'SI-4(5)', section: SI, title: 'System Monitoring | System-generated Alerts', titleJa: 'システム監視 | システムが生成するアラート',
    description: {
      en: 'Requires the system to alert designated personnel when defined indicators of compromise occur. Monitoring that produces findings but notifies no one never leads to a response.',
      ja: '定められた侵害の兆候が発生した場合に、システムが指定された担当者へアラートを送ることを求めます。検出結果を生成しても誰にも通知しない監視は、対応につながりません。',
    },
  },
  {
    id: 'SI-4(12)', section: SI, title: 'System Monitoring | Automated Organization-generated Alerts', titleJa: 'システム監視 | 組織が定めた自動アラート',
    description: {
      en: 'Requires automatically alerting designated personnel when activity the organization has defined as security-relevant occurs. Alarms with actions that are configured and enabled make sure such events reach people who can act.',
      ja: '組織がセキュリティ上重要と定めた活動が発生した場合に、指定された担当者へ自動的にアラートを送ることを求めます。アクションが設定・有効化されたアラームにより、そうしたイベントが対応できる人に確実に届きます。',
    },
  },
  {
    id: 'SI-4(13)', section: SI, title: 'System Monitoring | Analyze Traffic and Event Patterns', titleJa: 'システム監視 | トラフィックとイベントのパターン分析',
    description: {
      en: 'Requires analysing traffic and event patterns to build profiles of typical behaviour, and using them to tune monitoring and cut false positives and negatives. A baseline of normal behaviour is what makes anomalies stand out.',
      ja: '通信とイベントのパターンを分析して通常の振る舞いのプロファイルを作成し、それを用いて監視を調整し誤検知と見逃しを減らすことを求めます。通常の振る舞いの基準があってこそ、異常が際立ちます。',
    },
  },
  {
    id: 'SI-4(20)', section: SI, title: 'System Monitoring | Privileged Users', titleJa: 'システム監視 | 特権ユーザー',
    description: {
      en: 'Requires additional monitoring of privileged users. Administrator activity has the greatest impact, so complete records of what administrators do are needed to detect misuse.',
      ja: '特権ユーザーに対する追加の監視を求めます。管理者の活動は影響が最も大きいため、悪用を検知するには管理者の操作の完全な記録が必要です。',
    },
  },
  {
    id: 'SI-4(22)', section: SI, title: 'System Monitoring | Unauthorized Network Services', titleJa: 'システム監視 | 未承認のネットワークサービス',
    description: {
      en: 'Requires detecting network services that have not been authorized or approved, and auditing or alerting on them. Unexpected listening services and backdoors are common indicators of compromise.',
      ja: '認可・承認されていないネットワークサービスを検知し、監査またはアラートを行うことを求めます。想定外の待ち受けサービスやバックドアは、侵害のよくある兆候です。',
    },
  },
  {
    id: 'SI-4(25)', section: SI, title: 'System Monitoring | Optimize Network Traffic Analysis', titleJa: 'システム監視 | ネットワークトラフィック分析の最適化',
    description: {
      en: 'Requires giving network monitoring visibility into traffic at external and key internal boundaries so that it works effectively. Monitoring that can see the relevant flows detects threats that sparse sensors miss.',
      ja: '外部境界と主要な内部境界のトラフィックをネットワーク監視が把握できるようにし、監視を有効に機能させることを求めます。関連する通信を捉えられる監視は、まばらなセンサーでは見逃す脅威を検知できます。',
    },
  },
  {
    id: 'SI-7', section: SI, title: 'Software, Firmware, and Information Integrity', titleJa: 'ソフトウェア、ファームウェア、情報の完全性',
    description: {
      en: 'Requires integrity verification tools that detect unauthorized changes to software, firmware and information, and defined actions when such changes are found. Rootkits, bootkits and tampered files persist undetected without these checks.',
      ja: 'ソフトウェア、ファームウェア、情報への不正な変更を検知する完全性検証ツールを用い、変更が見つかった場合に定められた対応をとることを求めます。これらの検証がなければ、ルートキット、ブートキット、改ざんされたファイルが検知されないまま残ります。',
    },
  },
  {
    id: 'SI-7(1)', section: SI, title: 'Software, Firmware, and Information Integrity | Integrity Checks', titleJa: 'ソフトウェア、ファームウェア、情報の完全性 | 完全性チェック',
    description: {
      en: 'Requires integrity checks at start-up, at defined transitions or events, and at a defined frequency. Verified boot and log file validation detect modifications that would otherwise be trusted.',
      ja: '起動時、定められた状態遷移やイベントの発生時、定められた頻度で完全性チェックを行うことを求めます。検証付きブートやログファイルの検証により、本来なら信頼されてしまう変更を検知できます。',
    },
  },
  {
    id: 'SI-7(3)', section: SI, title: 'Software, Firmware, and Information Integrity | Centrally Managed Integrity Tools', titleJa: 'ソフトウェア、ファームウェア、情報の完全性 | 一元管理された完全性ツール',
    description: {
      en: 'Requires integrity verification tools that are managed centrally. A single managed mechanism, such as built-in log digest validation, applies integrity checks consistently instead of depending on each system\'s own setup.',
      ja: '一元的に管理された完全性検証ツールを用いることを求めます。組み込みのログダイジェスト検証のような単一のマネージドな仕組みにより、各システムの個別の設定に頼らず完全性チェックを一貫して適用できます。',
    },
  },
  {
    id: 'SI-7(6)', section: SI, title: 'Software, Firmware, and Information Integrity | Cryptographic Protection', titleJa: 'ソフトウェア、ファームウェア、情報の完全性 | 暗号による保護',
    description: {
      en: 'Requires cryptographic mechanisms to detect unauthorized changes to software, firmware and information. Authenticated encryption, signatures and TLS make tampering with data at rest or in transit detectable.',
      ja: 'ソフトウェア、ファームウェア、情報への不正な変更を暗号の仕組みで検知することを求めます。認証付き暗号、署名、TLSにより、保存中や伝送中のデータの改ざんを検知可能にします。',
    },
  },
  {
    id: 'SI-7(7)', section: SI, title: 'Software, Firmware, and Information Integrity | Integration of Detection and Response', titleJa: 'ソフトウェア、ファームウェア、情報の完全性 | 検知と対応の統合',
    description: {
      en: 'Requires feeding the detection of defined unauthorized, security-relevant changes into the incident response capability. An integrity violation such as an altered log file must trigger an investigation, not just a record.',
      ja: '定められた未承認のセキュリティ関連の変更の検知を、インシデント対応の仕組みに組み込むことを求めます。ログファイルの改変などの完全性違反は、記録されるだけでなく調査の契機とならなければなりません。',
    },
  },
  {
    id: 'SI-7(8)', section: SI, title: 'Software, Firmware, and Information Integrity | Auditing Capability for Significant Events', titleJa: 'ソフトウェア、ファームウェア、情報の完全性 | 重要なイベントの監査機能',
    description: {
      en: 'Requires auditing the event and taking defined actions, such as generating an audit record or alerting, when a potential integrity violation is detected. An audit trail of integrity events supports investigation and accountability.',
      ja: '完全性違反の可能性を検知した場合に、そのイベントを監査し、監査記録の生成やアラートなど定められた対応をとることを求めます。完全性に関するイベントの監査証跡は、調査と説明責任を支えます。',
    },
  },
  {
    id: 'SI-7(9)', section: SI, title: 'Software, Firmware, and Information Integrity | Verify Boot Process', titleJa: 'ソフトウェア、ファームウェア、情報の完全性 | ブートプロセスの検証',
    description: {
      en: 'Requires verifying the integrity of the boot process of defined components. Secure boot and measured boot stop malware that loads before the operating system and hides from it.',
      ja: '定められたコンポーネントのブートプロセスの完全性を検証することを求めます。セキュアブートやメジャードブートにより、OSより先に読み込まれてOSから身を隠すマルウェアを阻止できます。',
    },
  },
  {
    id: 'SI-11', section: SI, title: 'Error Handling', titleJa: 'エラー処理',
    description: {
      en: 'Requires error messages that help correct problems without revealing information attackers could exploit, shown only to authorized personnel. Verbose errors in responses or logs can leak internal details, parameters or data.',
      ja: '攻撃者に悪用されうる情報を明かさずに問題の解決に役立つエラーメッセージを生成し、認可された担当者にのみ表示することを求めます。応答やログに含まれる詳細すぎるエラーは、内部の詳細、パラメーター、データを漏らすおそれがあります。',
    },
  },
  {
    id: 'SI-12', section: SI, title: 'Information Management and Retention', titleJa: '情報の管理と保持',
    description: {
      en: 'Requires managing and retaining information in the system, and information it outputs, in line with laws, policies, standards and operational needs. Versioning, backups and retention settings keep information available as long as it is required and no longer than needed.',
      ja: 'システム内の情報とシステムが出力する情報を、法令、ポリシー、標準、運用上の必要に沿って管理・保持することを求めます。バージョニング、バックアップ、保持設定により、情報を必要な期間は利用可能に保ち、不要になれば保持しないようにできます。',
    },
  },
  {
    id: 'SI-13(5)', section: SI, title: 'Predictable Failure Prevention | Failover Capability', titleJa: '予測可能な障害の防止 | フェイルオーバー機能',
    description: {
      en: 'Requires real-time or near real-time failover capability for the system. Multi-AZ databases and load balancers shift work to healthy capacity automatically when a component fails.',
      ja: 'システムにリアルタイムまたはほぼリアルタイムのフェイルオーバー機能を備えることを求めます。マルチAZ構成のデータベースやロードバランサーは、コンポーネントの障害時に正常な側へ自動的に処理を切り替えます。',
    },
  },
  {
    id: 'SI-20', section: SI, title: 'Tainting', titleJa: 'テインティング',
    description: {
      en: 'Requires embedding data or capabilities in systems or components so that the organization can tell whether its data has been exfiltrated or improperly removed. Markers such as canary records or tokens reveal theft when they turn up where they should not, provided monitoring alerts on them.',
      ja: 'データが流出または不正に持ち出されたかを判別できるよう、システムやコンポーネントにデータや機能を埋め込むことを求めます。カナリアレコードやトークンなどのマーカーは、あるべきでない場所に現れたときに監視がそれを警告すれば、窃取を明らかにします。',
    },
  },
];
