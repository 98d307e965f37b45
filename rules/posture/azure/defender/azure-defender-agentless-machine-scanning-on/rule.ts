import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, DEFENDER_PLANS, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { componentEnabled, isStandard, lookupPlan, planNotReadable } from '../plans.js';

const COMPONENT = 'AgentlessVmScanning';

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-defender-agentless-machine-scanning-on',
  services: ['security'],
  title: { en: 'Agentless scanning for machines is on', ja: 'マシンのエージェントレス スキャンがオンになっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.pricing],
  requires: ['subscriptionId'],
  frameworks: { 'cis-azure-6.0': ['8.1.3.4'], 'mcsb-1.0': ['PV-5'], 'nist-800-53-r5': ['RA-5', 'SI-4'] },
  doc: {
    en: {
      description:
        'Checks that the "Agentless scanning for machines" component (pricing extension AgentlessVmScanning) is on, either in Defender for Servers Plan 2 or in Defender CSPM. It snapshots VM disks and scans them out of band for software vulnerabilities, secrets and malware, covering machines where no agent is installed or working.',
      urgency: 'Fix within the month: it is the safety net for machines whose agent is missing or broken, which are exactly the ones nobody is watching.',
      risk: 'Without agentless scanning, a VM without a working Defender for Endpoint sensor has no vulnerability inventory at all: an outdated OpenSSL, a log4j jar or an SSH private key left on disk stays invisible until it is exploited.',
      recommendation:
        'Turn on the agentless scanning component in Defender for Servers Plan 2 (or in Defender CSPM), exclude only machines you have a documented reason to skip (by tag), and review the vulnerabilities and secrets it finds.',
      console: [
        'In the Azure portal, open Microsoft Defender for Cloud > Management > Environment settings and select the subscription.',
        'Select "Defender plans" and, in the Servers row (Plan 2) or the Defender CSPM row, click "Settings".',
        'Set the Status of "Agentless scanning for machines" to On and click "Continue".',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        'Defender for Servers プラン 2 または Defender CSPM で「マシンのエージェントレス スキャン」コンポーネント（価格の拡張機能 AgentlessVmScanning）がオンであることを確認します。VM のディスクのスナップショットを取得して帯域外でスキャンし、ソフトウェアの脆弱性、シークレット、マルウェアを検出します。エージェントがない、または動作していないマシンも対象になります。',
      urgency: '1 か月以内に対応してください。エージェントが欠けている、または壊れているマシン、つまり誰も監視していないマシンのための安全網です。',
      risk: 'エージェントレス スキャンがないと、Defender for Endpoint センサーが動作していない VM の脆弱性の棚卸しがまったく行われません。古い OpenSSL、log4j の jar、ディスクに残された SSH 秘密鍵は、悪用されるまで見えないままです。',
      recommendation:
        'Defender for Servers プラン 2（または Defender CSPM）でエージェントレス スキャンのコンポーネントをオンにし、除外は文書化された理由のあるマシンだけ（タグで指定）にして、検出された脆弱性とシークレットを確認してください。',
      console: [
        'Azure portal で Microsoft Defender for Cloud >「管理」>「環境設定」を開き、対象のサブスクリプションを選択します。',
        '「Defender プラン」を選択し、「サーバー」（プラン 2）または「Defender CSPM」の行で「設定」をクリックします。',
        '「マシンのエージェントレス スキャン」の状態を「オン」にして「続行」をクリックします。',
        '「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'az security pricing create --name VirtualMachines --tier Standard --subplan P2 --extensions name=AgentlessVmScanning isEnabled=True',
    terraform: 'resource "azurerm_security_center_subscription_pricing" "servers" {\n  tier          = "Standard"\n  resource_type = "VirtualMachines"\n  subplan       = "P2"\n\n  extension {\n    name = "AgentlessVmScanning"\n  }\n}',
    bicep: "targetScope = 'subscription'\n\nresource servers 'Microsoft.Security/pricings@2024-01-01' = {\n  name: 'VirtualMachines'\n  properties: {\n    pricingTier: 'Standard'\n    subPlan: 'P2'\n    extensions: [\n      { name: 'AgentlessVmScanning', isEnabled: 'True' }\n    ]\n  }\n}",
  },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/concept-agentless-data-collection', 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/enable-agentless-scanning-vms'],
  evaluate(subscription, ctx) {
    const servers = lookupPlan(ctx, subscription.account, DEFENDER_PLANS.servers);
    const cspm = lookupPlan(ctx, subscription.account, DEFENDER_PLANS.cspm);
    const unreadable = servers.kind === 'uncollected' ? planNotReadable(servers, DEFENDER_PLANS.servers, { en: 'Servers', ja: 'サーバー' }, subscription.name) : undefined;
    if (unreadable) return unreadable;
    // Either plan, when on, can carry the component; a plan that is off scans nothing whatever its component says.
    const carriers = [servers, cspm].flatMap((l) => (l.kind === 'found' && isStandard(l.pricing.config) ? [l.pricing.config] : []));
    const states = carriers.map((p) => ({ plan: p.name ?? '', enabled: componentEnabled(p, COMPONENT) }));
    const on = states.filter((s) => s.enabled === true);
    if (on.length) {
      return pass(
        { en: `Agentless scanning for machines is on in subscription ${subscription.name} (${on.map((s) => s.plan).join(', ')}).`, ja: `サブスクリプション ${subscription.name} でマシンのエージェントレス スキャンがオンです (${on.map((s) => s.plan).join('、')})。` },
        { plans: on.map((s) => s.plan) },
      );
    }
    if (states.some((s) => s.enabled === undefined)) {
      return notAssessed(
        { en: `The components of the Defender plans of subscription ${subscription.name} were not returned, so agentless scanning could not be read.`, ja: `サブスクリプション ${subscription.name} の Defender プランのコンポーネントが返されなかったため、エージェントレス スキャンの状態を読み取れませんでした。` },
        { plans: states.map((s) => s.plan) },
      );
    }
    const serversTier = servers.kind === 'found' ? servers.pricing.config.pricingTier : undefined;
    const cspmTier = cspm.kind === 'found' ? cspm.pricing.config.pricingTier : undefined;
    return fail(
      carriers.length
        ? { en: `Agentless scanning for machines is off in subscription ${subscription.name}.`, ja: `サブスクリプション ${subscription.name} でマシンのエージェントレス スキャンがオフです。` }
        : {
            en: `Agentless scanning for machines is off in subscription ${subscription.name}: neither Defender for Servers nor Defender CSPM is on.`,
            ja: `サブスクリプション ${subscription.name} でマシンのエージェントレス スキャンがオフです。Defender for Servers も Defender CSPM もオンになっていません。`,
          },
      { serversPlan: serversTier, cspmPlan: cspmTier },
    );
  },
});
