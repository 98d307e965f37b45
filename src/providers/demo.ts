/**
 * The bundled demo organisations of every provider (no cloud account, no network): their
 * snapshots, their day of logs with an attack in it, and the detection inputs that go with them.
 */
import { join } from 'node:path';
import type { Snapshot } from '../model/snapshot.js';

export interface ProviderDemo {
  snapshot: Snapshot;
  /** Log files or folders to run detection on. */
  logs: string[];
  /** Threat-intelligence lists and extra detection rules (tuning) that belong to the demo. */
  intel: string[];
  rules: string[];
}

/** Every provider's demo, AWS first (its snapshot also ties the correlation's workloads). */
export async function loadDemos(): Promise<ProviderDemo[]> {
  const aws = await import('./aws/demo/index.js');
  const gcp = await import('./gcp/demo/index.js');
  const azure = await import('./azure/demo/index.js');
  return [
    {
      snapshot: await aws.loadDemoSnapshot(),
      // CloudTrail, VPC Flow Logs and DNS logs of the demo organisation's day.
      logs: ['cloudtrail', 'vpcflow', 'dns'].map((d) => join(aws.DEMO_LOGS_DIR, d)),
      intel: [aws.DEMO_INTEL],
      rules: [aws.DEMO_TUNING_DIR],
    },
    { snapshot: await gcp.loadGcpDemoSnapshot(), logs: [gcp.GCP_DEMO_LOGS_DIR], intel: [], rules: [] },
    // The Activity Log of the Azure demo tenant, as its diagnostic setting archives it to storage.
    { snapshot: await azure.loadAzureDemoSnapshot(), logs: [azure.AZURE_DEMO_LOGS_DIR], intel: [], rules: [] },
  ];
}
