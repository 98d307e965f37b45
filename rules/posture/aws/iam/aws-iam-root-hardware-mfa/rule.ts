import { ROOT_USER_TYPE, type RootUserConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<RootUserConfig>({
  id: 'aws-iam-root-hardware-mfa',
  services: ['iam'],
  title: {
    en: "Hardware MFA is enabled for the 'root' user",
    ja: 'ルートユーザーでハードウェア MFA が有効になっている',
  },
  severity: 'CRITICAL',
  urgency: 'high',
  resourceTypes: [ROOT_USER_TYPE],
  requires: ['summary', 'virtualMfa'],
  frameworks: {
    'cis-aws-3.0': ['1.6'],
    fsbp: ['IAM.6'],
    'nist-800-53-r5': ['AC-2(1)', 'AC-3(15)', 'IA-2(1)', 'IA-2(2)', 'IA-2(6)', 'IA-2(8)'],
    'pci-dss-3.2.1': ['8.3.1'],
    'pci-dss-4.0': ['8.4.2'],
  },
  doc: {
    en: {
      description: 'Checks that the root user signs in with a hardware MFA device (a FIDO security key / passkey or a hardware TOTP token) rather than a virtual authenticator app.',
      urgency: 'Plan the change this week: a virtual MFA already blocks password-only attacks, but the root user is the one identity that cannot be restricted, so its second factor should not live on a phone that also runs everyday apps.',
      risk: 'A virtual MFA seed lives on a general-purpose phone or password manager. Malware, a cloud backup of the authenticator, a SIM/phone takeover or a lost unlocked phone can expose it; combined with a phished root password this gives complete, unrestricted control of the account.',
      recommendation: 'Register a FIDO2 security key or a hardware TOTP token for the root user, keep a second registered key in a safe, and remove the virtual MFA device. For member accounts of an organization, consider centralised root access management so member accounts have no root credentials at all.',
      console: [
        'Sign in as the root user and open "Security credentials" from the account menu.',
        'Under "Multi-factor authentication (MFA)", choose "Assign MFA device" and select "Passkey or security key" (or "Hardware TOTP token").',
        'Complete the registration, then remove the existing virtual (authenticator app) device.',
        'Store the hardware device (and a backup device) in a controlled, documented location.',
      ],
    },
    ja: {
      description: 'ルートユーザーのサインインに、仮想 MFA（認証アプリ）ではなくハードウェア MFA（FIDO セキュリティキー/パスキー、またはハードウェア TOTP トークン）が使われているかを確認します。',
      urgency: '今週中に切り替えを計画してください。仮想 MFA でもパスワードのみの攻撃は防げますが、ルートユーザーは唯一制限をかけられない ID であり、その第 2 要素を日常利用のスマートフォンに置くべきではありません。',
      risk: '仮想 MFA のシードは汎用のスマートフォンやパスワードマネージャーに保存されます。マルウェア、認証アプリのクラウドバックアップ、SIM/端末の乗っ取り、ロックされていない端末の紛失などで漏えいし得るため、フィッシングされたルートパスワードと組み合わされるとアカウントを完全に掌握されます。',
      recommendation: 'ルートユーザーに FIDO2 セキュリティキーまたはハードウェア TOTP トークンを登録し、予備のキーも登録して金庫等に保管したうえで、仮想 MFA デバイスを削除してください。Organizations のメンバーアカウントでは、ルートアクセスの一元管理によりルート認証情報自体を持たない構成も検討してください。',
      console: [
        'ルートユーザーでサインインし、アカウントメニューから「セキュリティ認証情報」を開きます。',
        '「多要素認証 (MFA)」で「MFA デバイスの割り当て」を選び、「パスキーまたはセキュリティキー」（または「ハードウェア TOTP トークン」）を選択します。',
        '登録を完了したら、既存の仮想（認証アプリ）デバイスを削除します。',
        'ハードウェアデバイス（および予備）を、管理・記録された保管場所に保管します。',
      ],
    },
  },
  remediation: {
    cli: '# Hardware MFA for root is registered in the console as root. Verify afterwards that no virtual device is assigned to root:\naws iam list-virtual-mfa-devices --assignment-status Assigned \\\n  --query "VirtualMFADevices[?ends_with(SerialNumber, \'root-account-mfa-device\')]"',
    terraform: '# Root MFA devices are not manageable by Terraform. Detect drift with the AWS Config managed rule:\nresource "aws_config_config_rule" "root_hardware_mfa" {\n  name = "root-account-hardware-mfa-enabled"\n  source {\n    owner             = "AWS"\n    source_identifier = "ROOT_ACCOUNT_HARDWARE_MFA_ENABLED"\n  }\n}',
    cloudformation: 'RootHardwareMfa:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    ConfigRuleName: root-account-hardware-mfa-enabled\n    Source:\n      Owner: AWS\n      SourceIdentifier: ROOT_ACCOUNT_HARDWARE_MFA_ENABLED',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-6',
  ],
  evaluate(root) {
    const enabled = root.config.summary?.AccountMFAEnabled;
    if (enabled === undefined || root.config.virtualMfa === undefined) return notAssessed('The account summary or the virtual MFA device list is missing.');
    if (enabled !== 1) return fail({ en: 'Root user has no MFA device at all.', ja: 'ルートユーザーに MFA デバイスが 1 つも登録されていません。' }, { AccountMFAEnabled: enabled });
    if (root.config.virtualMfa) {
      return fail(
        { en: 'Root user MFA is a virtual (authenticator app) device, not hardware.', ja: 'ルートユーザーの MFA が仮想デバイス（認証アプリ）であり、ハードウェア MFA ではありません。' },
        { virtualMfa: true },
      );
    }
    return pass({ en: 'Root user MFA is a hardware device or security key.', ja: 'ルートユーザーの MFA はハードウェアデバイス（セキュリティキー）です。' });
  },
});
