/**
 * The AWS Security Hub CSPM controls mamori's rules map to under the `fsbp` framework id (AWS
 * Foundational Security Best Practices), with titles as published in the AWS Security Hub controls
 * reference and descriptions in mamori's own words. Some of these controls belong to Security Hub's
 * CIS, NIST or PCI standards rather than the FSBP standard itself; they share the same control
 * catalogue. This is not the complete FSBP list: only the controls mamori evaluates are here.
 */
import type { FrameworkRequirement } from '../../../frameworks/types.js';

export const FSBP_CONTROLS: FrameworkRequirement[] = [
  {
    id: 'Account.1', title: 'Security contact information should be provided for an AWS account', section: 'Account',
    titleJa: 'AWS アカウントにセキュリティ連絡先情報を登録する',
    description: {
      en: 'The account must have a security alternate contact registered so that AWS can reach the people responsible for security. Without it, notices about leaked credentials, abuse reports or suspicious activity go only to the general contact and may be missed or reach responders too late.',
      ja: 'AWS がセキュリティ担当者に直接連絡できるよう、アカウントに「セキュリティ」の代替連絡先を登録することを求めます。未登録だと、認証情報の漏えいや不正利用の報告、不審な活動に関する通知が一般の連絡先にしか届かず、見落としや対応の遅れにつながります。',
    },
  },
  {
    id: 'Account.2', title: 'AWS accounts should be part of an AWS Organizations organization', section: 'Account',
    titleJa: 'AWS アカウントを AWS Organizations の組織に所属させる',
    description: {
      en: 'Each account should be a member of an AWS Organizations organization rather than a standalone account. Membership lets you apply service control policies, centralise CloudTrail, Config and GuardDuty, and manage billing and access consistently; a standalone account escapes these guardrails and is easily forgotten.',
      ja: '各アカウントを単独で運用せず、AWS Organizations の組織のメンバーとすることを求めます。組織に属することでサービスコントロールポリシー（SCP）の適用や CloudTrail・Config・GuardDuty の一元管理、請求やアクセスの統一的な管理が可能になります。単独のアカウントはこうしたガードレールの外に置かれ、管理から漏れがちです。',
    },
  },
  {
    id: 'CloudTrail.1', title: 'CloudTrail should be enabled and configured with at least one multi-Region trail that includes read and write management events', section: 'CloudTrail',
    titleJa: 'CloudTrail を有効にし、読み取りと書き込みの管理イベントを記録するマルチリージョンの証跡を 1 つ以上設定する',
    description: {
      en: 'At least one trail must cover every Region and record both read and write management events. Without it, API activity in unused or newly enabled Regions goes unrecorded, which is exactly where an attacker with stolen credentials can act unnoticed and leave nothing for an investigation.',
      ja: 'すべてのリージョンを対象とし、読み取り・書き込み両方の管理イベントを記録する証跡を少なくとも 1 つ設定することを求めます。これがないと、普段使っていないリージョンや新たに有効化したリージョンでの API 操作が記録されず、盗まれた認証情報による活動が気付かれないまま調査の手掛かりも残りません。',
    },
  },
  {
    id: 'CloudTrail.2', title: 'CloudTrail should have encryption at-rest enabled', section: 'CloudTrail',
    titleJa: 'CloudTrail の保存時の暗号化を有効にする',
    description: {
      en: 'Trail log files must be encrypted with an AWS KMS key (SSE-KMS) rather than only the default S3 encryption. Reading the logs then also requires permission to use the key, so someone who gains read access to the log bucket alone cannot browse a record of all account activity.',
      ja: '証跡のログファイルを S3 の既定の暗号化だけでなく AWS KMS キー（SSE-KMS）で暗号化することを求めます。ログの閲覧にキーの使用権限も必要になるため、ログバケットの読み取り権限だけを得た者がアカウント全体の操作記録を閲覧することを防げます。',
    },
  },
  {
    id: 'CloudTrail.4', title: 'CloudTrail log file validation should be enabled', section: 'CloudTrail',
    titleJa: 'CloudTrail のログファイルの検証を有効にする',
    description: {
      en: 'Log file integrity validation must be turned on so that CloudTrail writes signed digest files alongside the logs. With it you can prove whether a log file was modified or deleted after delivery; without it, an intruder who edits the logs to hide their actions leaves no evidence of tampering.',
      ja: 'ログファイルの整合性検証を有効にし、CloudTrail が署名付きのダイジェストファイルをログとともに出力するようにすることを求めます。これにより配信後のログの改ざんや削除を検証できます。無効のままだと、侵入者が痕跡を消すためにログを書き換えても改ざんの証拠が残りません。',
    },
  },
  {
    id: 'CloudTrail.5', title: 'CloudTrail trails should be integrated with Amazon CloudWatch Logs', section: 'CloudTrail',
    titleJa: 'CloudTrail の証跡を Amazon CloudWatch Logs と統合する',
    description: {
      en: 'Trails should deliver their events to a CloudWatch Logs log group as well as to S3. This is what makes near-real-time metric filters and alarms on API activity possible; logs that only land in S3 are useful for after-the-fact investigation but raise no alert while an attack is under way.',
      ja: '証跡のイベントを S3 に加えて CloudWatch Logs のロググループにも配信することを求めます。これにより API 操作に対するメトリクスフィルターとアラームでほぼリアルタイムに検知できます。S3 にしか保存しない場合、事後の調査には使えても、攻撃の最中に警告を上げることはできません。',
    },
  },
  {
    id: 'CloudTrail.7', title: 'Ensure S3 bucket access logging is enabled on the CloudTrail S3 bucket', section: 'CloudTrail',
    titleJa: 'CloudTrail の S3 バケットでサーバーアクセスログを有効にする',
    description: {
      en: 'The S3 bucket that receives CloudTrail logs must have server access logging enabled. Its access log records who read, wrote or deleted the audit logs themselves, so attempts to view or destroy the evidence of other activity can be traced.',
      ja: 'CloudTrail のログを保存する S3 バケットでサーバーアクセスログを有効にすることを求めます。アクセスログには監査ログ自体を誰が読み取り、書き込み、削除したかが記録されるため、他の操作の証拠を閲覧・消去しようとする試みを追跡できます。',
    },
  },
  {
    id: 'CloudWatch.1', title: 'A log metric filter and alarm should exist for usage of the "root" user', section: 'CloudWatch',
    titleJa: 'ルートユーザーの使用に対するメトリクスフィルターとアラームを設定する',
    description: {
      en: 'A metric filter on the CloudTrail log group should match any activity by the root user, with an alarm that notifies someone. The root user bypasses IAM permissions and should almost never be used, so any sign-in or API call by it is either an unusual planned task or a sign of compromise that needs immediate attention.',
      ja: 'CloudTrail のロググループに、ルートユーザーによるあらゆる操作を検出するメトリクスフィルターと通知用のアラームを設定することを求めます。ルートユーザーは IAM の権限制御を受けず、通常はほとんど使うべきでないため、そのサインインや API 呼び出しは計画的な例外作業か侵害の兆候であり、直ちに確認が必要です。',
    },
  },
  {
    id: 'CloudWatch.2', title: 'Ensure a log metric filter and alarm exist for unauthorized API calls', section: 'CloudWatch',
    titleJa: '不正な API 呼び出しに対するメトリクスフィルターとアラームを設定する',
    description: {
      en: 'A metric filter should count API calls that fail with AccessDenied or UnauthorizedOperation errors, with an alarm on it. A burst of denied calls often means stolen credentials being used to probe what they can reach, or a misconfigured application, and both deserve prompt investigation.',
      ja: 'AccessDenied や UnauthorizedOperation で失敗した API 呼び出しを数えるメトリクスフィルターとアラームを設定することを求めます。拒否された呼び出しが急増する場合、盗まれた認証情報で到達可能な範囲を探っているか、アプリケーションの設定誤りである可能性が高く、どちらも早急な調査が必要です。',
    },
  },
  {
    id: 'CloudWatch.3', title: 'Ensure a log metric filter and alarm exist for Management Console sign-in without MFA', section: 'CloudWatch',
    titleJa: 'MFA を使用しないマネジメントコンソールへのサインインに対するメトリクスフィルターとアラームを設定する',
    description: {
      en: 'A metric filter should match successful console sign-ins that did not use MFA, with an alarm on it. Such sign-ins show that a password alone was enough to get in, which is the situation a phished or reused password exploits; alerting on them finds accounts missing MFA and possible misuse.',
      ja: 'MFA を使わずに成功したコンソールサインインを検出するメトリクスフィルターとアラームを設定することを求めます。このようなサインインはパスワードだけで侵入できる状態を示しており、フィッシングや使い回しのパスワードが悪用される典型です。通知により MFA 未設定のユーザーや不正利用の可能性を把握できます。',
    },
  },
  {
    id: 'CloudWatch.4', title: 'Ensure a log metric filter and alarm exist for IAM policy changes', section: 'CloudWatch',
    titleJa: 'IAM ポリシーの変更に対するメトリクスフィルターとアラームを設定する',
    description: {
      en: 'A metric filter should match API calls that create, delete, attach, detach or version IAM policies, with an alarm on it. Policy changes are how permissions are escalated or backdoors granted, so being told about each one lets you catch an unauthorised privilege change quickly.',
      ja: 'IAM ポリシーの作成・削除・アタッチ・デタッチ・バージョン変更などの API 呼び出しを検出するメトリクスフィルターとアラームを設定することを求めます。ポリシーの変更は権限昇格やバックドア付与の手段となるため、変更ごとに通知を受けることで不正な権限変更を早期に発見できます。',
    },
  },
  {
    id: 'CloudWatch.5', title: 'Ensure a log metric filter and alarm exist for CloudTrail configuration changes', section: 'CloudWatch',
    titleJa: 'CloudTrail の設定変更に対するメトリクスフィルターとアラームを設定する',
    description: {
      en: 'A metric filter should match calls that create, update, delete, stop or start CloudTrail trails, with an alarm on it. Disabling or redirecting logging is a common first step for an attacker who wants to work unobserved, so any change to trails should be noticed immediately.',
      ja: 'CloudTrail の証跡の作成・更新・削除・停止・開始の呼び出しを検出するメトリクスフィルターとアラームを設定することを求めます。ログ記録の停止や出力先の変更は、攻撃者が監視を逃れるために最初に行う典型的な操作であり、証跡への変更は直ちに把握すべきです。',
    },
  },
  {
    id: 'CloudWatch.6', title: 'Ensure a log metric filter and alarm exist for AWS Management Console authentication failures', section: 'CloudWatch',
    titleJa: 'AWS マネジメントコンソールの認証失敗に対するメトリクスフィルターとアラームを設定する',
    description: {
      en: 'A metric filter should count failed console sign-in attempts, with an alarm on it. Repeated failures point to password guessing or credential-stuffing against your users, and an alert gives you the chance to lock accounts or tighten access before a guess succeeds.',
      ja: 'コンソールへのサインイン失敗を数えるメトリクスフィルターとアラームを設定することを求めます。失敗の繰り返しはパスワードの総当たりやリスト型攻撃を示唆しており、通知によって推測が成功する前にアカウントのロックやアクセス制限を行う機会が得られます。',
    },
  },
  {
    id: 'CloudWatch.7', title: 'Ensure a log metric filter and alarm exist for disabling or scheduled deletion of customer managed keys', section: 'CloudWatch',
    titleJa: 'カスタマーマネージドキーの無効化または削除予定に対するメトリクスフィルターとアラームを設定する',
    description: {
      en: 'A metric filter should match DisableKey and ScheduleKeyDeletion calls on KMS keys, with an alarm on it. Disabling or deleting a key makes every piece of data encrypted with it unreadable, so an alert during the waiting period is what lets you cancel an accidental or malicious deletion.',
      ja: 'KMS キーに対する DisableKey や ScheduleKeyDeletion の呼び出しを検出するメトリクスフィルターとアラームを設定することを求めます。キーを無効化・削除すると、そのキーで暗号化したデータはすべて読めなくなるため、待機期間中に通知を受けることで誤操作や悪意ある削除を取り消せます。',
    },
  },
  {
    id: 'CloudWatch.8', title: 'Ensure a log metric filter and alarm exist for S3 bucket policy changes', section: 'CloudWatch',
    titleJa: 'S3 バケットポリシーの変更に対するメトリクスフィルターとアラームを設定する',
    description: {
      en: 'A metric filter should match changes to bucket policies, ACLs, CORS, lifecycle and replication settings, with an alarm on it. A single policy edit can make a bucket public or grant another account access, so these changes should reach a human quickly enough to reverse an accidental exposure.',
      ja: 'バケットポリシー、ACL、CORS、ライフサイクル、レプリケーション設定の変更を検出するメトリクスフィルターとアラームを設定することを求めます。ポリシーを一度編集するだけでバケットが公開されたり他アカウントにアクセスが許可されたりするため、誤った公開を元に戻せるよう速やかに担当者へ通知すべきです。',
    },
  },
  {
    id: 'CloudWatch.9', title: 'Ensure a log metric filter and alarm exist for AWS Config configuration changes', section: 'CloudWatch',
    titleJa: 'AWS Config の設定変更に対するメトリクスフィルターとアラームを設定する',
    description: {
      en: 'A metric filter should match calls that stop the configuration recorder or change the recorder or delivery channel, with an alarm on it. Turning off AWS Config removes the inventory and change history of your resources, which an attacker may do to hide the changes they make next.',
      ja: '設定レコーダーの停止や、レコーダー・配信チャネルの変更を検出するメトリクスフィルターとアラームを設定することを求めます。AWS Config を止めるとリソースのインベントリと変更履歴が失われるため、攻撃者がその後の変更を隠す目的で行うことがあります。',
    },
  },
  {
    id: 'CloudWatch.10', title: 'Ensure a log metric filter and alarm exist for security group changes', section: 'CloudWatch',
    titleJa: 'セキュリティグループの変更に対するメトリクスフィルターとアラームを設定する',
    description: {
      en: 'A metric filter should match the creation, deletion and rule changes of security groups, with an alarm on it. Opening a port to the internet is one API call away, so timely notice of security group edits helps catch an unintended exposure before it is found by scanners.',
      ja: 'セキュリティグループの作成・削除・ルール変更を検出するメトリクスフィルターとアラームを設定することを求めます。インターネットへのポート開放は API 呼び出し 1 回で起こり得るため、変更を速やかに把握することで、スキャナーに見つかる前に意図しない公開に気付けます。',
    },
  },
  {
    id: 'CloudWatch.11', title: 'Ensure a log metric filter and alarm exist for changes to Network Access Control Lists (NACL)', section: 'CloudWatch',
    titleJa: 'ネットワーク ACL（NACL）の変更に対するメトリクスフィルターとアラームを設定する',
    description: {
      en: 'A metric filter should match the creation, deletion and entry changes of network ACLs, with an alarm on it. NACLs are a subnet-wide layer of traffic filtering, and a loosened rule can expose every instance in the subnet, so changes should be reviewed as they happen.',
      ja: 'ネットワーク ACL の作成・削除・エントリ変更を検出するメトリクスフィルターとアラームを設定することを求めます。ネットワーク ACL はサブネット全体に効く通信制御であり、ルールを緩めるとサブネット内のすべてのインスタンスが露出し得るため、変更はその都度確認すべきです。',
    },
  },
  {
    id: 'CloudWatch.12', title: 'Ensure a log metric filter and alarm exist for changes to network gateways', section: 'CloudWatch',
    titleJa: 'ネットワークゲートウェイの変更に対するメトリクスフィルターとアラームを設定する',
    description: {
      en: 'A metric filter should match the creation, attachment, detachment and deletion of internet and customer gateways, with an alarm on it. Attaching a gateway can give a private network a path to or from the internet or another network, so such changes need to be known and approved.',
      ja: 'インターネットゲートウェイやカスタマーゲートウェイの作成・アタッチ・デタッチ・削除を検出するメトリクスフィルターとアラームを設定することを求めます。ゲートウェイをアタッチするとプライベートネットワークにインターネットや他ネットワークとの経路ができるため、こうした変更は把握・承認されているべきです。',
    },
  },
  {
    id: 'CloudWatch.13', title: 'Ensure a log metric filter and alarm exist for route table changes', section: 'CloudWatch',
    titleJa: 'ルートテーブルの変更に対するメトリクスフィルターとアラームを設定する',
    description: {
      en: 'A metric filter should match the creation, modification and deletion of route tables and routes, with an alarm on it. A changed route can send traffic around inspection points or out through an unintended gateway, so route changes should be visible as soon as they occur.',
      ja: 'ルートテーブルやルートの作成・変更・削除を検出するメトリクスフィルターとアラームを設定することを求めます。ルートの変更によって通信が検査ポイントを迂回したり、意図しないゲートウェイから外部へ出たりし得るため、発生時点で把握できるようにすべきです。',
    },
  },
  {
    id: 'CloudWatch.14', title: 'Ensure a log metric filter and alarm exist for VPC changes', section: 'CloudWatch',
    titleJa: 'VPC の変更に対するメトリクスフィルターとアラームを設定する',
    description: {
      en: 'A metric filter should match VPC creation, deletion, attribute changes, peering and ClassicLink operations, with an alarm on it. Peering connections and similar changes can link networks that were meant to stay separate, so they should be reviewed when they happen rather than discovered later.',
      ja: 'VPC の作成・削除・属性変更、ピアリングや ClassicLink の操作を検出するメトリクスフィルターとアラームを設定することを求めます。ピアリング接続などの変更は分離しておくべきネットワーク同士をつなげてしまうことがあるため、後から気付くのではなく発生時に確認すべきです。',
    },
  },
  {
    id: 'CloudWatch.15', title: 'CloudWatch alarms should have specified actions configured', section: 'CloudWatch',
    titleJa: 'CloudWatch アラームにアクションを設定する',
    description: {
      en: 'Every CloudWatch alarm should have at least one action, such as an SNS notification, for the ALARM state. An alarm without an action only changes colour in the console, so the condition it was built to detect can persist for days without anyone being told.',
      ja: 'すべての CloudWatch アラームに、ALARM 状態になったときの SNS 通知などのアクションを少なくとも 1 つ設定することを求めます。アクションのないアラームはコンソール上で状態が変わるだけで、検知すべき事象が起きても誰にも知らされないまま何日も続くおそれがあります。',
    },
  },
  {
    id: 'CloudWatch.16', title: 'CloudWatch log groups should be retained for a specified time period', section: 'CloudWatch',
    titleJa: 'CloudWatch ロググループを指定した期間保持する',
    description: {
      en: 'Log groups should keep their events for at least a minimum period, one year by default. Intrusions are often discovered months after they begin, and logs that have already expired leave nothing to reconstruct what happened or to satisfy retention requirements.',
      ja: 'ロググループのイベントを最低限の期間（既定では 1 年）以上保持することを求めます。侵害は開始から数か月後に発覚することが多く、ログがすでに期限切れだと何が起きたかを再構成できず、保存要件も満たせません。',
    },
  },
  {
    id: 'CloudWatch.17', title: 'CloudWatch alarm actions should be activated', section: 'CloudWatch',
    titleJa: 'CloudWatch アラームのアクションを有効にする',
    description: {
      en: 'Alarm actions must be enabled on each CloudWatch alarm. Actions can be switched off while the alarm definition stays in place, which silently stops notifications and automated responses; this control catches alarms left muted after maintenance.',
      ja: '各 CloudWatch アラームでアラームアクションが有効になっていることを求めます。アラームの定義を残したままアクションだけを無効化できるため、通知や自動対応が気付かれないまま止まってしまいます。メンテナンス後に無効のまま放置されたアラームを検出します。',
    },
  },
  {
    id: 'Config.1', title: 'AWS Config should be enabled and use the service-linked role for resource recording', section: 'Config',
    titleJa: 'AWS Config を有効にし、リソースの記録にサービスリンクロールを使用する',
    description: {
      en: 'AWS Config must be recording resources in the Region, using the AWS Config service-linked role. Config provides the resource inventory and configuration history that Security Hub controls and investigations rely on; without it, many checks cannot run and past configurations cannot be reviewed.',
      ja: 'リージョンで AWS Config がリソースを記録しており、AWS Config のサービスリンクロールを使用していることを求めます。Config は Security Hub のコントロールや調査が依存するリソースのインベントリと設定履歴を提供するため、無効だと多くのチェックが実行できず、過去の設定も確認できません。',
    },
  },
  {
    id: 'EC2.1', title: 'Amazon EBS snapshots should not be publicly restorable', section: 'EC2',
    titleJa: 'Amazon EBS スナップショットをパブリックに復元可能にしない',
    description: {
      en: 'No EBS snapshot may be shared with all AWS accounts. A public snapshot can be copied by anyone, turned into a volume and mounted, exposing the full disk contents, including databases, keys and configuration files.',
      ja: 'EBS スナップショットをすべての AWS アカウントと共有しないことを求めます。公開されたスナップショットは誰でもコピーしてボリュームを作成・マウントでき、データベースや鍵、設定ファイルを含むディスクの内容がすべて露出します。',
    },
  },
  {
    id: 'EC2.2', title: 'VPC default security groups should not allow inbound or outbound traffic', section: 'EC2',
    titleJa: 'VPC のデフォルトセキュリティグループでインバウンドとアウトバウンドの通信を許可しない',
    description: {
      en: "Each VPC's default security group must have no inbound or outbound rules. Resources land in the default group whenever no group is chosen, so leaving it permissive silently grants network access to anything launched carelessly; an empty default group forces a deliberate choice.",
      ja: '各 VPC のデフォルトセキュリティグループにインバウンド・アウトバウンドのルールを一切設定しないことを求めます。セキュリティグループを指定しないとリソースはデフォルトグループに入るため、これが緩いと不用意に起動したものに気付かないまま通信が許可されます。空にしておけば明示的な選択を強制できます。',
    },
  },
  {
    id: 'EC2.3', title: 'Attached Amazon EBS volumes should be encrypted at-rest', section: 'EC2',
    titleJa: 'アタッチされた Amazon EBS ボリュームを保存時に暗号化する',
    description: {
      en: 'Every EBS volume attached to an instance must be encrypted. Encryption protects the data, and the snapshots taken from it, against disclosure through a leaked snapshot, a mis-shared volume or access to the underlying storage, and ties access to KMS key permissions.',
      ja: 'インスタンスにアタッチされたすべての EBS ボリュームを暗号化することを求めます。暗号化により、スナップショットの流出や誤った共有、基盤ストレージへのアクセスによるデータの漏えいを防ぎ、アクセスを KMS キーの権限に結び付けられます。そのボリュームから作成したスナップショットも暗号化されます。',
    },
  },
  {
    id: 'EC2.4', title: 'Stopped EC2 instances should be removed after a specified time period', section: 'EC2',
    titleJa: '停止した EC2 インスタンスを指定期間後に削除する',
    description: {
      en: 'Instances that have been stopped for longer than an allowed period (30 days by default) should be terminated. Long-stopped instances miss patches and keep their volumes, roles and network settings, so restarting one brings an outdated, unmonitored machine back onto the network.',
      ja: '許容期間（既定では 30 日）を超えて停止したままのインスタンスを終了することを求めます。長期間停止したインスタンスはパッチが適用されないままボリュームやロール、ネットワーク設定を保持しており、再起動すると古く監視されていないマシンがネットワークに戻ってきます。',
    },
  },
  {
    id: 'EC2.6', title: 'VPC flow logging should be enabled in all VPCs', section: 'EC2',
    titleJa: 'すべての VPC で VPC フローログを有効にする',
    description: {
      en: 'Every VPC must have flow logs capturing at least rejected traffic. Flow logs are the only record of which addresses talked to which resources, and without them you cannot detect port scans or data exfiltration, nor reconstruct network activity after an incident.',
      ja: 'すべての VPC でフローログを有効にし、少なくとも拒否された通信を記録することを求めます。フローログはどのアドレスがどのリソースと通信したかを示す唯一の記録であり、これがないとポートスキャンやデータの持ち出しを検知できず、インシデント後に通信を再構成することもできません。',
    },
  },
  {
    id: 'EC2.7', title: 'EBS default encryption should be enabled', section: 'EC2',
    titleJa: 'EBS のデフォルト暗号化を有効にする',
    description: {
      en: 'EBS encryption by default must be turned on in each Region. New volumes and snapshot copies are then always encrypted, closing the gap where a template, script or console user forgets to request encryption and creates unprotected storage.',
      ja: '各リージョンで EBS のデフォルト暗号化を有効にすることを求めます。これにより新しいボリュームやスナップショットのコピーが常に暗号化され、テンプレートやスクリプト、コンソール操作で暗号化の指定を忘れて保護されないストレージが作られることを防げます。',
    },
  },
  {
    id: 'EC2.8', title: 'EC2 instances should use Instance Metadata Service Version 2 (IMDSv2)', section: 'EC2',
    titleJa: 'EC2 インスタンスでインスタンスメタデータサービスバージョン 2（IMDSv2）を使用する',
    description: {
      en: 'Instances must require IMDSv2, the session-token version of the instance metadata service. IMDSv1 answers simple GET requests, so a server-side request forgery flaw in an application can be used to read the instance role credentials; IMDSv2 blocks that path.',
      ja: 'インスタンスでセッショントークン方式の IMDSv2 を必須にすることを求めます。IMDSv1 は単純な GET リクエストに応答するため、アプリケーションのサーバーサイドリクエストフォージェリ（SSRF）の脆弱性を突いてインスタンスロールの認証情報を読み取られるおそれがありますが、IMDSv2 はこの経路を塞ぎます。',
    },
  },
  {
    id: 'EC2.9', title: 'Amazon EC2 instances should not have a public IPv4 address', section: 'EC2',
    titleJa: 'Amazon EC2 インスタンスにパブリック IPv4 アドレスを割り当てない',
    description: {
      en: 'Instances should not have a public IPv4 address and should be reached through load balancers, bastions or Session Manager instead. A public address makes the instance directly reachable from the internet, so a single overly open security group rule exposes it to attack.',
      ja: 'インスタンスにパブリック IPv4 アドレスを持たせず、ロードバランサーや踏み台、Session Manager 経由でアクセスすることを求めます。パブリックアドレスがあるとインターネットから直接到達できるため、セキュリティグループのルールが 1 つ緩いだけで攻撃にさらされます。',
    },
  },
  {
    id: 'EC2.12', title: 'Unused Amazon EC2 EIPs should be removed', section: 'EC2',
    titleJa: '未使用の Amazon EC2 Elastic IP アドレスを削除する',
    description: {
      en: 'Elastic IP addresses that are not associated with any instance or network interface should be released. Unused addresses cost money and clutter the inventory, and a forgotten address that is later reattached, or still referenced in DNS or allow-lists, can route traffic to an unintended resource.',
      ja: 'どのインスタンスやネットワークインターフェイスにも関連付けられていない Elastic IP アドレスを解放することを求めます。未使用のアドレスは費用がかかりインベントリを乱雑にするほか、忘れられたアドレスが後で別のリソースに付け替えられたり DNS や許可リストに残っていたりすると、意図しない宛先に通信が流れるおそれがあります。',
    },
  },
  {
    id: 'EC2.13', title: 'Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 22', section: 'EC2',
    titleJa: 'セキュリティグループで 0.0.0.0/0 または ::/0 からポート 22 への受信を許可しない',
    description: {
      en: 'No security group may allow inbound SSH (TCP 22) from any IPv4 or IPv6 address. SSH open to the internet is scanned constantly and attacked with password guessing and exploits; administrative access should come from known ranges or through Session Manager.',
      ja: 'いずれのセキュリティグループでも、任意の IPv4・IPv6 アドレスから SSH（TCP 22）への受信を許可しないことを求めます。インターネットに開いた SSH は常にスキャンされ、パスワード推測や脆弱性攻撃の標的になります。管理アクセスは既知のアドレス範囲か Session Manager 経由に限定すべきです。',
    },
  },
  {
    id: 'EC2.14', title: 'Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 3389', section: 'EC2',
    titleJa: 'セキュリティグループで 0.0.0.0/0 または ::/0 からポート 3389 への受信を許可しない',
    description: {
      en: 'No security group may allow inbound Remote Desktop (TCP 3389) from any IPv4 or IPv6 address. RDP exposed to the internet is a leading entry point for ransomware through brute force and protocol vulnerabilities, so it should be limited to trusted sources.',
      ja: 'いずれのセキュリティグループでも、任意の IPv4・IPv6 アドレスからリモートデスクトップ（TCP 3389）への受信を許可しないことを求めます。インターネットに公開された RDP は総当たり攻撃やプロトコルの脆弱性を通じたランサムウェア侵入の主要な入口であり、信頼できる送信元に限定すべきです。',
    },
  },
  {
    id: 'EC2.15', title: 'Amazon EC2 subnets should not automatically assign public IP addresses', section: 'EC2',
    titleJa: 'Amazon EC2 サブネットでパブリック IP アドレスを自動割り当てしない',
    description: {
      en: "Subnets should have the 'auto-assign public IPv4 address' setting turned off. When it is on, every instance launched in the subnet becomes internet-addressable by default, including ones whose owners never intended them to be public.",
      ja: 'サブネットの「パブリック IPv4 アドレスの自動割り当て」設定を無効にすることを求めます。有効だとサブネット内で起動したすべてのインスタンスが既定でインターネットから到達可能なアドレスを持ち、公開するつもりのなかったものまで露出します。',
    },
  },
  {
    id: 'EC2.16', title: 'Unused Network Access Control Lists should be removed', section: 'EC2',
    titleJa: '未使用のネットワーク ACL を削除する',
    description: {
      en: 'Network ACLs that are not associated with any subnet should be deleted. Orphaned ACLs make the network configuration harder to review, and one with stale or permissive rules can be attached to a subnet later without anyone re-examining it.',
      ja: 'どのサブネットにも関連付けられていないネットワーク ACL を削除することを求めます。使われていない ACL はネットワーク構成の確認を難しくし、古いルールや緩いルールを持つものが後で見直されないままサブネットに関連付けられるおそれがあります。',
    },
  },
  {
    id: 'EC2.17', title: 'Amazon EC2 instances should not use multiple ENIs', section: 'EC2',
    titleJa: 'Amazon EC2 インスタンスで複数の ENI を使用しない',
    description: {
      en: 'Instances should have a single elastic network interface unless multiple are justified. An instance with interfaces in several subnets can bridge network segments that were meant to be isolated, bypassing the routing and filtering that separates them.',
      ja: '正当な理由がない限り、インスタンスの Elastic Network Interface（ENI）を 1 つにすることを求めます。複数のサブネットにインターフェイスを持つインスタンスは、分離すべきネットワークセグメント同士を橋渡しし、それらを隔てるルーティングやフィルタリングを迂回させてしまいます。',
    },
  },
  {
    id: 'EC2.18', title: 'Security groups should only allow unrestricted incoming traffic for authorized ports', section: 'EC2',
    titleJa: 'セキュリティグループで無制限の受信を許可するのは承認済みポートのみとする',
    description: {
      en: 'Security group rules open to 0.0.0.0/0 or ::/0 may only cover an approved list of ports (by default 80 and 443). Any other port open to the whole internet widens the attack surface, often exposing services such as databases or admin interfaces that were never meant to be public.',
      ja: '0.0.0.0/0 や ::/0 に開いたセキュリティグループのルールを、承認済みのポート（既定では 80 と 443）に限ることを求めます。それ以外のポートをインターネット全体に開くと攻撃対象領域が広がり、本来公開すべきでないデータベースや管理画面などのサービスが露出しがちです。',
    },
  },
  {
    id: 'EC2.19', title: 'Security groups should not allow unrestricted access to ports with high risk', section: 'EC2',
    titleJa: 'セキュリティグループで高リスクのポートへの無制限アクセスを許可しない',
    description: {
      en: 'No security group may allow unrestricted inbound access to high-risk ports such as SSH, RDP, SMB, FTP, Telnet and common database ports. These services are actively scanned and exploited, and exposing any of them to the internet is a frequent cause of breaches and ransomware.',
      ja: 'SSH、RDP、SMB、FTP、Telnet、主要なデータベースのポートなど高リスクのポートへの無制限の受信を許可しないことを求めます。これらのサービスは常にスキャンされ悪用されており、インターネットへの公開は侵害やランサムウェア被害の主な原因となっています。',
    },
  },
  {
    id: 'EC2.21', title: 'Network ACLs should not allow ingress from 0.0.0.0/0 to port 22 or port 3389', section: 'EC2',
    titleJa: 'ネットワーク ACL で 0.0.0.0/0 からポート 22 またはポート 3389 への受信を許可しない',
    description: {
      en: 'No network ACL may allow inbound traffic from any address to SSH (22) or RDP (3389). NACLs are a subnet-level backstop, and leaving administrative ports open there means a single permissive security group is enough to expose remote access to the internet.',
      ja: 'いずれのネットワーク ACL でも、任意のアドレスから SSH（22）や RDP（3389）への受信を許可しないことを求めます。ネットワーク ACL はサブネット単位の最後の防衛線であり、ここで管理ポートを開けたままだと、セキュリティグループが 1 つ緩いだけでリモートアクセスがインターネットに露出します。',
    },
  },
  {
    id: 'EC2.53', title: 'EC2 security groups should not allow ingress from 0.0.0.0/0 to remote server administration ports', section: 'EC2',
    titleJa: 'EC2 セキュリティグループで 0.0.0.0/0 からリモートサーバー管理ポートへの受信を許可しない',
    description: {
      en: 'No security group may allow inbound traffic from any IPv4 address to remote administration ports (SSH 22 and RDP 3389). Administrative services reachable from the whole IPv4 internet are brute-forced and exploited within hours, so access should be limited to known ranges or a managed access service.',
      ja: 'いずれのセキュリティグループでも、任意の IPv4 アドレスからリモート管理ポート（SSH 22、RDP 3389）への受信を許可しないことを求めます。IPv4 インターネット全体から到達できる管理サービスは数時間のうちに総当たり攻撃や脆弱性攻撃を受けるため、既知のアドレス範囲や管理されたアクセス手段に限定すべきです。',
    },
  },
  {
    id: 'EC2.54', title: 'EC2 security groups should not allow ingress from ::/0 to remote server administration ports', section: 'EC2',
    titleJa: 'EC2 セキュリティグループで ::/0 からリモートサーバー管理ポートへの受信を許可しない',
    description: {
      en: 'No security group may allow inbound traffic from any IPv6 address to remote administration ports (SSH 22 and RDP 3389). IPv6 rules are easily overlooked when reviews focus on 0.0.0.0/0, yet an open ::/0 rule exposes the same services to attack.',
      ja: 'いずれのセキュリティグループでも、任意の IPv6 アドレスからリモート管理ポート（SSH 22、RDP 3389）への受信を許可しないことを求めます。レビューが 0.0.0.0/0 に偏ると IPv6 のルールは見落とされがちですが、::/0 に開いたルールも同じサービスを攻撃にさらします。',
    },
  },
  {
    id: 'EC2.182', title: 'Amazon EBS Snapshots should not be publicly accessible', section: 'EC2',
    titleJa: 'Amazon EBS スナップショットをパブリックアクセス可能にしない',
    description: {
      en: 'Block public access for EBS snapshots must be enabled in each Region, in the mode that blocks all public sharing. This account-level setting prevents anyone from making a snapshot public and hides snapshots that were already shared, protecting against the data exposure a single mistaken share can cause.',
      ja: '各リージョンで EBS スナップショットのブロックパブリックアクセスを、すべてのパブリック共有をブロックするモードで有効にすることを求めます。このアカウントレベルの設定により、誰もスナップショットを公開できなくなり、既に公開済みのものも非公開として扱われるため、1 回の誤った共有によるデータ露出を防げます。',
    },
  },
  {
    id: 'ECR.1', title: 'ECR private repositories should have image scanning configured', section: 'ECR',
    titleJa: 'ECR プライベートリポジトリでイメージスキャンを設定する',
    description: {
      en: 'Private ECR repositories must scan images for vulnerabilities, at least on push. Scanning surfaces known CVEs in operating system packages and libraries before the image is deployed, rather than after a vulnerable container is already running in production.',
      ja: 'ECR プライベートリポジトリで、少なくともプッシュ時にイメージの脆弱性スキャンを行うことを求めます。スキャンにより OS パッケージやライブラリの既知の CVE を、脆弱なコンテナが本番で動き出してからではなく、デプロイ前に把握できます。',
    },
  },
  {
    id: 'ECR.2', title: 'ECR private repositories should have tag immutability configured', section: 'ECR',
    titleJa: 'ECR プライベートリポジトリでタグのイミュータビリティを設定する',
    description: {
      en: 'Private repositories should have tag immutability turned on so that an existing tag cannot be overwritten. Mutable tags let anyone with push rights silently replace the image behind a tag such as a release version, so deployments could pull code that was never reviewed.',
      ja: 'プライベートリポジトリでタグのイミュータビリティを有効にし、既存のタグを上書きできないようにすることを求めます。タグが変更可能だと、プッシュ権限を持つ者がリリースバージョンなどのタグが指すイメージを気付かれずに差し替えられ、レビューされていないコードがデプロイされるおそれがあります。',
    },
  },
  {
    id: 'ECR.3', title: 'ECR repositories should have at least one lifecycle policy configured', section: 'ECR',
    titleJa: 'ECR リポジトリにライフサイクルポリシーを 1 つ以上設定する',
    description: {
      en: 'Each repository should have a lifecycle policy that expires old or untagged images. Without one, stale images containing outdated, vulnerable software pile up, remain available to pull and deploy, and add storage cost.',
      ja: '各リポジトリに、古いイメージやタグのないイメージを期限切れにするライフサイクルポリシーを設定することを求めます。ポリシーがないと、古く脆弱なソフトウェアを含むイメージが蓄積し、プルやデプロイが可能なまま残り、保存コストも増えます。',
    },
  },
  {
    id: 'ECR.5', title: 'ECR repositories should be encrypted with customer managed AWS KMS keys', section: 'ECR',
    titleJa: 'ECR リポジトリをカスタマーマネージド AWS KMS キーで暗号化する',
    description: {
      en: 'Repositories should encrypt images with a customer managed KMS key instead of the default AWS-owned encryption. A key you control lets you restrict and audit who can decrypt images through the key policy and CloudTrail, and revoke access by disabling the key.',
      ja: 'リポジトリのイメージを、既定の AWS 所有キーではなくカスタマーマネージド KMS キーで暗号化することを求めます。自ら管理するキーであれば、キーポリシーと CloudTrail によって誰が復号できるかを制限・監査でき、キーを無効化することでアクセスを取り消せます。',
    },
  },
  {
    id: 'EFS.1', title: 'Elastic File System should be configured to encrypt file data at-rest using AWS KMS', section: 'EFS',
    titleJa: 'Elastic File System で AWS KMS を使用してファイルデータを保存時に暗号化する',
    description: {
      en: 'EFS file systems must be created with encryption at rest using an AWS KMS key. Encryption can only be chosen when the file system is created, and an unencrypted file system leaves shared application data readable to anyone who reaches the underlying storage or its backups.',
      ja: 'EFS ファイルシステムを AWS KMS キーによる保存時の暗号化を有効にして作成することを求めます。暗号化は作成時にしか選択できず、暗号化されていないファイルシステムでは、基盤ストレージやバックアップにアクセスできた者に共有のアプリケーションデータが読まれてしまいます。',
    },
  },
  {
    id: 'EFS.3', title: 'EFS access points should enforce a root directory', section: 'EFS',
    titleJa: 'EFS アクセスポイントでルートディレクトリを強制する',
    description: {
      en: 'Each EFS access point should set a root directory other than the file system root. Clients mounting through the access point are then confined to that directory tree, so one application cannot read or overwrite another application’s files on the same file system.',
      ja: '各 EFS アクセスポイントで、ファイルシステムのルート以外のルートディレクトリを設定することを求めます。アクセスポイント経由でマウントしたクライアントはそのディレクトリ配下に閉じ込められるため、同じファイルシステム上で他のアプリケーションのファイルを読んだり上書きしたりできなくなります。',
    },
  },
  {
    id: 'EFS.4', title: 'EFS access points should enforce a user identity', section: 'EFS',
    titleJa: 'EFS アクセスポイントでユーザー ID を強制する',
    description: {
      en: 'Each EFS access point should enforce a POSIX user (and group) identity for all file operations. Otherwise the identity comes from the client, and a compromised or misconfigured client can act as any user, including root, on the shared files.',
      ja: '各 EFS アクセスポイントで、すべてのファイル操作に使う POSIX ユーザー（およびグループ）ID を強制することを求めます。強制しないと ID はクライアント側で決まり、侵害された、あるいは設定を誤ったクライアントが root を含む任意のユーザーとして共有ファイルを操作できてしまいます。',
    },
  },
  {
    id: 'EFS.7', title: 'EFS file systems should have automatic backups enabled', section: 'EFS',
    titleJa: 'EFS ファイルシステムで自動バックアップを有効にする',
    description: {
      en: 'EFS file systems should have automatic backups turned on so that AWS Backup protects them daily. Without backups, accidental deletion, corruption or ransomware encrypting the shared files leaves no copy to restore from.',
      ja: 'EFS ファイルシステムで自動バックアップを有効にし、AWS Backup で毎日保護することを求めます。バックアップがないと、誤削除やデータ破損、ランサムウェアによる共有ファイルの暗号化が起きたときに復元できるコピーがありません。',
    },
  },
  {
    id: 'EFS.8', title: 'EFS file systems should be encrypted at rest', section: 'EFS',
    titleJa: 'EFS ファイルシステムを保存時に暗号化する',
    description: {
      en: 'Every EFS file system must have encryption at rest enabled. Because encryption cannot be added to an existing file system, an unencrypted one has to be replaced by migrating its data, so catching it early avoids a costly fix and unprotected data in the meantime.',
      ja: 'すべての EFS ファイルシステムで保存時の暗号化を有効にすることを求めます。既存のファイルシステムに後から暗号化を追加することはできず、データを移行して作り直すしかないため、早期に検出することで高コストな対応と、その間の無防備なデータを避けられます。',
    },
  },
  {
    id: 'EKS.1', title: 'EKS cluster endpoints should not be publicly accessible', section: 'EKS',
    titleJa: 'EKS クラスターのエンドポイントをパブリックにアクセス可能にしない',
    description: {
      en: 'The Kubernetes API server endpoint of each EKS cluster should be private rather than reachable from the internet. A public endpoint exposes the control plane to credential attacks and any future API server vulnerability, while a private one is only reachable from within the VPC or connected networks.',
      ja: '各 EKS クラスターの Kubernetes API サーバーのエンドポイントを、インターネットから到達できるパブリックではなくプライベートにすることを求めます。パブリックなエンドポイントはコントロールプレーンを認証情報への攻撃や将来の API サーバーの脆弱性にさらしますが、プライベートなら VPC 内や接続されたネットワークからしか到達できません。',
    },
  },
  {
    id: 'EKS.2', title: 'EKS clusters should run on a supported Kubernetes version', section: 'EKS',
    titleJa: 'EKS クラスターでサポート対象の Kubernetes バージョンを実行する',
    description: {
      en: 'Each EKS cluster should run a Kubernetes version that is still in standard support. Versions past end of support stop receiving security patches, and clusters on them are eventually upgraded forcibly or charged for extended support.',
      ja: '各 EKS クラスターで、標準サポート期間内の Kubernetes バージョンを実行することを求めます。サポート終了後のバージョンにはセキュリティパッチが提供されず、そのようなクラスターはいずれ強制的にアップグレードされるか、延長サポートの料金が発生します。',
    },
  },
  {
    id: 'EKS.3', title: 'EKS clusters should use encrypted Kubernetes secrets', section: 'EKS',
    titleJa: 'EKS クラスターで暗号化された Kubernetes シークレットを使用する',
    description: {
      en: 'EKS clusters should enable envelope encryption of Kubernetes Secrets with an AWS KMS key. Secrets hold passwords, tokens and keys, and envelope encryption adds a KMS-controlled layer so that access to the etcd data alone is not enough to read them.',
      ja: 'EKS クラスターで、AWS KMS キーによる Kubernetes シークレットのエンベロープ暗号化を有効にすることを求めます。シークレットにはパスワードやトークン、鍵が格納されており、エンベロープ暗号化により KMS で制御される層が加わるため、etcd のデータにアクセスできただけでは読み取れなくなります。',
    },
  },
  {
    id: 'EKS.8', title: 'EKS clusters should have audit logging enabled', section: 'EKS',
    titleJa: 'EKS クラスターで監査ログを有効にする',
    description: {
      en: 'EKS clusters should send Kubernetes API server audit logs to CloudWatch Logs. The audit log records who did what inside the cluster, such as reading secrets or creating privileged pods, which CloudTrail does not see; without it, in-cluster attacks leave no trail.',
      ja: 'EKS クラスターで Kubernetes API サーバーの監査ログを CloudWatch Logs に送信することを求めます。監査ログにはシークレットの読み取りや特権 Pod の作成など、CloudTrail では見えないクラスター内の操作が誰によって行われたかが記録されます。これがないと、クラスター内での攻撃の痕跡が残りません。',
    },
  },
  {
    id: 'ELB.1', title: 'Application Load Balancer should be configured to redirect all HTTP requests to HTTPS', section: 'ELB',
    titleJa: 'Application Load Balancer ですべての HTTP リクエストを HTTPS にリダイレクトする',
    description: {
      en: 'Every HTTP listener on an Application Load Balancer should redirect requests to HTTPS. Serving content over plain HTTP lets anyone on the network path read or alter requests, cookies and responses, while a redirect keeps the convenience of port 80 without the exposure.',
      ja: 'Application Load Balancer のすべての HTTP リスナーで、リクエストを HTTPS にリダイレクトすることを求めます。平文の HTTP で応答すると、通信経路上の誰もがリクエストや Cookie、レスポンスを盗聴・改ざんできます。リダイレクトにすれば、ポート 80 の利便性を保ちつつ露出を防げます。',
    },
  },
  {
    id: 'ELB.4', title: 'Application Load Balancer should be configured to drop invalid http headers', section: 'ELB',
    titleJa: 'Application Load Balancer で無効な HTTP ヘッダーを削除するよう設定する',
    description: {
      en: 'Application Load Balancers should have the option to drop invalid HTTP header fields turned on. Malformed headers are a building block of HTTP request smuggling and header injection attacks against the targets behind the load balancer, and dropping them removes that input.',
      ja: 'Application Load Balancer で無効な HTTP ヘッダーフィールドを削除するオプションを有効にすることを求めます。不正な形式のヘッダーは、ロードバランサーの背後のターゲットに対する HTTP リクエストスマグリングやヘッダーインジェクション攻撃の材料となるため、削除することでその入力を断てます。',
    },
  },
  {
    id: 'ELB.5', title: 'Application and Classic Load Balancers logging should be enabled', section: 'ELB',
    titleJa: 'Application Load Balancer と Classic Load Balancer のログ記録を有効にする',
    description: {
      en: 'Application and Classic Load Balancers should write access logs to S3. Access logs record each request with client address, path, status and latency, which is what you need to spot scanning or attack traffic and to investigate an incident involving the application.',
      ja: 'Application Load Balancer と Classic Load Balancer でアクセスログを S3 に出力することを求めます。アクセスログにはクライアントアドレス、パス、ステータス、レイテンシーなどがリクエストごとに記録され、スキャンや攻撃の通信を見つけたり、アプリケーションに関わるインシデントを調査したりするのに欠かせません。',
    },
  },
  {
    id: 'ELB.6', title: 'Application, Gateway, and Network Load Balancers should have deletion protection enabled', section: 'ELB',
    titleJa: 'Application、Gateway、Network Load Balancer で削除保護を有効にする',
    description: {
      en: 'Application, Gateway and Network Load Balancers should have deletion protection turned on. A load balancer deleted by mistake or by a malicious actor takes the application offline at once, and recreating it with the same listeners, rules and DNS takes time.',
      ja: 'Application、Gateway、Network Load Balancer で削除保護を有効にすることを求めます。誤操作や悪意によってロードバランサーが削除されるとアプリケーションは即座に停止し、同じリスナーやルール、DNS 設定で作り直すには時間がかかります。',
    },
  },
  {
    id: 'ELB.12', title: 'Application Load Balancer should be configured with defensive or strictest desync mitigation mode', section: 'ELB',
    titleJa: 'Application Load Balancer で defensive または strictest の非同期緩和モードを設定する',
    description: {
      en: 'Application Load Balancers should use the defensive or strictest desync mitigation mode rather than monitor. These modes block or sanitise ambiguous requests that the load balancer and the backend could interpret differently, which is how HTTP desync (request smuggling) attacks poison caches or hijack other users’ requests.',
      ja: 'Application Load Balancer の非同期緩和モードを monitor ではなく defensive または strictest にすることを求めます。これらのモードは、ロードバランサーとバックエンドで解釈が食い違い得る曖昧なリクエストをブロックまたは無害化します。HTTP の非同期（リクエストスマグリング）攻撃はこの食い違いを突いてキャッシュを汚染したり、他のユーザーのリクエストを乗っ取ったりします。',
    },
  },
  {
    id: 'ELB.13', title: 'Application, Network and Gateway Load Balancers should span multiple Availability Zones', section: 'ELB',
    titleJa: 'Application、Network、Gateway Load Balancer を複数のアベイラビリティーゾーンにまたがって配置する',
    description: {
      en: 'Application, Network and Gateway Load Balancers should be enabled in at least two Availability Zones. A load balancer confined to one zone becomes a single point of failure: an outage in that zone makes the whole application unreachable even if healthy targets exist elsewhere.',
      ja: 'Application、Network、Gateway Load Balancer を少なくとも 2 つのアベイラビリティーゾーンで有効にすることを求めます。1 つのゾーンに限定されたロードバランサーは単一障害点となり、そのゾーンで障害が起きると、他に正常なターゲットがあってもアプリケーション全体に到達できなくなります。',
    },
  },
  {
    id: 'ELB.17', title: 'Application and Network Load Balancers with listeners should use recommended security policies', section: 'ELB',
    titleJa: 'Application Load Balancer と Network Load Balancer のリスナーで推奨セキュリティポリシーを使用する',
    description: {
      en: 'HTTPS and TLS listeners on Application and Network Load Balancers should use one of the recommended TLS security policies. Older policies still negotiate outdated protocol versions and weak ciphers, letting clients connect with encryption that can be downgraded or broken.',
      ja: 'Application Load Balancer と Network Load Balancer の HTTPS・TLS リスナーで、推奨される TLS セキュリティポリシーのいずれかを使用することを求めます。古いポリシーでは旧式のプロトコルバージョンや弱い暗号スイートがネゴシエートされ、ダウングレードや解読が可能な暗号化で接続されるおそれがあります。',
    },
  },
  {
    id: 'GuardDuty.1', title: 'GuardDuty should be enabled', section: 'GuardDuty',
    titleJa: 'GuardDuty を有効にする',
    description: {
      en: 'Amazon GuardDuty must be enabled in each Region. GuardDuty analyses CloudTrail, VPC flow and DNS logs for signs of compromise such as credential misuse, crypto-mining or communication with known malicious hosts, and a Region without it has no managed threat detection at all.',
      ja: '各リージョンで Amazon GuardDuty を有効にすることを求めます。GuardDuty は CloudTrail、VPC フローログ、DNS ログを分析し、認証情報の不正利用や暗号資産のマイニング、既知の悪性ホストとの通信といった侵害の兆候を検出します。無効なリージョンにはマネージドな脅威検出がまったくありません。',
    },
  },
  {
    id: 'GuardDuty.5', title: 'GuardDuty EKS Audit Log Monitoring should be enabled', section: 'GuardDuty',
    titleJa: 'GuardDuty の EKS 監査ログモニタリングを有効にする',
    description: {
      en: 'The EKS Audit Log Monitoring feature of GuardDuty should be turned on. It analyses Kubernetes audit activity from EKS clusters to detect threats such as anonymous access, privileged container creation or access from known malicious addresses, which account-level logs do not reveal.',
      ja: 'GuardDuty の EKS 監査ログモニタリング機能を有効にすることを求めます。この機能は EKS クラスターの Kubernetes 監査アクティビティを分析し、匿名アクセスや特権コンテナの作成、既知の悪性アドレスからのアクセスといった、アカウントレベルのログでは見えない脅威を検出します。',
    },
  },
  {
    id: 'GuardDuty.6', title: 'GuardDuty Lambda Protection should be enabled', section: 'GuardDuty',
    titleJa: 'GuardDuty の Lambda Protection を有効にする',
    description: {
      en: 'GuardDuty Lambda Protection should be turned on. It monitors the network activity of Lambda functions to detect compromised code, for example functions contacting crypto-mining pools or command-and-control servers, which would otherwise run unnoticed in a serverless environment.',
      ja: 'GuardDuty の Lambda Protection を有効にすることを求めます。Lambda 関数のネットワークアクティビティを監視し、暗号資産のマイニングプールや C&C サーバーと通信する関数など、侵害されたコードを検出します。これがないと、サーバーレス環境ではこうした活動が気付かれないまま実行されます。',
    },
  },
  {
    id: 'GuardDuty.7', title: 'GuardDuty EKS Runtime Monitoring should be enabled', section: 'GuardDuty',
    titleJa: 'GuardDuty の EKS ランタイムモニタリングを有効にする',
    description: {
      en: 'GuardDuty EKS Runtime Monitoring, with automated agent management, should be turned on. It observes process, file and network events on EKS nodes and containers, detecting threats such as container escapes, reverse shells or malware that audit logs alone cannot show.',
      ja: 'GuardDuty の EKS ランタイムモニタリングを、エージェントの自動管理とともに有効にすることを求めます。EKS のノードやコンテナ上のプロセス、ファイル、ネットワークのイベントを監視し、コンテナエスケープやリバースシェル、マルウェアなど、監査ログだけでは見えない脅威を検出します。',
    },
  },
  {
    id: 'GuardDuty.8', title: 'GuardDuty Malware Protection for EC2 should be enabled', section: 'GuardDuty',
    titleJa: 'GuardDuty の EC2 向けマルウェア対策を有効にする',
    description: {
      en: 'GuardDuty Malware Protection for EC2 should be turned on. When GuardDuty sees suspicious behaviour from an instance or container workload, it scans the attached EBS volumes without an agent, confirming whether malware is present and where.',
      ja: 'GuardDuty の EC2 向けマルウェア対策（Malware Protection for EC2）を有効にすることを求めます。インスタンスやコンテナワークロードに不審な挙動が見られたとき、GuardDuty がエージェントなしでアタッチされた EBS ボリュームをスキャンし、マルウェアの有無と場所を確認します。',
    },
  },
  {
    id: 'GuardDuty.9', title: 'GuardDuty RDS Protection should be enabled', section: 'GuardDuty',
    titleJa: 'GuardDuty の RDS Protection を有効にする',
    description: {
      en: 'GuardDuty RDS Protection should be turned on. It profiles login activity to supported Aurora and RDS databases and flags anomalies such as brute-force attempts or successful logins from unusual sources, which database logs alone rarely surface in time.',
      ja: 'GuardDuty の RDS Protection を有効にすることを求めます。対応する Aurora や RDS データベースへのログインアクティビティを分析し、総当たり攻撃や普段と異なる送信元からのログイン成功といった異常を検出します。データベースのログだけではこうした兆候を適時に捉えることは困難です。',
    },
  },
  {
    id: 'GuardDuty.10', title: 'GuardDuty S3 Protection should be enabled', section: 'GuardDuty',
    titleJa: 'GuardDuty の S3 Protection を有効にする',
    description: {
      en: 'GuardDuty S3 Protection should be turned on. It analyses S3 data-plane events to detect suspicious access to objects, such as unusual bulk downloads, access from malicious IP addresses or attempts to disable protections, which management events alone would not reveal.',
      ja: 'GuardDuty の S3 Protection を有効にすることを求めます。S3 のデータプレーンイベントを分析し、通常と異なる大量ダウンロードや悪性 IP アドレスからのアクセス、保護の無効化の試みなど、管理イベントだけでは分からないオブジェクトへの不審なアクセスを検出します。',
    },
  },
  {
    id: 'GuardDuty.11', title: 'GuardDuty Runtime Monitoring should be enabled', section: 'GuardDuty',
    titleJa: 'GuardDuty のランタイムモニタリングを有効にする',
    description: {
      en: 'GuardDuty Runtime Monitoring should be turned on for the account. It uses a security agent to watch operating system-level activity on EKS, ECS (including Fargate) and EC2 workloads, detecting threats such as crypto-miners, privilege escalation and suspicious process execution inside running workloads.',
      ja: 'アカウントで GuardDuty のランタイムモニタリングを有効にすることを求めます。セキュリティエージェントを使って EKS、ECS（Fargate を含む）、EC2 のワークロードの OS レベルの活動を監視し、稼働中のワークロード内での暗号資産マイナーや権限昇格、不審なプロセス実行などの脅威を検出します。',
    },
  },
  {
    id: 'IAM.1', title: 'IAM policies should not allow full "*" administrative privileges', section: 'IAM',
    titleJa: 'IAM ポリシーで完全な「*」管理者権限を許可しない',
    description: {
      en: 'Customer managed IAM policies must not contain a statement allowing Action "*" on Resource "*". Granting everything breaks least privilege: any identity holding the policy can disable logging, create users or delete data, and a single leaked credential becomes full account compromise.',
      ja: 'カスタマー管理の IAM ポリシーに、Resource「*」に対して Action「*」を許可するステートメントを含めないことを求めます。すべてを許可すると最小権限の原則が崩れ、このポリシーを持つ ID はログの無効化、ユーザーの作成、データの削除を何でも行えるため、認証情報が 1 つ漏れただけでアカウント全体が侵害されます。',
    },
  },
  {
    id: 'IAM.2', title: 'IAM users should not have IAM policies attached', section: 'IAM',
    titleJa: 'IAM ユーザーに IAM ポリシーを直接アタッチしない',
    description: {
      en: 'IAM users should receive permissions through groups or roles instead of policies attached directly to the user. Per-user policies multiply quickly, are hard to review and tend to be forgotten when people change jobs, leaving accumulated excess permissions.',
      ja: 'IAM ユーザーにポリシーを直接アタッチせず、グループやロールを通じて権限を付与することを求めます。ユーザーごとのポリシーはすぐに増えてレビューが難しくなり、異動時に見直されずに残りがちなため、過剰な権限が蓄積します。',
    },
  },
  {
    id: 'IAM.3', title: "IAM users' access keys should be rotated every 90 days or less", section: 'IAM',
    titleJa: 'IAM ユーザーのアクセスキーを 90 日以内にローテーションする',
    description: {
      en: 'Active access keys of IAM users must be no older than 90 days. Long-lived keys end up in scripts, laptops and repositories, and regular rotation limits how long a leaked key stays useful to an attacker.',
      ja: 'IAM ユーザーの有効なアクセスキーを作成後 90 日以内のものに保つことを求めます。長期間使われるキーはスクリプトや PC、リポジトリに残りがちであり、定期的なローテーションにより、漏えいしたキーが攻撃者に使われ続ける期間を限定できます。',
    },
  },
  {
    id: 'IAM.4', title: 'IAM root user access key should not exist', section: 'IAM',
    titleJa: 'IAM ルートユーザーのアクセスキーを作成しない',
    description: {
      en: 'The root user must have no access keys. Root access keys carry unrestricted power over the account that no IAM policy can limit, so a leaked key means total compromise; programmatic work should use IAM roles instead.',
      ja: 'ルートユーザーにアクセスキーを持たせないことを求めます。ルートユーザーのアクセスキーは IAM ポリシーで制限できないアカウント全体への無制限の権限を持つため、漏えいすれば完全な侵害につながります。プログラムからの操作には IAM ロールを使うべきです。',
    },
  },
  {
    id: 'IAM.5', title: 'MFA should be enabled for all IAM users that have a console password', section: 'IAM',
    titleJa: 'コンソールパスワードを持つすべての IAM ユーザーで MFA を有効にする',
    description: {
      en: 'Every IAM user who can sign in to the console must have an MFA device. With MFA, a phished, guessed or reused password is not enough on its own to take over the user and everything their permissions reach.',
      ja: 'コンソールにサインインできるすべての IAM ユーザーに MFA デバイスを設定することを求めます。MFA があれば、フィッシングや推測、使い回しで漏れたパスワードだけでは、そのユーザーとその権限が及ぶ範囲を乗っ取ることはできません。',
    },
  },
  {
    id: 'IAM.6', title: 'Hardware MFA should be enabled for the root user', section: 'IAM',
    titleJa: 'ルートユーザーでハードウェア MFA を有効にする',
    description: {
      en: 'The root user should be protected by a hardware MFA device rather than a virtual one. A physical key or token cannot be copied off a phone or computer that is itself compromised, giving the most powerful identity in the account the strongest second factor.',
      ja: 'ルートユーザーを仮想 MFA ではなくハードウェア MFA デバイスで保護することを求めます。物理的なキーやトークンは、侵害されたスマートフォンや PC からコピーされることがないため、アカウントで最も強力な ID に最も強固な第 2 要素を与えられます。',
    },
  },
  {
    id: 'IAM.7', title: 'Password policies for IAM users should have strong configurations', section: 'IAM',
    titleJa: 'IAM ユーザーのパスワードポリシーを強固に設定する',
    description: {
      en: 'The account password policy should require a sufficient length and a mix of uppercase letters, lowercase letters, numbers and symbols. A weak or missing policy lets users choose short, guessable passwords that fall quickly to brute force or credential-stuffing.',
      ja: 'アカウントのパスワードポリシーで、十分な長さと大文字・小文字・数字・記号の組み合わせを必須にすることを求めます。ポリシーが弱い、あるいは未設定だと、ユーザーが短く推測しやすいパスワードを選べてしまい、総当たりやリスト型攻撃ですぐに破られます。',
    },
  },
  {
    id: 'IAM.8', title: 'Unused IAM user credentials should be removed', section: 'IAM',
    titleJa: '未使用の IAM ユーザー認証情報を削除する',
    description: {
      en: 'Passwords and access keys that have not been used for 90 days should be disabled or removed. Dormant credentials often belong to people who have left or to retired systems; nobody notices if they are stolen and used, so they are an easy foothold.',
      ja: '90 日間使用されていないパスワードやアクセスキーを無効化または削除することを求めます。休眠中の認証情報は退職者や廃止済みシステムのものであることが多く、盗まれて使われても誰も気付かないため、侵入の足掛かりになりやすいものです。',
    },
  },
  {
    id: 'IAM.9', title: 'MFA should be enabled for the root user', section: 'IAM',
    titleJa: 'ルートユーザーで MFA を有効にする',
    description: {
      en: 'The root user must have multi-factor authentication enabled. The root user can do anything in the account, including closing it, and MFA ensures that a stolen root password alone does not hand all of that to an attacker.',
      ja: 'ルートユーザーで多要素認証（MFA）を有効にすることを求めます。ルートユーザーはアカウントの解約を含めあらゆる操作が可能であり、MFA によって、ルートのパスワードが盗まれただけではそのすべてが攻撃者の手に渡らないようにします。',
    },
  },
  {
    id: 'IAM.15', title: 'Ensure IAM password policy requires minimum password length of 14 or greater', section: 'IAM',
    titleJa: 'IAM パスワードポリシーで 14 文字以上の最小パスワード長を必須にする',
    description: {
      en: 'The account password policy must require passwords of at least 14 characters. Length is the biggest factor in resisting brute-force and offline cracking, and a shorter minimum lets users pick passwords that can be guessed in practical time.',
      ja: 'アカウントのパスワードポリシーで、パスワードの長さを 14 文字以上に設定することを求めます。長さは総当たりやオフライン解析への耐性を決める最大の要素であり、最小長が短いと現実的な時間で推測できるパスワードを選べてしまいます。',
    },
  },
  {
    id: 'IAM.16', title: 'Ensure IAM password policy prevents password reuse', section: 'IAM',
    titleJa: 'IAM パスワードポリシーでパスワードの再利用を禁止する',
    description: {
      en: 'The account password policy must remember previous passwords (CIS asks for 24) and prevent their reuse. Without this, users cycle back to an old password, so a password that was exposed in the past becomes valid again.',
      ja: 'アカウントのパスワードポリシーで過去のパスワードを記憶し（CIS では 24 世代）、再利用を禁止することを求めます。これがないとユーザーが以前のパスワードに戻せるため、過去に漏えいしたパスワードが再び有効になってしまいます。',
    },
  },
  {
    id: 'IAM.18', title: 'Ensure a support role has been created to manage incidents with AWS Support', section: 'IAM',
    titleJa: 'AWS サポートでインシデントを管理するためのサポートロールを作成する',
    description: {
      en: 'An IAM role with the AWSSupportAccess managed policy should exist and be assignable to the people who handle incidents. That way, support cases can be opened during an incident by designated responders without handing out broader permissions or using the root user.',
      ja: 'AWSSupportAccess 管理ポリシーを持つ IAM ロールを作成し、インシデント対応者が引き受けられるようにすることを求めます。これにより、より広い権限を渡したりルートユーザーを使ったりせずに、指定された対応者がインシデント中にサポートケースを起票できます。',
    },
  },
  {
    id: 'IAM.19', title: 'MFA should be enabled for all IAM users', section: 'IAM',
    titleJa: 'すべての IAM ユーザーで MFA を有効にする',
    description: {
      en: 'Every IAM user must have an MFA device enabled. MFA adds a second factor that a stolen password does not provide, greatly reducing the chance that a compromised credential leads to account takeover.',
      ja: 'すべての IAM ユーザーで MFA デバイスを有効にすることを求めます。MFA は盗まれたパスワードだけでは満たせない第 2 の要素を加えるため、認証情報の漏えいがアカウントの乗っ取りにつながる可能性を大きく下げます。',
    },
  },
  {
    id: 'IAM.21', title: 'IAM customer managed policies that you create should not allow wildcard actions for services', section: 'IAM',
    titleJa: '作成したカスタマー管理の IAM ポリシーでサービスに対するワイルドカードアクションを許可しない',
    description: {
      en: 'Customer managed policies should not allow actions of the form "service:*", such as "s3:*". A service-wide wildcard silently includes destructive and administrative actions, including ones AWS adds later, so principals end up with far more power than their task needs.',
      ja: 'カスタマー管理ポリシーで「s3:*」のような「サービス:*」形式のアクションを許可しないことを求めます。サービス全体のワイルドカードには破壊的な操作や管理操作、さらに AWS が後から追加する操作まで暗黙に含まれるため、プリンシパルが業務に必要な範囲をはるかに超える権限を持つことになります。',
    },
  },
  {
    id: 'IAM.22', title: 'IAM user credentials unused for 45 days should be removed', section: 'IAM',
    titleJa: '45 日間使用されていない IAM ユーザー認証情報を削除する',
    description: {
      en: 'Console passwords and access keys not used for 45 days or more should be disabled or removed. The shorter window shrinks the time that forgotten credentials of departed users or abandoned tools remain usable by whoever obtains them.',
      ja: '45 日以上使用されていないコンソールパスワードやアクセスキーを無効化または削除することを求めます。期間を短くすることで、退職者や使われなくなったツールの忘れられた認証情報が、入手した第三者に使える状態で残る時間を縮められます。',
    },
  },
  {
    id: 'IAM.26', title: 'Expired SSL/TLS certificates managed in IAM should be removed', section: 'IAM',
    titleJa: 'IAM で管理している期限切れの SSL/TLS 証明書を削除する',
    description: {
      en: 'Server certificates stored in IAM should be deleted once they expire. An expired certificate can be deployed by mistake to a load balancer or CloudFront, causing outages and browser warnings that train users to ignore certificate errors.',
      ja: 'IAM に保存したサーバー証明書を、有効期限が切れたら削除することを求めます。期限切れの証明書が誤ってロードバランサーや CloudFront にデプロイされると、障害やブラウザの警告を引き起こし、利用者が証明書エラーを無視する習慣を助長します。',
    },
  },
  {
    id: 'IAM.27', title: 'IAM identities should not have the AWSCloudShellFullAccess policy attached', section: 'IAM',
    titleJa: 'IAM ID に AWSCloudShellFullAccess ポリシーをアタッチしない',
    description: {
      en: 'No IAM user, group or role should have the AWSCloudShellFullAccess managed policy. It allows file upload and download and unrestricted internet access from CloudShell, giving a path to move data out of the environment that bypasses network controls.',
      ja: 'IAM のユーザー、グループ、ロールに AWSCloudShellFullAccess 管理ポリシーをアタッチしないことを求めます。このポリシーは CloudShell でのファイルのアップロード・ダウンロードや無制限のインターネットアクセスを許可し、ネットワーク制御を迂回してデータを外部に持ち出す経路を与えます。',
    },
  },
  {
    id: 'IAM.28', title: 'IAM Access Analyzer external access analyzer should be enabled', section: 'IAM',
    titleJa: 'IAM Access Analyzer の外部アクセスアナライザーを有効にする',
    description: {
      en: 'An IAM Access Analyzer external access analyzer should be active in each Region. It continuously finds resources, such as buckets, keys, roles and queues, whose policies grant access to principals outside the account or organization, so unintended sharing is noticed.',
      ja: '各リージョンで IAM Access Analyzer の外部アクセスアナライザーを有効にすることを求めます。バケット、キー、ロール、キューなど、ポリシーによってアカウントや組織の外部のプリンシパルにアクセスを許可しているリソースを継続的に検出するため、意図しない共有に気付けます。',
    },
  },
  {
    id: 'KMS.3', title: 'AWS KMS keys should not be deleted unintentionally', section: 'KMS',
    titleJa: 'AWS KMS キーを意図せず削除しない',
    description: {
      en: 'Customer managed KMS keys should not be in the pending deletion state unless the deletion is intended. Once the waiting period ends the key is gone for good and all data encrypted under it becomes permanently unrecoverable, so scheduled deletions must be caught and cancelled in time.',
      ja: '意図した削除でない限り、カスタマーマネージド KMS キーを削除保留中の状態にしないことを求めます。待機期間が終わるとキーは完全に失われ、そのキーで暗号化したすべてのデータが永久に復元できなくなるため、削除予定は期限内に検出して取り消す必要があります。',
    },
  },
  {
    id: 'KMS.4', title: 'AWS KMS key rotation should be enabled', section: 'KMS',
    titleJa: 'AWS KMS キーのローテーションを有効にする',
    description: {
      en: 'Automatic rotation must be enabled for symmetric customer managed KMS keys. Rotation regularly replaces the key material while keeping the key ID, limiting how much data any one piece of key material protects and meeting cryptographic lifetime requirements without application changes.',
      ja: '対称カスタマーマネージド KMS キーで自動ローテーションを有効にすることを求めます。ローテーションはキー ID を保ったまま定期的にキーマテリアルを入れ替えるため、1 つのキーマテリアルが保護するデータ量を抑え、アプリケーションを変更せずに暗号鍵の有効期間の要件を満たせます。',
    },
  },
  {
    id: 'KMS.5', title: 'KMS keys should not be publicly accessible', section: 'KMS',
    titleJa: 'KMS キーをパブリックにアクセス可能にしない',
    description: {
      en: 'KMS key policies must not grant access to everyone (Principal "*") without restricting conditions. A publicly accessible key could let any AWS account use it to decrypt your data or alter its policy, undermining the protection of everything it encrypts.',
      ja: 'KMS キーポリシーで、制限条件なしに全員（Principal「*」）へアクセスを許可しないことを求めます。パブリックにアクセス可能なキーは、任意の AWS アカウントにデータの復号やポリシーの変更を許すおそれがあり、そのキーで暗号化したすべてのものの保護が損なわれます。',
    },
  },
  {
    id: 'Lambda.1', title: 'Lambda function policies should prohibit public access', section: 'Lambda',
    titleJa: 'Lambda 関数ポリシーでパブリックアクセスを禁止する',
    description: {
      en: 'The resource-based policy of a Lambda function must not allow invocation by anyone outside the account. A public function can be called by any AWS principal, running your code with its execution role permissions and your bill, and possibly exposing data it returns.',
      ja: 'Lambda 関数のリソースベースポリシーで、アカウント外の誰にでも呼び出しを許可しないことを求めます。パブリックな関数は任意の AWS プリンシパルから呼び出せるため、実行ロールの権限であなたのコードが実行され、費用が発生し、返されるデータが漏えいするおそれがあります。',
    },
  },
  {
    id: 'Lambda.2', title: 'Lambda functions should use supported runtimes', section: 'Lambda',
    titleJa: 'Lambda 関数でサポートされているランタイムを使用する',
    description: {
      en: 'Lambda functions should run on a runtime that AWS still supports. Deprecated runtimes no longer receive security patches for the language or operating system, and AWS eventually blocks creating or updating functions that use them.',
      ja: 'Lambda 関数で、AWS がまだサポートしているランタイムを使用することを求めます。廃止されたランタイムには言語や OS のセキュリティパッチが提供されず、いずれそのランタイムを使う関数の作成や更新もできなくなります。',
    },
  },
  {
    id: 'Lambda.3', title: 'Lambda functions should be in a VPC', section: 'Lambda',
    titleJa: 'Lambda 関数を VPC 内に配置する',
    description: {
      en: 'Lambda functions should be attached to a VPC. Inside a VPC, the function’s network traffic is subject to security groups, network ACLs, flow logs and private routing to your resources, rather than leaving directly for the internet outside those controls.',
      ja: 'Lambda 関数を VPC にアタッチすることを求めます。VPC 内であれば、関数の通信にセキュリティグループやネットワーク ACL、フローログ、リソースへのプライベートな経路が適用され、これらの制御の外から直接インターネットへ出ていくことがありません。',
    },
  },
  {
    id: 'Lambda.7', title: 'Lambda functions should have AWS X-Ray active tracing enabled', section: 'Lambda',
    titleJa: 'Lambda 関数で AWS X-Ray のアクティブトレースを有効にする',
    description: {
      en: 'Lambda functions should have X-Ray active tracing turned on. Traces show how each request moves through the function and downstream services, which helps detect unusual call patterns and reconstruct what a function did during an incident.',
      ja: 'Lambda 関数で X-Ray のアクティブトレースを有効にすることを求めます。トレースにより各リクエストが関数や下流のサービスをどのように流れたかが分かり、普段と異なる呼び出しパターンの検知や、インシデント時に関数が何をしたかの再構成に役立ちます。',
    },
  },
  {
    id: 'RDS.1', title: 'RDS snapshot should be private', section: 'RDS',
    titleJa: 'RDS スナップショットをプライベートにする',
    description: {
      en: 'RDS DB and cluster snapshots must not be shared publicly. A public snapshot can be restored by any AWS account into a database it controls, handing over the complete data set, including personal data and credentials stored in tables.',
      ja: 'RDS の DB スナップショットとクラスタースナップショットをパブリックに共有しないことを求めます。公開されたスナップショットは任意の AWS アカウントが自分の管理するデータベースに復元でき、テーブルに保存された個人データや認証情報を含むデータ一式がそのまま渡ってしまいます。',
    },
  },
  {
    id: 'RDS.2', title: 'RDS DB Instances should prohibit public access, as determined by the PubliclyAccessible configuration', section: 'RDS',
    titleJa: 'RDS DB インスタンスで PubliclyAccessible 設定によりパブリックアクセスを禁止する',
    description: {
      en: "DB instances must have the 'publicly accessible' setting turned off. When it is on, the instance gets a public DNS name and address, so the database listener is reachable from the internet as soon as a security group or NACL allows it.",
      ja: 'DB インスタンスの「パブリックアクセス可能」設定を無効にすることを求めます。有効だとインスタンスにパブリックな DNS 名とアドレスが付与され、セキュリティグループやネットワーク ACL が許可した時点でデータベースのリスナーにインターネットから到達できてしまいます。',
    },
  },
  {
    id: 'RDS.3', title: 'RDS DB instances should have encryption at-rest enabled', section: 'RDS',
    titleJa: 'RDS DB インスタンスで保存時の暗号化を有効にする',
    description: {
      en: 'DB instances must have storage encryption enabled. Encryption covers the database storage, automated backups, read replicas and snapshots, and can only be set at creation, so an unencrypted instance leaves all of these readable to anyone who obtains the storage or a snapshot.',
      ja: 'DB インスタンスでストレージの暗号化を有効にすることを求めます。暗号化はデータベースのストレージ、自動バックアップ、リードレプリカ、スナップショットに及び、作成時にしか設定できません。暗号化されていないと、ストレージやスナップショットを入手した者にこれらすべてが読まれてしまいます。',
    },
  },
  {
    id: 'RDS.4', title: 'RDS cluster snapshots and database snapshots should be encrypted at rest', section: 'RDS',
    titleJa: 'RDS クラスタースナップショットとデータベーススナップショットを保存時に暗号化する',
    description: {
      en: 'All RDS DB snapshots and cluster snapshots must be encrypted. Snapshots are full copies of the database that are easy to copy and share, so an unencrypted one exposes the complete data set if it is mis-shared or accessed by the wrong principal.',
      ja: 'すべての RDS の DB スナップショットとクラスタースナップショットを暗号化することを求めます。スナップショットはデータベースの完全なコピーであり、コピーや共有が容易なため、暗号化されていないと誤った共有や不適切なプリンシパルのアクセスによってデータ一式が露出します。',
    },
  },
  {
    id: 'RDS.5', title: 'RDS DB instances should be configured with multiple Availability Zones', section: 'RDS',
    titleJa: 'RDS DB インスタンスを複数のアベイラビリティーゾーンで構成する',
    description: {
      en: 'DB instances should be Multi-AZ deployments with a standby in another Availability Zone. Without it, an instance or zone failure makes the database unavailable until it is restored, whereas Multi-AZ fails over automatically within minutes.',
      ja: 'DB インスタンスを、別のアベイラビリティーゾーンにスタンバイを置くマルチ AZ 配置にすることを求めます。シングル AZ ではインスタンスやゾーンの障害時に復旧するまでデータベースが利用できませんが、マルチ AZ なら数分以内に自動でフェイルオーバーします。',
    },
  },
  {
    id: 'RDS.6', title: 'Enhanced monitoring should be configured for RDS DB instances', section: 'RDS',
    titleJa: 'RDS DB インスタンスで拡張モニタリングを設定する',
    description: {
      en: 'DB instances should have Enhanced Monitoring turned on. It collects operating system metrics such as per-process CPU and memory at fine granularity, which helps spot resource exhaustion, unexpected processes or abnormal load that standard metrics miss.',
      ja: 'DB インスタンスで拡張モニタリングを有効にすることを求めます。プロセスごとの CPU やメモリなどの OS メトリクスを細かい間隔で収集するため、標準のメトリクスでは見逃すリソースの枯渇や想定外のプロセス、異常な負荷を把握しやすくなります。',
    },
  },
  {
    id: 'RDS.7', title: 'RDS clusters should have deletion protection enabled', section: 'RDS',
    titleJa: 'RDS クラスターで削除保護を有効にする',
    description: {
      en: 'RDS DB clusters should have deletion protection turned on. It blocks deletion of the cluster by anyone, including a compromised or careless principal with delete permissions, until the setting is deliberately switched off.',
      ja: 'RDS DB クラスターで削除保護を有効にすることを求めます。削除保護は、削除権限を持つ侵害されたプリンシパルや不注意な利用者を含め、設定を意図的に無効にするまで誰もクラスターを削除できないようにします。',
    },
  },
  {
    id: 'RDS.8', title: 'RDS DB instances should have deletion protection enabled', section: 'RDS',
    titleJa: 'RDS DB インスタンスで削除保護を有効にする',
    description: {
      en: 'RDS DB instances should have deletion protection turned on. A deleted database takes the application down immediately and may lose recent data, and requiring the setting to be switched off first stops accidental or malicious deletion.',
      ja: 'RDS DB インスタンスで削除保護を有効にすることを求めます。データベースが削除されるとアプリケーションは即座に停止し、直近のデータを失うおそれもあります。まず設定を無効にする手順を必須とすることで、誤操作や悪意ある削除を防げます。',
    },
  },
  {
    id: 'RDS.9', title: 'RDS DB instances should publish logs to CloudWatch Logs', section: 'RDS',
    titleJa: 'RDS DB インスタンスのログを CloudWatch Logs に発行する',
    description: {
      en: 'DB instances should export their database logs, such as error, audit and general or slow query logs depending on the engine, to CloudWatch Logs. Exported logs are retained centrally and can be searched and alarmed on, which is needed to detect suspicious queries and investigate database incidents.',
      ja: 'DB インスタンスで、エンジンに応じたエラーログ、監査ログ、一般ログやスロークエリログなどを CloudWatch Logs にエクスポートすることを求めます。エクスポートしたログは一元的に保持され、検索やアラームの対象にできるため、不審なクエリの検知やデータベースのインシデント調査に必要です。',
    },
  },
  {
    id: 'RDS.10', title: 'IAM authentication should be configured for RDS instances', section: 'RDS',
    titleJa: 'RDS インスタンスで IAM 認証を設定する',
    description: {
      en: 'DB instances should have IAM database authentication enabled. Users and applications can then connect with short-lived tokens tied to IAM identities instead of long-lived database passwords, so access is centrally managed, auditable and revoked when the IAM identity is.',
      ja: 'DB インスタンスで IAM データベース認証を有効にすることを求めます。これによりユーザーやアプリケーションは、長期間有効なデータベースパスワードではなく IAM ID に結び付いた短期のトークンで接続でき、アクセスを一元管理・監査し、IAM ID の無効化と同時に取り消せます。',
    },
  },
  {
    id: 'RDS.11', title: 'RDS instances should have automatic backups enabled', section: 'RDS',
    titleJa: 'RDS インスタンスで自動バックアップを有効にする',
    description: {
      en: 'DB instances should have automated backups with a retention period of at least the required number of days (seven by default). Automated backups enable point-in-time recovery after data corruption, accidental deletion or ransomware; without them, the only recovery point may be an old manual snapshot.',
      ja: 'DB インスタンスで、必要な日数（既定では 7 日）以上の保持期間を持つ自動バックアップを有効にすることを求めます。自動バックアップによりデータ破損や誤削除、ランサムウェアの後でもポイントインタイムリカバリが可能になります。これがないと、復旧ポイントは古い手動スナップショットしかないかもしれません。',
    },
  },
  {
    id: 'RDS.12', title: 'IAM authentication should be configured for RDS clusters', section: 'RDS',
    titleJa: 'RDS クラスターで IAM 認証を設定する',
    description: {
      en: 'RDS DB clusters should have IAM database authentication enabled. Connections then use short-lived IAM-issued tokens instead of static passwords, removing long-lived secrets from application configuration and letting IAM policies decide who may connect.',
      ja: 'RDS DB クラスターで IAM データベース認証を有効にすることを求めます。接続に静的なパスワードではなく IAM が発行する短期のトークンを使うため、アプリケーション設定から長期のシークレットをなくし、誰が接続できるかを IAM ポリシーで決められます。',
    },
  },
  {
    id: 'RDS.13', title: 'RDS automatic minor version upgrades should be enabled', section: 'RDS',
    titleJa: 'RDS の自動マイナーバージョンアップグレードを有効にする',
    description: {
      en: 'DB instances should have automatic minor version upgrade turned on. Minor versions carry security fixes for the database engine, and applying them automatically in the maintenance window keeps known vulnerabilities from staying open for months.',
      ja: 'DB インスタンスで自動マイナーバージョンアップグレードを有効にすることを求めます。マイナーバージョンにはデータベースエンジンのセキュリティ修正が含まれており、メンテナンスウィンドウで自動適用することで、既知の脆弱性が何か月も放置されることを防げます。',
    },
  },
  {
    id: 'RDS.14', title: 'Amazon Aurora clusters should have backtracking enabled', section: 'RDS',
    titleJa: 'Amazon Aurora クラスターでバックトラックを有効にする',
    description: {
      en: 'Aurora MySQL clusters should have backtracking enabled with a suitable window. Backtracking rewinds the cluster in place to an earlier point in minutes, which is a fast way to undo a destructive query or bad change without restoring a new cluster from backup.',
      ja: 'Aurora MySQL クラスターで、適切な期間のバックトラックを有効にすることを求めます。バックトラックはクラスターをその場で数分のうちに過去の時点へ巻き戻せるため、バックアップから新しいクラスターを復元することなく、破壊的なクエリや誤った変更を素早く取り消せます。',
    },
  },
  {
    id: 'RDS.15', title: 'RDS DB clusters should be configured for multiple Availability Zones', section: 'RDS',
    titleJa: 'RDS DB クラスターを複数のアベイラビリティーゾーンで構成する',
    description: {
      en: 'RDS DB clusters should have instances in more than one Availability Zone. A cluster whose instances all sit in one zone loses availability when that zone fails, while spreading them allows a reader in another zone to be promoted automatically.',
      ja: 'RDS DB クラスターのインスタンスを複数のアベイラビリティーゾーンに配置することを求めます。すべてのインスタンスが 1 つのゾーンにあると、そのゾーンの障害で可用性を失いますが、分散させておけば別ゾーンのリーダーを自動的に昇格できます。',
    },
  },
  {
    id: 'RDS.16', title: 'Aurora DB clusters should be configured to copy tags to DB snapshots', section: 'RDS',
    titleJa: 'Aurora DB クラスターでタグを DB スナップショットにコピーするよう設定する',
    description: {
      en: 'Aurora DB clusters should have copy-tags-to-snapshot turned on. Snapshots then inherit the cluster’s tags for ownership, data classification and cost allocation, so tag-based access policies and inventory reviews still apply to the copies of the data.',
      ja: 'Aurora DB クラスターで、タグをスナップショットにコピーする設定を有効にすることを求めます。これによりスナップショットがクラスターの所有者、データ分類、コスト配分などのタグを引き継ぎ、タグに基づくアクセスポリシーやインベントリの確認がデータのコピーにも適用されます。',
    },
  },
  {
    id: 'RDS.17', title: 'RDS DB instances should be configured to copy tags to snapshots', section: 'RDS',
    titleJa: 'RDS DB インスタンスでタグをスナップショットにコピーするよう設定する',
    description: {
      en: 'DB instances should have copy-tags-to-snapshot turned on. Untagged snapshots lose the ownership and data classification of their source, become hard to track, and escape tag-based access controls, increasing the chance that sensitive copies are kept or shared unnoticed.',
      ja: 'DB インスタンスで、タグをスナップショットにコピーする設定を有効にすることを求めます。タグのないスナップショットは元の所有者やデータ分類の情報を失って追跡しにくくなり、タグベースのアクセス制御からも外れるため、機密データのコピーが気付かれずに残されたり共有されたりしやすくなります。',
    },
  },
  {
    id: 'RDS.27', title: 'RDS DB clusters should be encrypted at rest', section: 'RDS',
    titleJa: 'RDS DB クラスターを保存時に暗号化する',
    description: {
      en: 'RDS DB clusters, such as Aurora and Multi-AZ DB clusters, must have storage encryption enabled. As with instances, encryption can only be chosen at creation and covers the cluster volume, backups and snapshots, so an unencrypted cluster leaves all of them exposed.',
      ja: 'Aurora やマルチ AZ DB クラスターなどの RDS DB クラスターでストレージの暗号化を有効にすることを求めます。インスタンスと同様に暗号化は作成時にしか選べず、クラスターボリューム、バックアップ、スナップショットに及ぶため、暗号化されていないクラスターではこれらすべてが無防備になります。',
    },
  },
  {
    id: 'S3.1', title: 'S3 general purpose buckets should have block public access settings enabled', section: 'S3',
    titleJa: 'S3 汎用バケットのブロックパブリックアクセス設定を有効にする',
    description: {
      en: 'All four S3 Block Public Access settings must be turned on at the account level. They override any bucket policy or ACL that would grant public access, so a single mistaken policy on any bucket in the account cannot expose its data to the internet.',
      ja: 'アカウントレベルで S3 のブロックパブリックアクセスの 4 つの設定をすべて有効にすることを求めます。これらはパブリックアクセスを許可するバケットポリシーや ACL を上書きするため、アカウント内のどのバケットでポリシーを 1 つ誤っても、データがインターネットに公開されることはありません。',
    },
  },
  {
    id: 'S3.2', title: 'S3 general purpose buckets should block public read access', section: 'S3',
    titleJa: 'S3 汎用バケットでパブリックな読み取りアクセスをブロックする',
    description: {
      en: 'No bucket may allow anonymous or public read access through its policy or ACLs. Publicly readable buckets are one of the most common causes of large data leaks, because anyone who learns or guesses the bucket name can list and download its objects.',
      ja: 'バケットポリシーや ACL によって、匿名またはパブリックな読み取りアクセスを許可しないことを求めます。パブリックに読み取り可能なバケットは大規模なデータ漏えいの最も一般的な原因の一つであり、バケット名を知った、あるいは推測した誰もがオブジェクトを一覧・ダウンロードできます。',
    },
  },
  {
    id: 'S3.3', title: 'S3 general purpose buckets should block public write access', section: 'S3',
    titleJa: 'S3 汎用バケットでパブリックな書き込みアクセスをブロックする',
    description: {
      en: 'No bucket may allow anonymous or public write access. Public write lets anyone upload, overwrite or delete objects, which can be used to plant malware in content you serve, destroy data or run up storage costs.',
      ja: '匿名またはパブリックな書き込みアクセスを許可しないことを求めます。パブリックな書き込みが可能だと誰でもオブジェクトをアップロード・上書き・削除でき、配信しているコンテンツへのマルウェアの埋め込みやデータの破壊、ストレージ費用の増大に悪用されます。',
    },
  },
  {
    id: 'S3.5', title: 'S3 general purpose buckets should require requests to use SSL', section: 'S3',
    titleJa: 'S3 汎用バケットでリクエストに SSL の使用を必須にする',
    description: {
      en: 'Bucket policies must deny any request made without TLS (aws:SecureTransport false). Otherwise clients can read and write objects over plain HTTP, exposing the data and request signatures to interception or tampering on the network.',
      ja: 'バケットポリシーで、TLS を使わないリクエスト（aws:SecureTransport が false）をすべて拒否することを求めます。拒否しないとクライアントが平文の HTTP でオブジェクトを読み書きでき、データやリクエスト署名がネットワーク上で盗聴・改ざんされるおそれがあります。',
    },
  },
  {
    id: 'S3.6', title: 'S3 general purpose bucket policies should restrict access to other AWS accounts', section: 'S3',
    titleJa: 'S3 汎用バケットポリシーで他の AWS アカウントへのアクセスを制限する',
    description: {
      en: 'Bucket policies should not grant principals in other AWS accounts sensitive actions such as deleting objects, changing the bucket policy or ACLs, or altering encryption and replication. Granting these across accounts means a compromise of the other account can destroy or expose your data.',
      ja: 'バケットポリシーで、他の AWS アカウントのプリンシパルにオブジェクトの削除、バケットポリシーや ACL の変更、暗号化やレプリケーション設定の変更などの重要な操作を許可しないことを求めます。これらをアカウントをまたいで許可すると、相手のアカウントが侵害されたときにデータが破壊・露出するおそれがあります。',
    },
  },
  {
    id: 'S3.8', title: 'S3 general purpose buckets should block public access', section: 'S3',
    titleJa: 'S3 汎用バケットでパブリックアクセスをブロックする',
    description: {
      en: 'Block Public Access must be turned on at the bucket level as well. The bucket-level setting keeps the bucket private even if the account-level setting is later relaxed, and documents that the bucket is never meant to be public.',
      ja: 'バケットレベルでもブロックパブリックアクセスを有効にすることを求めます。バケットレベルの設定により、後でアカウントレベルの設定が緩められてもバケットは非公開のまま保たれ、そのバケットを公開する意図がないことも明示できます。',
    },
  },
  {
    id: 'S3.9', title: 'S3 general purpose buckets should have server access logging enabled', section: 'S3',
    titleJa: 'S3 汎用バケットでサーバーアクセスログを有効にする',
    description: {
      en: 'Buckets should have server access logging enabled, delivering a record of every request to a separate log bucket. Access logs show who accessed which objects and from where, which is essential to detect data theft and to determine what was exposed after an incident.',
      ja: 'バケットでサーバーアクセスログを有効にし、すべてのリクエストの記録を別のログバケットに配信することを求めます。アクセスログには誰がどこからどのオブジェクトにアクセスしたかが残り、データ窃取の検知やインシデント後に何が漏えいしたかの特定に欠かせません。',
    },
  },
  {
    id: 'S3.10', title: 'S3 general purpose buckets with versioning enabled should have Lifecycle configurations', section: 'S3',
    titleJa: 'バージョニングが有効な S3 汎用バケットにライフサイクル設定を行う',
    description: {
      en: 'Versioned buckets should have a lifecycle configuration that manages noncurrent versions. Without one, every overwrite and delete keeps an old copy forever, so storage grows without bound and stale copies of sensitive data are retained longer than intended.',
      ja: 'バージョニングが有効なバケットに、非現行バージョンを管理するライフサイクル設定を行うことを求めます。設定がないと上書きや削除のたびに古いコピーが永久に残り、ストレージが際限なく増えるうえ、機密データの古いコピーが意図した以上に長く保持されます。',
    },
  },
  {
    id: 'S3.11', title: 'S3 general purpose buckets should have event notifications enabled', section: 'S3',
    titleJa: 'S3 汎用バケットでイベント通知を有効にする',
    description: {
      en: 'Buckets should have event notifications configured for relevant events such as object creation or deletion. Notifications let you react automatically, for example by scanning new uploads or alerting on unexpected deletions, instead of discovering changes long after the fact.',
      ja: 'バケットでオブジェクトの作成や削除などの関連イベントに対するイベント通知を設定することを求めます。通知により、新しいアップロードのスキャンや想定外の削除の警告などを自動で行え、変更にずっと後になって気付くという事態を避けられます。',
    },
  },
  {
    id: 'S3.12', title: 'ACLs should not be used to manage user access to S3 general purpose buckets', section: 'S3',
    titleJa: 'S3 汎用バケットへのユーザーアクセスの管理に ACL を使用しない',
    description: {
      en: 'Buckets should use the bucket owner enforced Object Ownership setting so that ACLs are disabled and access is governed by policies alone. ACLs are a legacy, per-object mechanism that is hard to audit and a frequent source of accidental public or cross-account access.',
      ja: 'バケットでオブジェクト所有者の「バケット所有者の強制」設定を使い、ACL を無効にしてポリシーだけでアクセスを管理することを求めます。ACL はオブジェクト単位の旧来の仕組みで監査が難しく、意図しないパブリックアクセスやクロスアカウントアクセスの原因になりがちです。',
    },
  },
  {
    id: 'S3.13', title: 'S3 general purpose buckets should have Lifecycle configurations', section: 'S3',
    titleJa: 'S3 汎用バケットにライフサイクル設定を行う',
    description: {
      en: 'Buckets should have a lifecycle configuration that transitions or expires objects according to your retention needs. Without it, data is kept indefinitely, increasing cost and the amount of old sensitive data that could be exposed in a breach.',
      ja: 'バケットに、保持要件に沿ってオブジェクトを移行または期限切れにするライフサイクル設定を行うことを求めます。設定がないとデータが無期限に保持され、コストと、侵害時に露出し得る古い機密データの量が増えていきます。',
    },
  },
  {
    id: 'S3.14', title: 'S3 general purpose buckets should have versioning enabled', section: 'S3',
    titleJa: 'S3 汎用バケットでバージョニングを有効にする',
    description: {
      en: 'Buckets should have versioning enabled so that overwritten or deleted objects keep prior versions. Versioning makes it possible to recover from accidental deletions, application bugs and ransomware that overwrites objects with encrypted copies.',
      ja: 'バケットでバージョニングを有効にし、上書きや削除されたオブジェクトの以前のバージョンを保持することを求めます。バージョニングにより、誤削除やアプリケーションの不具合、オブジェクトを暗号化したコピーで上書きするランサムウェアからの復旧が可能になります。',
    },
  },
  {
    id: 'S3.15', title: 'S3 general purpose buckets should have Object Lock enabled', section: 'S3',
    titleJa: 'S3 汎用バケットで Object Lock を有効にする',
    description: {
      en: 'Buckets holding data that must not be altered should have Object Lock enabled. Object Lock stores objects write-once-read-many for a retention period, so even a principal with delete permissions, or an attacker holding them, cannot remove or overwrite protected versions early.',
      ja: '改変されてはならないデータを保持するバケットで Object Lock を有効にすることを求めます。Object Lock は保持期間中オブジェクトを WORM（書き込み 1 回・読み取り複数回）で保存するため、削除権限を持つプリンシパルやその権限を奪った攻撃者でも、保護されたバージョンを期限前に削除・上書きできません。',
    },
  },
  {
    id: 'S3.17', title: 'S3 general purpose buckets should be encrypted at rest with AWS KMS keys', section: 'S3',
    titleJa: 'S3 汎用バケットを AWS KMS キーで保存時に暗号化する',
    description: {
      en: 'Buckets should use SSE-KMS (or DSSE-KMS) default encryption rather than only S3-managed keys. With KMS, reading an object also requires permission to use the key, adding an independent access check and a CloudTrail record of each decryption.',
      ja: 'バケットのデフォルト暗号化に、S3 管理キーだけでなく SSE-KMS（または DSSE-KMS）を使用することを求めます。KMS を使うとオブジェクトの読み取りにキーの使用権限も必要となり、独立したアクセスチェックが加わるうえ、復号のたびに CloudTrail に記録が残ります。',
    },
  },
  {
    id: 'S3.20', title: 'S3 general purpose buckets should have MFA delete enabled', section: 'S3',
    titleJa: 'S3 汎用バケットで MFA 削除を有効にする',
    description: {
      en: 'Versioned buckets should have MFA delete enabled. Permanently deleting an object version or changing the versioning state then requires the root user’s MFA code, so stolen access keys alone cannot wipe out the version history.',
      ja: 'バージョニングが有効なバケットで MFA 削除を有効にすることを求めます。これにより、オブジェクトのバージョンの完全削除やバージョニング状態の変更にルートユーザーの MFA コードが必要になり、盗まれたアクセスキーだけではバージョン履歴を消去できなくなります。',
    },
  },
  {
    id: 'S3.22', title: 'S3 general purpose buckets should log object-level write events', section: 'S3',
    titleJa: 'S3 汎用バケットでオブジェクトレベルの書き込みイベントを記録する',
    description: {
      en: 'A CloudTrail trail should record data events for object-level writes (such as PutObject and DeleteObject) on all S3 buckets. Management events do not include these, so without data events there is no record of who modified or deleted which objects.',
      ja: 'CloudTrail の証跡で、すべての S3 バケットのオブジェクトレベルの書き込み（PutObject や DeleteObject など）のデータイベントを記録することを求めます。管理イベントにはこれらが含まれないため、データイベントがないと誰がどのオブジェクトを変更・削除したかの記録が残りません。',
    },
  },
  {
    id: 'S3.23', title: 'S3 general purpose buckets should log object-level read events', section: 'S3',
    titleJa: 'S3 汎用バケットでオブジェクトレベルの読み取りイベントを記録する',
    description: {
      en: 'A CloudTrail trail should record data events for object-level reads (such as GetObject) on all S3 buckets. These events show who downloaded which objects, which is the evidence needed to detect data exfiltration and to scope what was accessed in a breach.',
      ja: 'CloudTrail の証跡で、すべての S3 バケットのオブジェクトレベルの読み取り（GetObject など）のデータイベントを記録することを求めます。これらのイベントは誰がどのオブジェクトをダウンロードしたかを示し、データの持ち出しを検知し、侵害時にアクセスされた範囲を特定するための証拠となります。',
    },
  },
  {
    id: 'SNS.1', title: 'SNS topics should be encrypted at-rest using AWS KMS', section: 'SNS',
    titleJa: 'SNS トピックを AWS KMS で保存時に暗号化する',
    description: {
      en: 'SNS topics should use server-side encryption with an AWS KMS key. Messages can contain sensitive data such as alerts, order details or tokens, and encryption with a KMS key limits who can read them while they are stored and adds key-based access control.',
      ja: 'SNS トピックで AWS KMS キーによるサーバー側の暗号化を使用することを求めます。メッセージにはアラートや注文内容、トークンなどの機密データが含まれることがあり、KMS キーで暗号化することで保存中のメッセージを読める者を限定し、キーによるアクセス制御を加えられます。',
    },
  },
  {
    id: 'SNS.4', title: 'SNS topic access policies should not allow public access', section: 'SNS',
    titleJa: 'SNS トピックのアクセスポリシーでパブリックアクセスを許可しない',
    description: {
      en: 'SNS topic policies must not allow everyone (Principal "*") to publish, subscribe or manage the topic without restricting conditions. A public topic lets outsiders subscribe to receive your messages or publish forged ones that downstream systems trust.',
      ja: 'SNS トピックポリシーで、制限条件なしに全員（Principal「*」）へ発行、サブスクライブ、管理を許可しないことを求めます。パブリックなトピックでは、外部の者がサブスクライブしてメッセージを受信したり、下流のシステムが信頼する偽のメッセージを発行したりできてしまいます。',
    },
  },
  {
    id: 'SQS.3', title: 'SQS queue access policies should not allow public access', section: 'SQS',
    titleJa: 'SQS キューのアクセスポリシーでパブリックアクセスを許可しない',
    description: {
      en: 'SQS queue policies must not allow everyone (Principal "*") to send, receive or manage messages without restricting conditions. A public queue lets outsiders read or delete your messages or inject crafted ones that consumers will process as genuine.',
      ja: 'SQS キューポリシーで、制限条件なしに全員（Principal「*」）へメッセージの送信、受信、管理を許可しないことを求めます。パブリックなキューでは、外部の者がメッセージを読み取ったり削除したり、コンシューマーが正規のものとして処理する細工されたメッセージを送り込んだりできてしまいます。',
    },
  },
];
