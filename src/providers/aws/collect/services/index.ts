import type { ServiceCollector } from '../types.js';
import { collector as iam } from './iam.js';
import { collector as accessanalyzer } from './accessanalyzer.js';
import { collector as organizations } from './organizations.js';
import { collector as account } from './account.js';
import { collector as s3 } from './s3.js';
import { collector as kms } from './kms.js';
import { collector as cloudtrail } from './cloudtrail.js';
import { collector as config } from './config.js';
import { collector as logs } from './logs.js';
import { collector as cloudwatch } from './cloudwatch.js';
import { collector as sns } from './sns.js';
import { collector as ec2 } from './ec2.js';
import { collector as rds } from './rds.js';
import { collector as efs } from './efs.js';
import { collector as elbv2 } from './elbv2.js';
import { collector as lambda } from './lambda.js';
import { collector as eks } from './eks.js';
import { collector as ecs } from './ecs.js';
import { collector as ecr } from './ecr.js';
import { collector as guardduty } from './guardduty.js';
import { collector as securityhub } from './securityhub.js';
import { collector as sqs } from './sqs.js';
import { collector as secretsmanager } from './secretsmanager.js';
import { collector as s3control } from './s3control.js';
import { collector as codepipeline, codedeployCollector as codedeploy } from './codepipeline.js';
import { collector as budgets } from './budgets.js';
import { collector as cloudformation } from './cloudformation.js';
import { collector as codebuild } from './codebuild.js';
import { collector as sagemaker } from './sagemaker.js';
import { collector as glue } from './glue.js';
import { collector as apprunner } from './apprunner.js';
import { collector as batch } from './batch.js';
import { collector as bedrockagentcore } from './bedrockagentcore.js';

/** Every service collector, keyed by its service name. Adding one here is the only registration. */
const ALL: ServiceCollector[] = [iam, accessanalyzer, organizations, account, s3, kms, cloudtrail, config, logs, cloudwatch, sns, ec2, rds, efs, elbv2, lambda, eks, ecs, ecr, guardduty, securityhub, sqs, secretsmanager, s3control, codepipeline, codedeploy, budgets, cloudformation, codebuild, sagemaker, glue, apprunner, batch, bedrockagentcore];

export const SERVICE_COLLECTORS: Record<string, ServiceCollector> = {};
for (const c of ALL) {
  if (SERVICE_COLLECTORS[c.service]) throw new Error(`duplicate service collector: ${c.service}`);
  SERVICE_COLLECTORS[c.service] = c;
}
