/** Fixture helpers shared by the ECR rules' fixtures. */
import { ECR_REGISTRY_SCANNING_TYPE, ECR_REPOSITORY_TYPE, ecrRegistryScanningUid, type EcrRegistryScanningConfig, type EcrRepositoryConfig } from '../../../../src/providers/aws/model/ecr.js';
import { ACCOUNT, REGION, resource } from '../../testing.js';

export const REPO_UID = `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/web-app`;
export const CMK_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

/** A well-configured repository unless overridden. */
export function repoFixture(overrides: Partial<EcrRepositoryConfig> = {}, errors?: Record<string, string>) {
  const config: EcrRepositoryConfig = {
    repositoryName: 'web-app',
    registryId: ACCOUNT,
    imageTagMutability: 'IMMUTABLE',
    scanOnPush: true,
    encryptionConfiguration: { encryptionType: 'KMS', kmsKey: CMK_ARN },
    kmsKeyManager: 'CUSTOMER',
    policy: null,
    lifecyclePolicy: { rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 }, action: { type: 'expire' } }] },
    ...overrides,
  };
  return resource({ type: ECR_REPOSITORY_TYPE, uid: REPO_UID, name: config.repositoryName, config, errors });
}

export function registryFixture(config: EcrRegistryScanningConfig) {
  return resource({ type: ECR_REGISTRY_SCANNING_TYPE, uid: ecrRegistryScanningUid(ACCOUNT, REGION), config });
}
