import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as datasetNotPublic } from './gcp-bigquery-dataset-not-public/rule.js';
import { rule as tableCmek } from './gcp-bigquery-table-cmek-encrypted/rule.js';
import { rule as datasetDefaultCmek } from './gcp-bigquery-dataset-default-cmek/rule.js';
import { rule as dataClassified } from './gcp-bigquery-data-classified/rule.js';
import { rule as notSharedWithDomain } from './gcp-bigquery-dataset-not-shared-with-domain/rule.js';

export const rules: PostureRule[] = [datasetNotPublic, tableCmek, datasetDefaultCmek, dataClassified, notSharedWithDomain];
