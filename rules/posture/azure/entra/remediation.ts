/**
 * Remediation snippets shared by the Entra ID rules. Tenant settings and Conditional Access have no
 * ARM or Bicep resource type (the Bicep Microsoft Graph extension covers apps, groups and service
 * principals only), so the Bicep fix is a deployment script that calls Microsoft Graph with a
 * user-assigned managed identity holding the Graph permission named.
 */
export function graphScriptBicep(name: string, permission: string, commands: string[]): string {
  return [
    `// Tenant settings are not ARM resources: run the Graph call from a deployment script.`,
    `// Azure CLI runs signed in as the user-assigned identity, which needs the Microsoft Graph application permission ${permission}.`,
    'param scriptIdentityId string',
    '',
    `resource ${name.replace(/[^A-Za-z0-9]/g, '')} 'Microsoft.Resources/deploymentScripts@2023-08-01' = {`,
    `  name: '${name}'`,
    '  location: resourceGroup().location',
    "  kind: 'AzureCLI'",
    "  identity: { type: 'UserAssigned', userAssignedIdentities: { '${scriptIdentityId}': {} } }",
    '  properties: {',
    "    azCliVersion: '2.61.0'",
    "    retentionInterval: 'PT1H'",
    `    scriptContent: '''`,
    ...commands,
    `'''`,
    '  }',
    '}',
  ].join('\n');
}

/** The Graph URL of the tenant's authorization policy. */
export const AUTHORIZATION_POLICY_URL = 'https://graph.microsoft.com/v1.0/policies/authorizationPolicy';

/** `az rest` PATCH of a Graph policy. */
export const graphPatchCli = (url: string, body: string) => `az rest --method PATCH --url ${url} --body '${body}'`;

/**
 * Terraform for a Graph policy PATCH: neither azurerm nor azuread manages these tenant policies, so
 * the call runs from terraform_data (re-applied when the body changes).
 */
export function graphPatchTerraform(name: string, url: string, body: string): string {
  return [
    '# Neither azurerm nor azuread manages this tenant policy: apply the Microsoft Graph call from Terraform.',
    `resource "terraform_data" "${name}" {`,
    `  input = ${JSON.stringify(body)}`,
    '  provisioner "local-exec" {',
    `    command = "az rest --method PATCH --url ${url} --body '\${self.input}'"`,
    '  }',
    '}',
  ].join('\n');
}

/** Creates a Conditional Access policy from its Graph JSON. */
export const createCaPolicyCli = (json: string) => `az rest --method POST --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies --body '${json}'`;

/** The Graph JSON of a policy that requires MFA for all users on all cloud apps, emergency-access accounts excluded. */
export const MFA_ALL_USERS_POLICY =
  '{"displayName":"Require MFA for all users","state":"enabled","conditions":{"clientAppTypes":["all"],"applications":{"includeApplications":["All"]},"users":{"includeUsers":["All"],"excludeUsers":["<break-glass-object-id-1>","<break-glass-object-id-2>"]}},"grantControls":{"operator":"OR","builtInControls":["mfa"]}}';
