/**
 * The Azure demo tenant: Contoso, a fictional online shop (the same shop as the AWS and Google Cloud
 * demos) whose Microsoft Entra tenant holds the management groups `mg-contoso` → `mg-landing-zones`
 * with a production and a development subscription. Deliberately misconfigured (security defaults
 * off, a Global Administrator without MFA, an app secret that runs for decades, a storage account
 * open to anonymous reads over TLS 1.0, a SQL server open to the whole internet, RDP open on a jump
 * box …) next to resources that are configured well. Every file of the demo (snapshot and Activity
 * Log) uses these names, so that the posture findings and the attack in the logs tell one story.
 */
export const AZURE_DEMO = {
  tenantId: '4d7c2a91-5e3b-4f08-9a6d-c1b2e3f40a57',
  domain: 'contoso.com',
  /** The tenant's initial domain (break-glass and guest accounts live here). */
  initialDomain: 'contoso.onmicrosoft.com',
  managementGroups: {
    contoso: { name: 'mg-contoso', displayName: 'Contoso' },
    landingZones: { name: 'mg-landing-zones', displayName: 'Landing zones' },
  },
  prod: { subscriptionId: '6a1f0c3e-8d2b-4b7a-9e15-3c4d5e6f7a80', displayName: 'sub-shop-prod' },
  dev: { subscriptionId: '9b2e1d4f-7c3a-4e6b-8f20-4d5e6f7a8b91', displayName: 'sub-shop-dev' },
  /** Where the shop runs (Tokyo) and its disaster-recovery region (Osaka). */
  region: 'japaneast',
  drRegion: 'japanwest',
  collectedAt: '2026-11-20T08:30:00.000Z',
  /** The day of the demo Activity Log (the attack happens in the afternoon, after the snapshot). */
  logDay: '2026-11-20',
  names: {
    /** The app registration whose never-expiring client secret leaks (used in the attack). */
    backupApp: 'contoso-backup-automation',
    backupAppId: 'b7e4c1a2-3d5f-4e6a-8b9c-0d1e2f3a4b5c',
    backupAppObjectId: '2c8d4e6f-1a3b-4c5d-9e7f-8a9b0c1d2e3f',
    /** Its service principal (the principal that holds Owner on sub-shop-prod). */
    backupSpObjectId: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
    /** The deployment pipeline (GitHub Actions, workload identity federation). */
    pipelineApp: 'shop-deploy-pipeline',
    pipelineAppId: '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c',
    pipelineAppObjectId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    pipelineSpObjectId: 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f',
    /** The security scanner (Reader at mg-contoso). */
    scannerSpObjectId: 'f0e1d2c3-b4a5-4968-8776-655443322110',
    scannerAppId: '0d1c2b3a-4f5e-4d6c-8b7a-695847362514',
    /** The guest the attacker makes Owner of sub-shop-prod. */
    guestUpn: 'm.kowalski_outlook.com#EXT#@contoso.onmicrosoft.com',
    guestMail: 'm.kowalski@outlook.com',
    guestObjectId: '8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a',
    /** The attacker's address (TEST-NET-2) and the shop's own egress addresses. */
    attackerIp: '198.51.100.23',
    officeIp: '203.0.113.10',
    githubRunnerIp: '20.27.177.113',
    /** Resources the attack touches. */
    dataStorage: 'stshopproddata',
    activityLogStorage: 'stcontosoactlogs',
    /** The Activity Log export to the security workspace (the attacker deletes it). */
    activityLogSetting: 'activity-log-to-law',
    /** The Activity Log export to the archive storage account (it keeps recording). */
    activityLogArchive: 'activity-log-archive',
    backupStorage: 'stshopprodbackups',
    /** Where the backup automation normally runs (Azure Automation, Japan East). */
    automationIp: '20.46.112.9',
    appNsg: 'nsg-shop-app',
    batchVm: 'vm-shop-batch-01',
    workspace: 'law-contoso-sec-prod',
  },
} as const;

export const TENANT_ROOT = AZURE_DEMO.tenantId;
