/**
 * The Google Cloud demo organisation: `example.com`, a fictional online shop, with a Production and
 * a Development folder and one project in each. Deliberately misconfigured (a CI service account
 * key nobody rotated, an owner with a personal Gmail account, a public bucket, SSH and RDP open to
 * the internet, a Cloud SQL instance reachable from anywhere …) next to resources that are
 * configured well. Every file of the demo (snapshot and audit logs) uses these names, so that the
 * posture findings and the attack in the logs tell one story.
 */
export const GCP_DEMO = {
  orgId: '123456789012',
  org: 'organizations/123456789012',
  domain: 'example.com',
  directoryCustomerId: 'C01x7demo',
  folders: {
    production: { id: '305419896101', name: 'folders/305419896101', displayName: 'Production' },
    development: { id: '305419896102', name: 'folders/305419896102', displayName: 'Development' },
  },
  prod: { projectId: 'shop-prod', number: '410000000001', folder: 'folders/305419896101' },
  dev: { projectId: 'shop-dev', number: '410000000002', folder: 'folders/305419896102' },
  /** Where the shop runs (Tokyo). */
  region: 'asia-northeast1',
  collectedAt: '2026-11-20T09:00:00.000Z',
  /** The organisation sink's bucket (project sec-tools-4411, outside the scan): where the demo audit logs come from. */
  orgAuditBucket: 'example-com-org-audit-logs',
  /** The day of the demo audit logs (the attack happens in the afternoon, after the snapshot). */
  logDay: '2026-11-20',
  names: {
    ciDeployer: 'sa-ci-deployer@shop-prod.iam.gserviceaccount.com',
    /** The privileged service account Terraform runs as (roles/owner on shop-prod). */
    terraform: 'sa-terraform@shop-prod.iam.gserviceaccount.com',
    web: 'sa-web@shop-prod.iam.gserviceaccount.com',
    backup: 'sa-backup@shop-prod.iam.gserviceaccount.com',
    devRunner: 'sa-dev-runner@shop-dev.iam.gserviceaccount.com',
    /** The personal Gmail account that holds roles/owner on the Production folder. */
    gmailOwner: 'shop.founder.jp@gmail.com',
    /** The attacker's own account, made owner during the attack. */
    attackerGmail: 'dev.helper.7731@gmail.com',
    /** The CI key leaked from a build log (the one the attacker uses). */
    ciKeyId: '3f9b6c2a8d1e4f5071a2b3c4d5e6f708192a3b4c',
    webInstance: 'web-1',
    webExternalIp: '203.0.113.20',
    publicBucket: 'shop-prod-assets',
    /** The bucket the attacker makes public (customer invoices). */
    invoicesBucket: 'shop-prod-invoices',
    logArchiveBucket: 'shop-prod-log-archive',
    archiveSink: 'all-logs-archive',
    database: 'orders-pg',
  },
} as const;

export const computeDefaultSa = (projectNumber: string) => `${projectNumber}-compute@developer.gserviceaccount.com`;
export const COMPUTE_API = 'https://www.googleapis.com/compute/v1';
