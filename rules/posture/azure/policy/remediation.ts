/**
 * The fix every guardrail rule recommends: assign a built-in Azure Policy definition at a management
 * group. Generates the az CLI, Terraform (azurerm) and Bicep code, and the Azure portal steps in
 * English and Japanese, from one description of the assignment.
 */
import type { RuleRemediationCode } from '../../../../src/model/rule.js';

export interface BuiltInAssignment {
  /** Assignment name (at most 24 characters at management-group scope). */
  name: string;
  displayName: string;
  /** Built-in definition GUID. */
  guid: string;
  /** The definition's name in the portal (English) and in the Japanese portal. */
  definition: { en: string; ja: string };
  /** Parameter values, as the assignment takes them (`{ effect: 'Deny' }`). */
  parameters?: Record<string, string | string[]>;
  /** DeployIfNotExists / Modify: the managed identity's location and the roles it needs (name and GUID). */
  identity?: { location: string; roles: { name: string; id: string }[] };
}

const MG = 'mg-landing-zones';
const MG_ID = `/providers/Microsoft.Management/managementGroups/${MG}`;

const tfName = (name: string) => name.replace(/[^a-z0-9]+/gi, '_').toLowerCase();

function jsonParams(parameters: Record<string, string | string[]>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, { value: v }])));
}

function bicepValue(v: string | string[]): string {
  return Array.isArray(v) ? `[ ${v.map((x) => `'${x}'`).join(' ')} ]` : `'${v}'`;
}

function tfValue(v: string | string[]): string {
  return Array.isArray(v) ? `[${v.map((x) => `"${x}"`).join(', ')}]` : `"${v}"`;
}

/** az CLI, Terraform and Bicep for the assignment at the management group `mg-landing-zones` (replace with yours). */
export function assignmentCode(a: BuiltInAssignment): RuleRemediationCode {
  const params = a.parameters && Object.keys(a.parameters).length ? a.parameters : undefined;
  const [firstRole, ...otherRoles] = a.identity?.roles ?? [];
  const cli = [
    `# Assign at the management group that holds the subscriptions (here ${MG}; the tenant root group covers every subscription):`,
    'az policy assignment create \\',
    `  --name ${a.name} \\`,
    `  --display-name "${a.displayName}" \\`,
    `  --scope ${MG_ID} \\`,
    `  --policy ${a.guid} \\`,
    ...(params ? [`  --params '${jsonParams(params)}' \\`] : []),
    ...(a.identity ? [`  --mi-system-assigned --location ${a.identity.location} \\`, `  --identity-scope ${MG_ID} --role "${firstRole.name}" \\`] : []),
    '  --enforcement-mode Default',
    ...otherRoles.flatMap((r) => [
      `# The managed identity also needs ${r.name}:`,
      `az role assignment create --assignee-object-id "$(az policy assignment show --name ${a.name} --scope ${MG_ID} --query identity.principalId -o tsv)" \\`,
      `  --assignee-principal-type ServicePrincipal --role "${r.name}" --scope ${MG_ID}`,
    ]),
    ...(a.identity
      ? ['# Existing resources are fixed by a remediation task (new ones are handled at deployment):', `az policy remediation create --name ${a.name}-fix --management-group ${MG} --policy-assignment ${MG_ID}/providers/Microsoft.Authorization/policyAssignments/${a.name}`]
      : []),
  ].join('\n');

  const id = tfName(a.name);
  const terraform = [
    `data "azurerm_management_group" "landing_zones" {`,
    `  name = "${MG}"`,
    `}`,
    ``,
    `resource "azurerm_management_group_policy_assignment" "${id}" {`,
    `  name                 = "${a.name}"`,
    `  display_name         = "${a.displayName}"`,
    `  management_group_id  = data.azurerm_management_group.landing_zones.id`,
    `  policy_definition_id = "/providers/Microsoft.Authorization/policyDefinitions/${a.guid}"`,
    `  enforce              = true`,
    ...(a.identity ? [`  location             = "${a.identity.location}"`, ``, `  identity {`, `    type = "SystemAssigned"`, `  }`] : []),
    ...(params ? [``, `  parameters = jsonencode({`, ...Object.entries(params).map(([k, v]) => `    ${k} = { value = ${tfValue(v)} }`), `  })`] : []),
    `}`,
    ...(a.identity?.roles ?? []).flatMap((r) => [
      ``,
      `resource "azurerm_role_assignment" "${id}_${tfName(r.name)}" {`,
      `  scope                = data.azurerm_management_group.landing_zones.id`,
      `  role_definition_name = "${r.name}"`,
      `  principal_id         = azurerm_management_group_policy_assignment.${id}.identity[0].principal_id`,
      `}`,
    ]),
    ...(a.identity
      ? [
          ``,
          `resource "azurerm_management_group_policy_remediation" "${id}" {`,
          `  name                 = "${a.name}-fix"`,
          `  management_group_id  = data.azurerm_management_group.landing_zones.id`,
          `  policy_assignment_id = azurerm_management_group_policy_assignment.${id}.id`,
          `}`,
        ]
      : []),
  ].join('\n');

  const sym = a.name.replace(/[^a-z0-9]+(.)?/gi, (_, c: string | undefined) => (c ?? '').toUpperCase());
  const bicep = [
    `targetScope = 'managementGroup' // deploy with: az deployment mg create --management-group-id ${MG} --location japaneast --template-file main.bicep`,
    ``,
    `resource ${sym} 'Microsoft.Authorization/policyAssignments@2023-04-01' = {`,
    `  name: '${a.name}'`,
    ...(a.identity ? [`  location: '${a.identity.location}'`, `  identity: {`, `    type: 'SystemAssigned'`, `  }`] : []),
    `  properties: {`,
    `    displayName: '${a.displayName}'`,
    `    policyDefinitionId: tenantResourceId('Microsoft.Authorization/policyDefinitions', '${a.guid}')`,
    `    enforcementMode: 'Default'`,
    ...(params ? [`    parameters: {`, ...Object.entries(params).map(([k, v]) => `      ${k}: { value: ${bicepValue(v)} }`), `    }`] : []),
    `  }`,
    `}`,
    ...(a.identity?.roles ?? []).flatMap((r) => [
      ``,
      `resource ${sym}${r.name.replace(/[^a-z0-9]/gi, '')} 'Microsoft.Authorization/roleAssignments@2022-04-01' = {`,
      `  name: guid(managementGroup().id, ${sym}.id, '${r.id}')`,
      `  properties: {`,
      `    principalId: ${sym}.identity.principalId`,
      `    principalType: 'ServicePrincipal'`,
      `    roleDefinitionId: tenantResourceId('Microsoft.Authorization/roleDefinitions', '${r.id}') // ${r.name}`,
      `  }`,
      `}`,
    ]),
  ].join('\n');
  return { cli, terraform, bicep };
}

/** Portal steps to assign the definition at a management group, in English and Japanese. */
export function assignmentSteps(a: BuiltInAssignment, parameterStep?: { en: string; ja: string }): { en: string[]; ja: string[] } {
  const en = [
    'In the Azure portal, open "Policy" and select "Assignments" under "Authoring", then click "Assign policy".',
    'On "Basics", set "Scope" to the management group that holds the subscriptions (the tenant root group covers them all); leave "Exclusions" empty unless a documented exception requires one.',
    `Under "Policy definition", search the built-in definitions for "${a.definition.en}" (definition ID ${a.guid}) and select it.`,
    'Keep "Policy enforcement" set to "Enabled" (Disabled is the DoNotEnforce mode, which only reports).',
    ...(parameterStep ? [parameterStep.en] : []),
    ...(a.identity
      ? ['On "Remediation", check "Create a remediation task" so existing subscriptions and resources are fixed, and keep the system-assigned managed identity the wizard creates (with the roles it proposes).']
      : []),
    'Click "Review + create", then "Create". Check the assignment\'s compliance under "Policy" > "Compliance" after the first evaluation (up to about 30 minutes).',
  ];
  const ja = [
    'Azure portal で「ポリシー」を開き、「作成」の「割り当て」を選択して「ポリシーの割り当て」をクリックします。',
    '「基本」タブの「スコープ」で、サブスクリプションを含む管理グループを選択します（テナント ルート グループならすべてのサブスクリプションが対象になります）。文書化された例外がない限り、「除外」は空のままにします。',
    `「ポリシー定義」で組み込み定義「${a.definition.ja}」（${a.definition.en}、定義 ID ${a.guid}）を検索して選択します。`,
    '「ポリシーの適用」は「有効」のままにします（「無効」は DoNotEnforce モードで、報告のみになります）。',
    ...(parameterStep ? [parameterStep.ja] : []),
    ...(a.identity
      ? ['「修復」タブで「修復タスクを作成する」をオンにし、既存のサブスクリプションやリソースも修復されるようにします。ウィザードが作成するシステム割り当てマネージド ID（提示されたロール付き）はそのまま使用します。']
      : []),
    '「確認および作成」をクリックし、「作成」をクリックします。最初の評価後（最大 30 分程度）、「ポリシー」>「コンプライアンス」で割り当ての準拠状況を確認します。',
  ];
  return { en, ja };
}
