import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectRequest } from '../../../../src/cli/posture.js';
import { MamoriError } from '../../../../src/model/errors.js';

const base = { concurrency: 8 };

describe('mamori collect --provider azure', () => {
  it('turns the Azure flags into a collection request', async () => {
    const request = await collectRequest({ ...base, provider: 'azure', subscription: '11111111-2222-4333-8444-555555555555,66666666-7777-4888-8999-000000000000', managementGroup: 'mg-platform', tenant: 'contoso.onmicrosoft.com', services: 'storage,keyvault' });
    assert.equal(request.provider, 'azure');
    if (request.provider !== 'azure') return;
    assert.deepEqual(request.azure.subscriptions, ['11111111-2222-4333-8444-555555555555', '66666666-7777-4888-8999-000000000000']);
    assert.deepEqual(request.azure.managementGroups, ['mg-platform']);
    assert.equal(request.azure.tenant, 'contoso.onmicrosoft.com');
    assert.deepEqual(request.azure.services, ['storage', 'keyvault']);
    // No scope: every subscription the credentials can see.
    const all = await collectRequest({ ...base, provider: 'azure' });
    assert.equal(all.provider === 'azure' && all.azure.subscriptions, undefined);
  });

  it('refuses flags of another provider with one line', async () => {
    for (const [flags, name] of [
      [{ project: 'p' }, '--project'],
      [{ profile: 'x' }, '--profile'],
      [{ regions: 'japaneast' }, '--regions'],
    ] as const) {
      await assert.rejects(collectRequest({ ...base, provider: 'azure', ...flags }), (e: unknown) => e instanceof MamoriError && e.code === 'BAD_OPTION' && e.message === `${name} cannot be used with --provider azure`);
    }
    await assert.rejects(collectRequest({ ...base, provider: 'gcp', project: 'p', subscription: '11111111-2222-4333-8444-555555555555' }), /--subscription cannot be used with --provider gcp/);
    await assert.rejects(collectRequest({ ...base, provider: 'aws', tenant: 't' }), /--tenant cannot be used with --provider aws/);
  });

  it('--azure-cloud picks a sovereign cloud\'s endpoints; MAMORI_AZURE_ENDPOINT points ARM at a test server; an unknown cloud is one line', async () => {
    const china = await collectRequest({ ...base, provider: 'azure', azureCloud: 'azurechinacloud' });
    assert.deepEqual(china.provider === 'azure' && china.azure.endpoints, { arm: 'https://management.chinacloudapi.cn', graph: 'https://microsoftgraph.chinacloudapi.cn', authority: 'https://login.chinacloudapi.cn' });
    const plain = await collectRequest({ ...base, provider: 'azure' });
    assert.equal(plain.provider === 'azure' && plain.azure.endpoints, undefined);
    process.env.MAMORI_AZURE_ENDPOINT = 'http://127.0.0.1:9';
    try {
      const local = await collectRequest({ ...base, provider: 'azure' });
      assert.deepEqual(local.provider === 'azure' && local.azure.endpoints, { arm: 'http://127.0.0.1:9' });
    } finally {
      delete process.env.MAMORI_AZURE_ENDPOINT;
    }
    await assert.rejects(collectRequest({ ...base, provider: 'azure', azureCloud: 'Mars' }), (e: unknown) => e instanceof MamoriError && e.code === 'BAD_OPTION' && /--azure-cloud "Mars": use AzureCloud, AzureChinaCloud, AzureUSGovernment/.test(e.message));
    await assert.rejects(collectRequest({ ...base, provider: 'aws', azureCloud: 'AzureCloud' }), /--azure-cloud cannot be used with --provider aws/);
  });
});
