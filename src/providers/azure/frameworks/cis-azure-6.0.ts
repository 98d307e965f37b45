/**
 * The complete list of recommendations of the CIS Microsoft Azure Foundations Benchmark v6.0.0
 * (127 recommendations: 89 Automated, 38 Manual), with the benchmark's own
 * Automated/Manual assessment status, profile level and section. Titles are the benchmark's; the
 * Japanese titles and the descriptions are mamori's own words.
 */
import type { FrameworkRequirement } from '../../../frameworks/types.js';

export const CIS_AZURE_6_0: FrameworkRequirement[] = [
  {
    id: '2.1.1', section: '2 Analytics Services', title: 'Ensure that Azure Databricks is deployed in a customer-managed virtual network (VNet)', assessment: 'automated', level: 1,
    titleJa: 'Azure Databricks を顧客管理の仮想ネットワーク（VNet）にデプロイする',
    description: {
      en: 'Azure Databricks workspaces should be deployed into a virtual network that the organization manages (VNet injection) rather than the default Databricks-managed network. This lets the team apply its own NSG rules, routing, egress restrictions and private connectivity to cluster traffic, which the managed network does not allow.',
      ja: 'Azure Databricks ワークスペースを、Databricks が管理する既定のネットワークではなく、組織が管理する仮想ネットワークにデプロイする（VNet インジェクション）ことを求めます。これにより、クラスターの通信に独自の NSG ルール、ルーティング、送信制限、プライベート接続を適用でき、管理対象ネットワークでは実現できない制御が可能になります。',
    },
  },
  {
    id: '2.1.2', section: '2 Analytics Services', title: 'Ensure that Network Security Groups are Configured for Databricks Subnets', assessment: 'automated', level: 1,
    titleJa: 'Databricks のサブネットにネットワーク セキュリティ グループ（NSG）を構成する',
    description: {
      en: 'The subnets used by Databricks clusters should have network security groups attached, with rules that allow only the traffic the workspace needs. Without an NSG on these subnets there is no subnet-level filtering of what can reach or leave the cluster nodes.',
      ja: 'Databricks クラスターが使用するサブネットにネットワーク セキュリティ グループ（NSG）を関連付け、ワークスペースに必要な通信だけを許可するルールを設定することを求めます。NSG がないと、クラスター ノードへの受信やノードからの送信をサブネット単位でフィルタリングできません。',
    },
  },
  {
    id: '2.1.3', section: '2 Analytics Services', title: 'Ensure that Traffic is Encrypted Between Cluster Worker Nodes', assessment: 'manual', level: 2,
    titleJa: 'クラスターのワーカー ノード間の通信を暗号化する',
    description: {
      en: 'Spark traffic between the driver and worker nodes of a Databricks cluster should be encrypted, typically with an init script that turns on Spark authentication, network encryption and TLS. This internal traffic is not encrypted by default, so data moving inside the cluster could be read by anyone able to observe it.',
      ja: 'Databricks クラスターのドライバーとワーカー ノードの間でやり取りされる Spark の通信を、Spark の認証、ネットワーク暗号化、TLS を有効にする init スクリプトなどで暗号化することを求めます。既定ではこの内部通信は暗号化されておらず、クラスター内を流れるデータを傍受できる者に読み取られるおそれがあります。',
    },
  },
  {
    id: '2.1.4', section: '2 Analytics Services', title: 'Ensure that Users and Groups are Synced from Microsoft Entra ID to Azure Databricks', assessment: 'manual', level: 1,
    titleJa: 'ユーザーとグループを Microsoft Entra ID から Azure Databricks に同期する',
    description: {
      en: 'Databricks users and groups should be provisioned from Microsoft Entra ID through SCIM instead of being created by hand in the workspace. With central provisioning, joiners, role changes and leavers in Entra ID are reflected in Databricks automatically, so stale accounts do not keep access.',
      ja: 'Databricks のユーザーとグループは、ワークスペースで手動作成するのではなく、SCIM を使って Microsoft Entra ID からプロビジョニングすることを求めます。一元的にプロビジョニングすることで、Entra ID 上の入社、異動、退職が Databricks に自動で反映され、不要になったアカウントにアクセス権が残ることを防げます。',
    },
  },
  {
    id: '2.1.5', section: '2 Analytics Services', title: 'Ensure that Unity Catalog is Configured for Azure Databricks', assessment: 'manual', level: 1,
    titleJa: 'Azure Databricks で Unity Catalog を構成する',
    description: {
      en: 'Databricks workspaces should be attached to a Unity Catalog metastore so that access to data is governed in one place. Unity Catalog offers identity-based permissions down to table, row and column level, together with audit logging, which workspace-local access controls lack.',
      ja: 'Databricks ワークスペースを Unity Catalog のメタストアに接続し、データへのアクセスを一元的に管理することを求めます。Unity Catalog はテーブル、行、列のレベルまで ID に基づく権限と監査ログを提供しますが、ワークスペース単位のアクセス制御ではこれらが得られません。',
    },
  },
  {
    id: '2.1.6', section: '2 Analytics Services', title: 'Ensure that Usage is Restricted and Expiry is Enforced for Databricks Personal Access Tokens', assessment: 'manual', level: 1,
    titleJa: 'Databricks の個人用アクセス トークンの利用を制限し、有効期限を強制する',
    description: {
      en: 'Databricks personal access tokens should be disabled where they are not needed, or limited to specific users and issued with a maximum lifetime. Long-lived tokens are standing credentials to the API, and a leaked token can be abused until someone notices and revokes it.',
      ja: 'Databricks の個人用アクセス トークン（PAT）は、不要であれば無効にし、使用する場合は利用者を限定したうえで最大有効期間を設けることを求めます。長期間有効なトークンは API への恒久的な認証情報となり、漏えいすると気付いて取り消すまで悪用され続けます。',
    },
  },
  {
    id: '2.1.7', section: '2 Analytics Services', title: 'Ensure that Diagnostic Log Delivery is Configured for Azure Databricks', assessment: 'automated', level: 1,
    titleJa: 'Azure Databricks の診断ログの配信を構成する',
    description: {
      en: 'Each Databricks workspace should have a diagnostic setting that sends its audit and activity logs (accounts, clusters, jobs, notebooks and so on) to Log Analytics, a storage account or an event hub. These logs are the record needed to investigate misuse of the workspace and to alert on suspicious activity.',
      ja: '各 Databricks ワークスペースに診断設定を構成し、アカウント、クラスター、ジョブ、ノートブックなどの監査ログやアクティビティ ログを Log Analytics、ストレージ アカウント、イベント ハブのいずれかに送信することを求めます。これらのログは、ワークスペースの不正利用の調査や不審な操作のアラートに必要な記録となります。',
    },
  },
  {
    id: '2.1.8', section: '2 Analytics Services', title: 'Ensure Critical Data in Azure Databricks is Encrypted with Customer-managed Keys (CMK)', assessment: 'manual', level: 2,
    titleJa: 'Azure Databricks の重要なデータを顧客管理キー（CMK）で暗号化する',
    description: {
      en: "Where a workload warrants it, Databricks data such as managed disks and managed services data should be encrypted with a customer-managed key held in Key Vault rather than a Microsoft-managed key. This puts key access, rotation and revocation under the organization's control; the benchmark rates it manual because the scope should be chosen deliberately.",
      ja: '必要なワークロードについては、マネージド ディスクやマネージド サービスのデータなど Databricks のデータを、Microsoft 管理キーではなく Key Vault に保管した顧客管理キーで暗号化することを求めます。これにより鍵へのアクセス、ローテーション、失効を組織が管理できます。適用範囲を慎重に選ぶべきであるため、ベンチマークでは手動評価とされています。',
    },
  },
  {
    id: '2.1.9', section: '2 Analytics Services', title: "Ensure 'No Public IP' is Set to 'Enabled'", assessment: 'automated', level: 1,
    titleJa: 'Azure Databricks で「No Public IP」を有効にする',
    description: {
      en: 'Databricks workspaces should use secure cluster connectivity (No Public IP), so that cluster nodes get no public IP addresses and expose no inbound ports. This takes the cluster machines out of direct reach from the internet.',
      ja: 'Databricks ワークスペースでセキュア クラスター接続（No Public IP）を有効にし、クラスター ノードにパブリック IP アドレスを割り当てず、受信ポートも開かないようにすることを求めます。これにより、クラスターのマシンがインターネットに直接さらされなくなります。',
    },
  },
  {
    id: '2.1.10', section: '2 Analytics Services', title: "Ensure 'Allow Public Network Access' is set to 'Disabled'", assessment: 'automated', level: 1,
    titleJa: 'Azure Databricks で「パブリック ネットワーク アクセスを許可する」を無効にする',
    description: {
      en: 'Public network access to Databricks workspaces should be disabled so that the workspace UI and APIs can be reached only through private endpoints or trusted networks. Leaving it enabled exposes the workspace front end to the whole internet, with authentication as the only barrier.',
      ja: 'Databricks ワークスペースのパブリック ネットワーク アクセスを無効にし、ワークスペースの UI と API にはプライベート エンドポイントや信頼されたネットワークからのみ到達できるようにすることを求めます。有効のままにすると、ワークスペースのフロントエンドがインターネット全体に公開され、認証だけが防御となります。',
    },
  },
  {
    id: '2.1.11', section: '2 Analytics Services', title: 'Ensure Private Endpoints are used to access Azure Databricks workspaces', assessment: 'automated', level: 2,
    titleJa: 'Azure Databricks ワークスペースへのアクセスにプライベート エンドポイントを使用する',
    description: {
      en: 'Access to Databricks workspaces should go through approved private endpoints in an Azure virtual network, so that user and service traffic stays on private IP space. This keeps the workspace off the public internet and narrows who can reach it at the network level.',
      ja: 'Databricks ワークスペースへのアクセスは、Azure 仮想ネットワーク内の承認済みプライベート エンドポイントを経由させ、ユーザーやサービスの通信をプライベート IP 空間内に留めることを求めます。これによりワークスペースをパブリック インターネットから切り離し、ネットワーク レベルで到達できる相手を絞り込めます。',
    },
  },
  {
    id: '2.1.12', section: '2 Analytics Services', title: 'Ensure Azure Databricks groups are reviewed periodically', assessment: 'manual', level: 1,
    titleJa: 'Azure Databricks のグループを定期的にレビューする',
    description: {
      en: 'The users, groups and role assignments that grant access to Azure Databricks should be reviewed on a regular schedule, removing anything no longer needed. Periodic review catches access that has piled up over time and keeps privileges in line with current duties.',
      ja: 'Azure Databricks へのアクセスを付与しているユーザー、グループ、ロールの割り当てを定期的にレビューし、不要になったものを削除することを求めます。定期的なレビューにより、時間とともに蓄積したアクセス権を発見し、権限を現在の職務に合ったものに保てます。',
    },
  },
  {
    id: '3.1.1', section: '3 Compute Services', title: 'Ensure only MFA Enabled Identities can Access Privileged Virtual Machine', assessment: 'manual', level: 2,
    titleJa: '特権を持つ仮想マシンには MFA を有効にした ID のみがアクセスできるようにする',
    description: {
      en: 'Every identity holding a role that allows signing in to or administering virtual machines (such as Virtual Machine Administrator Login) should be protected by multifactor authentication, and unneeded or excessive assignments, including those of VM managed identities, should be removed. A stolen password alone should not be enough to take over a VM and move laterally from it.',
      ja: '仮想マシンへのサインインや管理を許可するロール（Virtual Machine Administrator Login など）を持つすべての ID を多要素認証で保護し、VM のマネージド ID を含め、不要な割り当てや過剰な権限を削除することを求めます。パスワードが盗まれただけで VM を掌握され、そこから横展開されることを防ぎます。',
    },
  },
  {
    id: '5.1.1', section: '5 Identity Services', title: "Ensure that 'security defaults' is Enabled in Microsoft Entra ID", assessment: 'automated', level: 1,
    titleJa: 'Microsoft Entra ID のセキュリティの既定値群を有効にする',
    description: {
      en: 'Microsoft Entra ID security defaults should be turned on, unless the tenant replaces them with equivalent Conditional Access policies. Security defaults make every user register for MFA, prompt for it when needed and block legacy authentication protocols that cannot do MFA.',
      ja: 'テナントで同等の条件付きアクセス ポリシーを代わりに運用している場合を除き、Microsoft Entra ID のセキュリティの既定値群を有効にすることを求めます。既定値群により、全ユーザーに MFA の登録が求められ、必要に応じて MFA が要求されるほか、MFA に対応できないレガシ認証がブロックされます。',
    },
  },
  {
    id: '5.1.2', section: '5 Identity Services', title: "Ensure that 'Require Multifactor Authentication to register or join devices with Microsoft Entra' is set to 'Yes'", assessment: 'manual', level: 1,
    titleJa: '「Microsoft Entra にデバイスを登録または参加させるには多要素認証が必要」を「はい」に設定する',
    description: {
      en: 'Entra ID device settings should require multifactor authentication whenever a user registers or joins a device to the directory. Otherwise an attacker holding only a stolen password could enrol a rogue device and gain the trust that comes with it. Where Conditional Access is available, an equivalent policy there is preferred.',
      ja: 'Entra ID のデバイス設定で、ユーザーがデバイスをディレクトリに登録または参加させる際に多要素認証を必須にすることを求めます。そうしないと、盗んだパスワードだけで攻撃者が不正なデバイスを登録し、そのデバイスに与えられる信頼を得られてしまいます。条件付きアクセスが使える場合は、同等のポリシーで実装することが推奨されます。',
    },
  },
  {
    id: '5.1.3', section: '5 Identity Services', title: "Ensure that 'multifactor authentication' is 'enabled' For All Users", assessment: 'automated', level: 1,
    titleJa: 'すべてのユーザーで多要素認証を有効にする',
    description: {
      en: 'Multifactor authentication should be enabled for every user in the tenant, privileged or not. With MFA in place a compromised password is not enough to sign in, which stops the most common account takeover attacks.',
      ja: '特権の有無にかかわらず、テナントのすべてのユーザーで多要素認証を有効にすることを求めます。MFA があれば、パスワードが漏えいしただけではサインインできず、最も一般的なアカウント乗っ取り攻撃を防げます。',
    },
  },
  {
    id: '5.1.4', section: '5 Identity Services', title: "Ensure that 'Allow users to remember multifactor authentication on devices they trust' is Disabled", assessment: 'manual', level: 1,
    titleJa: '「信頼済みデバイスで多要素認証を記憶することをユーザーに許可する」を無効にする',
    description: {
      en: 'The per-user MFA service setting that lets users skip MFA for a number of days on devices they trust should be turned off. If such a device or its browser session is compromised, the remembered MFA lets an attacker in without a second factor.',
      ja: '信頼済みデバイスでは一定日数 MFA を省略できるようにする、ユーザーごとの MFA のサービス設定を無効にすることを求めます。そのデバイスやブラウザー セッションが侵害された場合、記憶された MFA によって攻撃者が第 2 要素なしでサインインできてしまいます。',
    },
  },
  {
    id: '5.3.1', section: '5 Identity Services', title: 'Ensure that Azure Admin Accounts Are Not Used for Daily Operations', assessment: 'manual', level: 1,
    titleJa: 'Azure の管理者アカウントを日常業務に使用しない',
    description: {
      en: 'Administrators should have separate accounts for privileged work and for everyday tasks such as email and browsing, and should use the privileged ones only when needed. Using an admin account for routine work exposes powerful credentials to phishing and mistakes far more often than necessary.',
      ja: '管理者は特権作業用とメールや Web 閲覧などの日常業務用でアカウントを分け、特権アカウントは必要なときだけ使うことを求めます。管理者アカウントを日常業務に使うと、強力な認証情報が必要以上にフィッシングや操作ミスにさらされます。',
    },
  },
  {
    id: '5.3.2', section: '5 Identity Services', title: 'Ensure that Guest Users are Reviewed on a Regular Basis', assessment: 'manual', level: 1,
    titleJa: 'ゲスト ユーザーを定期的にレビューする',
    description: {
      en: 'Guest accounts in Microsoft Entra ID should be reviewed regularly, for example with access reviews, removing those that are no longer needed or inactive, and guests should not hold administrative roles. Guests are invited outside the normal onboarding and offboarding process, so they are easily forgotten and keep access indefinitely.',
      ja: 'Microsoft Entra ID のゲスト アカウントをアクセス レビューなどで定期的に確認し、不要になったものや非アクティブなものを削除すること、またゲストに管理者ロールを持たせないことを求めます。ゲストは通常の入社・退職の手続きとは別に招待されるため、見落とされやすく、アクセス権が無期限に残りがちです。',
    },
  },
  {
    id: '5.3.3', section: '5 Identity Services', title: "Ensure That Use of the 'User Access Administrator' Role is Restricted", assessment: 'automated', level: 1,
    titleJa: '「ユーザー アクセス管理者」ロールの使用を制限する',
    description: {
      en: 'The User Access Administrator role at root scope, which a Global Administrator obtains by elevating access, should be removed as soon as the task that needed it is done. That role can grant any Azure role on any subscription in the tenant, so a forgotten assignment is a standing path to privilege escalation.',
      ja: 'グローバル管理者がアクセスの昇格によって取得するルート スコープのユーザー アクセス管理者ロールは、必要な作業が終わり次第削除することを求めます。このロールはテナント内のあらゆるサブスクリプションで任意の Azure ロールを付与できるため、割り当てが残っていると常に権限昇格の経路となります。',
    },
  },
  {
    id: '5.3.4', section: '5 Identity Services', title: "Ensure that All 'Privileged' Role Assignments are Periodically Reviewed", assessment: 'manual', level: 1,
    titleJa: 'すべての「特権」ロールの割り当てを定期的にレビューする',
    description: {
      en: 'Assignments of privileged Azure roles such as Owner, Contributor and User Access Administrator should be reviewed periodically and removed when no longer justified, ideally moving to just-in-time access with Privileged Identity Management. These roles give broad control over resources, and leftover assignments are a favourite target for attackers.',
      ja: '所有者、共同作成者、ユーザー アクセス管理者などの特権 Azure ロールの割り当てを定期的にレビューし、正当な理由がなくなったものを削除すること、可能であれば Privileged Identity Management による Just-In-Time アクセスに移行することを求めます。特権ロールはリソースを広く制御でき、放置された割り当ては攻撃者に狙われやすくなります。',
    },
  },
  {
    id: '5.3.5', section: '5 Identity Services', title: 'Ensure Disabled User Accounts do not Have Read, Write, or Owner Permissions', assessment: 'manual', level: 1,
    titleJa: '無効化されたユーザー アカウントに読み取り、書き込み、所有者の権限を持たせない',
    description: {
      en: 'User accounts that have been disabled in Entra ID should have their Azure role assignments granting read, write or owner permissions removed. A disabled account that still holds roles becomes an immediate way in if it is re-enabled, by mistake or by an attacker.',
      ja: 'Entra ID で無効化されたユーザー アカウントから、読み取り、書き込み、所有者の権限を持つ Azure ロールの割り当てを削除することを求めます。ロールを保持したままの無効アカウントは、誤って、あるいは攻撃者によって再有効化された時点で、すぐにアクセス経路となります。',
    },
  },
  {
    id: '5.3.6', section: '5 Identity Services', title: "Ensure 'Tenant Creator' Role Assignments are Periodically Reviewed", assessment: 'manual', level: 1,
    titleJa: '「テナント作成者」ロールの割り当てを定期的にレビューする',
    description: {
      en: "Assignments of the Entra ID Tenant Creator role should be reviewed periodically and removed when no longer needed, alongside restricting tenant creation by non-admin users. Tenants created outside IT's control escape the organization's policies and monitoring.",
      ja: 'Entra ID のテナント作成者ロールの割り当てを定期的にレビューし、不要になったものを削除することを、管理者以外のユーザーによるテナント作成の制限と併せて求めます。IT 部門の管理外で作成されたテナントには、組織のポリシーや監視が及びません。',
    },
  },
  {
    id: '5.3.7', section: '5 Identity Services', title: 'Ensure All Non-privileged Role Assignments are Periodically Reviewed', assessment: 'manual', level: 1,
    titleJa: 'すべての非特権ロールの割り当てを定期的にレビューする',
    description: {
      en: 'Assignments of non-privileged (job function) Azure roles should also be reviewed regularly in every subscription, removing those that are inappropriate. Even roles without administrative rights can expose data or resources, and least privilege erodes as people change jobs.',
      ja: '各サブスクリプションで、非特権（職務）Azure ロールの割り当ても定期的にレビューし、不適切なものを削除することを求めます。管理権限のないロールでもデータやリソースを公開しうるうえ、異動などによって最小権限の状態は徐々に崩れていきます。',
    },
  },
  {
    id: '5.4', section: '5 Identity Services', title: 'Ensure that No Custom Subscription Administrator Roles Exist', assessment: 'automated', level: 1,
    titleJa: 'カスタムのサブスクリプション管理者ロールを作成しない',
    description: {
      en: 'There should be no custom role whose assignable scope is a subscription and whose actions include everything (*), which amounts to a home-made Owner role. Such roles hide full administrative power behind an unfamiliar name and make privileged access harder to audit; built-in roles and least privilege should be used instead.',
      ja: '割り当て可能なスコープがサブスクリプションで、アクションにすべて（*）を含むカスタム ロール、つまり実質的に自作の所有者ロールが存在しないことを求めます。こうしたロールは見慣れない名前の裏に完全な管理権限を隠し、特権アクセスの監査を難しくするため、組み込みロールと最小権限の原則を用いるべきです。',
    },
  },
  {
    id: '5.5', section: '5 Identity Services', title: 'Ensure that a Custom Role is Assigned Permissions for Administering Resource Locks', assessment: 'manual', level: 2,
    titleJa: 'リソース ロックを管理する権限をカスタム ロールに割り当てる',
    description: {
      en: 'A dedicated custom role, such as a Resource Lock Administrator granting only Microsoft.Authorization/locks permissions, should exist and be assigned to the appropriate people. Locks can then be managed without handing out Owner or User Access Administrator, and fewer people can remove a lock that protects a critical resource.',
      ja: 'Microsoft.Authorization/locks の権限のみを付与する「Resource Lock Administrator」などの専用カスタム ロールを用意し、適切な担当者に割り当てることを求めます。これにより、所有者やユーザー アクセス管理者を付与せずにロックを管理でき、重要なリソースを保護するロックを解除できる人を限定できます。',
    },
  },
  {
    id: '5.6', section: '5 Identity Services', title: "Ensure that 'Subscription leaving Microsoft Entra tenant' and 'Subscription entering Microsoft Entra tenant' is set to 'Permit no one'", assessment: 'manual', level: 2,
    titleJa: '「Microsoft Entra テナントから離れるサブスクリプション」と「Microsoft Entra テナントに入るサブスクリプション」を「誰も許可しない」に設定する',
    description: {
      en: "The subscription policies that control moving subscriptions out of and into the Microsoft Entra tenant should be set to permit no one. Moving a subscription to another directory takes it, and its data, outside the organization's identity and policy controls, so it should happen only as a deliberate administrative exception.",
      ja: 'サブスクリプションを Microsoft Entra テナントの外へ、またはテナント内へ移動することを制御するサブスクリプション ポリシーを「誰も許可しない」に設定することを求めます。サブスクリプションを別のディレクトリへ移すと、そのデータごと組織の ID とポリシーの管理外に出てしまうため、意図的な管理上の例外としてのみ行うべきです。',
    },
  },
  {
    id: '5.7', section: '5 Identity Services', title: 'Ensure there are between 2 and 3 Subscription Owners', assessment: 'automated', level: 1,
    titleJa: 'サブスクリプションの所有者を 2～3 名にする',
    description: {
      en: 'Each subscription should have at least two and at most three principals holding the Owner role, counting users, groups, service principals and managed identities. A single owner is a single point of failure, while many owners widen the set of accounts whose compromise gives full control.',
      ja: '各サブスクリプションで所有者ロールを持つプリンシパル（ユーザー、グループ、サービス プリンシパル、マネージド ID）を 2 つ以上 3 つ以下にすることを求めます。所有者が 1 人だと単一障害点になり、多すぎると、侵害されれば全権を握られるアカウントの範囲が広がります。',
    },
  },
  {
    id: '6.1.1.1', section: '6 Management and Governance Services', title: "Ensure that a 'Diagnostic Setting' Exists for Subscription Activity Logs", assessment: 'automated', level: 1,
    titleJa: 'サブスクリプションのアクティビティ ログの診断設定を作成する',
    description: {
      en: 'Each subscription should have a diagnostic setting that exports its activity log to Log Analytics, a storage account, an event hub or a partner solution. Azure keeps the activity log for only 90 days, so exporting it preserves control-plane history for longer-term investigation and alerting.',
      ja: '各サブスクリプションに診断設定を作成し、アクティビティ ログを Log Analytics、ストレージ アカウント、イベント ハブ、パートナー ソリューションのいずれかにエクスポートすることを求めます。アクティビティ ログは Azure 上に 90 日間しか保持されないため、エクスポートすることでコントロール プレーンの履歴を長期の調査やアラートに活用できます。',
    },
  },
  {
    id: '6.1.1.2', section: '6 Management and Governance Services', title: 'Ensure Diagnostic Setting Captures Appropriate Categories', assessment: 'automated', level: 1,
    titleJa: '診断設定で適切なカテゴリを取得する',
    description: {
      en: "The subscription's activity log diagnostic setting should include at least the Administrative, Alert, Policy and Security categories. These categories carry the management operations and security events that alerting and investigations depend on.",
      ja: 'サブスクリプションのアクティビティ ログの診断設定で、少なくとも Administrative、Alert、Policy、Security のカテゴリを有効にすることを求めます。これらのカテゴリには、アラートや調査に欠かせない管理操作とセキュリティ イベントが含まれます。',
    },
  },
  {
    id: '6.1.1.3', section: '6 Management and Governance Services', title: 'Ensure the Storage Account Containing the Container with Activity Logs is Encrypted with Customer-managed Key (CMK)', assessment: 'manual', level: 2,
    titleJa: 'アクティビティ ログのコンテナーを含むストレージ アカウントを顧客管理キー（CMK）で暗号化する',
    description: {
      en: 'If activity logs are exported to a storage account, that account should be encrypted with a customer-managed key from Key Vault. Reading the logs then requires both access to the storage account and permission to use the key, adding an independent control over who can see audit data.',
      ja: 'アクティビティ ログをストレージ アカウントにエクスポートしている場合、そのストレージ アカウントを Key Vault の顧客管理キーで暗号化することを求めます。ログを読むにはストレージ アカウントへのアクセスに加えて鍵の使用権限も必要になり、監査データを閲覧できる人を別の仕組みで制御できます。',
    },
  },
  {
    id: '6.1.1.4', section: '6 Management and Governance Services', title: "Ensure that Logging for Azure Key Vault is 'Enabled'", assessment: 'automated', level: 1,
    titleJa: 'Azure Key Vault のログ記録を有効にする',
    description: {
      en: 'Every key vault should have a diagnostic setting that sends the audit and allLogs category groups to a storage account, Log Analytics workspace or other destination. This builds an audit trail of who accessed keys, secrets and certificates and when, which is essential when investigating their misuse.',
      ja: 'すべてのキー コンテナーに診断設定を構成し、audit と allLogs のカテゴリ グループをストレージ アカウントや Log Analytics ワークスペースなどに送信することを求めます。これにより、誰がいつキー、シークレット、証明書にアクセスしたかの監査証跡が残り、不正使用の調査に欠かせない記録となります。',
    },
  },
  {
    id: '6.1.1.5', section: '6 Management and Governance Services', title: 'Ensure that Network Security Group Flow Logs are Captured and Sent to Log Analytics', assessment: 'manual', level: 2,
    titleJa: 'ネットワーク セキュリティ グループ（NSG）のフロー ログを取得して Log Analytics に送信する',
    description: {
      en: 'Where NSG flow logs are still in use, they should stay enabled and be sent through traffic analytics to a Log Analytics workspace. Flow data shows which hosts talk to which across the network and helps spot lateral movement. Azure is retiring NSG flow logs, so new coverage should use virtual network flow logs.',
      ja: 'NSG フロー ログを引き続き使用している場合は、有効のまま維持し、トラフィック分析を通じて Log Analytics ワークスペースに送信することを求めます。フロー データはネットワーク上の通信元と通信先を示し、横展開の発見に役立ちます。NSG フロー ログは Azure で廃止が予定されているため、新たに取得する場合は仮想ネットワーク フロー ログを使用します。',
    },
  },
  {
    id: '6.1.1.6', section: '6 Management and Governance Services', title: 'Ensure that Virtual Network Flow Logs are Captured and Sent to Log Analytics', assessment: 'manual', level: 2,
    titleJa: '仮想ネットワークのフロー ログを取得して Log Analytics に送信する',
    description: {
      en: 'Virtual network flow logs should be enabled and sent, with traffic analytics, to a Log Analytics workspace. Centralized flow data makes it possible to analyze traffic patterns, correlate them with other logs and alert on anomalies.',
      ja: '仮想ネットワーク フロー ログを有効にし、トラフィック分析とともに Log Analytics ワークスペースに送信することを求めます。フロー データを一元化することで、通信パターンの分析、他のログとの相関付け、異常のアラートが可能になります。',
    },
  },
  {
    id: '6.1.1.7', section: '6 Management and Governance Services', title: 'Ensure that a Microsoft Entra Diagnostic Setting Exists to Send Microsoft Graph Activity Logs to an Appropriate Destination', assessment: 'manual', level: 2,
    titleJa: 'Microsoft Graph アクティビティ ログを適切な送信先に送る Microsoft Entra の診断設定を作成する',
    description: {
      en: 'Microsoft Entra ID should have a diagnostic setting that sends the MicrosoftGraphActivityLogs category to a Log Analytics workspace, storage account or event hub. These logs record the HTTP requests that applications and users make to Microsoft Graph, which helps detect bulk data harvesting and abuse of application permissions.',
      ja: 'Microsoft Entra ID に診断設定を作成し、MicrosoftGraphActivityLogs カテゴリを Log Analytics ワークスペース、ストレージ アカウント、イベント ハブのいずれかに送信することを求めます。このログには、アプリケーションやユーザーが Microsoft Graph に送った HTTP 要求が記録され、データの大量取得やアプリケーション権限の悪用の検知に役立ちます。',
    },
  },
  {
    id: '6.1.1.8', section: '6 Management and Governance Services', title: 'Ensure that a Microsoft Entra Diagnostic Setting Exists to Send Microsoft Entra Activity Logs to an Appropriate Destination', assessment: 'manual', level: 2,
    titleJa: 'Microsoft Entra のアクティビティ ログを適切な送信先に送る診断設定を作成する',
    description: {
      en: 'Microsoft Entra ID should have a diagnostic setting that exports its activity logs, including audit logs, interactive and non-interactive sign-ins, service principal and managed identity sign-ins, provisioning and risk events, to an appropriate destination. Entra keeps these logs only for a limited time, and exporting them allows long-term retention, correlation and alerting on identity attacks.',
      ja: 'Microsoft Entra ID に診断設定を作成し、監査ログ、対話型および非対話型のサインイン、サービス プリンシパルやマネージド ID のサインイン、プロビジョニング、リスク イベントなどのアクティビティ ログを適切な送信先にエクスポートすることを求めます。Entra でのログの保持期間は限られているため、エクスポートすることで長期保管、相関分析、ID への攻撃に対するアラートが可能になります。',
    },
  },
  {
    id: '6.1.1.9', section: '6 Management and Governance Services', title: 'Ensure that Intune Logs are Captured and Sent to Log Analytics', assessment: 'manual', level: 2,
    titleJa: 'Intune のログを取得して Log Analytics に送信する',
    description: {
      en: 'Intune should have a diagnostic setting that sends its audit, operational, device compliance and device logs to a Log Analytics workspace. Having device management events next to other logs supports correlation, alerting and faster response to threats involving managed endpoints.',
      ja: 'Intune に診断設定を作成し、監査、運用、デバイス コンプライアンス、デバイスのログを Log Analytics ワークスペースに送信することを求めます。デバイス管理のイベントを他のログと合わせて扱えるようにすることで、相関分析やアラートが可能になり、管理対象エンドポイントに関わる脅威に素早く対応できます。',
    },
  },
  {
    id: '6.1.2.1', section: '6 Management and Governance Services', title: 'Ensure that Activity Log Alert Exists for Create Policy Assignment', assessment: 'automated', level: 1,
    titleJa: 'ポリシー割り当ての作成に対するアクティビティ ログ アラートを作成する',
    description: {
      en: 'An activity log alert, with an action group notifying the right people, should fire whenever an Azure Policy assignment is created (Microsoft.Authorization/policyAssignments/write). New or changed assignments can weaken guardrails or apply unwanted effects, so they should be noticed quickly.',
      ja: 'Azure Policy の割り当てが作成されたとき（Microsoft.Authorization/policyAssignments/write）に発報し、アクション グループで適切な担当者に通知するアクティビティ ログ アラートを作成することを求めます。新規や変更された割り当てはガードレールを弱めたり意図しない効果を適用したりしうるため、速やかに把握する必要があります。',
    },
  },
  {
    id: '6.1.2.2', section: '6 Management and Governance Services', title: 'Ensure that Activity Log Alert exists for Delete Policy Assignment', assessment: 'automated', level: 1,
    titleJa: 'ポリシー割り当ての削除に対するアクティビティ ログ アラートを作成する',
    description: {
      en: 'An activity log alert with an action group should notify the right people whenever an Azure Policy assignment is deleted (Microsoft.Authorization/policyAssignments/delete). Removing an assignment quietly lifts the controls it enforced or audited, and may be an attacker covering their tracks.',
      ja: 'Azure Policy の割り当てが削除されたとき（Microsoft.Authorization/policyAssignments/delete）に、アクション グループで適切な担当者に通知するアクティビティ ログ アラートを作成することを求めます。割り当てを削除すると、それが強制または監査していた制御が気付かれないまま外れてしまい、攻撃者が痕跡を隠そうとしている可能性もあります。',
    },
  },
  {
    id: '6.1.2.3', section: '6 Management and Governance Services', title: 'Ensure that Activity Log Alert Exists for Create or Update Network Security Group', assessment: 'automated', level: 1,
    titleJa: 'ネットワーク セキュリティ グループの作成または更新に対するアクティビティ ログ アラートを作成する',
    description: {
      en: 'An activity log alert with an action group should notify the right people whenever a network security group is created or updated (Microsoft.Network/networkSecurityGroups/write). NSG changes alter which traffic can reach resources, so an unexpected one may expose services.',
      ja: 'ネットワーク セキュリティ グループが作成または更新されたとき（Microsoft.Network/networkSecurityGroups/write）に、アクション グループで適切な担当者に通知するアクティビティ ログ アラートを作成することを求めます。NSG の変更はリソースに到達できる通信を変えるため、想定外の変更はサービスの公開につながるおそれがあります。',
    },
  },
  {
    id: '6.1.2.4', section: '6 Management and Governance Services', title: 'Ensure that Activity Log Alert Exists for Delete Network Security Group', assessment: 'automated', level: 1,
    titleJa: 'ネットワーク セキュリティ グループの削除に対するアクティビティ ログ アラートを作成する',
    description: {
      en: 'An activity log alert with an action group should notify the right people whenever a network security group is deleted (Microsoft.Network/networkSecurityGroups/delete). Deleting an NSG removes the filtering on the subnets and interfaces it protected, so it should never go unnoticed.',
      ja: 'ネットワーク セキュリティ グループが削除されたとき（Microsoft.Network/networkSecurityGroups/delete）に、アクション グループで適切な担当者に通知するアクティビティ ログ アラートを作成することを求めます。NSG を削除すると、それが保護していたサブネットやネットワーク インターフェイスのフィルタリングがなくなるため、見逃してはなりません。',
    },
  },
  {
    id: '6.1.2.5', section: '6 Management and Governance Services', title: 'Ensure that Activity Log Alert Exists for Create or Update Security Solution', assessment: 'automated', level: 1,
    titleJa: 'セキュリティ ソリューションの作成または更新に対するアクティビティ ログ アラートを作成する',
    description: {
      en: 'An activity log alert with an action group should notify the right people whenever a security solution is created or updated (Microsoft.Security/securitySolutions/write). Changes to active security solutions can be a sign of tampering with the tools that protect the environment.',
      ja: 'セキュリティ ソリューションが作成または更新されたとき（Microsoft.Security/securitySolutions/write）に、アクション グループで適切な担当者に通知するアクティビティ ログ アラートを作成することを求めます。稼働中のセキュリティ ソリューションの変更は、環境を守るツールの改ざんを示している可能性があります。',
    },
  },
  {
    id: '6.1.2.6', section: '6 Management and Governance Services', title: 'Ensure that Activity Log Alert Exists for Delete Security Solution', assessment: 'automated', level: 1,
    titleJa: 'セキュリティ ソリューションの削除に対するアクティビティ ログ アラートを作成する',
    description: {
      en: 'An activity log alert with an action group should notify the right people whenever a security solution is deleted (Microsoft.Security/securitySolutions/delete). Removing a security solution reduces protection and is a typical step before or during an attack.',
      ja: 'セキュリティ ソリューションが削除されたとき（Microsoft.Security/securitySolutions/delete）に、アクション グループで適切な担当者に通知するアクティビティ ログ アラートを作成することを求めます。セキュリティ ソリューションの削除は防御を弱めるものであり、攻撃の前や最中によく見られる手口です。',
    },
  },
  {
    id: '6.1.2.7', section: '6 Management and Governance Services', title: 'Ensure that Activity Log Alert Exists for Create or Update SQL Server Firewall Rule', assessment: 'automated', level: 1,
    titleJa: 'SQL Server ファイアウォール規則の作成または更新に対するアクティビティ ログ アラートを作成する',
    description: {
      en: 'An activity log alert with an action group should notify the right people whenever an Azure SQL server firewall rule is created or updated (Microsoft.Sql/servers/firewallRules/write). A new or widened rule can open a database to networks, or to the internet, that should not reach it.',
      ja: 'Azure SQL サーバーのファイアウォール規則が作成または更新されたとき（Microsoft.Sql/servers/firewallRules/write）に、アクション グループで適切な担当者に通知するアクティビティ ログ アラートを作成することを求めます。規則の追加や範囲の拡大により、本来到達すべきでないネットワークやインターネットにデータベースが開放されるおそれがあります。',
    },
  },
  {
    id: '6.1.2.8', section: '6 Management and Governance Services', title: 'Ensure that Activity Log Alert Exists for Delete SQL Server Firewall Rule', assessment: 'automated', level: 1,
    titleJa: 'SQL Server ファイアウォール規則の削除に対するアクティビティ ログ アラートを作成する',
    description: {
      en: 'An activity log alert with an action group should notify the right people whenever an Azure SQL server firewall rule is deleted (Microsoft.Sql/servers/firewallRules/delete). Tracking deletions completes the picture of how network access to SQL servers is being changed.',
      ja: 'Azure SQL サーバーのファイアウォール規則が削除されたとき（Microsoft.Sql/servers/firewallRules/delete）に、アクション グループで適切な担当者に通知するアクティビティ ログ アラートを作成することを求めます。削除も追跡することで、SQL サーバーへのネットワーク アクセスがどのように変更されているかを漏れなく把握できます。',
    },
  },
  {
    id: '6.1.2.9', section: '6 Management and Governance Services', title: 'Ensure that Activity Log Alert Exists for Create or Update Public IP Address rule', assessment: 'automated', level: 1,
    titleJa: 'パブリック IP アドレスの作成または更新に対するアクティビティ ログ アラートを作成する',
    description: {
      en: 'An activity log alert with an action group should notify the right people whenever a public IP address resource is created or updated (Microsoft.Network/publicIPAddresses/write). Each new public IP is a potential new entry point from the internet and should be a deliberate, noticed change.',
      ja: 'パブリック IP アドレスのリソースが作成または更新されたとき（Microsoft.Network/publicIPAddresses/write）に、アクション グループで適切な担当者に通知するアクティビティ ログ アラートを作成することを求めます。新しいパブリック IP はインターネットからの新たな侵入口になりうるため、意図的で把握された変更であるべきです。',
    },
  },
  {
    id: '6.1.2.10', section: '6 Management and Governance Services', title: 'Ensure that Activity Log Alert Exists for Delete Public IP Address rule', assessment: 'automated', level: 1,
    titleJa: 'パブリック IP アドレスの削除に対するアクティビティ ログ アラートを作成する',
    description: {
      en: 'An activity log alert with an action group should notify the right people whenever a public IP address resource is deleted (Microsoft.Network/publicIPAddresses/delete). Watching deletions as well as creations keeps the inventory of internet-facing addresses accurate and reveals unexpected changes.',
      ja: 'パブリック IP アドレスのリソースが削除されたとき（Microsoft.Network/publicIPAddresses/delete）に、アクション グループで適切な担当者に通知するアクティビティ ログ アラートを作成することを求めます。作成だけでなく削除も監視することで、インターネットに面したアドレスの把握を正確に保ち、想定外の変更に気付けます。',
    },
  },
  {
    id: '6.1.2.11', section: '6 Management and Governance Services', title: 'Ensure that an Activity Log Alert Exists for Service Health', assessment: 'automated', level: 1,
    titleJa: 'Service Health に対するアクティビティ ログ アラートを作成する',
    description: {
      en: 'Each subscription should have an activity log alert for Service Health events covering all services and event types, with an action group that notifies the right people. The team then hears promptly about Azure incidents, planned maintenance and security advisories that affect the services and regions it uses.',
      ja: '各サブスクリプションに、すべてのサービスとイベントの種類を対象とする Service Health のアクティビティ ログ アラートを作成し、アクション グループで適切な担当者に通知することを求めます。これにより、利用中のサービスやリージョンに影響する Azure の障害、計画メンテナンス、セキュリティ アドバイザリを速やかに把握できます。',
    },
  },
  {
    id: '6.1.3.1', section: '6 Management and Governance Services', title: 'Ensure Application Insights are Configured', assessment: 'automated', level: 2,
    titleJa: 'Application Insights を構成する',
    description: {
      en: 'Applications should be instrumented with workspace-based Application Insights so that their telemetry, traces and performance data are collected. This application-level data is not captured anywhere else in Azure and helps trace where an incident inside an application started.',
      ja: 'アプリケーションにワークスペース ベースの Application Insights を組み込み、テレメトリ、トレース、パフォーマンス データを収集することを求めます。アプリケーション レベルのデータは Azure の他の仕組みでは取得されず、アプリケーション内でのインシデントの発生源をたどるのに役立ちます。',
    },
  },
  {
    id: '6.1.4', section: '6 Management and Governance Services', title: 'Ensure that Azure Monitor Resource Logging is Enabled for All Services that Support it', assessment: 'manual', level: 1,
    titleJa: 'サポートするすべてのサービスで Azure Monitor のリソース ログを有効にする',
    description: {
      en: 'Every resource that supports Azure Monitor resource logs should have a diagnostic setting sending them to a suitable destination, with the amount of logging chosen according to the sensitivity of the data involved. Unlike the activity log, resource logs are off by default, and without them data-plane access, such as reads from a breached data store, cannot be reconstructed.',
      ja: 'Azure Monitor のリソース ログに対応するすべてのリソースに診断設定を作成して適切な送信先に送ること、またログの詳細度は扱うデータの機密度に応じて決めることを求めます。アクティビティ ログと異なりリソース ログは既定で無効であり、これがないと侵害されたデータ ストアへの読み取りなど、データ プレーンのアクセスを再現できません。',
    },
  },
  {
    id: '6.1.5', section: '6 Management and Governance Services', title: 'Ensure Basic, Free, and Consumption SKUs are not used on Production artifacts requiring monitoring and SLA', assessment: 'manual', level: 2,
    titleJa: '監視と SLA を必要とする本番環境のリソースに Basic、Free、Consumption の SKU を使用しない',
    description: {
      en: 'Production resources that need monitoring and a service-level agreement, such as public IP addresses, load balancers, Redis caches, SQL databases and VPN gateways, should use Standard or higher SKUs rather than Basic, Free or Consumption tiers. The lower tiers often lack an SLA, or the monitoring and security features that production workloads rely on.',
      ja: 'パブリック IP アドレス、ロード バランサー、Azure Cache for Redis、SQL データベース、VPN ゲートウェイなど、監視と SLA を必要とする本番環境のリソースには、Basic、Free、Consumption ではなく Standard 以上の SKU を使用することを求めます。下位の SKU には SLA がなかったり、本番ワークロードが必要とする監視やセキュリティの機能が欠けていたりすることがよくあります。',
    },
  },
  {
    id: '6.2', section: '6 Management and Governance Services', title: 'Ensure that Resource Locks are set for Mission-Critical Azure Resources', assessment: 'manual', level: 2,
    titleJa: 'ミッション クリティカルな Azure リソースにリソース ロックを設定する',
    description: {
      en: 'Mission-critical subscriptions, resource groups and resources should carry a CanNotDelete or ReadOnly lock. Locks stop authorized users and automation from deleting or changing those resources by accident, adding a safeguard on top of RBAC.',
      ja: 'ミッション クリティカルなサブスクリプション、リソース グループ、リソースに CanNotDelete（削除）または ReadOnly（読み取り専用）のロックを設定することを求めます。ロックにより、権限を持つユーザーや自動化処理による誤った削除や変更を防ぎ、RBAC に加えた安全策となります。',
    },
  },
  {
    id: '7.1', section: '7 Networking Services', title: 'Ensure that RDP Access from the Internet is Evaluated and Restricted', assessment: 'automated', level: 1,
    titleJa: 'インターネットからの RDP アクセスを評価して制限する',
    description: {
      en: 'No network security group should allow inbound TCP 3389 (RDP) from any source such as 0.0.0.0/0, Internet or Any. RDP exposed to the internet is brute-forced constantly, and a compromised VM becomes a foothold into the rest of the network; administration should go through Azure Bastion, a VPN or similar.',
      ja: 'どのネットワーク セキュリティ グループでも、0.0.0.0/0、Internet、Any などの任意の送信元から TCP 3389（RDP）への受信を許可しないことを求めます。インターネットに公開された RDP は常にブルート フォース攻撃を受け、侵害された VM はネットワークの他の部分への足掛かりとなります。管理には Azure Bastion や VPN などを使用すべきです。',
    },
  },
  {
    id: '7.2', section: '7 Networking Services', title: 'Ensure that SSH Access from the Internet is Evaluated and Restricted', assessment: 'automated', level: 1,
    titleJa: 'インターネットからの SSH アクセスを評価して制限する',
    description: {
      en: 'Unless it is explicitly required and narrowly scoped, no network security group should allow inbound TCP 22 (SSH) from any source such as 0.0.0.0/0, Internet or Any. Internet-facing SSH invites brute-force attacks, and a compromised VM can be used to attack other resources; private paths such as Bastion, VPN or ExpressRoute should be used instead.',
      ja: '明示的に必要で範囲が絞り込まれている場合を除き、どのネットワーク セキュリティ グループでも、0.0.0.0/0、Internet、Any などの任意の送信元から TCP 22（SSH）への受信を許可しないことを求めます。インターネットに面した SSH はブルート フォース攻撃を招き、侵害された VM は他のリソースへの攻撃に利用されます。代わりに Bastion、VPN、ExpressRoute などのプライベートな経路を使用すべきです。',
    },
  },
  {
    id: '7.3', section: '7 Networking Services', title: 'Ensure that UDP Port Access from the Internet is Evaluated and Restricted', assessment: 'automated', level: 1,
    titleJa: 'インターネットからの UDP ポートへのアクセスを評価して制限する',
    description: {
      en: 'Unless explicitly required, network security groups should not allow inbound UDP from the internet to services such as DNS, NTP, SNMP, SSDP or CLDAP. Exposed UDP services can be attacked themselves and can also be abused as amplifiers in reflection DDoS attacks against others.',
      ja: '明示的に必要な場合を除き、ネットワーク セキュリティ グループで、DNS、NTP、SNMP、SSDP、CLDAP などのサービスへのインターネットからの UDP 受信を許可しないことを求めます。公開された UDP サービスは、それ自体が攻撃を受けるだけでなく、他者へのリフレクション型 DDoS 攻撃の増幅器として悪用されるおそれがあります。',
    },
  },
  {
    id: '7.4', section: '7 Networking Services', title: 'Ensure that HTTP(S) Access from the Internet is Evaluated and Restricted', assessment: 'automated', level: 1,
    titleJa: 'インターネットからの HTTP(S) アクセスを評価して制限する',
    description: {
      en: 'Network security groups should not allow inbound TCP 80 or 443 from any source to resources that are not meant to be public web endpoints, and published web applications should sit behind a WAF or load balancer. Needlessly open web ports give attackers a way to probe and brute-force resources from the internet.',
      ja: '公開 Web エンドポイントを意図していないリソースについて、ネットワーク セキュリティ グループで任意の送信元から TCP 80 や 443 への受信を許可しないこと、公開する Web アプリケーションは WAF やロード バランサーの背後に置くことを求めます。不要にインターネットへ開かれた Web ポートは、攻撃者による調査やブルート フォースの入口となります。',
    },
  },
  {
    id: '7.5', section: '7 Networking Services', title: 'Ensure that Network Security Group Flow Log Retention Days is Set to Greater than or equal to 90', assessment: 'automated', level: 2,
    titleJa: 'ネットワーク セキュリティ グループ（NSG）のフロー ログの保持日数を 90 日以上に設定する',
    description: {
      en: 'Flow logs should be retained in their storage account for at least 90 days, or indefinitely (a retention of 0). Looking back at traffic is essential when a breach is suspected, and short retention can delete the evidence before the incident is discovered. NSG flow logs are being retired, so the same setting applies to the virtual network flow logs that replace them.',
      ja: 'フロー ログをストレージ アカウントに 90 日以上、または無期限（保持日数 0）保持することを求めます。侵害が疑われる際には過去の通信をさかのぼる必要があり、保持期間が短いとインシデントに気付く前に証拠が消えてしまいます。NSG フロー ログは廃止予定のため、後継の仮想ネットワーク フロー ログにも同じ設定を適用します。',
    },
  },
  {
    id: '7.6', section: '7 Networking Services', title: "Ensure that Network Watcher is 'Enabled' for Azure Regions That are in Use", assessment: 'automated', level: 2,
    titleJa: '使用中の Azure リージョンで Network Watcher を有効にする',
    description: {
      en: 'Network Watcher should be enabled in every Azure region where the subscription has resources. It provides the network diagnostics, topology and flow logging that other network monitoring controls depend on.',
      ja: 'サブスクリプションがリソースを持つすべての Azure リージョンで Network Watcher を有効にすることを求めます。Network Watcher は、他のネットワーク監視の対策が前提とするネットワーク診断、トポロジ表示、フロー ログの機能を提供します。',
    },
  },
  {
    id: '7.7', section: '7 Networking Services', title: 'Ensure that Public IP Addresses are Evaluated on a Periodic Basis', assessment: 'manual', level: 1,
    titleJa: 'パブリック IP アドレスを定期的に評価する',
    description: {
      en: 'The public IP addresses allocated in the tenant should be reviewed periodically to confirm that each is still needed and that the resource behind it is protected by controls such as firewalls or a WAF. Forgotten or unintended public IPs are unmonitored entry points from the internet.',
      ja: 'テナントに割り当てられたパブリック IP アドレスを定期的に確認し、それぞれが引き続き必要であること、背後のリソースがファイアウォールや WAF などで保護されていることを確かめることを求めます。忘れられた、あるいは意図せず割り当てられたパブリック IP は、監視されていないインターネットからの入口となります。',
    },
  },
  {
    id: '7.8', section: '7 Networking Services', title: 'Ensure that Virtual Network Flow Log Retention Days is Set to Greater than or Equal to 90', assessment: 'automated', level: 2,
    titleJa: '仮想ネットワークのフロー ログの保持日数を 90 日以上に設定する',
    description: {
      en: 'Virtual network flow logs should be retained in their storage account for at least 90 days, or indefinitely (a retention of 0). Keeping three months of traffic records makes it possible to investigate anomalies and trace a suspected breach after the fact.',
      ja: '仮想ネットワーク フロー ログをストレージ アカウントに 90 日以上、または無期限（保持日数 0）保持することを求めます。3 か月分の通信記録を残すことで、異常の調査や侵害の疑いを事後に追跡できます。',
    },
  },
  {
    id: '7.9', section: '7 Networking Services', title: "Ensure 'Authentication type' is Set to 'Azure Active Directory' only for Azure VPN Gateway Point-to-Site Configuration", assessment: 'automated', level: 2,
    titleJa: 'Azure VPN Gateway のポイント対サイト構成で「認証の種類」を Azure Active Directory のみに設定する',
    description: {
      en: 'Point-to-site configurations on Azure VPN gateways should use only Microsoft Entra ID authentication (labelled Azure Active Directory in the portal), not certificates or RADIUS. Entra ID authentication brings central identity management, MFA and Conditional Access to VPN users and removes the need to manage static client certificates.',
      ja: 'Azure VPN Gateway のポイント対サイト構成では、証明書や RADIUS ではなく、Microsoft Entra ID（ポータル上の表記は Azure Active Directory）による認証のみを使用することを求めます。Entra ID 認証により、VPN ユーザーに一元的な ID 管理、MFA、条件付きアクセスを適用でき、静的なクライアント証明書の管理も不要になります。',
    },
  },
  {
    id: '7.10', section: '7 Networking Services', title: 'Ensure Azure Web Application Firewall (WAF) is Enabled on Azure Application Gateway', assessment: 'automated', level: 2,
    titleJa: 'Azure Application Gateway で Azure Web Application Firewall（WAF）を有効にする',
    description: {
      en: 'Application gateways should run on the WAF V2 tier with a Web Application Firewall policy attached. The WAF filters common web attacks before they reach the applications published through the gateway.',
      ja: 'Application Gateway を WAF V2 レベルで運用し、Web アプリケーション ファイアウォール（WAF）ポリシーを関連付けることを求めます。WAF は、ゲートウェイ経由で公開されるアプリケーションに届く前に一般的な Web 攻撃を遮断します。',
    },
  },
  {
    id: '7.11', section: '7 Networking Services', title: 'Ensure Subnets Are Associated with Network Security Groups', assessment: 'automated', level: 1,
    titleJa: 'サブネットをネットワーク セキュリティ グループに関連付ける',
    description: {
      en: 'Every subnet should be associated with a network security group. A subnet without an NSG has no subnet-level traffic filtering, so the resources in it rely entirely on other controls to keep unwanted connections out.',
      ja: 'すべてのサブネットをネットワーク セキュリティ グループに関連付けることを求めます。NSG のないサブネットではサブネット単位の通信フィルタリングが行われず、その中のリソースは不要な接続からの保護を他の対策だけに頼ることになります。',
    },
  },
  {
    id: '7.12', section: '7 Networking Services', title: "Ensure the SSL Policy's 'Min protocol version' is Set to 'TLSv1_2' or Higher on Azure Application Gateway", assessment: 'automated', level: 1,
    titleJa: 'Azure Application Gateway の SSL ポリシーの「最小プロトコル バージョン」を TLSv1_2 以上に設定する',
    description: {
      en: 'The SSL policy on application gateway listeners should set the minimum protocol version to TLS 1.2 or higher. TLS 1.0 and 1.1 have known weaknesses, and allowing them lets clients negotiate connections that do not properly protect data in transit.',
      ja: 'Application Gateway のリスナーの SSL ポリシーで、最小プロトコル バージョンを TLS 1.2 以上に設定することを求めます。TLS 1.0 と 1.1 には既知の脆弱性があり、これらを許可すると、転送中のデータを十分に保護できない接続がクライアントとの間で確立されるおそれがあります。',
    },
  },
  {
    id: '7.13', section: '7 Networking Services', title: "Ensure 'HTTP2' is Set to 'Enabled' on Azure Application Gateway", assessment: 'automated', level: 1,
    titleJa: 'Azure Application Gateway で HTTP2 を有効にする',
    description: {
      en: 'HTTP/2 support should be enabled on application gateways. Modern clients use HTTP/2 over encrypted connections, so enabling it supports current, secure client connections, while clients that cannot use it fall back to HTTP/1.1.',
      ja: 'Application Gateway で HTTP/2 のサポートを有効にすることを求めます。最新のクライアントは暗号化された接続で HTTP/2 を使用するため、有効にすることで最新の安全な接続に対応できます。対応していないクライアントは HTTP/1.1 にフォールバックします。',
    },
  },
  {
    id: '7.14', section: '7 Networking Services', title: 'Ensure Request Body Inspection is Enabled in Azure Web Application Firewall policy on Azure Application Gateway', assessment: 'automated', level: 2,
    titleJa: 'Azure Application Gateway の Azure Web Application Firewall ポリシーで要求本文の検査を有効にする',
    description: {
      en: 'WAF policies attached to application gateways should enforce request body inspection. Without looking at request bodies, the firewall cannot detect attacks such as SQL injection or cross-site scripting carried in POST data.',
      ja: 'Application Gateway に関連付けた WAF ポリシーで要求本文の検査を有効にすることを求めます。本文を検査しないと、POST データに含まれる SQL インジェクションやクロスサイト スクリプティングなどの攻撃を WAF が検知できません。',
    },
  },
  {
    id: '7.15', section: '7 Networking Services', title: 'Ensure Bot Protection is Enabled in Azure Web Application Firewall Policy on Azure Application Gateway', assessment: 'automated', level: 2,
    titleJa: 'Azure Application Gateway の Azure Web Application Firewall ポリシーでボット保護を有効にする',
    description: {
      en: 'WAF policies on application gateways should include the Microsoft bot manager rule set with the rules for malicious bots enabled. This blocks requests from known bad IP addresses and cuts down automated scraping, scanning and vulnerability probing of the application.',
      ja: 'Application Gateway の WAF ポリシーに Microsoft のボット マネージャー規則セットを追加し、悪意のあるボットに関する規則を有効にすることを求めます。これにより既知の悪意ある IP アドレスからの要求を遮断し、アプリケーションに対する自動的なスクレイピング、スキャン、脆弱性探索を減らせます。',
    },
  },
  {
    id: '7.16', section: '7 Networking Services', title: 'Ensure Azure Network Security Perimeter is Used to Secure Azure Platform-as-a-service Resources', assessment: 'manual', level: 2,
    titleJa: 'Azure ネットワーク セキュリティ境界を使用して Azure PaaS リソースを保護する',
    description: {
      en: 'Supported PaaS resources, such as storage accounts, Key Vault, Event Hubs and Azure Monitor, should be associated with a network security perimeter that has appropriate inbound and outbound access rules. The perimeter denies public access to those services by default and helps prevent data exfiltration.',
      ja: 'ストレージ アカウント、Key Vault、Event Hubs、Azure Monitor など対応する PaaS リソースをネットワーク セキュリティ境界に関連付け、適切な受信・送信のアクセス規則を設定することを求めます。境界はこれらのサービスへのパブリック アクセスを既定で拒否し、データ流出の防止に役立ちます。',
    },
  },
  {
    id: '8.1.1.1', section: '8 Security Services', title: "Ensure Microsoft Defender CSPM is Set to 'On'", assessment: 'automated', level: 2,
    titleJa: 'Microsoft Defender CSPM をオンにする',
    description: {
      en: 'The Defender CSPM plan of Microsoft Defender for Cloud should be turned on for each subscription. It adds advanced posture management, such as attack path analysis and the cloud security explorer, giving far more detailed visibility into risks and hardening guidance than the free foundational features.',
      ja: '各サブスクリプションで Microsoft Defender for Cloud の Defender CSPM プランをオンにすることを求めます。攻撃パス分析やクラウド セキュリティ エクスプローラーなどの高度な態勢管理が加わり、無料の基本機能よりもはるかに詳しくリスクを可視化し、強化のためのガイダンスが得られます。',
    },
  },
  {
    id: '8.1.2.1', section: '8 Security Services', title: "Ensure Microsoft Defender for APIs is Set to 'On'", assessment: 'automated', level: 2,
    titleJa: 'Microsoft Defender for APIs をオンにする',
    description: {
      en: 'The Microsoft Defender for APIs plan should be turned on so that APIs published through Azure API Management are inventoried and monitored. It surfaces API security misconfigurations and detects runtime threats such as abuse of exposed endpoints.',
      ja: 'Microsoft Defender for APIs プランをオンにし、Azure API Management で公開している API を棚卸しして監視することを求めます。API のセキュリティ設定の不備を可視化し、公開エンドポイントの悪用などの実行時の脅威を検知できます。',
    },
  },
  {
    id: '8.1.3.1', section: '8 Security Services', title: "Ensure that Defender for Servers is Set to 'On'", assessment: 'automated', level: 2,
    titleJa: 'Defender for Servers をオンにする',
    description: {
      en: "The Defender for Servers plan (Plan 1 or Plan 2) should be enabled on each subscription. It provides threat detection and endpoint protection for Windows and Linux machines, backed by Microsoft's threat intelligence.",
      ja: '各サブスクリプションで Defender for Servers プラン（プラン 1 またはプラン 2）を有効にすることを求めます。Microsoft の脅威インテリジェンスに基づき、Windows と Linux のマシンに脅威検知とエンドポイント保護を提供します。',
    },
  },
  {
    id: '8.1.3.2', section: '8 Security Services', title: "Ensure that 'Vulnerability assessment for machines' Component Status is set to 'On'", assessment: 'manual', level: 2,
    titleJa: '「マシンの脆弱性評価」コンポーネントの状態をオンにする',
    description: {
      en: 'The vulnerability assessment for machines component of Defender for Servers should be turned on, so that machines are scanned for missing updates, operating system vulnerabilities and weak configurations. The findings appear as recommendations, letting teams fix weaknesses before they are exploited.',
      ja: 'Defender for Servers の「マシンの脆弱性評価」コンポーネントをオンにし、マシンに対して未適用の更新プログラム、OS の脆弱性、弱い構成のスキャンを行うことを求めます。検出結果は推奨事項として表示され、悪用される前に弱点を修正できます。',
    },
  },
  {
    id: '8.1.3.3', section: '8 Security Services', title: "Ensure that 'Endpoint protection' Component Status is set to 'On'", assessment: 'automated', level: 2,
    titleJa: '「エンドポイント保護」コンポーネントの状態をオンにする',
    description: {
      en: 'The endpoint protection component, which integrates Microsoft Defender for Endpoint with Defender for Cloud, should be turned on. It brings endpoint detection and response (EDR) to servers, helping to detect and respond to advanced attacks on the machines.',
      ja: 'Microsoft Defender for Endpoint を Defender for Cloud と統合する「エンドポイント保護」コンポーネントをオンにすることを求めます。サーバーに EDR（エンドポイントでの検知と対応）の機能が加わり、マシンへの高度な攻撃の検知と対応に役立ちます。',
    },
  },
  {
    id: '8.1.3.4', section: '8 Security Services', title: "Ensure that 'Agentless scanning for machines' Component Status is Set to 'On'", assessment: 'manual', level: 2,
    titleJa: '「マシンのエージェントレス スキャン」コンポーネントの状態をオンにする',
    description: {
      en: 'Agentless scanning for machines should be turned on in Defender for Cloud. It inspects snapshots of VM disks without installing anything on the machines, finding vulnerabilities, threats and sensitive data even where no agent is deployed.',
      ja: 'Defender for Cloud で「マシンのエージェントレス スキャン」をオンにすることを求めます。マシンに何もインストールせずに VM のディスク スナップショットを検査し、エージェントが展開されていない環境でも脆弱性、脅威、機密データを検出できます。',
    },
  },
  {
    id: '8.1.3.5', section: '8 Security Services', title: "Ensure that 'File Integrity Monitoring' Component Status is Set to 'On'", assessment: 'manual', level: 2,
    titleJa: '「ファイルの整合性の監視」コンポーネントの状態をオンにする',
    description: {
      en: 'The File Integrity Monitoring component of Defender for Servers Plan 2 should be turned on. It watches critical operating system files and settings for changes, which can reveal an attacker tampering with a host.',
      ja: 'Defender for Servers プラン 2 の「ファイルの整合性の監視」コンポーネントをオンにすることを求めます。重要な OS ファイルや設定の変更を監視し、攻撃者によるホストの改ざんを発見できます。',
    },
  },
  {
    id: '8.1.4.1', section: '8 Security Services', title: "Ensure That Microsoft Defender for Containers Is Set To 'On'", assessment: 'automated', level: 2,
    titleJa: 'Microsoft Defender for Containers をオンにする',
    description: {
      en: 'The Microsoft Defender for Containers plan should be on, with all of its components (registry vulnerability assessment, agentless discovery for Kubernetes, agentless VM scanning and the Defender sensor) enabled. It provides vulnerability assessment of images and runtime threat detection for Kubernetes clusters and nodes.',
      ja: 'Microsoft Defender for Containers プランをオンにし、レジストリの脆弱性評価、Kubernetes のエージェントレス検出、エージェントレス VM スキャン、Defender センサーのすべてのコンポーネントを有効にすることを求めます。イメージの脆弱性評価と、Kubernetes クラスターやノードの実行時の脅威検知が提供されます。',
    },
  },
  {
    id: '8.1.5.1', section: '8 Security Services', title: "Ensure That Microsoft Defender for Storage Is Set To 'On'", assessment: 'automated', level: 2,
    titleJa: 'Microsoft Defender for Storage をオンにする',
    description: {
      en: 'The Microsoft Defender for Storage plan should be on for each subscription. It detects unusual and potentially harmful access to storage accounts, such as access from suspicious locations, data exfiltration patterns or malware uploads.',
      ja: '各サブスクリプションで Microsoft Defender for Storage プランをオンにすることを求めます。不審な場所からのアクセス、データ持ち出しのパターン、マルウェアのアップロードなど、ストレージ アカウントへの異常で有害な可能性のあるアクセスを検知します。',
    },
  },
  {
    id: '8.1.5.2', section: '8 Security Services', title: 'Ensure Advanced Threat Protection Alerts for Storage Accounts Are Monitored', assessment: 'manual', level: 2,
    titleJa: 'ストレージ アカウントの Advanced Threat Protection アラートを監視する',
    description: {
      en: 'The alerts raised by Defender for Storage should actually be watched: continuous export should send at least medium and high severity security alerts to a Log Analytics workspace or event hub connected to a SIEM, and those alerts should be part of the incident response process. Detection adds little if no one triages what it finds.',
      ja: 'Defender for Storage が出すアラートを実際に監視することを求めます。連続エクスポートで少なくとも重要度が中と高のセキュリティ アラートを SIEM に接続された Log Analytics ワークスペースやイベント ハブに送信し、インシデント対応の手順に組み込みます。検出結果を誰もトリアージしなければ、検知の価値はほとんどありません。',
    },
  },
  {
    id: '8.1.6.1', section: '8 Security Services', title: "Ensure That Microsoft Defender for App Services Is Set To 'On'", assessment: 'automated', level: 2,
    titleJa: 'Microsoft Defender for App Service をオンにする',
    description: {
      en: 'The Microsoft Defender for App Service plan should be on for each subscription. It monitors App Service applications and their underlying hosts for attacks, such as attempts to exploit web vulnerabilities or signs that an app has been compromised.',
      ja: '各サブスクリプションで Microsoft Defender for App Service プランをオンにすることを求めます。App Service のアプリケーションと基盤となるホストを監視し、Web の脆弱性を悪用する試みやアプリが侵害された兆候などの攻撃を検知します。',
    },
  },
  {
    id: '8.1.7.1', section: '8 Security Services', title: "Ensure That Microsoft Defender for Azure Cosmos DB Is Set To 'On'", assessment: 'automated', level: 2,
    titleJa: 'Microsoft Defender for Azure Cosmos DB をオンにする',
    description: {
      en: 'The Microsoft Defender for Azure Cosmos DB plan should be on. It analyzes requests to Cosmos DB accounts and alerts on suspicious activity such as likely injection attacks, unusual access patterns and attempts to extract data.',
      ja: 'Microsoft Defender for Azure Cosmos DB プランをオンにすることを求めます。Cosmos DB アカウントへの要求を分析し、インジェクション攻撃の可能性、通常と異なるアクセス パターン、データの抽出の試みなどの不審な活動を通知します。',
    },
  },
  {
    id: '8.1.7.2', section: '8 Security Services', title: "Ensure That Microsoft Defender for Open-Source Relational Databases Is Set To 'On'", assessment: 'automated', level: 2,
    titleJa: 'Microsoft Defender for オープンソース リレーショナル データベースをオンにする',
    description: {
      en: 'The Microsoft Defender for open-source relational databases plan should be on, covering Azure Database for PostgreSQL, MySQL and MariaDB. It alerts on anomalous activity, such as brute-force attempts and unusual access, that may indicate a compromised database.',
      ja: 'Azure Database for PostgreSQL、MySQL、MariaDB を対象とする Microsoft Defender for オープンソース リレーショナル データベース プランをオンにすることを求めます。ブルート フォースの試みや通常と異なるアクセスなど、データベースの侵害を示す可能性のある異常な活動を通知します。',
    },
  },
  {
    id: '8.1.7.3', section: '8 Security Services', title: "Ensure That Microsoft Defender for (Managed Instance) Azure SQL Databases Is Set To 'On'", assessment: 'automated', level: 2,
    titleJa: 'Microsoft Defender for Azure SQL データベース（マネージド インスタンスを含む）をオンにする',
    description: {
      en: 'The Microsoft Defender for Azure SQL Databases plan should be on, covering Azure SQL Database and SQL Managed Instance. It combines vulnerability assessment with threat detection for anomalous activity such as SQL injection or unusual sign-ins.',
      ja: 'Azure SQL Database と SQL Managed Instance を対象とする Microsoft Defender for Azure SQL データベース プランをオンにすることを求めます。脆弱性評価に加え、SQL インジェクションや通常と異なるサインインなど異常な活動の脅威検知を提供します。',
    },
  },
  {
    id: '8.1.7.4', section: '8 Security Services', title: "Ensure That Microsoft Defender for SQL Servers on Machines Is Set To 'On'", assessment: 'automated', level: 2,
    titleJa: 'Microsoft Defender for マシン上の SQL サーバーをオンにする',
    description: {
      en: 'The Microsoft Defender for SQL servers on machines plan should be on, protecting SQL Server running on Azure VMs and Arc-enabled machines. It finds database vulnerabilities and alerts on suspicious activity that could indicate an attack on the database.',
      ja: 'Azure VM や Azure Arc 対応マシンで動作する SQL Server を保護する Microsoft Defender for マシン上の SQL サーバー プランをオンにすることを求めます。データベースの脆弱性を検出し、データベースへの攻撃を示しうる不審な活動を通知します。',
    },
  },
  {
    id: '8.1.8.1', section: '8 Security Services', title: "Ensure That Microsoft Defender for Key Vault Is Set To 'On'", assessment: 'automated', level: 2,
    titleJa: 'Microsoft Defender for Key Vault をオンにする',
    description: {
      en: 'The Microsoft Defender for Key Vault plan should be on. It detects unusual and potentially harmful attempts to access or exploit key vaults, such as access from suspicious IP addresses or an unusual volume of secret retrievals.',
      ja: 'Microsoft Defender for Key Vault プランをオンにすることを求めます。不審な IP アドレスからのアクセスや通常と異なる量のシークレット取得など、キー コンテナーへの異常で有害な可能性のあるアクセスや悪用の試みを検知します。',
    },
  },
  {
    id: '8.1.9.1', section: '8 Security Services', title: "Ensure That Microsoft Defender for Resource Manager Is Set To 'On'", assessment: 'automated', level: 2,
    titleJa: 'Microsoft Defender for Resource Manager をオンにする',
    description: {
      en: 'The Microsoft Defender for Resource Manager plan should be on. It monitors management operations made through Azure Resource Manager from the portal, CLI, SDKs and templates, and alerts on suspicious control-plane activity such as operations from malicious IP addresses or attack toolkits.',
      ja: 'Microsoft Defender for Resource Manager プランをオンにすることを求めます。ポータル、CLI、SDK、テンプレートから Azure Resource Manager を通じて行われる管理操作を監視し、悪意のある IP アドレスや攻撃ツールからの操作など、コントロール プレーンでの不審な活動を通知します。',
    },
  },
  {
    id: '8.1.10', section: '8 Security Services', title: 'Ensure that Microsoft Defender for Cloud is Configured to Check VM Operating Systems for Updates', assessment: 'automated', level: 1,
    titleJa: 'Microsoft Defender for Cloud で VM のオペレーティング システムの更新プログラムを確認するよう構成する',
    description: {
      en: 'Defender for Cloud should assess virtual machines for missing system and security updates, and no recommendation to install system updates should be left outstanding. Unpatched operating systems are among the most common ways attackers get in.',
      ja: 'Defender for Cloud で仮想マシンの未適用のシステム更新プログラムやセキュリティ更新プログラムを評価し、システム更新プログラムのインストールを求める推奨事項が未対応のまま残っていないことを求めます。修正プログラムが適用されていない OS は、攻撃者の侵入経路として最も一般的なものの一つです。',
    },
  },
  {
    id: '8.1.11', section: '8 Security Services', title: "Ensure that non-deprecated Microsoft Cloud Security Benchmark policies are not set to 'Disabled'", assessment: 'manual', level: 1,
    titleJa: '非推奨ではない Microsoft クラウド セキュリティ ベンチマークのポリシーを「無効」に設定しない',
    description: {
      en: 'In the Microsoft cloud security benchmark initiative that Defender for Cloud assigns, no current (non-deprecated) policy should have its effect set to Disabled. A disabled policy means Defender for Cloud no longer evaluates resources against that recommendation, leaving blind spots in posture reporting.',
      ja: 'Defender for Cloud が割り当てる Microsoft クラウド セキュリティ ベンチマークのイニシアティブで、非推奨ではないポリシーの効果を Disabled（無効）にしないことを求めます。ポリシーが無効だと Defender for Cloud はその推奨事項についてリソースを評価しなくなり、セキュリティ態勢の報告に死角が生じます。',
    },
  },
  {
    id: '8.1.12', section: '8 Security Services', title: "Ensure That 'All users with the following roles' is Set to 'Owner'", assessment: 'automated', level: 1,
    titleJa: '「次のロールを持つすべてのユーザー」を「所有者」に設定する',
    description: {
      en: 'Defender for Cloud email notifications should go to all users holding the Owner role on the subscription. Owners are then told directly about security alerts and can act on them quickly.',
      ja: 'Defender for Cloud のメール通知を、サブスクリプションの所有者ロールを持つすべてのユーザーに送信するよう設定することを求めます。これにより所有者がセキュリティ アラートを直接受け取り、速やかに対処できます。',
    },
  },
  {
    id: '8.1.13', section: '8 Security Services', title: "Ensure 'Additional email addresses' is Configured with a Security Contact Email", assessment: 'automated', level: 1,
    titleJa: '「追加のメール アドレス」にセキュリティ担当者のメール アドレスを設定する',
    description: {
      en: "The Additional email addresses field of Defender for Cloud email notifications should contain the security team's contact address. This makes sure security alerts reach the people responsible for responding, not only the subscription owners.",
      ja: 'Defender for Cloud のメール通知の「追加のメール アドレス」にセキュリティ チームの連絡先を設定することを求めます。これにより、サブスクリプションの所有者だけでなく、対応に責任を持つ担当者にもセキュリティ アラートが届きます。',
    },
  },
  {
    id: '8.1.14', section: '8 Security Services', title: "Ensure that 'Notify about alerts with the following severity (or higher)' is Enabled", assessment: 'automated', level: 1,
    titleJa: '「次の重要度以上のアラートについて通知する」を有効にする',
    description: {
      en: 'Defender for Cloud email notifications should be enabled for alerts at or above a chosen severity. Choosing a sensible threshold ensures the right people hear about significant alerts without being buried in low-severity noise.',
      ja: 'Defender for Cloud で、選択した重要度以上のアラートについてメール通知を有効にすることを求めます。適切なしきい値を選ぶことで、重要度の低い通知に埋もれることなく、重要なアラートを適切な担当者に届けられます。',
    },
  },
  {
    id: '8.1.15', section: '8 Security Services', title: "Ensure that 'Notify about attack paths with the following risk level (or higher)' is Enabled", assessment: 'automated', level: 1,
    titleJa: '「次のリスク レベル以上の攻撃パスについて通知する」を有効にする',
    description: {
      en: 'Defender for Cloud email notifications should also be enabled for attack paths at or above a chosen risk level. Attack paths show how an attacker could chain weaknesses together to reach critical assets, and hearing about new ones lets the team break the chain early.',
      ja: 'Defender for Cloud で、選択したリスク レベル以上の攻撃パスについてもメール通知を有効にすることを求めます。攻撃パスは、攻撃者が弱点をつなげて重要な資産に到達する経路を示すもので、新たな攻撃パスを通知で知ることで早期にその経路を断てます。',
    },
  },
  {
    id: '8.1.16', section: '8 Security Services', title: 'Ensure that Microsoft Defender External Attack Surface Monitoring (EASM) is Enabled', assessment: 'manual', level: 2,
    titleJa: 'Microsoft Defender EASM（外部攻撃面管理）を有効にする',
    description: {
      en: 'A Microsoft Defender External Attack Surface Management (EASM) workspace should be deployed and configured for the organization. It continuously discovers internet-facing assets such as domains, IP addresses and certificates, helping to find exposed or forgotten systems before attackers do. It becomes costly after the free trial, so adoption should be planned.',
      ja: '組織向けに Microsoft Defender External Attack Surface Management（EASM）のワークスペースを展開して構成することを求めます。ドメイン、IP アドレス、証明書など、インターネットに公開された資産を継続的に検出し、公開されたままの、あるいは忘れられたシステムを攻撃者より先に見つけられます。無料試用期間の後は費用が大きくなりうるため、計画的に導入します。',
    },
  },
  {
    id: '8.2.1', section: '8 Security Services', title: "Ensure That Microsoft Defender for IoT Hub Is Set To 'On'", assessment: 'manual', level: 2,
    titleJa: 'IoT Hub で Microsoft Defender for IoT を有効にする',
    description: {
      en: 'Microsoft Defender for IoT should be enabled on IoT hubs. IoT devices are rarely patched and can become a way into the wider network, and Defender for IoT provides threat detection and security recommendations for the hub and its devices.',
      ja: 'IoT Hub で Microsoft Defender for IoT を有効にすることを求めます。IoT デバイスは修正プログラムがほとんど適用されず、より広いネットワークへの侵入口となりえますが、Defender for IoT はハブとそのデバイスに脅威検知とセキュリティの推奨事項を提供します。',
    },
  },
  {
    id: '8.3.1', section: '8 Security Services', title: 'Ensure that the Expiration Date is Set for all Keys in Key Vaults using RBAC', assessment: 'automated', level: 1,
    titleJa: 'RBAC を使用するキー コンテナーのすべてのキーに有効期限を設定する',
    description: {
      en: 'Every enabled key in a key vault that uses the Azure RBAC permission model should have an expiration date. Keys never expire by default; an explicit expiry forces rotation and stops a key from being used beyond its intended lifetime.',
      ja: 'Azure RBAC のアクセス許可モデルを使用するキー コンテナーで、有効なすべてのキーに有効期限を設定することを求めます。既定ではキーに有効期限がないため、明示的に期限を設けることでローテーションを促し、想定した期間を超えてキーが使われることを防ぎます。',
    },
  },
  {
    id: '8.3.2', section: '8 Security Services', title: 'Ensure that the Expiration Date is set for All Keys in Key Vaults using access policies (legacy)', assessment: 'automated', level: 1,
    titleJa: 'アクセス ポリシー（レガシ）を使用するキー コンテナーのすべてのキーに有効期限を設定する',
    description: {
      en: 'Every enabled key in a key vault that still uses the legacy vault access policy model should have an expiration date. As in RBAC vaults, an explicit expiry limits how long a key can be used and drives regular rotation.',
      ja: '従来のコンテナー アクセス ポリシー モデルを使用しているキー コンテナーでも、有効なすべてのキーに有効期限を設定することを求めます。RBAC のコンテナーと同様に、明示的な有効期限によってキーを使用できる期間を制限し、定期的なローテーションを促します。',
    },
  },
  {
    id: '8.3.3', section: '8 Security Services', title: 'Ensure that the Expiration Date is set for All Secrets in Key Vaults using RBAC', assessment: 'automated', level: 1,
    titleJa: 'RBAC を使用するキー コンテナーのすべてのシークレットに有効期限を設定する',
    description: {
      en: 'Every enabled secret in a key vault that uses the Azure RBAC permission model should have an expiration date. Secrets never expire by default, and an explicit expiry ensures that passwords, connection strings and other secrets get rotated instead of being used indefinitely.',
      ja: 'Azure RBAC のアクセス許可モデルを使用するキー コンテナーで、有効なすべてのシークレットに有効期限を設定することを求めます。既定ではシークレットに有効期限がなく、明示的に期限を設けることで、パスワードや接続文字列などのシークレットを無期限に使い続けずにローテーションさせられます。',
    },
  },
  {
    id: '8.3.4', section: '8 Security Services', title: 'Ensure that the Expiration Date is set for All Secrets in Key Vaults using access policies (legacy)', assessment: 'automated', level: 1,
    titleJa: 'アクセス ポリシー（レガシ）を使用するキー コンテナーのすべてのシークレットに有効期限を設定する',
    description: {
      en: 'Every enabled secret in a key vault that uses legacy access policies should have an expiration date. This limits how long a leaked secret stays usable and drives regular rotation.',
      ja: '従来のアクセス ポリシーを使用するキー コンテナーでも、有効なすべてのシークレットに有効期限を設定することを求めます。これにより、漏えいしたシークレットが使用可能な期間を限定し、定期的なローテーションを促せます。',
    },
  },
  {
    id: '8.3.5', section: '8 Security Services', title: "Ensure 'Purge protection' is Set to 'Enabled'", assessment: 'automated', level: 1,
    titleJa: 'キー コンテナーの「消去保護」を有効にする',
    description: {
      en: 'Purge protection should be enabled on every key vault. A deleted vault or vault object then cannot be permanently purged until the retention period ends, so accidental or malicious deletion of keys and secrets can be reversed. Once enabled, purge protection cannot be turned off.',
      ja: 'すべてのキー コンテナーで消去保護を有効にすることを求めます。有効にすると、削除されたコンテナーやその中のオブジェクトは保持期間が終わるまで完全には消去できないため、キーやシークレットが誤って、または悪意をもって削除されても元に戻せます。なお、一度有効にした消去保護は無効にできません。',
    },
  },
  {
    id: '8.3.6', section: '8 Security Services', title: 'Ensure that Role Based Access Control for Azure Key Vault is Enabled', assessment: 'automated', level: 2,
    titleJa: 'Azure Key Vault でロールベースのアクセス制御（RBAC）を有効にする',
    description: {
      en: 'Key vaults should use the Azure role-based access control permission model instead of vault access policies. RBAC gives finer-grained permissions on keys, secrets and certificates and lets privileged access be granted just in time through Privileged Identity Management.',
      ja: 'キー コンテナーでは、コンテナー アクセス ポリシーではなく Azure ロールベースのアクセス制御（RBAC）のアクセス許可モデルを使用することを求めます。RBAC ではキー、シークレット、証明書に対してより細かな権限を設定でき、Privileged Identity Management による Just-In-Time の特権アクセスも可能になります。',
    },
  },
  {
    id: '8.3.7', section: '8 Security Services', title: 'Ensure Public Network Access is Disabled', assessment: 'automated', level: 1,
    titleJa: 'キー コンテナーのパブリック ネットワーク アクセスを無効にする',
    description: {
      en: "Public network access to key vaults should be disabled, with access provided through private endpoints or virtual network integration instead. This removes the vault's line of sight from the public internet, making it much harder for untrusted clients to reach keys and secrets.",
      ja: 'キー コンテナーのパブリック ネットワーク アクセスを無効にし、代わりにプライベート エンドポイントや仮想ネットワーク統合を通じてアクセスさせることを求めます。これによりパブリック インターネットからコンテナーが見えなくなり、信頼されないクライアントがキーやシークレットに到達することが格段に難しくなります。',
    },
  },
  {
    id: '8.3.8', section: '8 Security Services', title: 'Ensure Private Endpoints are Used to Access Azure Key Vault', assessment: 'automated', level: 2,
    titleJa: 'Azure Key Vault へのアクセスにプライベート エンドポイントを使用する',
    description: {
      en: 'Key vaults should be reached through private endpoints in the virtual networks that need them. Traffic to the vault then stays on private addresses and only the intended resources can talk to it; this is especially advisable for vaults holding high-value secrets.',
      ja: 'キー コンテナーには、必要とする仮想ネットワーク内のプライベート エンドポイントを経由してアクセスすることを求めます。コンテナーへの通信がプライベート アドレス上に留まり、通信できるリソースを意図したものに限定できます。特に重要度の高いシークレットを保管するコンテナーで推奨されます。',
    },
  },
  {
    id: '8.3.9', section: '8 Security Services', title: 'Ensure Automatic Key Rotation is Enabled within Azure Key Vault', assessment: 'automated', level: 2,
    titleJa: 'Azure Key Vault でキーの自動ローテーションを有効にする',
    description: {
      en: 'Keys in Key Vault should have a rotation policy with automatic rotation enabled and a suitable rotation interval, at most two years in line with Azure and NIST guidance. Automatic rotation keeps keys fresh without depending on someone remembering to do it by hand.',
      ja: 'Key Vault のキーにローテーション ポリシーを設定し、自動ローテーションを有効にして、Azure と NIST のガイダンスに沿った適切な間隔（最長 2 年）を指定することを求めます。自動ローテーションにより、手作業を忘れることに左右されずにキーを定期的に更新できます。',
    },
  },
  {
    id: '8.3.10', section: '8 Security Services', title: 'Ensure that Azure Key Vault Managed HSM is Used when Required', assessment: 'manual', level: 2,
    titleJa: '必要な場合は Azure Key Vault Managed HSM を使用する',
    description: {
      en: 'Where regulation or risk calls for it, keys should be kept in Azure Key Vault Managed HSM, a single-tenant service validated at FIPS 140-2 Level 3, rather than in standard vaults. It gives the organization sole control of the security domain and isolated access control for its most sensitive keys.',
      ja: '規制やリスクの観点で必要な場合は、標準のキー コンテナーではなく、FIPS 140-2 レベル 3 に準拠したシングルテナントのサービスである Azure Key Vault Managed HSM にキーを保管することを求めます。最も機密性の高いキーについて、セキュリティ ドメインを組織だけで管理でき、分離されたアクセス制御を適用できます。',
    },
  },
  {
    id: '8.3.11', section: '8 Security Services', title: "Ensure Certificate 'Validity Period (in months)' is Less Than or Equal to '12'", assessment: 'automated', level: 1,
    titleJa: '証明書の「有効期間（月数）」を 12 以下に設定する',
    description: {
      en: 'Certificates managed in Key Vault should have an issuance policy with a validity period of 12 months or less. Shorter-lived certificates limit how long a compromised certificate can be misused and keep renewal a regular, well-practised routine.',
      ja: 'Key Vault で管理する証明書の発行ポリシーで、有効期間を 12 か月以下に設定することを求めます。有効期間を短くすることで、侵害された証明書が悪用されうる期間を限定でき、更新も定期的で慣れた作業として維持できます。',
    },
  },
  {
    id: '8.4.1', section: '8 Security Services', title: 'Ensure an Azure Bastion Host Exists', assessment: 'automated', level: 2,
    titleJa: 'Azure Bastion ホストを作成する',
    description: {
      en: 'At least one Azure Bastion host should exist so that administrators can reach virtual machines over RDP and SSH from the browser through TLS. This removes the need to give VMs public IP addresses or open management ports to the internet, and puts access behind Entra ID controls such as MFA and Conditional Access.',
      ja: '少なくとも 1 つの Azure Bastion ホストを用意し、管理者がブラウザーから TLS 経由で仮想マシンに RDP や SSH で接続できるようにすることを求めます。VM にパブリック IP アドレスを付与したり管理用ポートをインターネットに開いたりする必要がなくなり、MFA や条件付きアクセスなどの Entra ID の制御の下でアクセスを一元化できます。',
    },
  },
  {
    id: '8.5', section: '8 Security Services', title: 'Ensure Azure DDoS Network Protection is Enabled on Virtual Networks', assessment: 'automated', level: 2,
    titleJa: '仮想ネットワークで Azure DDoS Network Protection を有効にする',
    description: {
      en: 'Virtual networks should be covered by an Azure DDoS Network Protection plan. It adds tuned, always-on mitigation of volumetric and protocol attacks against public endpoints, helping keep critical workloads available. The plan carries a significant fixed monthly charge, so its scope should be decided with care.',
      ja: '仮想ネットワークを Azure DDoS Network Protection プランで保護することを求めます。パブリック エンドポイントに対する大量トラフィック型やプロトコル型の攻撃を常時、環境に合わせて緩和し、重要なワークロードの可用性を保てます。固定の月額費用が大きいため、対象範囲は慎重に決めます。',
    },
  },
  {
    id: '9.1.1', section: '9 Storage Services', title: 'Ensure Soft Delete for Azure File Shares is Enabled', assessment: 'automated', level: 1,
    titleJa: 'Azure ファイル共有の論理的な削除を有効にする',
    description: {
      en: 'Soft delete should be enabled for Azure file shares, with a retention period between 1 and 365 days. A share deleted by mistake or by an attacker can then be recovered within that window instead of being lost immediately.',
      ja: 'Azure ファイル共有の論理的な削除を有効にし、保持期間を 1～365 日の範囲で設定することを求めます。誤って、あるいは攻撃者によって削除された共有を、すぐに失われることなく保持期間内に復元できます。',
    },
  },
  {
    id: '9.1.2', section: '9 Storage Services', title: "Ensure 'SMB protocol version' is Set to 'SMB 3.1.1' or Higher for SMB file shares", assessment: 'automated', level: 1,
    titleJa: 'SMB ファイル共有の「SMB プロトコル バージョン」を SMB 3.1.1 以上に設定する',
    description: {
      en: 'Storage accounts with SMB file shares should allow only SMB 3.1.1 or later, turning off SMB 2.1 and 3.0. Older protocol versions have known weaknesses and weaker encryption that attackers can exploit.',
      ja: 'SMB ファイル共有を持つストレージ アカウントで SMB 3.1.1 以降のみを許可し、SMB 2.1 と 3.0 を無効にすることを求めます。古いプロトコル バージョンには、攻撃者が悪用しうる既知の弱点や弱い暗号化があります。',
    },
  },
  {
    id: '9.1.3', section: '9 Storage Services', title: "Ensure 'SMB channel encryption' is Set to 'AES-256-GCM' or Higher for SMB file shares", assessment: 'automated', level: 1,
    titleJa: 'SMB ファイル共有の「SMB チャネル暗号化」を AES-256-GCM 以上に設定する',
    description: {
      en: 'SMB file shares should accept only AES-256-GCM (or stronger) channel encryption, removing AES-128-CCM and AES-128-GCM. Using the strongest available cipher protects file data in transit against interception and tampering.',
      ja: 'SMB ファイル共有で AES-256-GCM 以上のチャネル暗号化のみを許可し、AES-128-CCM と AES-128-GCM を外すことを求めます。利用できる最も強力な暗号を使うことで、転送中のファイル データを傍受や改ざんから保護します。',
    },
  },
  {
    id: '9.2.1', section: '9 Storage Services', title: 'Ensure That Soft Delete for Blobs on Azure Blob Storage Storage Accounts is Enabled', assessment: 'automated', level: 1,
    titleJa: 'Azure Blob Storage のストレージ アカウントで BLOB の論理的な削除を有効にする',
    description: {
      en: 'Storage accounts with blob storage should have soft delete for blobs enabled, with a retention period that suits the organization. Blobs that are deleted or overwritten, accidentally or maliciously, can then be restored within that period.',
      ja: 'Blob Storage を使用するストレージ アカウントで BLOB の論理的な削除を有効にし、組織に合った保持期間を設定することを求めます。誤って、あるいは悪意をもって削除・上書きされた BLOB を、その期間内であれば復元できます。',
    },
  },
  {
    id: '9.2.2', section: '9 Storage Services', title: 'Ensure that Soft Delete for Containers on Azure Blob Storage Storage Accounts is Enabled', assessment: 'automated', level: 1,
    titleJa: 'Azure Blob Storage のストレージ アカウントでコンテナーの論理的な削除を有効にする',
    description: {
      en: 'Storage accounts with blob storage should also have soft delete for containers enabled. Deleting a container removes every blob in it at once, and container soft delete keeps the whole container recoverable for the retention period.',
      ja: 'Blob Storage を使用するストレージ アカウントで、コンテナーの論理的な削除も有効にすることを求めます。コンテナーを削除するとその中のすべての BLOB が一度に失われますが、コンテナーの論理的な削除を有効にしておけば、保持期間中はコンテナー全体を復元できます。',
    },
  },
  {
    id: '9.2.3', section: '9 Storage Services', title: "Ensure 'Versioning' is Set to 'Enabled' on Azure Blob Storage Storage Accounts", assessment: 'automated', level: 2,
    titleJa: 'Azure Blob Storage のストレージ アカウントで「バージョン管理」を有効にする',
    description: {
      en: 'Blob versioning should be enabled on storage accounts that hold blob data, ideally together with a lifecycle policy that prunes old versions. Every write keeps the previous version, so data can be restored after accidental changes, deletion or ransomware-style overwriting.',
      ja: 'BLOB データを保持するストレージ アカウントで BLOB のバージョン管理を有効にし、できればライフサイクル ポリシーで古いバージョンを整理することを求めます。書き込みのたびに以前のバージョンが保持されるため、誤った変更、削除、ランサムウェアによる上書きの後でもデータを復元できます。',
    },
  },
  {
    id: '9.3.1.1', section: '9 Storage Services', title: "Ensure That 'Enable key rotation reminders' is Enabled for Each Storage Account", assessment: 'automated', level: 1,
    titleJa: '各ストレージ アカウントで「キーのローテーションのリマインダーを有効にする」を有効にする',
    description: {
      en: "Each storage account should have an access key rotation reminder configured, for example every 90 days or whatever period the organization's policy requires. The reminder prompts regular regeneration of the account keys, which are powerful shared credentials.",
      ja: '各ストレージ アカウントでアクセス キーのローテーションのリマインダーを、たとえば 90 日ごと、あるいは組織のポリシーが求める間隔で設定することを求めます。リマインダーにより、強力な共有認証情報であるアカウント キーの定期的な再生成が促されます。',
    },
  },
  {
    id: '9.3.1.2', section: '9 Storage Services', title: 'Ensure That Storage Account Access keys are Periodically Regenerated', assessment: 'automated', level: 1,
    titleJa: 'ストレージ アカウントのアクセス キーを定期的に再生成する',
    description: {
      en: "Both access keys of every storage account should be regenerated periodically, for example at least every 90 days. The keys grant full access to the account's data, and rotating them limits how long a leaked key remains useful.",
      ja: '各ストレージ アカウントの 2 つのアクセス キーを、たとえば 90 日ごとなど定期的に再生成することを求めます。アクセス キーはアカウントのデータへのフル アクセスを与えるため、ローテーションによって漏えいしたキーが有効な期間を限定できます。',
    },
  },
  {
    id: '9.3.1.3', section: '9 Storage Services', title: "Ensure 'Allow storage account key access' for Azure Storage Accounts is 'Disabled'", assessment: 'automated', level: 1,
    titleJa: 'Azure ストレージ アカウントの「ストレージ アカウント キーへのアクセスを許可する」を無効にする',
    description: {
      en: 'Shared Key authorization should be disallowed on storage accounts so that requests have to be authorized with Microsoft Entra ID. Account keys, and SAS tokens signed with them, are hard to scope and attribute, whereas Entra ID provides per-identity RBAC and logging.',
      ja: 'ストレージ アカウントで共有キーによる認可を禁止し、要求を Microsoft Entra ID で認可させることを求めます。アカウント キーやそれで署名した SAS トークンは範囲の限定や利用者の特定が難しい一方、Entra ID では ID ごとの RBAC とログ記録が利用できます。',
    },
  },
  {
    id: '9.3.2.1', section: '9 Storage Services', title: 'Ensure Private Endpoints are Used to Access Storage Accounts', assessment: 'automated', level: 2,
    titleJa: 'ストレージ アカウントへのアクセスにプライベート エンドポイントを使用する',
    description: {
      en: 'Storage accounts should be accessed through approved private endpoints from each virtual network that needs them. Traffic then stays on private addresses and the Microsoft backbone, reducing exposure to interception and to the public internet.',
      ja: 'ストレージ アカウントには、アクセスが必要な各仮想ネットワークから承認済みのプライベート エンドポイントを経由してアクセスすることを求めます。通信がプライベート アドレスと Microsoft のバックボーン上に留まり、傍受やパブリック インターネットへの露出を減らせます。',
    },
  },
  {
    id: '9.3.2.2', section: '9 Storage Services', title: "Ensure that 'Public Network Access' is 'Disabled' for Storage Accounts", assessment: 'automated', level: 1,
    titleJa: 'ストレージ アカウントの「パブリック ネットワーク アクセス」を無効にする',
    description: {
      en: "Public network access should be disabled on storage accounts unless it is genuinely needed, with access granted through private endpoints and controlled identities or SAS tokens. This takes the account's data endpoints off the internet altogether.",
      ja: '本当に必要な場合を除き、ストレージ アカウントのパブリック ネットワーク アクセスを無効にし、プライベート エンドポイントと管理された ID や SAS トークンを通じてアクセスを許可することを求めます。これにより、アカウントのデータ エンドポイントがインターネットから完全に切り離されます。',
    },
  },
  {
    id: '9.3.2.3', section: '9 Storage Services', title: 'Ensure Default Network Access Rule for Storage Accounts is Set to Deny', assessment: 'automated', level: 1,
    titleJa: 'ストレージ アカウントの既定のネットワーク アクセス規則を「拒否」に設定する',
    description: {
      en: "The storage account firewall's default action should be Deny, allowing only selected virtual networks and IP ranges. Otherwise the account accepts connections from any network, and only authentication stands between the internet and the data.",
      ja: 'ストレージ アカウントのファイアウォールの既定のアクションを「拒否」にし、選択した仮想ネットワークと IP 範囲のみを許可することを求めます。そうしないとアカウントはあらゆるネットワークからの接続を受け付け、インターネットとデータの間には認証しか残りません。',
    },
  },
  {
    id: '9.3.3.1', section: '9 Storage Services', title: "Ensure that 'Default to Microsoft Entra authorization in the Azure portal' is Set to 'Enabled'", assessment: 'automated', level: 1,
    titleJa: '「Azure portal で既定で Microsoft Entra 認可を使用する」を有効にする',
    description: {
      en: "Storage accounts should be set to default to Microsoft Entra authorization when users browse data in the Azure portal. The portal then uses the signed-in user's own identity and RBAC rights instead of the account key, which is safer and leaves a per-user trail.",
      ja: 'Azure portal でデータを参照する際に、既定で Microsoft Entra 認可を使用するようストレージ アカウントを設定することを求めます。ポータルはアカウント キーではなくサインインしたユーザー自身の ID と RBAC の権限を使うようになり、より安全で、ユーザーごとの記録も残ります。',
    },
  },
  {
    id: '9.3.4', section: '9 Storage Services', title: "Ensure that 'Secure transfer required' is Set to 'Enabled'", assessment: 'automated', level: 1,
    titleJa: '「安全な転送が必須」を有効にする',
    description: {
      en: 'Secure transfer required should be enabled on every storage account, so that REST requests must use HTTPS and SMB connections must be encrypted. Unencrypted requests are rejected, protecting data and credentials in transit.',
      ja: 'すべてのストレージ アカウントで「安全な転送が必須」を有効にし、REST 要求には HTTPS を、SMB 接続には暗号化を必須にすることを求めます。暗号化されていない要求は拒否され、転送中のデータや認証情報が保護されます。',
    },
  },
  {
    id: '9.3.5', section: '9 Storage Services', title: "Ensure 'Allow trusted Microsoft services to access this resource' is Enabled for Storage Account Access", assessment: 'automated', level: 2,
    titleJa: 'ストレージ アカウントへのアクセスで「信頼された Microsoft サービスによるこのリソースへのアクセスを許可する」を有効にする',
    description: {
      en: "When a storage account's firewall restricts access, the exception that lets trusted Azure services through should be enabled. Services such as Azure Backup, Azure Monitor or Defender can then keep reaching the account with strong authentication, without opening the firewall to broader networks.",
      ja: 'ストレージ アカウントのファイアウォールでアクセスを制限している場合、信頼された Azure サービスを許可する例外を有効にすることを求めます。これにより、Azure Backup、Azure Monitor、Defender などのサービスが強力な認証でアカウントにアクセスし続けられ、ファイアウォールをより広いネットワークに開く必要がなくなります。',
    },
  },
  {
    id: '9.3.6', section: '9 Storage Services', title: "Ensure the 'Minimum TLS version' for Storage Accounts is Set to 'Version 1.2'", assessment: 'automated', level: 1,
    titleJa: 'ストレージ アカウントの「最小 TLS バージョン」を「バージョン 1.2」に設定する',
    description: {
      en: 'The minimum TLS version for storage accounts should be set to 1.2. TLS 1.0 and 1.1 have known weaknesses, and accounts created through the CLI or PowerShell may otherwise still accept them.',
      ja: 'ストレージ アカウントの最小 TLS バージョンを 1.2 に設定することを求めます。TLS 1.0 と 1.1 には既知の弱点があり、CLI や PowerShell で作成したアカウントでは、設定しないとこれらを受け付けたままになることがあります。',
    },
  },
  {
    id: '9.3.7', section: '9 Storage Services', title: "Ensure 'Cross Tenant Replication' is Not Enabled", assessment: 'automated', level: 1,
    titleJa: '「テナント間レプリケーション」を有効にしない',
    description: {
      en: "Cross-tenant object replication should be disallowed on storage accounts. Otherwise blob data can be replicated, by mistake or on purpose, to an account in another Entra tenant that is outside the organization's governance.",
      ja: 'ストレージ アカウントでテナント間のオブジェクト レプリケーションを禁止することを求めます。そうしないと、誤って、あるいは意図的に、BLOB データを組織の管理が及ばない別の Entra テナントのアカウントへ複製できてしまいます。',
    },
  },
  {
    id: '9.3.8', section: '9 Storage Services', title: "Ensure that 'Allow Blob Anonymous Access' is Set to 'Disabled'", assessment: 'automated', level: 1,
    titleJa: '「BLOB の匿名アクセスを許可する」を無効にする',
    description: {
      en: 'Allow Blob Anonymous Access should be disabled on storage accounts. While it is enabled, containers can be made publicly readable, and anyone who finds or guesses a blob URL can read the data without credentials.',
      ja: 'ストレージ アカウントで「BLOB の匿名アクセスを許可する」を無効にすることを求めます。有効だとコンテナーを公開読み取りにでき、BLOB の URL を見つけたり推測したりした誰もが認証なしでデータを読み取れてしまいます。',
    },
  },
  {
    id: '9.3.9', section: '9 Storage Services', title: 'Ensure Azure Resource Manager Delete Locks are Applied to Azure Storage Accounts', assessment: 'manual', level: 1,
    titleJa: 'Azure ストレージ アカウントに Azure Resource Manager の削除ロックを適用する',
    description: {
      en: 'Storage accounts should carry a CanNotDelete (Delete) resource lock. The lock prevents the account, and the resource group that contains it, from being deleted by accident or by a compromised identity, although it does not stop data inside the account from being deleted.',
      ja: 'ストレージ アカウントに CanNotDelete（削除）のリソース ロックを適用することを求めます。ロックにより、アカウントやそれを含むリソース グループが誤って、あるいは侵害された ID によって削除されることを防げます。ただし、アカウント内のデータの削除は防げません。',
    },
  },
  {
    id: '9.3.10', section: '9 Storage Services', title: 'Ensure Azure Resource Manager ReadOnly Locks are Considered for Azure Storage Accounts', assessment: 'manual', level: 2,
    titleJa: 'Azure ストレージ アカウントへの Azure Resource Manager の読み取り専用ロックの適用を検討する',
    description: {
      en: 'A ReadOnly resource lock should be considered for storage accounts, particularly those serving blob and queue workloads. Beyond preventing deletion, it blocks changes to account settings, network rules and role assignments and stops clients from listing the account keys, at the cost of breaking clients that depend on shared keys.',
      ja: '特に BLOB やキューのワークロードを扱うストレージ アカウントについて、ReadOnly（読み取り専用）のリソース ロックの適用を検討することを求めます。削除の防止に加えて、アカウント設定、ネットワーク規則、ロールの割り当ての変更を防ぎ、アカウント キーの一覧取得も阻止できますが、共有キーに依存するクライアントは動作しなくなります。',
    },
  },
  {
    id: '9.3.11', section: '9 Storage Services', title: "Ensure Redundancy is Set to 'geo-redundant storage (GRS)' on Critical Azure Storage Accounts", assessment: 'automated', level: 2,
    titleJa: '重要な Azure ストレージ アカウントの冗長性を「geo 冗長ストレージ（GRS）」に設定する',
    description: {
      en: 'Storage accounts holding critical data should use geo-redundant storage, which keeps a copy in a second, distant region. This protects against losing data in a regional outage or disaster and supports recovery objectives.',
      ja: '重要なデータを保持するストレージ アカウントで geo 冗長ストレージ（GRS）を使用し、離れた別のリージョンにコピーを保持することを求めます。リージョン全体の障害や災害によるデータの損失を防ぎ、復旧目標の達成を支えます。',
    },
  },
];
