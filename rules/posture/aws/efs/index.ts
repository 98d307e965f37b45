import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as encrypted } from './aws-efs-encrypted/rule.js';
import { rule as automaticBackups } from './aws-efs-automatic-backups/rule.js';
import { rule as accessPointRootDirectory } from './aws-efs-access-point-root-directory/rule.js';
import { rule as accessPointUserIdentity } from './aws-efs-access-point-user-identity/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [encrypted, automaticBackups, accessPointRootDirectory, accessPointUserIdentity];
