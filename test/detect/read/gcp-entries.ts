/** Cloud Audit Log entries as Cloud Logging writes them, for the Google Cloud reader and rule tests. */
export const PROJECT = 'prod-app-7';
export const KEY = '//iam.googleapis.com/projects/prod-app-7/serviceAccounts/backup-runner@prod-app-7.iam.gserviceaccount.com/keys/9a8b7c6d5e4f30211203f4e5d6c7b8a9f0e1d2c3';

let n = 0;

/** A Cloud Audit Log LogEntry; `over` replaces top-level fields, `payload` protoPayload fields. */
export function auditEntry(over: Record<string, unknown> = {}, payload: Record<string, unknown> = {}): Record<string, unknown> {
  n++;
  return {
    protoPayload: {
      '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
      status: {},
      authenticationInfo: { principalEmail: 'alice@example.com', principalSubject: 'user:alice@example.com' },
      requestMetadata: {
        callerIp: '203.0.113.24',
        callerSuppliedUserAgent: 'google-cloud-sdk gcloud/502.0.0 command/gcloud.iam.service-accounts.keys.create,gzip(gfe)',
        requestAttributes: { time: '2026-11-20T03:14:15.412836Z', auth: {} },
        destinationAttributes: {},
      },
      serviceName: 'iam.googleapis.com',
      methodName: 'google.iam.admin.v1.CreateServiceAccountKey',
      authorizationInfo: [{ resource: 'projects/-/serviceAccounts/112233445566778899001', permission: 'iam.serviceAccountKeys.create', granted: true, resourceAttributes: {}, permissionType: 'ADMIN_WRITE' }],
      resourceName: 'projects/-/serviceAccounts/112233445566778899001',
      request: { name: 'projects/-/serviceAccounts/deployer@prod-app-7.iam.gserviceaccount.com', private_key_type: 2, '@type': 'type.googleapis.com/google.iam.admin.v1.CreateServiceAccountKeyRequest' },
      ...payload,
    },
    insertId: `1x2y3z4abc${n}`,
    resource: { type: 'service_account', labels: { email_id: 'deployer@prod-app-7.iam.gserviceaccount.com', project_id: PROJECT, unique_id: '112233445566778899001' } },
    timestamp: '2026-11-20T03:14:15.412836Z',
    severity: 'NOTICE',
    logName: `projects/${PROJECT}/logs/cloudaudit.googleapis.com%2Factivity`,
    receiveTimestamp: '2026-11-20T03:14:16.201993Z',
    ...over,
  };
}

/** A data-access entry: a list call by `principal` at `time`. */
export function listCall(time: string, principal = 'backup-runner@prod-app-7.iam.gserviceaccount.com', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return auditEntry(
    { timestamp: time, logName: `projects/${PROJECT}/logs/cloudaudit.googleapis.com%2Fdata_access`, severity: 'INFO', resource: { type: 'gce_instance', labels: { zone: 'asia-northeast1-b', project_id: PROJECT, instance_id: '' } } },
    {
      serviceName: 'compute.googleapis.com',
      methodName: 'v1.compute.instances.list',
      resourceName: `projects/${PROJECT}/zones/asia-northeast1-b/instances`,
      authenticationInfo: { principalEmail: principal, serviceAccountKeyName: KEY },
      request: { '@type': 'type.googleapis.com/compute.instances.list' },
      ...extra,
    },
  );
}

/** A Pub/Sub push subscription's request body around `entry`. */
export function pushEnvelope(entry: Record<string, unknown>): Record<string, unknown> {
  return {
    message: { attributes: { 'logging.googleapis.com/timestamp': String(entry.timestamp) }, data: Buffer.from(JSON.stringify(entry)).toString('base64'), messageId: '13077530938521479', message_id: '13077530938521479', publishTime: '2026-11-20T03:14:17.001Z', publish_time: '2026-11-20T03:14:17.001Z' },
    subscription: 'projects/sec-siem/subscriptions/audit-push',
  };
}
