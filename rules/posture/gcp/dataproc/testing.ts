/** Fixture builders for the dataproc rules. */
import { GCP_TYPES, type DataprocClusterConfig } from '../../../../src/providers/gcp/model.js';
import type { Resource } from '../../../../src/model/types.js';
import { gcpResource, LOCATION, PROJECT } from '../testing.js';

export const KMS_KEY = `projects/${PROJECT}/locations/${LOCATION}/keyRings/dataproc/cryptoKeys/disks`;
export const clusterUid = (name: string) => `//dataproc.googleapis.com/projects/${PROJECT}/regions/${LOCATION}/clusters/${name}`;

export function cluster(clusterName: string, config: DataprocClusterConfig['config'] = {}): Resource {
  return gcpResource<DataprocClusterConfig>({ type: GCP_TYPES.dataprocCluster, uid: clusterUid(clusterName), region: LOCATION, config: { clusterName, config } });
}
