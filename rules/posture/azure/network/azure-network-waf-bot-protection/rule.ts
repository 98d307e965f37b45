import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type WafPolicyConfig } from '../../../../../src/providers/azure/model/index.js';
import { attachedTo, unattached } from '../waf.js';

export const BOT_RULE_SET = 'Microsoft_BotManagerRuleSet';

export const rule = defineRule<WafPolicyConfig>({
  id: 'azure-network-waf-bot-protection',
  services: ['network'],
  title: {
    en: 'Application Gateway WAF policies have bot protection enabled',
    ja: 'Application Gateway の WAF ポリシーでボット保護が有効になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.wafPolicy],
  requires: ['id', 'managedRules', 'applicationGateways', 'httpListeners', 'pathBasedRules'],
  frameworks: {
    'cis-azure-6.0': ['7.15'],
    'mcsb-1.0': ['NS-6'],
    'nist-800-53-r5': ['SC-7', 'SI-4'],
    'pci-dss-4.0': ['6.4.2'],
  },
  doc: {
    en: {
      description:
        'Checks that the Application Gateway WAF policy includes the Microsoft bot manager managed rule set (Microsoft_BotManagerRuleSet) and that its BadBots rule group is not switched off by an override. Policies not associated with any gateway, listener or path rule are not applicable.',
      urgency: 'Low urgency: add it in regular maintenance, sooner for login, search or checkout endpoints that attract credential stuffing and scraping.',
      risk: 'Without bot protection, requests from addresses Microsoft Threat Intelligence knows as malicious, and from tools that pose as search engines, reach the application: vulnerability scanners, credential-stuffing and scraping bots then probe and load it at will.',
      recommendation:
        'Add the bot protection rule set (Microsoft_BotManagerRuleSet, latest version) to the policy with its default actions (Block for bad bots), review its logs for false positives, and keep the BadBots group enabled.',
      console: [
        'In the Azure portal, open "Web Application Firewall policies (WAF)" and select the policy.',
        'Under "Settings", open "Managed rules" and click "Assign".',
        'Select the latest "Bot Manager" rule set in "Additional rule set", then click "Save".',
      ],
    },
    ja: {
      description:
        'Application Gateway の WAF ポリシーに Microsoft のボット マネージャー マネージド規則セット (Microsoft_BotManagerRuleSet) が含まれ、その BadBots 規則グループがオーバーライドで無効化されていないことを確認します。どの Application Gateway、リスナー、パス ベースの規則にも関連付けられていないポリシーは対象外です。',
      urgency: '緊急度は低めです。通常のメンテナンスで追加してください。クレデンシャル スタッフィングやスクレイピングを受けやすいログイン、検索、購入のエンドポイントがある場合は早めに対応します。',
      risk: 'ボット保護がないと、Microsoft の脅威インテリジェンスが悪意あるものとして把握しているアドレスや、検索エンジンを装うツールからの要求がアプリケーションに届きます。脆弱性スキャナー、クレデンシャル スタッフィングやスクレイピングのボットが自由に探索し、負荷をかけることになります。',
      recommendation:
        'ポリシーにボット保護の規則セット（Microsoft_BotManagerRuleSet の最新バージョン）を既定のアクション（悪意のあるボットはブロック）で追加し、誤検知がないかログを確認したうえで、BadBots グループを有効のまま維持してください。',
      console: [
        'Azure portal で「Web アプリケーション ファイアウォール ポリシー (WAF)」を開き、対象のポリシーを選択します。',
        '「設定」の「マネージド規則」を開き、「割り当て」をクリックします。',
        '「追加の規則セット」で最新の「Bot Manager」規則セットを選択し、「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'az network application-gateway waf-policy managed-rule rule-set add --resource-group RG_NAME --policy-name WAF_POLICY_NAME --type Microsoft_BotManagerRuleSet --version 1.1',
    terraform: [
      'resource "azurerm_web_application_firewall_policy" "web" {',
      '  # ...',
      '  managed_rules {',
      '    managed_rule_set {',
      '      type    = "Microsoft_DefaultRuleSet"',
      '      version = "2.1"',
      '    }',
      '    managed_rule_set {',
      '      type    = "Microsoft_BotManagerRuleSet"',
      '      version = "1.1"',
      '    }',
      '  }',
      '}',
    ].join('\n'),
    bicep: [
      "resource wafPolicy 'Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies@2024-05-01' = {",
      "  name: 'waf-policy-web'",
      '  location: location',
      '  properties: {',
      "    policySettings: { state: 'Enabled', mode: 'Prevention', requestBodyCheck: true }",
      '    managedRules: {',
      '      managedRuleSets: [',
      "        { ruleSetType: 'Microsoft_DefaultRuleSet', ruleSetVersion: '2.1' }",
      "        { ruleSetType: 'Microsoft_BotManagerRuleSet', ruleSetVersion: '1.1' }",
      '      ]',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: ['https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/bot-protection-overview', 'https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/bot-protection'],
  evaluate(resource) {
    const skip = unattached(resource);
    if (skip) return skip;
    const sets = resource.config.managedRules?.managedRuleSets ?? [];
    const bot = sets.find((s) => s.ruleSetType === BOT_RULE_SET);
    const evidence = { managedRuleSets: sets.map((s) => `${s.ruleSetType} ${s.ruleSetVersion}`), ...attachedTo(resource.config) };
    if (!bot) {
      return fail({ en: `WAF policy ${resource.name} has no bot protection rule set.`, ja: `WAF ポリシー ${resource.name} にはボット保護の規則セットがありません。` }, evidence);
    }
    // An override of a group without a rule list disables the whole group.
    const badBots = (bot.ruleGroupOverrides ?? []).find((o) => (o.ruleGroupName ?? '').toLowerCase() === 'badbots');
    if (badBots && !badBots.rules?.length) {
      return fail(
        { en: `WAF policy ${resource.name} has the bot protection rule set but its BadBots group is disabled.`, ja: `WAF ポリシー ${resource.name} にはボット保護の規則セットがありますが、BadBots グループが無効になっています。` },
        { ...evidence, disabledGroups: ['BadBots'] },
      );
    }
    const disabledRules = (badBots?.rules ?? []).filter((r) => (r.state ?? 'Disabled') === 'Disabled').map((r) => r.ruleId);
    return pass(
      { en: `WAF policy ${resource.name} runs bot protection (${bot.ruleSetType} ${bot.ruleSetVersion}).`, ja: `WAF ポリシー ${resource.name} はボット保護（${bot.ruleSetType} ${bot.ruleSetVersion}）を使用しています。` },
      { ...evidence, ...(disabledRules.length ? { disabledBadBotRules: disabledRules } : {}) },
    );
  },
});
