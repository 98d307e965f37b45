/** Findings keep their cloud through the hub, its filters and its writers; the 0005 migration gives old imports theirs (both backends). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { asffBatches } from '../../src/report/asff.js';
import { toOcsfFinding } from '../../src/report/ocsf.js';
import type { ObservedFinding } from '../../src/hub/model.js';
import { migrations } from '../../src/hub/store/schema.js';
import { internalConnection } from '../../src/hub/store/store.js';
import { BACKENDS } from './backends.js';

const at = '2026-11-20T00:00:00.000Z';
const awsFinding: ObservedFinding = {
  id: 'mamori-aws-1', kind: 'posture', source: 'mamori', ruleId: 'aws-s3-bucket-public-read', title: 'Bucket is not public', severity: 'HIGH',
  complianceStatus: 'FAIL', provider: 'aws', account: '111111111111', region: 'us-east-1', resourceUid: 'arn:aws:s3:::shop-assets',
  resourceType: 'AWS::S3::Bucket', resourceName: 'shop-assets', resourceTags: { env: 'prod' }, frameworks: { 'cis-aws-3.0': ['2.1.4'] }, reason: 'public', observedAt: at,
};
const gcpFinding: ObservedFinding = {
  ...awsFinding, id: 'mamori-gcp-1', ruleId: 'gcp-storage-bucket-not-public', provider: 'gcp', account: 'shop-prod', region: 'US',
  resourceUid: '//storage.googleapis.com/projects/_/buckets/shop-media', resourceType: 'storage.googleapis.com/Bucket', resourceName: 'shop-media', frameworks: { 'cis-gcp-5.0': ['5.1'] },
};

for (const backend of BACKENDS) {
  describe(`findings of several clouds (${backend.name})`, { skip: backend.skip }, () => {
    it('keep their provider, filter by provider and scope, and write OCSF with the right cloud; ASFF refuses non-AWS findings', async () => {
      const { store } = await backend.fresh();
      try {
        await store.ingest([awsFinding, gcpFinding], { actor: 'test', at });
        assert.equal((await store.get('mamori-gcp-1'))!.finding.provider, 'gcp');
        assert.equal((await store.get('mamori-aws-1'))!.finding.provider, 'aws');
        assert.deepEqual((await store.list({ provider: ['gcp'] })).map((f) => f.id), ['mamori-gcp-1']);
        assert.deepEqual((await store.list({ account: ['shop-prod'] })).map((f) => f.id), ['mamori-gcp-1']);
        const gcp = (await store.get('mamori-gcp-1'))!.finding;
        const ocsf = toOcsfFinding(gcp) as { cloud: { provider: string; account: { uid: string; type: string; type_id: number } } };
        assert.deepEqual(ocsf.cloud.provider, 'GCP');
        assert.deepEqual(ocsf.cloud.account, { uid: 'shop-prod', type: 'GCP Project', type_id: 11 });
        assert.throws(() => [...asffBatches([gcp])], /ASFF is the AWS Security Hub format.*gcp finding/);
        assert.equal([...asffBatches([(await store.get('mamori-aws-1'))!.finding])].length, 1);
      } finally {
        await store.close();
      }
    });

    it('migration 0005 gives findings imported before Google Cloud support their provider and leaves AWS rows as they were', async () => {
      const { store } = await backend.fresh();
      try {
        // As an older mamori stored them: every row tagged AWS, a Prowler GCP import too.
        const imported = { ...gcpFinding, id: 'prowler-gcp-1', source: 'prowler', ruleId: 'cloudstorage_bucket_public_access', provider: 'aws' as const };
        const azure = { ...gcpFinding, id: 'prowler-az-1', source: 'prowler', ruleId: 'storage_blob_public_access_level_is_disabled', provider: 'aws' as const, resourceUid: '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/sa' };
        await store.ingest([awsFinding, imported, azure], { actor: 'test', at });
        const before = (await store.get('mamori-aws-1'))!;
        await migrations(store.dialect)['0005_provider_of_imports'].up(internalConnection(store).db as unknown as Kysely<unknown>).catch(async (err: Error) => {
          // The index exists already (the store was created at the latest version): only the data step matters here.
          if (!/already exists/i.test(err.message)) throw err;
        });
        assert.equal((await store.get('prowler-gcp-1'))!.finding.provider, 'gcp');
        assert.equal((await store.get('prowler-az-1'))!.finding.provider, 'azure');
        assert.deepEqual((await store.get('mamori-aws-1'))!, before, 'the AWS row and its history are untouched');
      } finally {
        await store.close();
      }
    });
  });
}

describe('Prowler import', () => {
  it('takes the provider from the finding (a Google Cloud scan is not AWS)', async () => {
    const { fromProwler } = await import('../../src/hub/import/prowler.js');
    const finding = (provider: string, uid: string, account: string) => ({
      finding_info: { uid: `prowler-${provider}-1`, title: 'Bucket is public' },
      metadata: { event_code: 'cloudstorage_bucket_public_access', product: { name: 'Prowler' } },
      cloud: { provider, account: { uid: account }, region: 'us' },
      resources: [{ uid, name: 'shop-media', region: 'us', type: 'storage.googleapis.com/Bucket' }],
      status_code: 'FAIL',
      severity: 'High',
      time_dt: at,
    });
    assert.equal(fromProwler(finding('gcp', 'shop-media', 'shop-prod'), 'findings[0]', 'p.json').provider, 'gcp');
    assert.equal(fromProwler(finding('aws', 'arn:aws:s3:::b', '111111111111'), 'findings[0]', 'p.json').provider, 'aws');
    assert.throws(() => fromProwler(finding('kubernetes', 'pod/x', 'cluster'), 'findings[0]', 'p.json'), /kubernetes.*not a cloud mamori knows/);
  });
});

for (const backend of BACKENDS) {
  describe(`localized text (${backend.name})`, { skip: backend.skip }, () => {
    it('a posture result keeps its title and reason in English and Japanese through the hub', async () => {
      const { postureToObserved } = await import('../../src/assess/finding.js');
      const { store } = await backend.fresh();
      try {
        const observed = postureToObserved({
          id: 'mamori-ja-1', kind: 'posture', provider: 'gcp', ruleId: 'gcp-storage-bucket-not-public', status: 'FAIL', severity: 'HIGH',
          title: { en: 'Cloud Storage buckets are not publicly accessible', ja: 'Cloud Storage バケットが公開されていない' },
          reason: { en: 'allUsers can read objects.', ja: 'allUsers がオブジェクトを読み取れます。' },
          resource: { uid: gcpFinding.resourceUid, type: gcpFinding.resourceType, name: 'shop-media', account: 'shop-prod', region: 'US', tags: {} },
          frameworks: { 'cis-gcp-5.0': ['5.1'] }, snapshotId: 's', observedAt: at,
        });
        await store.ingest([observed], { actor: 'test', at });
        const f = (await store.get('mamori-ja-1'))!.finding;
        assert.equal(f.title, 'Cloud Storage buckets are not publicly accessible', 'title stays English for filters and exports');
        assert.equal(f.localized?.title?.ja, 'Cloud Storage バケットが公開されていない');
        assert.equal(f.localized?.reason?.ja, 'allUsers がオブジェクトを読み取れます。');
        // An English-only source (an import) carries no localized text, and a later observation keeps the row readable.
        await store.ingest([{ ...awsFinding, id: 'plain-1' }], { actor: 'test', at });
        assert.equal((await store.get('plain-1'))!.finding.localized, undefined);
      } finally {
        await store.close();
      }
    });
  });
}

for (const backend of BACKENDS) {
  describe(`documents and scope paths (${backend.name})`, { skip: backend.skip }, () => {
    it("keeps a rule's improvement document once and puts it back on every finding of the rule", async () => {
      const { store } = await backend.fresh();
      try {
        const document = { description: { en: 'Checks buckets.', ja: 'バケットを確認します。' }, remediation: { en: 'Block public access.', ja: 'パブリックアクセスをブロックします。' }, references: ['https://example.com/a'] };
        await store.ingest([{ ...gcpFinding, document }, { ...gcpFinding, id: 'mamori-gcp-2', resourceUid: `${gcpFinding.resourceUid}-2`, document }], { actor: 'test', at });
        const rows = await internalConnection(store).db.selectFrom('finding_documents').selectAll().execute();
        assert.equal(rows.length, 1, 'one row per rule, not per finding');
        assert.deepEqual((await store.get('mamori-gcp-2'))!.finding.document, document);
        assert.ok((await store.list({ provider: ['gcp'] })).every((f) => f.document?.remediation?.ja === 'パブリックアクセスをブロックします。'));
        // A newer version of the rule's document replaces the stored one.
        const updated = { ...document, remediation: { en: 'Enforce public access prevention.', ja: '公開アクセス防止を適用します。' } };
        await store.ingest([{ ...gcpFinding, document: updated, observedAt: '2026-11-21T00:00:00.000Z' }], { actor: 'test', at: '2026-11-21T00:00:00.000Z' });
        assert.equal((await store.get('mamori-gcp-2'))!.finding.document?.remediation?.en, 'Enforce public access prevention.');
        // A finding without a document (most imports) reads back without one.
        await store.ingest([awsFinding], { actor: 'test', at });
        assert.equal((await store.get('mamori-aws-1'))!.finding.document, undefined);
      } finally {
        await store.close();
      }
    });

    it('filters by a folder or an organisation through the scope path, and by scope id as before', async () => {
      const { store } = await backend.fresh();
      try {
        await store.ingest(
          [
            { ...gcpFinding, scopePath: 'organizations/905/folders/271/projects/shop-prod' },
            { ...gcpFinding, id: 'mamori-gcp-dev', account: 'shop-dev', resourceUid: 'x-dev', scopePath: 'organizations/905/folders/300/projects/shop-dev' },
            { ...gcpFinding, id: 'mamori-gcp-2710', account: 'other', resourceUid: 'x-other', scopePath: 'organizations/905/folders/2710/projects/other' },
            { ...awsFinding, scopePath: 'organizations/o-abc123/accounts/111111111111' },
          ],
          { actor: 'test', at },
        );
        const ids = async (scope: string[]) => (await store.list({ account: scope })).map((f) => f.id).sort();
        assert.deepEqual(await ids(['folders/271']), ['mamori-gcp-1'], 'a folder, not its prefix look-alike folders/2710');
        assert.deepEqual(await ids(['organizations/905']), ['mamori-gcp-1', 'mamori-gcp-2710', 'mamori-gcp-dev']);
        assert.deepEqual(await ids(['organizations/o-abc123', 'shop-dev']), ['mamori-aws-1', 'mamori-gcp-dev']);
        assert.deepEqual(await ids(['shop-prod']), ['mamori-gcp-1']);
        assert.equal((await store.get('mamori-gcp-1'))!.finding.scopePath, 'organizations/905/folders/271/projects/shop-prod');
        // An observation that does not say (an import) keeps the known path.
        await store.ingest([{ ...gcpFinding, observedAt: '2026-11-21T00:00:00.000Z' }], { actor: 'test', at: '2026-11-21T00:00:00.000Z' });
        assert.equal((await store.get('mamori-gcp-1'))!.finding.scopePath, 'organizations/905/folders/271/projects/shop-prod');
      } finally {
        await store.close();
      }
    });
  });
}
