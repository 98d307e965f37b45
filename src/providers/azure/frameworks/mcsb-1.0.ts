/**
 * Microsoft cloud security benchmark v1 (the baseline of Microsoft Defender for Cloud's default
 * initiative): every control of the benchmark's 12 control domains (86 controls), with the
 * benchmark's own English titles and section names. The Japanese titles and the descriptions are
 * mamori's own words.
 */
import type { FrameworkRequirement } from '../../../frameworks/types.js';

export const MCSB_1_0_CONTROLS: FrameworkRequirement[] = [
  {
    id: 'NS-1', title: 'Establish network segmentation boundaries', section: 'Network security',
    titleJa: 'ネットワーク セグメント化の境界を確立する',
    description: {
      en: "Workloads should be placed in virtual networks and subnets that follow the organization's segmentation strategy, with higher-risk workloads (sensitive data, internet-facing, hard to patch) isolated in their own networks. Traffic between segments should be restricted, or at least monitored, with network security groups and similar controls, so that the compromise of one workload does not let an attacker move freely across the estate.",
      ja: '組織のセグメント化戦略に沿って仮想ネットワークとサブネットを設計し、機密データを扱うもの、インターネットに公開されるもの、修正の難しい脆弱性を抱えるものなどリスクの高いワークロードを独立したネットワークに分離することを求めます。セグメント間の通信は NSG などで制限するか、少なくとも監視します。これにより、1 つのワークロードが侵害されても、攻撃者が環境全体へ自由に横展開することを防げます。',
    },
  },
  {
    id: 'NS-2', title: 'Secure cloud native services with network controls', section: 'Network security',
    titleJa: 'ネットワーク制御でクラウド ネイティブ サービスを保護する',
    description: {
      en: 'PaaS services such as storage, databases and key vaults should be reached over private endpoints or virtual network integration, with public network access disabled, or restricted by the service firewall, where it is not needed. Many of these services are reachable from the whole internet by default, so network controls are what keep a leaked key or an over-broad permission from being usable from anywhere.',
      ja: 'ストレージ、データベース、Key Vault などの PaaS サービスにはプライベート エンドポイントや仮想ネットワーク統合を通じてアクセスし、不要なパブリック ネットワーク アクセスは無効にするか、サービスのファイアウォールで制限することを求めます。これらのサービスの多くは既定でインターネット全体から到達できるため、ネットワーク制御がなければ、漏えいしたキーや広すぎる権限がどこからでも悪用されかねません。',
    },
  },
  {
    id: 'NS-3', title: 'Deploy firewall at the edge of enterprise network', section: 'Network security',
    titleJa: '企業ネットワークのエッジにファイアウォールをデプロイする',
    description: {
      en: 'A firewall should inspect and filter traffic at the network edge, to and from the internet and between on-premises and cloud networks, with routes that force traffic through it. Central, stateful filtering with application-level rules and threat intelligence blocks connections that per-subnet rules cannot, such as outbound traffic to known malicious destinations.',
      ja: 'インターネットとの間やオンプレミスとクラウドの間など、ネットワークの境界を流れる通信をファイアウォールで検査・フィルタリングし、ルーティングによって通信が必ずファイアウォールを通るようにすることを求めます。アプリケーション レベルのルールや脅威インテリジェンスを使った一元的なフィルタリングにより、サブネット単位のルールでは防げない既知の悪性宛先への送信などを遮断できます。',
    },
  },
  {
    id: 'NS-4', title: 'Deploy intrusion detection/intrusion prevention systems (IDS/IPS)', section: 'Network security',
    titleJa: '侵入検知/侵入防止システム（IDS/IPS）をデプロイする',
    description: {
      en: 'Traffic to and from workloads should be inspected by intrusion detection and prevention, for example the IDPS of a premium-tier firewall or a host-based agent. Signature and anomaly inspection catches exploit attempts, malware and command-and-control traffic that port and address rules allow through, and in prevention mode stops it before it reaches the target.',
      ja: 'ワークロードとの間の通信を、上位プランのファイアウォールが備える IDPS やホストベースのエージェントなどで、侵入検知・防止の観点から検査することを求めます。シグネチャや異常検知による検査は、ポートやアドレスのルールでは通過してしまう攻撃コード、マルウェア、C2 通信を捉え、防止モードでは標的に届く前に遮断します。',
    },
  },
  {
    id: 'NS-5', title: 'Deploy DDOS protection', section: 'Network security',
    titleJa: 'DDoS 保護をデプロイする',
    description: {
      en: "Internet-facing resources should be covered by a DDoS protection service that monitors traffic and mitigates volumetric and protocol attacks. Without it, a flood of traffic can exhaust bandwidth or resources and take public applications offline, with only the platform's basic protection in place.",
      ja: 'インターネットに公開されたリソースを、通信を監視して大量トラフィック型やプロトコル型の攻撃を緩和する DDoS 保護サービスで守ることを求めます。これがないとプラットフォームの基本的な保護しか働かず、大量の通信で帯域やリソースが枯渇して公開アプリケーションが停止するおそれがあります。',
    },
  },
  {
    id: 'NS-6', title: 'Deploy web application firewall', section: 'Network security',
    titleJa: 'Web アプリケーション ファイアウォールをデプロイする',
    description: {
      en: 'Web applications and APIs exposed to the internet should sit behind a web application firewall, such as on Application Gateway or Front Door, running a managed rule set in prevention mode. A WAF blocks common application-layer attacks such as SQL injection and cross-site scripting (the OWASP Top 10), which network firewalls do not inspect.',
      ja: 'インターネットに公開する Web アプリケーションや API を Application Gateway や Front Door などの Web アプリケーション ファイアウォール（WAF）の背後に置き、マネージド ルール セットを防止モードで適用することを求めます。WAF は、ネットワーク ファイアウォールでは検査されない SQL インジェクションやクロスサイト スクリプティングなど、OWASP Top 10 に代表されるアプリケーション層の攻撃を遮断します。',
    },
  },
  {
    id: 'NS-7', title: 'Simplify network security configuration', section: 'Network security',
    titleJa: 'ネットワーク セキュリティの構成を簡素化する',
    description: {
      en: 'Network security rules should be managed centrally and kept as simple as possible, using firewall policies, application security groups and features that recommend hardened rules from observed traffic. Sprawling, hand-maintained rule sets accumulate over-permissive exceptions that nobody can review, which is how unintended exposure creeps in.',
      ja: 'ファイアウォール ポリシー、アプリケーション セキュリティ グループ、観測した通信から強化ルールを提案する機能などを活用し、ネットワーク セキュリティのルールを一元管理してできるだけ単純に保つことを求めます。手作業で維持される肥大化したルール群には誰も見直せない過剰な許可の例外がたまりやすく、意図しない公開の原因となります。',
    },
  },
  {
    id: 'NS-8', title: 'Detect and disable insecure services and protocols', section: 'Network security',
    titleJa: '安全でないサービスとプロトコルを検出して無効にする',
    description: {
      en: 'Insecure protocols and services, such as SSL, TLS 1.0 and 1.1, SSHv1, SMBv1, LM/NTLMv1, and unencrypted FTP or Telnet, should be discovered and turned off, and minimum TLS versions enforced on services. These protocols have known weaknesses that let traffic be decrypted or altered and credentials be stolen, so leaving them enabled undermines otherwise sound controls.',
      ja: 'SSL、TLS 1.0/1.1、SSHv1、SMBv1、LM/NTLMv1、暗号化されていない FTP や Telnet など、安全でないプロトコルやサービスを検出して無効にし、各サービスで TLS の最小バージョンを強制することを求めます。これらのプロトコルには通信の復号や改ざん、認証情報の窃取を許す既知の弱点があり、有効なままでは他の対策の効果が損なわれます。',
    },
  },
  {
    id: 'NS-9', title: 'Connect on-premises or cloud network privately', section: 'Network security',
    titleJa: 'オンプレミスまたはクラウドのネットワークとプライベートに接続する',
    description: {
      en: 'Connections between on-premises sites, other clouds and cloud virtual networks should use private paths such as ExpressRoute, site-to-site VPN or virtual network peering rather than the public internet. Private connectivity keeps internal traffic away from the internet, where it could be intercepted, and removes the need to expose services publicly just so other networks can reach them.',
      ja: 'オンプレミス拠点、他のクラウド、クラウドの仮想ネットワークの間は、公衆インターネットを経由せず、ExpressRoute、サイト間 VPN、仮想ネットワーク ピアリングなどのプライベートな経路で接続することを求めます。内部の通信を傍受の危険があるインターネットから切り離せるうえ、他のネットワークから到達させるためだけにサービスを公開する必要もなくなります。',
    },
  },
  {
    id: 'NS-10', title: 'Ensure Domain Name System (DNS) security', section: 'Network security',
    titleJa: 'ドメイン ネーム システム（DNS）のセキュリティを確保する',
    description: {
      en: 'Name resolution should use trusted recursive DNS and private DNS zones, and DNS should be protected and monitored against hijacking, dangling records, spoofing and abuse such as tunnelling data out through DNS queries. Almost every connection starts with a DNS lookup, so a poisoned resolver or a record still pointing at a released resource can silently send users and data to an attacker.',
      ja: '信頼できる再帰 DNS とプライベート DNS ゾーンで名前解決を行い、乗っ取り、ダングリング レコード、なりすまし、DNS クエリを使ったデータの持ち出しなどの悪用から DNS を保護・監視することを求めます。ほぼすべての通信は DNS の参照から始まるため、汚染されたリゾルバーや解放済みのリソースを指したままのレコードがあると、利用者やデータが気付かれないまま攻撃者のもとへ誘導されるおそれがあります。',
    },
  },
  {
    id: 'IM-1', title: 'Use centralized identity and authentication system', section: 'Identity management',
    titleJa: '一元化された ID および認証システムを使用する',
    description: {
      en: 'People, applications and services should authenticate through one central identity provider, such as Microsoft Entra ID, rather than local accounts or per-service credentials, including for data-plane access to services that support it. A single system lets policies such as MFA, conditional access, monitoring and deprovisioning apply everywhere, whereas local accounts are easily forgotten and bypass all of them.',
      ja: 'ユーザー、アプリケーション、サービスの認証を、ローカル アカウントやサービスごとの資格情報ではなく Microsoft Entra ID などの一元的な ID プロバイダーで行い、対応するサービスではデータ プレーンへのアクセスにもこれを使うことを求めます。認証を一元化すれば MFA、条件付きアクセス、監視、アカウントの削除といったポリシーがすべてに及びますが、ローカル アカウントは管理から漏れやすく、これらの対策をすり抜けてしまいます。',
    },
  },
  {
    id: 'IM-2', title: 'Protect identity and authentication systems', section: 'Identity management',
    titleJa: 'ID および認証システムを保護する',
    description: {
      en: "The identity provider, and the accounts and settings that control it, should be hardened as a top priority: limit and protect the highly privileged roles, follow the provider's security baseline, and monitor for risky changes. Whoever controls the identity system controls access to everything behind it, which makes it the prime target for attackers.",
      ja: 'ID プロバイダーと、それを管理するアカウントや設定を最優先で保護することを求めます。高い特権を持つロールを限定して保護し、プロバイダーのセキュリティ ベースラインに従い、リスクのある変更を監視します。ID システムを掌握した者はその背後にあるすべてへのアクセスを手にするため、攻撃者にとって最重要の標的となります。',
    },
  },
  {
    id: 'IM-3', title: 'Manage application identities securely and automatically', section: 'Identity management',
    titleJa: 'アプリケーション ID を安全かつ自動的に管理する',
    description: {
      en: 'Applications and automation should authenticate with managed identities, or with service principals using certificates or federated credentials, rather than with human accounts or long-lived passwords and keys embedded in code. The platform issues and rotates managed identity credentials itself, which removes secrets that could leak and would otherwise need manual rotation.',
      ja: 'アプリケーションや自動化処理の認証には、人のアカウントやコードに埋め込んだ長期間有効なパスワードやキーではなく、マネージド ID、または証明書やフェデレーション資格情報を使うサービス プリンシパルを用いることを求めます。マネージド ID の資格情報はプラットフォームが発行・更新するため、漏えいの危険があり手作業でのローテーションが必要なシークレットをなくせます。',
    },
  },
  {
    id: 'IM-4', title: 'Authenticate server and services', section: 'Identity management',
    titleJa: 'サーバーとサービスを認証する',
    description: {
      en: 'Clients should verify the identity of the servers and services they connect to, typically by validating TLS certificates issued by a trusted authority, and services should authenticate each other rather than trust network location. Without server authentication, traffic can be redirected to an impostor that harvests credentials or data, even over an encrypted connection.',
      ja: 'クライアントは接続先のサーバーやサービスの身元を、信頼された認証局が発行した TLS 証明書の検証などで確認し、サービス同士もネットワーク上の位置を信頼するのではなく相互に認証することを求めます。サーバーを認証しないと、通信が暗号化されていても偽のサーバーに誘導され、資格情報やデータを盗まれるおそれがあります。',
    },
  },
  {
    id: 'IM-5', title: 'Use single sign-on (SSO) for application access', section: 'Identity management',
    titleJa: 'アプリケーションへのアクセスにシングル サインオン（SSO）を使用する',
    description: {
      en: 'Users should sign in to cloud, SaaS and internal applications through single sign-on with the central identity provider instead of a separate username and password for each application. SSO cuts down the passwords people reuse or write down, and lets central controls such as MFA and access revocation cover every application.',
      ja: 'クラウド、SaaS、社内のアプリケーションへのサインインを、アプリケーションごとの ID とパスワードではなく、一元的な ID プロバイダーによるシングル サインオンで行うことを求めます。SSO によって使い回しやメモ書きされるパスワードが減り、MFA やアクセスの取り消しといった一元的な制御をすべてのアプリケーションに及ぼせます。',
    },
  },
  {
    id: 'IM-6', title: 'Use strong authentication controls', section: 'Identity management',
    titleJa: '強力な認証制御を使用する',
    description: {
      en: 'All users, and administrators above all, should sign in with strong authentication such as multifactor or passwordless methods, and legacy authentication protocols that cannot perform MFA should be blocked. Passwords alone are routinely phished, guessed or reused from breaches, and MFA stops the large majority of such account takeovers.',
      ja: 'すべてのユーザー、とりわけ管理者に多要素認証（MFA）やパスワードレス認証などの強力な認証を求め、MFA に対応できないレガシ認証プロトコルはブロックすることを求めます。パスワードだけではフィッシング、推測、漏えいしたパスワードの使い回しで容易に突破されますが、MFA はこうしたアカウント乗っ取りの大半を防ぎます。',
    },
  },
  {
    id: 'IM-7', title: 'Restrict resource access based on conditions', section: 'Identity management',
    titleJa: '条件に基づいてリソースへのアクセスを制限する',
    description: {
      en: 'Access decisions should take context into account, such as user and sign-in risk, device compliance, location and the application being accessed, through conditional access policies rather than granting access on a valid password alone. This zero-trust approach lets you require MFA or block access in risky situations, which limits what a stolen credential can do.',
      ja: '正しいパスワードだけでアクセスを許可するのではなく、条件付きアクセス ポリシーにより、ユーザーやサインインのリスク、デバイスの準拠状態、場所、アクセス先のアプリケーションといった状況を考慮して判断することを求めます。このゼロ トラストの考え方により、危険な状況では MFA を要求したりアクセスを拒否したりでき、盗まれた資格情報による被害を抑えられます。',
    },
  },
  {
    id: 'IM-8', title: 'Restrict the exposure of credentials and secrets', section: 'Identity management',
    titleJa: '資格情報とシークレットの露出を制限する',
    description: {
      en: 'Credentials, keys and connection strings should not be embedded in code or configuration files but kept in a secret store such as Key Vault, with source code scanned for leaked secrets and secrets rotated regularly. Secrets committed to repositories or left in plain application settings are among the most common ways attackers get into cloud resources.',
      ja: '資格情報、キー、接続文字列をコードや構成ファイルに埋め込まず Key Vault などのシークレット ストアで管理し、ソース コードに漏れたシークレットがないかスキャンし、定期的にローテーションすることを求めます。リポジトリにコミットされたり、アプリケーション設定に平文で残されたりしたシークレットは、攻撃者がクラウド リソースに侵入する最も一般的な経路の一つです。',
    },
  },
  {
    id: 'IM-9', title: 'Secure user access to existing applications', section: 'Identity management',
    titleJa: '既存のアプリケーションへのユーザー アクセスを保護する',
    description: {
      en: 'Legacy and on-premises applications that cannot use modern authentication should be published through an application proxy or a secure hybrid access solution, so that sign-in passes through the central identity provider with SSO, MFA and conditional access. Otherwise these applications remain islands with weak, separately managed credentials that attackers seek out as the easy way in.',
      ja: '最新の認証方式に対応できないレガシ アプリケーションやオンプレミスのアプリケーションを、アプリケーション プロキシやセキュア ハイブリッド アクセスのソリューションを通じて公開し、一元的な ID プロバイダーによる SSO、MFA、条件付きアクセスを経てサインインさせることを求めます。そうしないと、これらのアプリケーションは弱く個別に管理された資格情報を持つ孤立した存在となり、侵入口として攻撃者に狙われます。',
    },
  },
  {
    id: 'PA-1', title: 'Separate and limit highly privileged/administrative users', section: 'Privileged access',
    titleJa: '高い特権を持つユーザー/管理ユーザーを分離して制限する',
    description: {
      en: 'Keep the number of users holding highly privileged roles, such as Global Administrator or subscription Owner, to a minimum, and give administrators dedicated admin accounts that are not used for email or everyday work. A few dedicated privileged accounts shrink the attack surface and keep a phished everyday account from turning into control of the whole environment.',
      ja: 'グローバル管理者やサブスクリプションの所有者など高い特権を持つロールのユーザー数を最小限に抑え、管理者にはメールや日常業務に使わない管理専用のアカウントを割り当てることを求めます。特権アカウントを少数の専用アカウントに限ることで攻撃対象が減り、フィッシングされた日常用アカウントから環境全体が掌握されることを防げます。',
    },
  },
  {
    id: 'PA-2', title: 'Avoid standing access for user accounts and permissions', section: 'Privileged access',
    titleJa: 'ユーザー アカウントと権限への常時アクセスを避ける',
    description: {
      en: 'Privileged permissions should be granted just in time, activated for a limited period with approval or justification (for example through Privileged Identity Management), rather than assigned permanently; the same applies to standing network access such as management ports left open. Standing privilege is available to an attacker the moment an account is compromised, while just-in-time access narrows that window.',
      ja: '特権は常時割り当てるのではなく、Privileged Identity Management などを用いて、承認や理由の記録を伴い一定時間だけ有効にする Just-In-Time 方式で付与することを求めます。管理ポートを常時開けておくといったネットワーク面の常時アクセスも同様です。常時付与された特権はアカウントが侵害された瞬間に攻撃者に使われてしまいますが、Just-In-Time 方式ならその機会を狭められます。',
    },
  },
  {
    id: 'PA-3', title: 'Manage lifecycle of identities and entitlements', section: 'Privileged access',
    titleJa: 'ID と権限のライフサイクルを管理する',
    description: {
      en: 'Accounts and access rights should be created, changed and removed through an automated, governed process tied to joiners, movers and leavers, with access requests and expiry dates managed rather than rights granted ad hoc. Without lifecycle management, people keep access after changing role or leaving, and orphaned accounts pile up as ready-made footholds.',
      ja: '入社・異動・退職と連動した、自動化され統制されたプロセスでアカウントとアクセス権を作成・変更・削除し、場当たり的に付与するのではなくアクセス申請と有効期限を管理することを求めます。ライフサイクル管理がないと異動や退職の後もアクセス権が残り、放置されたアカウントが攻撃者にとって格好の足場として積み上がっていきます。',
    },
  },
  {
    id: 'PA-4', title: 'Review and reconcile user access regularly', section: 'Privileged access',
    titleJa: 'ユーザー アクセスを定期的にレビューして調整する',
    description: {
      en: 'Privileged and ordinary access, including guest and service accounts, should be reviewed on a regular schedule by owners who can confirm it is still needed, and access that is no longer needed removed. Permissions accumulate over time, and periodic review is what catches the excess rights and stale accounts that provisioning processes miss.',
      ja: 'ゲストやサービス アカウントを含む特権アクセスと通常のアクセスを、必要性を判断できる責任者が定期的にレビューし、不要になったものを削除することを求めます。権限は時間とともに積み重なるため、付与のプロセスでは見逃される過剰な権限や使われていないアカウントを見つけるには定期的なレビューが欠かせません。',
    },
  },
  {
    id: 'PA-5', title: 'Set up emergency access', section: 'Privileged access',
    titleJa: '緊急アクセスを設定する',
    description: {
      en: 'Keep a small number of emergency (break-glass) accounts that can restore administrative access when normal sign-in fails, for example when MFA or federation is unavailable, with strongly protected credentials and an alert on every use. Without them, an outage or a misconfigured policy can lock every administrator out; unmonitored, they become a powerful back door.',
      ja: 'MFA やフェデレーションが使えないなど通常のサインインができない場合に管理アクセスを回復できる緊急用（ブレークグラス）アカウントを少数用意し、資格情報を厳重に保護するとともに、使用されたら必ずアラートが上がるようにすることを求めます。これがないと障害やポリシーの設定ミスで全管理者が締め出されるおそれがあり、逆に監視がなければ強力な裏口となってしまいます。',
    },
  },
  {
    id: 'PA-6', title: 'Use privileged access workstations', section: 'Privileged access',
    titleJa: '特権アクセス ワークステーションを使用する',
    description: {
      en: "Administrative tasks should be performed from hardened, isolated devices (privileged access workstations) that are kept away from email and web browsing, or through a managed bastion service. An administrator's everyday laptop is exposed to phishing and malware, and anything running on it can hijack privileged sessions.",
      ja: '管理作業は、強化され、メールや Web 閲覧から切り離された専用の端末（特権アクセス ワークステーション）や、管理された踏み台サービスから行うことを求めます。管理者の日常用 PC はフィッシングやマルウェアにさらされており、そこで動く不正なプログラムに特権セッションを乗っ取られるおそれがあります。',
    },
  },
  {
    id: 'PA-7', title: 'Follow just enough administration (least privilege) principle', section: 'Privileged access',
    titleJa: '必要最小限の管理（最小特権）の原則に従う',
    description: {
      en: 'Users and workloads should receive only the permissions their task needs, at the narrowest scope, through fine-grained built-in or custom roles rather than broad roles such as Owner or Contributor across a subscription. Least privilege limits what a compromised account or a mistake can do, keeping the blast radius of any single identity small.',
      ja: 'ユーザーやワークロードには、サブスクリプション全体の所有者や共同作成者といった広範なロールではなく、きめ細かな組み込みロールやカスタム ロールを使い、作業に必要な権限だけを最も狭い範囲で付与することを求めます。最小特権により、侵害されたアカウントや操作ミスが及ぼす影響を抑え、1 つの ID が侵害されたときの被害範囲を小さく保てます。',
    },
  },
  {
    id: 'PA-8', title: 'Determine access process for cloud provider support', section: 'Privileged access',
    titleJa: 'クラウド プロバイダーのサポートによるアクセスの手順を定める',
    description: {
      en: "Decide how the cloud provider's support engineers may access your data when you open a support case, and use features such as Customer Lockbox so that such access requires your explicit approval. This keeps provider-side access to customer data under your control and on record, which matters for sensitive data and regulatory obligations.",
      ja: 'サポート ケースの対応でクラウド プロバイダーのサポート エンジニアが自社のデータにアクセスする場合の手順を定め、カスタマー ロックボックスなどの機能で明示的な承認を必須にすることを求めます。これにより、プロバイダー側からの顧客データへのアクセスを自社の管理下に置いて記録でき、機密データの保護や規制への対応に役立ちます。',
    },
  },
  {
    id: 'DP-1', title: 'Discover, classify, and label sensitive data', section: 'Data protection',
    titleJa: '機密データを検出、分類し、ラベル付けする',
    description: {
      en: 'Know where sensitive data lives by discovering it with scanning tools, classifying it and applying sensitivity labels. Encryption, access control and monitoring cannot be matched to data nobody knows exists, so discovery and classification underpin every other data protection control.',
      ja: 'スキャン ツールで機密データを検出して分類し、秘密度ラベルを付けることで、機密データの所在を把握することを求めます。存在を把握していないデータには適切な暗号化、アクセス制御、監視を適用できないため、検出と分類は他のすべてのデータ保護対策の土台となります。',
    },
  },
  {
    id: 'DP-2', title: 'Monitor anomalies and threats targeting sensitive data', section: 'Data protection',
    titleJa: '機密データを狙う異常と脅威を監視する',
    description: {
      en: 'Monitor data stores for anomalous activity that may indicate exfiltration or attack, such as access from unusual locations, mass downloads or injection attempts, using threat protection for storage and databases and, where required, data loss prevention. Catching these signals early turns a silent data breach into an incident that can still be stopped.',
      ja: 'ストレージやデータベース向けの脅威保護や、必要に応じてデータ損失防止（DLP）を使い、普段と異なる場所からのアクセス、大量のダウンロード、インジェクションの試行など、データの持ち出しや攻撃を示す異常な活動を監視することを求めます。こうした兆候を早期に捉えることで、気付かれないまま進むデータ漏えいを、まだ食い止められるインシデントに変えられます。',
    },
  },
  {
    id: 'DP-3', title: 'Encrypt sensitive data in transit', section: 'Data protection',
    titleJa: '転送中の機密データを暗号化する',
    description: {
      en: 'Data crossing networks should be encrypted with TLS 1.2 or later: enforce HTTPS and secure transfer on services, and use SSH, RDP over TLS or SFTP/FTPS instead of unencrypted protocols. Unencrypted traffic can be captured or modified by anyone on the path, exposing credentials and data.',
      ja: 'ネットワークを流れるデータを TLS 1.2 以降で暗号化することを求めます。各サービスで HTTPS と安全な転送を強制し、暗号化されないプロトコルの代わりに SSH、TLS 上の RDP、SFTP/FTPS を使います。暗号化されていない通信は経路上の第三者に傍受・改ざんされ、資格情報やデータが漏えいするおそれがあります。',
    },
  },
  {
    id: 'DP-4', title: 'Enable data at rest encryption by default', section: 'Data protection',
    titleJa: '保存データの暗号化を既定で有効にする',
    description: {
      en: 'All data at rest, in storage, databases, disks and backups, should be encrypted; most cloud services do this by default with platform-managed keys, so the task is to make sure it is on wherever it is optional, such as virtual machine disks and encryption at host. At-rest encryption protects data if the underlying media, snapshots or backups are read outside the normal access controls.',
      ja: 'ストレージ、データベース、ディスク、バックアップなどに保存されたすべてのデータを暗号化することを求めます。多くのクラウド サービスはプラットフォーム管理キーで既定で暗号化するため、仮想マシンのディスクやホストでの暗号化のように任意となっている箇所で有効になっていることを確認します。保存時の暗号化は、媒体、スナップショット、バックアップが通常のアクセス制御を経ずに読み取られた場合にもデータを守ります。',
    },
  },
  {
    id: 'DP-5', title: 'Use customer-managed key option in data at rest encryption when required', section: 'Data protection',
    titleJa: '必要に応じて保存データの暗号化にカスタマー マネージド キーを使用する',
    description: {
      en: 'Where regulation or policy requires it, encrypt data at rest with customer-managed keys held in Key Vault or Managed HSM rather than only with platform-managed keys. Customer-managed keys put rotation, access and revocation of the key under your control, so disabling the key can make the data unreadable, but they also make you responsible for managing the key well.',
      ja: '規制や社内方針で求められる場合は、プラットフォーム管理キーだけでなく、Key Vault や Managed HSM に保持するカスタマー マネージド キーで保存データを暗号化することを求めます。カスタマー マネージド キーではキーのローテーション、アクセス、失効を自社で制御でき、キーを無効にすればデータを読めなくできますが、その分キーを適切に管理する責任も負います。',
    },
  },
  {
    id: 'DP-6', title: 'Use a secure key management process', section: 'Data protection',
    titleJa: '安全なキー管理プロセスを使用する',
    description: {
      en: 'Cryptographic keys should be managed under a documented standard that covers generation, distribution, storage, rotation and revocation, in a key management service rather than ad-hoc key files, with expiry dates set and keys rotated on schedule. Keys that never rotate, never expire or are copied around undermine whatever encryption depends on them.',
      ja: 'キーの生成、配布、保管、ローテーション、失効を定めた標準に従い、場当たり的なキー ファイルではなくキー管理サービスで暗号キーを管理し、有効期限を設定して計画的にローテーションすることを求めます。ローテーションも有効期限もなく、あちこちにコピーされたキーは、それに依存する暗号化の効果を損ないます。',
    },
  },
  {
    id: 'DP-7', title: 'Use a secure certificate management process', section: 'Data protection',
    titleJa: '安全な証明書管理プロセスを使用する',
    description: {
      en: 'Certificates should be created, stored and renewed through a managed process, for example in Key Vault with automatic renewal, using approved authorities, adequate key sizes and sensible validity periods, and avoiding self-signed or wildcard certificates for critical services. Expired certificates cause outages, and weak or unmanaged ones undermine the authentication that TLS relies on.',
      ja: '承認された認証局、十分なキー長、適切な有効期間を用い、重要なサービスでは自己署名証明書やワイルドカード証明書を避けたうえで、Key Vault の自動更新などの管理されたプロセスで証明書を作成・保管・更新することを求めます。証明書の期限切れはサービス停止を招き、脆弱な証明書や管理されていない証明書は TLS が頼る認証の信頼性を損ないます。',
    },
  },
  {
    id: 'DP-8', title: 'Ensure security of key and certificate repository', section: 'Data protection',
    titleJa: 'キーと証明書のリポジトリのセキュリティを確保する',
    description: {
      en: 'The vault that holds keys, secrets and certificates must itself be hardened with least-privilege RBAC and separation of duties, private network access, logging, soft delete and purge protection, and threat detection. If the vault is compromised or emptied, every service relying on those keys loses its protection, or its data becomes unrecoverable.',
      ja: 'キー、シークレット、証明書を保管する Key Vault などのコンテナー自体を、職務分離を伴う最小特権の RBAC、プライベート ネットワークからのアクセス、ログ記録、論理的な削除と消去保護、脅威検出によって強化することを求めます。コンテナーが侵害されたり中身が削除されたりすると、そのキーに依存するすべてのサービスが保護を失うか、データを復元できなくなります。',
    },
  },
  {
    id: 'AM-1', title: 'Track asset inventory and their risks', section: 'Asset management',
    titleJa: '資産のインベントリとそのリスクを追跡する',
    description: {
      en: 'Keep a continuously updated inventory of all cloud resources, organized with tags and management groups, and give the security team read access to it and to aggregated security findings. Resources nobody knows about cannot be protected or assessed, and security teams need this view to gauge exposure to new threats.',
      ja: 'すべてのクラウド リソースについて、タグや管理グループで整理された常に最新のインベントリを維持し、セキュリティ チームがそれと集約されたセキュリティの検出結果を閲覧できるようにすることを求めます。把握していないリソースは保護も評価もできず、新たな脅威への影響を見極めるにはこの全体像が欠かせません。',
    },
  },
  {
    id: 'AM-2', title: 'Use only approved services', section: 'Asset management',
    titleJa: '承認されたサービスのみを使用する',
    description: {
      en: 'Restrict which cloud services and resource types can be deployed, using policy to audit or deny unapproved ones and alerts when they appear. Services that have not been reviewed may lack the required security configuration or fall outside monitoring, becoming unmanaged risk.',
      ja: 'ポリシーで承認されていないサービスやリソースの種類を監査または拒否し、出現したら通知されるようにして、デプロイできるクラウド サービスを制限することを求めます。審査されていないサービスは必要なセキュリティ設定を欠いていたり監視の対象外になっていたりして、管理されないリスクとなります。',
    },
  },
  {
    id: 'AM-3', title: 'Ensure security of asset lifecycle management', section: 'Asset management',
    titleJa: '資産のライフサイクル管理のセキュリティを確保する',
    description: {
      en: "Security attributes and configuration should stay correct throughout an asset's life, with processes for high-impact changes (identity, data sensitivity, network configuration, privileges) and for removing resources that are no longer needed. Forgotten, unused resources keep their permissions and exposure but no longer get attention, which makes them easy targets.",
      ja: '資産のライフサイクル全体を通じてセキュリティ属性や構成を正しく保つため、ID、データの機密度、ネットワーク構成、特権などに関わる影響の大きい変更の手順と、不要になったリソースを削除する手順を整備することを求めます。忘れられた未使用のリソースは権限や公開状態を保ったまま誰にも顧みられず、格好の標的となります。',
    },
  },
  {
    id: 'AM-4', title: 'Limit access to asset management', section: 'Asset management',
    titleJa: '資産管理へのアクセスを制限する',
    description: {
      en: 'Limit who can use the management plane to create, change and delete resources, through RBAC, conditional access for the management portal and APIs, and resource locks on critical assets. This prevents accidental or malicious modification or deletion of resources by users who do not need that capability.',
      ja: 'RBAC、管理ポータルや API に対する条件付きアクセス、重要な資産へのリソース ロックなどにより、リソースの作成・変更・削除を行える管理プレーンの利用者を制限することを求めます。これにより、その権限を必要としないユーザーによる誤った、あるいは悪意のある変更や削除を防げます。',
    },
  },
  {
    id: 'AM-5', title: 'Use only approved applications in virtual machine', section: 'Asset management',
    titleJa: '仮想マシンでは承認されたアプリケーションのみを使用する',
    description: {
      en: 'Virtual machines should run only authorized software, enforced with application allow-listing and backed by software inventory and change tracking. Blocking unapproved executables keeps malware and unlicensed or vulnerable tools from running even when they reach the machine.',
      ja: 'アプリケーションの許可リストで強制し、ソフトウェア インベントリと変更追跡で裏付けることで、仮想マシンでは承認されたソフトウェアだけを実行させることを求めます。承認されていない実行ファイルをブロックすれば、マルウェアやライセンスのない、あるいは脆弱なツールがマシンに届いても実行させずに済みます。',
    },
  },
  {
    id: 'LT-1', title: 'Enable threat detection capabilities', section: 'Logging and threat detection',
    titleJa: '脅威検出機能を有効にする',
    description: {
      en: 'Turn on native threat detection for cloud workloads, such as the Microsoft Defender for Cloud plans for servers, storage, databases, containers and Key Vault, and feed the alerts into security operations. These services use behavioural analytics and threat intelligence to spot exploitation, malware and suspicious access that configuration checks cannot see.',
      ja: 'サーバー、ストレージ、データベース、コンテナー、Key Vault などを対象とする Microsoft Defender for Cloud の各プランのような、クラウド ワークロード向けのネイティブな脅威検出を有効にし、アラートをセキュリティ運用に取り込むことを求めます。これらのサービスは行動分析と脅威インテリジェンスにより、構成チェックでは見えない脆弱性の悪用、マルウェア、不審なアクセスを検出します。',
    },
  },
  {
    id: 'LT-2', title: 'Enable threat detection for identity and access management', section: 'Logging and threat detection',
    titleJa: 'ID とアクセス管理の脅威検出を有効にする',
    description: {
      en: 'Monitor sign-ins and identity activity for signs of compromise, such as risky sign-ins, impossible travel, leaked credentials and anomalous privileged actions, using identity protection and identity threat detection services. Most cloud attacks start with a stolen identity, so detecting it early is one of the most effective ways to stop an intrusion.',
      ja: 'ID 保護や ID の脅威検出サービスを使い、危険なサインイン、あり得ない移動、漏えいした資格情報、特権の異常な操作など、侵害の兆候がないかサインインと ID の活動を監視することを求めます。クラウドへの攻撃の多くは ID の窃取から始まるため、それを早期に検出することは侵入を食い止める最も効果的な手段の一つです。',
    },
  },
  {
    id: 'LT-3', title: 'Enable logging for security investigation', section: 'Logging and threat detection',
    titleJa: 'セキュリティ調査のためにログ記録を有効にする',
    description: {
      en: 'Enable the logs an investigation needs: activity logs for management operations, resource (diagnostic) logs for data-plane access, and identity sign-in and audit logs. Without them there is no record of who did what, so an attack cannot be reconstructed and alerts cannot be verified.',
      ja: '管理操作を記録するアクティビティ ログ、データ プレーンへのアクセスを記録するリソース（診断）ログ、ID のサインイン ログと監査ログなど、調査に必要なログを有効にすることを求めます。これがないと誰が何をしたかの記録が残らず、攻撃の経緯を再構成することもアラートを検証することもできません。',
    },
  },
  {
    id: 'LT-4', title: 'Enable network logging for security investigation', section: 'Logging and threat detection',
    titleJa: 'セキュリティ調査のためにネットワークのログ記録を有効にする',
    description: {
      en: 'Collect network logs, such as NSG or virtual network flow logs, firewall and WAF logs, and DNS query logs, and send them for analysis. Network records reveal lateral movement, command-and-control connections and exfiltration paths that host and application logs alone do not show.',
      ja: 'NSG や仮想ネットワークのフロー ログ、ファイアウォールや WAF のログ、DNS クエリのログなどネットワークのログを収集し、分析基盤に送ることを求めます。ネットワークの記録は、ホストやアプリケーションのログだけでは見えない横展開、C2 通信、データ持ち出しの経路を明らかにします。',
    },
  },
  {
    id: 'LT-5', title: 'Centralize security log management and analysis', section: 'Logging and threat detection',
    titleJa: 'セキュリティ ログの管理と分析を一元化する',
    description: {
      en: 'Send logs and alerts from all sources to a central workspace and SIEM, such as a Log Analytics workspace with Microsoft Sentinel, where they can be correlated, queried and alerted on. Scattered logs make it impossible to follow an attack across services, and correlation is what turns individual events into detected incidents.',
      ja: 'すべてのソースからのログとアラートを、Log Analytics ワークスペースと Microsoft Sentinel のような一元的なワークスペースと SIEM に集約し、相関分析、検索、アラートの生成を行えるようにすることを求めます。ログが散在しているとサービスをまたぐ攻撃を追跡できず、個々のイベントをインシデントとして検出できるのは相関分析があってこそです。',
    },
  },
  {
    id: 'LT-6', title: 'Configure log storage retention', section: 'Logging and threat detection',
    titleJa: 'ログの保存期間を構成する',
    description: {
      en: 'Set log retention to meet investigation and compliance needs, keeping logs long enough (often a year or more, with archive storage for the long term) instead of relying on short defaults. Breaches are often discovered months after they begin, and logs that have already expired cannot be investigated.',
      ja: '短い既定値に頼らず、調査とコンプライアンスの要件を満たす期間（多くの場合 1 年以上、長期分はアーカイブ ストレージを利用）ログを保持するよう保存期間を設定することを求めます。侵害は発生から数か月後に発覚することが多く、すでに削除されたログは調査できません。',
    },
  },
  {
    id: 'LT-7', title: 'Use approved time synchronization sources', section: 'Logging and threat detection',
    titleJa: '承認された時刻同期ソースを使用する',
    description: {
      en: "Systems should synchronize their clocks with trusted, approved time sources, such as the provider's default time service, so that timestamps agree across logs. Consistent time is essential for correlating events from different systems during an investigation and for time-sensitive authentication to work.",
      ja: 'ログのタイムスタンプがそろうよう、プロバイダーの既定の時刻サービスなど、信頼され承認された時刻ソースとシステムの時計を同期することを求めます。時刻の一貫性は、調査の際に複数のシステムのイベントを突き合わせるためにも、時刻に依存する認証を正しく機能させるためにも欠かせません。',
    },
  },
  {
    id: 'IR-1', title: 'Preparation – update incident response plan and handling process', section: 'Incident response',
    titleJa: '準備：インシデント対応計画と対応プロセスを更新する',
    description: {
      en: 'Maintain an incident response plan and playbooks that reflect the cloud environment, including the shared responsibility with the provider, cloud-specific evidence sources and contacts, and exercise them regularly. A plan written only for on-premises systems leaves responders unsure what to collect, whom to call and which tools to use when a cloud incident happens.',
      ja: 'プロバイダーとの責任共有、クラウド固有の証拠の取得元、連絡先など、クラウド環境を反映したインシデント対応計画とプレイブックを整備し、定期的に訓練することを求めます。オンプレミス向けに作られた計画のままでは、クラウドでインシデントが起きたときに何を収集し、誰に連絡し、どのツールを使うべきかを対応者が判断できません。',
    },
  },
  {
    id: 'IR-2', title: 'Preparation – setup incident notification', section: 'Incident response',
    titleJa: '準備：インシデント通知を設定する',
    description: {
      en: "Configure security contacts and alert notifications so that security alerts and the provider's incident notices reach the right people promptly, for example email notification of high-severity alerts to the security team and subscription owners. An alert that nobody receives cannot be acted on, and every delay gives an attacker more time.",
      ja: '重大度の高いアラートをセキュリティ チームやサブスクリプションの所有者にメールで通知するなど、セキュリティ連絡先とアラート通知を設定し、セキュリティ アラートやプロバイダーからのインシデント通知が速やかに適切な担当者に届くようにすることを求めます。誰にも届かないアラートには対処できず、対応が遅れるほど攻撃者に時間を与えます。',
    },
  },
  {
    id: 'IR-3', title: 'Detection and analysis – create incidents based on high-quality alerts', section: 'Incident response',
    titleJa: '検出と分析：質の高いアラートに基づいてインシデントを作成する',
    description: {
      en: 'Create incidents from high-quality, tuned alerts drawn from multiple sources, and group related alerts into a single incident, to cut false positives and noise. Analysts buried in low-fidelity alerts miss the real ones, so alert quality directly decides whether an attack is noticed.',
      ja: '複数のソースから得た、調整済みの質の高いアラートに基づいてインシデントを作成し、関連するアラートを 1 つのインシデントにまとめて誤検知やノイズを減らすことを求めます。精度の低いアラートに埋もれたアナリストは本物の攻撃を見逃すため、アラートの質は攻撃に気付けるかどうかを直接左右します。',
    },
  },
  {
    id: 'IR-4', title: 'Detection and analysis – investigate an incident', section: 'Incident response',
    titleJa: '検出と分析：インシデントを調査する',
    description: {
      en: 'Make sure the security operations team can query and correlate diverse data, including identity, network and resource logs and snapshots of affected systems, to build a full picture of an incident, and protect that evidence from tampering. An investigation limited to one data source leaves blind spots about how the attacker got in and how far they reached.',
      ja: 'セキュリティ運用チームが ID、ネットワーク、リソースのログや影響を受けたシステムのスナップショットなど多様なデータを検索・相関分析してインシデントの全体像を把握できるようにし、その証拠を改ざんから守ることを求めます。単一のデータ ソースに限られた調査では、攻撃者の侵入経路や到達範囲に死角が残ります。',
    },
  },
  {
    id: 'IR-5', title: 'Detection and analysis – prioritize incidents', section: 'Incident response',
    titleJa: '検出と分析：インシデントに優先順位を付ける',
    description: {
      en: 'Prioritize incidents by alert severity and by the business importance of the affected resources, for example by tagging critical assets so that their alerts stand out. With limited analyst time, clear prioritization makes sure the most damaging incidents are handled first.',
      ja: 'アラートの重大度と、影響を受けるリソースの業務上の重要度に基づいてインシデントに優先順位を付けることを求めます。たとえば重要な資産にタグを付けて、そのアラートが目立つようにします。アナリストの時間が限られるなか、明確な優先順位付けによって最も被害の大きいインシデントから対処できます。',
    },
  },
  {
    id: 'IR-6', title: 'Containment, eradication and recovery – automate the incident handling', section: 'Incident response',
    titleJa: '封じ込め、根絶、復旧：インシデント対応を自動化する',
    description: {
      en: 'Automate repetitive response steps, such as enrichment, notification, isolating a machine or disabling an account, with workflow automation and playbooks (SOAR). Automation shortens the time between detection and containment and frees analysts for the complex work.',
      ja: '情報の付加、通知、マシンの隔離、アカウントの無効化など、繰り返し発生する対応作業をワークフローの自動化やプレイブック（SOAR）で自動化することを求めます。自動化により検出から封じ込めまでの時間が短縮され、アナリストは複雑な作業に集中できます。',
    },
  },
  {
    id: 'IR-7', title: 'Post-incident activity – conduct lesson learned and retain evidence', section: 'Incident response',
    titleJa: 'インシデント後の活動：教訓を得て証拠を保管する',
    description: {
      en: 'After major incidents, and periodically, review what happened to improve the response plan, detections and controls, and keep the collected evidence in tamper-resistant storage for the required period. Lessons learned keep the same incident from recurring, and retained evidence supports legal, regulatory and later investigative needs.',
      ja: '重大なインシデントの後や定期的に、何が起きたかを振り返って対応計画、検知ルール、対策を改善し、収集した証拠を改ざんされにくいストレージに必要な期間保管することを求めます。教訓を生かすことで同じインシデントの再発を防げ、保管した証拠は法的・規制上の要請や将来の調査に役立ちます。',
    },
  },
  {
    id: 'PV-1', title: 'Define and establish secure configurations', section: 'Posture and vulnerability management',
    titleJa: 'セキュリティで保護された構成を定義して確立する',
    description: {
      en: 'Define secure configuration baselines for each type of cloud resource, based on benchmarks and service security baselines, and deploy resources from them with templates or policy. Without a defined standard, every resource ends up configured differently and insecure defaults go unnoticed.',
      ja: 'ベンチマークやサービスごとのセキュリティ ベースラインに基づいてクラウド リソースの種類ごとに安全な構成のベースラインを定義し、テンプレートやポリシーを使ってそれに沿ってリソースをデプロイすることを求めます。標準が定義されていないと、リソースごとに構成がばらつき、安全でない既定値が見過ごされます。',
    },
  },
  {
    id: 'PV-2', title: 'Audit and enforce secure configurations', section: 'Posture and vulnerability management',
    titleJa: 'セキュリティで保護された構成を監査して適用する',
    description: {
      en: 'Continuously assess cloud resources against the defined baselines, and alert on, deny or automatically remediate deviations, using tools such as Azure Policy and Defender for Cloud recommendations. Configuration drifts through manual changes, and continuous auditing is what catches a storage account made public or a firewall rule opened up.',
      ja: 'Azure Policy や Defender for Cloud の推奨事項などを使い、定義したベースラインに照らしてクラウド リソースを継続的に評価し、逸脱があればアラート、拒否、自動修復を行うことを求めます。構成は手作業の変更で次第にずれていくため、ストレージが公開されたりファイアウォール ルールが開放されたりしたことに気付けるのは継続的な監査があってこそです。',
    },
  },
  {
    id: 'PV-3', title: 'Define and establish secure configurations for compute resources', section: 'Posture and vulnerability management',
    titleJa: 'コンピューティング リソースのセキュリティで保護された構成を定義して確立する',
    description: {
      en: 'Define hardened baselines for virtual machines and containers, covering operating system settings, images and container configuration, and build compute resources from approved, hardened images. Default OS images and container settings are built for compatibility rather than security, leaving unneeded services and weak settings in place.',
      ja: '仮想マシンやコンテナーについて、OS の設定、イメージ、コンテナーの構成を含む強化されたベースラインを定義し、承認済みの強化イメージからコンピューティング リソースを構築することを求めます。既定の OS イメージやコンテナーの設定はセキュリティより互換性を優先しており、不要なサービスや脆弱な設定が残ったままになります。',
    },
  },
  {
    id: 'PV-4', title: 'Audit and enforce secure configurations for compute resources', section: 'Posture and vulnerability management',
    titleJa: 'コンピューティング リソースのセキュリティで保護された構成を監査して適用する',
    description: {
      en: 'Continuously check virtual machines and containers against their hardened baselines, using guest (machine) configuration assessments and container posture checks, and remediate or alert on drift. This catches changes made inside the machine, which cloud-level configuration checks cannot see.',
      ja: 'ゲスト構成（マシン構成）の評価やコンテナーの態勢チェックを用いて、仮想マシンやコンテナーを強化ベースラインに照らして継続的にチェックし、逸脱を修復するかアラートを上げることを求めます。これにより、クラウド レベルの構成チェックでは見えないマシン内部の変更を捉えられます。',
    },
  },
  {
    id: 'PV-5', title: 'Perform vulnerability assessments', section: 'Posture and vulnerability management',
    titleJa: '脆弱性評価を実行する',
    description: {
      en: 'Regularly scan all cloud resources, including virtual machines, container images, databases and other services, with a vulnerability assessment solution, using authenticated scans where possible. Knowing which known weaknesses exist, and where, is the first step to fixing them before attackers exploit them.',
      ja: '脆弱性評価ソリューションを使い、可能であれば認証付きスキャンで、仮想マシン、コンテナー イメージ、データベースなどすべてのクラウド リソースの脆弱性を定期的にスキャンすることを求めます。どこにどのような既知の弱点があるかを把握することが、攻撃者に悪用される前に修正するための第一歩です。',
    },
  },
  {
    id: 'PV-6', title: 'Rapidly and automatically remediate vulnerabilities', section: 'Posture and vulnerability management',
    titleJa: '脆弱性を迅速かつ自動的に修復する',
    description: {
      en: 'Deploy patches and updates for operating systems, applications and container images quickly and automatically, prioritized by risk such as severity and exposure. Most attacks exploit vulnerabilities for which a fix already exists, so the speed of patching directly limits the window of exposure.',
      ja: 'OS、アプリケーション、コンテナー イメージのパッチと更新を、深刻度や公開状況などのリスクに基づいて優先順位を付けながら、迅速かつ自動的に適用することを求めます。攻撃の多くは修正がすでに公開されている脆弱性を狙うため、パッチ適用の速さがそのまま危険にさらされる期間の長さを決めます。',
    },
  },
  {
    id: 'PV-7', title: 'Conduct regular red team operations', section: 'Posture and vulnerability management',
    titleJa: '定期的にレッド チーム演習を実施する',
    description: {
      en: "Periodically run penetration tests and red team exercises against your cloud resources, within the provider's rules of engagement, to find weaknesses the way an attacker would. These exercises reveal chained weaknesses and detection gaps that automated scans and configuration checks miss.",
      ja: 'プロバイダーの実施ルールの範囲内で、攻撃者と同じ視点で弱点を見つけるため、クラウド リソースに対するペネトレーション テストやレッド チーム演習を定期的に実施することを求めます。こうした演習は、自動スキャンや構成チェックでは見逃される、複数の弱点の組み合わせや検知の抜けを明らかにします。',
    },
  },
  {
    id: 'ES-1', title: 'Use Endpoint Detection and Response (EDR)', section: 'Endpoint security',
    titleJa: 'エンドポイントの検出と対応（EDR）を使用する',
    description: {
      en: 'Deploy an endpoint detection and response solution on virtual machines, such as Microsoft Defender for Endpoint through Defender for Servers, and integrate its alerts with the SIEM. EDR records detailed host behaviour, detects advanced attacks that signature-based antivirus misses, and lets responders investigate and isolate compromised machines.',
      ja: 'Defender for Servers を通じた Microsoft Defender for Endpoint などのエンドポイントの検出と対応（EDR）ソリューションを仮想マシンに導入し、アラートを SIEM と連携させることを求めます。EDR はホスト上の挙動を詳細に記録し、シグネチャ型のウイルス対策では見逃される高度な攻撃を検出し、侵害されたマシンの調査や隔離を可能にします。',
    },
  },
  {
    id: 'ES-2', title: 'Use modern anti-malware software', section: 'Endpoint security',
    titleJa: '最新のマルウェア対策ソフトウェアを使用する',
    description: {
      en: 'Run anti-malware (endpoint protection) with real-time protection and periodic scanning on every virtual machine and server, and monitor that it is healthy. It blocks known malware at the moment of execution, a basic defence that any machine handling files or internet traffic needs.',
      ja: 'すべての仮想マシンとサーバーで、リアルタイム保護と定期スキャンを備えたマルウェア対策（エンドポイント保護）を実行し、正常に稼働していることを監視することを求めます。既知のマルウェアを実行の時点で遮断するもので、ファイルやインターネット通信を扱うあらゆるマシンに欠かせない基本的な防御です。',
    },
  },
  {
    id: 'ES-3', title: 'Ensure anti-malware software and signatures are updated', section: 'Endpoint security',
    titleJa: 'マルウェア対策ソフトウェアとシグネチャを最新の状態に保つ',
    description: {
      en: 'Anti-malware engines and signatures should be updated automatically and quickly on all endpoints, and agents that fall behind detected and fixed. Protection running on outdated signatures cannot recognize recent malware and gives a false sense of security.',
      ja: 'すべてのエンドポイントでマルウェア対策のエンジンとシグネチャを迅速かつ自動的に更新し、更新が滞ったエージェントを検出して修正することを求めます。古いシグネチャのままでは最近のマルウェアを認識できず、保護されているという誤った安心感を与えるだけになります。',
    },
  },
  {
    id: 'BR-1', title: 'Ensure regular automated backups', section: 'Backup and recovery',
    titleJa: '定期的な自動バックアップを確実に行う',
    description: {
      en: 'Business-critical resources such as virtual machines, databases and file shares should be backed up automatically on a schedule that meets recovery point objectives, with suitable retention and, where needed, geo-redundant copies. Regular backups are the last line of defence against ransomware, accidental deletion and corruption.',
      ja: '仮想マシン、データベース、ファイル共有など業務上重要なリソースを、目標復旧時点（RPO）を満たすスケジュールで自動的にバックアップし、適切な保持期間と必要に応じた地理冗長のコピーを確保することを求めます。定期的なバックアップは、ランサムウェア、誤削除、データ破損に対する最後の砦です。',
    },
  },
  {
    id: 'BR-2', title: 'Protect backup and recovery data', section: 'Backup and recovery',
    titleJa: 'バックアップと復旧のデータを保護する',
    description: {
      en: 'Backups should be protected against deletion, tampering and exfiltration: restrict and separate access with RBAC and MFA for critical operations, encrypt the data, and enable soft delete, immutability and private access on backup vaults. Attackers, ransomware operators in particular, deliberately go after backups, and unprotected backups fail exactly when they are needed.',
      ja: '重要な操作に対する RBAC と MFA によるアクセスの制限と分離、データの暗号化、バックアップ コンテナーでの論理的な削除、不変性、プライベート アクセスの有効化などにより、バックアップを削除、改ざん、持ち出しから守ることを求めます。攻撃者、特にランサムウェアの攻撃者はバックアップを意図的に狙うため、保護されていないバックアップは最も必要なときに役に立ちません。',
    },
  },
  {
    id: 'BR-3', title: 'Monitor backups', section: 'Backup and recovery',
    titleJa: 'バックアップを監視する',
    description: {
      en: 'Monitor that backups run and succeed, and alert on failures and on critical operations such as backup deletion or policy changes. Without monitoring, a backup job that has silently failed for weeks, or a backup deleted by an attacker, is only discovered at restore time.',
      ja: 'バックアップが実行され成功していることを監視し、失敗や、バックアップの削除・ポリシーの変更といった重要な操作に対してアラートを上げることを求めます。監視がなければ、何週間も黙って失敗しているバックアップや攻撃者に削除されたバックアップには、復元しようとするまで気付けません。',
    },
  },
  {
    id: 'BR-4', title: 'Regularly test backup', section: 'Backup and recovery',
    titleJa: 'バックアップを定期的にテストする',
    description: {
      en: 'Periodically perform test restores to confirm that data can actually be recovered and that recovery time and recovery point objectives are met. A backup that has never been restored is an assumption, not a recovery capability.',
      ja: '定期的にテスト復元を行い、データを実際に復旧できること、目標復旧時間（RTO）と目標復旧時点（RPO）を満たせることを確認することを求めます。一度も復元を試していないバックアップは、復旧能力ではなく単なる想定にすぎません。',
    },
  },
  {
    id: 'DS-1', title: 'Conduct threat modeling', section: 'DevOps security',
    titleJa: '脅威モデリングを実施する',
    description: {
      en: 'Perform threat modeling for applications and infrastructure at design time, and again when they change significantly, to identify threats and decide on mitigations. Finding a design flaw before code is written costs far less than fixing it after deployment or after an attack.',
      ja: '設計の段階や大きな変更の際に、アプリケーションとインフラストラクチャの脅威モデリングを行って脅威を特定し、緩和策を決めることを求めます。コードを書く前に設計上の欠陥を見つけるほうが、デプロイ後や攻撃を受けた後に修正するよりはるかに安く済みます。',
    },
  },
  {
    id: 'DS-2', title: 'Ensure software supply chain security', section: 'DevOps security',
    titleJa: 'ソフトウェア サプライ チェーンのセキュリティを確保する',
    description: {
      en: 'Know and control the third-party and open-source components your software depends on: keep an inventory such as an SBOM, scan dependencies for vulnerabilities and malicious packages, and pull only from trusted sources. A compromised or vulnerable dependency carries an attack straight into your build and production systems.',
      ja: 'SBOM などでインベントリを管理し、依存関係の脆弱性や悪意のあるパッケージをスキャンし、信頼できる入手元だけを使うことで、ソフトウェアが依存するサード パーティやオープン ソースのコンポーネントを把握・管理することを求めます。侵害された、あるいは脆弱な依存関係は、ビルド環境や本番環境に攻撃を直接持ち込みます。',
    },
  },
  {
    id: 'DS-3', title: 'Secure DevOps infrastructure', section: 'DevOps security',
    titleJa: 'DevOps インフラストラクチャを保護する',
    description: {
      en: 'Protect the DevOps platform itself, including source repositories, pipelines, build agents, service connections and artifact stores, with least-privilege access, branch protection, protected secrets and logging. Pipelines have the power to change production, so an attacker who controls them controls everything they deploy.',
      ja: 'ソース リポジトリ、パイプライン、ビルド エージェント、サービス接続、成果物ストアなど DevOps 基盤そのものを、最小特権のアクセス、ブランチ保護、シークレットの保護、ログ記録で守ることを求めます。パイプラインは本番環境を変更する力を持つため、それを掌握した攻撃者はデプロイされるものすべてを掌握できます。',
    },
  },
  {
    id: 'DS-4', title: 'Integrate static application security testing into DevOps pipeline', section: 'DevOps security',
    titleJa: '静的アプリケーション セキュリティ テストを DevOps パイプラインに統合する',
    description: {
      en: 'Run static application security testing (SAST), including code and secret scanning, automatically in the CI pipeline so that problems are caught before merge or deployment. Checking every change automatically finds vulnerable code patterns and leaked secrets early, when they are cheapest to fix.',
      ja: 'コード スキャンやシークレット スキャンを含む静的アプリケーション セキュリティ テスト（SAST）を CI パイプラインで自動実行し、マージやデプロイの前に問題を検出することを求めます。変更のたびに自動でチェックすることで、脆弱なコード パターンや漏えいしたシークレットを、修正のコストが最も低い早い段階で見つけられます。',
    },
  },
  {
    id: 'DS-5', title: 'Integrate dynamic application security testing into DevOps pipeline', section: 'DevOps security',
    titleJa: '動的アプリケーション セキュリティ テストを DevOps パイプラインに統合する',
    description: {
      en: 'Run dynamic application security testing (DAST) against the running application as part of the release pipeline, for example in a test or staging environment. DAST finds runtime problems, such as injection, authentication and configuration flaws, that are not visible in the source code.',
      ja: 'テスト環境やステージング環境などで、実行中のアプリケーションに対する動的アプリケーション セキュリティ テスト（DAST）をリリース パイプラインの一部として実行することを求めます。DAST は、インジェクション、認証、構成の不備など、ソース コードからは見えない実行時の問題を見つけます。',
    },
  },
  {
    id: 'DS-6', title: 'Enforce security of workload throughout DevOps lifecycle', section: 'DevOps security',
    titleJa: 'DevOps ライフサイクル全体を通じてワークロードのセキュリティを確保する',
    description: {
      en: 'Apply security checks at every stage from code through build, registry and deployment to runtime: scan infrastructure as code and container images, gate deployments on the results, and keep assessing running workloads. A workload that was secure at build time can still be deployed with a misconfiguration or become vulnerable later, so checking at a single stage is not enough.',
      ja: 'コード、ビルド、レジストリ、デプロイから実行時までのあらゆる段階でセキュリティ チェックを行うことを求めます。Infrastructure as Code やコンテナー イメージをスキャンし、その結果でデプロイを制御し、稼働中のワークロードも評価し続けます。ビルド時に安全でも誤った構成でデプロイされたり後から脆弱になったりするため、1 つの段階だけのチェックでは不十分です。',
    },
  },
  {
    id: 'DS-7', title: 'Enable logging and monitoring in DevOps', section: 'DevOps security',
    titleJa: 'DevOps でログ記録と監視を有効にする',
    description: {
      en: 'Collect and monitor audit logs from the DevOps platforms, covering events such as repository, pipeline and permission changes, and send them to the SIEM for alerting. Otherwise attacks on the software delivery chain, such as a tampered pipeline or unexpected repository access, stay invisible to security operations.',
      ja: 'リポジトリ、パイプライン、権限の変更などを記録する DevOps 基盤の監査ログを収集・監視し、SIEM に送ってアラートを生成できるようにすることを求めます。そうしないと、パイプラインの改ざんやリポジトリへの想定外のアクセスといったソフトウェア デリバリー チェーンへの攻撃が、セキュリティ運用から見えないままになります。',
    },
  },
  {
    id: 'GS-1', title: 'Align organization roles, responsibilities and accountabilities', section: 'Governance and strategy',
    titleJa: '組織の役割、責任、説明責任を整合させる',
    description: {
      en: 'Define and communicate who is responsible and accountable for each cloud security function and decision, and make sure teams understand the shared responsibility model with the cloud provider. Unclear ownership creates gaps where each team assumes another one is handling a control.',
      ja: 'クラウド セキュリティの各機能と意思決定について誰が責任と説明責任を負うかを定めて周知し、クラウド プロバイダーとの責任共有モデルをチームが理解していることを確認することを求めます。責任の所在が曖昧だと、各チームが他のチームが対策していると思い込み、抜け漏れが生じます。',
    },
  },
  {
    id: 'GS-2', title: 'Define and implement enterprise segmentation/separation of duties strategy', section: 'Governance and strategy',
    titleJa: '企業のセグメント化/職務分離の戦略を定義して実装する',
    description: {
      en: 'Establish an enterprise-wide strategy for segmenting access to assets, combining management groups, subscriptions, identity, network and application controls, and for separating duties, then apply it consistently. Segmentation limits how far an attacker or a mistake can spread, and separation of duties keeps any one person from holding unchecked power.',
      ja: '管理グループ、サブスクリプション、ID、ネットワーク、アプリケーションの制御を組み合わせて資産へのアクセスを分割し、職務を分離する全社的な戦略を確立し、一貫して適用することを求めます。セグメント化は攻撃者や操作ミスの影響が広がる範囲を抑え、職務分離は特定の個人が歯止めのない権限を持つことを防ぎます。',
    },
  },
  {
    id: 'GS-3', title: 'Define and implement data protection strategy', section: 'Governance and strategy',
    titleJa: 'データ保護戦略を定義して実装する',
    description: {
      en: 'Set an enterprise data protection strategy: a classification scheme with the controls each level requires, where sensitive data may reside, key management and data lifecycle policies, and minimizing how much sensitive data is kept. Data controls are then applied according to sensitivity rather than inconsistently from project to project.',
      ja: '分類レベルごとに必要な対策を定めたデータ分類体系、機密データを置いてよい場所、キー管理とデータのライフサイクルのポリシー、保持する機密データの最小化などを含む、全社的なデータ保護戦略を定めることを求めます。これにより、プロジェクトごとにばらばらではなく、データの機密度に応じた対策が適用されます。',
    },
  },
  {
    id: 'GS-4', title: 'Define and implement network security strategy', section: 'Governance and strategy',
    titleJa: 'ネットワーク セキュリティ戦略を定義して実装する',
    description: {
      en: 'Set a network security strategy covering segmentation, central management of network controls, connectivity to on-premises and other clouds, edge protection and how zero-trust principles apply. A consistent strategy keeps each team from building its own network design with its own gaps.',
      ja: 'セグメント化、ネットワーク制御の一元管理、オンプレミスや他のクラウドとの接続、境界での保護、ゼロ トラストの原則の適用方法などを含むネットワーク セキュリティ戦略を定めることを求めます。一貫した戦略があれば、各チームがそれぞれ抜けを抱えたネットワーク設計をばらばらに作ることを防げます。',
    },
  },
  {
    id: 'GS-5', title: 'Define and implement security posture management strategy', section: 'Governance and strategy',
    titleJa: 'セキュリティ態勢管理の戦略を定義して実装する',
    description: {
      en: 'Establish policies and standards for security configuration management and vulnerability management: secure baselines per resource type, continuous measurement and enforcement, risk-based remediation, and regular posture reviews with tools such as Secure Score. This makes posture management a continuous programme rather than a one-off assessment.',
      ja: 'リソースの種類ごとの安全なベースライン、継続的な測定と適用、リスクに基づく修復、セキュア スコアなどを使った定期的な態勢のレビューなど、セキュリティ構成管理と脆弱性管理のポリシーと標準を確立することを求めます。これにより、態勢管理を一度きりの評価ではなく継続的な取り組みにできます。',
    },
  },
  {
    id: 'GS-6', title: 'Define and implement identity and privileged access strategy', section: 'Governance and strategy',
    titleJa: 'ID と特権アクセスの戦略を定義して実装する',
    description: {
      en: 'Set an enterprise strategy for identity and privileged access: a centralized identity system, strong authentication, conditional access, least privilege and just-in-time administration, emergency access and regular access reviews. Identity is the main security perimeter in the cloud, so its design determines how well everything else is protected.',
      ja: '一元化された ID システム、強力な認証、条件付きアクセス、最小特権と Just-In-Time の管理、緊急アクセス、定期的なアクセス レビューなどを含む、ID と特権アクセスの全社的な戦略を定めることを求めます。クラウドでは ID が主要なセキュリティ境界であり、その設計が他のすべての保護の水準を左右します。',
    },
  },
  {
    id: 'GS-7', title: 'Define and implement logging, threat detection and incident response strategy', section: 'Governance and strategy',
    titleJa: 'ログ記録、脅威検出、インシデント対応の戦略を定義して実装する',
    description: {
      en: 'Set a strategy for logging, threat detection and incident response: which logs are collected and kept, how detections are centralized in a SIEM, and how incidents are handled, including cloud-specific processes and tooling. Without one, logging and detection coverage is patchy and responders lack the data and procedures they need.',
      ja: 'どのログを収集・保持するか、検出をどのように SIEM に集約するか、クラウド固有のプロセスやツールを含めてインシデントにどう対応するかなど、ログ記録、脅威検出、インシデント対応の戦略を定めることを求めます。これがないとログ記録や検出の範囲にむらが生じ、対応者は必要なデータや手順を欠くことになります。',
    },
  },
  {
    id: 'GS-8', title: 'Define and implement backup and recovery strategy', section: 'Governance and strategy',
    titleJa: 'バックアップと復旧の戦略を定義して実装する',
    description: {
      en: 'Define a backup and recovery strategy with recovery time and recovery point objectives for each workload, backup scope, protection of the backups and regular restore testing. Agreed objectives make sure the backup design matches what the business actually needs to survive an outage or a ransomware attack.',
      ja: 'ワークロードごとの目標復旧時間（RTO）と目標復旧時点（RPO）、バックアップの対象範囲、バックアップの保護、定期的な復元テストを含むバックアップと復旧の戦略を定めることを求めます。目標を合意しておくことで、障害やランサムウェア攻撃を乗り切るために事業が本当に必要とする水準にバックアップの設計を合わせられます。',
    },
  },
  {
    id: 'GS-9', title: 'Define and implement endpoint security strategy', section: 'Governance and strategy',
    titleJa: 'エンドポイント セキュリティ戦略を定義して実装する',
    description: {
      en: 'Set a strategy for endpoint security covering EDR, anti-malware, hardening and patching of cloud virtual machines and other endpoints, integrated with security operations. A consistent approach makes sure no class of machine is left without protection or visibility.',
      ja: 'クラウドの仮想マシンやその他のエンドポイントについて、EDR、マルウェア対策、強化、パッチ適用をセキュリティ運用と連携させて行うエンドポイント セキュリティの戦略を定めることを求めます。一貫した方針により、保護や可視性を欠いたまま放置される種類のマシンをなくせます。',
    },
  },
  {
    id: 'GS-10', title: 'Define and implement DevOps security strategy', section: 'Governance and strategy',
    titleJa: 'DevOps セキュリティ戦略を定義して実装する',
    description: {
      en: 'Set a DevSecOps strategy that builds security into the software lifecycle: threat modeling, supply chain security, automated security testing in pipelines, protection of the DevOps platform, and monitoring. Building security into how software is made is the only way it keeps pace with frequent, automated releases.',
      ja: '脅威モデリング、サプライ チェーンのセキュリティ、パイプラインでの自動セキュリティ テスト、DevOps 基盤の保護、監視などにより、ソフトウェアのライフサイクルにセキュリティを組み込む DevSecOps 戦略を定めることを求めます。頻繁に自動化されたリリースに追随するには、ソフトウェアの作り方そのものにセキュリティを組み込むしかありません。',
    },
  },
  {
    id: 'GS-11', title: 'Define and implement multi-cloud security strategy', section: 'Governance and strategy',
    titleJa: 'マルチクラウドのセキュリティ戦略を定義して実装する',
    description: {
      en: 'Where the organization uses more than one cloud, build multi-cloud into security governance: understand how the platforms differ, run security operations through common, central processes, and choose tooling that covers every cloud. Otherwise each cloud grows its own controls and blind spots, and the weakest one sets the overall level of security.',
      ja: '複数のクラウドを利用する組織では、プラットフォーム間の違いを理解し、共通の一元的なプロセスでセキュリティ運用を行い、すべてのクラウドを対象にできるツールを選ぶなど、マルチクラウドをセキュリティ ガバナンスに組み込むことを求めます。そうしないとクラウドごとに独自の対策と死角が生まれ、最も弱いクラウドが全体のセキュリティ水準を決めてしまいます。',
    },
  },
];
