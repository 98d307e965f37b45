/**
 * PCI DSS v3.2.1 and v4.0.1 requirements that mamori's rules map to (not the whole standard, and
 * not a coverage claim): id, principal requirement, a short title, a Japanese title and a short
 * description.
 *
 * The PCI DSS text is copyrighted by the PCI Security Standards Council, so nothing here is the
 * standard's wording: every title, section name and description is mamori's own short wording that
 * identifies the requirement, written against the requirement numbering of PCI DSS v3.2.1 (May 2018)
 * and v4.0.1 (June 2024). Read the standard itself for the authoritative requirement text.
 */
import type { FrameworkRequirement } from './types.js';

const V3_1 = '1 Firewall configuration protecting cardholder data';
const V3_2 = '2 No vendor-supplied defaults';
const V3_3 = '3 Protection of stored cardholder data';
const V3_4 = '4 Encryption of cardholder data over public networks';
const V3_7 = '7 Access limited by business need to know';
const V3_8 = '8 Identification and authentication of users';
const V3_10 = '10 Tracking and monitoring of access';
const V3_11 = '11 Regular testing of security systems';

export const PCI_DSS_3_2_1_CONTROLS: FrameworkRequirement[] = [
  {
    id: '1.2.1', section: V3_1, title: 'CDE traffic limited to what is necessary, all else denied', titleJa: 'CDEの送受信を必要な通信に限定し、他はすべて拒否',
    description: {
      en: 'Firewall and router rules must allow only the inbound and outbound traffic the cardholder data environment (CDE) actually needs and explicitly deny the rest. Overly permissive rules let attackers reach card data systems and let compromised systems talk to the outside.',
      ja: 'ファイアウォールやルーターのルールで、カード会員データ環境（CDE）が実際に必要とする送受信の通信だけを許可し、それ以外を明示的に拒否することを求めます。許可の広すぎるルールは、攻撃者がカードデータのシステムに到達したり、侵害されたシステムが外部と通信したりすることを許します。',
    },
  },
  {
    id: '1.3.1', section: V3_1, title: 'DMZ confines inbound traffic to authorized public services', titleJa: 'DMZで受信通信を認可された公開サービスに限定',
    description: {
      en: 'A DMZ must confine inbound traffic to the components that provide authorized public services, protocols and ports. Exposing any other component directly to the internet removes a layer of defence around cardholder data.',
      ja: 'DMZを設けて、受信通信を認可された公開サービス・プロトコル・ポートを提供するコンポーネントだけに限定することを求めます。それ以外のコンポーネントを直接インターネットに公開すると、カード会員データを守る防御の層が一つ失われます。',
    },
  },
  {
    id: '1.3.2', section: V3_1, title: 'Inbound internet traffic only to DMZ addresses', titleJa: 'インターネットからの受信はDMZ内のアドレスに限定',
    description: {
      en: 'Inbound traffic from the internet may only terminate at addresses inside the DMZ. Databases, functions or storage that are publicly reachable outside the DMZ give attackers a direct path to internal systems.',
      ja: 'インターネットからの受信通信の宛先を、DMZ内のアドレスだけに限定することを求めます。DMZの外で公開アクセス可能なデータベース、関数、ストレージは、攻撃者に内部システムへの直接の経路を与えます。',
    },
  },
  {
    id: '1.3.4', section: V3_1, title: 'No unauthorized outbound traffic from the CDE to the internet', titleJa: 'CDEからインターネットへの未承認の送信を禁止',
    description: {
      en: 'Traffic leaving the cardholder data environment for the internet must be explicitly authorized. Unrestricted egress allows card data to be exfiltrated and lets malware reach its command-and-control servers.',
      ja: 'カード会員データ環境からインターネットへ向かう通信は、明示的に認可されたものに限ることを求めます。外向き通信が無制限だと、カードデータの持ち出しやマルウェアによる指令サーバーとの通信を許してしまいます。',
    },
  },
  {
    id: '1.3.6', section: V3_1, title: 'Cardholder data stores kept in an internal network zone', titleJa: 'カード会員データの保存先を内部ネットワークゾーンに配置',
    description: {
      en: 'Components that store cardholder data must sit in an internal network zone, separated from the DMZ and other untrusted networks. A data store that is reachable from the internet, or published as a public snapshot, is only one step away from compromise.',
      ja: 'カード会員データを保存するコンポーネントを、DMZやその他の信頼できないネットワークから分離された内部ネットワークゾーンに配置することを求めます。インターネットから到達できる、あるいは公開スナップショットとして共有されたデータストアは、侵害まであと一歩の状態です。',
    },
  },
  {
    id: '2.1', section: V3_2, title: 'Vendor defaults changed and default accounts removed', titleJa: 'ベンダー既定値の変更と既定アカウントの削除',
    description: {
      en: 'Vendor-supplied default passwords and settings must be changed, and unneeded default accounts removed or disabled, before a system is put on the network. Defaults such as a permissive default security group or access keys on the root user are well known and easy to abuse.',
      ja: 'システムをネットワークに接続する前に、ベンダー提供の既定のパスワードや設定を変更し、不要な既定アカウントを削除または無効化することを求めます。許可の広い既定のセキュリティグループやルートユーザーのアクセスキーなどの既定値は広く知られており、悪用が容易です。',
    },
  },
  {
    id: '2.2', section: V3_2, title: 'Hardening standards for all system components', titleJa: '全システムコンポーネントの堅牢化標準',
    description: {
      en: 'Configuration standards based on industry-accepted hardening guidance must exist for every type of system component and address known security weaknesses. Consistent standards keep individual systems from being deployed with insecure settings.',
      ja: '業界で認められた堅牢化の指針に基づく構成標準を、すべての種類のシステムコンポーネントについて整備し、既知のセキュリティ上の弱点に対処することを求めます。一貫した標準により、個々のシステムが安全でない設定のまま展開されることを防ぎます。',
    },
  },
  {
    id: '2.2.2', section: V3_2, title: 'Only necessary services, protocols and daemons enabled', titleJa: '必要なサービス・プロトコル・デーモンのみを有効化',
    description: {
      en: 'Only the services, protocols and daemons a system needs for its function may be enabled. Unneeded services, such as SSH reachable from the internet, add attack surface with no business value.',
      ja: 'システムの機能に必要なサービス、プロトコル、デーモンだけを有効化することを求めます。インターネットから到達できるSSHなどの不要なサービスは、業務上の価値なく攻撃対象領域を広げます。',
    },
  },
  {
    id: '2.3', section: V3_2, title: 'Non-console administrative access encrypted', titleJa: '非コンソールの管理アクセスを暗号化',
    description: {
      en: 'All administrative access that does not happen at the console must be encrypted with strong cryptography. Administrative sessions over plain HTTP or other cleartext protocols expose credentials and commands to interception.',
      ja: 'コンソール以外から行う管理アクセスはすべて強力な暗号で暗号化することを求めます。平文のHTTPなど暗号化されていないプロトコルでの管理セッションは、認証情報やコマンドを盗聴にさらします。',
    },
  },
  {
    id: '2.4', section: V3_2, title: 'Inventory of in-scope system components', titleJa: '対象範囲のシステムコンポーネントのインベントリ',
    description: {
      en: 'An inventory of the system components in PCI DSS scope must be maintained. Forgotten resources, such as Elastic IP addresses no longer attached to anything, fall outside hardening and monitoring.',
      ja: 'PCI DSSの対象範囲にあるシステムコンポーネントのインベントリを維持することを求めます。どこにも関連付けられていないElastic IPアドレスなど、忘れられたリソースは堅牢化や監視の対象から外れます。',
    },
  },
  {
    id: '3.4', section: V3_3, title: 'PAN unreadable wherever stored', titleJa: '保存されたPANを読み取り不能にする',
    description: {
      en: 'The primary account number (PAN) must be unreadable wherever it is stored, including logs and backups, using methods such as strong encryption, truncation, tokenization or one-way hashing. Readable PAN in any store turns a data leak into a card compromise.',
      ja: 'ログやバックアップを含め、カード会員番号（PAN）を保存するすべての場所で、強力な暗号化、切り捨て、トークン化、一方向ハッシュなどにより読み取り不能にすることを求めます。どこかに読み取り可能なPANがあれば、データ漏えいがそのままカード情報の侵害になります。',
    },
  },
  {
    id: '3.6.4', section: V3_3, title: 'Keys changed at the end of their cryptoperiod', titleJa: '暗号期間の終了時に鍵を変更',
    description: {
      en: 'Cryptographic keys must be replaced when they reach the end of their defined cryptoperiod. Rotation limits how much data any one key protects and how long a leaked key remains useful.',
      ja: '暗号鍵を、定められた暗号期間の終了時に交換することを求めます。ローテーションにより、一つの鍵が保護するデータの量と、漏えいした鍵が悪用可能な期間を限定できます。',
    },
  },
  {
    id: '4.1', section: V3_4, title: 'Strong cryptography for cardholder data on public networks', titleJa: '公衆ネットワーク上のカード会員データに強力な暗号を使用',
    description: {
      en: 'Cardholder data sent over open, public networks must be protected with strong cryptography and secure protocols. Plain HTTP or weak TLS lets card data be read or altered in transit.',
      ja: '公開された公衆ネットワーク上で送信するカード会員データを、強力な暗号と安全なプロトコルで保護することを求めます。平文のHTTPや弱いTLSでは、カードデータが通信途中で読み取られたり改ざんされたりします。',
    },
  },
  {
    id: '7.2.1', section: V3_7, title: 'Access control system covers all system components', titleJa: 'アクセス制御システムが全システムコンポーネントを対象とする',
    description: {
      en: 'The access control system that enforces need to know must cover every system component. Anything left outside it, such as a publicly shared snapshot, an open function policy or an unrestricted administrator policy, is effectively open to whoever finds it.',
      ja: '知る必要性に基づくアクセス制御の仕組みが、すべてのシステムコンポーネントを対象とすることを求めます。公開共有されたスナップショット、誰でも呼び出せる関数ポリシー、制限のない管理者ポリシーなど、その外に残されたものは見つけた者に事実上開かれています。',
    },
  },
  {
    id: '8.1.4', section: V3_8, title: 'Inactive accounts removed or disabled within 90 days', titleJa: '90日間使用されていないアカウントの削除・無効化',
    description: {
      en: 'User accounts that have not been used for 90 days must be removed or disabled. Dormant credentials can be abused without their owner ever noticing.',
      ja: '90日間使用されていないユーザーアカウントを削除または無効化することを求めます。使われていない認証情報は、持ち主に気付かれないまま悪用されるおそれがあります。',
    },
  },
  {
    id: '8.3.1', section: V3_8, title: 'MFA for administrative non-console access to the CDE', titleJa: 'CDEへの管理者の非コンソールアクセスにMFA',
    description: {
      en: 'Personnel with administrative access must use multi-factor authentication for all non-console access into the cardholder data environment. A stolen administrator password alone must not be enough to reach card data.',
      ja: '管理者権限を持つ担当者がカード会員データ環境へコンソール以外からアクセスする際は、必ず多要素認証を用いることを求めます。盗まれた管理者パスワードだけでカードデータに到達できてはなりません。',
    },
  },
  {
    id: '10.3.3', section: V3_10, title: 'Audit records include date and time', titleJa: '監査記録に日時を含める',
    description: {
      en: 'Every audit record must carry the date and time of the event. Accurate timestamps are what allow activity to be sequenced and correlated during an investigation.',
      ja: 'すべての監査記録にイベントの日時を含めることを求めます。正確なタイムスタンプがあってこそ、調査時に活動を順序付けて相関させられます。',
    },
  },
  {
    id: '10.3.4', section: V3_10, title: 'Audit records include success or failure', titleJa: '監査記録に成否を含める',
    description: {
      en: 'Every audit record must show whether the action succeeded or failed. Failures reveal probing and brute-force attempts, while successes show what an attacker actually achieved.',
      ja: 'すべての監査記録に、操作が成功したか失敗したかを含めることを求めます。失敗は探索やブルートフォースの試みを、成功は攻撃者が実際に何を成し遂げたかを示します。',
    },
  },
  {
    id: '10.3.5', section: V3_10, title: 'Audit records include the origin of the event', titleJa: '監査記録にイベントの発生源を含める',
    description: {
      en: 'Every audit record must identify where the event came from, such as a source address or component. Knowing the origin lets investigators trace activity back to a compromised host or an outside attacker.',
      ja: 'すべての監査記録に、送信元アドレスやコンポーネントなどイベントの発生源を含めることを求めます。発生源がわかれば、調査担当者は侵害されたホストや外部の攻撃者まで活動をたどれます。',
    },
  },
  {
    id: '10.3.6', section: V3_10, title: 'Audit records identify the affected data or resource', titleJa: '監査記録に影響を受けたデータやリソースを含める',
    description: {
      en: 'Every audit record must name the data, system component or resource affected. Without it, investigators cannot tell what was accessed or changed.',
      ja: 'すべての監査記録に、影響を受けたデータ、システムコンポーネント、リソースを含めることを求めます。これがなければ、調査担当者は何にアクセスされ何が変更されたのかを判断できません。',
    },
  },
  {
    id: '10.5.2', section: V3_10, title: 'Audit trails protected from unauthorized modification', titleJa: '監査証跡を不正な変更から保護',
    description: {
      en: 'Audit trail files must be protected against unauthorized modification. An attacker who can edit logs can erase the evidence of what they did.',
      ja: '監査証跡のファイルを不正な変更から保護することを求めます。ログを編集できる攻撃者は、自らの行動の証拠を消し去れます。',
    },
  },
  {
    id: '10.5.3', section: V3_10, title: 'Audit trails promptly backed up to a central log store', titleJa: '監査証跡を集中ログ保管先へ速やかにバックアップ',
    description: {
      en: 'Audit trail files must be copied promptly to a central log server or to media that is hard to alter. Central copies survive even if the system that produced them is compromised or wiped.',
      ja: '監査証跡のファイルを、集中ログサーバーや改変の難しい媒体へ速やかに複製することを求めます。集中保管された複製は、生成元のシステムが侵害や消去に遭っても失われません。',
    },
  },
  {
    id: '10.5.5', section: V3_10, title: 'Integrity monitoring or change detection on logs', titleJa: 'ログに対する完全性監視または変更検知',
    description: {
      en: 'File-integrity monitoring or change-detection software must watch the logs so that changes to existing log data raise an alert. Integrity validation exposes log tampering that would otherwise go unseen.',
      ja: 'ファイル完全性監視や変更検知のソフトウェアでログを監視し、既存のログデータが変更されたら警告が出るようにすることを求めます。完全性の検証により、見過ごされがちなログの改ざんを明らかにできます。',
    },
  },
  {
    id: '11.4', section: V3_11, title: 'Intrusion detection or prevention in use', titleJa: '侵入検知・侵入防止の実施',
    description: {
      en: 'Intrusion-detection or intrusion-prevention techniques must watch traffic at the perimeter and at critical points of the cardholder data environment, alert personnel to suspected compromises and be kept up to date. Without them, network intrusions proceed undetected.',
      ja: '侵入検知または侵入防止の技術で、カード会員データ環境の境界と重要な地点のトラフィックを監視し、侵害の疑いを担当者に警告し、検知内容を最新に保つことを求めます。これがなければ、ネットワークへの侵入が検知されないまま進行します。',
    },
  },
  {
    id: '11.5', section: V3_11, title: 'Change detection on critical files', titleJa: '重要ファイルの変更検知',
    description: {
      en: 'A change-detection mechanism, such as file-integrity monitoring, must alert personnel to unauthorized changes to critical system, configuration or content files, with comparisons run regularly. Unnoticed changes to configuration can silently weaken security.',
      ja: 'ファイル完全性監視などの変更検知の仕組みで、重要なシステムファイル、構成ファイル、コンテンツファイルへの未承認の変更を担当者に警告し、比較を定期的に実施することを求めます。気付かれない構成の変更は、知らぬ間にセキュリティを弱めます。',
    },
  },
];

const V4_1 = '1 Network security controls';
const V4_2 = '2 Secure configurations';
const V4_3 = '3 Protection of stored account data';
const V4_4 = '4 Strong cryptography for cardholder data in transit';
const V4_6 = '6 Secure systems and software';
const V4_7 = '7 Access limited by business need to know';
const V4_8 = '8 User identification and authentication';
const V4_10 = '10 Logging and monitoring of access';
const V4_11 = '11 Regular security testing';
const V4_12 = '12 Security policies and programs';

export const PCI_DSS_4_0_CONTROLS: FrameworkRequirement[] = [
  {
    id: '1.3.1', section: V4_1, title: 'Inbound CDE traffic limited to what is necessary', titleJa: 'CDEへの受信通信を必要なものに限定',
    description: {
      en: 'Inbound traffic to the cardholder data environment (CDE) must be limited to what is necessary, with all other traffic specifically denied. Firewall rules that open SSH, RDP or database ports to everyone give attackers a direct path into card data systems.',
      ja: 'カード会員データ環境（CDE）への受信通信を必要なものに限定し、それ以外を明示的に拒否することを求めます。SSH、RDP、データベースのポートを誰にでも開放するファイアウォールルールは、攻撃者にカードデータのシステムへの直接の経路を与えます。',
    },
  },
  {
    id: '1.4.1', section: V4_1, title: 'Network security controls between trusted and untrusted networks', titleJa: '信頼・非信頼ネットワーク間にネットワークセキュリティコントロールを設置',
    description: {
      en: 'Network security controls such as firewalls must sit between trusted and untrusted networks. Instances with public IP addresses, IP forwarding enabled or databases open to any network bypass that separation.',
      ja: '信頼できるネットワークと信頼できないネットワークの間に、ファイアウォールなどのネットワークセキュリティコントロール（NSC）を設置することを求めます。パブリックIPアドレスを持つインスタンス、IP転送が有効なインスタンス、任意のネットワークに開かれたデータベースは、この分離を迂回します。',
    },
  },
  {
    id: '1.4.2', section: V4_1, title: 'Inbound from untrusted networks limited to authorized public services', titleJa: '非信頼ネットワークからの受信を認可された公開サービス等に限定',
    description: {
      en: 'Inbound traffic from untrusted networks may only reach components authorized to offer public services, or be replies to connections started from inside; everything else is denied. Allow rules from 0.0.0.0/0 to administrative or database ports break this directly.',
      ja: '信頼できないネットワークからの受信通信は、公開サービスの提供を認可されたコンポーネント宛てか、内部から開始した接続への応答に限り、それ以外は拒否することを求めます。0.0.0.0/0から管理用やデータベースのポートへの通信を許すルールは、これに真っ向から反します。',
    },
  },
  {
    id: '1.4.4', section: V4_1, title: 'Cardholder data stores not directly reachable from untrusted networks', titleJa: 'カード会員データの保存先に非信頼ネットワークから直接到達できない',
    description: {
      en: 'Components that store cardholder data must not be directly reachable from untrusted networks such as the internet. Publicly accessible databases, storage buckets and cluster endpoints leave stored data one step from attackers.',
      ja: 'カード会員データを保存するコンポーネントに、インターネットなどの信頼できないネットワークから直接到達できないようにすることを求めます。公開アクセス可能なデータベース、ストレージバケット、クラスターのエンドポイントは、保存データを攻撃者のすぐ手の届くところに置きます。',
    },
  },
  {
    id: '2.2.4', section: V4_2, title: 'Only necessary services and functions enabled', titleJa: '必要なサービスと機能のみを有効化',
    description: {
      en: 'Only the services, protocols, daemons and functions that are needed may be enabled; the rest must be removed or disabled. Features such as serial port access, external scripts, local file loading or cross-database ownership chaining widen the attack surface for little benefit.',
      ja: '必要なサービス、プロトコル、デーモン、機能だけを有効にし、それ以外は削除または無効化することを求めます。シリアルポートへのアクセス、外部スクリプト、ローカルファイルの読み込み、データベース間の所有権の連鎖などの機能は、わずかな利点のために攻撃対象領域を広げます。',
    },
  },
  {
    id: '3.5.1', section: V4_3, title: 'PAN unreadable wherever stored', titleJa: '保存されたPANを読み取り不能にする',
    description: {
      en: 'Stored primary account numbers (PAN) must be made unreadable with one-way hashes, truncation, tokenization or strong encryption with properly managed keys. Encrypting storage ensures that copied disks, snapshots or objects do not expose card numbers.',
      ja: '保存されたカード会員番号（PAN）を、一方向ハッシュ、切り捨て、トークン化、適切に管理された鍵による強力な暗号化などで読み取り不能にすることを求めます。ストレージを暗号化しておけば、複製されたディスク、スナップショット、オブジェクトからカード番号が漏れることはありません。',
    },
  },
  {
    id: '3.6.1', section: V4_3, title: 'Keys protecting stored account data safeguarded', titleJa: '保存されたアカウントデータを保護する鍵の保護',
    description: {
      en: 'Procedures must protect the cryptographic keys used for stored account data against disclosure and misuse, including limiting key custodians and storing keys securely. A key or key ring that anyone can access makes the encryption it provides meaningless.',
      ja: '保存されたアカウントデータに使う暗号鍵を、鍵管理者の限定や安全な保管を含む手順によって漏えいと悪用から保護することを求めます。誰でもアクセスできる鍵やキーリングでは、それによる暗号化は意味をなしません。',
    },
  },
  {
    id: '3.7.4', section: V4_3, title: 'Keys changed at the end of their cryptoperiod', titleJa: '暗号期間の終了時に鍵を変更',
    description: {
      en: 'Cryptographic keys must be replaced at the end of their defined cryptoperiod. Regular rotation limits how much data one key protects and how long a leaked key stays useful.',
      ja: '暗号鍵を、定められた暗号期間の終了時に交換することを求めます。定期的なローテーションにより、一つの鍵が保護するデータの量と、漏えいした鍵が悪用可能な期間を限定できます。',
    },
  },
  {
    id: '4.2.1', section: V4_4, title: 'Strong cryptography protects PAN on public networks', titleJa: '公衆ネットワーク上のPANを強力な暗号で保護',
    description: {
      en: 'PAN sent over open, public networks must be protected with strong cryptography, using only trusted keys and certificates and secure protocol versions. Accepting plain HTTP, unencrypted database connections or weak TLS exposes card data and credentials to interception.',
      ja: '公開された公衆ネットワーク上で送信するPANを、信頼できる鍵と証明書、安全なプロトコルバージョンだけを用いた強力な暗号で保護することを求めます。平文のHTTP、暗号化されていないデータベース接続、弱いTLSを受け入れると、カードデータや認証情報が盗聴にさらされます。',
    },
  },
  {
    id: '6.2.3', section: V4_6, title: 'Custom software reviewed for vulnerabilities before release', titleJa: '独自開発ソフトウェアのリリース前の脆弱性レビュー',
    description: {
      en: 'Bespoke and custom software must be reviewed before it is released to production, so that potential coding vulnerabilities are found and fixed. Scanning container images catches known vulnerable components before they are deployed.',
      ja: '独自開発・カスタムのソフトウェアを本番環境へリリースする前にレビューし、潜在的なコーディング上の脆弱性を発見・修正することを求めます。コンテナイメージをスキャンすることで、既知の脆弱なコンポーネントをデプロイ前に見つけられます。',
    },
  },
  {
    id: '6.2.4', section: V4_6, title: 'Engineering techniques prevent common software attacks', titleJa: '開発手法により一般的なソフトウェア攻撃を防止',
    description: {
      en: 'Software engineering techniques or other methods must prevent or mitigate common attacks such as injection, attacks on data and data structures, and abuse of business logic. For web workloads, dropping invalid headers and mitigating HTTP desync at the load balancer block whole classes of request-smuggling attacks.',
      ja: 'ソフトウェア開発の手法などにより、インジェクション、データやデータ構造への攻撃、ビジネスロジックの悪用といった一般的な攻撃を防止または緩和することを求めます。Webワークロードでは、ロードバランサーで不正なヘッダーを破棄しHTTPデシンクを緩和することで、リクエストスマグリング攻撃の類を丸ごと防げます。',
    },
  },
  {
    id: '6.3.3', section: V4_6, title: 'Security patches installed promptly', titleJa: 'セキュリティパッチの速やかな適用',
    description: {
      en: 'All system components must be protected from known vulnerabilities by installing applicable security patches, with critical ones applied within one month of release. Unpatched databases and operating systems are routinely exploited through published vulnerabilities.',
      ja: '該当するセキュリティパッチを適用してすべてのシステムコンポーネントを既知の脆弱性から守り、重大なパッチはリリースから1か月以内に適用することを求めます。パッチ未適用のデータベースやOSは、公開済みの脆弱性を通じて日常的に悪用されます。',
    },
  },
  {
    id: '6.4.2', section: V4_6, title: 'Automated attack protection for public-facing web applications', titleJa: '公開Webアプリケーションの自動的な攻撃防御',
    description: {
      en: 'Public-facing web applications must sit behind an automated technical solution, such as a web application firewall, that continuously detects and blocks web-based attacks. Without one, exploitation attempts reach the application directly.',
      ja: '公開Webアプリケーションを、Webアプリケーションファイアウォールなど、Webベースの攻撃を継続的に検知・遮断する自動化された技術的対策の背後に置くことを求めます。これがなければ、攻撃の試みがアプリケーションに直接届きます。',
    },
  },
  {
    id: '7.2.1', section: V4_7, title: 'Access control model defined', titleJa: 'アクセス制御モデルの定義',
    description: {
      en: 'An access control model must be defined that covers all system components, grants access according to job function, and gives no more privilege than needed. Public grants, domain-wide sharing and broad primitive roles break that model.',
      ja: 'すべてのシステムコンポーネントを対象とし、職務に応じてアクセスを付与し、必要以上の権限を与えないアクセス制御モデルを定義することを求めます。公開設定、ドメイン全体への共有、広い基本ロールはこのモデルを崩します。',
    },
  },
  {
    id: '7.2.2', section: V4_7, title: 'Access assigned by job function with least privilege', titleJa: '職務に基づく最小権限でのアクセス付与',
    description: {
      en: 'Access, including privileged access, must be assigned according to job classification and function, with the least privilege needed. Administrator roles on service accounts and project-wide impersonation rights hand out far more access than any task requires.',
      ja: '特権アクセスを含め、アクセスを職務の分類と機能に基づき、必要最小限の権限で付与することを求めます。サービスアカウントへの管理者ロールやプロジェクト全体での権限借用の許可は、どの作業にも必要な範囲をはるかに超えるアクセスを与えます。',
    },
  },
  {
    id: '7.2.4', section: V4_7, title: 'User accounts and privileges reviewed every six months', titleJa: 'ユーザーアカウントと権限を半年ごとにレビュー',
    description: {
      en: 'All user accounts and their access privileges, third-party and vendor accounts included, must be reviewed at least every six months and inappropriate access dealt with. Regular reviews catch broad roles and stale grants before they are abused.',
      ja: '第三者やベンダーのアカウントを含むすべてのユーザーアカウントとそのアクセス権限を少なくとも6か月ごとにレビューし、不適切なアクセスに対処することを求めます。定期的なレビューにより、広いロールや古い権限付与を悪用される前に発見できます。',
    },
  },
  {
    id: '7.2.5', section: V4_7, title: 'Application and system account privileges limited', titleJa: 'アプリケーション・システムアカウントの権限を限定',
    description: {
      en: 'Application and system accounts must get only the privileges they need, and access only to the systems and processes that require it. A default service account with broad edit rights or full API scope lets one compromised workload take over a whole project.',
      ja: 'アプリケーションやシステムのアカウントには必要な権限だけを与え、それを必要とするシステムやプロセスにのみアクセスさせることを求めます。広い編集権限やフルAPIスコープを持つデフォルトのサービスアカウントがあると、一つのワークロードの侵害がプロジェクト全体の乗っ取りにつながります。',
    },
  },
  {
    id: '7.3.1', section: V4_7, title: 'Access control system enforces need to know', titleJa: 'アクセス制御システムで知る必要性を強制',
    description: {
      en: 'An access control system must restrict access according to need to know and cover all system components. Enforcing a fixed user identity at the file-system access point, for example, keeps one workload from reading data that belongs to another.',
      ja: 'アクセス制御システムにより、知る必要性に基づいてアクセスを制限し、すべてのシステムコンポーネントを対象とすることを求めます。たとえばファイルシステムのアクセスポイントで固定のユーザーIDを強制することで、あるワークロードが別のワークロードのデータを読むことを防げます。',
    },
  },
  {
    id: '8.2.1', section: V4_8, title: 'Unique ID for every user', titleJa: 'すべてのユーザーに一意のID',
    description: {
      en: 'Every user must be given a unique ID before being allowed to access system components or cardholder data. Unique, organization-managed identities make every action attributable and every account individually revocable.',
      ja: 'システムコンポーネントやカード会員データへのアクセスを許可する前に、すべてのユーザーに一意のIDを割り当てることを求めます。組織が管理する一意のアイデンティティにより、すべての操作の主体を特定でき、アカウントを個別に失効させられます。',
    },
  },
  {
    id: '8.2.2', section: V4_8, title: 'Shared and generic accounts only by exception', titleJa: '共有・汎用アカウントは例外としてのみ使用',
    description: {
      en: 'Group, shared or generic accounts and shared authentication credentials may be used only when necessary, as an exception that is justified, approved and traceable to an individual. Shared credentials such as project-wide SSH keys hide who did what and are hard to revoke.',
      ja: 'グループ、共有、汎用のアカウントや共有の認証情報は、必要な場合に限り、正当な理由と承認があり個人まで追跡できる例外としてのみ使用することを求めます。プロジェクト全体で共有するSSH鍵などの共有認証情報は、誰が何をしたかを覆い隠し、失効させるのも困難です。',
    },
  },
  {
    id: '8.2.6', section: V4_8, title: 'Inactive accounts removed or disabled within 90 days', titleJa: '90日間使用されていないアカウントの削除・無効化',
    description: {
      en: 'User accounts inactive for 90 days must be removed or disabled. Dormant passwords and access keys can be abused without their owner ever noticing.',
      ja: '90日間使用されていないユーザーアカウントを削除または無効化することを求めます。使われていないパスワードやアクセスキーは、持ち主に気付かれないまま悪用されるおそれがあります。',
    },
  },
  {
    id: '8.3.2', section: V4_8, title: 'Authentication factors unreadable in transit and at rest', titleJa: '認証要素を伝送時・保存時に読み取り不能にする',
    description: {
      en: 'Strong cryptography must keep all authentication factors unreadable while they are transmitted and stored on any system component. Passwords or keys left in plain instance metadata can be read by anyone with access to it.',
      ja: 'すべてのシステムコンポーネントで、認証要素を伝送時と保存時に強力な暗号で読み取り不能にすることを求めます。インスタンスメタデータに平文で置かれたパスワードや鍵は、そこにアクセスできる誰もが読み取れます。',
    },
  },
  {
    id: '8.3.6', section: V4_8, title: 'Minimum password length and complexity', titleJa: 'パスワードの最小長と複雑さ',
    description: {
      en: 'Passwords used as an authentication factor must be at least 12 characters long (8 where a system cannot support 12) and contain both letters and digits. Short or simple passwords fall quickly to guessing and cracking.',
      ja: '認証要素として使うパスワードは12文字以上（12文字に対応できないシステムでは8文字以上）とし、英字と数字の両方を含めることを求めます。短い、あるいは単純なパスワードは推測や解析ですぐに破られます。',
    },
  },
  {
    id: '8.3.7', section: V4_8, title: 'New password differs from the last four', titleJa: '新しいパスワードは直近4回と異なるものにする',
    description: {
      en: 'Users must not be able to set a new password that matches any of their last four. Blocking reuse stops a password known to be exposed from simply being put back into service.',
      ja: '直近4回のいずれかと同じパスワードを新しいパスワードとして設定できないようにすることを求めます。再利用を禁止することで、漏えいが判明したパスワードがそのまま再び使われることを防ぎます。',
    },
  },
  {
    id: '8.3.9', section: V4_8, title: 'Single-factor passwords rotated every 90 days or assessed dynamically', titleJa: '単一要素のパスワードは90日ごとに変更または動的に評価',
    description: {
      en: 'Where a password or long-lived secret is the only authentication factor, it must be changed at least every 90 days, or the account\'s security posture must be analysed dynamically to decide access. This limits how long a leaked credential stays useful.',
      ja: 'パスワードや長期間有効なシークレットが唯一の認証要素である場合、少なくとも90日ごとに変更するか、アカウントのセキュリティ態勢を動的に分析してアクセスを判断することを求めます。これにより、漏えいした認証情報が悪用可能な期間を限定できます。',
    },
  },
  {
    id: '8.3.10.1', section: V4_8, title: 'Service providers: customer single-factor passwords rotated or assessed dynamically', titleJa: 'サービスプロバイダー：顧客の単一要素パスワードを定期変更または動的に評価',
    description: {
      en: 'An additional requirement for service providers: when customer users sign in with a password alone, the password must be changed at least every 90 days or access must be assessed dynamically. It limits the value of stolen customer passwords.',
      ja: 'サービスプロバイダー向けの追加要件として、顧客の利用者がパスワードのみでサインインする場合、少なくとも90日ごとにパスワードを変更するか、アクセスを動的に評価することを求めます。盗まれた顧客パスワードの価値を限定します。',
    },
  },
  {
    id: '8.4.1', section: V4_8, title: 'MFA for administrative access to the CDE', titleJa: 'CDEへの管理者アクセスにMFA',
    description: {
      en: 'Multi-factor authentication must be used for all non-console access into the cardholder data environment by personnel with administrative access. Administrator passwords alone would be a single point of failure for the whole environment.',
      ja: '管理者権限を持つ担当者によるカード会員データ環境へのコンソール以外からのアクセスには、必ず多要素認証を用いることを求めます。管理者パスワードだけに頼れば、それが環境全体の単一障害点になります。',
    },
  },
  {
    id: '8.4.2', section: V4_8, title: 'MFA for all access to the CDE', titleJa: 'CDEへのすべてのアクセスにMFA',
    description: {
      en: 'Multi-factor authentication must be used for all non-console access into the cardholder data environment, not just administrative access. Any account that can reach card data is worth phishing.',
      ja: '管理者アクセスに限らず、カード会員データ環境へのコンソール以外からのすべてのアクセスに多要素認証を用いることを求めます。カードデータに到達できるアカウントであれば、どれもフィッシングの標的になります。',
    },
  },
  {
    id: '8.4.3', section: V4_8, title: 'MFA for remote network access', titleJa: 'リモートネットワークアクセスにMFA',
    description: {
      en: "Multi-factor authentication must be used for all remote network access from outside the entity's network that could reach or affect the cardholder data environment. Remote access protected by a password alone is a frequent breach entry point.",
      ja: '組織のネットワーク外部からのリモートネットワークアクセスのうち、カード会員データ環境に到達または影響しうるものすべてに多要素認証を用いることを求めます。パスワードだけで保護されたリモートアクセスは、侵害の入口になることが多くあります。',
    },
  },
  {
    id: '8.6.2', section: V4_8, title: 'No hard-coded passwords for system and application accounts', titleJa: 'システム・アプリケーションアカウントのパスワードをハードコードしない',
    description: {
      en: 'Passwords for application and system accounts that can be used for interactive login must not be hard-coded in scripts, configuration files or source code. Embedded secrets leak through repositories, images, environment variables and metadata.',
      ja: '対話的ログインに使用できるアプリケーションやシステムのアカウントのパスワードを、スクリプト、構成ファイル、ソースコードにハードコードしないことを求めます。埋め込まれたシークレットは、リポジトリ、イメージ、環境変数、メタデータを通じて漏えいします。',
    },
  },
  {
    id: '8.6.3', section: V4_8, title: 'System and application account credentials protected and rotated', titleJa: 'システム・アプリケーションアカウントの認証情報の保護とローテーション',
    description: {
      en: 'Passwords and similar secrets for application and system accounts must be protected against misuse, changed periodically (at a frequency set by targeted risk analysis) and on suspected compromise, and be sufficiently complex. Long-lived service account keys are valuable targets whose theft is hard to notice.',
      ja: 'アプリケーションやシステムのアカウントのパスワードなどのシークレットを悪用から保護し、対象を絞ったリスク分析で定めた頻度と侵害の疑いがある場合に変更し、十分な複雑さを持たせることを求めます。長期間有効なサービスアカウントの鍵は価値の高い標的であり、盗まれても気付きにくいものです。',
    },
  },
  {
    id: '10.2.1', section: V4_10, title: 'Audit logs enabled for all components and cardholder data', titleJa: '全コンポーネントとカード会員データの監査ログを有効化',
    description: {
      en: 'Audit logs must be enabled and active for all system components and for cardholder data. Any component without logging is a blind spot where malicious activity leaves no trace.',
      ja: 'すべてのシステムコンポーネントとカード会員データについて、監査ログを有効にし稼働させることを求めます。ログが記録されていないコンポーネントは、悪意のある活動が痕跡を残さない死角になります。',
    },
  },
  {
    id: '10.2.1.2', section: V4_10, title: 'Administrative actions logged', titleJa: '管理者の操作を記録',
    description: {
      en: 'Audit logs must capture every action taken by anyone with administrative access, including interactive use of application or system accounts. Administrative activity can do the most damage, so it has to be fully traceable.',
      ja: 'アプリケーションやシステムのアカウントの対話的な使用を含め、管理者アクセスを持つ者によるすべての操作を監査ログに記録することを求めます。管理者の活動は最も大きな被害をもたらしうるため、完全に追跡できなければなりません。',
    },
  },
  {
    id: '10.2.2', section: V4_10, title: 'Audit logs record the required event details', titleJa: '監査ログに必要なイベントの詳細を記録',
    description: {
      en: 'Each audit log entry must record who acted, the type of event, the date and time, success or failure, the origin, and the data or resource affected. Incomplete records cannot support an investigation or attribute actions.',
      ja: '監査ログの各エントリーに、実行者、イベントの種類、日時、成否、発生源、影響を受けたデータやリソースを記録することを求めます。不完全な記録では、調査を支えることも操作の主体を特定することもできません。',
    },
  },
  {
    id: '10.3.2', section: V4_10, title: 'Audit logs protected from modification', titleJa: '監査ログを改変から保護',
    description: {
      en: 'Audit log files must be protected so that individuals cannot modify them. Retention locks and immutable storage keep attackers and insiders from rewriting the record.',
      ja: '監査ログのファイルを、個人が改変できないよう保護することを求めます。保持ロックや変更不可能なストレージにより、攻撃者や内部者が記録を書き換えることを防げます。',
    },
  },
  {
    id: '10.3.3', section: V4_10, title: 'Audit logs promptly backed up to a central store', titleJa: '監査ログを集中保管先へ速やかにバックアップ',
    description: {
      en: 'Audit log files, including those from external-facing technologies, must be promptly backed up to a secure, central, internal log server or other media that is hard to modify. Central copies survive the compromise of the system that produced them.',
      ja: '外部公開された技術のものを含む監査ログのファイルを、安全な内部の集中ログサーバーや改変の難しい媒体へ速やかにバックアップすることを求めます。集中保管された複製は、生成元のシステムが侵害されても失われません。',
    },
  },
  {
    id: '10.4.1.1', section: V4_10, title: 'Automated audit log review', titleJa: '監査ログの自動レビュー',
    description: {
      en: 'Automated mechanisms must be used to review audit logs. Log-based metrics and alerts on sensitive changes, such as ownership, firewall or audit-configuration changes, catch events that manual review at cloud scale would miss.',
      ja: '監査ログのレビューに自動化された仕組みを用いることを求めます。所有者、ファイアウォール、監査設定の変更などの重要な変更に対するログベースのメトリクスとアラートにより、クラウドの規模では手作業のレビューが見逃すイベントを捉えられます。',
    },
  },
  {
    id: '10.5.1', section: V4_10, title: 'Audit log history retained for 12 months', titleJa: '監査ログの履歴を12か月保持',
    description: {
      en: 'Audit log history must be kept for at least 12 months, with the most recent three months immediately available for analysis. Breaches are often found long after they start, and short retention erases the evidence.',
      ja: '監査ログの履歴を少なくとも12か月保持し、直近3か月分はすぐに分析できる状態にしておくことを求めます。侵害は始まってから長い時間を経て発見されることが多く、保持期間が短いと証拠が消えてしまいます。',
    },
  },
  {
    id: '11.5.1', section: V4_11, title: 'Intrusion detection or prevention in use', titleJa: '侵入検知・侵入防止の実施',
    description: {
      en: 'Intrusion-detection or intrusion-prevention techniques must detect or block intrusions, watching traffic at the CDE perimeter and critical points, alerting personnel and keeping detection content current. Managed threat detection for workloads, containers, databases and storage extends this to cloud services.',
      ja: '侵入検知または侵入防止の技術で侵入を検知・阻止し、CDEの境界と重要な地点のトラフィックを監視し、担当者に警告し、検知内容を最新に保つことを求めます。ワークロード、コンテナ、データベース、ストレージに対するマネージドな脅威検知により、これをクラウドサービスにも広げられます。',
    },
  },
  {
    id: '11.5.2', section: V4_11, title: 'Change detection on critical files', titleJa: '重要ファイルの変更検知',
    description: {
      en: 'A change-detection mechanism must alert personnel to unauthorized modification of critical files and compare them at least weekly. Verified boot and integrity monitoring catch tampering with system files and boot components.',
      ja: '変更検知の仕組みで重要なファイルの未承認の変更を担当者に警告し、少なくとも週に1回比較を行うことを求めます。検証付きブートや完全性監視により、システムファイルやブートコンポーネントの改ざんを捉えられます。',
    },
  },
  {
    id: '12.3.4', section: V4_12, title: 'Technologies in use reviewed every 12 months', titleJa: '使用中の技術を12か月ごとにレビュー',
    description: {
      en: 'Hardware and software technologies in use must be reviewed at least every 12 months, including whether vendors still ship security fixes, with a plan for technologies reaching end of life. Deprecated runtimes stop receiving patches and accumulate vulnerabilities that can never be fixed.',
      ja: '使用中のハードウェアとソフトウェアの技術を少なくとも12か月ごとにレビューし、ベンダーがセキュリティ修正を提供し続けているかを確認し、サポート終了を迎える技術への計画を立てることを求めます。非推奨のランタイムはパッチが提供されなくなり、修正できない脆弱性が蓄積していきます。',
    },
  },
  {
    id: '12.5.1', section: V4_12, title: 'Inventory of in-scope system components', titleJa: '対象範囲のシステムコンポーネントのインベントリ',
    description: {
      en: 'An inventory of the system components in PCI DSS scope, with a description of what each one does, must be maintained and kept current. An automated cloud asset inventory makes this achievable when resources change daily.',
      ja: 'PCI DSSの対象範囲にあるシステムコンポーネントのインベントリを、各コンポーネントの役割の説明とともに維持し、最新に保つことを求めます。リソースが日々変化する環境では、自動化されたクラウド資産インベントリによってこれが実現可能になります。',
    },
  },
  {
    id: '12.5.2', section: V4_12, title: 'PCI DSS scope documented and confirmed', titleJa: 'PCI DSSの対象範囲の文書化と確認',
    description: {
      en: 'The entity must document and confirm its PCI DSS scope at least every 12 months and after significant changes, including where account data is stored and how it flows. Data stores that hold card data but are not classified fall outside the controls meant to protect them.',
      ja: 'アカウントデータの保存場所やデータの流れを含め、PCI DSSの対象範囲を少なくとも12か月ごとと重大な変更の後に文書化し確認することを求めます。カードデータを保持しているのに分類されていないデータストアは、それを守るための管理策の対象から外れてしまいます。',
    },
  },
  {
    id: '12.10.3', section: V4_12, title: 'Incident responders available 24/7', titleJa: '24時間365日対応可能なインシデント対応要員',
    description: {
      en: 'Specific personnel must be designated and available around the clock to respond to suspected or confirmed security incidents. A designated support role or on-call contact ensures incidents are escalated without delay.',
      ja: 'セキュリティインシデントの疑いや確認されたインシデントに対応するため、特定の担当者を指名し、24時間いつでも対応できるようにすることを求めます。指定されたサポートロールやオンコールの連絡先により、インシデントが遅滞なくエスカレーションされます。',
    },
  },
];
