import { ACCOUNT_TYPE, accountUid, REGION_TYPE, regionUid } from '../../../model/pseudo.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../../../model/snapshot.js';
import { GLOBAL_REGION } from '../../../model/types.js';
import { addDetectionDemo } from './aws/detection.js';
import { addEc2Demo } from './aws/ec2.js';
import { addIamDemo } from './aws/iam.js';
import { addKmsDemo } from './aws/kms.js';
import { addLoggingDemo } from './aws/logging.js';
import { addDataDemo } from './aws/data.js';
import { addCicdDemo } from './aws/cicd.js';
import { addS3Demo } from './aws/s3.js';
import { DemoBuilder } from './builder.js';
import { DEMO } from './scenario.js';

/** Builds the demo organisation's snapshot, exactly as `mamori collect` would have written it. */
export function buildDemoSnapshot(): Snapshot {
  const demo = new DemoBuilder();
  for (const account of [DEMO.prod, DEMO.mgmt]) {
    demo.add({
      uid: accountUid(account),
      account,
      region: GLOBAL_REGION,
      type: ACCOUNT_TYPE,
      name: account === DEMO.prod ? 'mamori-demo-prod' : 'mamori-demo-management',
      tags: { environment: account === DEMO.prod ? 'production' : 'management' },
      config: { accountId: account, partition: 'aws' },
    });
    for (const region of DEMO.regions) {
      demo.add({ uid: regionUid(account, region), account, region, type: REGION_TYPE, name: region, config: { regionName: region } });
    }
  }
  for (const add of [addIamDemo, addS3Demo, addKmsDemo, addLoggingDemo, addEc2Demo, addDataDemo, addCicdDemo, addDetectionDemo]) add(demo);

  // A realistic gap: an SCP in the management account denies Lambda listing in us-east-1.
  demo.error({
    account: DEMO.mgmt,
    region: 'us-east-1',
    service: 'lambda',
    operation: 'ListFunctions',
    code: 'AccessDenied',
    message: `User: arn:aws:sts::${DEMO.mgmt}:assumed-role/Audit/mamori-collect is not authorized to perform: lambda:ListFunctions with an explicit deny in a service control policy`,
    resourceTypes: ['AWS::Lambda::Function'],
  });

  return {
    schema: SNAPSHOT_SCHEMA,
    version: SNAPSHOT_VERSION,
    id: '00000000-0000-4000-8000-00000000de30',
    collectedAt: DEMO.collectedAt,
    tool: { name: 'mamori', version: 'demo' },
    scope: {
      provider: 'aws',
      accounts: [DEMO.prod, DEMO.mgmt],
      regions: [...DEMO.regions].sort(),
      services: ['iam', 'accessanalyzer', 'organizations', 'account', 's3', 'kms', 'cloudtrail', 'config', 'logs', 'cloudwatch', 'sns', 'ec2', 'rds', 'efs', 'elbv2', 'lambda', 'eks', 'ecs', 'ecr', 'guardduty', 'securityhub', 'codepipeline', 'codedeploy', 'budgets', 'sqs', 'secretsmanager', 's3control'],
    },
    resources: demo.resources,
    errors: demo.errors,
  };
}
